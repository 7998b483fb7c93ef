import ExcelJS from 'exceljs';
import { GraphQLObjectType, GraphQLSchema, getNamedType, isObjectType, isUnionType } from 'graphql';
import { makeIdNumber, maskIdNumber, maskPhone } from '../src/common/id-number';
import { buildAppSchema } from '../src/schema';
import { partnerMayResolve } from '../src/modules/security/partner-access';
import { referenceResolvers } from '../src/reference-resolvers';
import { AccessMatrix, SCOPE_NAMES, buildAccessMatrix } from '../src/tools/access-matrix';
import { TestApp, startTestApp } from './util';
import { Caller, Raw, apiKey, bearer, deepSelection, internals, pool, requiredArgs, rootFields, send } from './schema-walk';

jest.setTimeout(60_000);

/**
 * Personal data never leaves unmasked to a role without access to it (security issue point 7): residents,
 * a center and an association carry unique marker ID numbers and phones; every query operation each
 * non-admin caller can reach (ANALYST, an API key per scope) is run with every scalar field reachable to
 * depth 3, plus the exports and error-producing requests, and every raw response body is scanned for the
 * markers' unmasked forms (the whole value, or the part that masking hides).
 */
describe('personal data leaks', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let matrix: AccessMatrix;
  const ids: Record<string, string> = {};
  const keys: Record<string, string> = {};

  // markers: an unusual region code and phone block that nothing else in the database uses
  const RESIDENTS = [
    { name: '标记居民甲', birthDate: '1938-04-17', gender: 'FEMALE' as const, phone: '13987654321', hardship: true },
    { name: '标记居民乙', birthDate: '1951-11-02', gender: 'MALE' as const, phone: '13987654322', householdRegistered: false },
    { name: '标记居民丙', birthDate: '1916-02-29', gender: 'MALE' as const, phone: '13987654323' },
  ].map((r, i) => ({ ...r, idNumber: makeIdNumber('659004', r.birthDate, 700 + 2 * i, r.gender) }));
  const CENTER_PHONE = '13987650001';
  const ASSOCIATION_PHONE = '13987650002';

  /** Every unmasked form to look for: the value and the part its mask hides. */
  const MARKERS: { label: string; text: string }[] = [
    ...RESIDENTS.flatMap((r) => [
      { label: `ID number of ${r.name}`, text: r.idNumber },
      { label: `masked middle of ${r.name}'s ID number`, text: r.idNumber.slice(3, 14) },
      { label: `phone of ${r.name}`, text: r.phone },
      { label: `masked part of ${r.name}'s phone`, text: r.phone.slice(0, 7) },
    ]),
    { label: 'center contact phone', text: CENTER_PHONE },
    { label: 'association phone', text: ASSOCIATION_PHONE },
    { label: 'masked part of the center/association phones', text: CENTER_PHONE.slice(0, 7) },
  ];
  const scanned = { bodies: 0, operations: 0 };
  const leaks: string[] = [];

  /** Records a leak for every marker in `text` (a response body, an error, an export). */
  function scan(where: string, text: string, sdl = false) {
    scanned.bodies++;
    for (const m of MARKERS) if (text.includes(m.text)) leaks.push(`${where}: ${m.label} (${m.text}) in …${text.slice(Math.max(0, text.indexOf(m.text) - 80), text.indexOf(m.text) + 40)}…`);
    // (the SDL of _service is documentation: it names CREATE, UPDATE, DELETE … actions)
    const inner = sdl ? null : internals(text);
    if (inner) leaks.push(`${where}: server internals in the body: ${inner}`);
  }

  beforeAll(async () => {
    t = await startTestApp({ config: { limits: { rateLimitPerMinute: 0 } } });
    schema = await buildAppSchema();
    matrix = await buildAccessMatrix(schema);
    const gql = async (q: string, v: Record<string, unknown> = {}, token = t.tokens.officer) => {
      const r = await t.gql(q, v, token);
      if (r.errors) throw new Error(`${q}: ${JSON.stringify(r.errors)}`);
      return Object.values(r.data)[0] as any;
    };
    ids.street = (await gql(`mutation($i: CreateStreetInput!) { createStreet(input: $i) { id } }`, { i: { name: '标记街道' } })).id;
    ids.community = (await gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: '标记社区', streetId: ids.street } })).id;
    ids.association = (await gql(`mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id } }`, {
      i: { name: '标记社区老年协会', level: 'COMMUNITY', streetId: ids.street, communityId: ids.community, presidentName: '会长', phone: ASSOCIATION_PHONE },
    })).id;
    ids.center = (await gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, {
      i: { code: 'XG-BJ-001', name: '标记星光老年之家', communityId: ids.community, floorArea: 320, plaqueDate: '2010-05-01', elderlyCount: 1200, disabledCount: 60, serviceScore: 90, contactName: '联系人', contactPhone: CENTER_PHONE, associationId: ids.association },
    })).id;
    ids.center2 = (await gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, {
      i: { code: 'XG-BJ-002', name: '标记星光老年之家二', communityId: ids.community, floorArea: 120, plaqueDate: '2013-05-01', elderlyCount: 300, disabledCount: 5, serviceScore: 40 },
    })).id;
    const residentIds: string[] = [];
    for (const r of RESIDENTS) {
      const { name, birthDate, gender, phone, idNumber, ...rest } = r;
      const c = await gql(`mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`, {
        i: { name, birthDate, gender, phone, idNumber, communityId: ids.community, associationId: ids.association, ...rest },
      });
      residentIds.push(c.id);
    }
    ids.resident = residentIds[0];
    ids.exam = (await gql(`mutation($i: CreateHealthExamInput!) { createHealthExam(input: $i) { id } }`, { i: { residentId: residentIds[0], scheduledOn: '2016-05-20', provider: '标记医院' } })).id;
    await gql(`mutation($i: CreateHealthExamInput!) { createHealthExam(input: $i) { id } }`, { i: { residentId: residentIds[0], scheduledOn: `${new Date().getUTCFullYear()}-01-02`, provider: '标记医院' } });
    ids.visit = (await gql(`mutation($i: CreateVisitInput!) { createVisit(input: $i) { id } }`, { i: { visitedOn: '2016-02-01', occasion: 'CENTENARIAN_BIRTHDAY', residentId: residentIds[2], centerId: ids.center, cash: '1000.00', goods: '寿糕', visitingUnit: '区老龄办' } })).id;
    ids.project = (await gql(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, { i: { name: '标记项目', category: 'DAY_CARE_CENTER', totalInvestment: '500000.00' } })).id;
    ids.projectProgress = (await gql(`mutation($i: CreateProjectProgressInput!) { createProjectProgress(input: $i) { id } }`, { i: { projectId: ids.project, reportedOn: '2016-03-01', percent: 20, note: '进展' } })).id;
    ids.ratingRound = (await gql(`mutation($i: CreateRatingRoundInput!) { createRatingRound(input: $i) { id } }`, { i: { name: '标记评定', assessedOn: '2016-06-30' } })).id;
    await gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: ids.ratingRound });
    await gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: ids.ratingRound });
    ids.rectification = (await gql(`{ rectifications { items { id } } }`)).items[0]?.id ?? '999999';
    ids.subsidyRound = (await gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: '标记资助', fiscalYear: 2016, budget: '200000', ratingRoundId: ids.ratingRound } })).id;
    await gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, { id: ids.subsidyRound });
    await gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { id } }`, { id: ids.subsidyRound }, t.tokens.admin);
    ids.user = (await gql(`{ me { id } }`, {}, t.tokens.analyst)).id;
    for (const scope of SCOPE_NAMES) keys[scope] = (await gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, { i: { name: `leak ${scope}`, scopes: [scope] } }, t.tokens.admin)).key;
  });
  afterAll(() => t?.close());

  /** Real values for the root arguments the operations need (ids of the marker records). */
  function rootArgs(field: { name: string; args: readonly { name: string }[] }, returnType: string): Record<string, unknown> | null {
    const out: Record<string, unknown> = {};
    const byType: Record<string, string> = {
      User: ids.user, Street: ids.street, Community: ids.community, Center: ids.center, Association: ids.association, Resident: ids.resident, HealthExam: ids.exam,
      Visit: ids.visit, Project: ids.project, ProjectProgress: ids.projectProgress, RatingRound: ids.ratingRound, Rectification: ids.rectification, SubsidyRound: ids.subsidyRound,
    };
    const values: Record<string, unknown> = {
      id: byType[returnType], communityId: ids.community, assessedOn: '2016-06-30', fromId: ids.ratingRound, toId: ids.ratingRound,
      input: { budget: '200000', ratingRoundId: ids.ratingRound, mode: 'WEIGHTED' },
      representations: [
        ...Object.keys(referenceResolvers).map((type) => ({ __typename: type, id: { Community: ids.community, Center: ids.center, Association: ids.association, Resident: ids.resident, Project: ids.project }[type] })),
        ...RESIDENTS.slice(1).map((_, i) => ({ __typename: 'Resident', id: String(Number(ids.resident) + i + 1) })),
      ],
    };
    for (const a of requiredArgs(field as never)) {
      if (values[a.name] === undefined) return null;
      out[a.name] = values[a.name];
    }
    if (field.args.some((a) => a.name === 'take')) out.take = 20;
    return out;
  }

  /**
   * `query { op(args) { every scalar to depth 3 } }` for one caller (several for `_entities`: one per entity type,
   * as fragments of one union would need aliases beyond the alias limit), or [] when its arguments cannot be filled.
   */
  function deepQueries(opName: string, allow: (type: string, field: string) => boolean): { label: string; query: string; variables: Record<string, unknown> }[] {
    const field = schema.getQueryType()!.getFields()[opName];
    const ret = getNamedType(field.type);
    const args = rootArgs(field, ret.name);
    if (!args) return [];
    const fieldArgs = { dimension: 'GENDER' };
    const build = (a: Record<string, unknown>, selection: string) => {
      const names = Object.keys(a);
      const defs = names.length ? `(${names.map((x) => `$${x}: ${field.args.find((y) => y.name === x)!.type}`).join(', ')})` : '';
      const call = names.length ? `(${names.map((x) => `${x}: $${x}`).join(', ')})` : '';
      return { query: `query Leak${defs} { ${opName}${call} ${selection} }`, variables: a };
    };
    if (isUnionType(ret)) {
      // _entities: each entity type on its own, all its marker records
      const reps = args.representations as { __typename: string }[];
      return ret.getTypes().map((m) => ({
        label: `${opName}(${m.name})`,
        ...build({ ...args, representations: reps.filter((r) => r.__typename === m.name) }, `{ __typename ... on ${m.name} ${deepSelection(m, 3, allow, fieldArgs) || '{ __typename }'} }`),
      }));
    }
    if (!isObjectType(ret)) return [{ label: opName, ...build(args, '') }];
    // a page type (items, totalItems) is a wrapper, not a level
    const depth = ret.getFields().items ? 4 : 3;
    return [{ label: opName, ...build(args, deepSelection(ret as GraphQLObjectType, depth, allow, fieldArgs) || '{ __typename }') }];
  }

  it('every query operation a non-admin caller can reach, every scalar to depth 3: no unmasked ID number or phone', async () => {
    const callers: { caller: Caller; role?: 'ANALYST'; scope?: string; allow: (type: string, field: string) => boolean }[] = [
      { caller: bearer('analyst', t.tokens.analyst), role: 'ANALYST', allow: () => true },
      ...SCOPE_NAMES.map((scope) => ({ caller: apiKey(`key:${scope}`, keys[scope]), scope, allow: (type: string, f: string) => partnerMayResolve([scope], type, f) })),
    ];
    const runs: { caller: Caller; op: string; label: string; query: string; variables: Record<string, unknown> }[] = [];
    const skipped: string[] = [];
    for (const c of callers) {
      for (const op of matrix.operations.filter((o) => o.kind === 'Query' && (c.role ? o.roles.ANALYST : o.scopes.includes(c.scope as never)))) {
        const qs = deepQueries(op.name, c.allow);
        for (const q of qs) runs.push({ caller: c.caller, op: op.name, ...q });
        if (!qs.length) skipped.push(`${op.name} as ${c.caller.name}`);
      }
    }
    const errors: string[] = [];
    const results = await pool(runs, 6, async (r) => {
      const res = await send(t.url, r.caller, r.query, r.variables);
      scan(`${r.label} as ${r.caller.name}`, res.text, r.op === '_service');
      scanned.operations++;
      // the deep selections only ask for what the caller may see: no error but a partner's _entities refusal
      for (const e of res.errors) if (!(r.op === '_entities' && e.extensions?.code === 'FORBIDDEN')) errors.push(`${r.label} as ${r.caller.name}: ${e.extensions?.code} ${e.message}`);
      return { r, res };
    });
    // the queries reached the marker records: their masked forms are there
    const all = results.filter((x) => x.r.caller.name === 'analyst').map((x) => x.res.text).join('\n');
    for (const r of RESIDENTS) {
      expect(all).toContain(maskIdNumber(r.idNumber));
      expect(all).toContain(maskPhone(r.phone));
    }
    expect(all).toContain(maskPhone(CENTER_PHONE));
    expect(all).toContain(maskPhone(ASSOCIATION_PHONE));
    const examKeys = results.filter((x) => x.r.caller.name === 'key:exams:read').map((x) => x.res.text).join('\n');
    expect(examKeys).toContain(maskIdNumber(RESIDENTS[0].idNumber));
    const pairs = new Set(runs.map((r) => `${r.op} ${r.caller.name}`)).size;
    console.log(
      `leak: ${pairs} query operations × roles scanned (${runs.length} requests over ${callers.length} callers: ${callers.map((c) => c.caller.name).join(', ')})` +
        (skipped.length ? `; skipped (arguments not fillable): ${skipped.join(', ')}` : ''),
    );
    expect(errors).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it('the same deep queries as ADMIN do carry the markers (so the scan above can see them)', async () => {
    const admin = bearer('admin', t.tokens.admin);
    const texts: string[] = [];
    for (const op of ['residents', 'centers', 'associations', 'examCohort', 'healthExams']) {
      const [q] = deepQueries(op, () => true);
      texts.push((await send(t.url, admin, q.query, q.variables)).text);
    }
    const all = texts.join('\n');
    for (const r of RESIDENTS.filter((x) => !x.householdRegistered)) expect(all).toContain(r.idNumber);
    for (const m of [RESIDENTS[0].idNumber, RESIDENTS[0].phone, CENTER_PHONE, ASSOCIATION_PHONE]) expect(all).toContain(m);
  });

  it('exports (CSV and XLSX) as ANALYST, and refused export requests: no unmasked personal data', async () => {
    const paths = [`/export/rating-rounds/${ids.ratingRound}/ratings`, `/export/subsidy-rounds/${ids.subsidyRound}/allocations`];
    const requests: { where: string; path: string; headers: Record<string, string>; status: number }[] = [];
    for (const p of paths) {
      for (const format of ['csv', 'xlsx']) requests.push({ where: `GET ${p}.${format} as analyst`, path: `${p}.${format}`, headers: { authorization: `Bearer ${t.tokens.analyst}` }, status: 200 });
      requests.push({ where: `GET ${p}.pdf as analyst`, path: `${p}.pdf`, headers: { authorization: `Bearer ${t.tokens.analyst}` }, status: 400 });
      requests.push({ where: `GET ${p}.csv with an API key`, path: `${p}.csv`, headers: { 'x-api-key': keys['exams:read'] }, status: 403 }); // a good key, refused: partners may not export round results
      requests.push({ where: `GET ${p}.csv anonymous`, path: `${p}.csv`, headers: {}, status: 401 });
    }
    requests.push({ where: 'GET export of a missing round', path: '/export/rating-rounds/999999/ratings.csv', headers: { authorization: `Bearer ${t.tokens.analyst}` }, status: 404 });
    requests.push({ where: 'GET export with a bad id', path: `/export/rating-rounds/${encodeURIComponent(RESIDENTS[0].idNumber)}/ratings.csv`, headers: { authorization: `Bearer ${t.tokens.analyst}` }, status: 400 });
    for (const r of requests) {
      const res = await fetch(`${t.url}${r.path}`, { headers: r.headers });
      const buf = Buffer.from(await res.arrayBuffer());
      expect({ where: r.where, status: res.status }).toEqual({ where: r.where, status: r.status });
      let text = buf.toString('utf8');
      if (r.path.endsWith('.xlsx') && res.status === 200) {
        // XLSX is a zip: scan the cell values, not the compressed bytes
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buf as never);
        const cells: string[] = [];
        wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? cell.value)))));
        expect(cells.length).toBeGreaterThan(10);
        text = cells.join('\t');
      }
      if (r.where === 'GET export with a bad id') {
        // the id in the path is echoed back (the caller's own input), never completed from the database
        text = text.split(RESIDENTS[0].idNumber.slice(0, 40)).join('');
      }
      scan(r.where, text);
      scanned.operations++;
    }
    console.log(`leak: ${requests.length} export requests scanned`);
    expect(leaks).toEqual([]);
  });

  it('error-producing requests do not echo personal data: FORBIDDEN writes, duplicate-ID CONFLICT, ID-number search by roles that see it masked', async () => {
    const analyst = bearer('analyst', t.tokens.analyst);
    const officer = bearer('officer', t.tokens.officer);
    const m = RESIDENTS[0];
    const create = `mutation($i: CreateResidentInput!) { createResident(input: $i) { id idNumber phone } }`;
    const input = { name: '重复', gender: m.gender, idNumber: m.idNumber, birthDate: m.birthDate, communityId: ids.community, phone: m.phone };
    const runs: { where: string; caller: Caller; query: string; variables?: Record<string, unknown>; code: string | null; then?: (r: Raw) => void }[] = [
      { where: 'createResident as analyst with a marker ID', caller: analyst, query: create, variables: { i: input }, code: 'FORBIDDEN' },
      { where: 'createResident as exams:write key with a marker ID', caller: apiKey('key:exams:write', keys['exams:write']), query: create, variables: { i: input }, code: 'FORBIDDEN' },
      { where: 'createResident as officer with a duplicate ID (CONFLICT)', caller: officer, query: create, variables: { i: input }, code: 'CONFLICT' },
      { where: 'createResident as officer, duplicate ID in lowercase/full-width form', caller: officer, query: create, variables: { i: { ...input, idNumber: ` ${m.idNumber.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} ` } }, code: 'CONFLICT' },
      {
        where: 'updateResident as officer to another resident\'s ID (CONFLICT)', caller: officer,
        query: `mutation($i: UpdateResidentInput!) { updateResident(input: $i) { id idNumber } }`,
        variables: { i: { id: String(Number(ids.resident) + 1), version: 1, idNumber: m.idNumber, birthDate: m.birthDate } }, code: 'CONFLICT',
      },
      {
        where: 'createAssociation as analyst with the marker phone', caller: analyst, query: `mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id phone } }`,
        variables: { i: { name: 'x', level: 'STREET', streetId: ids.street, phone: ASSOCIATION_PHONE } }, code: 'FORBIDDEN',
      },
      ...[m.idNumber, m.idNumber.slice(0, 12), m.idNumber.slice(0, 6), m.phone].map((q) => ({
        where: `residents(q: ${q.length} characters of a marker) as analyst`, caller: analyst, query: `query($q: String) { residents(filter: { q: $q }) { totalItems items { idNumber } } }`, variables: { q }, code: null,
        // an analyst cannot use the ID number (or phone) as a search key: it would confirm a number's owner
        then: (r: Raw) => expect({ q, found: r.data.residents.totalItems }).toEqual({ q, found: 0 }),
      })),
      ...(schema.getQueryType()!.getFields().residentsAfter
        ? [{
          where: 'residentsAfter(q: marker ID) as exams:read key', caller: apiKey('key:exams:read', keys['exams:read']), query: `query($q: String) { residentsAfter(filter: { q: $q }) { items { id } } }`, variables: { q: m.idNumber }, code: null,
          then: (r: Raw) => expect(r.data.residentsAfter.items).toEqual([]),
        }]
        : []),
      {
        where: 'resident(id) with a bad id built from the marker, as analyst', caller: analyst, query: `query($id: ID!) { resident(id: $id) { id } }`, variables: { id: `${m.idNumber}` }, code: 'BAD_USER_INPUT',
      },
    ];
    for (const r of runs) {
      const res = await send(t.url, r.caller, r.query, r.variables);
      expect({ where: r.where, code: res.errors[0]?.extensions?.code ?? null }).toEqual({ where: r.where, code: r.code });
      r.then?.(res);
      // the caller's own input may come back in a BAD_USER_INPUT message (first 40 characters); nothing else may
      const text = r.code === 'BAD_USER_INPUT' ? res.text.split(String((r.variables as any).id)).join('') : res.text;
      scan(r.where, text);
      scanned.operations++;
    }
    console.log(`leak: ${runs.length} error-producing requests scanned; ${scanned.operations} operations × roles and ${scanned.bodies} bodies scanned in all`);
    expect(leaks).toEqual([]);
  });
});
