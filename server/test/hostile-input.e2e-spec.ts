import jwt from 'jsonwebtoken';
import {
  GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType,
} from 'graphql';
import { getMetadataStorage as getTypeGraphQLMetadata } from 'type-graphql';
import { getMetadataStorage as getClassValidatorMetadata } from 'class-validator';
import { makeIdNumber } from '../src/common/id-number';
import { buildAppSchema } from '../src/schema';
import { User } from '../src/modules/auth/user.entity';
import { DB_KIND, TestApp, USERS, startTestApp } from './util';
import { ANONYMOUS, Caller, MISSING_ID, Raw, apiKey, bearer, dummyValue, internals, pool, rootFields, send } from './schema-walk';

jest.setTimeout(60_000);

/**
 * The hostile-input battery (security issue point 6): every probe has ONE expected HTTP status and error code
 * (null: no error), and for every probe: no 5xx, no stack trace, no SQL or driver text in the body, and for
 * mutations nothing changed in the touched tables (row count, sum of versions, highest id, read with
 * t.started.ds.query before and after) beyond the accepted creates, which add exactly one row each.
 *
 * Request-level refusals (variable coercion, bad tokens) answer 400/401; errors raised while executing
 * (argument validation, services) answer 200 with the error in `errors` (GraphQL over HTTP, application/json).
 */

const SECRET = 'hostile-input-test-secret-0123456789abcdef';
const KB10 = 'x'.repeat(10 * 1024);
const INJECTION = [`' OR 1=1 --`, `"; DROP TABLE resident; --`, `\\' UNION SELECT id, id_number, phone FROM resident --`];
const WILDCARDS = ['%', '_', '\\'];
const NUL = '名\u0000字';
const ASTRAL = '老人🎉𠀀';
const BAD_IDS = ['abc', '-1', '0', '1.5', '18446744073709551616', '1'.repeat(10 * 1024), '1; DROP TABLE center', '1\u0000'];
/** For references to other records (single-id filters, input ids other than the record's own). */
const SOME_BAD_IDS = ['abc', '18446744073709551616', '1; DROP TABLE center'];

interface Probe {
  section: string;
  name: string;
  caller: Caller;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  status: number;
  /** Expected `errors[0].extensions.code`; null: no error. */
  code: string | null;
  field?: string;
  /** Mutations: GraphQL types whose tables must not change (the first gains one row when the probe is an accepted create). */
  touches?: string[];
  /** Input values the server may echo in a message (removed before scanning for SQL). */
  echo?: string[];
  /** Further checks on the response; returns a problem or null. */
  then?: (r: Raw) => Promise<string | null> | string | null;
}

describe('hostile input', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const ids: Record<string, string> = {};
  const eligible: string[] = [];
  let admin: Caller, officer: Caller, analyst: Caller;
  let probeCount = 0;
  const deviations: string[] = [];
  let seq = 0;
  const next = () => ++seq;

  const tableOf = (type: string) => {
    const meta = t.started.ds.entityMetadatas.find((m) => m.targetName === type);
    if (!meta) throw new Error(`no entity for ${type}`);
    return meta;
  };
  /** Row count, sum of versions and highest id of the tables of these types: any insert, update or delete changes it. */
  async function fingerprint(types: string[]): Promise<string[]> {
    return Promise.all(
      types.map(async (type) => {
        const meta = tableOf(type);
        const hasVersion = meta.columns.some((c) => c.databaseName === 'version');
        const rows = await t.started.ds.query(`SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS m${hasVersion ? ', COALESCE(SUM(version), 0) AS v' : ''} FROM ${t.started.ds.driver.escape(meta.tableName)}`);
        return `${type}:${Number(rows[0].n)}:${hasVersion ? Number(rows[0].v) : '-'}:${Number(rows[0].m)}`;
      }),
    );
  }

  const bySection = new Map<string, number>();
  let verbatim = 0;

  /** Sends one probe and checks its status, code, field and body; `created` when it was an accepted create. */
  async function runProbe(p: Probe): Promise<{ problems: string[]; created: boolean }> {
    probeCount++;
    bySection.set(p.section, (bySection.get(p.section) ?? 0) + 1);
    const problems: string[] = [];
    const where = `[${p.section}] ${p.name} (${p.caller.name})`;
    const r = await send(t.url, p.caller, p.query, p.variables, p.headers);
    const code = r.errors[0]?.extensions?.code ?? null;
    const got = { status: r.status, code, ...(p.field !== undefined ? { field: r.errors[0]?.extensions?.field } : {}) };
    const want = { status: p.status, code: p.code, ...(p.field !== undefined ? { field: p.field } : {}) };
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)} ${r.text.slice(0, 300)}`);
    if (r.status >= 500) problems.push(`${where}: HTTP ${r.status}`);
    const leak = internals(r.text, p.echo ?? []);
    if (leak) problems.push(`${where}: internals in the body: …${leak}…`);
    if (p.then && !problems.length) {
      const extra = await p.then(r);
      if (extra) problems.push(`${where}: ${extra}`);
    }
    return { problems, created: !!p.touches && code === null && /^mutation\b[^{]*\{\s*create/.test(p.query) };
  }

  /**
   * Runs the probes 8 at a time. Mutations are grouped by the tables they touch: each group's tables are
   * fingerprinted (row count, sum of versions, highest id) before and after, and must differ by exactly the
   * group's accepted creates (one row of version 1 each) — so a refused mutation changed nothing.
   */
  async function runAll(probes: Probe[]) {
    const problems: string[] = [];
    const groups = new Map<string, Probe[]>();
    for (const p of probes.filter((x) => x.touches)) groups.set(p.touches!.join(','), [...(groups.get(p.touches!.join(',')) ?? []), p]);
    const before = new Map<string, string[]>();
    for (const [key, group] of groups) before.set(key, await fingerprint(group[0].touches!));
    const created = new Map<string, number>();
    await pool(probes, 8, async (p) => {
      const out = await runProbe(p);
      problems.push(...out.problems);
      if (out.created) created.set(p.touches!.join(','), (created.get(p.touches!.join(',')) ?? 0) + 1);
    });
    for (const [key, group] of groups) {
      const after = await fingerprint(group[0].touches!);
      const b = before.get(key)!;
      const k = created.get(key) ?? 0;
      const expected = b.map((fp, i) => {
        if (i > 0 || !k) return fp;
        const [type, n, v, m] = fp.split(':');
        const newMax = after[0].split(':')[3];
        return `${type}:${Number(n) + k}:${v === '-' ? '-' : Number(v) + k}:${Number(newMax) > Number(m) ? newMax : `${m}+`}`;
      });
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        problems.push(`[${group[0].section}] ${group.length} mutations on ${key} (${k} accepted creates): tables changed beyond the accepted creates: before ${b.join(' ')}, after ${after.join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  }

  const field = (kind: 'query' | 'mutation', name: string) => (kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!).getFields()[name] as GraphQLField<unknown, unknown>;

  /** `query Probe($a: T, …) { name(a: $a, …) <selection> }` over the given argument values. */
  function op(kind: 'query' | 'mutation', name: string, args: Record<string, unknown>, selection?: string) {
    const f = field(kind, name);
    const names = Object.keys(args);
    const defs = names.length ? `(${names.map((a) => `$${a}: ${f.args.find((x) => x.name === a)!.type.toString()}`).join(', ')})` : '';
    const call = names.length ? `(${names.map((a) => `${a}: $${a}`).join(', ')})` : '';
    const named = getNamedType(f.type);
    const fields = isObjectType(named) ? named.getFields() : {};
    const sel = selection ?? (isObjectType(named) ? (fields.totalItems ? ' { totalItems }' : fields.items ? ' { items { __typename } }' : ' { __typename }') : '');
    return { query: `${kind} Probe${defs} { ${name}${call}${sel} }`, variables: args };
  }

  /** Required arguments of a root field, dummies (missing ids) for all but `overrides`. */
  function argsFor(kind: 'query' | 'mutation', name: string, overrides: Record<string, unknown> = {}) {
    const f = field(kind, name);
    const out: Record<string, unknown> = {};
    for (const a of f.args) if (isNonNullType(a.type) && a.defaultValue === undefined) out[a.name] = dummyValue(a.type, a.name);
    return { ...out, ...overrides };
  }

  /** The record type a mutation writes: createCenter → Center, computeRatingRound → RatingRound, revokeApiKey → ApiKey. */
  const typeOfMutation = (name: string) => {
    const named = getNamedType(field('mutation', name).type).name;
    if (named === 'ID' || named === 'ApiKeyCreated') return name.replace(/^(create|update|delete|revoke)/, '');
    return named;
  };

  beforeAll(async () => {
    // the rate limit (hardening's concern) is off: 1,600 probes in a minute are this suite's job, not an attack
    t = await startTestApp({ config: { jwtSecret: SECRET, limits: { rateLimitPerMinute: 0 } } });
    schema = await buildAppSchema();
    admin = bearer('admin', t.tokens.admin);
    officer = bearer('officer', t.tokens.officer);
    analyst = bearer('analyst', t.tokens.analyst);
    const gql = async (q: string, v: Record<string, unknown> = {}, token = t.tokens.officer) => {
      const r = await t.gql(q, v, token);
      if (r.errors) throw new Error(`${q}: ${JSON.stringify(r.errors)}`);
      return Object.values(r.data)[0] as any;
    };
    ids.street = (await gql(`mutation($i: CreateStreetInput!) { createStreet(input: $i) { id } }`, { i: { name: '东门街道' } })).id;
    ids.community = (await gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: '湖贝社区', streetId: ids.street } })).id;
    ids.association = (await gql(`mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id } }`, { i: { name: '东门街道老年协会', level: 'STREET', streetId: ids.street, phone: '13500000001' } })).id;
    for (const [i, score] of [80, 90, 55].entries()) {
      const c = await gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, {
        i: { code: `XG-DM-00${i + 1}`, name: `湖贝星光老年之家${i + 1}`, communityId: ids.community, floorArea: 250, plaqueDate: '2012-01-01', elderlyCount: 900, disabledCount: 30, serviceScore: score, associationId: ids.association, contactPhone: '13500000002' },
      });
      ids[`center${i}`] = c.id;
    }
    ids.center = ids.center0;
    ids.resident = (await gql(`mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`, {
      i: { name: '张三', gender: 'MALE', idNumber: makeIdNumber('440303', '1940-01-01', 1, 'MALE'), birthDate: '1940-01-01', communityId: ids.community, phone: '13500000003' },
    })).id;
    // one eligible resident per create-exam probe that should be accepted (one exam per resident and year)
    for (let i = 0; i < 24; i++) {
      const r = await gql(`mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`, {
        i: { name: `体检对象${i}`, gender: 'FEMALE', idNumber: makeIdNumber('440303', '1941-02-03', 2 * i + 10, 'FEMALE'), birthDate: '1941-02-03', communityId: ids.community },
      });
      eligible.push(r.id);
    }
    ids.exam = (await gql(`mutation($i: CreateHealthExamInput!) { createHealthExam(input: $i) { id } }`, { i: { residentId: ids.resident, scheduledOn: '2016-05-20', provider: '罗湖医院' } })).id;
    ids.visit = (await gql(`mutation($i: CreateVisitInput!) { createVisit(input: $i) { id } }`, { i: { visitedOn: '2016-01-20', occasion: 'SPRING_FESTIVAL', residentId: ids.resident, cash: '500.00', goods: '米面油', visitingUnit: '区老龄办' } })).id;
    ids.project = (await gql(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, { i: { name: '福利中心二期', category: 'PUBLIC_INSTITUTION', totalInvestment: '102760000.00', leadUnit: '区民政局' } })).id;
    ids.projectProgress = (await gql(`mutation($i: CreateProjectProgressInput!) { createProjectProgress(input: $i) { id } }`, { i: { projectId: ids.project, reportedOn: '2016-04-01', percent: 10, note: '开工' } })).id;
    const round = await gql(`mutation($i: CreateRatingRoundInput!) { createRatingRound(input: $i) { id version } }`, { i: { name: '2016年评定', assessedOn: '2016-06-30' } });
    ids.ratingRound = round.id;
    await gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: round.id });
    await gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: round.id });
    const rect = await gql(`{ rectifications { items { id } } }`);
    ids.rectification = rect.items[0]?.id ?? MISSING_ID;
    ids.subsidyRound = (await gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: '2016年资助', fiscalYear: 2016, budget: '100000', ratingRoundId: round.id } })).id;
    await gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, { id: ids.subsidyRound });
    ids.user = (await gql(`{ users(filter: { q: "analyst" }) { items { id } } }`, {}, t.tokens.admin)).items[0].id;
  });

  afterAll(async () => {
    console.log(
      `hostile input: ${probeCount} probes (${[...bySection].map(([k, n]) => `${k} ${n}`).join(', ')}), each with one expected status and code, no 5xx, ` +
        `no stack trace, no SQL text; mutations leave their tables unchanged; ${verbatim} hostile texts stored verbatim, read back identical and found only where they occur`,
    );
    if (deviations.length) console.log(`hostile input: documented deviations (reported, not fixed here):\n  ${deviations.join('\n  ')}`);
    await t?.close();
  });

  /** Root list queries (they have `take`), with the real values their required arguments need. */
  const LIST_ARGS = (): Record<string, Record<string, unknown>> => ({
    examCohort: { communityId: ids.community },
    previewRating: { assessedOn: '2016-06-30' },
    previewSubsidy: { input: { budget: '1000', ratingRoundId: ids.ratingRound, mode: 'WEIGHTED' } },
  });
  const listQueries = () => rootFields(schema, 'query').filter((f) => f.args.some((a) => a.name === 'take'));
  const callerFor = (name: string) => (/^(users?|auditLog|apiKeys)$/.test(name) ? admin : analyst);

  it('paging: take 0, -1, 501, 10^6, 2^31, "abc" and skip -1 on every list → BAD_USER_INPUT on take / skip', async () => {
    const probes: Probe[] = [];
    const cases: [string, unknown, number][] = [
      ['take', 0, 200], ['take', -1, 200], ['take', 501, 200], ['take', 1_000_000, 200], ['take', 2 ** 31, 400], ['take', 'abc', 400], ['skip', -1, 200],
    ];
    const lists = [
      ...listQueries().map((f) => ({ name: f.name, build: (arg: string, v: unknown) => op('query', f.name, { ...(LIST_ARGS()[f.name] ?? {}), [arg]: v }) })),
      // pages nested in a record
      ...[['ratingRound', 'ratings'], ['subsidyRound', 'allocations']].map(([root, nested]) => ({
        name: `${root}.${nested}`,
        build: (arg: string, v: unknown) => ({ query: `query($id: ID!, $${arg}: Int) { ${root}(id: $id) { ${nested}(${arg}: $${arg}) { totalItems } } }`, variables: { id: ids[root], [arg]: v } }),
      })),
    ];
    for (const l of lists) {
      const rootField = schema.getQueryType()!.getFields()[l.name];
      for (const [arg, value, status] of cases) {
        if (rootField && !rootField.args.some((a) => a.name === arg)) continue;
        probes.push({ section: 'paging', name: `${l.name}(${arg}: ${JSON.stringify(value)})`, caller: callerFor(l.name), ...l.build(arg, value), status, code: 'BAD_USER_INPUT', field: arg });
      }
    }
    expect(probes.length).toBeGreaterThanOrEqual(7 * 20);
    await runAll(probes);
  });

  it('invalid ids in every id argument, filter id list and input id → BAD_USER_INPUT on that field; mutations change nothing', async () => {
    const probes: Probe[] = [];
    const add = (name: string, caller: Caller, build: (bad: string) => { query: string; variables: Record<string, unknown> }, fieldName: string, touches?: string[], values = BAD_IDS) => {
      for (const bad of values) {
        const label = `${name} = ${JSON.stringify(bad.slice(0, 24))}${bad.length > 24 ? '…' : ''}`;
        let expected: Pick<Probe, 'status' | 'code' | 'field'> = { status: 200, code: 'BAD_USER_INPUT', field: fieldName };
        // users are never deleted: refused before the id is read
        if (name.startsWith('deleteUser(')) expected = { status: 200, code: 'INVALID_STATE' };
        const known = KNOWN_LOOSE_IDS[name];
        if (known) {
          if (bad === BAD_IDS[0]) deviations.push(`${name}: ${known}`);
          // free text up to 64 characters; longer is refused by the input's validator (its own field name)
          expected = bad.length > 64 ? { status: 200, code: 'BAD_USER_INPUT', field: fieldName.split('.').pop()! } : { status: 200, code: null };
        }
        probes.push({ section: 'ids', name: label, caller, ...build(bad), ...expected, touches, echo: [bad] });
      }
    };
    // root query arguments of type ID
    for (const f of rootFields(schema, 'query')) {
      for (const a of f.args.filter((x) => getNamedType(x.type).name === 'ID' && !isListType(isNonNullType(x.type) ? x.type.ofType : x.type))) {
        add(`${f.name}(${a.name})`, callerFor(f.name), (bad) => op('query', f.name, { ...argsFor('query', f.name, LIST_ARGS()[f.name] ?? {}), ...(f.name === 'compareRatingRounds' ? { fromId: ids.ratingRound, toId: ids.ratingRound } : {}), [a.name]: bad }), a.name);
      }
      // filter id fields: ids lists and single ids
      const filter = f.args.find((x) => x.name === 'filter');
      if (!filter) continue;
      const input = getNamedType(filter.type) as GraphQLInputObjectType;
      for (const fl of Object.values(input.getFields()).filter((x) => getNamedType(x.type).name === 'ID')) {
        const list = isListType(isNonNullType(fl.type) ? fl.type.ofType : fl.type);
        // every bad id in the id lists; three of them in the single-id filters (a reference, not an id argument)
        const values = list || KNOWN_LOOSE_IDS[`${f.name}(filter.${fl.name})`] ? BAD_IDS : SOME_BAD_IDS;
        add(`${f.name}(filter.${fl.name})`, callerFor(f.name), (bad) => op('query', f.name, { ...(LIST_ARGS()[f.name] ?? {}), filter: { [fl.name]: list ? [bad] : bad } }), `filter.${fl.name}`, undefined, values);
      }
    }
    // mutation arguments and input fields of type ID (the rest of the input valid-shaped)
    for (const f of rootFields(schema, 'mutation')) {
      const caller = /User|ApiKey|approve/.test(f.name) ? admin : officer;
      const touches = [typeOfMutation(f.name)];
      for (const a of f.args.filter((x) => getNamedType(x.type).name === 'ID')) add(`${f.name}(${a.name})`, caller, (bad) => op('mutation', f.name, { ...argsFor('mutation', f.name), [a.name]: bad }), a.name, touches);
      const inputArg = f.args.find((x) => x.name === 'input');
      if (!inputArg) continue;
      const input = getNamedType(inputArg.type) as GraphQLInputObjectType;
      for (const fl of Object.values(input.getFields()).filter((x) => getNamedType(x.type).name === 'ID')) {
        const values = fl.name === 'id' ? BAD_IDS : SOME_BAD_IDS;
        add(`${f.name}(input.${fl.name})`, caller, (bad) => op('mutation', f.name, { input: { ...(validInput(f.name) ?? (dummyValue(inputArg.type) as object)), ...(f.name.startsWith('update') ? { id: idOf(f.name), version: 1 } : {}), [fl.name]: bad } }), fl.name, touches, values);
      }
    }
    await runAll(probes);
  });

  /** A real id for the record an update mutation names. */
  const idOf = (mutation: string) => {
    const type = typeOfMutation(mutation);
    const key = type[0].toLowerCase() + type.slice(1);
    return ids[key] ?? MISSING_ID;
  };

  /** A valid create input, unique where the type needs it; undefined for mutations without one. */
  function validInput(mutation: string, fresh = false): Record<string, unknown> | undefined {
    const n = next();
    const inputs: Record<string, () => Record<string, unknown>> = {
      createUser: () => ({ email: `probe${n}@test.example`, name: `用户${n}`, password: 'long-enough-password', role: 'ANALYST' }),
      createApiKey: () => ({ name: `key${n}`, scopes: ['centers:read'] }),
      createStreet: () => ({ name: `街道${n}` }),
      createCommunity: () => ({ name: `社区${n}`, streetId: ids.street }),
      createCenter: () => ({ code: `XG-HI-${n}`, name: `中心${n}`, communityId: ids.community, floorArea: 100, plaqueDate: '2012-01-01', elderlyCount: 1, disabledCount: 0, serviceScore: 80 }),
      createAssociation: () => ({ name: `协会${n}`, level: 'STREET', streetId: ids.street }),
      createResident: () => ({ name: `居民${n}`, gender: 'MALE', idNumber: makeIdNumber('440304', '1950-01-01', (2 * n) % 1000, 'MALE'), birthDate: '1950-01-01', communityId: ids.community }),
      createHealthExam: () => ({ residentId: (fresh ? eligible.shift() : eligible[eligible.length - 1]) ?? MISSING_ID, scheduledOn: '2016-05-01' }),
      createVisit: () => ({ visitedOn: '2016-01-01', occasion: 'OTHER', centerId: ids.center, cash: '10.00' }),
      createProject: () => ({ name: `项目${n}`, category: 'TRAINING', totalInvestment: '100.00' }),
      createProjectProgress: () => ({ projectId: ids.project, reportedOn: '2016-05-01', percent: 10 }),
      createRatingRound: () => ({ name: `评定${n}`, assessedOn: '2016-06-30' }),
      createSubsidyRound: () => ({ name: `资助${n}`, fiscalYear: 2016, budget: '1000', ratingRoundId: ids.ratingRound }),
    };
    return inputs[mutation]?.();
  }

  it('SQL injection, LIKE wildcards and 10 kB text in every string field of every list filter: no error and no match (10 kB: BAD_USER_INPUT)', async () => {
    const probes: Probe[] = [];
    const texts = [...INJECTION, ...WILDCARDS, NUL, ASTRAL];
    const filters: { name: string; caller: Caller; input: GraphQLInputObjectType; build: (filter: Record<string, unknown>) => { query: string; variables: Record<string, unknown> } }[] = [];
    for (const f of listQueries()) {
      const filter = f.args.find((x) => x.name === 'filter');
      if (filter) filters.push({ name: f.name, caller: callerFor(f.name), input: getNamedType(filter.type) as GraphQLInputObjectType, build: (v) => op('query', f.name, { ...(LIST_ARGS()[f.name] ?? {}), filter: v, take: 500 }) });
    }
    for (const [root, nested, type] of [['ratingRound', 'ratings', 'CenterRatingFilter'], ['subsidyRound', 'allocations', 'SubsidyAllocationFilter']]) {
      filters.push({
        name: `${root}.${nested}`, caller: analyst, input: schema.getType(type) as GraphQLInputObjectType,
        build: (v) => ({ query: `query($id: ID!, $f: ${type}) { ${root}(id: $id) { ${nested}(filter: $f, take: 500) { totalItems } } }`, variables: { id: ids[root], f: v } }),
      });
    }
    const count = (d: any) => d?.totalItems ?? d?.items?.length;
    const total = (r: Raw) => {
      const d = Object.values(r.data ?? {})[0] as any;
      return count(d) ?? count(Object.values(d ?? {})[0]);
    };
    for (const fl of filters) {
      for (const s of Object.values(fl.input.getFields()).filter((x) => getNamedType(x.type).name === 'String')) {
        const list = isListType(isNonNullType(s.type) ? s.type.ofType : s.type);
        const wrap = (v: string) => fl.build({ [s.name]: list ? [v] : v });
        const max = maxLength(fl.input.name, s.name);
        for (const text of texts) {
          if (max !== null && text.length > max) {
            // longer than the filter field allows: refused like any over-long text
            probes.push({ section: 'filter text', name: `${fl.name}(filter.${s.name}: ${JSON.stringify(text)}) over ${max} characters`, caller: fl.caller, ...wrap(text), status: 200, code: 'BAD_USER_INPUT', field: s.name, echo: [text] });
            continue;
          }
          probes.push({
            section: 'filter text', name: `${fl.name}(filter.${s.name}: ${JSON.stringify(text)})`, caller: fl.caller, ...wrap(text), status: 200, code: null, echo: [text],
            // nothing seeded contains these strings: a match would mean the text was taken as SQL or as a wildcard
            then: (r) => (total(r) === 0 ? null : `matched ${total(r)} records`),
          });
        }
        const long = KNOWN_LONG_FILTER[`${fl.name}.${s.name}`];
        if (long) deviations.push(`${fl.name}(filter.${s.name}): ${long}`);
        probes.push({
          section: 'filter text', name: `${fl.name}(filter.${s.name}: 10 kB)`, caller: fl.caller, ...wrap(KB10), echo: [KB10],
          ...(long ? { status: 200, code: null } : { status: 200, code: 'BAD_USER_INPUT', field: FILTER_FIELD(fl.name, s.name) }),
        });
      }
    }
    // string arguments of list queries outside the filter (cursors): a format, so refused
    for (const f of listQueries()) {
      for (const a of f.args.filter((x) => x.name !== 'filter' && getNamedType(x.type).name === 'String')) {
        for (const text of [...texts, KB10]) {
          probes.push({ section: 'filter text', name: `${f.name}(${a.name}: ${JSON.stringify(text.slice(0, 30))})`, caller: callerFor(f.name), ...op('query', f.name, { ...(LIST_ARGS()[f.name] ?? {}), [a.name]: text }), status: 200, code: 'BAD_USER_INPUT', field: a.name, echo: [text] });
        }
      }
    }
    // a sanity check that search works at all: real text finds the seeded records
    const real = await send(t.url, analyst, `{ centers(filter: { q: "湖贝" }) { totalItems } }`);
    expect(real.data.centers.totalItems).toBe(3);
    await runAll(probes);
  });

  it('SQL injection, wildcards, NUL, astral characters and 10 kB text in every string field of every create input', async () => {
    const probes: Probe[] = [];
    const payloads: [string, string][] = [...INJECTION.map((s) => ['injection', s] as [string, string]), ...WILDCARDS.map((s) => ['wildcard', s] as [string, string]), ['NUL', NUL], ['astral', ASTRAL], ['10 kB', KB10]];
    for (const f of rootFields(schema, 'mutation').filter((x) => x.name.startsWith('create'))) {
      const input = getNamedType(f.args.find((a) => a.name === 'input')!.type) as GraphQLInputObjectType;
      const type = typeOfMutation(f.name);
      const caller = /User|ApiKey/.test(f.name) ? admin : officer;
      for (const s of Object.values(input.getFields()).filter((x) => getNamedType(x.type).name === 'String')) {
        const list = isListType(isNonNullType(s.type) ? s.type.ofType : s.type);
        for (const [kind, text] of payloads) {
          const rule = (FIELD_RULES[`${type}.${s.name}`] as 'format' | 'secret' | undefined) ?? 'text';
          const max = maxLength(input.name, s.name);
          const fits = kind !== '10 kB' && (max === null || text.length <= max);
          const accepted = fits && (rule === 'text' || (rule === 'secret' && text.length >= 10));
          const base = validInput(f.name, accepted)!;
          probes.push({
            section: 'create text', name: `${f.name}(${s.name}: ${kind} ${JSON.stringify(text.slice(0, 30))})`, caller,
            ...op('mutation', f.name, { input: { ...base, [s.name]: list ? [text] : text } }, type === 'ApiKey' ? ' { apiKey { id } }' : ' { id }'),
            status: 200, code: accepted ? null : 'BAD_USER_INPUT', field: accepted ? undefined : s.name, touches: [type], echo: [text],
            then: accepted && rule === 'text' ? (r) => readBack(type, r, s.name, text) : undefined,
          });
        }
      }
    }
    await runAll(probes);
  });

  /** Text fields that hold a format (refused unless they match it) or a secret (accepted, never read back). */
  const FIELD_RULES: Record<string, 'format' | 'secret'> = {
    'User.email': 'format', 'User.password': 'secret', 'ApiKey.scopes': 'format', 'Center.code': 'format', 'Center.contactPhone': 'format',
    'Association.phone': 'format', 'Resident.idNumber': 'format', 'Resident.phone': 'format',
  };
  /** The columns each list's `q` searches (the services' searchColumns). */
  const SEARCHED: Record<string, [string, string[]]> = {
    Street: ['streets', ['name']], Community: ['communities', ['name']], Center: ['centers', ['code', 'name', 'address']], Association: ['associations', ['name', 'presidentName']],
    Resident: ['residents', ['name']], HealthExam: ['healthExams', ['provider', 'notes']], Visit: ['visits', ['goods', 'visitingUnit']], Project: ['projects', ['name', 'leadUnit', 'approvalRef']],
    ProjectProgress: ['projectProgresses', ['note']], RatingRound: ['ratingRounds', ['name']], SubsidyRound: ['subsidyRounds', ['name', 'fundSource']], User: ['users', ['email', 'name']],
  };

  /** Stored verbatim: read back identical; as search text it finds the record and only records containing it. */
  async function readBack(type: string, r: Raw, fieldName: string, text: string): Promise<string | null> {
    const created = Object.values(r.data)[0] as any;
    const id = created.apiKey?.id ?? created.id;
    if (type === 'ApiKey') {
      const keys = await send(t.url, admin, `{ apiKeys(take: 500) { items { id name } } }`);
      const k = keys.data.apiKeys.items.find((x: any) => x.id === id);
      return k?.[fieldName] === text ? null : `read back ${JSON.stringify(k?.[fieldName])}`;
    }
    const one = type[0].toLowerCase() + type.slice(1);
    const got = await send(t.url, admin, `query($id: ID!) { ${one}(id: $id) { ${fieldName} } }`, { id });
    if (got.data?.[one]?.[fieldName] !== text) return `read back ${JSON.stringify(got.data?.[one]?.[fieldName])?.slice(0, 80)} instead of the text sent`;
    verbatim++;
    const [list, columns] = SEARCHED[type] ?? [];
    if (!list || !columns.includes(fieldName) || !text.trim()) return null;
    const found = await send(t.url, admin, `query($q: String) { ${list}(filter: { q: $q }, take: 500) { totalItems items { id ${columns.join(' ')} } } }`, { q: text });
    if (found.errors.length) return `search failed: ${found.text.slice(0, 200)}`;
    const items = found.data[list].items as Record<string, string | null>[];
    if (!items.some((i) => i.id === id)) return `searching ${JSON.stringify(text)} does not find the record`;
    const needle = text.trim().toLowerCase();
    const stray = items.filter((i) => !columns.some((c) => (i[c] ?? '').toLowerCase().includes(needle)));
    return stray.length ? `searching ${JSON.stringify(text)} also matched ${stray.length} records that do not contain it (of ${items.length})` : null;
  }

  // utf8mb4_unicode_ci would weigh every character outside the BMP alike ("街道🌸" = "街道🌺"); the MySQL
  // migrations move every table to utf8mb4_unicode_520_ci, which tells them apart (SQLite compares code points)
  it('names that differ only in an astral character are different names', async () => {
    const create = (name: string) => send(t.url, officer, `mutation($i: CreateStreetInput!) { createStreet(input: $i) { id name } }`, { i: { name } });
    const a = await create('星光街道🌸');
    const b = await create('星光街道🌺');
    probeCount += 2;
    expect([a.errors, b.errors]).toEqual([[], []]);
    expect([a.data.createStreet.name, b.data.createStreet.name]).toEqual(['星光街道🌸', '星光街道🌺']);
  });

  it('wrong scalar values: Money "1.005", "abc", 1e21; Date "2016-02-30", "16-06-30"; DateTime "yesterday" → 400 BAD_USER_INPUT on the field; nothing changes', async () => {
    const probes: Probe[] = [];
    const bad: Record<string, unknown[]> = { Money: ['1.005', 'abc', 1e21], Date: ['2016-02-30', '16-06-30'], DateTime: ['yesterday'] };
    /** Every path to a Money, Date or DateTime leaf in an argument, with the rest of the argument valid-shaped. */
    const paths = (t0: GraphQLInputType, path: string[], depth: number, out: { path: string[]; scalar: string }[]) => {
      const inner = isNonNullType(t0) ? t0.ofType : t0;
      const named = getNamedType(inner);
      if (named.name in bad) out.push({ path, scalar: named.name });
      else if (isInputObjectType(named) && depth < 3) for (const f of Object.values(named.getFields())) paths(f.type, [...path, ...(isListType(inner) ? ['0'] : []), f.name], depth + 1, out);
      return out;
    };
    const setAt = (root: any, path: string[], value: unknown) => {
      let o = root;
      for (let i = 0; i < path.length - 1; i++) {
        const k = path[i];
        if (o[k] === undefined) o[k] = path[i + 1] === '0' ? [] : {};
        if (path[i + 1] === '0' && o[k].length === 0) o[k].push({});
        o = o[k];
      }
      o[path[path.length - 1]] = value;
    };
    for (const kind of ['query', 'mutation'] as const) {
      for (const f of rootFields(schema, kind)) {
        for (const a of f.args) {
          for (const p of paths(a.type, [a.name], 0, [])) {
            for (const value of bad[p.scalar]) {
              const args: any = kind === 'mutation' ? { ...argsFor(kind, f.name) } : { ...argsFor(kind, f.name, LIST_ARGS()[f.name] ?? {}) };
              if (kind === 'mutation' && args.input && f.name.startsWith('create')) args.input = validInput(f.name);
              setAt(args, p.path, value);
              // a list of input objects needs its required fields (e.g. levels[0].level)
              const leafName = p.path[p.path.length - 1];
              if (p.path.includes('levels')) setAt(args, [...p.path.slice(0, -1), 'level'], 'FIVE');
              const touches = kind === 'mutation' ? [typeOfMutation(f.name)] : undefined;
              const caller = kind === 'query' ? callerFor(f.name) : /User|ApiKey|approve/.test(f.name) ? admin : officer;
              probes.push({ section: 'scalars', name: `${f.name}(${p.path.join('.')}: ${p.scalar} ${JSON.stringify(value)})`, caller, ...op(kind, f.name, args), status: 400, code: 'BAD_USER_INPUT', field: leafName, touches, echo: [String(value)] });
            }
          }
        }
      }
    }
    expect(probes.length).toBeGreaterThan(40);
    await runAll(probes);
  });

  it('bad credentials: expired, forged, alg none, wrong issuer, disabled user, unknown user; revoked and expired keys; both headers → 401 UNAUTHENTICATED, nothing changes', async () => {
    const analystUser = await t.started.ds.getRepository(User).findOneByOrFail({ email: USERS.analyst });
    const adminUser = await t.started.ds.getRepository(User).findOneByOrFail({ email: USERS.admin });
    const claims = (u: User) => ({ sub: String(u.id), tv: u.tokenVersion, role: u.role });
    // a user disabled after its token was signed, and one signed while already disabled (same token version)
    const temp = await t.gql(`mutation { createUser(input: { email: "disabled@test.example", name: "停用", password: "temporary-pass-1", role: OFFICER }) { id version } }`, {}, t.tokens.admin);
    const tempUser = await t.started.ds.getRepository(User).findOneByOrFail({ email: 'disabled@test.example' });
    const earlyToken = jwt.sign(claims(tempUser), SECRET, { algorithm: 'HS256', expiresIn: 3600, issuer: 'eldergraph' });
    await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }`, { i: { id: temp.data.createUser.id, version: temp.data.createUser.version, active: false } }, t.tokens.admin);
    const disabledUser = await t.started.ds.getRepository(User).findOneByOrFail({ email: 'disabled@test.example' });
    expect(disabledUser.active).toBe(false);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const tokens: Record<string, string> = {
      'expired JWT': jwt.sign({ ...claims(analystUser), exp: Math.floor(Date.now() / 1000) - 60 }, SECRET, { algorithm: 'HS256', issuer: 'eldergraph' }),
      'forged JWT (wrong secret)': jwt.sign(claims(adminUser), 'not-the-secret-not-the-secret-000000', { algorithm: 'HS256', expiresIn: 3600, issuer: 'eldergraph' }),
      'alg none JWT': `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(adminUser), iss: 'eldergraph', exp: Math.floor(Date.now() / 1000) + 3600 })}.`,
      'HS512 JWT (right secret, other algorithm)': jwt.sign(claims(adminUser), SECRET, { algorithm: 'HS512', expiresIn: 3600, issuer: 'eldergraph' }),
      'JWT with another issuer': jwt.sign(claims(adminUser), SECRET, { algorithm: 'HS256', expiresIn: 3600, issuer: 'someone-else' }),
      'JWT for an unknown user': jwt.sign({ sub: '999999', tv: 1, role: 'ADMIN' }, SECRET, { algorithm: 'HS256', expiresIn: 3600, issuer: 'eldergraph' }),
      'JWT signed before the user was disabled': earlyToken,
      'JWT for a disabled user (current token version)': jwt.sign(claims(disabledUser), SECRET, { algorithm: 'HS256', expiresIn: 3600, issuer: 'eldergraph' }),
      'JWT with a stale token version': jwt.sign({ ...claims(analystUser), tv: analystUser.tokenVersion + 5 }, SECRET, { algorithm: 'HS256', expiresIn: 3600, issuer: 'eldergraph' }),
      'JWT whose payload was edited (role ADMIN)': (() => {
        const [h, , s] = t.tokens.analyst.split('.');
        return `${h}.${b64({ ...claims(analystUser), role: 'ADMIN', iss: 'eldergraph', exp: Math.floor(Date.now() / 1000) + 3600 })}.${s}`;
      })(),
    };
    const key = async (extra: Record<string, unknown>) => (await t.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }`, { i: { name: 'probe', scopes: ['centers:read', 'exams:write'], ...extra } }, t.tokens.admin)).data.createApiKey;
    const revoked = await key({});
    await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revoked.apiKey.id }, t.tokens.admin);
    const expiring = await key({ expiresAt: new Date(Date.now() + 1200).toISOString() });
    const valid = await key({});
    await new Promise((r) => setTimeout(r, 1400));

    const callers: Caller[] = [
      ...Object.entries(tokens).map(([name, token]) => bearer(name, token)),
      apiKey('revoked API key', revoked.key),
      apiKey('expired API key', expiring.key),
      apiKey('unknown API key', valid.key.slice(0, -4) + (valid.key.endsWith('AAAA') ? 'BBBB' : 'AAAA')),
      { name: 'Authorization and X-Api-Key at once', headers: { authorization: `Bearer ${t.tokens.admin}`, 'x-api-key': valid.key } },
      { name: 'Authorization: Basic', headers: { authorization: `Basic ${Buffer.from(`${USERS.admin}:x`).toString('base64')}` } },
    ];
    const probes: Probe[] = [];
    for (const c of callers) {
      probes.push({ section: 'credentials', name: 'query centers', caller: c, query: `{ centers { totalItems } }`, status: 401, code: 'UNAUTHENTICATED' });
      probes.push({ section: 'credentials', name: 'mutation createStreet', caller: c, query: `mutation { createStreet(input: { name: "不应创建" }) { id } }`, status: 401, code: 'UNAUTHENTICATED', touches: ['Street'] });
      probes.push({ section: 'credentials', name: 'mutation createHealthExam', caller: c, ...op('mutation', 'createHealthExam', { input: { residentId: eligible[eligible.length - 1], scheduledOn: '2016-05-01' } }), status: 401, code: 'UNAUTHENTICATED', touches: ['HealthExam'] });
    }
    // SQL in the login form: a wrong login, nothing else
    for (const text of INJECTION) {
      probes.push({ section: 'credentials', name: `login(email: ${JSON.stringify(text)})`, caller: ANONYMOUS, ...op('mutation', 'login', { email: text, password: text }, ' { token }'), status: 200, code: 'UNAUTHENTICATED', touches: ['User'], echo: [text] });
      probes.push({ section: 'credentials', name: `login(admin, password: ${JSON.stringify(text)})`, caller: ANONYMOUS, ...op('mutation', 'login', { email: `${USERS.admin}' --`, password: text }, ' { token }'), status: 200, code: 'UNAUTHENTICATED', touches: ['User'], echo: [text] });
    }
    await runAll(probes);
  });
});

/**
 * ID filters that are not parsed as ids: the audit log's entityId is the id of any record type as text (a
 * user's id, an API key's, 'District' …), so any text up to 64 characters is a legal filter that matches nothing.
 */
const KNOWN_LOOSE_IDS: Record<string, string> = {
  'auditLog(filter.entityId)': 'free text of at most 64 characters (ids of every record type); other text matches nothing',
};

/** Filter fields where 10 kB is accepted (none left). */
const KNOWN_LONG_FILTER: Record<string, string> = {};
/** The `extensions.field` a 10 kB filter string is refused on: the input field's own name (class-validator). */
const FILTER_FIELD = (_list: string, name: string) => name;

/** The longest text class-validator allows on an input type's field (@MaxLength / @Length), or null. */
function maxLength(inputType: string, fieldName: string): number | null {
  const target = getTypeGraphQLMetadata().inputTypes.find((i) => i.name === inputType)?.target;
  if (!target) return null;
  const rules = getClassValidatorMetadata().getTargetValidationMetadatas(target, '', true, false).filter((m) => m.propertyName === fieldName);
  const limits = rules.flatMap((m) => (m.name === 'maxLength' ? [m.constraints[0]] : m.name === 'isLength' ? [m.constraints[1]] : [])).filter((n) => typeof n === 'number');
  return limits.length ? Math.min(...limits) : null;
}
