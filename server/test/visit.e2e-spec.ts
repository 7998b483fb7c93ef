import { startTestApp, TestApp, expectError, insertResident } from './util';
import { addDays, todayInChina } from '../src/common/dates';
import { Resident } from '../src/modules/resident/resident.entity';
import { Visit } from '../src/modules/visit/visit.entity';

const FIELDS = `id version visitedOn occasion residentId centerId cash goods visitingUnit resident { id name } center { id code }`;
const CREATE = `mutation($i: CreateVisitInput!) { createVisit(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateVisitInput!) { updateVisit(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteVisit(id: $id, version: $v) }`;
const ONE = `query($id: ID!) { visit(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: VisitFilter, $s: [VisitSort!], $skip: Int, $take: Int) {
  visits(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems items { id visitedOn cash goods resident { name } center { code } } } }`;

describe('visits (慰问)', () => {
  let t: TestApp;
  const streets: string[] = [];
  const communities: string[] = [];
  const centers: string[] = [];

  /** Residents go straight through the repository: this suite does not depend on the resident module. */
  const resident = (name: string, birthDate: string, over: Partial<Resident> = {}, community = 0) =>
    insertResident(t, name, birthDate, communities[community], over, 'MALE');
  const create = (i: Record<string, unknown>, token = t.tokens.officer) => t.gql(CREATE, { i }, token);
  const createOk = async (i: Record<string, unknown>) => {
    const r = await create(i);
    expect(r.errors).toBeUndefined();
    return r.data.createVisit;
  };
  const update = (i: Record<string, unknown>, token = t.tokens.officer) => t.gql(UPDATE, { i }, token);
  const count = () => t.started.ds.getRepository(Visit).count();

  let elder: string; // 1940, community 0
  let almost100: string; // turns 100 on 2016-07-01
  beforeAll(async () => {
    t = await startTestApp();
    for (const [i, [street, community]] of [['翠竹街道', '百仕达社区'], ['东门街道', '湖贝社区']].entries()) {
      const s = await t.gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: street }, t.tokens.officer);
      streets.push(s.data.createStreet.id);
      const c = await t.gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: community, streetId: s.data.createStreet.id } }, t.tokens.officer);
      communities.push(c.data.createCommunity.id);
      const center = await t.gql(
        `mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`,
        { i: { code: `XG-T-00${i + 1}`, name: `${community}星光老年之家`, communityId: c.data.createCommunity.id, floorArea: 200, plaqueDate: '2010-01-01', elderlyCount: 500, disabledCount: 20, serviceScore: 80 } },
        t.tokens.officer,
      );
      expect(center.errors).toBeUndefined();
      centers.push(center.data.createCenter.id);
    }
    elder = await resident('林长者', '1940-02-02');
    almost100 = await resident('黄百岁', '1916-07-01');
  });
  afterAll(() => t.close());

  it('records a visit and round-trips cash with fen exactly', async () => {
    const v = await createOk({ visitedOn: '2016-02-03', occasion: 'SPRING_FESTIVAL', residentId: elder, cash: '1000.50', goods: ' 米、油 ', visitingUnit: '区老龄办' });
    expect(v).toMatchObject({
      visitedOn: '2016-02-03', occasion: 'SPRING_FESTIVAL', residentId: elder, centerId: null, cash: '1000.50', goods: '米、油', visitingUnit: '区老龄办',
      resident: { id: elder, name: '林长者' }, center: null, version: 1,
    });
    expect((await t.started.ds.getRepository(Visit).findOneByOrFail({ id: Number(v.id) })).cash).toBe(100050n);
    expect((await t.gql(ONE, { id: v.id }, t.tokens.analyst)).data.visit).toEqual(v);
    const both = await createOk({ visitedOn: '2015-10-21', occasion: 'DOUBLE_NINTH', residentId: elder, centerId: centers[0], cash: 0.01 });
    expect(both).toMatchObject({ cash: '0.01', goods: null, visitingUnit: '', center: { id: centers[0], code: 'XG-T-001' } });
    const goodsOnly = await createOk({ visitedOn: '2016-01-04', occasion: 'HOSPITAL', residentId: elder, goods: '鲜花、水果' });
    expect(goodsOnly.cash).toBe('0.00');
    const big = await createOk({ visitedOn: '2016-01-04', occasion: 'OTHER', centerId: centers[1], cash: '102760000.00' });
    expect(big.cash).toBe('102760000.00');
    expect((await t.gql(`{ visit(id: "77777") { id } }`, {}, t.tokens.analyst)).data.visit).toBeNull();
  });

  it('refuses bad input with BAD_USER_INPUT on the field and changes nothing', async () => {
    const deceased = await resident('何已故', '1930-03-03', { deceasedOn: '2016-01-10' });
    const base = { visitedOn: '2016-02-03', occasion: 'SPRING_FESTIVAL', residentId: elder };
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ cash: '1.005' }, 'cash'],
      [{ cash: '-1' }, 'cash'],
      [{ cash: '-0.01' }, 'cash'],
      [{ cash: 'abc' }, 'cash'],
      [{ cash: 1e21 }, 'cash'],
      [{ cash: '1e3' }, 'cash'],
      [{ cash: '' }, 'cash'],
      [{ visitedOn: addDays(todayInChina(), 1) }, 'visitedOn'],
      [{ visitedOn: '2016-13-01' }, 'visitedOn'],
      [{ residentId: null }, 'residentId'],
      [{ residentId: '424242' }, 'residentId'],
      [{ residentId: 'r1' }, 'residentId'],
      [{ centerId: '424242' }, 'centerId'],
      [{ occasion: 'BIRTHDAY' }, 'occasion'],
      [{ residentId: deceased, visitedOn: '2016-01-11' }, 'visitedOn'],
      [{ goods: 'x'.repeat(501) }, 'goods'],
    ];
    for (const [over, field] of cases) {
      const r = await create({ ...base, ...over });
      expectError(r, 'BAD_USER_INPUT', field);
      expect(r.errors![0].message).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    }
    expect(await count()).toBe(before);
    // a visit on the day of death is still possible
    expect((await createOk({ ...base, occasion: 'HOSPITAL', residentId: deceased, visitedOn: '2016-01-10' })).residentId).toBe(deceased);
  });

  it('accepts a centenarian-birthday visit only for a resident aged 99 or more on the visit date', async () => {
    const young = await resident('周九十八', '1918-01-01');
    const before = await count();
    const cb = { occasion: 'CENTENARIAN_BIRTHDAY', cash: '1000.00', goods: '生日蛋糕、长寿面' };
    expect(expectError(await create({ ...cb, visitedOn: '2016-06-30', residentId: young }), 'BAD_USER_INPUT', 'occasion').message).toMatch(/aged 99 or more.*is 98/);
    expectError(await create({ ...cb, visitedOn: '2016-06-30', centerId: centers[0] }), 'BAD_USER_INPUT', 'occasion');
    expectError(await create({ ...cb, visitedOn: '2015-06-30', residentId: almost100 }), 'BAD_USER_INPUT', 'occasion');
    expect(await count()).toBe(before);
    // the eve of the 100th birthday (aged 99), the birthday itself, and later birthdays
    for (const visitedOn of ['2016-06-30', '2016-07-01', '2017-07-01']) {
      expect((await createOk({ ...cb, visitedOn, residentId: almost100 })).occasion).toBe('CENTENARIAN_BIRTHDAY');
    }
    // changing the occasion of an existing visit is checked too
    const v = await createOk({ visitedOn: '2016-06-30', occasion: 'OTHER', residentId: young });
    expectError(await update({ id: v.id, version: 1, occasion: 'CENTENARIAN_BIRTHDAY' }), 'BAD_USER_INPUT', 'occasion');
  });

  it('patches with a version check; a stale version is CONFLICT and writes nothing', async () => {
    const v = await createOk({ visitedOn: '2016-02-01', occasion: 'SPRING_FESTIVAL', residentId: elder, centerId: centers[0], cash: '500.00' });
    const u1 = await update({ id: v.id, version: 1, cash: '600.25', goods: '米', residentId: null });
    expect(u1.data.updateVisit).toMatchObject({ version: 2, cash: '600.25', goods: '米', residentId: null, resident: null, centerId: centers[0] });
    expectError(await update({ id: v.id, version: 1, cash: '1.00' }), 'CONFLICT');
    const refuse = async (i: Record<string, unknown>, field: string) => {
      expectError(await update({ id: v.id, version: 2, ...i }), 'BAD_USER_INPUT', field);
    };
    await refuse({ centerId: null }, 'residentId');
    await refuse({ cash: null }, 'cash');
    await refuse({ cash: '-5' }, 'cash');
    await refuse({ cash: '5.555' }, 'cash');
    await refuse({ visitedOn: '2999-12-31' }, 'visitedOn');
    await refuse({ occasion: null }, 'occasion');
    await refuse({ centerId: '424242' }, 'centerId');
    expect((await t.gql(ONE, { id: v.id }, t.tokens.officer)).data.visit).toMatchObject({ version: 2, cash: '600.25', goods: '米', centerId: centers[0] });
    const u2 = await update({ id: v.id, version: 2, residentId: elder, centerId: null, goods: null, visitingUnit: null });
    expect(u2.data.updateVisit).toMatchObject({ version: 3, residentId: elder, centerId: null, goods: null, visitingUnit: '' });
    expectError(await t.gql(DELETE, { id: v.id, v: 2 }, t.tokens.officer), 'CONFLICT');
    expectError(await t.gql(DELETE, { id: v.id, v: 3 }, t.tokens.analyst), 'FORBIDDEN');
    expect((await t.gql(DELETE, { id: v.id, v: 3 }, t.tokens.officer)).data.deleteVisit).toBe(v.id);
    expect((await t.gql(ONE, { id: v.id }, t.tokens.officer)).data.visit).toBeNull();
    expectError(await update({ id: v.id, version: 3, goods: 'x' }), 'NOT_FOUND');
  });

  it('lets analysts read but not write', async () => {
    expectError(await create({ visitedOn: '2016-02-03', occasion: 'OTHER', residentId: elder }, t.tokens.analyst), 'FORBIDDEN');
    const v = await createOk({ visitedOn: '2016-02-03', occasion: 'OTHER', residentId: elder });
    expectError(await update({ id: v.id, version: 1, goods: 'x' }, t.tokens.analyst), 'FORBIDDEN');
    expect((await t.gql(ONE, { id: v.id }, t.tokens.analyst)).data.visit.goods).toBeNull();
    expectError(await t.gql(`{ visits { totalItems } }`), 'UNAUTHENTICATED');
  });

  it('filters by occasion, resident, center, community, street, dates and text; sorts and pages', async () => {
    const far = await resident('筛选丙', '1935-05-05', {}, 1);
    const mk = (i: Record<string, unknown>) => createOk({ visitingUnit: '筛选慰问团', ...i });
    await mk({ visitedOn: '2014-10-02', occasion: 'DOUBLE_NINTH', residentId: far, cash: '300.00', goods: '重阳糕' });
    await mk({ visitedOn: '2014-10-02', occasion: 'DOUBLE_NINTH', centerId: centers[1], cash: '1000.00' });
    await mk({ visitedOn: '2014-02-01', occasion: 'SPRING_FESTIVAL', residentId: elder, centerId: centers[1], cash: '299.99' });
    await mk({ visitedOn: '2014-03-01', occasion: 'HOSPITAL', residentId: elder, cash: '2000.00', goods: '100%鲜花' });
    const q = async (vars: Record<string, unknown>) => {
      const r = await t.gql(LIST, vars, t.tokens.analyst);
      expect(r.errors).toBeUndefined();
      return r.data.visits;
    };
    const cash = (l: any) => l.items.map((v: any) => v.cash);
    const f = (over: Record<string, unknown>) => ({ q: '筛选慰问团', ...over });
    const byCash = [{ field: 'cash', direction: 'DESC' }];
    expect(cash(await q({ f: f({}), s: byCash }))).toEqual(['2000.00', '1000.00', '300.00', '299.99']);
    expect(cash(await q({ f: f({ occasion: 'DOUBLE_NINTH' }), s: byCash }))).toEqual(['1000.00', '300.00']);
    expect(cash(await q({ f: f({ residentId: elder }), s: byCash }))).toEqual(['2000.00', '299.99']);
    expect(cash(await q({ f: f({ centerId: centers[1] }), s: byCash }))).toEqual(['1000.00', '299.99']);
    // community / street: the resident's or the center's
    expect(cash(await q({ f: f({ communityId: communities[1] }), s: byCash }))).toEqual(['1000.00', '300.00', '299.99']);
    expect(cash(await q({ f: f({ streetId: streets[1] }), s: byCash }))).toEqual(['1000.00', '300.00', '299.99']);
    expect(cash(await q({ f: f({ communityId: communities[0] }), s: byCash }))).toEqual(['2000.00', '299.99']);
    expect(cash(await q({ f: f({ streetId: streets[0] }), s: byCash }))).toEqual(['2000.00', '299.99']);
    expect(cash(await q({ f: f({ visitedFrom: '2014-02-15', visitedTo: '2014-10-01' }) }))).toEqual(['2000.00']);
    expect(cash(await q({ f: { q: '重阳糕' } }))).toEqual(['300.00']);
    expect(cash(await q({ f: { q: '100%' } }))).toEqual(['2000.00']);
    expect((await q({ f: { q: '_' } })).totalItems).toBe(0);
    const page = await q({ f: f({}), s: [{ field: 'visitedOn', direction: 'ASC' }, { field: 'cash', direction: 'ASC' }], skip: 1, take: 2 });
    expect(page.totalItems).toBe(4);
    expect(page.items.map((v: any) => [v.visitedOn, v.cash])).toEqual([['2014-03-01', '2000.00'], ['2014-10-02', '300.00']]);
    const byOccasion = await q({ f: f({}), s: [{ field: 'occasion', direction: 'ASC' }, { field: 'cash', direction: 'ASC' }] });
    expect(cash(byOccasion)).toEqual(['300.00', '1000.00', '2000.00', '299.99']);
    for (const take of [0, 501]) expectError(await t.gql(LIST, { take }, t.tokens.analyst), 'BAD_USER_INPUT', 'take');
    expectError(await t.gql(LIST, { f: { streetId: '-1' } }, t.tokens.analyst), 'BAD_USER_INPUT', 'filter.streetId');
    expectError(await t.gql(LIST, { s: [{ field: 'goods', direction: 'ASC' }] }, t.tokens.analyst), 'BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for 2 and 500 visits with residents and centers', async () => {
    // enough rows (each with its own resident, some with a center) that take 500 returns more than take 2
    for (let i = 0; i < 4; i++) {
      const r = await resident(`计数${i}`, `1945-01-0${i + 1}`, {}, 1);
      await createOk({ visitedOn: '2016-02-02', occasion: 'SPRING_FESTIVAL', residentId: r, centerId: i % 2 ? centers[i % 2] : null, cash: '100.00' });
    }
    const q = `query($take: Int, $f: VisitFilter) { visits(take: $take, filter: $f) { totalItems items { cash resident { name birthDate } center { code name } } } }`;
    for (const f of [null, { streetId: streets[1] }]) {
      let items = 0;
      const small = await t.countSql(() => t.gql(q, { take: 2, f }, t.tokens.analyst));
      const large = await t.countSql(async () => (items = (await t.gql(q, { take: 500, f }, t.tokens.analyst)).data.visits.items.length));
      expect(items).toBeGreaterThan(3);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(6);
    }
  });
});
