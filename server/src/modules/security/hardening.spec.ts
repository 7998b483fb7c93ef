import { GraphQLError, Kind, OperationDefinitionNode, FragmentDefinitionNode, buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator, limitError, mayIntrospect, usesIntrospection, withoutSuggestions } from './hardening';
import { bucketKey } from './rate-limit';
import { Actor } from '../../common/context';
import { DEFAULT_LIMITS, loadConfig, requestLimits } from '../../config/config';

const user = (role: Actor['role']): Actor => ({ kind: 'USER', id: 7, name: 'u', role });
const partner: Actor = { kind: 'API_KEY', id: 3, name: 'key:p', role: 'PARTNER', scopes: ['centers:read'] };

describe('introspection policy', () => {
  it('outside production: any logged-in caller; in production: staff users only, never partner keys', () => {
    expect(mayIntrospect(null, false)).toBe(false);
    expect(mayIntrospect(partner, false)).toBe(true);
    for (const role of ['ADMIN', 'OFFICER', 'ANALYST'] as const) expect(mayIntrospect(user(role), true)).toBe(true);
    expect(mayIntrospect(partner, true)).toBe(false);
    expect(mayIntrospect(null, true)).toBe(false);
    expect(mayIntrospect({ kind: 'SYSTEM', id: null, name: 's', role: 'SYSTEM' }, true)).toBe(false);
  });

  it('finds __schema and __type through fragments, and walks each fragment once', () => {
    const check = (src: string) => {
      const doc = parse(src);
      const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const frags = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
      return usesIntrospection(op, frags);
    };
    expect(check('{ centers { totalItems } }')).toBe(false);
    expect(check('{ __typename centers { __typename } }')).toBe(false);
    expect(check('{ __type(name: "Center") { name } }')).toBe(true);
    expect(check('query { ...A } fragment A on Query { ... on Query { __schema { queryType { name } } } }')).toBe(true);
    expect(check('query { ...A ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe(false);
  });
});

describe('cost model', () => {
  const schema = buildSchema(`
    type Query { streets(take: Int = 25): StreetList! street(id: ID!): Street }
    type StreetList { items: [Street!]! totalItems: Int! }
    type Street { id: ID! name: String! communities: [Community!]! levelCounts: [LevelCount!]! }
    type Community { id: ID! name: String! street: Street! }
    type LevelCount { level: String! count: Int! }
  `);
  const cost = (q: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(q), variables, estimators: [costEstimator(schema, 10)] });

  it('counts objects, multiplies pages by take (default 25, clamped to 500) and other lists by listSize', () => {
    expect(cost('{ street(id: 1) { name } }')).toBe(1);
    expect(cost('{ streets { totalItems } }')).toBe(1);
    expect(cost('{ streets { items { name } } }')).toBe(1 + 25 * 1);
    expect(cost('query($n: Int) { streets(take: $n) { items { name } } }', { n: 500 })).toBe(501);
    expect(cost('{ streets(take: 1000000) { items { name } } }')).toBe(501);
    expect(cost('{ streets(take: 2) { items { communities { street { name } } } } }')).toBe(1 + 2 * (1 + 10 * (1 + 1)));
    // values without an id (level counts) cost nothing of their own
    expect(cost('{ streets(take: 500) { items { levelCounts { level count } } } }')).toBe(501);
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(50);
  });
});

describe('limit errors as the client sees them', () => {
  const fmt = (message: string) => ({ message });
  it('maps the parser token limit, graphql-armor messages and introspection depth to TOO_COMPLEX', () => {
    expect(limitError(fmt('Syntax Error: Document contains more that 5000 tokens. Parsing aborted.'), new GraphQLError('x'))).toEqual({
      message: 'The query has more than 5000 tokens; split it into smaller requests',
      extensions: { code: 'TOO_COMPLEX', reason: 'TOKENS', limit: 5000 },
    });
    expect(limitError(fmt('Syntax Error: Query depth limit of 6 exceeded, found 9.'), new GraphQLError('x'))?.extensions?.code).toBe('TOO_COMPLEX');
    expect(limitError(fmt('Maximum introspection depth exceeded'), new GraphQLError('x'))?.extensions).toEqual({ code: 'TOO_COMPLEX', reason: 'INTROSPECTION' });
    expect(limitError(fmt('Cannot query field "x" on type "Query".'), new GraphQLError('x'))).toBeUndefined();
  });

  it('maps MariaDB and MySQL statement timeouts to TOO_COMPLEX (TIMEOUT) without the SQL', () => {
    for (const errno of [1969, 3024]) {
      const driverFailure = Object.assign(new Error('Query execution was interrupted: SELECT * FROM resident'), { driverError: { errno } });
      const r = limitError(fmt('Query execution was interrupted: SELECT * FROM resident'), new GraphQLError('x', { originalError: driverFailure }));
      expect(r).toEqual({ message: 'A database statement took too long and was stopped; ask for less data', extensions: { code: 'TOO_COMPLEX', reason: 'TIMEOUT' } });
    }
  });

  it('strips "Did you mean" hints', () => {
    expect(withoutSuggestions({ message: 'Cannot query field "centrs" on type "Query". Did you mean "centers"?' }).message).toBe('Cannot query field "centrs" on type "Query".');
    expect(withoutSuggestions({ message: 'Value "ASCC" does not exist in "SortDirection" enum. Did you mean the enum value "ASC"?' }).message).toBe('Value "ASCC" does not exist in "SortDirection" enum.');
  });
});

describe('rate-limit buckets', () => {
  it('are per user and per API key; anonymous and SYSTEM callers are not metered here', () => {
    expect(bucketKey(user('OFFICER'))).toBe('user:7');
    expect(bucketKey(partner)).toBe('key:3');
    expect(bucketKey(null)).toBeNull();
    expect(bucketKey({ kind: 'SYSTEM', id: null, name: 's', role: 'SYSTEM' })).toBeNull();
  });
});

describe('limits from the environment', () => {
  it('reads every limit, keeps the defaults for the rest, refuses nonsense', () => {
    const env = { DATABASE_URL: 'sqlite::memory:', GQL_MAX_COST: '9000', RATE_LIMIT_COST_PER_MINUTE: '0', REQUEST_TIMEOUT_MS: '5000' };
    expect(requestLimits(loadConfig(env))).toEqual({ ...DEFAULT_LIMITS, maxCost: 9000, rateLimitPerMinute: 0, requestTimeoutMs: 5000 });
    expect(requestLimits({})).toEqual(DEFAULT_LIMITS);
    expect(requestLimits({ limits: { maxDepth: 4, maxCost: undefined } })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 4 });
    expect(() => loadConfig({ DATABASE_URL: 'sqlite::memory:', GQL_MAX_DEPTH: 'deep' })).toThrow(/GQL_MAX_DEPTH must be an integer/);
  });
});
