// Soak: the real built server under a steady mixed load, watching for 5xx, latency drift and memory growth.
// Starts `node server/dist/main.js` (building first when stale) on a free port with a fresh database and the demo
// district, logs in, creates an officer and an analyst, measures the maximum throughput of the mixed workload
// (10 s at high concurrency, autocannon), then runs at 70% of that rate, evenly paced (constant-rate arrivals timed
// from their scheduled start): 5 minutes, or 30 s with --smoke. The full run then sends the same mix one request at
// a time for 30 s: its p99 / p50 is the mix's own spread, without queueing.
// Workload: 80% single-record reads, 15% list pages with relations, 5% writes (updateCenter read-modify-write on
// the version, retried on CONFLICT). Server and load generator are pinned to separate cores when taskset exists.
//   node bench/soak.mjs [--smoke] [--minutes 5] [--mysql mysql://root@127.0.0.1:3306]
// Writes bench/out/soak.md (bench/out/soak-smoke.md for --smoke), with the server's output (-server.log; e.g.
// SOAK_SERVER_NODE_ARGS=--trace-gc) and every request over 5 ms with its time (-slow.log) beside it. Exits non-zero
// on any 5xx or INTERNAL_SERVER_ERROR, and in the full run also when warm p99 > 3 × warm p50 or RSS grows over 10%.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, freePort, MAIN, SERVER_NODE_FLAGS } from './lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'server');
const require = createRequire(path.join(serverDir, 'package.json'));
const autocannon = require('autocannon');

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const SMOKE = args.includes('--smoke');
const MYSQL = opt('--mysql', null);
const TOTAL_S = SMOKE ? 30 : Math.round(Number(opt('--minutes', '5')) * 60);
const WARMUP_S = SMOKE ? 5 : 60; // latency counts after this
const RSS_REF_S = SMOKE ? 10 : 60; // RSS compared from here to the end
const MAX_S = 10; // maximum-throughput probe
const MAX_CONNECTIONS = 64;
const RATE_SHARE = 0.7;
/** Requests in flight beyond which the paced generator drops slots (and the run fails): the server fell behind. */
const MAX_IN_FLIGHT = 256;
const OUT = path.join(root, 'bench/out', SMOKE ? 'soak-smoke.md' : 'soak.md');
const ADMIN = { email: 'admin@soak.example', password: 'soak-admin-password' };

const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return os.cpus().length >= 2;
  } catch {
    return false;
  }
})();

ensureBuilt();


// ---- fresh database
let databaseUrl;
let dropDb = async () => {};
if (MYSQL) {
  const mysql = require('mysql2/promise');
  const name = `eg_soak_${process.pid}`;
  const c = await mysql.createConnection(MYSQL);
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  databaseUrl = `${MYSQL.replace(/\/$/, '')}/${name}`;
  dropDb = async () => {
    const c2 = await mysql.createConnection(MYSQL);
    await c2.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c2.end();
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-soak-'));
  databaseUrl = `sqlite:${path.join(dir, 'soak.sqlite')}`;
  dropDb = async () => fs.rmSync(dir, { recursive: true, force: true });
}
const dbLabel = MYSQL ? 'MariaDB' : 'SQLite';

// ---- start the server (core 0) and pin this process, the load generator, to core 1
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: 'true', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password,
  ADMIN_DIST: '', LOG_LEVEL: 'warn', RATE_LIMIT_COST_PER_MINUTE: '0', NODE_ENV: 'production', ...(MYSQL ? { JWT_SECRET: 'soak-'.padEnd(40, 'x') } : {}),
};
delete env.JEST_WORKER_ID;
// SOAK_SERVER_NODE_ARGS adds node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it
const nodeArgs = [...SERVER_NODE_FLAGS, ...(process.env.SOAK_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), MAIN];
const [cmd, cmdArgs] = hasTaskset ? ['taskset', ['-c', '0', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
const spawnedAt = performance.now();
const server = spawn(cmd, cmdArgs, { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
const serverLog = [];
for (const s of [server.stdout, server.stderr]) s.on('data', (d) => serverLog.push(...d.toString('utf8').split('\n').filter(Boolean)));
let serverExit = null;
server.once('exit', (code, signal) => (serverExit = { code, signal }));
if (hasTaskset) execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });

let exitCode = 0;
const cleanup = async () => {
  if (serverExit === null) {
    server.kill('SIGTERM');
    await new Promise((r) => {
      const timer = setTimeout(() => (server.kill('SIGKILL'), r()), 10000);
      server.once('exit', () => (clearTimeout(timer), r()));
    });
  }
  await dropDb();
};

try {
  const startBy = Date.now() + 120_000;
  for (;;) {
    if (serverExit) throw new Error(`server exited during start: ${JSON.stringify(serverExit)}\n${serverLog.join('\n')}`);
    if (Date.now() > startBy) throw new Error(`server not ready in 120 s:\n${serverLog.join('\n')}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  // the server is ready; the pid whose RSS we watch is node's (taskset execs it in place)
  const serverPid = server.pid;
  const rssMb = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${serverPid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  };

  const gql = async (query, variables, token) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const login = async (email, password) => (await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password })).login.token;
  const admin = await login(ADMIN.email, ADMIN.password);
  const tokens = { admin };
  for (const role of ['OFFICER', 'ANALYST']) {
    const email = `${role.toLowerCase()}@soak.example`;
    await gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email, name: `soak ${role}`, password: 'soak-user-password', role } }, admin);
    tokens[role.toLowerCase()] = await login(email, 'soak-user-password');
  }
  const centerIds = (await gql(`{ centers(take: 500) { items { id } totalItems } }`, {}, admin)).centers.items.map((c) => c.id);
  const residents = await gql(`{ residents(take: 500) { items { id } totalItems } }`, {}, admin);
  const residentIds = residents.residents.items.map((r) => r.id);
  // offset pages start below the list skip limit (LIST_MAX_SKIP, 10,000 by default): deeper reads use keyset pages
  const residentPages = Math.max(1, Math.floor(Math.min(residents.residents.totalItems, 10_000) / 20));
  const communityIds = (await gql(`{ communities(take: 500) { items { id } } }`, {}, admin)).communities.items.map((c) => c.id);
  console.log(`soak on ${dbLabel}: demo district with ${centerIds.length} centers, ${residents.residents.totalItems} residents; pinned: ${hasTaskset ? 'server core 0, load core 1' : 'no (taskset missing)'}`);

  // ---- the workload
  const pick = (a) => a[Math.floor(Math.random() * a.length)];
  const readers = [tokens.admin, tokens.officer, tokens.analyst];
  const Q = {
    center: `query($id: ID!) { center(id: $id) { id code name status currentLevel elderlyCount serviceScore version community { name street { name } } } }`,
    resident: `query($id: ID!) { resident(id: $id) { id name gender age community { name } } }`,
    community: `query($id: ID!) { community(id: $id) { id name street { name } } }`,
    centers: `query($skip: Int) { centers(skip: $skip, take: 20) { totalItems items { id code name currentLevel community { name street { name } } association { name } } } }`,
    residents: `query($skip: Int) { residents(skip: $skip, take: 20) { totalItems items { id name age gender community { name street { name } } } } }`,
    version: `query($id: ID!) { center(id: $id) { id version } }`,
    update: `mutation($i: UpdateCenterInput!) { updateCenter(input: $i) { id version } }`,
  };
  const counts = { read: 0, list: 0, versionRead: 0, write: 0, conflict: 0, writeOk: 0, internal: 0, otherErrors: 0 };
  const errorSamples = [];
  const body = (query, variables) => JSON.stringify({ query, variables });

  /** One request for this connection: a read-modify-write in progress goes first, else 80 / 15 / 5. */
  function nextRequest(req, ctx) {
    const headers = { 'content-type': 'application/json' };
    if (ctx.write?.version !== undefined) {
      const { id, version } = ctx.write;
      ctx.kind = 'write';
      counts.write++;
      return { ...req, headers: { ...headers, authorization: `Bearer ${tokens.officer}` }, body: body(Q.update, { i: { id, version, elderlyCount: 100 + Math.floor(Math.random() * 2000) } }) };
    }
    if (ctx.write) {
      ctx.kind = 'version';
      counts.versionRead++;
      return { ...req, headers: { ...headers, authorization: `Bearer ${tokens.officer}` }, body: body(Q.version, { id: ctx.write.id }) };
    }
    const r = Math.random();
    if (r < 0.05) {
      ctx.write = { id: pick(centerIds), attempts: 0 };
      return nextRequest(req, ctx);
    }
    const auth = { ...headers, authorization: `Bearer ${pick(readers)}` };
    if (r < 0.2) {
      ctx.kind = 'list';
      counts.list++;
      return Math.random() < 0.5
        ? { ...req, headers: auth, body: body(Q.centers, { skip: 20 * Math.floor(Math.random() * Math.max(1, Math.floor(centerIds.length / 20))) }) }
        : { ...req, headers: auth, body: body(Q.residents, { skip: 20 * Math.floor(Math.random() * residentPages) }) };
    }
    ctx.kind = 'read';
    counts.read++;
    const which = Math.random();
    if (which < 0.45) return { ...req, headers: auth, body: body(Q.center, { id: pick(centerIds) }) };
    if (which < 0.9) return { ...req, headers: auth, body: body(Q.resident, { id: pick(residentIds) }) };
    return { ...req, headers: auth, body: body(Q.community, { id: pick(communityIds) }) };
  }

  function onResponse(status, resBody, ctx) {
    const text = String(resBody ?? '');
    if (text.includes('INTERNAL_SERVER_ERROR')) {
      counts.internal++;
      if (errorSamples.length < 5) errorSamples.push(`${status} ${text.slice(0, 300)}`);
    }
    if (ctx.kind === 'version' && ctx.write) {
      const m = /"version":(\d+)/.exec(text);
      if (m) ctx.write.version = Number(m[1]);
      else ctx.write = null;
    } else if (ctx.kind === 'write' && ctx.write) {
      if (text.includes('"CONFLICT"') && ++ctx.write.attempts < 5) {
        counts.conflict++;
        ctx.write = { id: ctx.write.id, attempts: ctx.write.attempts }; // read the version again, then retry
      } else {
        if (text.includes('"updateCenter":{')) counts.writeOk++;
        else if (!text.includes('INTERNAL_SERVER_ERROR') && errorSamples.length < 5) errorSamples.push(`write ${status} ${text.slice(0, 300)}`);
        ctx.write = null;
      }
    } else if (text.includes('"errors"') && !text.includes('INTERNAL_SERVER_ERROR')) {
      counts.otherErrors++;
      if (errorSamples.length < 5) errorSamples.push(`${ctx.kind} ${status} ${text.slice(0, 300)}`);
    }
  }

  // autocannon resets a connection's context each time it wraps around its `requests` array, which would drop a
  // read-modify-write in progress: a long array of the same dynamic request makes that rare (every 10,000 requests)
  const requests = Array.from({ length: 10_000 }, () => ({ method: 'POST', path: '/graphql', setupRequest: nextRequest, onResponse }));
  const run = (opts) =>
    new Promise((resolve, reject) => {
      const inst = autocannon({ url: base, requests, timeout: 30, ...opts }, (err, res) => (err ? reject(err) : resolve(res)));
      inst.on('error', reject);
    });

  // ---- evenly paced open-loop load (steady phase): the same workload as nextRequest/onResponse, one slot per
  // request; a read-modify-write occupies the next slots of its own sequence (version read, update, retries).
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_CONNECTIONS });
  const send = (opts) =>
    new Promise((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: opts.path, method: 'POST', headers: opts.headers, agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', () => resolve({ status: 0, text: '' }));
        },
      );
      req.on('error', () => resolve({ status: 0, text: '' }));
      req.setTimeout(30_000, () => req.destroy());
      req.end(opts.body);
    });
  const slow = []; // requests over 5 ms: when (ms after the server was spawned), which kind, how long
  const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
  /** The tallies of one phase: record() counts a response (and hands it to onResponse), summary() the percentiles. */
  function phase() {
    const ph = {
      start: performance.now(),
      latencies: [],
      byKind: {},
      lateness: [], // how long after its scheduled time each request was sent: the generator's own delay
      result: { '5xx': 0, non2xx: 0, errors: 0, timeouts: 0, connections: 0, dropped: 0 },
      record(ctx, ms, status, text) {
        ph.latencies.push(ms);
        (ph.byKind[ctx.kind] ??= []).push(ms);
        if (status === 0) ph.result.errors++;
        else if (status >= 500) ph.result['5xx']++;
        if (status < 200 || status >= 300) ph.result.non2xx++;
        onResponse(status, text, ctx);
      },
      summary() {
        const { latencies, lateness, byKind } = ph;
        for (const xs of [latencies, lateness, ...Object.values(byKind)]) xs.sort((x, y) => x - y);
        const r1 = (x) => Math.round(x * 10) / 10;
        return {
          ...ph.result,
          requests: { total: latencies.length },
          duration: (performance.now() - ph.start) / 1000,
          byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { n: v.length, p50: r1(percentile(v, 50)), p99: r1(percentile(v, 99)) }])),
          lateness: { p50: Math.round(percentile(lateness, 50) * 100) / 100, p99: Math.round(percentile(lateness, 99) * 100) / 100 },
          latency: { p50: r1(percentile(latencies, 50)), p90: r1(percentile(latencies, 90)), p99: r1(percentile(latencies, 99)), max: r1(latencies[latencies.length - 1] ?? 0) },
        };
      },
    };
    return ph;
  }

  async function paced({ rate: perSecond, seconds }) {
    const interval = 1000 / perSecond;
    const total = Math.round(perSecond * seconds);
    const ph = phase();
    const { result, start } = ph;
    const writers = []; // contexts of read-modify-writes in progress: their next request takes the next slot
    let inFlight = 0;
    let issued = 0;
    await new Promise((resolve) => {
      const fire = () => {
        const now = performance.now();
        while (issued < total && start + issued * interval <= now) {
          const scheduled = start + issued * interval;
          issued++;
          if (inFlight >= MAX_IN_FLIGHT) {
            result.dropped++; // the server has fallen behind: an open-loop generator would queue without bound
            continue;
          }
          const ctx = writers.shift() ?? {};
          const opts = nextRequest({ path: '/graphql' }, ctx);
          const late = performance.now() - scheduled;
          ph.lateness.push(late);
          inFlight++;
          result.connections = Math.max(result.connections, inFlight);
          send(opts).then(({ status, text }) => {
            inFlight--;
            const ms = performance.now() - scheduled;
            if (ms > 5 && slow.length < 50000) slow.push({ at: scheduled - spawnedAt, kind: ctx.kind, ms, late });
            ph.record(ctx, ms, status, text);
            if (ctx.write) writers.push(ctx);
            if (issued >= total && inFlight === 0) resolve();
          });
        }
        if (issued >= total && inFlight === 0) resolve(); // every remaining slot was dropped
        // Node's timers have a 1 ms resolution, which would send each request up to 1 ms late: the last 2 ms before a
        // slot are waited out with setImmediate (this process has its own core; I/O is still handled every turn)
        if (issued < total) {
          const wait = start + issued * interval - performance.now();
          if (wait > 2) setTimeout(fire, wait - 2);
          else setImmediate(fire);
        }
      };
      fire();
    });
    return ph.summary();
  }

  /** One request at a time on one connection, back to back, for `seconds`: service times without queueing. */
  async function serial(seconds) {
    const ph = phase();
    ph.result.connections = 1;
    let ctx = {};
    while (performance.now() - ph.start < seconds * 1000) {
      if (!ctx.write) ctx = {};
      const opts = nextRequest({ path: '/graphql' }, ctx);
      const t = performance.now();
      const { status, text } = await send(opts);
      ph.record(ctx, performance.now() - t, status, text);
    }
    return ph.summary();
  }

  // ---- 1. maximum throughput
  console.log(`1. maximum throughput: ${MAX_S} s at ${MAX_CONNECTIONS} connections`);
  const max = await run({ connections: MAX_CONNECTIONS, duration: MAX_S });
  const maxRps = max.requests.total / max.duration;
  const rate = Math.max(1, Math.floor(maxRps * RATE_SHARE));
  console.log(`   ${max.requests.total} requests, ${maxRps.toFixed(0)} req/s, p50 ${max.latency.p50} ms, p99 ${max.latency.p99} ms, 5xx ${max['5xx']}`);

  // ---- 2. steady load at 70%: warm-up, then the measured part; RSS sampled every second.
  // autocannon's rate limit releases each second's quota at once (a burst at the top of every second, then
  // silence), which measures its own queue rather than the server. The steady phase therefore paces requests
  // evenly itself (constant-rate arrivals, as wrk2 does) and times each one from its scheduled start, so a
  // slow response also counts the delay it causes to the requests behind it (no coordinated omission).
  console.log(`2. steady load: ${rate} req/s (${RATE_SHARE * 100}% of max), evenly paced, for ${TOTAL_S} s (latency counted after ${WARMUP_S} s)`);
  const rss = [];
  const t0 = Date.now();
  const sampler = setInterval(() => rss.push({ s: (Date.now() - t0) / 1000, mb: rssMb() }), 1000);
  const warm = await paced({ rate, seconds: WARMUP_S });
  const steady = await paced({ rate, seconds: TOTAL_S - WARMUP_S });
  clearInterval(sampler);
  rss.push({ s: (Date.now() - t0) / 1000, mb: rssMb() });
  // 3. the mix's own spread (full run only): one request at a time, back to back, for 30 s — no queueing and no idle
  // gaps, so its p99 / p50 is what the mix itself costs (a list page costs a few single reads): the floor under the
  // steady ratio
  const floor = SMOKE ? null : await serial(30);
  const byKind = (r) => Object.entries(r.byKind).map(([k, v]) => `${k} ${v.n} × p50 ${v.p50} ms / p99 ${v.p99} ms`).join('; ');
  // RSS follows the garbage collector's sawtooth: compare the median of the first measured minute with the median
  // of the last one (10 s windows in the smoke run), not two single samples
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const windowS = SMOKE ? 10 : 60;
  const rssRef = median(rss.filter((x) => x.s >= RSS_REF_S && x.s < RSS_REF_S + windowS).map((x) => x.mb));
  const rssEnd = median(rss.filter((x) => x.s >= TOTAL_S - windowS).map((x) => x.mb));
  const rssPeak = Math.max(...rss.map((x) => x.mb));
  const growth = (rssEnd - rssRef) / rssRef;
  const connections = steady.connections;

  // every phase counts in the totals (the one-at-a-time phase included, as its 5xx always did)
  const phases = [max, warm, steady, ...(floor ? [floor] : [])];
  const sum = (get) => phases.reduce((n, p) => n + get(p), 0);
  const fivexx = sum((p) => p['5xx']);
  const total = sum((p) => p.requests.total);
  const errors = sum((p) => p.errors);
  const timeouts = sum((p) => p.timeouts);
  const soakRequests = warm.requests.total + steady.requests.total;
  const achieved = soakRequests / TOTAL_S;
  const p50 = steady.latency.p50;
  const p99 = steady.latency.p99;
  const failures = [];
  if (fivexx > 0) failures.push(`${fivexx} responses with a 5xx status`);
  if (counts.internal > 0) failures.push(`${counts.internal} responses with INTERNAL_SERVER_ERROR`);
  if (serverExit) failures.push(`server exited: ${JSON.stringify(serverExit)}`);
  if (!SMOKE && p99 > 3 * p50) failures.push(`warm p99 ${p99} ms > 3 × warm p50 ${p50} ms`);
  const dropped = warm.dropped + steady.dropped;
  if (dropped > 0) failures.push(`${dropped} requests not sent: over ${MAX_IN_FLIGHT} in flight, the server fell behind the rate`);
  if (achieved < rate * 0.95) failures.push(`achieved ${achieved.toFixed(0)} req/s < 95% of the ${rate} req/s rate`);
  if (!SMOKE && growth > 0.1) failures.push(`RSS grew ${(growth * 100).toFixed(1)}% (> 10%) from minute 1 to the end`);

  const mix = counts.read + counts.list + counts.versionRead + counts.write;
  const pct = (n) => `${((100 * n) / Math.max(1, mix)).toFixed(1)}%`;
  const row = (label, r) => `| ${label} | ${r.requests.total} | ${(r.requests.total / r.duration).toFixed(0)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.latency.max} | ${r['5xx']} | ${r.non2xx} | ${r.errors} / ${r.timeouts} |`;
  const md = [
    `${SMOKE ? 'Smoke run (30 s)' : `Full run (${TOTAL_S / 60} min)`} on ${dbLabel}, ${new Date().toISOString().slice(0, 19)}Z: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ` +
      `server ${hasTaskset ? 'pinned to core 0, load generator to core 1 (autocannon for the maximum, then evenly paced requests)' : 'and load generator unpinned (no taskset)'}; demo district (${centerIds.length} centers, ${residents.residents.totalItems} residents), fresh database.`,
    '',
    `Workload: 80% single-record reads (center / resident / community by id, as ADMIN, OFFICER or ANALYST), 15% list pages of 20 with relations (centers, residents), ` +
      `5% updateCenter read-modify-write (version read, then update; CONFLICT re-reads and retries). Issued: ${counts.read} reads (${pct(counts.read)}), ${counts.list} lists (${pct(counts.list)}), ` +
      `${counts.versionRead} version reads (${pct(counts.versionRead)}) + ${counts.write} writes (${pct(counts.write)}); ${counts.writeOk} writes succeeded, ${counts.conflict} CONFLICT retries.`,
    '',
    '| phase | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | 5xx | non-2xx | socket errors / timeouts |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    row(`max throughput (${MAX_CONNECTIONS} connections, ${MAX_S} s)`, max),
    row(`warm-up at ${rate} req/s (first ${WARMUP_S} s)`, warm),
    row(`**steady at ${rate} req/s (warm, ${TOTAL_S - WARMUP_S} s)**`, steady),
    ...(floor ? [row('one at a time, back to back (30 s)', floor)] : []),
    '',
    `- Maximum throughput: **${maxRps.toFixed(0)} req/s**; rate used: **${rate} req/s** (${RATE_SHARE * 100}%), achieved ${achieved.toFixed(0)} req/s (evenly paced; at most ${connections} requests in flight).`,
    `- Requests: **${total}** in all (${soakRequests} in the soak); 5xx: **${fivexx}**; INTERNAL_SERVER_ERROR bodies: **${counts.internal}**; other GraphQL errors: ${counts.otherErrors}; socket errors ${errors}, timeouts ${timeouts}.`,
    `- Warm latency (after ${WARMUP_S} s): p50 **${p50} ms**, p99 **${p99} ms** (p99 / p50 = ${(p99 / Math.max(p50, 0.001)).toFixed(1)}${SMOKE ? '' : '; limit 3'}).`,
    `- Steady latency by request kind: ${byKind(steady)}.`,
    ...(floor ? [`- One at a time (the mix's own spread, no queueing): p50 ${floor.latency.p50} ms, p99 ${floor.latency.p99} ms (p99 / p50 = ${(floor.latency.p99 / Math.max(floor.latency.p50, 0.001)).toFixed(1)}); by kind: ${byKind(floor)}.`] : []),
    `- Load generator (steady phase): sent each request a median ${steady.lateness.p50} ms and a p99 ${steady.lateness.p99} ms after its scheduled time (its own delay, counted in the latencies above).`,
    `- Server RSS (median of ${windowS} s windows): ${rssRef.toFixed(1)} MB from ${RSS_REF_S} s, ${rssEnd.toFixed(1)} MB in the last window (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%${SMOKE ? ', reported only' : '; limit +10%'}), peak ${rssPeak.toFixed(1)} MB.`,
    `- Verdict: ${failures.length ? `**FAIL**: ${failures.join('; ')}` : '**pass**'}.`,
    ...(errorSamples.length ? ['', 'Sample error responses:', '', ...errorSamples.map((s) => `    ${s.replace(/\n/g, ' ')}`)] : []),
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, md);
  // the server's own output (e.g. SOAK_SERVER_NODE_ARGS=--trace-gc) and the slowest requests, to find stalls
  fs.writeFileSync(OUT.replace(/\.md$/, '-server.log'), serverLog.join('\n') + '\n');
  fs.writeFileSync(OUT.replace(/\.md$/, '-slow.log'), slow.map((x) => `${x.at.toFixed(0)} ms after spawn: ${x.kind} ${x.ms.toFixed(1)} ms late ${x.late.toFixed(1)}`).join('\n') + '\n');
  console.log(`\n${md}\nwrote ${path.relative(root, OUT)}`);
  if (failures.length) exitCode = 1;
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
