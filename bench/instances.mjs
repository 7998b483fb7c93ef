// Instances: throughput of 1, 2 and 3 server processes behind the round-robin balancer (scripts/lb-proxy.cjs, in
// its own process) against one MariaDB database with the demo district, and the memory of each instance.
// Workload (read-only, as ANALYST so nothing is audited): 35% center list pages of 20 with community and street,
// 20% resident list pages of 20, 30% resident by id, 15% center by id. Each configuration: 3 s warm-up, then 15 s
// measured with autocannon (32 connections); plus one instance without the balancer, to show what the proxy costs.
// Everything (instances, MariaDB, balancer, load generator) shares this machine's cores, which caps the scaling.
//   node bench/instances.mjs [--seconds 15] [--connections 32] [--mysql mysql://root@127.0.0.1:3306]
// Writes bench/out/instances.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, freePort, MAIN, SERVER_NODE_FLAGS } from './lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'server');
const require = createRequire(path.join(serverDir, 'package.json'));
const autocannon = require('autocannon');
const mysql = require('mysql2/promise');

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const MYSQL = opt('--mysql', process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const SECONDS = Number(opt('--seconds', '15'));
const WARMUP = 3;
const CONNECTIONS = Number(opt('--connections', '32'));
const OUT = path.join(root, 'bench/out/instances.md');
const ADMIN = { email: 'admin@instances.example', password: 'instances-admin-password' };
const t0 = Date.now();
const loadAtStart = os.loadavg()[0];

ensureBuilt();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
};

// ---- a fresh database
const dbName = `eg_bench_inst_${process.pid}`;
{
  const c = await mysql.createConnection(MYSQL);
  await c.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
}
const databaseUrl = `${MYSQL}/${dbName}`;

const procs = [];
async function startInstance(demo) {
  const port = await freePort();
  const env = {
    ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: demo ? 'true' : 'false', ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password, ADMIN_DIST: '', LOG_LEVEL: 'warn', RATE_LIMIT_COST_PER_MINUTE: '0', NODE_ENV: 'production', JWT_SECRET: 'instances-'.padEnd(40, 'x'),
    REDIS_URL: process.env.REDIS_URL ?? '',
  };
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, MAIN], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  for (const s of [child.stdout, child.stderr]) s.on('data', (d) => log.push(...d.toString('utf8').split('\n').filter(Boolean)));
  let exit = null;
  child.once('exit', (code, signal) => (exit = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  for (const by = Date.now() + 180_000; ; await sleep(200)) {
    if (exit) throw new Error(`instance exited during start: ${JSON.stringify(exit)}\n${log.join('\n')}`);
    if (Date.now() > by) throw new Error(`instance not ready in 180 s\n${log.join('\n')}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
  }
  const inst = { url, pid: child.pid, child, log };
  procs.push(inst);
  return inst;
}

/** The balancer in a process of its own (as nginx would be), over `urls`. */
async function startBalancer(urls) {
  const script = `const { createBalancer } = require(${JSON.stringify(path.join(root, 'scripts/lb-proxy.cjs'))});
    createBalancer(${JSON.stringify(urls)}).then((lb) => { console.log(lb.url); process.on('SIGTERM', () => lb.close().then(() => process.exit(0))); });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(d.toString().trim()));
    child.once('exit', (code) => reject(new Error(`balancer exited (${code})`)));
  });
  return {
    url,
    pid: child.pid,
    stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))),
  };
}

const results = [];
let exitCode = 0;
try {
  const first = await startInstance(true);
  console.log(`instance 1 ready with the demo district (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const gql = async (query, variables, token) => {
    const res = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (e, p) => (await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e, p })).login.token;
  const admin = await login(ADMIN.email, ADMIN.password);
  await gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email: 'analyst@instances.example', name: 'bench analyst', password: 'instances-analyst-pw', role: 'ANALYST' } }, admin);
  const token = await login('analyst@instances.example', 'instances-analyst-pw');
  const centerIds = (await gql(`{ centers(take: 500) { items { id } } }`, {}, token)).centers.items.map((c) => c.id);
  const residents = (await gql(`{ residents(take: 500) { items { id } totalItems } }`, {}, token)).residents;
  const residentIds = residents.items.map((r) => r.id);
  // offset pages start below the list skip limit (LIST_MAX_SKIP, 10,000 by default)
  const residentPages = Math.max(1, Math.floor(Math.min(residents.totalItems, 10_000) / 20));
  const centerPages = Math.max(1, Math.floor(centerIds.length / 20));

  const Q = {
    centers: `query($skip: Int) { centers(skip: $skip, take: 20) { totalItems items { id code name currentLevel community { name street { name } } } } }`,
    residents: `query($skip: Int) { residents(skip: $skip, take: 20) { totalItems items { id name age gender community { name } } } }`,
    resident: `query($id: ID!) { resident(id: $id) { id name gender age community { name street { name } } } }`,
    center: `query($id: ID!) { center(id: $id) { id code name status currentLevel elderlyCount community { name } } }`,
  };
  const pick = (a) => a[Math.floor(Math.random() * a.length)];
  const nextBody = () => {
    const r = Math.random();
    if (r < 0.35) return { query: Q.centers, variables: { skip: 20 * Math.floor(Math.random() * centerPages) } };
    if (r < 0.55) return { query: Q.residents, variables: { skip: 20 * Math.floor(Math.random() * residentPages) } };
    if (r < 0.85) return { query: Q.resident, variables: { id: pick(residentIds) } };
    return { query: Q.center, variables: { id: pick(centerIds) } };
  };

  /** One autocannon run against `url`; counts the answering instance per response (X-Served-By). */
  const load = (url, seconds) =>
    new Promise((resolve, reject) => {
      const servedBy = {};
      let bad = 0;
      autocannon(
        {
          url: `${url}/graphql`,
          connections: CONNECTIONS,
          duration: seconds,
          requests: [
            {
              method: 'POST',
              setupRequest: (req) => ({ ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(nextBody()) }),
              onResponse: (status, body, _ctx, headers) => {
                const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === 'x-served-by');
                const h = key ? headers[key] : null;
                if (h) servedBy[h] = (servedBy[h] ?? 0) + 1;
                if (status !== 200 || body.includes('"errors"')) bad++;
              },
            },
          ],
        },
        (err, res) => (err ? reject(err) : resolve({ res, servedBy, bad })),
      );
    });

  const configs = [
    { label: '1 instance, no balancer', n: 1, direct: true },
    { label: '1 instance behind the balancer', n: 1 },
    { label: '2 instances behind the balancer', n: 2 },
    { label: '3 instances behind the balancer', n: 3 },
    { label: '1 instance behind the balancer (again, to show the run-to-run noise)', n: 1 },
  ];
  for (const c of configs) {
    while (procs.length < c.n) await startInstance(false);
    const used = procs.slice(0, c.n);
    const lb = c.direct ? null : await startBalancer(used.map((p) => p.url));
    const target = lb ? lb.url : used[0].url;
    await load(target, WARMUP);
    const { res, servedBy, bad } = await load(target, SECONDS);
    const rss = used.map((p) => rssMb(p.pid));
    const lbRss = lb ? rssMb(lb.pid) : null;
    await lb?.stop();
    const row = {
      label: c.label, n: c.n, rps: res.requests.average, p50: res.latency.p50, p99: res.latency.p99, total: res.requests.total,
      errors: res.errors + res.timeouts + res.non2xx + bad, rss, lbRss, spread: used.map((p) => servedBy[`${os.hostname()}:${p.pid}`] ?? 0),
    };
    results.push(row);
    console.log(`${c.label}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${row.errors}, spread ${row.spread.join('/')}, RSS ${rss.map((m) => m.toFixed(0)).join('/')} MB`);
  }
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => new Promise((r) => (p.child.exitCode !== null ? r() : p.child.once('exit', r)))));
  const c = await mysql.createConnection(MYSQL);
  await c.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await c.end();
}

if (results.length) {
  const base = results.find((r) => r.label.startsWith('1 instance behind'))?.rps ?? results[0].rps;
  const cpus = os.cpus();
  const lines = [
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')}Z: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}, MariaDB on the same machine; ` +
      `demo district (165 centers, ~20,500 residents). ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${SECONDS} s per row; rate limit off; ` +
      `instances, MariaDB, the balancer (its own process) and the load generator all share the ${cpus.length} cores. ` +
      `Load average before the run: ${loadAtStart.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)} (other work on the machine makes the figures noisy; compare the first and last rows).`,
    '',
    'Workload (read-only, ANALYST): 35% center list pages of 20 with community and street, 20% resident list pages of 20, 30% resident by id, 15% center by id.',
    '',
    '| configuration | req/s | vs 1 behind balancer | p50 ms | p99 ms | requests | errors | answered per instance | RSS per instance MB | balancer RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|---:|',
    ...results.map((r) =>
      `| ${r.label} | ${r.rps.toFixed(0)} | ${(r.rps / base).toFixed(2)}× | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} | ${r.spread.join(' / ')} | ${r.rss.map((m) => m.toFixed(0)).join(' / ')} | ${r.lbRss == null ? '—' : r.lbRss.toFixed(0)} |`),
    '',
    `What ${cpus.length} cores allow: each instance is one Node.js event loop (one core at most), and MariaDB, the balancer and autocannon need CPU too, so ` +
      `beyond ${Math.max(1, cpus.length - 1)} instance(s) the extra processes compete for the same cores instead of adding capacity; this run measures that ` +
      `the instances share the load correctly and what each costs in memory, not how ElderGraph scales on a bigger machine (there, instances scale ` +
      'until the single MariaDB primary, which every instance shares, is the bottleneck).',
    '',
  ];
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, lines.join('\n'));
  console.log(`\nwrote ${path.relative(root, OUT)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
process.exit(exitCode || (results.length === 5 ? 0 : 1));
