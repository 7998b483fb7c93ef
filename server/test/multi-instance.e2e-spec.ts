/**
 * Stateless instances (scale-out issue, part 1), MariaDB only (`npm run test:mysql`): three server processes on
 * loopback against one database, behind the round-robin balancer of scripts/lb-proxy.cjs, jobs on BullMQ (Redis).
 * Every scenario checks X-Served-By to prove the requests were spread, and asserts the outcome across instances:
 * a 50-way conflicting edit has exactly one winner, the rate limit holds for the sum over instances, a subsidy
 * approval raced on two instances takes effect once, and an instance SIGKILLed under a load of writes and
 * round computes leaves the others serving and no half-written round behind.
 */
import mysql from 'mysql2/promise';
import { describeOn } from './util';
import { Cluster, GqlAnswer, gqlAt, openDatabase, requireRedis, seedCenters, startCluster } from './cluster';

jest.setTimeout(120_000);

const PASSWORD = 'correct-horse-battery';
/** Cost units per user per minute for the whole cluster (the rate-limit scenario spends an analyst's). */
const BUDGET = 100_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** OK, the GraphQL error code, or `HTTP 502` when the balancer answered for an instance that died mid-request. */
const codeOf = (r: GqlAnswer) => (r.status === 502 ? 'HTTP 502' : r.errors?.length ? String(r.errors[0].extensions?.code) : r.status === 200 ? 'OK' : `HTTP ${r.status}`);
const tally = (rs: GqlAnswer[]) => rs.reduce<Record<string, number>>((o, r) => ((o[codeOf(r)] = (o[codeOf(r)] ?? 0) + 1), o), {});

describeOn('mysql')('three instances behind a proxy on one MariaDB database', () => {
  let cluster: Cluster;
  let sql: mysql.Connection;
  const tokens = { admin: '', officer: '', analyst: '' };
  let communityId: string;
  const CENTERS = 2000;
  const one = async <T = Record<string, unknown>>(query: string, ...params: unknown[]): Promise<T> => ((await sql.query(query, params))[0] as T[])[0];
  const as = (who: keyof typeof tokens) => (q: string, v?: Record<string, unknown>) => cluster.gql(q, v, tokens[who]);
  const must = async (p: Promise<GqlAnswer>) => {
    const r = await p;
    if (r.errors || r.status !== 200) throw new Error(JSON.stringify(r));
    return Object.values(r.data)[0] as any;
  };

  beforeAll(async () => {
    await requireRedis();
    cluster = await startCluster(3, { redis: true, env: { RATE_LIMIT_COST_PER_MINUTE: String(BUDGET), JOBS_LOCK_MS: '2000' } });
    sql = await mysql.createConnection(cluster.databaseUrl);
    tokens.admin = await cluster.login();
    for (const [role, email] of [['OFFICER', 'officer@multi.example'], ['ANALYST', 'analyst@multi.example']] as const) {
      await must(as('admin')(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email, name: role, password: PASSWORD, role } }));
      tokens[role === 'OFFICER' ? 'officer' : 'analyst'] = await cluster.login(email, PASSWORD);
    }
    const street = await must(as('officer')(`mutation { createStreet(input: { name: "多实例街道" }) { id } }`));
    communityId = (await must(as('officer')(`mutation($s: ID!) { createCommunity(input: { name: "多实例社区", streetId: $s }) { id } }`, { s: street.id }))).id;
    const ds = await openDatabase(cluster.databaseUrl);
    await seedCenters(ds, Number(communityId), CENTERS, 'MI');
    await ds.destroy();
  }, 180_000);
  afterAll(async () => {
    await sql?.end();
    await cluster?.close();
  });

  it('a token from one instance works on every instance, and a job submitted through the proxy is answered by each', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await gqlAt(cluster.instances[i].url, `{ me { email } }`, {}, tokens.officer);
      expect({ i, email: r.data?.me?.email, servedBy: r.servedBy }).toEqual({ i, email: 'officer@multi.example', servedBy: cluster.servedBy(i) });
    }
    const round = await must(as('officer')(`mutation { createRatingRound(input: { name: "代理评定", assessedOn: "2016-06-30" }) { id version } }`));
    const job = await must(as('officer')(`mutation($id: ID!, $v: Int) { computeRatingRoundJob(id: $id, version: $v) { id } }`, { id: round.id, v: round.version }));
    let answers: (string | undefined)[] = [];
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(50)) {
      answers = await Promise.all([0, 1, 2].map(async (i) => (await gqlAt(cluster.instances[i].url, `query($id: ID!) { job(id: $id) { status } }`, { id: job.id }, tokens.analyst)).data?.job?.status));
      if (answers.every((s) => s === 'SUCCEEDED')) break;
    }
    expect(answers).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
  });

  it('50 parallel edits of one center with the same version through the proxy: exactly 1 succeeds across the instances', async () => {
    const center = await must(as('officer')(`{ centers(take: 1, sort: [{ field: code, direction: ASC }]) { items { id version name } } }`)).then((l) => l.items[0]);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, k) => cluster.gql(`mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { id version name } }`, { i: { id: center.id, version: center.version, name: `写者 ${k}` } }, tokens.officer)),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: 49 });
    const servers = new Set(results.map((r) => r.servedBy));
    expect([...servers].map((s) => cluster.indexOf(s)).sort()).toEqual([0, 1, 2]);
    const winner = results.find((r) => !r.errors)!.data.updateCenter;
    const after = await must(as('analyst')(`query($id: ID!) { center(id: $id) { id version name } }`, { id: center.id }));
    expect(after).toEqual(winner);
    expect(after.version).toBe(center.version + 1);
    expect(await one('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?', 'Center', center.id, 'UPDATE')).toEqual({ n: 1 });
  });

  it('the per-minute query budget holds for the sum over the instances, not per instance', async () => {
    const analyst = (await one<{ id: number }>('SELECT id FROM user WHERE email = ?', 'analyst@multi.example')).id;
    const spent = async () => Number((await one<{ c: number } | undefined>('SELECT COALESCE(SUM(cost), 0) AS c FROM rate_limit WHERE bucket_key = ? AND window_start = ?', `user:${analyst}`, Math.floor(Date.now() / 60_000)))?.c ?? 0);
    // stay inside one fixed one-minute window
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 12_000) await sleep(left + 200);
    const QUERY = `{ centers(take: 500) { items { id code community { id street { id communities { id } } } } } }`;
    const before = await spent();
    const first = await cluster.gql(QUERY, {}, tokens.analyst);
    expect(first.status).toBe(200);
    const cost = (await spent()) - before;
    expect(cost).toBeGreaterThan(5000);
    const allowed = Math.floor((BUDGET - before) / cost); // requests of this cost that fit in the window, the first included
    expect(allowed).toBeGreaterThanOrEqual(4);
    const rest: GqlAnswer[] = [];
    for (let i = 1; i < allowed + 4; i++) rest.push(await cluster.gql(QUERY, {}, tokens.analyst));
    const answers = [first, ...rest];
    const ok = answers.filter((r) => r.status === 200);
    const limited = answers.filter((r) => r.status === 429);
    expect(ok.length).toBe(allowed); // one instance alone would have allowed this many: three did not allow three times as many
    expect(limited.length).toBe(4);
    expect(answers.slice(allowed).every((r) => r.status === 429 && r.errors?.[0]?.extensions?.reason === 'RATE_LIMITED')).toBe(true);
    expect(new Set(ok.map((r) => cluster.indexOf(r.servedBy))).size).toBe(3);
    expect(new Set(limited.map((r) => cluster.indexOf(r.servedBy))).size).toBeGreaterThanOrEqual(2);
    // other users are not affected
    expect((await cluster.gql(`{ centers(take: 1) { totalItems } }`, {}, tokens.officer)).status).toBe(200);
  });

  const finalizedRound = async (name: string) => {
    const r = await must(as('officer')(`mutation($n: String!) { createRatingRound(input: { name: $n, assessedOn: "2016-06-30" }) { id } }`, { n: name }));
    await must(as('officer')(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: r.id }));
    await must(as('officer')(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: r.id }));
    return r.id as string;
  };

  it('a subsidy approval raced on two instances takes effect once', async () => {
    const rr = await finalizedRound('审批竞争');
    const s = await must(as('officer')(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: '审批竞争资助', fiscalYear: 2016, ratingRoundId: rr, budget: '5000000' } }));
    const computed = await must(as('officer')(`mutation($id: ID!) { computeSubsidyRound(id: $id) { id version status } }`, { id: s.id }));
    expect(computed.status).toBe('COMPUTED');
    const approve = (i: number) => gqlAt(cluster.instances[i].url, `mutation($id: ID!, $v: Int) { approveSubsidyRound(id: $id, version: $v) { id status version } }`, { id: s.id, v: computed.version }, tokens.admin);
    const results = await Promise.all(Array.from({ length: 20 }, (_, k) => approve(k % 2)));
    const t = tally(results);
    expect(t.OK).toBe(1);
    expect((t.CONFLICT ?? 0) + (t.INVALID_STATE ?? 0)).toBe(19);
    expect(new Set(results.map((r) => r.servedBy))).toEqual(new Set([cluster.servedBy(0), cluster.servedBy(1)]));
    expect(await one('SELECT status, version FROM subsidy_round WHERE id = ?', Number(s.id))).toEqual({ status: 'APPROVED', version: computed.version + 1 });
    expect(await one('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?', 'SubsidyRound', s.id, 'APPROVE')).toEqual({ n: 1 });
  });

  it('an instance SIGKILLed under a load of edits and round computes: the others keep serving, no half-written round', async () => {
    const draft = await must(as('officer')(`mutation { createRatingRound(input: { name: "负载评定", assessedOn: "2016-06-30" }) { id } }`));
    const base = await finalizedRound('负载基准');
    const sub = await must(as('officer')(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: '负载资助', fiscalYear: 2016, ratingRoundId: base, budget: '9876543' } }));
    const centers: { id: string }[] = (await must(as('officer')(`{ centers(take: 40, sort: [{ field: code, direction: DESC }]) { items { id } } }`))).items;

    const log: { at: number; kind: string; code: string; servedBy: string | null }[] = [];
    let stop = false;
    const record = (kind: string, r: GqlAnswer) => log.push({ at: Date.now(), kind, code: codeOf(r), servedBy: r.servedBy });
    const send = async (kind: string, q: string, v: Record<string, unknown>) => {
      try {
        const r = await cluster.gql(q, v, tokens.officer);
        record(kind, r);
        return r;
      } catch (e) {
        log.push({ at: Date.now(), kind, code: `NETWORK ${(e as Error).message}`, servedBy: null });
        return null;
      }
    };
    const editor = async (k: number) => {
      for (let n = 0; !stop; n++) {
        const id = centers[(k * 7 + n) % centers.length].id;
        const cur = await send('read', `query($id: ID!) { center(id: $id) { version elderlyCount } }`, { id });
        if (!cur?.data?.center) continue;
        await send('edit', `mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { version } }`, { i: { id, version: cur.data.center.version, elderlyCount: cur.data.center.elderlyCount + 1 } });
      }
    };
    const computer = async (kind: string, mutation: string, id: string) => {
      while (!stop) await send(kind, mutation, { id });
    };
    const t0 = Date.now();
    const load = Promise.all([
      ...Array.from({ length: 4 }, (_, k) => editor(k)),
      computer('rating', `mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, draft.id),
      computer('rating', `mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, draft.id),
      computer('subsidy', `mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, sub.id),
      computer('subsidy', `mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, sub.id),
    ]);
    await sleep(2500);
    const killedAt = Date.now();
    await cluster.kill(2);
    await sleep(3000);
    stop = true;
    await load;

    const before = log.filter((l) => l.at < killedAt);
    const after = log.filter((l) => l.at > killedAt + 500);
    const byCode = log.reduce<Record<string, number>>((o, l) => ((o[l.code] = (o[l.code] ?? 0) + 1), o), {});
    console.log(`[multi-instance] ${log.length} requests in ${Date.now() - t0} ms: ${JSON.stringify(byCode)}; instance 2 killed after ${killedAt - t0} ms`);
    // all three served before the kill; after it the two others serve everything, successfully
    expect(new Set(before.filter((l) => l.code === 'OK').map((l) => cluster.indexOf(l.servedBy)))).toEqual(new Set([0, 1, 2]));
    expect(after.length).toBeGreaterThan(20);
    expect(new Set(after.map((l) => cluster.indexOf(l.servedBy)))).toEqual(new Set([0, 1]));
    expect(after.filter((l) => l.code === 'OK').length).toBeGreaterThan(10);
    expect(after.every((l) => l.code === 'OK' || l.code === 'CONFLICT')).toBe(true);
    // the only failures: CONFLICT (racing writers) and the requests that were in flight at the killed instance (502)
    const unexpected = log.filter((l) => !['OK', 'CONFLICT', 'HTTP 502'].includes(l.code));
    expect(unexpected).toEqual([]);
    const lost = log.filter((l) => l.code === 'HTTP 502');
    expect(lost.every((l) => l.at >= killedAt - 50 && l.at <= killedAt + 1000)).toBe(true);
    expect(lost.length).toBeLessThanOrEqual(8); // at most one in flight per client
    expect(cluster.balancer.stats()[2].alive).toBe(false);

    // no half-written round: a round's rows are all there or none, and its version counts its committed computes
    const eligible = (await one<{ n: number }>("SELECT COUNT(*) AS n FROM center WHERE status = 'ACTIVE' AND plaque_date <= '2016-06-30'")).n;
    const rating = await one<{ status: string; center_count: number; version: number }>('SELECT status, center_count, version FROM rating_round WHERE id = ?', Number(draft.id));
    expect(rating.status).toBe('COMPUTED');
    expect(rating.center_count).toBe(eligible);
    expect(await one('SELECT COUNT(*) AS n FROM center_rating WHERE round_id = ?', Number(draft.id))).toEqual({ n: eligible });
    const ratingComputes = (await one<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?', 'RatingRound', draft.id, 'COMPUTE')).n;
    expect(ratingComputes).toBeGreaterThan(1);
    expect(rating.version).toBe(1 + ratingComputes);
    const subsidy = await one<{ status: string; allocated: string; version: number }>('SELECT status, CAST(allocated_fen AS CHAR) AS allocated, version FROM subsidy_round WHERE id = ?', Number(sub.id));
    const subsidyComputes = (await one<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?', 'SubsidyRound', sub.id, 'COMPUTE')).n;
    expect(subsidyComputes).toBeGreaterThan(1);
    expect(subsidy).toEqual({ status: 'COMPUTED', allocated: '987654300', version: 1 + subsidyComputes });
    expect(await one('SELECT COUNT(*) AS n, CAST(SUM(amount_fen) AS CHAR) AS total FROM subsidy_allocation WHERE round_id = ?', Number(sub.id))).toEqual({ n: eligible, total: '987654300' });
    // edits: each center's version counts its committed updates (an edit cut off by the kill left nothing)
    const drift = await one<{ n: number }>(
      `SELECT COUNT(*) AS n FROM center c WHERE c.version <> 1 + (SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'Center' AND a.entity_id = CAST(c.id AS CHAR) COLLATE utf8mb4_unicode_520_ci AND a.action = 'UPDATE')`,
    );
    expect(drift).toEqual({ n: 0 });
    // no orphans: rows of rounds that are gone or not computed
    expect(await one('SELECT COUNT(*) AS n FROM center_rating r LEFT JOIN rating_round rr ON rr.id = r.round_id WHERE rr.id IS NULL OR rr.status = ?', 'DRAFT')).toEqual({ n: 0 });
    expect(await one('SELECT COUNT(*) AS n FROM subsidy_allocation a LEFT JOIN subsidy_round s ON s.id = a.round_id WHERE s.id IS NULL OR s.status = ?', 'DRAFT')).toEqual({ n: 0 });
    const verify = await must(gqlAt(cluster.instances[0].url, `{ verifyAuditLog { ok } }`, {}, tokens.admin));
    expect(verify.ok).toBe(true);
  });
});

/** The balancer itself (no database): it runs in both the SQLite and the MariaDB pass. */
describe('the round-robin balancer of scripts/lb-proxy.cjs', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createBalancer } = require('../../scripts/lb-proxy.cjs') as { createBalancer(u: string[], o?: { probeMs?: number }): Promise<{ url: string; stats(): { alive: boolean; served: number }[]; close(): Promise<void> }> };

  /** A stand-in instance answering its name; `hang` makes it take the request and close the socket unanswered. */
  const upstream = async (name: string) => {
    const http = await import('node:http');
    let hang = false;
    const server = http.createServer((req, res) => {
      if (hang && req.url !== '/healthz') return req.socket.destroy();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ name }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as import('node:net').AddressInfo;
    return { url: `http://127.0.0.1:${port}`, server, cut: () => (hang = true), close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
  };

  it('sends requests to the instances in turn, skips one that refuses connections, and answers 502 for a request cut off after delivery', async () => {
    const [a, b, c] = await Promise.all([upstream('a'), upstream('b'), upstream('c')]);
    const lb = await createBalancer([a.url, b.url, c.url], { probeMs: 50 });
    const ask = async () => {
      const res = await fetch(`${lb.url}/graphql`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      return { status: res.status, name: res.status === 200 ? ((await res.json()) as { name: string }).name : null };
    };
    try {
      const first = [];
      for (let i = 0; i < 6; i++) first.push((await ask()).name);
      expect(first.sort()).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);

      await b.close(); // refuses connections from now on: never delivered, so the balancer tries the next one
      const after = [];
      for (let i = 0; i < 6; i++) after.push(await ask());
      expect(after.every((r) => r.status === 200 && r.name !== 'b')).toBe(true);
      expect(lb.stats().filter((s) => s.alive)).toHaveLength(2);

      c.cut(); // takes requests and drops them: the balancer cannot know whether c acted, so the client gets 502
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await ask()).status);
      expect(statuses.filter((s) => s === 502).length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200 || s === 502)).toBe(true);
    } finally {
      await lb.close();
      await Promise.all([a.close(), c.close()]);
    }
  });
});
