import fc from 'fast-check';
import {
  GraphQLField, GraphQLInputType, GraphQLObjectType, GraphQLSchema, GraphQLUnionType, getNamedType, isEnumType, isInputObjectType,
  isLeafType, isListType, isNonNullType, isObjectType, isUnionType,
} from 'graphql';
import { buildAppSchema } from '../src/schema';
import { referenceResolvers } from '../src/reference-resolvers';
import { partnerMayResolve } from '../src/modules/security/partner-access';
import { AccessMatrix, SCOPE_NAMES, UserRole, buildAccessMatrix } from '../src/tools/access-matrix';
import { DB_KIND, TestApp, startTestApp } from './util';
import { Caller, apiKey, bearer, internals } from './schema-walk';

/**
 * Property-based fuzzing of the GraphQL endpoint (reliability issue): (a) valid queries per role and per API-key
 * scope, built from the schema with random arguments and random selections up to depth 3, and (b) the same
 * requests randomly broken. Whatever comes in, the server answers without a 5xx, without INTERNAL_SERVER_ERROR,
 * without a stack trace or SQL, and every error carries a DOMAIN.md code.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed below> (and fast-check's `path` from the report);
 * FUZZ_RUNS=<n> sets the runs per property (default 500 + 500).
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now();
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_STATE', 'TOO_COMPLEX']);
const MAX_DEPTH = 3;
const TRACE = process.env.FUZZ_TRACE === '1';

jest.setTimeout(DB_KIND === 'sqlite' ? 120_000 : 300_000);

interface FuzzCaller extends Caller {
  role?: UserRole;
  scope?: string;
}

/** One HTTP request as sent: the raw body text (maybe not even JSON), its headers, and what it echoes back. */
interface Req {
  caller: FuzzCaller;
  headers: Record<string, string>;
  body: string;
  /** The GraphQL document and variables before any mutation (for the report). */
  query: string;
  variables: Record<string, unknown>;
  /** Which mutation broke it (none for a valid request). */
  mutation: string;
}

/** A field selection: arguments (variables when rendered) and sub-selections. */
interface Sel {
  name: string;
  args: { name: string; type: GraphQLInputType; value: unknown }[];
  children?: Sel[];
  fragments?: { on: string; children: Sel[] }[];
}

const idArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 400 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('999999', '0', '1') });
const textArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.constantFrom('', '星光', '湖贝', '东门', '中心', '440303', '1940', '%', '_', "'", '"', 'XG-'),
);
const dateArb = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateTimeArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

/** A value of the right type for an input (optional fields of input objects sometimes present). */
function valueArb(t: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(t)) return valueArb(t.ofType as GraphQLInputType, name, depth);
  if (isListType(t)) return fc.array(valueArb(t.ofType as GraphQLInputType, name, depth + 1), { minLength: 0, maxLength: 3 });
  if (isEnumType(t)) return fc.constantFrom(...t.getValues().map((v) => v.name));
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields());
    const rec: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const f of fields) {
      if (depth > 2 && !isNonNullType(f.type)) continue;
      rec[f.name] = valueArb(f.type, f.name, depth + 1);
      if (isNonNullType(f.type) && f.defaultValue === undefined) required.push(f.name);
    }
    return fc.record(rec, { requiredKeys: required });
  }
  switch (t.name) {
    case 'ID':
      return idArb;
    case 'Int':
      if (name === 'skip') return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 50 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) });
      if (name === 'take') return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 25 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 500 }) });
      if (/year/i.test(name)) return fc.integer({ min: 1990, max: 2035 });
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }) }, { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) });
    case 'Float':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'String':
      return textArb;
    case 'Date':
      return dateArb;
    case 'DateTime':
      return dateTimeArb;
    case 'Money':
      return fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => (n / 100).toFixed(2));
    case '_Any':
      return fc.record({ __typename: fc.constantFrom(...Object.keys(referenceResolvers)), id: idArb });
    default:
      throw new Error(`fuzz: no generator for scalar ${t.name} (${name})`);
  }
}

/** Arguments of a field: required ones always, optional ones half the time. */
function argsArb(f: GraphQLField<unknown, unknown>): fc.Arbitrary<Sel['args']> {
  const parts = f.args.map((a) => {
    const v = valueArb(a.type, a.name).map((value) => ({ name: a.name, type: a.type, value }));
    return isNonNullType(a.type) && a.defaultValue === undefined ? v.map((x) => [x]) : fc.option(v, { nil: undefined }).map((x) => (x ? [x] : []));
  });
  return fc.tuple(...parts).map((xs) => xs.flat());
}

type Allow = (type: string, field: string) => boolean;

/** One selected field (null when it is an object that cannot be selected within the depth). */
function fieldArb(f: GraphQLField<unknown, unknown>, depth: number, allow: Allow): fc.Arbitrary<Sel | null> {
  const named = getNamedType(f.type);
  if (isLeafType(named)) return argsArb(f).map((args) => ({ name: f.name, args }));
  if (depth >= MAX_DEPTH) return fc.constant(null);
  if (isObjectType(named)) return fc.tuple(argsArb(f), selectionArb(named, depth + 1, allow)).map(([args, children]) => ({ name: f.name, args, children }));
  if (isUnionType(named)) return fc.tuple(argsArb(f), unionArb(named, depth + 1, allow)).map(([args, fragments]) => ({ name: f.name, args, children: [], fragments }));
  return fc.constant(null);
}

/** A random non-empty subset of an object type's fields, nested objects to MAX_DEPTH. */
function selectionArb(type: GraphQLObjectType, depth: number, allow: Allow): fc.Arbitrary<Sel[]> {
  const fields = Object.values(type.getFields()).filter((f) => allow(type.name, f.name) && (isLeafType(getNamedType(f.type)) || depth < MAX_DEPTH));
  if (!fields.length) return fc.constant([{ name: '__typename', args: [] }]);
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(fields.length, 6) })
    .chain((picked) => fc.tuple(...picked.map((f) => fieldArb(f as GraphQLField<unknown, unknown>, depth, allow))))
    .map((sels) => {
      const out = sels.filter((s): s is Sel => s !== null);
      return out.length ? out : [{ name: '__typename', args: [] }];
    });
}

function unionArb(u: GraphQLUnionType, depth: number, allow: Allow): fc.Arbitrary<NonNullable<Sel['fragments']>> {
  return fc
    .subarray([...u.getTypes()], { minLength: 0, maxLength: 3 })
    .chain((types) => fc.tuple(...types.map((t) => selectionArb(t, depth, allow).map((children) => ({ on: t.name, children })))));
}

/** Renders a selection, turning every argument into a variable `$vN`. */
function render(root: Sel): { query: string; variables: Record<string, unknown> } {
  const defs: string[] = [];
  const variables: Record<string, unknown> = {};
  const one = (s: Sel): string => {
    const args = s.args.map((a) => {
      const v = `v${defs.length}`;
      defs.push(`$${v}: ${a.type.toString()}`);
      variables[v] = a.value;
      return `${a.name}: $${v}`;
    });
    let out = s.name + (args.length ? `(${args.join(', ')})` : '');
    if (s.children) {
      const inner = [...s.children.map(one), ...(s.fragments ?? []).map((f) => `... on ${f.on} { ${f.children.map(one).join(' ')} }`)];
      out += ` { __typename ${inner.join(' ')} }`;
    }
    return out;
  };
  const body = one(root);
  return { query: `query Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${body} }`, variables };
}

const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** Replaces one variable value (by index) through `fn`; no-op when there are no variables. */
function withVar(r: Req, pick: number, fn: (v: unknown, name: string) => unknown): { variables: Record<string, unknown>; name?: string } {
  const names = Object.keys(r.variables);
  if (!names.length) return { variables: r.variables };
  const name = names[pick % names.length];
  return { variables: { ...r.variables, [name]: fn(r.variables[name], name) }, name };
}

const OTHER_VALUES = fc.constantFrom<unknown>('str', '', 12, -1, 1.5, true, false, [], {}, [1, 'a'], { a: { b: 1 } }, '1', 'NaN', '2016-13-45', '1e999');
const HUGE = fc.constantFrom<unknown>(1e308, -1e308, 2 ** 53 + 1, 2 ** 31, -(2 ** 31) - 1, 4294967296, '9'.repeat(400), 1e-320, Number.MAX_SAFE_INTEGER, '99999999999999999999');
const HUGE_LITERAL = fc.constantFrom('1e400', '99999999999999999999', '-2147483649', '2147483648', '0.000000000000000000001', '1' + '0'.repeat(300), '-0');
const TYPES = fc.constantFrom('Int', 'Int!', 'String', 'String!', 'Boolean', 'Float', 'ID!', '[Int!]!', '[[String]]', 'CenterFilter', 'CenterSort!', 'Date', 'Money', 'Nope', 'SortDirection', '_Any');
const unicode = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });

/** Ways of breaking a valid request. */
function mutatedArb(valid: fc.Arbitrary<Req>): fc.Arbitrary<Req> {
  const m = (name: string, fn: (r: Req) => fc.Arbitrary<Partial<Req>>) =>
    valid.chain((r) => fn(r).map((p) => ({ ...r, mutation: name, ...p })));
  const posIn = (s: string) => fc.nat({ max: Math.max(0, s.length - 1) });
  const braces = (q: string) => [...q].flatMap((c, i) => ('{}()[]'.includes(c) ? [i] : []));
  return fc.oneof(
    m('drop a brace', (r) => fc.nat().map((k) => {
      const at = braces(r.query);
      const i = at[k % at.length];
      return { body: json(r.query.slice(0, i) + r.query.slice(i + 1), r.variables) };
    })),
    m('duplicate a brace', (r) => fc.nat().map((k) => {
      const at = braces(r.query);
      const i = at[k % at.length];
      return { body: json(r.query.slice(0, i + 1) + r.query.slice(i), r.variables) };
    })),
    m('truncated JSON', (r) => posIn(r.body).map((i) => ({ body: r.body.slice(0, i) }))),
    m('swap a variable type', (r) => fc.tuple(fc.nat(), OTHER_VALUES).map(([k, v]) => ({ body: json(r.query, withVar(r, k, () => v).variables) }))),
    m('huge number variable', (r) => fc.tuple(fc.nat(), HUGE).map(([k, v]) => ({ body: json(r.query, withVar(r, k, () => v).variables) }))),
    m('huge number literal', (r) => fc.tuple(fc.nat(), HUGE_LITERAL).map(([k, lit]) => {
      const uses = [...r.query.matchAll(/: \$v\d+\)?/g)];
      if (!uses.length) return { body: json(r.query.replace('{ ', `{ a: __typename(take: ${lit}) `), r.variables) };
      const u = uses[k % uses.length];
      const q = r.query.slice(0, u.index!) + `: ${lit}` + (u[0].endsWith(')') ? ')' : '') + r.query.slice(u.index! + u[0].length);
      return { body: json(q, r.variables) };
    })),
    m('random unicode in a variable', (r) => fc.tuple(fc.nat(), unicode).map(([k, s]) => ({ body: json(r.query, withVar(r, k, (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, [Object.keys(v)[0] ?? 'q']: s } : s)).variables) }))),
    m('random unicode in the query', (r) => fc.tuple(posIn(r.query), unicode).map(([i, s]) => ({ body: json(r.query.slice(0, i) + s + r.query.slice(i), r.variables) }))),
    m('wrong variable type', (r) => fc.tuple(fc.nat(), TYPES).map(([k, ty]) => {
      const defs = [...r.query.matchAll(/\$v\d+: [^,)]+/g)];
      if (!defs.length) return { body: json(r.query.replace('query Fuzz', `query Fuzz($x: ${ty})`), { x: 1 }) };
      const d = defs[k % defs.length];
      const q = r.query.slice(0, d.index!) + d[0].replace(/: .*/, `: ${ty}`) + r.query.slice(d.index! + d[0].length);
      return { body: json(q, r.variables) };
    })),
    m('unknown field', (r) => fc.tuple(fc.nat(), fc.constantFrom('unknownField', '__schema', 'password', 'passwordHash', 'keyHash', 'id(x: 1)', 'items { nope }')).map(([k, f]) => {
      const at = [...r.query].flatMap((c, i) => (c === '{' ? [i] : []));
      const i = at[k % at.length];
      return { body: json(r.query.slice(0, i + 1) + ` ${f} ` + r.query.slice(i + 1), r.variables) };
    })),
    m('unknown input field or argument', (r) => fc.tuple(fc.nat(), fc.boolean()).map(([k, arg]) => {
      if (arg) return { body: json(r.query.replace(/\{ (\w+)/, (_, f) => `{ ${f}(bogusArg: 1)`), r.variables) };
      return { body: json(r.query, withVar(r, k, (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, bogusField: 'x' } : { bogusField: v })).variables) };
    })),
    m('null in a non-null position', (r) => fc.nat().map((k) => {
      const nonNull = [...r.query.matchAll(/\$(v\d+): [^,)]*!/g)].map((x) => x[1]);
      const names = nonNull.length ? nonNull : Object.keys(r.variables);
      if (!names.length) return { body: json(r.query, { v0: null }) };
      const name = names[k % names.length];
      const v = r.variables[name];
      // the variable itself, or a required field inside it, or a list item
      const value = v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length ? { ...v, [Object.keys(v)[k % Object.keys(v).length]]: null } : Array.isArray(v) ? [null, ...v] : null;
      return { body: json(r.query, { ...r.variables, [name]: k % 3 === 0 ? null : value }) };
    })),
    m('missing variables', (r) => fc.constant({ body: JSON.stringify({ query: r.query }) })),
    m('odd body shape', (r) =>
      fc.constantFrom(
        JSON.stringify({ query: r.query, variables: JSON.stringify(r.variables) }),
        JSON.stringify({ query: 42, variables: r.variables }),
        JSON.stringify({ query: null }),
        JSON.stringify({ query: [r.query] }),
        JSON.stringify([{ query: r.query, variables: r.variables }, { query: '{ __typename }' }]),
        JSON.stringify({ query: r.query, variables: r.variables, operationName: 'Nope' }),
        JSON.stringify({ query: r.query, variables: r.variables, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
        JSON.stringify({ query: `${r.query} ${r.query}`, variables: r.variables }),
        JSON.stringify({ query: r.query.replace('query Fuzz', 'mutation Fuzz'), variables: r.variables }),
        JSON.stringify({ query: r.query.replace('query Fuzz', 'subscription Fuzz'), variables: r.variables }),
        '', 'null', '"just a string"', '{}', '[]', '{"query":', '\u0000\u0001',
      ).map((body) => ({ body }))),
    m('wrong content type or credentials', (r) =>
      fc.constantFrom<Partial<Req>>(
        { headers: { 'content-type': 'text/plain' } },
        { headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        { headers: { 'content-type': 'application/json; charset=latin1' } },
        { headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.jwt' } },
        { headers: { 'content-type': 'application/json', authorization: 'Basic Zm9vOmJhcg==' } },
        { headers: { 'content-type': 'application/json', 'x-api-key': 'eg_' + 'A'.repeat(43) } },
        { headers: { 'content-type': 'application/json' } },
      ).map((p) => ({ ...p, headers: { ...(p.headers!['authorization'] || p.headers!['x-api-key'] || p.headers!['content-type'] === 'application/json' ? {} : r.caller.headers), ...p.headers } }))),
  );
}

describe(`fuzz (${DB_KIND}, seed ${SEED}, ${RUNS} + ${RUNS} runs)`, () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let matrix: AccessMatrix;
  const callers: FuzzCaller[] = [];
  const tally = { requests: 0, statuses: {} as Record<string, number>, codes: {} as Record<string, number>, ok: 0, mutations: {} as Record<string, number> };

  beforeAll(async () => {
    console.log(`fuzz: seed ${SEED} (set FUZZ_SEED=${SEED} to replay), ${RUNS} valid + ${RUNS} mutated runs on ${DB_KIND}`);
    t = await startTestApp({ demoData: true, config: { limits: { rateLimitPerMinute: 0 } } });
    schema = await buildAppSchema();
    matrix = await buildAccessMatrix(schema);
    callers.push({ ...bearer('admin', t.tokens.admin), role: 'ADMIN' }, { ...bearer('officer', t.tokens.officer), role: 'OFFICER' }, { ...bearer('analyst', t.tokens.analyst), role: 'ANALYST' });
    for (const scope of SCOPE_NAMES) {
      const r = await t.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, { i: { name: `fuzz ${scope}`, scopes: [scope] } }, t.tokens.admin);
      callers.push({ ...apiKey(`key:${scope}`, r.data.createApiKey.key), scope });
    }
  });
  afterAll(async () => {
    console.log(`fuzz: ${tally.requests} requests; HTTP ${JSON.stringify(tally.statuses)}; ${tally.ok} answered with data and no error; error codes ${JSON.stringify(tally.codes)}; mutations ${JSON.stringify(tally.mutations)}`);
    await t?.close();
  });

  /** Root queries a caller may call (mutations change data and are left to the other suites). */
  const roots = (c: FuzzCaller) =>
    matrix.operations
      .filter((o) => o.kind === 'Query' && (c.role ? o.roles[c.role] : o.scopes.includes(c.scope as never)))
      .map((o) => schema.getQueryType()!.getFields()[o.name] as GraphQLField<unknown, unknown>);

  const validArb = (): fc.Arbitrary<Req> =>
    fc.constantFrom(...callers).chain((caller) => {
      const allow: Allow = caller.scope ? (type, field) => partnerMayResolve([caller.scope!], type, field) : () => true;
      return fc.constantFrom(...roots(caller)).chain((f) =>
        fieldArb(f, 1, allow).map((sel) => {
          const { query, variables } = render(sel ?? { name: '__typename', args: [] });
          return { caller, headers: { 'content-type': 'application/json', ...caller.headers }, body: json(query, variables), query, variables, mutation: '' };
        }),
      );
    });

  async function exchange(r: Req) {
    const init = { method: 'POST', headers: r.headers, body: r.body };
    let res: Response;
    try {
      res = await fetch(`${t.url}/graphql`, init);
    } catch (e) {
      // Node's keep-alive race (see schema-walk.ts send): the request never reached the server
      if (!/ECONNRESET|UND_ERR_SOCKET|other side closed/.test(String((e as { cause?: unknown }).cause ?? e))) throw e;
      res = await fetch(`${t.url}/graphql`, init);
    }
    return { status: res.status, text: await res.text() };
  }

  /** The invariant; returns the problem or null. */
  function check(r: Req, status: number, text: string, valid: boolean): string | null {
    tally.requests++;
    tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
    if (r.mutation) tally.mutations[r.mutation] = (tally.mutations[r.mutation] ?? 0) + 1;
    if (status >= 500) return `HTTP ${status}`;
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      return `HTTP ${status} with a body that is not JSON`;
    }
    const echoed = [r.body, r.query, ...(JSON.stringify(r.variables).match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((s) => { try { return JSON.parse(s) as string; } catch { return s; } })];
    // errors only: data may legitimately hold such words (the federation SDL has `UPDATE, DELETE` in a description)
    const leak = body && typeof body === 'object' && 'errors' in body ? internals(JSON.stringify(body.errors), echoed) : null;
    if (leak) return `internals in the body: …${leak}…`;
    const errors = body?.errors;
    if (errors !== undefined && !Array.isArray(errors)) return 'errors is not a list';
    if (!errors?.length) {
      if (body?.data === undefined || body?.data === null) return 'neither data nor errors';
      tally.ok++;
      return null;
    }
    for (const e of errors) {
      const code = e?.extensions?.code;
      tally.codes[code] = (tally.codes[code] ?? 0) + 1;
      if (!CODES.has(code)) return `error code ${code}: ${e?.message}`;
    }
    // a valid request is never refused as malformed GraphQL (the generator's own sanity)
    if (valid && errors.some((e: any) => /Cannot query field|Unknown argument|Syntax Error|Variable "\$v\d+" of type/.test(e.message))) return `generator produced an invalid document: ${errors[0].message}`;
    if (valid && r.caller.role && errors.some((e: any) => e.extensions.code === 'FORBIDDEN' || e.extensions.code === 'UNAUTHENTICATED')) {
      // roles may call every root field `roots` picked; nested FORBIDDEN would contradict the access matrix
      return `${r.caller.name} refused: ${errors[0].message}`;
    }
    return null;
  }

  const property = (arb: fc.Arbitrary<Req>, valid: boolean) =>
    fc.asyncProperty(arb, async (r) => {
      const t0 = Date.now();
      const { status, text } = await exchange(r);
      if (TRACE) process.stderr.write(`${Date.now() - t0} ms ${status} ${r.caller.name} ${r.mutation} ${r.query.slice(0, 100)}\n`);
      const problem = check(r, status, text, valid);
      if (problem) throw new Error(`${problem}\n  caller: ${r.caller.name}${r.mutation ? `\n  mutation: ${r.mutation}` : ''}\n  body sent: ${r.body.slice(0, 1500)}\n  response: ${text.slice(0, 1500)}`);
    });

  it('answers valid queries of every role and API-key scope without an internal error', async () => {
    await fc.assert(property(validArb(), true), { seed: SEED, numRuns: RUNS, endOnFailure: true, verbose: 1 });
  });

  it('answers randomly broken requests with a client error, never a 5xx, stack trace or SQL', async () => {
    await fc.assert(property(mutatedArb(validArb()), false), { seed: SEED + 1, numRuns: RUNS, endOnFailure: true, verbose: 1 });
  });
});
