import { startTestApp, TestApp, expectError } from './util';
import { makeIdNumber } from '../src/common/id-number';

const FIELDS = `id name level version memberCount foundedOn presidentName phone streetId communityId
  street { id name } community { id name } centers { code } centerCount memberResidentCount`;

// a real server and database per suite: generous timeouts for a loaded machine
jest.setTimeout(60_000);

describe('associations', () => {
  let t: TestApp;
  let s1: string; // 翠竹街道 with communities c1a, c1b
  let s2: string; // 东门街道 with community c2a
  let c1a: string;
  let c1b: string;
  let c2a: string;

  const officer = () => t.tokens.officer;
  const create = (input: Record<string, unknown>, token = t.tokens.officer, fields = FIELDS) =>
    t.gql(`mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { ${fields} } }`, { i: input }, token);
  const update = (input: Record<string, unknown>, token = t.tokens.officer, fields = FIELDS) =>
    t.gql(`mutation($i: UpdateAssociationInput!) { updateAssociation(input: $i) { ${fields} } }`, { i: input }, token);
  const get = async (id: string, fields = FIELDS, token = t.tokens.officer) =>
    (await t.gql(`query($id: ID!) { association(id: $id) { ${fields} } }`, { id }, token)).data.association;
  const count = async () => (await t.gql(`{ associations { totalItems } }`, {}, t.tokens.officer)).data.associations.totalItems;
  const LIST = `query($f: AssociationFilter, $s: [AssociationSort!], $skip: Int, $take: Int) {
    associations(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems items { id name } } }`;
  const names = async (vars: Record<string, unknown>, token = t.tokens.analyst) => {
    const r = await t.gql(LIST, { take: 500, ...vars }, token);
    expect(r.errors).toBeUndefined();
    return r.data.associations.items.map((a: { name: string }) => a.name);
  };

  const street = async (name: string) =>
    (await t.gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: name }, officer())).data.createStreet.id as string;
  const community = async (name: string, streetId: string) =>
    (await t.gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name, streetId } }, officer())).data.createCommunity
      .id as string;

  beforeAll(async () => {
    t = await startTestApp();
    s1 = await street('翠竹街道');
    s2 = await street('东门街道');
    c1a = await community('百仕达社区', s1);
    c1b = await community('翠竹社区', s1);
    c2a = await community('湖贝社区', s2);
  });
  afterAll(() => t.close());

  it('refuses anonymous requests and analyst writes', async () => {
    expectError(await t.gql(`{ associations { totalItems } }`), 'UNAUTHENTICATED');
    expectError(await t.gql(`{ association(id: "1") { id } }`), 'UNAUTHENTICATED');
    expectError(await create({ name: '匿名', level: 'STREET', streetId: s1 }, null as never), 'UNAUTHENTICATED');
    expectError(await create({ name: '分析员协会', level: 'STREET', streetId: s1 }, t.tokens.analyst), 'FORBIDDEN');
    const ok = await create({ name: '权限测试协会', level: 'STREET', streetId: s1 }, t.tokens.admin);
    expect(ok.errors).toBeUndefined();
    const { id, version } = ok.data.createAssociation;
    expectError(await update({ id, version, name: '改名' }, t.tokens.analyst), 'FORBIDDEN');
    expectError(await t.gql(`mutation($id: ID!) { deleteAssociation(id: $id, version: 1) }`, { id }, t.tokens.analyst), 'FORBIDDEN');
    expectError(await t.gql(`mutation($id: ID!) { deleteAssociation(id: $id, version: 1) }`, { id }), 'UNAUTHENTICATED');
    expect(await get(id, 'name version')).toEqual({ name: '权限测试协会', version: 1 });
    expect((await t.gql(`mutation($id: ID!) { deleteAssociation(id: $id, version: 1) }`, { id }, officer())).data.deleteAssociation).toBe(id);
  });

  it('creates street- and community-level associations and reads them back with their relations', async () => {
    const st = await create({ name: '翠竹街道老年协会', level: 'STREET', streetId: s1, presidentName: '李建国', phone: '0755-82345678', memberCount: 320, foundedOn: '2005-09-01' });
    expect(st.errors).toBeUndefined();
    expect(st.data.createAssociation).toMatchObject({
      name: '翠竹街道老年协会', level: 'STREET', version: 1, memberCount: 320, foundedOn: '2005-09-01', presidentName: '李建国',
      phone: '0755-82345678', streetId: s1, communityId: null, street: { id: s1, name: '翠竹街道' }, community: null,
      centers: [], centerCount: 0, memberResidentCount: 0,
    });
    const cm = await create({ name: '  百仕达社区老年人协会 ', level: 'COMMUNITY', streetId: s1, communityId: c1a });
    expect(cm.errors).toBeUndefined();
    expect(cm.data.createAssociation).toMatchObject({
      name: '百仕达社区老年人协会', level: 'COMMUNITY', memberCount: 0, foundedOn: null, presidentName: null, phone: null,
      community: { id: c1a, name: '百仕达社区' }, street: { name: '翠竹街道' },
    });
    // today is allowed for foundedOn
    const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
    const td = await create({ name: '今日成立协会', level: 'COMMUNITY', streetId: s2, communityId: c2a, foundedOn: today });
    expect(td.errors).toBeUndefined();
    expect(td.data.createAssociation.foundedOn).toBe(today);
    expect((await t.gql(`{ association(id: "987654") { id } }`, {}, t.tokens.analyst)).data.association).toBeNull();
    expectError(await t.gql(`{ association(id: "x") { id } }`, {}, t.tokens.analyst), 'BAD_USER_INPUT', 'id');
  });

  it('masks the phone for analysts, not for officers and admins', async () => {
    const r = await create({ name: '电话测试协会', level: 'STREET', streetId: s2, phone: '13912345678' });
    const { id } = r.data.createAssociation;
    expect((await get(id, 'phone', t.tokens.officer)).phone).toBe('13912345678');
    expect((await get(id, 'phone', t.tokens.admin)).phone).toBe('13912345678');
    expect((await get(id, 'phone', t.tokens.analyst)).phone).toBe('*******5678');
    const list = await t.gql(`query($f: AssociationFilter) { associations(filter: $f) { items { phone } } }`, { f: { ids: [id] } }, t.tokens.analyst);
    expect(list.data.associations.items).toEqual([{ phone: '*******5678' }]);
  });

  it('rejects invalid input with BAD_USER_INPUT on the field and changes nothing', async () => {
    const before = await count();
    const base = { name: '校验协会', level: 'COMMUNITY', streetId: s1, communityId: c1b, memberCount: 10, foundedOn: '2010-01-01' };
    const cases: [Record<string, unknown>, string, RegExp?][] = [
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: '长'.repeat(201) }, 'name'],
      [{ communityId: null }, 'communityId', /COMMUNITY-level/],
      [{ communityId: c2a }, 'communityId', /belongs to street/],
      [{ communityId: '424242' }, 'communityId', /does not exist/],
      [{ communityId: 'abc' }, 'communityId'],
      [{ level: 'STREET' }, 'communityId', /STREET-level/],
      [{ level: 'DISTRICT' }, 'level'],
      [{ streetId: '424242', communityId: null, level: 'STREET' }, 'streetId', /does not exist/],
      [{ streetId: 'abc' }, 'streetId'],
      [{ streetId: s2 }, 'communityId', /belongs to street/],
      [{ memberCount: -1 }, 'memberCount'],
      [{ memberCount: 1.5 }, 'memberCount'],
      [{ foundedOn: '2999-01-01' }, 'foundedOn', /future/],
      [{ foundedOn: '2016-02-30' }, 'foundedOn'],
      [{ phone: 'call me' }, 'phone'],
      [{ presidentName: '名'.repeat(51) }, 'presidentName'],
    ];
    for (const [over, field, msg] of cases) {
      const r = await create({ ...base, ...over }, officer(), 'id');
      const e = expectError(r, 'BAD_USER_INPUT', field);
      if (msg) expect(e.message).toMatch(msg);
      expect(e.message).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    }
    expect(await count()).toBe(before);
    // the valid base is accepted
    expect((await create(base, officer(), 'id')).errors).toBeUndefined();
  });

  it('patches with validation of the merged record; a stale version is CONFLICT and writes nothing', async () => {
    const r = await create({ name: '补丁协会', level: 'COMMUNITY', streetId: s1, communityId: c1a, presidentName: '张三', phone: '13800000001', memberCount: 5 });
    const { id } = r.data.createAssociation;
    const u1 = await update({ id, version: 1, memberCount: 6, presidentName: null, phone: null });
    expect(u1.errors).toBeUndefined();
    expect(u1.data.updateAssociation).toMatchObject({ version: 2, memberCount: 6, presidentName: null, phone: null, communityId: c1a, name: '补丁协会' });
    const snapshot = await get(id);
    // level → STREET while the community is still set
    expectError(await update({ id, version: 2, level: 'STREET' }), 'BAD_USER_INPUT', 'communityId');
    // street moves, the community stays on the old street
    expectError(await update({ id, version: 2, streetId: s2 }), 'BAD_USER_INPUT', 'communityId');
    // a community of another street
    expectError(await update({ id, version: 2, communityId: c2a }), 'BAD_USER_INPUT', 'communityId');
    // clearing the community of a COMMUNITY-level association
    expectError(await update({ id, version: 2, communityId: null }), 'BAD_USER_INPUT', 'communityId');
    for (const k of ['name', 'level', 'streetId', 'memberCount']) expectError(await update({ id, version: 2, [k]: null }), 'BAD_USER_INPUT', k);
    expectError(await update({ id, version: 2, memberCount: -3 }), 'BAD_USER_INPUT', 'memberCount');
    expectError(await update({ id, version: 2, foundedOn: '2999-12-31' }), 'BAD_USER_INPUT', 'foundedOn');
    expect(await get(id)).toEqual(snapshot);

    // a consistent move: to another street and its community together
    const moved = await update({ id, version: 2, streetId: s2, communityId: c2a });
    expect(moved.data.updateAssociation).toMatchObject({ version: 3, street: { name: '东门街道' }, community: { name: '湖贝社区' } });
    // to street level, clearing the community explicitly
    const lv = await update({ id, version: 3, level: 'STREET', communityId: null });
    expect(lv.data.updateAssociation).toMatchObject({ version: 4, level: 'STREET', communityId: null, community: null });

    const stale = await update({ id, version: 3, name: '过期' });
    const e = expectError(stale, 'CONFLICT');
    expect(e.extensions?.currentVersion).toBe(4);
    expect(await get(id, 'name version')).toEqual({ name: '补丁协会', version: 4 });
    expectError(await update({ id: '999999', version: 1, name: 'x' }), 'NOT_FOUND');
  });

  it('has centers and member residents (batched), and refuses to delete while referenced', async () => {
    const a = (await create({ name: '引用协会', level: 'COMMUNITY', streetId: s1, communityId: c1b })).data.createAssociation;
    const centerIn = (code: string) => ({
      code, name: `${code} 星光老年之家`, communityId: c1b, floorArea: 200, plaqueDate: '2012-01-01', elderlyCount: 100, disabledCount: 5, serviceScore: 80,
      associationId: a.id,
    });
    const cen = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id version } }`, { i: centerIn('XG-AS-001') }, officer());
    expect(cen.errors).toBeUndefined();
    await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: centerIn('XG-AS-002') }, officer());
    const res = await t.gql(
      `mutation($i: CreateResidentInput!) { createResident(input: $i) { id version } }`,
      { i: { name: '会员甲', gender: 'MALE', idNumber: makeIdNumber('440303', '1950-03-03', 11, 'MALE'), birthDate: '1950-03-03', communityId: c1b, associationId: a.id } },
      officer(),
    );
    expect(res.errors).toBeUndefined();
    await t.gql(
      `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
      { i: { name: '会员乙', gender: 'FEMALE', idNumber: makeIdNumber('440303', '1951-04-04', 12, 'FEMALE'), birthDate: '1951-04-04', communityId: c1b, associationId: a.id } },
      officer(),
    );
    expect(await get(a.id, 'centers { code } centerCount memberResidentCount')).toEqual({
      centers: [{ code: 'XG-AS-001' }, { code: 'XG-AS-002' }], centerCount: 2, memberResidentCount: 2,
    });

    const del = () => t.gql(`mutation($id: ID!, $v: Int!) { deleteAssociation(id: $id, version: $v) }`, { id: a.id, v: 1 }, officer());
    const e1 = expectError(await del(), 'INVALID_STATE');
    expect(e1.message).toMatch(/2 center\(s\) and 2 resident\(s\)/);
    // detach the centers: the residents still hold it
    for (const code of ['XG-AS-001', 'XG-AS-002']) {
      const c = (await t.gql(`query($f: CenterFilter) { centers(filter: $f) { items { id version } } }`, { f: { q: code } }, officer())).data.centers.items[0];
      expect((await t.gql(`mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { id } }`, { i: { id: c.id, version: c.version, associationId: null } }, officer())).errors).toBeUndefined();
    }
    expectError(await del(), 'INVALID_STATE');
    const rs = (await t.gql(`query($f: ResidentFilter) { residents(filter: $f) { items { id version } } }`, { f: { associationId: a.id } }, officer())).data.residents.items;
    expect(rs).toHaveLength(2);
    for (const r of rs) {
      expect((await t.gql(`mutation($i: UpdateResidentInput!) { updateResident(input: $i) { id } }`, { i: { id: r.id, version: r.version, associationId: null } }, officer())).errors).toBeUndefined();
    }
    expect(await get(a.id, 'centerCount memberResidentCount')).toEqual({ centerCount: 0, memberResidentCount: 0 });
    expectError(await t.gql(`mutation($id: ID!) { deleteAssociation(id: $id, version: 7) }`, { id: a.id }, officer()), 'CONFLICT');
    expect((await del()).data.deleteAssociation).toBe(a.id);
    expect(await get(a.id, 'id')).toBeNull();
    expectError(await del(), 'NOT_FOUND');
  });

  describe('filters, sorting and paging', () => {
    let s3: string;
    let c3a: string;
    let c3b: string;
    beforeAll(async () => {
      s3 = await street('筛选街道');
      c3a = await community('甲社区', s3);
      c3b = await community('乙社区', s3);
      const rows = [
        { name: '筛选-甲', level: 'STREET', streetId: s3, presidentName: '王秀英', memberCount: 50, foundedOn: '2001-01-01' },
        { name: '筛选-乙', level: 'COMMUNITY', streetId: s3, communityId: c3a, presidentName: '赵丽', memberCount: 10, foundedOn: '1999-05-05' },
        { name: '筛选-丙', level: 'COMMUNITY', streetId: s3, communityId: c3a, presidentName: '孙强', memberCount: 30, foundedOn: null },
        { name: '筛选-丁 100%', level: 'COMMUNITY', streetId: s3, communityId: c3b, presidentName: '周_明', memberCount: 20, foundedOn: '2010-10-10' },
      ];
      for (const r of rows) expect((await create(r, officer(), 'id')).errors).toBeUndefined();
    });

    it('filters by street, community, level, ids and text (name and president)', async () => {
      expect(await names({ f: { streetId: s3 } })).toEqual(['筛选-甲', '筛选-乙', '筛选-丙', '筛选-丁 100%']);
      expect(await names({ f: { communityId: c3a } })).toEqual(['筛选-乙', '筛选-丙']);
      expect(await names({ f: { streetId: s3, level: 'STREET' } })).toEqual(['筛选-甲']);
      expect(await names({ f: { streetId: s3, level: 'COMMUNITY' } })).toEqual(['筛选-乙', '筛选-丙', '筛选-丁 100%']);
      expect(await names({ f: { q: '秀英' } })).toEqual(['筛选-甲']);
      expect(await names({ f: { q: '筛选-丙' } })).toEqual(['筛选-丙']);
      expect(await names({ f: { q: '100%' } })).toEqual(['筛选-丁 100%']);
      expect(await names({ f: { q: '%' } })).toEqual(['筛选-丁 100%']);
      expect(await names({ f: { q: '_' } })).toEqual(['筛选-丁 100%']);
      const all = (await t.gql(LIST, { f: { streetId: s3 } }, t.tokens.analyst)).data.associations.items;
      expect(await names({ f: { ids: [all[1].id, all[3].id] } })).toEqual(['筛选-乙', '筛选-丁 100%']);
      expect(await names({ f: { ids: [] } })).toEqual([]);
      expectError(await t.gql(LIST, { f: { ids: ['abc'] } }, t.tokens.analyst), 'BAD_USER_INPUT');
      expectError(await t.gql(LIST, { f: { streetId: 'abc' } }, t.tokens.analyst), 'BAD_USER_INPUT', 'filter.streetId');
      expectError(await t.gql(LIST, { f: { level: 'CITY' } }, t.tokens.analyst), 'BAD_USER_INPUT');
      expect(await names({ f: { streetId: s3, communityId: c2a } })).toEqual([]);
    });

    it('sorts by every whitelisted field and pages', async () => {
      const f = { streetId: s3 };
      expect(await names({ f, s: [{ field: 'memberCount', direction: 'DESC' }] })).toEqual(['筛选-甲', '筛选-丙', '筛选-丁 100%', '筛选-乙']);
      expect(await names({ f, s: [{ field: 'memberCount', direction: 'ASC' }] })).toEqual(['筛选-乙', '筛选-丁 100%', '筛选-丙', '筛选-甲']);
      const founded = await names({ f, s: [{ field: 'foundedOn', direction: 'ASC' }] });
      // NULL sorts first on both SQLite and MySQL in ascending order
      expect(founded).toEqual(['筛选-丙', '筛选-乙', '筛选-甲', '筛选-丁 100%']);
      expect(await names({ f, s: [{ field: 'level', direction: 'DESC' }, { field: 'memberCount', direction: 'ASC' }] })).toEqual([
        '筛选-甲', '筛选-乙', '筛选-丁 100%', '筛选-丙',
      ]);
      expect(await names({ f, s: [{ field: 'id', direction: 'DESC' }] })).toEqual(['筛选-丁 100%', '筛选-丙', '筛选-乙', '筛选-甲']);
      expect(await names({ f, s: [{ field: 'createdAt', direction: 'ASC' }] })).toEqual(['筛选-甲', '筛选-乙', '筛选-丙', '筛选-丁 100%']);
      // CJK ideographs compare by code point on both databases: 丁 < 丙 < 乙 < 甲
      expect(await names({ f, s: [{ field: 'name', direction: 'ASC' }] })).toEqual(['筛选-丁 100%', '筛选-丙', '筛选-乙', '筛选-甲']);
      expect(await names({ f, s: [{ field: 'name', direction: 'DESC' }] })).toEqual(['筛选-甲', '筛选-乙', '筛选-丙', '筛选-丁 100%']);
      const page = await t.gql(LIST, { f, s: [{ field: 'memberCount', direction: 'ASC' }], skip: 1, take: 2 }, t.tokens.analyst);
      expect(page.data.associations).toEqual({ totalItems: 4, items: [expect.objectContaining({ name: '筛选-丁 100%' }), expect.objectContaining({ name: '筛选-丙' })] });
      const beyond = await t.gql(LIST, { f, skip: 10, take: 2 }, t.tokens.analyst);
      expect(beyond.data.associations).toEqual({ totalItems: 4, items: [] });
      for (const take of [0, 501]) expectError(await t.gql(LIST, { take }, t.tokens.analyst), 'BAD_USER_INPUT', 'take');
      expectError(await t.gql(LIST, { skip: -1 }, t.tokens.analyst), 'BAD_USER_INPUT', 'skip');
      expectError(await t.gql(LIST, { s: [{ field: 'phone', direction: 'ASC' }] }, t.tokens.analyst), 'BAD_USER_INPUT');
    });
  });

  it('costs the same number of SQL statements for 2 and 500 associations with all relations', async () => {
    const s4 = await street('计数街道');
    const c4 = await community('计数社区', s4);
    for (let i = 0; i < 12; i++) {
      const r = await create(i % 2 ? { name: `计数协会${i}`, level: 'STREET', streetId: s4, phone: '13700000000' } : { name: `计数协会${i}`, level: 'COMMUNITY', streetId: s4, communityId: c4 }, officer(), 'id');
      expect(r.errors).toBeUndefined();
      if (i < 3) {
        const cen = await t.gql(
          `mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`,
          { i: { code: `XG-CNT-00${i}`, name: `计数中心${i}`, communityId: c4, floorArea: 100, plaqueDate: '2012-01-01', elderlyCount: 10, disabledCount: 1, serviceScore: 70, associationId: r.data.createAssociation.id } },
          officer(),
        );
        expect(cen.errors).toBeUndefined();
      }
    }
    const q = `query($take: Int) { associations(take: $take) { totalItems items {
      name phone street { name } community { name street { name } } centers { code status } centerCount memberResidentCount } } }`;
    const r = await t.gql(q, { take: 500 }, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data.associations.items.length).toBeGreaterThanOrEqual(12);
    const small = await t.countSql(() => t.gql(q, { take: 2 }, t.tokens.analyst));
    const large = await t.countSql(() => t.gql(q, { take: 500 }, t.tokens.analyst));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});
