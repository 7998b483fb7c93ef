import { startTestApp, TestApp, expectError } from './util';
import { makeIdNumber, maskIdNumber } from '../src/common/id-number';
import { ageOn, isCentenarian, isFreeExamEligible } from '../src/common/resident-rules';
import { todayInChina } from '../src/common/dates';
import { HealthExam, ExamStatus } from '../src/modules/exam/health-exam.entity';
import { Visit, VisitOccasion } from '../src/modules/visit/visit.entity';

type Gender = 'MALE' | 'FEMALE';
const REGION = '440304';
/** A valid ID number for a birth date (seq picks the sequence code, so several per date are possible). */
const idFor = (birthDate: string, seq = 1, gender: Gender = 'MALE') => makeIdNumber(REGION, birthDate, seq, gender);
/** A valid ID number whose check character is X. */
function idWithX(birthDate: string, gender: Gender = 'FEMALE'): string {
  for (let seq = 0; seq < 1000; seq++) {
    const id = makeIdNumber(REGION, birthDate, seq, gender);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X check character found');
}
/** Replaces the check character by a wrong one. */
const badCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const FIELDS = `id name gender idNumber birthDate phone version householdRegistered hasEmployer hardship disabled residence deceasedOn
  communityId associationId community { id name } street { id name } association { id name }`;

// a real server and database per suite: generous timeouts for a loaded machine
jest.setTimeout(60_000);

describe('residents', () => {
  let t: TestApp;
  let s1: string;
  let s2: string;
  let c1: string; // 百仕达社区 (s1)
  let c2: string; // 翠竹社区 (s1)
  let c3: string; // 湖贝社区 (s2)
  let assoc: string;
  let seq = 100;

  const officer = () => t.tokens.officer;
  const input = (over: Record<string, unknown> = {}) => {
    const birthDate = (over.birthDate as string) ?? '1950-06-15';
    const gender = (over.gender as Gender) ?? 'MALE';
    return { name: '王建国', gender, birthDate, idNumber: idFor(birthDate, (seq += 2), gender), communityId: c1, ...over };
  };
  const create = (i: Record<string, unknown>, token: string | null = t.tokens.officer, fields = FIELDS) =>
    t.gql(`mutation($i: CreateResidentInput!) { createResident(input: $i) { ${fields} } }`, { i }, token);
  const mustCreate = async (i: Record<string, unknown>, fields = 'id version') => {
    const r = await create(i, t.tokens.officer, fields);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.createResident;
  };
  const update = (i: Record<string, unknown>, token: string | null = t.tokens.officer, fields = FIELDS) =>
    t.gql(`mutation($i: UpdateResidentInput!) { updateResident(input: $i) { ${fields} } }`, { i }, token);
  const get = async (id: string, fields = FIELDS, token = t.tokens.officer) =>
    (await t.gql(`query($id: ID!) { resident(id: $id) { ${fields} } }`, { id }, token)).data.resident;
  const count = async () => (await t.gql(`{ residents { totalItems } }`, {}, t.tokens.officer)).data.residents.totalItems;
  const LIST = `query($f: ResidentFilter, $s: [ResidentSort!], $skip: Int, $take: Int) {
    residents(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems items { id name } } }`;
  const list = async (vars: Record<string, unknown>, token = t.tokens.analyst) => {
    const r = await t.gql(LIST, { take: 500, ...vars }, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.residents as { totalItems: number; items: { id: string; name: string }[] };
  };
  const names = async (vars: Record<string, unknown>, token = t.tokens.analyst) => (await list(vars, token)).items.map((r) => r.name);

  const street = async (name: string) =>
    (await t.gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: name }, officer())).data.createStreet.id as string;
  const community = async (name: string, streetId: string) =>
    (await t.gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name, streetId } }, officer())).data.createCommunity
      .id as string;

  beforeAll(async () => {
    t = await startTestApp();
    s1 = await street('翠竹街道');
    s2 = await street('东门街道');
    c1 = await community('百仕达社区', s1);
    c2 = await community('翠竹社区', s1);
    c3 = await community('湖贝社区', s2);
    const a = await t.gql(
      `mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id } }`,
      { i: { name: '百仕达社区老年人协会', level: 'COMMUNITY', streetId: s1, communityId: c1 } },
      officer(),
    );
    assoc = a.data.createAssociation.id;
  });
  afterAll(() => t.close());

  it('refuses anonymous requests and analyst writes', async () => {
    expectError(await t.gql(`{ residents { totalItems } }`), 'UNAUTHENTICATED');
    expectError(await t.gql(`{ resident(id: "1") { id } }`), 'UNAUTHENTICATED');
    expectError(await create(input(), null), 'UNAUTHENTICATED');
    const before = await count();
    expectError(await create(input(), t.tokens.analyst), 'FORBIDDEN');
    expect(await count()).toBe(before);
    const { id } = await mustCreate(input({ name: '权限测试' }));
    expectError(await update({ id, version: 1, name: '改名' }, t.tokens.analyst), 'FORBIDDEN');
    expectError(await update({ id, version: 1, name: '改名' }, null), 'UNAUTHENTICATED');
    expectError(await t.gql(`mutation($id: ID!) { deleteResident(id: $id, version: 1) }`, { id }, t.tokens.analyst), 'FORBIDDEN');
    expect(await get(id, 'name version')).toEqual({ name: '权限测试', version: 1 });
    expect((await t.gql(`mutation($id: ID!) { deleteResident(id: $id, version: 1) }`, { id }, t.tokens.admin)).data.deleteResident).toBe(id);
  });

  it('creates a resident (ID normalised to an uppercase X) and reads it back with its relations', async () => {
    const idNumber = idWithX('1946-10-01');
    const r = await create({
      name: ' 李秀兰 ', gender: 'FEMALE', idNumber: ` ${idNumber.toLowerCase()} `, birthDate: '1946-10-01', phone: '13800138000', communityId: c1,
      householdRegistered: false, hasEmployer: true, hardship: true, disabled: true, residence: 'WELFARE_CENTER', associationId: assoc,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createResident).toEqual({
      id: expect.any(String), name: '李秀兰', gender: 'FEMALE', idNumber, birthDate: '1946-10-01', phone: '13800138000', version: 1,
      householdRegistered: false, hasEmployer: true, hardship: true, disabled: true, residence: 'WELFARE_CENTER', deceasedOn: null,
      communityId: c1, associationId: assoc, community: { id: c1, name: '百仕达社区' }, street: { id: s1, name: '翠竹街道' },
      association: { id: assoc, name: '百仕达社区老年人协会' },
    });
    expect(idNumber.endsWith('X')).toBe(true);
    // defaults
    const d = await mustCreate(input({ name: '默认值' }), 'householdRegistered hasEmployer hardship disabled residence phone associationId association { id } deceasedOn');
    expect(d).toEqual({ householdRegistered: true, hasEmployer: false, hardship: false, disabled: false, residence: 'HOME', phone: null, associationId: null, association: null, deceasedOn: null });
    // full-width digits are accepted too
    const fw = idFor('1948-08-08', 7);
    const wide = fw.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const w = await create(input({ name: '全角', birthDate: '1948-08-08', idNumber: wide }), officer(), 'idNumber');
    expect(w.data.createResident.idNumber).toBe(fw);
    expect((await t.gql(`{ resident(id: "987654") { id } }`, {}, t.tokens.analyst)).data.resident).toBeNull();
  });

  it('rejects invalid input with BAD_USER_INPUT on the field, with a message saying why, and changes nothing', async () => {
    const before = await count();
    const good = idFor('1950-06-15', 900);
    const cases: [Record<string, unknown>, string, RegExp?][] = [
      [{ idNumber: badCheck(good) }, 'idNumber', /check character should be/],
      [{ idNumber: idFor('1950-06-16', 901) }, 'idNumber', /birth date in the ID number is 1950-06-16, but birthDate is 1950-06-15/],
      [{ idNumber: good.slice(0, 17) }, 'idNumber', /18 characters/],
      [{ idNumber: `${good}1` }, 'idNumber', /18 characters/],
      [{ idNumber: '44030419501315001X' }, 'idNumber', /not a real date/],
      [{ idNumber: 'ABCDEFGHIJKLMNOPQR' }, 'idNumber'],
      [{ idNumber: '' }, 'idNumber'],
      [{ birthDate: '2999-01-01', idNumber: idFor('2999-01-01') }, 'birthDate', /future/],
      [{ birthDate: '1950-02-30' }, 'birthDate'],
      [{ deceasedOn: '1950-06-14' }, 'deceasedOn', /before birthDate/],
      [{ deceasedOn: '2999-01-01' }, 'deceasedOn', /future/],
      [{ communityId: '424242' }, 'communityId', /does not exist/],
      [{ communityId: 'abc' }, 'communityId'],
      [{ associationId: '424242' }, 'associationId', /does not exist/],
      [{ associationId: '0' }, 'associationId'],
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: '名'.repeat(51) }, 'name'],
      [{ phone: 'call me' }, 'phone'],
      [{ gender: 'OTHER' }, 'gender'],
      [{ residence: 'HOTEL' }, 'residence'],
    ];
    for (const [over, field, msg] of cases) {
      const r = await create({ name: '校验', gender: 'MALE', birthDate: '1950-06-15', idNumber: good, communityId: c1, ...over }, officer(), 'id');
      const e = expectError(r, 'BAD_USER_INPUT', field);
      if (msg) expect(e.message).toMatch(msg);
      expect(e.message).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    }
    // the reason is machine-readable too
    const reason = expectError(await create({ ...input(), idNumber: badCheck(good), birthDate: '1950-06-15' }, officer(), 'id'), 'BAD_USER_INPUT', 'idNumber');
    expect(reason.extensions?.reason).toBe('CHECK_CHAR');
    expect(await count()).toBe(before);
    // the same base with the good ID is accepted; then it is a duplicate (also typed with spaces / lowercase)
    expect((await create({ name: '校验', gender: 'MALE', birthDate: '1950-06-15', idNumber: good, communityId: c1, deceasedOn: '1950-06-15' }, officer(), 'id')).errors).toBeUndefined();
    const dup = await create({ name: '重复', gender: 'MALE', birthDate: '1950-06-15', idNumber: ` ${good.toLowerCase()}`, communityId: c2 }, officer(), 'id');
    const e = expectError(dup, 'CONFLICT', 'idNumber');
    expect(e.message).toMatch(/already has this ID number/);
    const x = idWithX('1944-04-04');
    await mustCreate(input({ birthDate: '1944-04-04', idNumber: x, gender: 'FEMALE' }));
    expectError(await create(input({ birthDate: '1944-04-04', idNumber: x.toLowerCase(), gender: 'FEMALE' }), officer(), 'id'), 'CONFLICT', 'idNumber');
    expect(await count()).toBe(before + 2);
  });

  it('turns a concurrent duplicate into CONFLICT on idNumber (the unique index backs the pre-check)', async () => {
    const before = await count();
    const idNumber = idFor('1939-09-09', 321);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => create({ name: `并发${i}`, gender: 'MALE', birthDate: '1939-09-09', idNumber, communityId: c1 }, officer(), 'id')),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      const e = expectError(r, 'CONFLICT');
      if (!e.extensions?.retryable) expect(e.extensions?.field).toBe('idNumber');
    }
    expect(await count()).toBe(before + 1);
  });

  it('patches, validating the merged record; a stale version is CONFLICT and writes nothing', async () => {
    const birth = '1952-03-10';
    const idNumber = idFor(birth, 500);
    const { id } = await mustCreate({ name: '周国强', gender: 'MALE', birthDate: birth, idNumber, communityId: c1, phone: '13900000000', associationId: assoc });
    const snapshot = await get(id);

    // changing only the birth date no longer matches the stored ID number
    const e1 = expectError(await update({ id, version: 1, birthDate: '1952-03-11' }), 'BAD_USER_INPUT', 'idNumber');
    expect(e1.message).toMatch(/1952-03-10.*1952-03-11/);
    // changing only the ID number to another birth date
    expectError(await update({ id, version: 1, idNumber: idFor('1952-03-11', 500) }), 'BAD_USER_INPUT', 'idNumber');
    expectError(await update({ id, version: 1, idNumber: badCheck(idNumber) }), 'BAD_USER_INPUT', 'idNumber');
    expectError(await update({ id, version: 1, deceasedOn: '1952-03-09' }), 'BAD_USER_INPUT', 'deceasedOn');
    expectError(await update({ id, version: 1, deceasedOn: '2999-03-09' }), 'BAD_USER_INPUT', 'deceasedOn');
    expectError(await update({ id, version: 1, birthDate: '2999-03-10', idNumber: idFor('2999-03-10', 500) }), 'BAD_USER_INPUT', 'birthDate');
    expectError(await update({ id, version: 1, communityId: '424242' }), 'BAD_USER_INPUT', 'communityId');
    expectError(await update({ id, version: 1, associationId: '424242' }), 'BAD_USER_INPUT', 'associationId');
    for (const k of ['name', 'gender', 'idNumber', 'birthDate', 'communityId', 'householdRegistered', 'hasEmployer', 'hardship', 'disabled', 'residence']) {
      expectError(await update({ id, version: 1, [k]: null }), 'BAD_USER_INPUT', k);
    }
    // another resident's ID number
    const other = idFor('1960-01-01', 501);
    await mustCreate(input({ birthDate: '1960-01-01', idNumber: other }));
    expectError(await update({ id, version: 1, birthDate: '1960-01-01', idNumber: other }), 'CONFLICT', 'idNumber');
    expect(await get(id)).toEqual(snapshot);

    // birth date and ID number corrected together
    const fixed = idWithX('1952-03-11', 'MALE');
    const u = await update({ id, version: 1, birthDate: '1952-03-11', idNumber: fixed.toLowerCase(), communityId: c3 });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateResident).toMatchObject({ version: 2, birthDate: '1952-03-11', idNumber: fixed, community: { name: '湖贝社区' }, street: { name: '东门街道' } });
    // re-sending its own ID number is no duplicate; nulls clear the optional fields
    const u2 = await update({ id, version: 2, idNumber: fixed, phone: null, associationId: null, deceasedOn: '2016-01-01', hardship: true });
    expect(u2.errors).toBeUndefined();
    expect(u2.data.updateResident).toMatchObject({ version: 3, phone: null, associationId: null, association: null, deceasedOn: '2016-01-01', hardship: true });
    const u3 = await update({ id, version: 3, deceasedOn: null });
    expect(u3.data.updateResident).toMatchObject({ version: 4, deceasedOn: null });

    const stale = expectError(await update({ id, version: 3, name: '过期' }), 'CONFLICT');
    expect(stale.extensions?.currentVersion).toBe(4);
    expect(await get(id, 'name version')).toEqual({ name: '周国强', version: 4 });
    expectError(await update({ id: '999999', version: 1, name: 'x' }), 'NOT_FOUND');
    expectError(await update({ id: 'x', version: 1, name: 'x' }), 'BAD_USER_INPUT', 'id');
  });

  it('masks ID numbers and phones for analysts; only ADMIN/OFFICER can search by ID number', async () => {
    const idNumber = idWithX('1941-12-03');
    const { id } = await mustCreate({ name: '脱敏测试', gender: 'FEMALE', birthDate: '1941-12-03', idNumber, phone: '13612345678', communityId: c2 });
    const masked = maskIdNumber(idNumber);
    expect(masked).toMatch(/^440\*{11}\d{3}X$/);
    expect(await get(id, 'idNumber phone', t.tokens.analyst)).toEqual({ idNumber: masked, phone: '*******5678' });
    expect(await get(id, 'idNumber phone', t.tokens.officer)).toEqual({ idNumber, phone: '13612345678' });
    expect(await get(id, 'idNumber phone', t.tokens.admin)).toEqual({ idNumber, phone: '13612345678' });
    const inList = await t.gql(`query($f: ResidentFilter) { residents(filter: $f) { items { idNumber phone } } }`, { f: { ids: [id] } }, t.tokens.analyst);
    expect(inList.data.residents.items).toEqual([{ idNumber: masked, phone: '*******5678' }]);
    // through the federation entry point as well
    const ent = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { idNumber phone } } }`;
    const reps = { r: [{ __typename: 'Resident', id }] };
    expect((await t.gql(ent, reps, t.tokens.analyst)).data._entities).toEqual([{ idNumber: masked, phone: '*******5678' }]);
    expect((await t.gql(ent, reps, t.tokens.officer)).data._entities).toEqual([{ idNumber, phone: '13612345678' }]);
    // search by ID number: exact, lowercase x, prefix — officers and admins only
    for (const token of [t.tokens.officer, t.tokens.admin]) {
      expect(await names({ f: { q: idNumber } }, token)).toEqual(['脱敏测试']);
      expect(await names({ f: { q: idNumber.toLowerCase() } }, token)).toEqual(['脱敏测试']);
      expect(await names({ f: { q: idNumber.slice(0, 14), communityId: c2 } }, token)).toEqual(['脱敏测试']);
    }
    expect(await names({ f: { q: idNumber } }, t.tokens.analyst)).toEqual([]);
    expect(await names({ f: { q: idNumber.slice(0, 14) } }, t.tokens.analyst)).toEqual([]);
    expect(await names({ f: { q: idNumber.slice(-4) } }, t.tokens.officer)).toEqual([]); // a suffix is no prefix
    expect(await names({ f: { q: '脱敏' } }, t.tokens.analyst)).toEqual(['脱敏测试']);
    // sorting by personal data is not offered
    expectError(await t.gql(LIST, { s: [{ field: 'idNumber', direction: 'ASC' }] }, t.tokens.officer), 'BAD_USER_INPUT');
    expectError(await t.gql(LIST, { s: [{ field: 'phone', direction: 'ASC' }] }, t.tokens.officer), 'BAD_USER_INPUT');
  });

  it('derives age, centenarian and free-exam eligibility as of any date (today by default)', async () => {
    const q = `query($id: ID!, $d: Date) { resident(id: $id) { age(asOf: $d) centenarian(asOf: $d) freeExamEligible(asOf: $d) } }`;
    const at = async (id: string, d?: string) => (await t.gql(q, { id, d }, t.tokens.analyst)).data.resident;
    const leap = (await mustCreate(input({ name: '闰日', birthDate: '1956-02-29' }))).id;
    expect(await at(leap, '2016-02-28')).toEqual({ age: 59, centenarian: false, freeExamEligible: false });
    expect(await at(leap, '2016-02-29')).toEqual({ age: 60, centenarian: false, freeExamEligible: true });
    expect(await at(leap, '2016-03-01')).toEqual({ age: 60, centenarian: false, freeExamEligible: true });
    expect(await at(leap, '2017-02-27')).toEqual({ age: 60, centenarian: false, freeExamEligible: true });
    expect(await at(leap, '2017-02-28')).toEqual({ age: 61, centenarian: false, freeExamEligible: true }); // non-leap year: birthday on 28 Feb
    expect(await at(leap, '1956-02-29')).toEqual({ age: 0, centenarian: false, freeExamEligible: false });
    expect(await at(leap, '1956-02-28')).toEqual({ age: null, centenarian: false, freeExamEligible: false }); // before birth
    expect(await at(leap, '2056-02-28')).toEqual({ age: 99, centenarian: false, freeExamEligible: true });
    expect(await at(leap, '2056-02-29')).toEqual({ age: 100, centenarian: true, freeExamEligible: true });

    const cent = (await mustCreate(input({ name: '百岁', birthDate: '1916-06-30', gender: 'FEMALE' }))).id;
    expect(await at(cent, '2016-06-29')).toEqual({ age: 99, centenarian: false, freeExamEligible: true });
    expect(await at(cent, '2016-06-30')).toEqual({ age: 100, centenarian: true, freeExamEligible: true });

    // died on 2016-06-30: alive on the 29th, not on the 30th
    const dead = (await mustCreate(input({ name: '已故', birthDate: '1930-01-01', deceasedOn: '2016-06-30' }))).id;
    expect(await at(dead, '2016-06-29')).toEqual({ age: 86, centenarian: false, freeExamEligible: true });
    expect(await at(dead, '2016-06-30')).toEqual({ age: 86, centenarian: false, freeExamEligible: false });
    const employed = (await mustCreate(input({ name: '有单位', birthDate: '1930-01-01', hasEmployer: true }))).id;
    expect((await at(employed, '2016-06-30')).freeExamEligible).toBe(false);
    const notRegistered = (await mustCreate(input({ name: '非户籍', birthDate: '1930-01-01', householdRegistered: false }))).id;
    expect((await at(notRegistered, '2016-06-30')).freeExamEligible).toBe(false);

    // today (China) by default
    const today = todayInChina();
    for (const [id, birth] of [[leap, '1956-02-29'], [cent, '1916-06-30']]) {
      expect(await at(id)).toEqual({
        age: ageOn(birth, today), centenarian: isCentenarian(birth, today),
        freeExamEligible: isFreeExamEligible({ birthDate: birth, householdRegistered: true, hasEmployer: false, deceasedOn: null }, today),
      });
    }
    expect((await at(dead)).freeExamEligible).toBe(false);
    expectError(await t.gql(q, { id: leap, d: '2016-02-30' }, t.tokens.analyst), 'BAD_USER_INPUT');
  });

  describe('filters', () => {
    let sf: string;
    let cf1: string;
    let cf2: string;
    let af: string;
    const ids: Record<string, string> = {};
    const D = '2016-06-30';
    // name → [birthDate, extra]
    const people: [string, string, Record<string, unknown>][] = [
      ['A60', '1956-06-30', {}], // 60 on D exactly
      ['B59', '1956-07-01', { gender: 'FEMALE' }], // 60 the day after D
      ['C100', '1916-06-30', { gender: 'FEMALE', residence: 'WELFARE_CENTER' }], // 100 on D exactly
      ['D99', '1916-07-01', { residence: 'OTHER_INSTITUTION' }],
      ['E-unreg', '1950-01-01', { householdRegistered: false }],
      ['F-employer', '1950-01-01', { hasEmployer: true, gender: 'FEMALE' }],
      ['G-diedOnD', '1940-05-05', { deceasedOn: D }],
      ['H-diedAfterD', '1940-05-05', { deceasedOn: '2016-07-01', gender: 'FEMALE' }],
      ['I-leap', '1956-02-29', { hardship: true, disabled: true, residence: 'WELFARE_CENTER', association: true }],
      ['J-young', '1990-01-01', { hardship: true }],
    ];
    const all = people.map((p) => p[0]);
    const except = (...xs: string[]) => all.filter((n) => !xs.includes(n));

    beforeAll(async () => {
      sf = await street('筛选街道');
      cf1 = await community('筛选一社区', sf);
      cf2 = await community('筛选二社区', sf);
      af = (
        await t.gql(`mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id } }`, { i: { name: '筛选协会', level: 'STREET', streetId: sf } }, officer())
      ).data.createAssociation.id;
      for (const [i, [name, birthDate, extra]] of people.entries()) {
        const { association, ...rest } = extra;
        const r = await mustCreate(input({ name, birthDate, communityId: i % 2 ? cf2 : cf1, ...(association ? { associationId: af } : {}), ...rest }));
        ids[name] = r.id;
      }
    });
    const inSf = (f: Record<string, unknown>) => names({ f: { streetId: sf, ...f } });

    it('by place, association, ids and text', async () => {
      expect(await inSf({})).toEqual(all);
      expect(await names({ f: { communityId: cf1 } })).toEqual(all.filter((_, i) => i % 2 === 0));
      expect(await names({ f: { communityId: cf2 } })).toEqual(all.filter((_, i) => i % 2 === 1));
      expect(await names({ f: { streetId: sf, communityId: c1 } })).toEqual([]);
      expect(await names({ f: { associationId: af } })).toEqual(['I-leap']);
      expect(await names({ f: { ids: [ids['D99'], ids['A60']] } })).toEqual(['A60', 'D99']);
      expect(await names({ f: { ids: [] } })).toEqual([]);
      expect(await inSf({ q: 'G-died' })).toEqual(['G-diedOnD']);
      expect(await inSf({ q: 'died' })).toEqual([]); // the start of the name, not any part of it
      expect(await inSf({ q: '%' })).toEqual([]);
      expectError(await t.gql(LIST, { f: { streetId: 'abc' } }, t.tokens.analyst), 'BAD_USER_INPUT', 'filter.streetId');
      expectError(await t.gql(LIST, { f: { associationId: '-1' } }, t.tokens.analyst), 'BAD_USER_INPUT', 'filter.associationId');
      expectError(await t.gql(LIST, { f: { ids: ['x'] } }, t.tokens.analyst), 'BAD_USER_INPUT');
      expectError(await t.gql(LIST, { f: { q: 'x'.repeat(201) } }, t.tokens.analyst), 'BAD_USER_INPUT');
    });

    it('by gender, residence and the yes/no facts', async () => {
      expect(await inSf({ gender: 'FEMALE' })).toEqual(['B59', 'C100', 'F-employer', 'H-diedAfterD']);
      expect(await inSf({ gender: 'MALE' })).toEqual(except('B59', 'C100', 'F-employer', 'H-diedAfterD'));
      expect(await inSf({ residence: ['WELFARE_CENTER'] })).toEqual(['C100', 'I-leap']);
      expect(await inSf({ residence: 'OTHER_INSTITUTION' })).toEqual(['D99']);
      expect(await inSf({ residence: ['OTHER_INSTITUTION', 'WELFARE_CENTER'] })).toEqual(['C100', 'D99', 'I-leap']);
      expect(await inSf({ householdRegistered: false })).toEqual(['E-unreg']);
      expect(await inSf({ householdRegistered: true })).toEqual(except('E-unreg'));
      expect(await inSf({ hasEmployer: true })).toEqual(['F-employer']);
      expect(await inSf({ hasEmployer: false })).toEqual(except('F-employer'));
      expect(await inSf({ hardship: true })).toEqual(['I-leap', 'J-young']);
      expect(await inSf({ hardship: false })).toEqual(except('I-leap', 'J-young'));
      expect(await inSf({ disabled: true })).toEqual(['I-leap']);
      expect(await inSf({ disabled: false })).toEqual(except('I-leap'));
      expect(await inSf({ alive: false })).toEqual(['G-diedOnD', 'H-diedAfterD']);
      expect(await inSf({ alive: true })).toEqual(except('G-diedOnD', 'H-diedAfterD'));
      expect(await inSf({ hardship: true, disabled: true, gender: 'MALE' })).toEqual(['I-leap']);
    });

    it('by age on asOf, exactly at the boundary birthdays (including 29 February)', async () => {
      expect(await inSf({ asOf: D, ageMin: 60 })).toEqual(except('B59', 'J-young'));
      expect(await inSf({ asOf: D, ageMax: 59 })).toEqual(['B59', 'J-young']);
      expect(await inSf({ asOf: D, ageMin: 60, ageMax: 60 })).toEqual(['A60', 'I-leap']);
      expect(await inSf({ asOf: '2016-06-29', ageMin: 60, ageMax: 60 })).toEqual(['I-leap']); // A turns 60 on the 30th
      expect(await inSf({ asOf: '2016-07-01', ageMin: 60, ageMax: 60 })).toEqual(['A60', 'B59', 'I-leap']);
      expect(await inSf({ asOf: D, ageMin: 99, ageMax: 99 })).toEqual(['D99']);
      expect(await inSf({ asOf: D, ageMin: 100 })).toEqual(['C100']);
      expect(await inSf({ asOf: '2016-06-29', ageMin: 100 })).toEqual([]);
      expect(await inSf({ asOf: D, ageMin: 61, ageMax: 60 })).toEqual([]);
      // 29 February: 59 on 2016-02-28, 60 on 2016-02-29; 61 on 2017-02-28 (non-leap), still 60 on 2017-02-27
      const leapOnly = { bornFrom: '1956-01-01', bornTo: '1956-06-01' };
      expect(await inSf({ ...leapOnly, asOf: '2016-02-28', ageMin: 60 })).toEqual([]);
      expect(await inSf({ ...leapOnly, asOf: '2016-02-28', ageMax: 59 })).toEqual(['I-leap']);
      expect(await inSf({ ...leapOnly, asOf: '2016-02-29', ageMin: 60, ageMax: 60 })).toEqual(['I-leap']);
      expect(await inSf({ ...leapOnly, asOf: '2017-02-27', ageMin: 61 })).toEqual([]);
      expect(await inSf({ ...leapOnly, asOf: '2017-02-27', ageMax: 60 })).toEqual(['I-leap']);
      expect(await inSf({ ...leapOnly, asOf: '2017-02-28', ageMin: 61, ageMax: 61 })).toEqual(['I-leap']);
      // the default asOf is today
      const today = todayInChina();
      const expected = people.filter(([, b]) => ageOn(b, today) >= 70).map((p) => p[0]);
      expect(await inSf({ ageMin: 70 })).toEqual(expected);
      for (const [f, field] of [[{ ageMin: -1 }, 'filter.ageMin'], [{ ageMax: 151 }, 'filter.ageMax'], [{ ageMin: 100000 }, 'filter.ageMin']] as const) {
        expectError(await t.gql(LIST, { f }, t.tokens.analyst), 'BAD_USER_INPUT', field);
      }
      expectError(await t.gql(LIST, { f: { asOf: '2016-02-30' } }, t.tokens.analyst), 'BAD_USER_INPUT');
    });

    it('by birth date range', async () => {
      expect(await inSf({ bornFrom: '1956-02-29', bornTo: '1956-06-30' })).toEqual(['A60', 'I-leap']);
      expect(await inSf({ bornFrom: '1956-07-01' })).toEqual(['B59', 'J-young']);
      expect(await inSf({ bornTo: '1916-06-30' })).toEqual(['C100']);
    });

    it('centenarian: aged 100 or more on asOf', async () => {
      expect(await inSf({ asOf: D, centenarian: true })).toEqual(['C100']);
      expect(await inSf({ asOf: '2016-06-29', centenarian: true })).toEqual([]);
      expect(await inSf({ asOf: '2016-07-01', centenarian: true })).toEqual(['C100', 'D99']);
      expect(await inSf({ asOf: D, centenarian: false })).toEqual(except('C100'));
      expect(await inSf({ asOf: D, centenarian: true, ageMax: 99 })).toEqual([]);
      expect(await inSf({ asOf: D, centenarian: false, ageMin: 99 })).toEqual(['D99']);
    });

    it('freeExamEligible: alive on asOf, 60+, registered, no employer — and its negation', async () => {
      expect(await inSf({ asOf: D, freeExamEligible: true })).toEqual(['A60', 'C100', 'D99', 'H-diedAfterD', 'I-leap']);
      expect(await inSf({ asOf: D, freeExamEligible: false })).toEqual(['B59', 'E-unreg', 'F-employer', 'G-diedOnD', 'J-young']);
      expect(await inSf({ asOf: '2016-06-29', freeExamEligible: true })).toEqual(['C100', 'D99', 'G-diedOnD', 'H-diedAfterD', 'I-leap']);
      expect(await inSf({ asOf: '2016-07-01', freeExamEligible: true })).toEqual(['A60', 'B59', 'C100', 'D99', 'I-leap']);
      expect(await inSf({ asOf: '2016-07-01', freeExamEligible: false })).toEqual(['E-unreg', 'F-employer', 'G-diedOnD', 'H-diedAfterD', 'J-young']);
      expect(await inSf({ asOf: D, freeExamEligible: true, gender: 'FEMALE' })).toEqual(['C100', 'H-diedAfterD']);
      // the filter agrees with the field, at several dates
      const q = `query($f: ResidentFilter, $d: Date) { residents(filter: $f, take: 500) { items { name freeExamEligible(asOf: $d) centenarian(asOf: $d) age(asOf: $d) } } }`;
      for (const d of ['2016-02-28', '2016-02-29', '2016-06-29', D, '2016-07-01', '2017-02-28', todayInChina()]) {
        const rows = (await t.gql(q, { f: { streetId: sf }, d }, t.tokens.analyst)).data.residents.items as { name: string; freeExamEligible: boolean; centenarian: boolean; age: number }[];
        expect(await inSf({ asOf: d, freeExamEligible: true })).toEqual(rows.filter((r) => r.freeExamEligible).map((r) => r.name));
        expect(await inSf({ asOf: d, freeExamEligible: false })).toEqual(rows.filter((r) => !r.freeExamEligible).map((r) => r.name));
        expect(await inSf({ asOf: d, centenarian: true })).toEqual(rows.filter((r) => r.centenarian).map((r) => r.name));
        expect(await inSf({ asOf: d, ageMin: 60, ageMax: 99 })).toEqual(rows.filter((r) => r.age >= 60 && r.age <= 99).map((r) => r.name));
      }
    });

    it('sorts by the whitelisted fields and pages', async () => {
      const sorted = (field: string, direction = 'ASC', extra: Record<string, unknown>[] = []) => names({ f: { streetId: sf }, s: [{ field, direction }, ...extra] });
      expect(await sorted('birthDate')).toEqual(['C100', 'D99', 'G-diedOnD', 'H-diedAfterD', 'E-unreg', 'F-employer', 'I-leap', 'A60', 'B59', 'J-young']);
      // ties (same birth date) follow the id in the sort's direction: DESC is exactly ASC reversed
      expect(await sorted('birthDate', 'DESC')).toEqual(['J-young', 'B59', 'A60', 'I-leap', 'F-employer', 'E-unreg', 'H-diedAfterD', 'G-diedOnD', 'D99', 'C100']);
      expect(await sorted('name')).toEqual([...all].sort());
      expect(await sorted('name', 'DESC')).toEqual([...all].sort().reverse());
      expect(await sorted('id', 'DESC')).toEqual([...all].reverse());
      expect(await sorted('createdAt')).toEqual(all);
      expect(await sorted('communityId', 'DESC', [{ field: 'birthDate', direction: 'ASC' }])).toEqual([
        'D99', 'H-diedAfterD', 'F-employer', 'B59', 'J-young', 'C100', 'G-diedOnD', 'E-unreg', 'I-leap', 'A60',
      ]);
      const page = await t.gql(LIST, { f: { streetId: sf }, s: [{ field: 'birthDate', direction: 'ASC' }], skip: 2, take: 3 }, t.tokens.analyst);
      expect(page.data.residents.totalItems).toBe(10);
      expect(page.data.residents.items.map((r: { name: string }) => r.name)).toEqual(['G-diedOnD', 'H-diedAfterD', 'E-unreg']);
      for (const take of [0, 501]) expectError(await t.gql(LIST, { take }, t.tokens.analyst), 'BAD_USER_INPUT', 'take');
      expectError(await t.gql(LIST, { s: Array(6).fill({ field: 'id', direction: 'ASC' }) }, t.tokens.analyst), 'BAD_USER_INPUT', 'sort');
    });
  });

  it('counts only living residents as centenarians, and stops the age at death', async () => {
    const alive = await mustCreate(input({ name: '百岁甲', birthDate: '1910-01-01', communityId: c3 }));
    const dead = await mustCreate(input({ name: '百岁乙', birthDate: '1910-02-01', communityId: c3, deceasedOn: '2015-03-01' }));
    const f = `id name age(asOf: "2016-06-30") centenarian(asOf: "2016-06-30")`;
    expect(await get(alive.id, f)).toMatchObject({ age: 106, centenarian: true });
    expect(await get(dead.id, f)).toMatchObject({ age: 105, centenarian: false });
    const yes = await names({ f: { communityId: c3, centenarian: true, asOf: '2016-06-30' } });
    expect(yes).toContain('百岁甲');
    expect(yes).not.toContain('百岁乙');
    expect(await names({ f: { communityId: c3, centenarian: false, asOf: '2016-06-30' } })).toContain('百岁乙');
    // before the death both were centenarians
    expect(await names({ f: { communityId: c3, centenarian: true, asOf: '2015-02-28' } })).toEqual(expect.arrayContaining(['百岁甲', '百岁乙']));
  });

  it('lists exams and visits, refuses to delete a resident they reference, deletes with the right version', async () => {
    const { id } = await mustCreate(input({ name: '删除测试', birthDate: '1945-05-05' }));
    const ds = t.started.ds;
    await ds.getRepository(HealthExam).save({ residentId: Number(id), year: 2016, scheduledOn: '2016-05-10', provider: '区人民医院', status: ExamStatus.COMPLETED, completedOn: '2016-05-10', version: 1 });
    await ds.getRepository(HealthExam).save({ residentId: Number(id), year: 2017, scheduledOn: '2017-05-10', provider: '区人民医院', status: ExamStatus.SCHEDULED, version: 1 });
    const visit = await ds.getRepository(Visit).save({ residentId: Number(id), visitedOn: '2016-10-09', occasion: VisitOccasion.DOUBLE_NINTH, cash: 50000n, visitingUnit: '区老龄办', version: 1 });
    const r = await get(id, 'exams { year status provider } visits { visitedOn occasion cash }', t.tokens.analyst);
    expect(r).toEqual({
      exams: [{ year: 2016, status: 'COMPLETED', provider: '区人民医院' }, { year: 2017, status: 'SCHEDULED', provider: '区人民医院' }],
      visits: [{ visitedOn: '2016-10-09', occasion: 'DOUBLE_NINTH', cash: '500.00' }],
    });
    const del = (version: number) => t.gql(`mutation($id: ID!, $v: Int!) { deleteResident(id: $id, version: $v) }`, { id, v: version }, officer());
    const e = expectError(await del(1), 'INVALID_STATE');
    expect(e.message).toMatch(/2 health exam\(s\) and 1 visit\(s\)/);
    await ds.getRepository(HealthExam).delete({ residentId: Number(id) });
    expectError(await del(1), 'INVALID_STATE');
    await ds.getRepository(Visit).delete({ id: visit.id });
    expectError(await del(2), 'CONFLICT');
    expect(await get(id, 'name')).toEqual({ name: '删除测试' });
    expect((await del(1)).data.deleteResident).toBe(id);
    expect(await get(id, 'id')).toBeNull();
    expectError(await del(1), 'NOT_FOUND');
  });

  it('costs the same number of SQL statements for 2 and 500 residents with all relations', async () => {
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await mustCreate(input({ name: `计数${i}`, birthDate: `19${30 + i}-0${1 + (i % 9)}-1${i % 10}`, communityId: [c1, c2, c3][i % 3], associationId: i % 2 ? assoc : null, phone: i % 4 ? '13512345678' : null }));
      created.push(r.id);
    }
    const ds = t.started.ds;
    for (const id of created.slice(0, 5)) {
      await ds.getRepository(HealthExam).save({ residentId: Number(id), year: 2016, scheduledOn: '2016-05-10', provider: 'x', status: ExamStatus.SCHEDULED, version: 1 });
      await ds.getRepository(Visit).save({ residentId: Number(id), visitedOn: '2016-02-01', occasion: VisitOccasion.SPRING_FESTIVAL, cash: 20000n, visitingUnit: 'y', version: 1 });
    }
    const q = `query($take: Int) { residents(take: $take, filter: { ageMin: 60 }) { totalItems items {
      name idNumber phone age centenarian freeExamEligible(asOf: "2016-06-30")
      community { name street { name } } street { name } association { name memberResidentCount }
      exams { year } visits { occasion cash } } } }`;
    const all = await t.gql(q, { take: 500 }, t.tokens.analyst);
    expect(all.errors).toBeUndefined();
    expect(all.data.residents.items.length).toBeGreaterThanOrEqual(25);
    const small = await t.countSql(() => t.gql(q, { take: 2 }, t.tokens.analyst));
    const large = await t.countSql(() => t.gql(q, { take: 500 }, t.tokens.analyst));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });
});
