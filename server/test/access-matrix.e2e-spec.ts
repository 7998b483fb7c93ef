import fs from 'node:fs';
import { GraphQLObjectType, GraphQLSchema, getNamedType, isLeafType, isObjectType } from 'graphql';
import { makeIdNumber } from '../src/common/id-number';
import { buildAppSchema } from '../src/schema';
import { partnerMayResolve } from '../src/modules/security/partner-access';
import { entityQueryOf, referenceResolvers } from '../src/reference-resolvers';
import { AccessMatrix, MATRIX_FILE, SCOPE_NAMES, USER_ROLES, buildAccessMatrix, renderAccessMatrix } from '../src/tools/access-matrix';
import { PASSWORD, TestApp, USERS, startTestApp } from './util';
import { ANONYMOUS, Caller, Raw, apiKey, bearer, internals, pool, requiredArgs, rootFields, rootRequest, send } from './schema-walk';

jest.setTimeout(60_000);

/**
 * The access matrix (docs/access-matrix.md) is generated, current, and true: every root operation is sent as
 * every role, an API key of every scope and anonymously, and must be allowed or refused exactly as it says.
 */
describe('access matrix', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let matrix: AccessMatrix;
  const callers: { caller: Caller; role?: (typeof USER_ROLES)[number]; scope?: string }[] = [];
  const keys: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // no rate limit (hardening's concern): this suite sends some 900 requests in a few seconds
    t = await startTestApp({ config: { limits: { rateLimitPerMinute: 0 } } });
    schema = await buildAppSchema();
    matrix = await buildAccessMatrix(schema);
    const officer = (q: string, v: Record<string, unknown>) => t.gql(q, v, t.tokens.officer).then((r) => {
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return Object.values(r.data)[0] as { id: string };
    });
    // a little of everything, so that partner field checks resolve real records
    ids.street = (await officer(`mutation($i: CreateStreetInput!) { createStreet(input: $i) { id } }`, { i: { name: '矩阵街道' } })).id;
    ids.community = (await officer(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: '矩阵社区', streetId: ids.street } })).id;
    ids.association = (await officer(`mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id } }`, { i: { name: '矩阵协会', level: 'STREET', streetId: ids.street, phone: '13511112222' } })).id;
    ids.center = (await officer(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, {
      i: { code: 'XG-AM-001', name: '矩阵星光老年之家', communityId: ids.community, floorArea: 200, plaqueDate: '2012-01-01', elderlyCount: 900, disabledCount: 30, serviceScore: 85, contactPhone: '13533334444', associationId: ids.association },
    })).id;
    ids.resident = (await officer(`mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`, {
      i: { name: '矩阵居民', gender: 'FEMALE', idNumber: makeIdNumber('440303', '1940-03-01', 120, 'FEMALE'), birthDate: '1940-03-01', communityId: ids.community, phone: '13555556666', associationId: ids.association },
    })).id;
    ids.project = (await officer(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, { i: { name: '矩阵项目', category: 'TRAINING', totalInvestment: '1000.00' } })).id;
    ids.exam = (await officer(`mutation($i: CreateHealthExamInput!) { createHealthExam(input: $i) { id } }`, { i: { residentId: ids.resident, scheduledOn: '2016-05-20', provider: '矩阵医院' } })).id;

    for (const scope of SCOPE_NAMES) {
      const r = await t.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, { i: { name: `matrix ${scope}`, scopes: [scope] } }, t.tokens.admin);
      keys[scope] = r.data.createApiKey.key;
    }
    callers.push({ caller: bearer('admin', t.tokens.admin), role: 'ADMIN' }, { caller: bearer('officer', t.tokens.officer), role: 'OFFICER' }, { caller: bearer('analyst', t.tokens.analyst), role: 'ANALYST' });
    for (const scope of SCOPE_NAMES) callers.push({ caller: apiKey(`key:${scope}`, keys[scope]), scope });
    callers.push({ caller: ANONYMOUS });
  });
  afterAll(() => t?.close());

  it('docs/access-matrix.md is what `npm run access-matrix -w server` generates', async () => {
    const current = fs.existsSync(MATRIX_FILE) ? fs.readFileSync(MATRIX_FILE, 'utf8') : '(missing)';
    if (current !== (await renderAccessMatrix(schema))) throw new Error(`${MATRIX_FILE} is stale: run \`npm run access-matrix -w server\` and commit it`);
  });

  it('has one row per root operation of the schema, federation fields and login included', () => {
    const names = matrix.operations.map((o) => `${o.kind}.${o.name}`);
    const expected = [...rootFields(schema, 'query').map((f) => `Query.${f.name}`), ...rootFields(schema, 'mutation').map((f) => `Mutation.${f.name}`)];
    expect(names.sort()).toEqual(expected.sort());
    expect(names).toEqual(expect.arrayContaining(['Query._service', 'Query._entities', 'Mutation.login']));
  });

  it('matches DOMAIN.md, Access: anonymous gets login only, ANALYST reads only, OFFICER neither approves nor manages users and keys', () => {
    const ops = matrix.operations;
    expect(ops.filter((o) => o.anonymous).map((o) => o.name)).toEqual(['login']);
    expect(ops.filter((o) => o.kind === 'Mutation' && o.roles.ANALYST).map((o) => o.name)).toEqual(['login']);
    const officerDenied = ops.filter((o) => o.kind === 'Mutation' && !o.roles.OFFICER).map((o) => o.name).sort();
    expect(officerDenied).toEqual(['approveSubsidyRound', 'createApiKey', 'createUser', 'deleteUser', 'revokeApiKey', 'updateUser']);
    expect(ops.filter((o) => !o.roles.ADMIN)).toEqual([]);
    // ANALYST reads every business record (users, keys and the audit trail are ADMIN's)
    const analystDeniedQueries = ops.filter((o) => o.kind === 'Query' && !o.roles.ANALYST).map((o) => o.name).sort();
    expect(analystDeniedQueries).toEqual(['apiKeyScopes', 'apiKeys', 'auditLog', 'user', 'users', 'verifyAuditLog']);
    // partner keys never delete, and never reach users, keys or the audit trail
    for (const o of ops.filter((x) => /^delete|User|ApiKey|audit/i.test(x.name) && x.guarded)) expect({ op: o.name, scopes: o.scopes }).toEqual({ op: o.name, scopes: [] });
  });

  /** A request for one operation whose allowed outcome leaves data unchanged (or harmlessly changed). */
  function probeFor(kind: 'Query' | 'Mutation', name: string) {
    const field = (kind === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name];
    // login succeeds with real credentials (a wrong password would answer UNAUTHENTICATED and count as a failure)
    // _entities: the root alone (no representation); which entity types a key may resolve is checked below
    const values: Record<string, unknown> = name === 'login' ? { email: USERS.analyst, password: PASSWORD } : name === '_entities' ? { representations: [] } : {};
    return rootRequest(kind === 'Query' ? 'query' : 'mutation', field as never, values);
  }

  it('every root operation × every role, scope and anonymous behaves as the matrix says', async () => {
    const cases = matrix.operations.flatMap((op) => callers.map((c) => ({ op, c })));
    const problems: string[] = [];
    const tally = { allowed: 0, denied: 0 };
    await pool(cases, 8, async ({ op, c }) => {
      const { query, variables } = probeFor(op.kind, op.name);
      const r = await send(t.url, c.caller, query, variables);
      const allowed = c.role ? op.roles[c.role] : c.scope ? op.scopes.includes(c.scope as never) : op.anonymous;
      const codes = r.errors.map((e) => e.extensions?.code);
      const where = `${op.kind}.${op.name} as ${c.caller.name}`;
      const leak = internals(r.text);
      if (leak) problems.push(`${where}: internals in the response: ${leak}`);
      if (r.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`${where}: ${r.status} ${r.text.slice(0, 200)}`);
      if (allowed) {
        tally.allowed++;
        if (codes.some((x) => x === 'FORBIDDEN' || x === 'UNAUTHENTICATED')) problems.push(`${where}: expected allowed, got ${r.status} ${JSON.stringify(r.errors).slice(0, 200)}`);
      } else {
        tally.denied++;
        const want = c.caller === ANONYMOUS ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (codes[0] !== want || r.data?.[op.name] != null) problems.push(`${where}: expected ${want}, got ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        if (want === 'UNAUTHENTICATED' && r.status !== 401) problems.push(`${where}: expected HTTP 401, got ${r.status}`);
      }
    });
    console.log(`access matrix: ${matrix.operations.length} operations × ${callers.length} roles (${callers.map((c) => c.caller.name).join(', ')}) = ${cases.length} requests checked (${tally.allowed} allowed, ${tally.denied} refused)`);
    expect(problems).toEqual([]);
  });

  it('partner keys resolve exactly the fields PARTNER_ACCESS opens, nested fields included (table 2)', async () => {
    const problems: string[] = [];
    let checked = 0;
    const rootArgs: Record<string, Record<string, unknown>> = {
      center: { id: ids.center }, healthExam: { id: ids.exam }, examCohort: { communityId: ids.community, asOf: '2016-06-30' },
      statistics: {},
    };
    for (const scope of SCOPE_NAMES) {
      const caller = apiKey(`key:${scope}`, keys[scope]);
      const seen = new Set<string>();
      const roots = matrix.operations.filter((o) => o.kind === 'Query' && o.guarded && o.scopes.includes(scope));
      for (const op of roots) {
        const field = schema.getQueryType()!.getFields()[op.name];
        if (requiredArgs(field as never).some((a) => !(a.name in (rootArgs[op.name] ?? {})))) continue;
        const values = rootArgs[op.name] ?? {};
        // walk the result type: every field of every type reachable through open fields, once per scope
        const walk = async (type: GraphQLObjectType, wrap: (inner: string) => string, depth: number) => {
          if (seen.has(type.name) || depth > 4) return;
          seen.add(type.name);
          for (const f of Object.values(type.getFields())) {
            const req = requiredArgs(f as never);
            const call = req.length ? `(${req.map((a) => `${a.name}: ${isLeafType(getNamedType(a.type)) && getNamedType(a.type).name === 'ResidentDimension' ? 'GENDER' : '"x"'}`).join(', ')})` : '';
            const named = getNamedType(f.type);
            const sel = isLeafType(named) ? '' : ' { __typename }';
            const { query, variables } = rootRequest('query', field as never, values, ` ${wrap(`${f.name}${call}${sel}`)}`);
            const r = await send(t.url, caller, query, variables);
            checked++;
            const open = partnerMayResolve([scope], type.name, f.name);
            const codes = r.errors.map((e) => e.extensions?.code);
            const where = `${scope}: ${op.name} … ${type.name}.${f.name}`;
            if (open && r.errors.length) problems.push(`${where}: expected visible, got ${JSON.stringify(r.errors).slice(0, 200)}`);
            if (!open && !codes.includes('FORBIDDEN')) problems.push(`${where}: expected FORBIDDEN, got ${r.text.slice(0, 200)}`);
            if (open && isObjectType(named)) await walk(named, (inner) => wrap(`${f.name}${call} { ${inner} }`), depth + 1);
          }
        };
        const ret = getNamedType(field.type);
        if (isObjectType(ret)) await walk(ret, (inner) => `{ ${inner} }`, 0);
      }
    }
    console.log(`access matrix: ${checked} partner field checks (type.field × scope)`);
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('_entities: an API key resolves an entity type only when its scopes open the single-record query; users resolve every type', async () => {
    const problems: string[] = [];
    let checked = 0;
    const idOf: Record<string, string> = { Community: ids.community, Center: ids.center, Association: ids.association, Resident: ids.resident, Project: ids.project };
    for (const type of Object.keys(referenceResolvers)) {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ${type} { id } } }`;
      for (const c of callers.filter((x) => x.caller !== ANONYMOUS)) {
        const r = await send(t.url, c.caller, query, { r: [{ __typename: type, id: idOf[type] }] });
        checked++;
        const open = c.role ? true : partnerMayResolve([c.scope!], 'Query', entityQueryOf(type));
        const got = r.errors.length ? r.errors[0].extensions?.code : r.data?._entities?.[0]?.id === idOf[type] ? 'resolved' : JSON.stringify(r.data);
        if (got !== (open ? 'resolved' : 'FORBIDDEN')) problems.push(`${type} as ${c.caller.name}: expected ${open ? 'resolved' : 'FORBIDDEN'}, got ${got}`);
      }
    }
    console.log(`access matrix: ${checked} _entities checks (entity type × caller)`);
    expect(problems).toEqual([]);
  });

  it('masks the fields table 2 lists as masked for ANALYST, and shows them to ADMIN and OFFICER', async () => {
    const masked = matrix.types.flatMap((t) => t.masked.map((f) => ({ type: t.type, field: f })));
    expect(masked.map((m) => `${m.type}.${m.field}`).sort()).toEqual(
      expect.arrayContaining(['Association.phone', 'Center.contactPhone', 'ExamCohortMember.idNumber', 'Resident.idNumber', 'Resident.phone']),
    );
    const queries = rootFields(schema, 'query');
    for (const m of masked) {
      // a root list whose items are of the type
      const root = queries.find((q) => {
        const ret = getNamedType(q.type);
        return isObjectType(ret) && ret.getFields().items && getNamedType(ret.getFields().items.type).name === m.type;
      })!;
      const values = root.name === 'examCohort' ? { communityId: ids.community, asOf: '2016-06-30' } : {};
      const { query, variables } = rootRequest('query', root as never, values, ` { items { ${m.field} } }`);
      for (const role of ['admin', 'officer', 'analyst'] as const) {
        const r = await send(t.url, bearer(role, t.tokens[role]), query, variables);
        expect(r.errors).toEqual([]);
        const values = (r.data[root.name].items as Record<string, string>[]).map((i) => i[m.field]).filter(Boolean);
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect({ field: `${m.type}.${m.field}`, role, masked: v.includes('*') }).toEqual({ field: `${m.type}.${m.field}`, role, masked: role === 'analyst' });
      }
    }
  });
});
