import { startTestApp, TestApp, expectError } from './util';

const CENTER_FIELDS = `id code name version floorArea serviceScore plaqueDate elderlyCount disabledCount status contactPhone
  community { id name street { id name } } street { name } association { id name }`;

describe('streets, communities and centers', () => {
  let t: TestApp;
  let streetId: string;
  let communityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.gql(`mutation { createStreet(input: { name: "翠竹街道" }) { id name version } }`, {}, t.tokens.officer);
    streetId = s.data.createStreet.id;
    const c = await t.gql(
      `mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id name street { name } } }`,
      { i: { name: '百仕达社区', streetId } },
      t.tokens.officer,
    );
    expect(c.data.createCommunity.street.name).toBe('翠竹街道');
    communityId = c.data.createCommunity.id;
  });
  afterAll(() => t.close());

  const centerInput = (over: Record<string, unknown> = {}) => ({
    code: 'XG-CZ-001', name: '百仕达社区星光老年之家', communityId: undefined as unknown, floorArea: 250.5, plaqueDate: '2010-05-01',
    elderlyCount: 1200, disabledCount: 80, serviceScore: 88.5, contactName: '王秀英', contactPhone: '13800138000', ...over,
  });

  it('refuses anonymous requests except login', async () => {
    const r = await t.gql(`{ centers { totalItems } }`);
    expectError(r, 'UNAUTHENTICATED');
    const l = await t.gql(`mutation { login(email: "officer@test.example", password: "wrong-password") { token } }`);
    expectError(l, 'UNAUTHENTICATED');
  });

  it('creates a center and reads it back with its relations', async () => {
    const r = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { ${CENTER_FIELDS} } }`, { i: centerInput({ communityId }) }, t.tokens.officer);
    expect(r.errors).toBeUndefined();
    const c = r.data.createCenter;
    expect(c).toMatchObject({ code: 'XG-CZ-001', floorArea: 250.5, serviceScore: 88.5, version: 1, status: 'ACTIVE', contactPhone: '13800138000' });
    expect(c.community.street.name).toBe('翠竹街道');
    const one = await t.gql(`query($id: ID!) { center(id: $id) { code contactPhone } }`, { id: c.id }, t.tokens.analyst);
    expect(one.data.center.code).toBe('XG-CZ-001');
    expect(one.data.center.contactPhone).toBe('*******8000');
    const missing = await t.gql(`{ center(id: "999999") { id } }`, {}, t.tokens.analyst);
    expect(missing.data.center).toBeNull();
  });

  it('rejects bad values with BAD_USER_INPUT on the field, and changes nothing', async () => {
    const count = async () => (await t.gql(`{ centers { totalItems } }`, {}, t.tokens.officer)).data.centers.totalItems;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ floorArea: 0 }, 'floorArea'],
      [{ floorArea: 5000.01 }, 'floorArea'],
      [{ floorArea: 12.345 }, 'floorArea'],
      [{ serviceScore: 88.55 }, 'serviceScore'],
      [{ serviceScore: 100.1 }, 'serviceScore'],
      [{ elderlyCount: -1 }, 'elderlyCount'],
      [{ plaqueDate: '2999-01-01' }, 'plaqueDate'],
      [{ plaqueDate: '2016-02-30' }, 'plaqueDate'],
      [{ code: 'bad code' }, 'code'],
      [{ communityId: 'abc' }, 'communityId'],
      [{ communityId: '424242' }, 'communityId'],
    ];
    for (const [over, field] of cases) {
      const r = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: centerInput({ communityId, code: 'XG-CZ-099', ...over }) }, t.tokens.officer);
      expectError(r, 'BAD_USER_INPUT', field);
      expect(r.errors![0].message).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    }
    const dup = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: centerInput({ communityId }) }, t.tokens.officer);
    expectError(dup, 'CONFLICT');
    expect(await count()).toBe(before);
  });

  it('patches with a version check: a stale version is CONFLICT and writes nothing', async () => {
    const created = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id version } }`, { i: centerInput({ communityId, code: 'XG-CZ-002' }) }, t.tokens.officer);
    const { id } = created.data.createCenter;
    const u1 = await t.gql(`mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { version name serviceScore contactPhone } }`, { i: { id, version: 1, name: '改名', contactPhone: null } }, t.tokens.officer);
    expect(u1.data.updateCenter).toEqual({ version: 2, name: '改名', serviceScore: 88.5, contactPhone: null });
    const stale = await t.gql(`mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { version } }`, { i: { id, version: 1, name: '又改名' } }, t.tokens.officer);
    expectError(stale, 'CONFLICT');
    const now = await t.gql(`query($id: ID!) { center(id: $id) { name version } }`, { id }, t.tokens.officer);
    expect(now.data.center).toEqual({ name: '改名', version: 2 });
    const cleared = await t.gql(`mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { id } }`, { i: { id, version: 2, floorArea: null } }, t.tokens.officer);
    expectError(cleared, 'BAD_USER_INPUT', 'floorArea');
  });

  it('lets analysts read but not write', async () => {
    const r = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: centerInput({ communityId, code: 'XG-CZ-003' }) }, t.tokens.analyst);
    expectError(r, 'FORBIDDEN');
  });

  it('filters, searches, sorts and pages', async () => {
    for (let i = 10; i < 16; i++) {
      const r = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: centerInput({ communityId, code: `XG-CZ-0${i}`, name: `测试${i}_中心`, serviceScore: 50 + i }) }, t.tokens.officer);
      expect(r.errors).toBeUndefined();
    }
    const q = `query($f: CenterFilter, $s: [CenterSort!], $skip: Int, $take: Int) { centers(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems items { code serviceScore } } }`;
    const all = await t.gql(q, { f: { streetId }, s: [{ field: 'serviceScore', direction: 'DESC' }], take: 3 }, t.tokens.analyst);
    expect(all.data.centers.totalItems).toBe(8);
    // 001 and 002 have the same score: ties follow the id in the sort's direction (DESC: the later one first)
    expect(all.data.centers.items.map((c: any) => c.code)).toEqual(['XG-CZ-002', 'XG-CZ-001', 'XG-CZ-015']);
    const min = await t.gql(q, { f: { serviceScoreMin: 63, serviceScoreMax: 64.9 } }, t.tokens.analyst);
    expect(min.data.centers.items.map((c: any) => c.code)).toEqual(['XG-CZ-013', 'XG-CZ-014']);
    const search = await t.gql(q, { f: { q: '12_' } }, t.tokens.analyst);
    expect(search.data.centers.items.map((c: any) => c.code)).toEqual(['XG-CZ-012']);
    const wildcard = await t.gql(q, { f: { q: '%' } }, t.tokens.analyst);
    expect(wildcard.data.centers.totalItems).toBe(0);
    const page2 = await t.gql(q, { s: [{ field: 'code', direction: 'ASC' }], skip: 2, take: 2 }, t.tokens.analyst);
    expect(page2.data.centers.items.map((c: any) => c.code)).toEqual(['XG-CZ-010', 'XG-CZ-011']);
    for (const take of [0, -1, 501, 1000000]) expectError(await t.gql(q, { take }, t.tokens.analyst), 'BAD_USER_INPUT', 'take');
    expectError(await t.gql(q, { f: { ids: ['abc'] } }, t.tokens.analyst), 'BAD_USER_INPUT');
  });

  it('refuses to delete a referenced community, deletes with the right version', async () => {
    const r = await t.gql(`mutation($id: ID!) { deleteCommunity(id: $id, version: 1) }`, { id: communityId }, t.tokens.officer);
    expectError(r, 'INVALID_STATE');
    const c = await t.gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: centerInput({ communityId, code: 'XG-CZ-DEL' }) }, t.tokens.officer);
    const id = c.data.createCenter.id;
    expectError(await t.gql(`mutation($id: ID!) { deleteCenter(id: $id, version: 7) }`, { id }, t.tokens.officer), 'CONFLICT');
    const d = await t.gql(`mutation($id: ID!) { deleteCenter(id: $id, version: 1) }`, { id }, t.tokens.officer);
    expect(d.data.deleteCenter).toBe(id);
    expectError(await t.gql(`mutation($id: ID!) { deleteCenter(id: $id, version: 1) }`, { id }, t.tokens.officer), 'NOT_FOUND');
  });

  it('refuses to move a community with associations to another street', async () => {
    const s2 = await t.gql(`mutation { createStreet(input: { name: "黄贝街道" }) { id } }`, {}, t.tokens.officer);
    const cm = await t.gql(`mutation($s: ID!) { createCommunity(input: { name: "新秀社区", streetId: $s }) { id version } }`, { s: streetId }, t.tokens.officer);
    const a = await t.gql(
      `mutation($i: CreateAssociationInput!) { createAssociation(input: $i) { id } }`,
      { i: { name: '新秀社区老年协会', level: 'COMMUNITY', streetId, communityId: cm.data.createCommunity.id, memberCount: 10 } },
      t.tokens.officer,
    );
    expect(a.errors).toBeUndefined();
    const move = await t.gql(`mutation($i: UpdateCommunityInput!) { updateCommunity(input: $i) { id } }`, { i: { id: cm.data.createCommunity.id, version: 1, streetId: s2.data.createStreet.id } }, t.tokens.officer);
    expectError(move, 'INVALID_STATE');
    const rename = await t.gql(`mutation($i: UpdateCommunityInput!) { updateCommunity(input: $i) { name street { name } } }`, { i: { id: cm.data.createCommunity.id, version: 1, name: '新秀' } }, t.tokens.officer);
    expect(rename.data.updateCommunity).toEqual({ name: '新秀', street: { name: '翠竹街道' } });
  });

  it('costs the same number of SQL statements for 5 and 500 centers with relations', async () => {
    const q = `query($take: Int) { centers(take: $take) { totalItems items { code community { name street { name } } street { name } association { name } } } }`;
    const small = await t.countSql(() => t.gql(q, { take: 2 }, t.tokens.analyst));
    const large = await t.countSql(() => t.gql(q, { take: 500 }, t.tokens.analyst));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });
});
