/**
 * One SQL text per query shape: reading different records must not make a new statement per id. TypeORM's SQLite
 * driver writes number parameters into the SQL text, so every id was a new statement (prepared again, the statement
 * cache churned, and each discarded statement was finalised in a full garbage collection: 90 ms pauses under load);
 * data-source.ts binds integers instead. MySQL/MariaDB bind them already; the suite checks both.
 */
import { Center } from '../src/modules/center/center.entity';
import { DB_KIND, itOn, startTestApp, TestApp } from './util';

describe('SQL statements are shared across ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  /** The distinct SQL texts of `fn`'s requests. */
  const distinct = async (fn: () => Promise<unknown>) => new Set(await t.captureSql(fn));

  it(`reading 40 centers and 40 residents one by one uses the statements of reading one (${DB_KIND})`, async () => {
    const ids = async (list: string) => ((await t.gql(`{ ${list}(take: 40) { items { id } } }`, {}, t.tokens.officer)).data[list].items as { id: string }[]).map((r) => r.id);
    const centers = await ids('centers');
    const residents = await ids('residents');
    expect([centers.length, residents.length]).toEqual([40, 40]);
    const read = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await t.gql(
          `query($c: ID!, $r: ID!) { center(id: $c) { id name community { name street { name } } } resident(id: $r) { id name community { name } } }`,
          { c: centers[i], r: residents[i] },
          t.tokens.officer,
        );
        expect(r.errors).toBeUndefined();
        expect([r.data.center.id, r.data.resident.id]).toEqual([centers[i], residents[i]]);
      }
    };
    const one = await distinct(() => read(1));
    const forty = await distinct(() => read(40));
    expect(one.size).toBeGreaterThan(3);
    expect([...forty].sort()).toEqual([...one].sort());
  });

  itOn('sqlite')('integers bound for SQLite keep the meaning of the literal: integer type and integer division', async () => {
    const row = await t.started.ds
      .createQueryBuilder()
      .select('typeof(:n)', 'type')
      .addSelect(':n / 2', 'half')
      .addSelect('typeof(:x)', 'realType')
      .addSelect(':x * 2', 'double')
      .from('street', 's')
      .setParameters({ n: 7, x: 1.5 })
      .limit(1)
      .getRawOne();
    expect(row).toEqual({ type: 'integer', half: 3, realType: 'real', double: 3 });
    // and a write with bound integers stores integers
    const [{ id }] = await t.started.ds.query(`SELECT id FROM center ORDER BY id LIMIT 1`);
    await t.started.ds.createQueryBuilder().update(Center).set({ elderlyCount: 321 }).where('id = :id', { id }).execute();
    const [stored] = await t.started.ds.query(`SELECT elderly_count AS n, typeof(elderly_count) AS type FROM center WHERE id = ?`, [id]);
    expect(stored).toEqual({ n: 321, type: 'integer' });
  });
});
