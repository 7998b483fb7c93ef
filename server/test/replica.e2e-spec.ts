/**
 * Read replicas (scale-out issue, item 3). MariaDB: the suite runs its own primary and replica (two mariadbd in
 * temp folders, binlog replication with GTID), points the app at both (DATABASE_URL + DATABASE_REPLICA_URLS) and
 * shows where reads go with the X-Db-Route header: statistics and analysts' lists on the replica, officers'
 * lists on the primary; with replication stopped, other callers see stale statistics from the replica while
 * the writer reads its own write from the primary, and once the replica is further behind than the limit
 * everybody reads the primary; a killed replica is bypassed without a failed request.
 * SQLite: DATABASE_REPLICA_URLS is ignored (documented). Needs the MariaDB server binaries (never skipped).
 */
import mysql from 'mysql2/promise';
import { describeOn, itOn, startTestApp, TestApp } from './util';
import { OwnMariaDb } from './mariadb';
import { readRouter } from '../src/modules/replica/read-router';

const MAX_LAG = 4;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Routed {
  status: number;
  route: string | null;
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function routed(t: TestApp, query: string, token: string, variables: Record<string, unknown> = {}): Promise<Routed> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: Routed['errors'] };
  return { status: res.status, route: res.headers.get('x-db-route'), data: body.data, errors: body.errors };
}

/** Polls `probe` until `done` holds (or throws after `ms` with the last value). */
async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, ms: number, what: string): Promise<T> {
  const t0 = Date.now();
  let last: T;
  for (;;) {
    last = await probe();
    if (done(last)) return last;
    if (Date.now() - t0 > ms) throw new Error(`${what}: not reached in ${ms} ms; last ${JSON.stringify(last)}`);
    await sleep(200);
  }
}

const STATS = `{ statistics { projectsByStatus { status projects } } }`;

/** Data rows of the projects list export (CSV, BOM and header line off), which X-Total-Count announced. */
async function exportedProjects(t: TestApp, token: string): Promise<number> {
  const res = await fetch(`${t.url}/export/list/projects.csv`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`export: HTTP ${res.status} ${text.slice(0, 300)}`);
  const rows = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).length - 1;
  // counted where the rows were read: a count from the primary would announce rows a lagging replica lacks
  expect(res.headers.get('x-total-count')).toBe(String(rows));
  return rows;
}
const proposed = (r: Routed): number => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.statistics.projectsByStatus.find((p: { status: string }) => p.status === 'PROPOSED').projects;
};

describeOn('mysql')('read replicas: a MariaDB primary and replica with binlog replication', () => {
  const primary = new OwnMariaDb(['--server-id=1', '--log-bin=eg-bin', '--binlog-format=ROW']);
  const replica = new OwnMariaDb(['--server-id=2', '--skip-log-bin', '--read-only']);
  let t: TestApp;
  let replicaSql: mysql.Connection | null = null;
  let projectSeq = 0;

  const createProject = async (token: string) => {
    const r = await routed(t, `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, token, {
      i: { name: `副本测试项目 ${++projectSeq}`, category: 'DAY_CARE_CENTER', totalInvestment: '1000000.00' },
    });
    expect(r.errors).toBeUndefined();
  };

  beforeAll(async () => {
    await primary.install();
    await replica.install(primary); // a copy of the fresh datadir: no second mariadb-install-db
    await Promise.all([primary.start(), replica.start()]);
    const p = await primary.connect();
    await p.query(`CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl-secret'`);
    await p.query(`GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'`);
    await p.query('CREATE DATABASE eg_replica CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await p.end();
    replicaSql = await replica.connect();
    await replicaSql.query(
      `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primary.port}, MASTER_USER = 'repl', MASTER_PASSWORD = 'repl-secret', MASTER_CONNECT_RETRY = 1, MASTER_USE_GTID = slave_pos`,
    );
    await replicaSql.query('START SLAVE');
    await until(async () => ((await replicaSql!.query(`SHOW DATABASES LIKE 'eg_replica'`))[0] as unknown[]).length, (n) => n === 1, 20000, 'database replicated');

    // migrations, users and tokens go to the primary; the router starts with the app
    t = await startTestApp({
      databaseUrl: primary.url('eg_replica'),
      config: { replicaUrls: [replica.url('eg_replica')], replicaMaxLagSeconds: MAX_LAG, limits: { rateLimitPerMinute: 0 } },
    });
    const router = readRouter(t.started.ds)!;
    expect(router).not.toBeNull();
    await until(async () => router.available, (ok) => ok, 20000, 'replica in rotation');
  }, 120_000);

  afterAll(async () => {
    await replicaSql?.end().catch(() => {});
    await t?.close();
    await Promise.all([primary.stop('SIGKILL'), replica.stop('SIGKILL')]);
    primary.cleanup();
    replica.cleanup();
  });

  it('serves statistics and analysts’ lists from the replica, officers’ lists from the primary', async () => {
    const stats = await routed(t, STATS, t.tokens.analyst);
    expect(stats.errors).toBeUndefined();
    expect(stats.route).toBe('replica');
    expect((await routed(t, STATS, t.tokens.admin)).route).toBe('replica'); // statistics go to a replica for every role

    const analystList = await routed(t, `{ projects { totalItems } }`, t.tokens.analyst);
    expect(analystList.errors).toBeUndefined();
    expect(analystList.route).toBe('replica');
    const officerList = await routed(t, `{ projects { totalItems } }`, t.tokens.officer);
    expect(officerList.errors).toBeUndefined();
    expect(officerList.route).toBe('primary');
    // a single record, and everything else, is read on the primary
    expect((await routed(t, `{ me { email } }`, t.tokens.analyst)).route).toBe('primary');
  });

  it('with replication stopped: others see the replica’s stale figures, the writer its own write; past the lag limit everyone reads the primary', async () => {
    const before = proposed(await routed(t, STATS, t.tokens.analyst));
    await replicaSql!.query('STOP SLAVE');
    const stoppedAt = Date.now();
    await createProject(t.tokens.officer);

    // the analyst reads the replica, which has not seen the new project
    const analyst = await routed(t, STATS, t.tokens.analyst);
    expect(analyst.route).toBe('replica');
    expect(proposed(analyst)).toBe(before);
    // the officer who wrote it reads the primary for the read-your-writes window and sees it
    const officer = await routed(t, STATS, t.tokens.officer);
    expect(officer.route).toBe('primary');
    expect(proposed(officer)).toBe(before + 1);
    // list exports read the replica too: the analyst's file lacks the new project, the writer's has it
    expect(await exportedProjects(t, t.tokens.analyst)).toBe(before);
    expect(await exportedProjects(t, t.tokens.officer)).toBe(before + 1);
    expect(Date.now() - stoppedAt).toBeLessThan(MAX_LAG * 1000); // the checks above ran while the replica was still within the limit

    // further behind than MAX_LAG: bypassed, the analyst gets the primary's figures
    const bypassed = await until(() => routed(t, STATS, t.tokens.analyst), (r) => r.route === 'primary', (MAX_LAG + 4) * 1000, 'lagging replica bypassed');
    expect(proposed(bypassed)).toBe(before + 1);
    // the lag is the age of the last heartbeat the replica applied: up to one heartbeat period (1 s) more than the time since STOP
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual((MAX_LAG - 1) * 1000);
    expect(readRouter(t.started.ds)!.status()[0]).toMatchObject({ healthy: false, inRotation: false });

    // replication resumes: the replica catches up and serves again, with the new figure
    await replicaSql!.query('START SLAVE');
    const back = await until(() => routed(t, STATS, t.tokens.analyst), (r) => r.route === 'replica', 15000, 'replica back in rotation');
    expect(proposed(back)).toBe(before + 1);
    // the writer's window is over by now: the officer's statistics come from the replica again
    const later = await until(() => routed(t, STATS, t.tokens.officer), (r) => r.route === 'replica', 10000, 'read-your-writes window over');
    expect(proposed(later)).toBe(before + 1);
  });

  it('a replica that goes down is bypassed: statistics and lists still answer, from the primary', async () => {
    const LIST = `{ projects { totalItems } }`;
    const expected = proposed(await routed(t, STATS, t.tokens.officer));
    const expectedProjects = (await routed(t, LIST, t.tokens.officer)).data.projects.totalItems;
    await replica.stop('SIGKILL');
    const t0 = Date.now();
    // reads in parallel right after the kill may still be sent to the dead replica: each is run again on the
    // primary. Meanwhile the pool cluster counts the failed connects and takes the node offline for a while
    // (POOL_NONEONLINE) before the health check removes it; none of that reaches the caller.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => routed(t, i % 2 ? STATS : LIST, t.tokens.analyst)));
    for (const [i, r] of burst.entries()) {
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(r.route).toBe('primary');
      if (i % 2) expect(proposed(r)).toBe(expected);
      else expect(r.data.projects.totalItems).toBe(expectedProjects);
    }
    expect(Date.now() - t0).toBeLessThan(5000);

    await until(async () => readRouter(t.started.ds)!.status()[0].healthy, (h) => !h, 5000, 'replica marked down');
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200); // the primary is what readiness is about
    const body = (await ready.json()) as { replicas: { healthy: boolean; error: string }[] };
    expect(body.replicas[0].healthy).toBe(false);
    expect(body.replicas[0].error).toBeTruthy();
    for (let i = 0; i < 5; i++) {
      const r = await routed(t, STATS, t.tokens.analyst);
      expect(r.errors).toBeUndefined();
      expect(r.route).toBe('primary');
    }
  });
});

describe('read replicas on SQLite', () => {
  itOn('sqlite')('DATABASE_REPLICA_URLS is ignored: no routing, no X-Db-Route header', async () => {
    const t = await startTestApp({ config: { replicaUrls: ['mysql://root@127.0.0.1:9/nowhere'] } });
    try {
      expect(readRouter(t.started.ds)).toBeNull();
      const r = await routed(t, STATS, t.tokens.analyst);
      expect(r.errors).toBeUndefined();
      expect(r.data.statistics.projectsByStatus).toHaveLength(6);
      expect(r.route).toBeNull();
    } finally {
      await t.close();
    }
  });
  itOn('mysql')('the configuration reads DATABASE_REPLICA_URLS as a comma-separated list', async () => {
    const { loadConfig } = await import('../src/config/config');
    const c = loadConfig({ DATABASE_URL: 'mysql://u:p@db1:3306/eg', JWT_SECRET: 'x'.repeat(32), DATABASE_REPLICA_URLS: ' mysql://u:p@db2:3306/eg , mysql://u:p@db3:3306/eg ', DATABASE_REPLICA_MAX_LAG_SECONDS: '2.5' });
    expect(c.replicaUrls).toEqual(['mysql://u:p@db2:3306/eg', 'mysql://u:p@db3:3306/eg']);
    expect(c.replicaMaxLagSeconds).toBe(2.5);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:p@db1/eg', JWT_SECRET: 'x'.repeat(32), DATABASE_REPLICA_MAX_LAG_SECONDS: '0' })).toThrow(/DATABASE_REPLICA_MAX_LAG_SECONDS/);
  });
});
