import { GraphQLSchema, parse, specifiedDirectives } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { authChecker } from './common/auth-checker';
import { RESOLVERS } from './resolvers';
import { referenceResolvers } from './reference-resolvers';
import { PartnerFieldGuard } from './modules/security/partner-access';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])`;

let cached: Promise<GraphQLSchema> | null = null;

/**
 * The API schema as an Apollo Federation v2 subgraph: TypeGraphQL builds the types and resolvers,
 * `buildSubgraphSchema` adds `_service` and `_entities` (TypeGraphQL's apollo-federation-2 idiom).
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= (async () => {
    const schema = await buildSchema({
      resolvers: RESOLVERS as never,
      authChecker,
      globalMiddlewares: [PartnerFieldGuard],
      authMode: 'error',
      validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
      directives: [...specifiedDirectives],
      skipCheck: true,
    });
    const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
    for (const [type, ref] of Object.entries(referenceResolvers)) resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
    return buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers: resolvers as never }]);
  })();
  return cached;
}
