import { makeIdNumber } from '../src/common/id-number';
import { expectError, startTestApp, TestApp } from './util';

/** `residentsAfter`: keyset (cursor) pagination for partners' bulk sync. */
describe('residentsAfter: keyset pagination for bulk sync', () => {
  let t: TestApp;
  let communityId: string;
  let otherCommunityId: string;
  const all: { id: string; eligible: boolean; communityId: string }[] = [];

  const PAGE = `query($after: String, $take: Int, $f: ResidentFilter) { residentsAfter(after: $after, take: $take, filter: $f) { items { id name idNumber phone } nextCursor } }`;
  const keyReq = (key: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, null, { 'x-api-key': key });
  const newKey = async (scopes: string[]) => {
    const r = await t.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, { i: { name: `k-${scopes.join('+')}`, scopes } }, t.tokens.admin);
    expect(r.errors).toBeUndefined();
    return r.data.createApiKey.key as string;
  };

  /** Walks every page; returns the ids in order and the number of pages. */
  async function walk(send: (after: string | null) => Promise<any>): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r = await send(after);
      expect(r.errors).toBeUndefined();
      const page = r.data.residentsAfter;
      ids.push(...page.items.map((i: { id: string }) => i.id));
      after = page.nextCursor;
      pages++;
      expect(pages).toBeLessThan(50);
    } while (after);
    return { ids, pages };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.gql(`mutation { createStreet(input: { name: "东门街道" }) { id } }`, {}, t.tokens.officer);
    const mk = async (name: string) => (await t.gql(`mutation($s: ID!, $n: String!) { createCommunity(input: { name: $n, streetId: $s }) { id } }`, { s: s.data.createStreet.id, n: name }, t.tokens.officer)).data.createCommunity.id;
    communityId = await mk('湖贝社区');
    otherCommunityId = await mk('黄贝社区');
    // 7 residents: 4 eligible for the free exam, 3 not (employer, unregistered, under 60)
    const people = [
      { birth: '1930-02-01', hasEmployer: false, householdRegistered: true, c: communityId },
      { birth: '1941-05-12', hasEmployer: true, householdRegistered: true, c: communityId },
      { birth: '1945-08-30', hasEmployer: false, householdRegistered: true, c: otherCommunityId },
      { birth: '1950-11-11', hasEmployer: false, householdRegistered: false, c: communityId },
      { birth: '1952-01-20', hasEmployer: false, householdRegistered: true, c: communityId },
      { birth: '1980-06-06', hasEmployer: false, householdRegistered: true, c: otherCommunityId },
      { birth: '1948-03-03', hasEmployer: false, householdRegistered: true, c: otherCommunityId },
    ];
    for (const [i, p] of people.entries()) {
      const r = await t.gql(
        `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
        { i: { name: `居民${i}`, gender: 'MALE', idNumber: makeIdNumber('440303', p.birth, 200 + i, 'MALE'), birthDate: p.birth, communityId: p.c, householdRegistered: p.householdRegistered, hasEmployer: p.hasEmployer, phone: '13800001234' } },
        t.tokens.officer,
      );
      expect(r.errors).toBeUndefined();
      all.push({ id: r.data.createResident.id, eligible: p.householdRegistered && !p.hasEmployer && p.birth < '1960', communityId: p.c });
    }
  });
  afterAll(() => t.close());

  const sortedIds = (xs: { id: string }[]) => xs.map((x) => x.id).sort((a, b) => Number(a) - Number(b));

  it('pages through all residents with take 2: each exactly once, by id ascending, nextCursor null at the end', async () => {
    const { ids, pages } = await walk((after) => t.gql(PAGE, { after, take: 2 }, t.tokens.officer));
    expect(ids).toEqual(sortedIds(all));
    expect(new Set(ids).size).toBe(all.length);
    expect(pages).toBe(4); // 2 + 2 + 2 + 1
    // an exact multiple of take also ends with nextCursor null, without an empty extra page
    const seven = await t.gql(PAGE, { after: null, take: 7 }, t.tokens.officer);
    expect(seven.data.residentsAfter.items).toHaveLength(7);
    expect(seven.data.residentsAfter.nextCursor).toBeNull();
  });

  it('uses an index seek on the id (WHERE id > ?), never OFFSET', async () => {
    const seen = await t.captureSql(async () => {
      const first = await t.gql(PAGE, { after: null, take: 2 }, t.tokens.officer);
      await t.gql(PAGE, { after: first.data.residentsAfter.nextCursor, take: 2 }, t.tokens.officer);
    });
    const selects = seen.filter((q) => /FROM\s+[`"]?resident[`"]?\s/i.test(q));
    expect(selects.length).toBeGreaterThanOrEqual(2);
    for (const q of selects) {
      expect(q).not.toMatch(/OFFSET/i);
      expect(q).toMatch(/\.[`"]?id[`"]?\s*>\s*(\?|\d+)/);
      expect(q).toMatch(/ORDER BY\s+[`"]?r[`"]?\.[`"]?id[`"]?\s+ASC/i);
    }
  });

  it('applies the filters of residents', async () => {
    const { ids } = await walk((after) => t.gql(PAGE, { after, take: 2, f: { communityId: otherCommunityId } }, t.tokens.analyst));
    expect(ids).toEqual(sortedIds(all.filter((r) => r.communityId === otherCommunityId)));
    const eligible = await walk((after) => t.gql(PAGE, { after, take: 3, f: { freeExamEligible: true, asOf: '2016-06-30' } }, t.tokens.officer));
    expect(eligible.ids).toEqual(sortedIds(all.filter((r) => r.eligible)));
  });

  it('masks ID numbers and phones as residents does', async () => {
    const analyst = await t.gql(PAGE, { take: 500 }, t.tokens.analyst);
    for (const r of analyst.data.residentsAfter.items) {
      expect(r.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
      expect(r.phone).toMatch(/^\*+1234$/);
    }
    const officer = await t.gql(PAGE, { take: 1 }, t.tokens.officer);
    expect(officer.data.residentsAfter.items[0].idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('rejects a tampered or foreign cursor and a bad take with BAD_USER_INPUT', async () => {
    const first = await t.gql(PAGE, { take: 2 }, t.tokens.officer);
    const cursor: string = first.data.residentsAfter.nextCursor;
    const decoded = Buffer.from(cursor, 'base64url').toString();
    const tampered = [
      cursor.slice(0, -1) + (cursor.endsWith('A') ? 'B' : 'A'),
      Buffer.from(decoded.replace(/\d+$/, '1 OR 1=1')).toString('base64url'),
      Buffer.from('Center:3').toString('base64url'),
      Buffer.from('Resident:-1').toString('base64url'),
      Buffer.from('Resident:0').toString('base64url'),
      'not a cursor!',
      '',
      'x'.repeat(200),
    ];
    for (const after of tampered) expectError(await t.gql(PAGE, { after, take: 2 }, t.tokens.officer), 'BAD_USER_INPUT', 'after');
    expectError(await t.gql(PAGE, { take: 0 }, t.tokens.officer), 'BAD_USER_INPUT', 'take');
    expectError(await t.gql(PAGE, { take: 501 }, t.tokens.officer), 'BAD_USER_INPUT', 'take');
  });

  it('gives exams:read and exams:write keys only eligible residents and only the fields their scopes open', async () => {
    for (const scope of ['exams:read', 'exams:write']) {
      const key = await newKey([scope]);
      const q = `query($after: String) { residentsAfter(after: $after, take: 2, filter: { asOf: "2016-06-30", freeExamEligible: false }) { items { id name age idNumber community { name } } nextCursor } }`;
      const { ids } = await walk((after) => keyReq(key, q, { after }));
      expect(ids).toEqual(sortedIds(all.filter((r) => r.eligible))); // freeExamEligible forced true for keys
      const page = await keyReq(key, q, { after: null });
      for (const r of page.data.residentsAfter.items) expect(r.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
      const phone = await keyReq(key, `{ residentsAfter(take: 2) { items { id phone } } }`);
      expectError(phone, 'FORBIDDEN');
      expect(JSON.stringify(phone.body)).not.toContain('1234');
      expectError(await keyReq(key, `{ residentsAfter(take: 2) { items { id hardship } } }`), 'FORBIDDEN');
    }
    for (const scope of ['centers:read', 'statistics:read']) expectError(await keyReq(await newKey([scope]), `{ residentsAfter { nextCursor } }`), 'FORBIDDEN');
    expectError(await t.gql(`{ residentsAfter { nextCursor } }`), 'UNAUTHENTICATED');
  });
});
