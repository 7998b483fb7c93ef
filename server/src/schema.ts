import { GraphQLSchema, parse, specifiedDirectives } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { authChecker } from './common/auth-checker';
import { RESOLVERS } from './resolvers';
import { referenceResolvers } from './reference-resolvers';
import { applyPartnerFieldGuard } from './modules/security/partner-access';
import { BadInput } from './common/errors';

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
      authMode: 'error',
      validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
      directives: [...specifiedDirectives],
      skipCheck: true,
    });
    applyPartnerFieldGuard(schema);
    const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
    for (const [type, ref] of Object.entries(referenceResolvers)) resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
    const subgraph = buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers: resolvers as never }]);
    guardEntityRepresentations(subgraph);
    return subgraph;
  })();
  return cached;
}

/**
 * `_Any` accepts any JSON, and @apollo/subgraph's `_entities` resolver throws plain errors (→ INTERNAL_SERVER_ERROR)
 * on a representation that is not an object or names no entity type. Checks them first: BAD_USER_INPUT, field
 * `representations`. (Found by test/fuzz.e2e-spec.ts.)
 */
function guardEntityRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return;
  const resolve = field.resolve;
  field.resolve = (source, args, context, info) => {
    const reps: unknown = args.representations;
    if (!Array.isArray(reps)) throw new BadInput('representations', 'representations must be a list of { __typename, id } objects');
    for (const r of reps) {
      const typename = r && typeof r === 'object' && !Array.isArray(r) ? (r as { __typename?: unknown }).__typename : undefined;
      if (typeof typename !== 'string' || !Object.prototype.hasOwnProperty.call(referenceResolvers, typename)) {
        throw new BadInput('representations', `Each representation must be an object with __typename one of ${Object.keys(referenceResolvers).join(', ')}`);
      }
    }
    return resolve(source, args, context, info);
  };
}
