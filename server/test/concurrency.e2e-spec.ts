/**
 * Concurrency (reliability issue, item 1), on SQLite and on MariaDB (`DB=mysql`):
 * optimistic locking under 50-way races, lost-update freedom with client retry, unique codes under parallel
 * creates, subsidy compute/approve races, and the deadlock retry of CrudService.tx (MariaDB only).
 */
import mysql from 'mysql2/promise';
import { startTestApp, TestApp, expectError, DB_KIND, GqlResult, itOn } from './util';

const N = 50;

const CENTER_FIELDS = `id code version elderlyCount name`;
const UPDATE = `mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { ${CENTER_FIELDS} } }`;
const CREATE = `mutation($i: CreateCenterInput!) { createCenter(input: $i) { ${CENTER_FIELDS} } }`;
const GET = `query($id: ID!) { center(id: $id) { ${CENTER_FIELDS} } }`;

function codes(results: GqlResult[]) {
  const out: Record<string, number> = {};
  for (const r of results) {
    expect(r.status).toBeLessThan(500);
    const k = r.errors?.length ? String(r.errors[0].extensions?.code) : 'OK';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

describe(`concurrency (${DB_KIND})`, () => {
  let t: TestApp;
  let communityId: string;
  let centerIds: string[] = [];
  let seq = 0;

  const centerInput = (code: string) => ({
    code, name: `中心 ${code}`, communityId, floorArea: 250 + (seq++ % 7) * 30, plaqueDate: '2012-03-01',
    elderlyCount: 600 + seq * 13, disabledCount: 40, serviceScore: 70 + (seq % 25),
  });

  beforeAll(async () => {
    t = await startTestApp({ config: { limits: { rateLimitPerMinute: 0 } } });
    const s = await t.gql(`mutation { createStreet(input: { name: "并发街道" }) { id } }`, {}, t.tokens.officer);
    const c = await t.gql(`mutation($s: ID!) { createCommunity(input: { name: "并发社区", streetId: $s }) { id } }`, { s: s.data.createStreet.id }, t.tokens.officer);
    communityId = c.data.createCommunity.id;
    for (let i = 1; i <= 20; i++) {
      const r = await t.gql(CREATE, { i: centerInput(`CC-${String(i).padStart(3, '0')}`) }, t.tokens.officer);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      centerIds.push(r.data.createCenter.id);
    }
  }, 120000);
  afterAll(() => t?.close());

  it(`${N} parallel updates with the same version: exactly 1 succeeds, ${N - 1} get CONFLICT`, async () => {
    const id = centerIds[0];
    const before = (await t.gql(GET, { id }, t.tokens.officer)).data.center;
    const results = await Promise.all(
      Array.from({ length: N }, (_, k) => t.gql(UPDATE, { i: { id, version: before.version, name: `writer ${k}` } }, t.tokens.officer)),
    );
    expect(codes(results)).toEqual({ OK: 1, CONFLICT: N - 1 });
    const winner = results.find((r) => !r.errors)!.data.updateCenter;
    const after = (await t.gql(GET, { id }, t.tokens.officer)).data.center;
    expect(after).toEqual(winner);
    expect(after.version).toBe(before.version + 1);
    // one UPDATE audit entry for the one write that happened
    const audit = await t.gql(`query($id: ID!) { auditLog(take: 100, filter: { entity: "Center", entityId: $id, action: ["UPDATE"] }) { totalItems } }`, { id }, t.tokens.admin);
    expect(audit.data.auditLog.totalItems).toBe(1);
  });

  it(`${N} read-modify-write increments with client retry on CONFLICT lose nothing`, async () => {
    const id = centerIds[1];
    const initial = (await t.gql(GET, { id }, t.tokens.officer)).data.center;
    let conflicts = 0;
    const client = async () => {
      for (let attempt = 0; attempt < 500; attempt++) {
        const cur = (await t.gql(GET, { id }, t.tokens.officer)).data.center;
        const r = await t.gql(UPDATE, { i: { id, version: cur.version, elderlyCount: cur.elderlyCount + 1 } }, t.tokens.officer);
        expect(r.status).toBeLessThan(500);
        if (!r.errors) return attempt;
        expectError(r, 'CONFLICT');
        conflicts++;
        await new Promise((res) => setTimeout(res, Math.random() * 10));
      }
      throw new Error('client gave up after 500 attempts');
    };
    await Promise.all(Array.from({ length: N }, client));
    const final = (await t.gql(GET, { id }, t.tokens.officer)).data.center;
    expect(final.elderlyCount).toBe(initial.elderlyCount + N);
    expect(final.version).toBe(initial.version + N);
    console.log(`[concurrency ${DB_KIND}] ${N} increments: ${conflicts} CONFLICT retries, final ${final.elderlyCount} = ${initial.elderlyCount} + ${N}`);
  }, 120000);

  it(`${N} parallel creates with the same code: one record, ${N - 1} CONFLICT on field "code"`, async () => {
    const code = 'CC-DUP-001';
    const results = await Promise.all(Array.from({ length: N }, () => t.gql(CREATE, { i: centerInput(code) }, t.tokens.officer)));
    expect(codes(results)).toEqual({ OK: 1, CONFLICT: N - 1 });
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors![0].extensions?.field).toBe('code');
      expect(r.errors![0].message).toMatch(/code/);
    }
    const list = await t.gql(`query($q: String) { centers(filter: { q: $q }) { totalItems } }`, { q: code }, t.tokens.officer);
    expect(list.data.centers.totalItems).toBe(1);
  });

  describe('subsidy round races', () => {
    let subsidyId: string;
    const BUDGET = 1_000_003n;

    beforeAll(async () => {
      const rr = await t.gql(`mutation { createRatingRound(input: { name: "并发评定", assessedOn: "2016-06-30" }) { id } }`, {}, t.tokens.officer);
      const rid = rr.data.createRatingRound.id;
      const c = await t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { centerCount } }`, { id: rid }, t.tokens.officer);
      expect(c.data.computeRatingRound.centerCount).toBeGreaterThanOrEqual(20);
      await t.gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: rid }, t.tokens.officer);
      const s = await t.gql(
        `mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`,
        { i: { name: '并发资助', fiscalYear: 2016, ratingRoundId: rid, budget: BUDGET.toString() } },
        t.tokens.officer,
      );
      subsidyId = s.data.createSubsidyRound.id;
    }, 60000);

    const round = async () =>
      (await t.gql(`query($id: ID!) { subsidyRound(id: $id) { id status version allocated allocations(take: 500) { totalItems items { amount center { id } } } } }`, { id: subsidyId }, t.tokens.admin)).data.subsidyRound;

    const checkAllocations = (r: any) => {
      const sum = r.allocations.items.reduce((a: bigint, x: any) => a + BigInt(x.amount.replace('.', '')), 0n);
      expect(sum).toBe(BUDGET * 100n);
      expect(r.allocated).toBe(`${BUDGET}.00`);
      // one allocation per center, no duplicates from a racing compute
      const centers = r.allocations.items.map((x: any) => x.center.id);
      expect(new Set(centers).size).toBe(centers.length);
      expect(r.allocations.totalItems).toBe(centers.length);
    };

    it('20 parallel computes of one version: one takes effect, the rest CONFLICT; allocations add up to the budget once', async () => {
      const v = (await round()).version;
      const results = await Promise.all(
        Array.from({ length: 20 }, () => t.gql(`mutation($id: ID!, $v: Int) { computeSubsidyRound(id: $id, version: $v) { status version } }`, { id: subsidyId, v }, t.tokens.officer)),
      );
      expect(codes(results)).toEqual({ OK: 1, CONFLICT: 19 });
      const r = await round();
      expect(r).toMatchObject({ status: 'COMPUTED', version: v + 1 });
      checkAllocations(r);
    });

    it('parallel computes without a version: each that succeeds replaces the allocations wholly (never doubles them)', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { status } }`, { id: subsidyId }, t.tokens.officer)),
      );
      const c = codes(results);
      expect(c.OK).toBeGreaterThanOrEqual(1);
      expect((c.OK ?? 0) + (c.CONFLICT ?? 0)).toBe(20);
      checkAllocations(await round());
    });

    it('20 parallel approves racing 10 recomputes: one APPROVE, allocations intact', async () => {
      const results = await Promise.all([
        ...Array.from({ length: 20 }, () => t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { status } }`, { id: subsidyId }, t.tokens.admin)),
        ...Array.from({ length: 10 }, () => t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { status } }`, { id: subsidyId }, t.tokens.officer)),
      ]);
      const approves = codes(results.slice(0, 20));
      expect(approves.OK).toBe(1);
      expect((approves.CONFLICT ?? 0) + (approves.INVALID_STATE ?? 0)).toBe(19);
      // computes after the approval fail with INVALID_STATE; computes before it (if any) raced the approval fairly
      for (const r of results.slice(20)) if (r.errors) expect(['CONFLICT', 'INVALID_STATE']).toContain(r.errors[0].extensions?.code);
      const r = await round();
      expect(r.status).toBe('APPROVED');
      checkAllocations(r);
      const audit = await t.gql(`query($id: ID!) { auditLog(filter: { entity: "SubsidyRound", entityId: $id, action: ["APPROVE"] }) { totalItems } }`, { id: subsidyId }, t.tokens.admin);
      expect(audit.data.auditLog.totalItems).toBe(1);
      const v = await t.gql(`{ verifyAuditLog { ok entries } }`, {}, t.tokens.admin);
      expect(v.data.verifyAuditLog.ok).toBe(true);
    });
  });

  // A real InnoDB deadlock: another connection holds the audit chain head and then wants the center row the
  // request has already updated. InnoDB rolls back the lighter transaction (the request's); CrudService.tx
  // re-runs it, and the client sees a plain success instead of a "retry" CONFLICT.
  itOn('mysql')('retries a transaction chosen as a deadlock victim (ER_LOCK_DEADLOCK) and succeeds', async () => {
    const ds = t.started.ds;
    const o = ds.options as { host: string; port: number; username: string; password?: string; database: string };
    const conn = await mysql.createConnection({ host: o.host, port: o.port, user: o.username, password: o.password || undefined, database: o.database });
    try {
      const id = centerIds[2];
      const before = (await t.gql(GET, { id }, t.tokens.officer)).data.center;
      const deadlocks = async () => Number(((await conn.query(`SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'`))[0] as { Value: string }[])[0].Value);
      const deadlocksBefore = await deadlocks();
      await conn.query('SET SESSION innodb_lock_wait_timeout = 20');
      await conn.beginTransaction();
      // make this transaction heavy (many modified rows) so InnoDB picks the request as the victim
      const others = centerIds.filter((x) => x !== id).map(Number);
      // one primary-key lookup per row: a single `IN (…)` over most of the table is a full scan that would lock the target row too
      for (const other of others) await conn.query('UPDATE center SET address = CONCAT(address, ?) WHERE id = ?', ['·', other]);
      await conn.query('SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE');
      const pending = t.gql(UPDATE, { i: { id, version: before.version, name: '死锁后重试' } }, t.tokens.officer);
      // wait until the request has updated the center and is waiting for the audit head
      for (let i = 0; i < 200; i++) {
        const [rows] = await conn.query(`SELECT COUNT(*) AS n FROM information_schema.processlist WHERE id <> CONNECTION_ID() AND info LIKE '%audit_head%'`);
        if (Number((rows as { n: number }[])[0].n) > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      // now want the row the request holds → deadlock; the request is rolled back and retried
      await conn.query('UPDATE center SET name = name WHERE id = ?', [id]);
      await conn.rollback();
      const r = await pending;
      expect(r.errors).toBeUndefined();
      expect(r.data.updateCenter).toMatchObject({ name: '死锁后重试', version: before.version + 1 });
      expect(await deadlocks()).toBe(deadlocksBefore + 1);
      const audit = await t.gql(`query($id: ID!) { auditLog(filter: { entity: "Center", entityId: $id, action: ["UPDATE"] }) { totalItems } }`, { id }, t.tokens.admin);
      expect(audit.data.auditLog.totalItems).toBe(1);
    } finally {
      await conn.end();
    }
  }, 60000);
});
