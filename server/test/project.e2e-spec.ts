import { startTestApp, TestApp, expectError } from './util';
import { Project } from '../src/modules/project/project.entity';
import { ProjectProgress } from '../src/modules/project/project-progress.entity';
import { AuditLog } from '../src/modules/audit/audit.entity';

const FIELDS = `id version name category status totalInvestment floorArea bedsAdded startedOn plannedCompletionOn completedOn leadUnit approvalRef`;
const CREATE = `mutation($i: CreateProjectInput!) { createProject(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteProject(id: $id, version: $v) }`;
const ONE = `query($id: ID!) { project(id: $id) { ${FIELDS} progress { id reportedOn percent note } latestProgress { id reportedOn percent } } }`;
const LIST = `query($f: ProjectFilter, $s: [ProjectSort!], $skip: Int, $take: Int) { projects(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems items { name totalInvestment } } }`;
const CREATE_P = `mutation($i: CreateProjectProgressInput!) { createProjectProgress(input: $i) { id version projectId reportedOn percent note project { id name } } }`;
const UPDATE_P = `mutation($i: UpdateProjectProgressInput!) { updateProjectProgress(input: $i) { id version reportedOn percent note } }`;

describe('projects and their progress entries', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    name: '区社会福利中心二期工程', category: 'PUBLIC_INSTITUTION', status: 'UNDER_CONSTRUCTION', totalInvestment: '102760000.00', bedsAdded: 702,
    startedOn: '2016-04-18', plannedCompletionOn: '2018-12-31', leadUnit: '区民政局', approvalRef: '罗发改〔2015〕386号', ...over,
  });
  const create = async (over: Record<string, unknown> = {}) => {
    const r = await t.gql(CREATE, { i: input(over) }, t.tokens.officer);
    expect(r.errors).toBeUndefined();
    return r.data.createProject;
  };
  const update = (i: Record<string, unknown>, token = t.tokens.officer) => t.gql(UPDATE, { i }, token);
  const count = async () => t.started.ds.getRepository(Project).count();

  it('creates a project and round-trips money beyond 32 bits exactly', async () => {
    const p = await create({ floorArea: 45678.9 });
    expect(p).toMatchObject({
      name: '区社会福利中心二期工程', status: 'UNDER_CONSTRUCTION', totalInvestment: '102760000.00', floorArea: 45678.9, bedsAdded: 702,
      startedOn: '2016-04-18', plannedCompletionOn: '2018-12-31', completedOn: null, version: 1,
    });
    const row = await t.started.ds.getRepository(Project).findOneByOrFail({ id: Number(p.id) });
    expect(row.totalInvestment).toBe(10_276_000_000n);
    expect(row.floorAreaCenti).toBe(4_567_890);
    const one = await t.gql(ONE, { id: p.id }, t.tokens.analyst);
    expect(one.data.project.totalInvestment).toBe('102760000.00');
    expect(one.data.project.progress).toEqual([]);
    expect(one.data.project.latestProgress).toBeNull();
    expect((await t.gql(`{ project(id: "987654") { id } }`, {}, t.tokens.analyst)).data.project).toBeNull();
  });

  it('accepts money as strings or numbers with up to two decimals', async () => {
    const cases: [unknown, string][] = [['0.01', '0.01'], [0, '0.00'], ['1234.5', '1234.50'], [99.99, '99.99'], ['999999999999999.99', '999999999999999.99']];
    for (const [given, expected] of cases) {
      const p = await create({ name: `金额${expected}`, status: 'PROPOSED', startedOn: null, plannedCompletionOn: null, totalInvestment: given });
      expect(p.totalInvestment).toBe(expected);
    }
    const inline = await t.gql(`mutation { createProject(input: { name: "内联", category: OTHER, totalInvestment: "0.10" }) { totalInvestment status bedsAdded } }`, {}, t.tokens.officer);
    expect(inline.data.createProject).toEqual({ totalInvestment: '0.10', status: 'PROPOSED', bedsAdded: 0 });
  });

  it('refuses bad values with BAD_USER_INPUT on the field and changes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ totalInvestment: '1.005' }, 'totalInvestment'],
      [{ totalInvestment: '-1' }, 'totalInvestment'],
      [{ totalInvestment: 'abc' }, 'totalInvestment'],
      [{ totalInvestment: 1e21 }, 'totalInvestment'],
      [{ totalInvestment: 0.1 + 0.2 }, 'totalInvestment'],
      [{ totalInvestment: null }, 'totalInvestment'],
      [{ floorArea: 12.345 }, 'floorArea'],
      [{ floorArea: 0 }, 'floorArea'],
      [{ bedsAdded: -1 }, 'bedsAdded'],
      [{ name: '' }, 'name'],
      [{ plannedCompletionOn: '2016-04-17' }, 'plannedCompletionOn'],
      [{ startedOn: null }, 'startedOn'],
      [{ startedOn: '2999-01-01', plannedCompletionOn: null }, 'startedOn'],
      [{ completedOn: '2016-05-01' }, 'completedOn'],
      [{ status: 'COMPLETED' }, 'completedOn'],
      [{ status: 'IN_SERVICE', completedOn: '2016-04-01' }, 'completedOn'],
      [{ status: 'COMPLETED', completedOn: '2999-01-01' }, 'completedOn'],
      [{ status: 'BUILT' }, 'status'],
      [{ startedOn: '2016-02-30' }, 'startedOn'],
    ];
    for (const [over, field] of cases) {
      const r = await t.gql(CREATE, { i: input({ name: '坏项目', ...over }) }, t.tokens.officer);
      expectError(r, 'BAD_USER_INPUT', field);
      expect(r.errors![0].message).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    }
    expect(await count()).toBe(before);
  });

  it('moves status forward only, or to CANCELLED; INVALID_STATE otherwise, with nothing changed', async () => {
    const p = await create({ name: '流转', status: 'PROPOSED', startedOn: null, plannedCompletionOn: null });
    let v = p.version;
    const step = async (i: Record<string, unknown>) => {
      const r = await update({ id: p.id, version: v, ...i });
      expect(r.errors).toBeUndefined();
      v = r.data.updateProject.version;
      return r.data.updateProject;
    };
    const refuse = async (i: Record<string, unknown>, code = 'INVALID_STATE', field?: string) => {
      const before = (await t.gql(ONE, { id: p.id }, t.tokens.officer)).data.project;
      expectError(await update({ id: p.id, version: v, ...i }), code, field);
      expect((await t.gql(ONE, { id: p.id }, t.tokens.officer)).data.project).toEqual(before);
    };
    expect((await step({ status: 'APPROVED', approvalRef: '罗民〔2016〕1号' })).status).toBe('APPROVED');
    await refuse({ status: 'PROPOSED' });
    await refuse({ status: 'UNDER_CONSTRUCTION' }, 'BAD_USER_INPUT', 'startedOn');
    expect((await step({ status: 'UNDER_CONSTRUCTION', startedOn: '2016-03-01' })).status).toBe('UNDER_CONSTRUCTION');
    await refuse({ status: 'APPROVED' });
    await refuse({ status: 'COMPLETED' }, 'BAD_USER_INPUT', 'completedOn');
    await refuse({ status: 'COMPLETED', completedOn: '2016-02-01' }, 'BAD_USER_INPUT', 'completedOn');
    await refuse({ completedOn: '2016-05-01' }, 'BAD_USER_INPUT', 'completedOn');
    await refuse({ startedOn: null }, 'BAD_USER_INPUT', 'startedOn');
    expect(await step({ status: 'COMPLETED', completedOn: '2016-05-31' })).toMatchObject({ status: 'COMPLETED', completedOn: '2016-05-31' });
    await refuse({ completedOn: null }, 'BAD_USER_INPUT', 'completedOn');
    expect((await step({ status: 'IN_SERVICE' })).status).toBe('IN_SERVICE');
    await refuse({ status: 'CANCELLED' });
    await refuse({ status: 'COMPLETED' });
    // other fields of a final project can still be corrected
    expect((await step({ bedsAdded: 30 })).bedsAdded).toBe(30);

    const skip = await create({ name: '跳级', status: 'PROPOSED', startedOn: null, plannedCompletionOn: null });
    const s1 = await update({ id: skip.id, version: 1, status: 'UNDER_CONSTRUCTION', startedOn: '2016-01-05' });
    expect(s1.data.updateProject.status).toBe('UNDER_CONSTRUCTION');
    const s2 = await update({ id: skip.id, version: 2, status: 'IN_SERVICE', completedOn: '2016-06-01' });
    expect(s2.data.updateProject.status).toBe('IN_SERVICE');

    const cancelled = await create({ name: '取消', status: 'APPROVED', startedOn: null, plannedCompletionOn: null });
    const c1 = await update({ id: cancelled.id, version: 1, status: 'CANCELLED' });
    expect(c1.data.updateProject.status).toBe('CANCELLED');
    for (const status of ['PROPOSED', 'APPROVED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_SERVICE']) {
      expectError(await update({ id: cancelled.id, version: 2, status, startedOn: '2016-01-01', completedOn: '2016-02-01' }), 'INVALID_STATE');
    }
    const fromCompleted = await create({ name: '完成后取消', status: 'COMPLETED', completedOn: '2016-06-01', plannedCompletionOn: null });
    expect((await update({ id: fromCompleted.id, version: 1, status: 'CANCELLED' })).data.updateProject).toMatchObject({ status: 'CANCELLED', completedOn: '2016-06-01' });
    expectError(await update({ id: p.id, version: v, status: null }), 'BAD_USER_INPUT', 'status');
  });

  it('patches with a version check: a stale version is CONFLICT and writes nothing', async () => {
    const p = await create({ name: '版本' });
    const u1 = await update({ id: p.id, version: 1, totalInvestment: '0.01', floorArea: 10.5, approvalRef: null });
    expect(u1.data.updateProject).toMatchObject({ version: 2, totalInvestment: '0.01', floorArea: 10.5, approvalRef: null, name: '版本' });
    expectError(await update({ id: p.id, version: 1, totalInvestment: '5.00' }), 'CONFLICT');
    const now = await t.gql(ONE, { id: p.id }, t.tokens.officer);
    expect(now.data.project).toMatchObject({ version: 2, totalInvestment: '0.01' });
    expectError(await update({ id: p.id, version: 2, totalInvestment: '-0.01' }), 'BAD_USER_INPUT', 'totalInvestment');
    expectError(await update({ id: p.id, version: 2, totalInvestment: '0.001' }), 'BAD_USER_INPUT', 'totalInvestment');
    expectError(await update({ id: p.id, version: 2, totalInvestment: null }), 'BAD_USER_INPUT', 'totalInvestment');
    const cleared = await update({ id: p.id, version: 2, floorArea: null });
    expect(cleared.data.updateProject).toMatchObject({ version: 3, floorArea: null });
    expectError(await update({ id: '999999', version: 1, name: 'x' }), 'NOT_FOUND');
  });

  it('keeps progress entries in order and refuses entries that go down', async () => {
    const p = await create({ name: '进度项目' });
    const add = (i: Record<string, unknown>, token = t.tokens.officer) => t.gql(CREATE_P, { i: { projectId: p.id, ...i } }, token);
    const e2 = await add({ reportedOn: '2016-04-18', percent: 5, note: '破土动工' });
    expect(e2.errors).toBeUndefined();
    expect(e2.data.createProjectProgress).toMatchObject({ projectId: p.id, percent: 5, project: { id: p.id, name: '进度项目' }, version: 1 });
    const e3 = (await add({ reportedOn: '2016-06-28', percent: 15, note: '基础工程' })).data.createProjectProgress;
    // an earlier report may be added later, in its place
    const e1 = (await add({ reportedOn: '2015-11-26', percent: 0 })).data.createProjectProgress;
    expect(e1.note).toBe('');

    const rows = async () => (await t.gql(ONE, { id: p.id }, t.tokens.analyst)).data.project;
    const before = await rows();
    expect(before.progress.map((e: any) => [e.reportedOn, e.percent])).toEqual([['2015-11-26', 0], ['2016-04-18', 5], ['2016-06-28', 15]]);
    expect(before.latestProgress).toMatchObject({ id: e3.id, percent: 15 });

    const refused: [Record<string, unknown>, string][] = [
      [{ reportedOn: '2016-07-01', percent: 10 }, 'percent'],
      [{ reportedOn: '2016-01-01', percent: 6 }, 'percent'],
      [{ reportedOn: '2016-06-28', percent: 14 }, 'percent'],
      [{ reportedOn: '2016-07-01', percent: 101 }, 'percent'],
      [{ reportedOn: '2016-07-01', percent: -1 }, 'percent'],
      [{ reportedOn: '2016-07-01', percent: 50.5 }, 'percent'],
      [{ reportedOn: '2999-01-01', percent: 90 }, 'reportedOn'],
      [{ projectId: '424242', reportedOn: '2016-07-01', percent: 20 }, 'projectId'],
      [{ projectId: 'x', reportedOn: '2016-07-01', percent: 20 }, 'projectId'],
    ];
    for (const [i, field] of refused) expectError(await add(i), 'BAD_USER_INPUT', field);
    expectError(await add({ reportedOn: '2016-07-01', percent: 20 }, t.tokens.analyst), 'FORBIDDEN');
    expect(await rows()).toEqual(before);

    // corrections keep the order monotonic too
    expectError(await t.gql(UPDATE_P, { i: { id: e2.data.createProjectProgress.id, version: 1, percent: 16 } }, t.tokens.officer), 'BAD_USER_INPUT', 'percent');
    expectError(await t.gql(UPDATE_P, { i: { id: e1.id, version: 1, reportedOn: '2016-07-01' } }, t.tokens.officer), 'BAD_USER_INPUT', 'percent');
    expectError(await t.gql(UPDATE_P, { i: { id: e1.id, version: 1, percent: null } }, t.tokens.officer), 'BAD_USER_INPUT', 'percent');
    const ok = await t.gql(UPDATE_P, { i: { id: e2.data.createProjectProgress.id, version: 1, percent: 15, note: '主体动工' } }, t.tokens.officer);
    expect(ok.data.updateProjectProgress).toMatchObject({ percent: 15, version: 2, note: '主体动工' });
    expectError(await t.gql(UPDATE_P, { i: { id: e2.data.createProjectProgress.id, version: 1, percent: 10 } }, t.tokens.officer), 'CONFLICT');
    // same-day entries are ordered by entry: a second report that day may not be lower
    expectError(await add({ reportedOn: '2016-06-28', percent: 14 }), 'BAD_USER_INPUT', 'percent');
    const sameDay = await add({ reportedOn: '2016-06-28', percent: 16 });
    expect(sameDay.errors).toBeUndefined();
    expect((await rows()).latestProgress.id).toBe(sameDay.data.createProjectProgress.id);

    const list = await t.gql(
      `query($f: ProjectProgressFilter, $s: [ProjectProgressSort!]) { projectProgresses(filter: $f, sort: $s) { totalItems items { reportedOn percent } } }`,
      { f: { projectId: p.id, reportedFrom: '2016-01-01', reportedTo: '2016-06-27' }, s: [{ field: 'reportedOn', direction: 'DESC' }] },
      t.tokens.analyst,
    );
    expect(list.data.projectProgresses).toEqual({ totalItems: 1, items: [{ reportedOn: '2016-04-18', percent: 15 }] });
    const one = await t.gql(`query($id: ID!) { projectProgress(id: $id) { percent project { name } } }`, { id: e1.id }, t.tokens.analyst);
    expect(one.data.projectProgress).toEqual({ percent: 0, project: { name: '进度项目' } });
    const del = await t.gql(`mutation($id: ID!) { deleteProjectProgress(id: $id, version: 1) }`, { id: e1.id }, t.tokens.officer);
    expect(del.data.deleteProjectProgress).toBe(e1.id);
  });

  it('deletes only PROPOSED or CANCELLED projects, together with their progress entries', async () => {
    const built = await create({ name: '在建不可删' });
    expectError(await t.gql(DELETE, { id: built.id, v: 1 }, t.tokens.officer), 'INVALID_STATE');
    expectError(await t.gql(DELETE, { id: built.id, v: 1 }, t.tokens.analyst), 'FORBIDDEN');
    expect((await t.gql(ONE, { id: built.id }, t.tokens.officer)).data.project.id).toBe(built.id);

    const p = await create({ name: '将取消', status: 'APPROVED', startedOn: null, plannedCompletionOn: null });
    const entries = [];
    for (const [reportedOn, percent] of [['2016-01-01', 0], ['2016-02-01', 0]] as const) {
      entries.push((await t.gql(CREATE_P, { i: { projectId: p.id, reportedOn, percent } }, t.tokens.officer)).data.createProjectProgress.id);
    }
    await update({ id: p.id, version: 1, status: 'CANCELLED' });
    expectError(await t.gql(DELETE, { id: p.id, v: 1 }, t.tokens.officer), 'CONFLICT');
    const d = await t.gql(DELETE, { id: p.id, v: 2 }, t.tokens.officer);
    expect(d.data.deleteProject).toBe(p.id);
    expect((await t.gql(ONE, { id: p.id }, t.tokens.officer)).data.project).toBeNull();
    expect(await t.started.ds.getRepository(ProjectProgress).countBy({ projectId: Number(p.id) })).toBe(0);
    const audit = await t.started.ds.getRepository(AuditLog).find({ where: { entity: 'ProjectProgress', action: 'DELETE' } });
    expect(audit.map((a) => a.entityId).sort()).toEqual(expect.arrayContaining(entries.map(String)));
    expectError(await t.gql(DELETE, { id: p.id, v: 2 }, t.tokens.officer), 'NOT_FOUND');
  });

  it('lets analysts read but not write', async () => {
    expectError(await t.gql(CREATE, { i: input({ name: '分析员' }) }, t.tokens.analyst), 'FORBIDDEN');
    const p = await create({ name: '分析员可读' });
    expectError(await update({ id: p.id, version: 1, name: 'x' }, t.tokens.analyst), 'FORBIDDEN');
    expect((await t.gql(ONE, { id: p.id }, t.tokens.analyst)).data.project.name).toBe('分析员可读');
    expectError(await t.gql(`{ projects { totalItems } }`), 'UNAUTHENTICATED');
  });

  it('filters, searches, sorts and pages', async () => {
    const mk = (name: string, over: Record<string, unknown>) => create({ name: `筛选-${name}`, status: 'PROPOSED', startedOn: null, plannedCompletionOn: null, ...over });
    await mk('甲', { category: 'TRAINING', totalInvestment: '150000.00', leadUnit: '培训中心_A', bedsAdded: 0 });
    await mk('乙', { category: 'DAY_CARE_CENTER', status: 'APPROVED', totalInvestment: '2500000.00', approvalRef: '罗民〔2016〕45号', bedsAdded: 20 });
    await mk('丙', { category: 'DAY_CARE_CENTER', status: 'UNDER_CONSTRUCTION', startedOn: '2015-03-01', totalInvestment: '2500000.01', bedsAdded: 40 });
    await mk('丁', { category: 'HOME_CARE_CENTER', status: 'UNDER_CONSTRUCTION', startedOn: '2016-03-01', totalInvestment: '30000000000.00', bedsAdded: 10 });
    const names = (r: any) => r.data.projects.items.map((p: any) => p.name);
    const q = async (vars: Record<string, unknown>) => {
      const r = await t.gql(LIST, vars, t.tokens.analyst);
      expect(r.errors).toBeUndefined();
      return r;
    };
    const f = (over: Record<string, unknown>) => ({ q: '筛选', ...over });
    expect(names(await q({ f: f({ category: 'DAY_CARE_CENTER' }), s: [{ field: 'name', direction: 'ASC' }] })).sort()).toEqual(['筛选-丙', '筛选-乙']);
    expect(names(await q({ f: f({ status: ['APPROVED', 'UNDER_CONSTRUCTION'] }), s: [{ field: 'totalInvestment', direction: 'DESC' }] }))).toEqual(['筛选-丁', '筛选-丙', '筛选-乙']);
    expect(names(await q({ f: f({ status: [] }) }))).toEqual([]);
    expect(names(await q({ f: f({ startedFrom: '2016-01-01', startedTo: '2016-12-31' }) }))).toEqual(['筛选-丁']);
    expect(names(await q({ f: { q: '45号' } }))).toEqual(['筛选-乙']);
    expect(names(await q({ f: { q: '中心_A' } }))).toEqual(['筛选-甲']);
    expect((await q({ f: { q: '_' } })).data.projects.items.map((p: any) => p.name)).toEqual(['筛选-甲']);
    const byBeds = await q({ f: f({}), s: [{ field: 'bedsAdded', direction: 'DESC' }], skip: 1, take: 2 });
    expect(byBeds.data.projects.totalItems).toBe(4);
    expect(names(byBeds)).toEqual(['筛选-乙', '筛选-丁']);
    const money = await q({ f: f({}), s: [{ field: 'totalInvestment', direction: 'ASC' }], take: 1 });
    expect(money.data.projects.items[0]).toEqual({ name: '筛选-甲', totalInvestment: '150000.00' });
    const started = await q({ f: f({ ids: [] }) });
    expect(started.data.projects.totalItems).toBe(0);
    for (const take of [0, 501]) expectError(await t.gql(LIST, { take }, t.tokens.analyst), 'BAD_USER_INPUT', 'take');
    expectError(await t.gql(LIST, { s: [{ field: 'floorArea', direction: 'ASC' }] }, t.tokens.analyst), 'BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for 2 and 500 projects with their progress', async () => {
    for (let i = 0; i < 4; i++) {
      const p = await create({ name: `计数${i}` });
      for (const [reportedOn, percent] of [['2016-05-01', 10], ['2016-06-01', 20]] as const) {
        expect((await t.gql(CREATE_P, { i: { projectId: p.id, reportedOn, percent } }, t.tokens.officer)).errors).toBeUndefined();
      }
    }
    // both pages hold projects with progress entries, so both resolve the same relations
    const q = `query($take: Int) { projects(take: $take, filter: { q: "计数" }) { totalItems items { name floorArea progress { percent project { name } } latestProgress { percent } } } }`;
    let items = 0;
    const small = await t.countSql(() => t.gql(q, { take: 2 }, t.tokens.analyst));
    const large = await t.countSql(async () => (items = (await t.gql(q, { take: 500 }, t.tokens.analyst)).data.projects.items.length));
    expect(items).toBeGreaterThan(3);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
    const pq = `query($take: Int) { projectProgresses(take: $take) { items { percent project { name latestProgress { percent } } } } }`;
    expect(await t.countSql(() => t.gql(pq, { take: 500 }, t.tokens.analyst))).toBe(await t.countSql(() => t.gql(pq, { take: 2 }, t.tokens.analyst)));
  });
});
