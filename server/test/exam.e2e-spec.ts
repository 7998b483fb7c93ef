import { startTestApp, TestApp, expectError, insertResident } from './util';
import { addDays, todayInChina } from '../src/common/dates';
import { Resident } from '../src/modules/resident/resident.entity';
import { HealthExam } from '../src/modules/exam/health-exam.entity';

const FIELDS = `id version year scheduledOn provider status completedOn notes residentId resident { id name }`;
const CREATE = `mutation($i: CreateHealthExamInput!) { createHealthExam(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateHealthExamInput!) { updateHealthExam(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteHealthExam(id: $id, version: $v) }`;
const ONE = `query($id: ID!) { healthExam(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: HealthExamFilter, $s: [HealthExamSort!], $skip: Int, $take: Int) {
  healthExams(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems items { id scheduledOn status resident { name } } } }`;

describe('free health exams', () => {
  let t: TestApp;
  const streets: string[] = [];
  const communities: string[] = [];
  const today = todayInChina();

  /** Residents go straight through the repository: this suite does not depend on the resident module. */
  const resident = (name: string, birthDate: string, over: Partial<Resident> = {}, community = 0) =>
    insertResident(t, name, birthDate, communities[community], over, 'FEMALE');
  const create = (i: Record<string, unknown>, token = t.tokens.officer) => t.gql(CREATE, { i }, token);
  const createOk = async (i: Record<string, unknown>) => {
    const r = await create(i);
    expect(r.errors).toBeUndefined();
    return r.data.createHealthExam;
  };
  const update = (i: Record<string, unknown>, token = t.tokens.officer) => t.gql(UPDATE, { i }, token);
  const count = () => t.started.ds.getRepository(HealthExam).count();

  let ana: string; // eligible, community 0
  beforeAll(async () => {
    t = await startTestApp();
    for (const [street, community] of [['翠竹街道', '百仕达社区'], ['东门街道', '湖贝社区']]) {
      const s = await t.gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: street }, t.tokens.officer);
      streets.push(s.data.createStreet.id);
      const c = await t.gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: community, streetId: s.data.createStreet.id } }, t.tokens.officer);
      communities.push(c.data.createCommunity.id);
    }
    ana = await resident('李安娜', '1940-03-15');
  });
  afterAll(() => t.close());

  it('schedules an exam for an eligible resident and reads it back', async () => {
    const e = await createOk({ residentId: ana, scheduledOn: '2016-06-01', provider: ' 罗湖区人民医院 ' });
    expect(e).toMatchObject({ year: 2016, scheduledOn: '2016-06-01', provider: '罗湖区人民医院', status: 'SCHEDULED', completedOn: null, notes: null, version: 1, residentId: ana, resident: { id: ana, name: '李安娜' } });
    const one = await t.gql(ONE, { id: e.id }, t.tokens.analyst);
    expect(one.data.healthExam).toEqual(e);
    expect((await t.gql(`{ healthExam(id: "99999") { id } }`, {}, t.tokens.analyst)).data.healthExam).toBeNull();
  });

  it('refuses ineligible residents with BAD_USER_INPUT on residentId and says why', async () => {
    const dead = await resident('王已故', '1930-01-01', { deceasedOn: '2016-05-01' });
    const young = await resident('赵年轻', '1960-09-01');
    const outsider = await resident('钱外地', '1945-01-01', { householdRegistered: false });
    const employed = await resident('孙在职', '1950-01-01', { hasEmployer: true });
    const before = await count();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ residentId: dead, scheduledOn: '2016-06-01' }, /died on 2016-05-01/],
      [{ residentId: dead, scheduledOn: '2016-05-01' }, /died/],
      [{ residentId: young, scheduledOn: '2020-08-31' }, /is 59 .*aged 60 or more/],
      [{ residentId: outsider, scheduledOn: '2016-06-01' }, /household-registered/],
      [{ residentId: employed, scheduledOn: '2016-06-01' }, /employer/],
      [{ residentId: '424242', scheduledOn: '2016-06-01' }, /does not exist/],
      [{ residentId: 'abc', scheduledOn: '2016-06-01' }, /not a valid id/],
    ];
    for (const [i, message] of cases) {
      const err = expectError(await create(i), 'BAD_USER_INPUT', 'residentId');
      expect(err.message).toMatch(message);
    }
    expect(await count()).toBe(before);
    // the day the resident turns 60, and a date before the death, are fine
    expect((await createOk({ residentId: young, scheduledOn: '2020-09-01' })).year).toBe(2020);
    expect((await createOk({ residentId: dead, scheduledOn: '2016-04-30', status: 'COMPLETED', completedOn: '2016-04-30' })).status).toBe('COMPLETED');
  });

  it('allows one exam per resident per year (CONFLICT) and checks year against scheduledOn', async () => {
    const r = await resident('周一年一次', '1944-02-02');
    const first = await createOk({ residentId: r, scheduledOn: '2016-03-01' });
    const before = await count();
    const dup = expectError(await create({ residentId: r, scheduledOn: '2016-11-01' }), 'CONFLICT');
    expect(dup.message).toMatch(/already has a health exam in 2016/);
    expectError(await create({ residentId: r, scheduledOn: '2016-11-01', year: 2017 }), 'BAD_USER_INPUT', 'year');
    expectError(await create({ residentId: r, scheduledOn: '2016-11-01', year: 1800 }), 'BAD_USER_INPUT', 'year');
    expect(await count()).toBe(before);
    const next = await createOk({ residentId: r, scheduledOn: '2017-03-01', year: 2017 });
    // moving the 2017 exam into 2016 (year follows scheduledOn) collides with the first one
    expectError(await update({ id: next.id, version: 1, scheduledOn: '2016-12-01' }), 'CONFLICT');
    expectError(await update({ id: next.id, version: 1, year: 2016 }), 'BAD_USER_INPUT', 'year');
    const moved = await update({ id: next.id, version: 1, scheduledOn: '2018-01-10' });
    expect(moved.data.updateHealthExam).toMatchObject({ year: 2018, scheduledOn: '2018-01-10', version: 2 });
    expect((await t.gql(ONE, { id: first.id }, t.tokens.officer)).data.healthExam.version).toBe(1);
    // the unique index backs the pre-check
    await expect(t.started.ds.getRepository(HealthExam).insert({ residentId: Number(r), year: 2016, scheduledOn: '2016-05-05', provider: '', status: 'SCHEDULED' as never, version: 1 })).rejects.toThrow();
  });

  it('keeps completedOn consistent with the status', async () => {
    const r = await resident('吴完成', '1941-07-07');
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'COMPLETED' }, 'completedOn'],
      [{ status: 'COMPLETED', completedOn: '2016-05-31' }, 'completedOn'],
      [{ status: 'COMPLETED', completedOn: addDays(today, 1), scheduledOn: today }, 'completedOn'],
      [{ completedOn: '2016-06-02' }, 'completedOn'],
      [{ status: 'MISSED', completedOn: '2016-06-02' }, 'completedOn'],
      [{ status: 'MISSED', scheduledOn: addDays(today, 10) }, 'status'],
      [{ scheduledOn: '2016-02-30' }, 'scheduledOn'],
      [{ status: 'DONE' }, 'status'],
      [{ notes: 'x'.repeat(1001) }, 'notes'],
    ];
    for (const [over, field] of cases) expectError(await create({ residentId: r, scheduledOn: '2016-06-01', ...over }), 'BAD_USER_INPUT', field);
    expect(await count()).toBe(before);
    const done = await createOk({ residentId: r, scheduledOn: '2016-06-01', status: 'COMPLETED', completedOn: '2016-06-01', notes: '血压偏高' });
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn: '2016-06-01', notes: '血压偏高' });
    expect((await createOk({ residentId: r, scheduledOn: addDays(today, 30) })).status).toBe('SCHEDULED');
  });

  it('follows SCHEDULED → COMPLETED | MISSED, MISSED → SCHEDULED; COMPLETED is final', async () => {
    const r = await resident('郑流转', '1939-09-09');
    const e = await createOk({ residentId: r, scheduledOn: '2015-06-01' });
    const refuse = async (i: Record<string, unknown>, code: string, field?: string) => {
      const before = (await t.gql(ONE, { id: e.id }, t.tokens.officer)).data.healthExam;
      expectError(await update({ id: e.id, ...i, version: before.version }), code, field);
      expect((await t.gql(ONE, { id: e.id }, t.tokens.officer)).data.healthExam).toEqual(before);
    };
    let r1 = await update({ id: e.id, version: 1, status: 'MISSED', notes: '外出未到' });
    expect(r1.data.updateHealthExam).toMatchObject({ status: 'MISSED', version: 2 });
    await refuse({ status: 'COMPLETED', completedOn: '2015-06-02' }, 'INVALID_STATE');
    // rescheduled
    r1 = await update({ id: e.id, version: 2, status: 'SCHEDULED', scheduledOn: '2015-07-01' });
    expect(r1.data.updateHealthExam).toMatchObject({ status: 'SCHEDULED', scheduledOn: '2015-07-01', year: 2015, version: 3 });
    await refuse({ status: 'COMPLETED' }, 'BAD_USER_INPUT', 'completedOn');
    await refuse({ status: 'COMPLETED', completedOn: '2015-06-30' }, 'BAD_USER_INPUT', 'completedOn');
    await refuse({ completedOn: '2015-07-02' }, 'BAD_USER_INPUT', 'completedOn');
    r1 = await update({ id: e.id, version: 3, status: 'COMPLETED', completedOn: '2015-07-02' });
    expect(r1.data.updateHealthExam).toMatchObject({ status: 'COMPLETED', completedOn: '2015-07-02', version: 4 });
    await refuse({ status: 'MISSED', completedOn: null }, 'INVALID_STATE');
    await refuse({ status: 'SCHEDULED', completedOn: null }, 'INVALID_STATE');
    await refuse({ completedOn: null }, 'BAD_USER_INPUT', 'completedOn');
    await refuse({ status: null }, 'BAD_USER_INPUT', 'status');
    // a completed exam can still be corrected
    r1 = await update({ id: e.id, version: 4, notes: '血糖正常', provider: '罗湖区中医院' });
    expect(r1.data.updateHealthExam).toMatchObject({ notes: '血糖正常', provider: '罗湖区中医院', status: 'COMPLETED', version: 5 });
    // stale version: CONFLICT, nothing written
    expectError(await update({ id: e.id, version: 4, notes: '旧版本' }), 'CONFLICT');
    expect((await t.gql(ONE, { id: e.id }, t.tokens.officer)).data.healthExam.notes).toBe('血糖正常');
    // and cannot be deleted; a scheduled one can
    expectError(await t.gql(DELETE, { id: e.id, v: 5 }, t.tokens.officer), 'INVALID_STATE');
    const s = await createOk({ residentId: r, scheduledOn: '2016-06-06' });
    expectError(await t.gql(DELETE, { id: s.id, v: 2 }, t.tokens.officer), 'CONFLICT');
    expect((await t.gql(DELETE, { id: s.id, v: 1 }, t.tokens.officer)).data.deleteHealthExam).toBe(s.id);
    expect((await t.gql(ONE, { id: s.id }, t.tokens.officer)).data.healthExam).toBeNull();
    expectError(await t.gql(DELETE, { id: s.id, v: 1 }, t.tokens.officer), 'NOT_FOUND');
  });

  it('re-checks eligibility when the resident or the date changes, not on other edits', async () => {
    const r = await resident('冯后来就业', '1942-04-04');
    const other = await resident('陈有单位', '1942-05-05', { hasEmployer: true });
    const e = await createOk({ residentId: r, scheduledOn: '2016-06-10' });
    expectError(await update({ id: e.id, version: 1, residentId: other }), 'BAD_USER_INPUT', 'residentId');
    await t.started.ds.getRepository(Resident).update({ id: Number(r) }, { hasEmployer: true });
    const notes = await update({ id: e.id, version: 1, notes: '已通知' });
    expect(notes.data.updateHealthExam).toMatchObject({ notes: '已通知', version: 2 });
    expectError(await update({ id: e.id, version: 2, scheduledOn: '2016-06-11' }), 'BAD_USER_INPUT', 'residentId');
    expectError(await update({ id: e.id, version: 2, residentId: null }), 'BAD_USER_INPUT', 'residentId');
  });

  it('lets analysts read but not write', async () => {
    expectError(await create({ residentId: ana, scheduledOn: '2019-06-01' }, t.tokens.analyst), 'FORBIDDEN');
    const e = await createOk({ residentId: ana, scheduledOn: '2019-06-01' });
    expectError(await update({ id: e.id, version: 1, notes: 'x' }, t.tokens.analyst), 'FORBIDDEN');
    expectError(await t.gql(DELETE, { id: e.id, v: 1 }, t.tokens.analyst), 'FORBIDDEN');
    expect((await t.gql(ONE, { id: e.id }, t.tokens.analyst)).data.healthExam.version).toBe(1);
    expectError(await t.gql(`{ healthExams { totalItems } }`), 'UNAUTHENTICATED');
  });

  it('filters by resident, community, street, year, status, dates and text; sorts and pages', async () => {
    const a = await resident('筛选甲', '1940-01-01', {}, 1);
    const b = await resident('筛选乙', '1941-01-01', {}, 1);
    await createOk({ residentId: a, scheduledOn: '2015-09-01', provider: '湖贝社康中心', status: 'COMPLETED', completedOn: '2015-09-03', notes: '100%完成' });
    await createOk({ residentId: a, scheduledOn: '2016-06-15', provider: '湖贝社康中心' });
    await createOk({ residentId: b, scheduledOn: '2016-05-30', provider: '罗湖区中医院', status: 'MISSED' });
    const q = async (vars: Record<string, unknown>) => {
      const r = await t.gql(LIST, vars, t.tokens.analyst);
      expect(r.errors).toBeUndefined();
      return r.data.healthExams;
    };
    const dates = (l: any) => l.items.map((e: any) => e.scheduledOn);
    const sortDesc = [{ field: 'scheduledOn', direction: 'DESC' }];
    expect((await q({ f: { communityId: communities[1] }, s: sortDesc })).items.map((e: any) => [e.scheduledOn, e.resident.name])).toEqual([
      ['2016-06-15', '筛选甲'], ['2016-05-30', '筛选乙'], ['2015-09-01', '筛选甲'],
    ]);
    expect((await q({ f: { streetId: streets[1] } })).totalItems).toBe(3);
    expect((await q({ f: { streetId: streets[0] } })).items.every((e: any) => !e.resident.name.startsWith('筛选'))).toBe(true);
    expect(dates(await q({ f: { residentId: a }, s: [{ field: 'scheduledOn', direction: 'ASC' }] }))).toEqual(['2015-09-01', '2016-06-15']);
    expect(dates(await q({ f: { communityId: communities[1], year: 2016 }, s: sortDesc }))).toEqual(['2016-06-15', '2016-05-30']);
    expect(dates(await q({ f: { communityId: communities[1], status: 'MISSED' } }))).toEqual(['2016-05-30']);
    expect(dates(await q({ f: { communityId: communities[1], scheduledFrom: '2016-05-30', scheduledTo: '2016-06-14' } }))).toEqual(['2016-05-30']);
    expect((await q({ f: { q: '社康' } })).totalItems).toBe(2);
    expect(dates(await q({ f: { q: '100%' } }))).toEqual(['2015-09-01']);
    expect(dates(await q({ f: { q: '%' } }))).toEqual(['2015-09-01']); // a literal %, not a wildcard
    expect((await q({ f: { q: '_' } })).totalItems).toBe(0);
    const page = await q({ f: { communityId: communities[1] }, s: [{ field: 'year', direction: 'DESC' }, { field: 'scheduledOn', direction: 'ASC' }], skip: 1, take: 1 });
    expect(page.totalItems).toBe(3);
    expect(dates(page)).toEqual(['2016-06-15']);
    const byStatus = await q({ f: { communityId: communities[1] }, s: [{ field: 'status', direction: 'ASC' }] });
    expect(byStatus.items.map((e: any) => e.status)).toEqual(['COMPLETED', 'MISSED', 'SCHEDULED']);
    expect((await q({ f: { ids: [] } })).totalItems).toBe(0);
    for (const take of [0, 501]) expectError(await t.gql(LIST, { take }, t.tokens.analyst), 'BAD_USER_INPUT', 'take');
    expectError(await t.gql(LIST, { f: { communityId: 'abc' } }, t.tokens.analyst), 'BAD_USER_INPUT', 'filter.communityId');
    expectError(await t.gql(LIST, { s: [{ field: 'provider', direction: 'ASC' }] }, t.tokens.analyst), 'BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for 2 and 500 exams with their residents', async () => {
    for (let i = 0; i < 4; i++) await createOk({ residentId: await resident(`计数${i}`, `1945-01-0${i + 1}`, {}, 1), scheduledOn: '2016-07-01' });
    const q = `query($take: Int, $f: HealthExamFilter) { healthExams(take: $take, filter: $f) { totalItems items { year resident { name birthDate } } } }`;
    for (const f of [null, { streetId: streets[1] }]) {
      let items = 0;
      const small = await t.countSql(() => t.gql(q, { take: 2, f }, t.tokens.analyst));
      const large = await t.countSql(async () => (items = (await t.gql(q, { take: 500, f }, t.tokens.analyst)).data.healthExams.items.length));
      expect(items).toBeGreaterThan(3);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(5);
    }
  });
});
