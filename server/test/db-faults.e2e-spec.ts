/**
 * Database faults (reliability issue, item 2).
 * MariaDB: the suite runs its own mariadbd (mariadb-install-db into a temp folder, its own port), drives a
 * write load of subsidy/rating computes (thousands of allocation rows per statement) and creates, stops the
 * database with TERM and later KILL -9 mid-load, checks that requests fail fast (≤ 2 s) with a clear error and
 * /readyz says 503, that requests succeed again within 5 s of its return without restarting the app, and
 * finally that every multi-row write is all or nothing (checked in SQL).
 * SQLite: kill -9 the real server process during writes; on restart integrity_check is ok, same SQL checks.
 * Needs the MariaDB server binaries (never skipped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import Database from 'better-sqlite3';
import { describeOn, startTestApp, TestApp } from './util';
import { ensureBuilt, startServer } from './proc';
import { OwnMariaDb } from './mariadb';
import { bulkInsert } from '../src/common/bulk';
import { Center } from '../src/modules/center/center.entity';

const CENTERS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Gql = (q: string, v?: Record<string, unknown>, token?: string | null) => Promise<{ status: number; data?: any; errors?: any[] }>;

interface Setup {
  ratingRoundId: string;
  draftRatingRoundId: string;
  subsidyIds: string[];
}

/** A finalized rating round over CENTERS centers, a DRAFT one to recompute, and 4 subsidy rounds. */
async function prepare(gql: Gql, token: string, insertCenters: (communityId: number, rows: Partial<Center>[]) => Promise<void>): Promise<Setup> {
  const ok = async (q: string, v?: Record<string, unknown>) => {
    const r = await gql(q, v, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const st = await ok(`mutation { createStreet(input: { name: "故障街道" }) { id } }`);
  const cm = await ok(`mutation($s: ID!) { createCommunity(input: { name: "故障社区", streetId: $s }) { id } }`, { s: st.createStreet.id });
  const communityId = Number(cm.createCommunity.id);
  const rows = Array.from({ length: CENTERS }, (_, i) => ({
    code: `DF-${String(i + 1).padStart(5, '0')}`, name: `故障中心 ${i + 1}`, communityId, address: '', floorAreaCenti: 10000 + ((i * 37) % 40000),
    plaqueDate: `20${String(8 + (i % 7)).padStart(2, '0')}-0${1 + (i % 9)}-15`, elderlyCount: 200 + ((i * 53) % 1500), disabledCount: (i * 7) % 90,
    serviceScoreTenths: 450 + ((i * 31) % 550), status: 'ACTIVE' as never, version: 1,
  }));
  await insertCenters(communityId, rows);
  const rr = await ok(`mutation { createRatingRound(input: { name: "故障评定", assessedOn: "2016-06-30" }) { id } }`);
  const ratingRoundId = rr.createRatingRound.id;
  await ok(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: ratingRoundId });
  await ok(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: ratingRoundId });
  const draft = await ok(`mutation { createRatingRound(input: { name: "重算评定", assessedOn: "2017-06-30" }) { id } }`);
  const subsidyIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const s = await ok(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, {
      i: { name: `故障资助 ${i}`, fiscalYear: 2016, ratingRoundId, budget: String(5_000_000 + i * 777), mode: i % 2 ? 'FIXED_PER_LEVEL' : 'WEIGHTED' },
    });
    subsidyIds.push(s.createSubsidyRound.id);
  }
  return { ratingRoundId, draftRatingRoundId: draft.createRatingRound.id, subsidyIds };
}

interface LoadStats {
  ok: number;
  failed: number;
  codes: Record<string, number>;
  createdCodes: string[];
  stop(): Promise<void>;
}

/** `workers` loops of writes until stopped: subsidy computes, rating recomputes, center creates. */
function writeLoad(gql: Gql, token: string, s: Setup, workers = 4): LoadStats {
  let running = true;
  let n = 0;
  const stats: LoadStats = { ok: 0, failed: 0, codes: {}, createdCodes: [], stop: async () => {} };
  const loop = async (w: number) => {
    while (running) {
      const k = n++;
      let r;
      try {
        if (k % 5 === 4) {
          const code = `LD-${w}-${k}`;
          r = await gql(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, {
            i: { code, name: code, communityId: '1', floorArea: 200, plaqueDate: '2014-01-01', elderlyCount: 300, disabledCount: 10, serviceScore: 80 },
          }, token);
          if (!r.errors) stats.createdCodes.push(code);
        } else if (k % 5 === 3) r = await gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: s.draftRatingRoundId }, token);
        else r = await gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, { id: s.subsidyIds[k % s.subsidyIds.length] }, token);
        if (r.errors) {
          stats.failed++;
          const c = `${r.errors[0].extensions?.code}${r.errors[0].extensions?.reason ? `/${r.errors[0].extensions.reason}` : ''}`;
          stats.codes[c] = (stats.codes[c] ?? 0) + 1;
          await sleep(50);
        } else stats.ok++;
      } catch (e) {
        stats.failed++;
        stats.codes[String((e as Error).message)] = (stats.codes[String((e as Error).message)] ?? 0) + 1;
        await sleep(50);
      }
    }
  };
  const all = Promise.all(Array.from({ length: workers }, (_, w) => loop(w)));
  stats.stop = async () => {
    running = false;
    await all;
  };
  return stats;
}

/** All-or-nothing, in SQL: the same statements run on MariaDB and SQLite. */
async function checkAllOrNothing(query: (sql: string) => Promise<Record<string, unknown>[]>, createdCodes: string[]) {
  const rounds = await query(
    `SELECT sr.id, sr.status, sr.allocated_fen AS allocated, sr.computed_at AS computed_at,
            (SELECT COUNT(*) FROM subsidy_allocation a WHERE a.round_id = sr.id) AS n,
            (SELECT COALESCE(SUM(a.amount_fen), 0) FROM subsidy_allocation a WHERE a.round_id = sr.id) AS total,
            (SELECT COUNT(*) FROM center_rating r WHERE r.round_id = sr.rating_round_id) AS rated
       FROM subsidy_round sr ORDER BY sr.id`,
  );
  for (const r of rounds) {
    if (r.status === 'DRAFT') expect({ id: r.id, n: Number(r.n) }).toEqual({ id: r.id, n: 0 });
    else {
      expect(['COMPUTED', 'APPROVED']).toContain(r.status);
      expect({ id: r.id, n: Number(r.n), total: String(r.total) }).toEqual({ id: r.id, n: Number(r.rated), total: String(r.allocated) });
      expect(r.computed_at).not.toBeNull();
    }
  }
  const ratingRounds = await query(`SELECT rr.id, rr.status, rr.center_count AS cc, (SELECT COUNT(*) FROM center_rating r WHERE r.round_id = rr.id) AS n FROM rating_round rr`);
  for (const r of ratingRounds) expect({ id: r.id, n: Number(r.n) }).toEqual({ id: r.id, n: r.status === 'DRAFT' ? 0 : Number(r.cc) });
  const orphans = await query(
    `SELECT (SELECT COUNT(*) FROM subsidy_allocation a WHERE NOT EXISTS (SELECT 1 FROM subsidy_round sr WHERE sr.id = a.round_id)) AS a,
            (SELECT COUNT(*) FROM center_rating r WHERE NOT EXISTS (SELECT 1 FROM rating_round rr WHERE rr.id = r.round_id)) AS r,
            (SELECT COUNT(*) FROM subsidy_allocation a WHERE NOT EXISTS (SELECT 1 FROM center c WHERE c.id = a.center_id)) AS c`,
  );
  expect(orphans[0]).toEqual({ a: expect.anything(), r: expect.anything(), c: expect.anything() });
  expect([Number(orphans[0].a), Number(orphans[0].r), Number(orphans[0].c)]).toEqual([0, 0, 0]);
  // every create the client saw succeed is there (acknowledged = durable), with its CREATE audit entry
  if (createdCodes.length) {
    const found = await query(`SELECT COUNT(*) AS n FROM center WHERE code IN (${createdCodes.map((c) => `'${c}'`).join(', ')})`);
    expect(Number(found[0].n)).toBe(createdCodes.length);
  }
  const computes = await query(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'COMPUTE' AND entity = 'SubsidyRound'`);
  const computedRounds = rounds.filter((r) => r.status !== 'DRAFT').length;
  expect(Number(computes[0].n)).toBeGreaterThanOrEqual(computedRounds);
  return { subsidyRounds: rounds.length, allocationRows: rounds.reduce((a, r) => a + Number(r.n), 0), ratingRounds: ratingRounds.length };
}

// The MariaDB fault test runs with the MariaDB suites (DB=mysql); the SQLite one with the default run.
describeOn('mysql')('database faults: MariaDB stopped (TERM) and killed (KILL) under write load', () => {
  const db = new OwnMariaDb();
  let t: TestApp;
  let setup: Setup;

  beforeAll(async () => {
    await db.install();
    await db.start();
    const c = await mysql.createConnection({ host: '127.0.0.1', port: db.port, user: 'root' });
    await c.query('CREATE DATABASE eg_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await c.end();
    t = await startTestApp({ databaseUrl: db.url('eg_faults'), config: { limits: { rateLimitPerMinute: 0 } } });
    setup = await prepare(t.gql, t.tokens.officer, async (_c, rows) => {
      await t.started.ds.transaction((m) => bulkInsert(m, Center, ['code', 'name', 'communityId', 'address', 'floorAreaCenti', 'plaqueDate', 'elderlyCount', 'disabledCount', 'serviceScoreTenths', 'status', 'version'], rows));
    });
  }, 120000);

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    if (db.proc) await db.stop('SIGKILL');
    db.cleanup();
  });

  /** While the database is down: fast, clear failures and /readyz 503. */
  async function expectFastFailures() {
    for (const q of [`{ streets { totalItems } }`, `mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`]) {
      const t0 = performance.now();
      const r = await t.gql(q, { id: setup.subsidyIds[0] }, t.tokens.officer);
      const ms = performance.now() - t0;
      expect(ms).toBeLessThanOrEqual(2000);
      expect(r.errors?.[0]).toMatchObject({ message: expect.stringMatching(/database unavailable/i), extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'DATABASE_UNAVAILABLE' } });
      expect([200, 503]).toContain(r.status);
    }
    const t0 = performance.now();
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });
    expect(performance.now() - t0).toBeLessThanOrEqual(2000);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  }

  /**
   * After the database is back (at `upAt`): ms until a read and every kind of bulk write succeed (each
   * table's first multi-row insert after the restart), without restarting the app.
   */
  async function recovery(upAt: number) {
    const writes = [
      ...setup.subsidyIds.map((id) => () => t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, { id }, t.tokens.officer)),
      () => t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: setup.draftRatingRoundId }, t.tokens.officer),
    ];
    for (;;) {
      const r = await t.gql(`{ streets { totalItems } }`, {}, t.tokens.officer);
      let w = r;
      if (!r.errors) for (const write of writes) if ((w = await write()).errors) break;
      if (!r.errors && !w.errors) return Date.now() - upAt;
      if (Date.now() - upAt > 10000) throw new Error(`no recovery after 10 s: ${JSON.stringify(w.errors ?? r.errors)}`);
      await sleep(100);
    }
  }

  it('fails fast while down, recovers within 5 s, and leaves every multi-row write all or nothing', async () => {
    const figures: Record<string, unknown> = {};
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const load = writeLoad(t.gql, t.tokens.officer, setup);
      await sleep(2500); // mid-load: computes writing thousands of rows are in flight
      await db.stop(signal);
      await expectFastFailures();
      await sleep(500);
      await load.stop();
      const upAt = await db.start();
      const ms = await recovery(upAt);
      expect(ms).toBeLessThanOrEqual(5000);
      expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
      figures[signal] = { recoveryMs: ms, writesOk: load.ok, writesFailed: load.failed, failures: load.codes };
      // a short load after the return: everything works again
      const after = writeLoad(t.gql, t.tokens.officer, setup, 2);
      await sleep(1000);
      await after.stop();
      // only the optimistic-lock CONFLICT of two workers recomputing the same round may remain
      expect(Object.keys(after.codes).filter((c) => c !== 'CONFLICT')).toEqual([]);
      expect(after.ok).toBeGreaterThan(0);
      (figures[signal] as { createdCodes?: string[] }).createdCodes = [...load.createdCodes, ...after.createdCodes];
    }
    const c = await mysql.createConnection({ host: '127.0.0.1', port: db.port, user: 'root', database: 'eg_faults', supportBigNumbers: true, bigNumberStrings: true });
    try {
      const created = Object.values(figures).flatMap((f) => (f as { createdCodes: string[] }).createdCodes);
      const checked = await checkAllOrNothing(async (sql) => (await c.query(sql))[0] as Record<string, unknown>[], created);
      const v = await t.gql(`{ verifyAuditLog { ok entries } }`, {}, t.tokens.admin);
      expect(v.data.verifyAuditLog.ok).toBe(true);
      for (const f of Object.values(figures)) delete (f as { createdCodes?: string[] }).createdCodes;
      console.log(`[db-faults mariadb] ${JSON.stringify({ ...figures, checked, createdCenters: created.length, auditEntries: v.data.verifyAuditLog.entries })}`);
    } finally {
      await c.end();
    }
  }, 120000);
});

describeOn('sqlite')('database faults: SQLite server killed (-9) during writes', () => {
  let dir: string;

  beforeAll(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-sqlite-kill-'));
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('restarts with integrity_check ok and every multi-row write all or nothing', async () => {
    const file = path.join(dir, 'db.sqlite');
    const env = { DATABASE_URL: `sqlite:${file}` };
    let s = await startServer(env);
    const token = await s.login();
    const setup = await prepare(s.gql, token, async (_c, rows) => {
      const db = new Database(file);
      db.pragma('busy_timeout = 5000');
      const ins = db.prepare(
        `INSERT INTO center (code, name, community_id, address, floor_area_centi, plaque_date, elderly_count, disabled_count, service_score_tenths, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      db.transaction(() => {
        for (const r of rows) ins.run(r.code, r.name, r.communityId, r.address, r.floorAreaCenti, r.plaqueDate, r.elderlyCount, r.disabledCount, r.serviceScoreTenths, r.status, 1);
      })();
      db.close();
    });
    const created: string[] = [];
    for (let round = 0; round < 2; round++) {
      const load = writeLoad(s.gql, token, setup);
      await sleep(1500);
      s.kill('SIGKILL');
      expect(await s.exited).toMatchObject({ signal: 'SIGKILL' });
      await load.stop();
      created.push(...load.createdCodes);
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
      s = await startServer(env);
      const r = await s.gql(`{ streets { totalItems } }`, {}, token);
      expect(r.data.streets.totalItems).toBe(1);
    }
    const v = await s.gql(`{ verifyAuditLog { ok entries } }`, {}, token);
    expect(v.data.verifyAuditLog.ok).toBe(true);
    s.kill('SIGTERM');
    expect(await s.exited).toMatchObject({ code: 0 });
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const checked = await checkAllOrNothing(async (sql) => db.prepare(sql).all() as Record<string, unknown>[], created);
      console.log(`[db-faults sqlite] ${JSON.stringify({ checked, createdCenters: created.length, auditEntries: v.data.verifyAuditLog.entries })}`);
    } finally {
      db.close();
    }
  }, 150000);
});
