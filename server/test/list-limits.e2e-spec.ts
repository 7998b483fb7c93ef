import { expectError, insertResident, startTestApp, TestApp } from './util';

/**
 * Lists at city scale (common/list.ts, CrudService.list): totalItems is exact up to the list count limit and
 * flagged above it, pages start below the skip limit, pages after skip read ids first (deferred join) and still
 * come in the list's order; residents' `q` matches the start of the name. The limits are set to 5 and 4 here.
 */
describe('list count limit, deep pages and resident search', () => {
  let t: TestApp;
  let c1: string;
  let c2: string;
  const LIMIT = 5;
  const MAX_SKIP = 4;
  const LIST = `query($f: ResidentFilter, $s: [ResidentSort!], $skip: Int, $take: Int) {
    residents(filter: $f, sort: $s, skip: $skip, take: $take) { totalItems totalItemsExact items { id name birthDate } } }`;
  const list = async (vars: Record<string, unknown>, token = t.tokens.analyst) => {
    const r = await t.gql(LIST, vars, token);
    expect(r.errors).toBeUndefined();
    return r.data.residents as { totalItems: number; totalItemsExact: boolean; items: { id: string; name: string; birthDate: string }[] };
  };

  beforeAll(async () => {
    t = await startTestApp({ config: { limits: { listCountLimit: LIMIT, listMaxSkip: MAX_SKIP } } });
    const street = (await t.gql(`mutation { createStreet(input: { name: "限额街道" }) { id } }`, {}, t.tokens.officer)).data.createStreet.id;
    const community = async (name: string) =>
      (await t.gql(`mutation($s: ID!, $n: String!) { createCommunity(input: { name: $n, streetId: $s }) { id } }`, { s: street, n: name }, t.tokens.officer)).data.createCommunity.id;
    c1 = await community('限额一社区');
    c2 = await community('限额二社区');
    // 8 residents in c1 (two pairs with the same name), 3 in c2
    const people: [string, string, string][] = [
      ['王秀英', '1940-01-01', c1], ['王秀英', '1941-01-01', c1], ['李王明', '1942-01-01', c1], ['陈建国', '1943-01-01', c1],
      ['陈建国', '1944-01-01', c1], ['张桂兰', '1945-01-01', c1], ['刘德明', '1946-01-01', c1], ['黄玉珍', '1947-01-01', c1],
      ['王国华', '1948-01-01', c2], ['周淑珍', '1949-01-01', c2], ['吴志强', '1950-01-01', c2],
    ];
    for (const [name, birth, c] of people) await insertResident(t, name, birth, c);
  });
  afterAll(() => t.close());

  it('counts exactly up to the limit and flags the count above it', async () => {
    const all = await list({ take: 2 });
    expect(all).toMatchObject({ totalItems: LIMIT, totalItemsExact: false });
    expect(all.items).toHaveLength(2);
    expect(await list({ f: { communityId: c2 } })).toMatchObject({ totalItems: 3, totalItemsExact: true });
    const five = await list({ f: { ids: (await list({ take: 5 })).items.map((i) => i.id) } });
    expect(five).toMatchObject({ totalItems: 5, totalItemsExact: true }); // exactly the limit is still exact
    expect(await list({ f: { communityId: c1 } })).toMatchObject({ totalItems: LIMIT, totalItemsExact: false });
    // other lists too
    const centers = await t.gql(`{ centers { totalItems totalItemsExact } communities { totalItems totalItemsExact } }`, {}, t.tokens.analyst);
    expect(centers.data).toEqual({ centers: { totalItems: 0, totalItemsExact: true }, communities: { totalItems: 2, totalItemsExact: true } });
    // a table within the limit is counted without it (SQLite: countUpTo's CASE), its filters' parameters still bound
    const street = (await t.gql(`{ streets(filter: { q: "限额" }) { items { id } } }`, {}, t.tokens.analyst)).data.streets.items[0].id;
    const filtered = await t.gql(`query($s: ID, $q: String) { all: communities(filter: { streetId: $s }) { totalItems totalItemsExact } one: communities(filter: { streetId: $s, q: $q }) { totalItems totalItemsExact } }`, { s: street, q: '限额二' }, t.tokens.analyst);
    expect(filtered.data).toEqual({ all: { totalItems: 2, totalItemsExact: true }, one: { totalItems: 1, totalItemsExact: true } });
  });

  it('refuses a page that starts at or beyond the skip limit (BAD_USER_INPUT on skip) and serves the last one below it', async () => {
    const e = expectError(await t.gql(LIST, { skip: MAX_SKIP, take: 1 }, t.tokens.analyst), 'BAD_USER_INPUT', 'skip');
    expect(e.message).toMatch(/skip must be below 4: .*residentsAfter/);
    expect(e.extensions?.limit).toBe(MAX_SKIP);
    expectError(await t.gql(LIST, { skip: 1_000_000, take: 1 }, t.tokens.analyst), 'BAD_USER_INPUT', 'skip');
    expectError(await t.gql(`{ communities(skip: 4) { totalItems } }`, {}, t.tokens.analyst), 'BAD_USER_INPUT', 'skip'); // every list
    // the deepest page may run past the count limit: 3 + 25 covers all 11 residents
    const byId = await list({ take: 25 });
    const deep = await list({ skip: MAX_SKIP - 1, take: 25 });
    expect(byId.items).toHaveLength(11);
    expect(deep.items.map((i) => i.id)).toEqual(byId.items.slice(MAX_SKIP - 1).map((i) => i.id));
  });

  it('serves pages after skip in the list order (deferred join), ties broken by id in the sort direction', async () => {
    for (const s of [[{ field: 'name', direction: 'ASC' }], [{ field: 'name', direction: 'DESC' }], [{ field: 'birthDate', direction: 'DESC' }], [{ field: 'communityId', direction: 'DESC' }, { field: 'name', direction: 'ASC' }]]) {
      const whole = (await list({ s, take: 25 })).items.map((i) => i.id);
      for (let skip = 1; skip < MAX_SKIP; skip++) {
        expect({ s, skip, ids: (await list({ s, skip, take: 3 })).items.map((i) => i.id) }).toEqual({ s, skip, ids: whole.slice(skip, skip + 3) });
      }
    }
    const desc = (await list({ s: [{ field: 'name', direction: 'DESC' }], take: 25 })).items;
    const twins = desc.filter((i) => i.name === '陈建国').map((i) => Number(i.id));
    expect(twins).toHaveLength(2);
    expect(twins[0]).toBeGreaterThan(twins[1]); // DESC: the later id first
    const asc = (await list({ s: [{ field: 'name', direction: 'ASC' }], take: 25 })).items;
    const ascTwins = asc.filter((i) => i.name === '陈建国').map((i) => Number(i.id));
    expect(ascTwins[0]).toBeLessThan(ascTwins[1]);
  });

  it('matches the start of the name, and ID numbers only from 10 characters on', async () => {
    const names = async (q: string, token = t.tokens.analyst) => (await list({ f: { q }, take: 25 }, token)).items.map((i) => i.name).sort();
    expect(await names('王')).toEqual(['王国华', '王秀英', '王秀英']);
    expect(await names('王秀')).toEqual(['王秀英', '王秀英']);
    expect(await names('秀英')).toEqual([]); // not a substring search
    expect(await names('%')).toEqual([]);
    const one = (await list({ f: { communityId: c2 }, take: 1 }, t.tokens.officer)).items[0];
    const idNumber = (await t.gql(`query($id: ID!) { resident(id: $id) { idNumber } }`, { id: one.id }, t.tokens.officer)).data.resident.idNumber as string;
    expect(await names(idNumber.slice(0, 10), t.tokens.officer)).toContain(one.name);
    expect(await names(idNumber.slice(0, 9), t.tokens.officer)).toEqual([]); // too short to be an ID search
  });

  it('keyset pages (residentsAfter) are not limited by the list count limit', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const r: any = await t.gql(`query($a: String) { residentsAfter(after: $a, take: 4) { items { id } nextCursor } }`, { a: after }, t.tokens.officer);
      expect(r.errors).toBeUndefined();
      ids.push(...r.data.residentsAfter.items.map((i: { id: string }) => i.id));
      after = r.data.residentsAfter.nextCursor;
    } while (after);
    expect(ids).toHaveLength(11);
    // a street filter resolves the street's communities first and gives the same residents
    const street = (await t.gql(`{ streets(filter: { q: "限额" }) { items { id } } }`, {}, t.tokens.analyst)).data.streets.items[0].id;
    const inStreet: any = await t.gql(`query($s: ID!) { residentsAfter(take: 50, filter: { streetId: $s }) { items { id } } }`, { s: street }, t.tokens.officer);
    expect(inStreet.data.residentsAfter.items.map((i: { id: string }) => i.id)).toEqual(ids);
  });
});
