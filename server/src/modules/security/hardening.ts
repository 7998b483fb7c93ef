/**
 * Request hardening (security issue point 5): operation limits, cost, rate limit, deadline, headers.
 *
 * - Depth, alias and directive limits: graphql-armor's validation rules (`@escape.tech/graphql-armor-max-*`),
 *   set to report a TOO_COMPLEX error instead of throwing (a throwing validation rule escapes
 *   Apollo's validation step and answers 500).
 * - Cost: graphql-query-complexity with our own estimator. graphql-armor's cost-limit plugin was not used:
 *   it multiplies only by literal `first`/`last` arguments, so `take: $n` (this API's page size, often a
 *   variable) would cost the same for 2 and 500 rows.
 * - Tokens: Apollo's `parseOptions.maxTokens` (graphql-armor's token plugin answers 500 on syntax errors).
 * - Rate limit: cost units per user or API key per minute in the `rate_limit` table (rate-limit.ts).
 * - Deadline: fields stop resolving after `requestTimeoutMs`; MariaDB/MySQL statements have their own limit
 *   (config/data-source.ts).
 */
import express from 'express';
import helmet from 'helmet';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import {
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import { Ctx, Actor } from '../../common/context';
import { AppError, ErrorCode, Forbidden } from '../../common/errors';
import { RequestLimits } from '../../config/config';
import { MAX_TAKE } from '../../common/list';
import { CostRateLimiter, bucketKey } from './rate-limit';

/** Why a request was refused as TOO_COMPLEX: in `extensions.reason`. */
export type LimitReason = 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'COST' | 'TOKENS' | 'INTROSPECTION' | 'RATE_LIMITED' | 'TIMEOUT';

/** Flat cost of an introspection query (graphql's MaxIntrospectionDepthRule limits its list nesting). */
const INTROSPECTION_COST = 50;
/** Roles that may introspect the schema in production (not partner API keys). */
const INTROSPECTION_ROLES = new Set(['ADMIN', 'OFFICER', 'ANALYST']);

/** A TOO_COMPLEX error with its reason, answered with HTTP 400. */
export function tooComplex(reason: LimitReason, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('TOO_COMPLEX', message, { reason, ...extra, http: { status: 400 } });
}

// ---------------------------------------------------------------------------------------------------------
// Validation rules: depth, aliases, directives (graphql-armor)
// ---------------------------------------------------------------------------------------------------------

/** graphql-armor reports through these handlers; its own errors read "Syntax Error: … limit of N exceeded". */
function reporter(reason: LimitReason, message: (n: number) => string, n: number) {
  return {
    n,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(tooComplex(reason, `${message(n)} (${found(err.message)})`, { limit: n }))],
  };
}
const found = (armorMessage: string) => /found (\d+)/.exec(armorMessage)?.[0] ?? 'over the limit';

/** The depth, alias and directive limits as validation rules (run with graphql's own rules). */
/**
 * An operation whose root type the schema lacks (`subscription` here: the API has none) is the caller's mistake.
 * graphql-js 16 only notices it during execution, with an error that has no code (→ INTERNAL_SERVER_ERROR);
 * this rule refuses it at validation, so it answers BAD_USER_INPUT. (Found by test/fuzz.e2e-spec.ts.)
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`This API does not support ${node.operation} operations`, { nodes: node }));
  },
});

export function limitRules(limits: RequestLimits): ValidationRule[] {
  return [
    knownOperationTypeRule,
    maxDepthRule({ ...reporter('DEPTH', (n) => `The query nests deeper than ${n} levels; ask for fewer nested fields`, limits.maxDepth), flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule(reporter('ALIASES', (n) => `The query uses more than ${n} aliases; split it into several requests`, limits.maxAliases)),
    maxDirectivesRule(reporter('DIRECTIVES', (n) => `The query uses more than ${n} directives`, limits.maxDirectives)),
  ] as ValidationRule[];
}

// ---------------------------------------------------------------------------------------------------------
// Cost
// ---------------------------------------------------------------------------------------------------------

/**
 * The cost model: leaves (scalars, enums) are free; an object field costs 1 plus its selection; a field with
 * a `take` argument (a page) multiplies its selection by `take` (default 25, clamped to 1..500). A list
 * multiplies its selection plus 1 per record (an object with an `id`; values such as level counts cost
 * nothing of their own) by its length: 1 for the list of a page's result type (`items`: the page counted
 * it), the number of representations for `_entities`, `listSize` for any other list. Introspection costs a
 * flat 50.
 */
export function costEstimator(schema: GraphQLSchema, listSize: number) {
  const pageTypes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
    for (const f of Object.values(type.getFields())) {
      if (f.args.some((a) => a.name === 'take')) pageTypes.add(getNamedType(f.type).name);
    }
  }
  return ({ field, args, childComplexity, type }: ComplexityEstimatorArgs): number => {
    if (field.name === '__schema' || field.name === '__type') return INTROSPECTION_COST;
    if (type.name.startsWith('__') || isLeafType(getNamedType(field.type))) return 0;
    if (typeof args.take === 'number') return 1 + Math.min(Math.max(args.take, 1), MAX_TAKE) * childComplexity;
    if (isListType(getNullableType(field.type))) {
      const n = pageTypes.has(type.name) ? 1 : field.name === '_entities' && Array.isArray(args.representations) ? args.representations.length : listSize;
      const item = getNamedType(field.type);
      const own = isObjectType(item) && !item.getFields().id ? 0 : 1;
      return n * (own + childComplexity);
    }
    return 1 + childComplexity;
  };
}

/** Does the operation read the schema (`__schema`, `__type`), directly or through fragments? */
export function usesIntrospection(op: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__schema' || s.name.value === '__type' || (!!s.selectionSet && walk(s.selectionSet));
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false; // each fragment is walked once
      seen.add(s.name.value);
      const f = fragments[s.name.value];
      return !!f && walk(f.selectionSet);
    });
  return walk(op.selectionSet);
}

/** May this caller introspect? Logged-in callers outside production; in production staff users only. */
export function mayIntrospect(actor: Actor | null, production: boolean): boolean {
  if (!actor) return false;
  if (!production) return true;
  return actor.kind === 'USER' && INTROSPECTION_ROLES.has(actor.role);
}

// ---------------------------------------------------------------------------------------------------------
// The Apollo plugin: introspection policy, cost, rate limit, deadline, status codes
// ---------------------------------------------------------------------------------------------------------

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400, TOO_COMPLEX: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID_STATE: 409,
};

export interface HardeningOptions {
  limits: RequestLimits;
  production: boolean;
  rateLimiter: CostRateLimiter;
}

export function hardeningPlugin({ limits, production, rateLimiter }: HardeningOptions): ApolloServerPlugin<Ctx> {
  let estimator: ReturnType<typeof costEstimator> | null = null;
  let estimatorFor: GraphQLSchema | null = null;
  return {
    async requestDidStart() {
      const deadline = limits.requestTimeoutMs > 0 ? Date.now() + limits.requestTimeoutMs : Infinity;
      let timedOut = false;
      let isQuery = true;
      return {
        async didResolveOperation({ contextValue, operation, document, request, schema }) {
          if (!operation) return;
          isQuery = operation.operation === 'query';
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;

          if (usesIntrospection(operation, fragments)) {
            if (!contextValue.actor) return; // the anonymous guard answers UNAUTHENTICATED
            if (!mayIntrospect(contextValue.actor, production)) {
              throw withHttp(new Forbidden('Schema introspection is only for staff accounts; partner apps use the published schema'), 403);
            }
          }

          if (estimatorFor !== schema) {
            estimator = costEstimator(schema, limits.listSize);
            estimatorFor = schema;
          }
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, operationName: operation.name?.value, variables: request.variables ?? {}, estimators: [estimator!] });
          } catch (e) {
            const msg = (e as Error)?.message ?? '';
            if (/maximum allowed number of nodes/.test(msg)) throw tooComplex('COST', 'The query selects too many fields once its fragments are expanded');
            // bad variable values: execution refuses them with the precise message, and runs nothing
            return;
          }
          if (cost > limits.maxCost) {
            throw tooComplex('COST', `The query costs ${cost}, over the limit of ${limits.maxCost}: ask for smaller pages (take) or fewer nested lists`, { cost, limit: limits.maxCost });
          }

          const key = bucketKey(contextValue.actor);
          if (key && rateLimiter.enabled) {
            const c = await rateLimiter.charge(key, cost);
            if (!c.allowed) {
              throw new AppError('TOO_COMPLEX', `Too many requests: this account has used its query budget for this minute; retry in ${c.retryAfter} s`, {
                reason: 'RATE_LIMITED',
                retryAfter: c.retryAfter,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(c.retryAfter)]]) },
              });
            }
          }
        },

        async executionDidStart() {
          if (deadline === Infinity) return;
          return {
            willResolveField({ info }) {
              if (Date.now() <= deadline) return;
              // a mutation field that has started runs to its end (its transaction commits or rolls back
              // whole); only the ones not started yet are refused
              if (!isQuery && info.path.prev) return;
              timedOut = true;
              throw tooComplex('TIMEOUT', timeoutMessage(limits.requestTimeoutMs), { timeoutMs: limits.requestTimeoutMs });
            },
          };
        },

        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single') return;
          // the request's deadline, or a database statement's time limit (limitError)
          const stopped = timedOut
            ? { message: timeoutMessage(limits.requestTimeoutMs), extensions: { code: 'TOO_COMPLEX', reason: 'TIMEOUT', timeoutMs: limits.requestTimeoutMs } }
            : body.singleResult.errors?.find((e) => e.extensions?.code === 'TOO_COMPLEX' && e.extensions?.reason === 'TIMEOUT');
          if (stopped && isQuery) {
            // one clean error, no half-resolved data
            body.singleResult = { errors: [{ message: stopped.message, extensions: stopped.extensions }] };
            response.http.status = 400;
            return;
          }
          // Apollo answers 500 for any error a plugin throws before execution; give the code's own status
          const errors = body.singleResult.errors;
          if (response.http.status === 500 && errors?.length && errors.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR')) {
            response.http.status = STATUS_BY_CODE[errors[0].extensions?.code as ErrorCode] ?? 400;
          }
        },
      };
    },
  };
}

const timeoutMessage = (ms: number) => `The request took longer than ${Math.round(ms / 100) / 10} s and was stopped; ask for less data`;

function withHttp(e: AppError, status: number): AppError {
  (e.extensions as Record<string, unknown>).http = { status };
  return e;
}

// ---------------------------------------------------------------------------------------------------------
// formatError helpers
// ---------------------------------------------------------------------------------------------------------

const ARMOR = /^Syntax Error: (Query depth limit|Aliases limit|Directives limit|Query Cost limit|Token limit)/;
/** graphql-js: "Document contains more that N tokens" (sic) */
const TOKENS = /Document contains more (?:than|that) (\d+) tokens/;

/**
 * The limits' errors as the client sees them: TOO_COMPLEX with `reason`, whichever layer raised them
 * (a validation rule, the parser's token limit, graphql-armor's own message, a database statement timeout).
 * Undefined for every other error.
 */
export function limitError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = ((error as { originalError?: unknown })?.originalError ?? error) as GraphQLError & { driverError?: { errno?: number }; errno?: number };
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof GraphQLError && original.extensions?.code === 'TOO_COMPLEX') {
    const { http: _h, ...ext } = original.extensions as Record<string, unknown>;
    return { message: original.message, ...base, extensions: { ...ext, code: 'TOO_COMPLEX' } };
  }
  const tokens = TOKENS.exec(formatted.message);
  if (tokens) {
    return { message: `The query has more than ${tokens[1]} tokens; split it into smaller requests`, extensions: { code: 'TOO_COMPLEX', reason: 'TOKENS', limit: Number(tokens[1]) } };
  }
  if (formatted.message === 'Maximum introspection depth exceeded') {
    return { message: 'Introspection nests too many lists (fields, interfaces, possibleTypes, inputFields: at most 2 deep)', ...base, extensions: { code: 'TOO_COMPLEX', reason: 'INTROSPECTION' } };
  }
  if (ARMOR.test(formatted.message)) {
    return { message: formatted.message.replace(/^Syntax Error: /, ''), ...base, extensions: { code: 'TOO_COMPLEX' } };
  }
  const errno = original?.driverError?.errno ?? original?.errno;
  if (errno === 1969 || errno === 3024) {
    return { message: 'A database statement took too long and was stopped; ask for less data', ...base, extensions: { code: 'TOO_COMPLEX', reason: 'TIMEOUT' } };
  }
  return undefined;
}

/** Production: no "Did you mean …?" hints about field, type or enum names. */
export function withoutSuggestions(e: GraphQLFormattedError): GraphQLFormattedError {
  const message = e.message.replace(/ ?Did you mean .+?\?$/, '');
  return message === e.message ? e : { ...e, message };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP: security headers, bodies
// ---------------------------------------------------------------------------------------------------------

/** The server's own path prefixes: their responses are API responses, and the panel's SPA fallback never answers them. */
export const API_PREFIXES = ['graphql', 'export', 'import', 'jobs', 'healthz', 'readyz'] as const;
const API_PATHS = new RegExp(`^/(${API_PREFIXES.join('|')})(/|$)`);

/**
 * helmet on every response. API responses get a CSP that allows nothing (they are JSON or files) and
 * `Cache-Control: no-store` (they hold personal data). The admin panel (served at `/`) may load its own
 * scripts, styles, images and fonts only; inline styles are allowed because MUI/emotion injects <style>.
 * No upgrade-insecure-requests: an office may serve the panel over plain http on its LAN.
 */
/** `connectSrc`: origins the panel may call besides its own (a federation gateway set by ADMIN_GRAPHQL_URL). */
export function securityHeaders(connectSrc: string[] = []): express.RequestHandler {
  const common = { frameguard: { action: 'deny' as const }, referrerPolicy: { policy: 'no-referrer' as const } };
  const api = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
  });
  const panel = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...connectSrc],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  return (req, res, next) => {
    if (API_PATHS.test(req.path)) {
      res.setHeader('Cache-Control', 'no-store');
      return api(req, res, next);
    }
    return panel(req, res, next);
  };
}
