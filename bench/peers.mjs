// Peer benchmarks: ElderGraph against what else one could run on the same MariaDB data (issue "city scale",
// points 2–4). One run starts every server on one database, checks that they give the same answers, counts SQL
// statements per request, then drives them with autocannon: server pinned to core 1, load generator (this
// process) to core 0, warm-up, interleaved rounds (the peer order rotates each round), median of the rounds.
//
//   ours  ElderGraph (server/dist/main.js), as deployed: DataLoaders, auth, hardening; rate limit off as in the soak
//   b     the same server with DATALOADERS=off: the same TypeGraphQL + TypeORM schema "without DataLoaders"
//   a     bench/peers/raw-mysql2.mjs: node:http + mysql2 + one hand-written statement — the physical floor
//   c     bench/peers/apollo-sdl.mjs: plain Apollo Server with SDL resolvers and DataLoaders — our layers' cost
//   d     GraphQL Mesh's MySQL source (bench/peers/mesh/), installed at bench time into a cache folder outside
//         the repository (BENCH_CACHE, default ~/.cache/eldergraph-bench); skipped with the reason if that fails
//
// Scenarios: the centers list with community, association and latest rating at n = 10 and n = 100; a trivial
// query; cold start to the first answer on SQLite and MariaDB; RSS after warm-up.
//   node bench/peers.mjs [--seconds 6] [--warmup 3] [--rounds 3] [--centers 50000] [--connections 10]
//                        [--peers ours,b,a,c,d] [--mysql mysql://root@127.0.0.1:3306] [--no-cold-start]
//                        [--database mysql://…/existing] (a database made by bench/peers/dataset.mjs, kept afterwards)
//                        [--main server/dist/main.js] [--variant label=/other/build/dist/main.js …]
// A variant is another build of our server run like `ours` in the same rounds (e.g. the same source without one
// change, for a before/after figure measured under the same conditions); the report adds ours / variant.
// Writes bench/out/peers.md (with bench/peers/changes.md, the measured before/after of each change made for it).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, freePort } from './lib/server.mjs';
import { createPeerDataset } from './peers/dataset.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const serverDir = path.join(root, 'server');
const require = createRequire(path.join(serverDir, 'package.json'));
const autocannon = require('autocannon');
const mysql = require('mysql2/promise');

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const SECONDS = Number(opt('--seconds', '6'));
const WARMUP_S = Number(opt('--warmup', '3'));
const ROUNDS = Number(opt('--rounds', '3'));
const CENTERS = Number(opt('--centers', '50000'));
const CONNECTIONS = Number(opt('--connections', '10'));
const PEERS = opt('--peers', 'ours,b,a,c,d').split(',');
const MYSQL = opt('--mysql', process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const COLD_START = !args.includes('--no-cold-start');
const EXISTING_DB = opt('--database', null);
const MAIN = path.resolve(opt('--main', path.join(serverDir, 'dist/main.js')));
const VARIANTS = Object.fromEntries(args.flatMap((a, i) => (a === '--variant' ? [args[i + 1].split('=')] : [])).map(([k, v]) => [k, path.resolve(v)]));
const CACHE = process.env.BENCH_CACHE || path.join(os.homedir(), '.cache', 'eldergraph-bench');
const OUT = path.join(root, 'bench/out/peers.md');
const ADMIN = { email: 'admin@peers.example', password: 'peers-admin-password' };
const JWT_SECRET = 'peers-bench-'.padEnd(48, 'x');
const started = Date.now();
const say = (s) => console.log(`[peers ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return os.cpus().length >= 2;
  } catch {
    return false;
  }
})();
// this process (the load generator) on core 0; every server is started on core 1
if (hasTaskset) execFileSync('taskset', ['-a', '-cp', '0', String(process.pid)], { stdio: 'ignore' });

ensureBuilt();

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Environment for child processes without the npm_* variables of `npm run bench` (they confuse a nested npm). */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'JEST_WORKER_ID' && k !== 'INIT_CWD'));

/** Runs a command to completion (async, so that it overlaps other work); rejects with its output's tail. */
function run(cmd, argv, opts = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, argv, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    const timer = opts.timeoutMs ? setTimeout(() => p.kill('SIGKILL'), opts.timeoutMs) : null;
    p.on('error', (e) => reject(e));
    p.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(cmd)} ${argv.slice(0, 2).join(' ')} failed (${signal ?? `exit ${code}`}): ${out.trim().split('\n').slice(-6).join(' | ')}`));
    });
  });
}

// ---- servers
const servers = [];
/**
 * Starts `node script …` on core 1 with `env`; `lines` collects its output. Every server here, ours included, runs
 * with Node's default flags (not server/package.json's nodeFlags, which `npm start` adds): the peers are compared on
 * what each framework costs, on equal terms. The soak and the instance benchmarks run ours as `npm start` does.
 */
async function startServer(label, script, scriptArgs, env, cwd = root) {
  const port = await freePort();
  const argv = [process.execPath, script, ...scriptArgs.map((a) => (a === '$PORT' ? String(port) : a))];
  const [cmd, cmdArgs] = hasTaskset ? ['taskset', ['-c', '1', ...argv]] : [argv[0], argv.slice(1)];
  const proc = spawn(cmd, cmdArgs, { cwd, env: { ...cleanEnv(), PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const s = { label, proc, port, base: `http://127.0.0.1:${port}`, lines: [], exit: null, spawnedAt: process.hrtime.bigint() };
  for (const stream of [proc.stdout, proc.stderr]) {
    let rest = '';
    stream.on('data', (d) => {
      const parts = (rest + d.toString('utf8')).split('\n');
      rest = parts.pop();
      s.lines.push(...parts);
      if (s.lines.length > 200_000) s.lines.splice(0, 100_000);
    });
  }
  proc.once('exit', (code, signal) => (s.exit = { code, signal }));
  // taskset execs the command in place: the pid is node's, whose RSS we read
  s.rssMb = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  };
  // CPU time the server process has used (user + system), ms: per request it is the framework's cost, and far
  // steadier than req/s on a machine whose other work comes and goes
  s.cpuMs = () => {
    try {
      const f = fs.readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
    } catch {
      return NaN;
    }
  };
  s.stop = async () => {
    if (s.exit) return;
    proc.kill('SIGTERM');
    const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await new Promise((r) => (s.exit ? r() : proc.once('exit', r)));
    clearTimeout(t);
  };
  servers.push(s);
  return s;
}

async function post(base, body, headers = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, json, statements: res.headers.get('x-sql-statements') };
}

/** Waits until `op` answers 200 without errors; returns ms since the spawn. */
async function firstAnswer(s, op, headers, limitMs = 120_000) {
  const body = JSON.stringify(op);
  for (;;) {
    if (s.exit) throw new Error(`${s.label} exited during start (${JSON.stringify(s.exit)}):\n${s.lines.slice(-30).join('\n')}`);
    if (Number(process.hrtime.bigint() - s.spawnedAt) / 1e6 > limitMs) throw new Error(`${s.label}: no answer in ${limitMs / 1000} s:\n${s.lines.slice(-30).join('\n')}`);
    try {
      const res = await fetch(`${s.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      if (res.ok) {
        const j = await res.json();
        if (j.data && !j.errors) return Number(process.hrtime.bigint() - s.spawnedAt) / 1e6;
      } else await res.arrayBuffer();
    } catch {}
    await sleep(5);
  }
}

// ---- operations (a recognises them by operationName; d has its own generated schema)
const LIST = `query CentersList($take: Int!, $skip: Int) {
  centers(take: $take, skip: $skip) { totalItems items { id code name status community { id name } association { id name } currentLevel } }
}`;
const MESH_LIST = `query CentersList($take: Int!, $skip: Int, $round: String) {
  count_center
  center(limit: $take, offset: $skip, orderBy: { id: asc }) { id code name status community { id name } association { id name } center_rating(where: { round_id: $round }) { level } }
}`;
const TRIVIAL = 'query Trivial { __typename }';
/**
 * Our lists count up to LIST_COUNT_LIMIT matches (server/src/common/list.ts): every server gets the same value (by
 * default our server's default), so that peers a and c count as we do and every answer is the same.
 */
const COUNT_LIMIT = (() => {
  if (process.env.LIST_COUNT_LIMIT) return Number(process.env.LIST_COUNT_LIMIT);
  const list = require(path.join(serverDir, 'dist/common/list.js'));
  return Number(list.DEFAULT_LIST_LIMITS?.countLimit ?? list.DEFAULT_LIST_COUNT_LIMIT ?? 1e9);
})();

const SCENARIOS = [
  { key: 'n10', name: 'Centers list, n = 10 (community, association, latest rating)', take: 10 },
  { key: 'n100', name: 'Centers list, n = 100 (community, association, latest rating)', take: 100 },
  { key: 'trivial', name: 'Trivial query `{ __typename }`' },
];

const PEER_INFO = {
  ours: 'ElderGraph',
  b: '(b) same schema, DATALOADERS=off',
  a: '(a) raw mysql2 + node:http',
  c: '(c) plain Apollo + SDL',
  d: '(d) GraphQL Mesh MySQL',
};

/** The request body of a scenario for a peer. */
function requestOf(peer, sc, ctx) {
  if (sc.key === 'trivial') return { operationName: 'Trivial', query: TRIVIAL };
  if (peer === 'd') return { operationName: 'CentersList', query: MESH_LIST, variables: { take: sc.take, skip: 0, round: String(ctx.latestRoundId) } };
  return { operationName: 'CentersList', query: LIST, variables: { take: sc.take, skip: 0 } };
}

let meshWrongAssociations = 0;
/** One answer of the list in a comparable form: [totalItems, [id, code, community, association, level]…]. */
function normalise(peer, json) {
  if (peer === 'd') {
    const d = json.data;
    // Mesh's MySQL source turns `association_id IS NULL` into no condition at all and returns EVERY association
    // for such a center (checked by hand: 510 rows); count those answers and compare the rest
    meshWrongAssociations += d.center.filter((c) => c.association.length > 1).length;
    // and its count_center is a full COUNT(*): compared as our server reports it (up to the count limit)
    return [Math.min(d.count_center, COUNT_LIMIT), d.center.map((c) => [String(c.id), c.code, c.community[0]?.name, c.association.length === 1 ? c.association[0].name : null, c.center_rating[0]?.level ?? null])];
  }
  const d = json.data.centers;
  return [d.totalItems, d.items.map((c) => [c.id, c.code, c.community.name, c.association?.name ?? null, c.currentLevel])];
}

// ---- GraphQL Mesh: install into the cache (outside the repository), build against the database, start
async function installMesh() {
  const dir = path.join(CACHE, 'mesh');
  fs.mkdirSync(dir, { recursive: true });
  const pkg = fs.readFileSync(path.join(here, 'peers/mesh/package.json'), 'utf8');
  const installed = path.join(dir, 'package.json');
  if (!fs.existsSync(path.join(dir, 'node_modules/.bin/mesh')) || !fs.existsSync(installed) || fs.readFileSync(installed, 'utf8') !== pkg) {
    fs.writeFileSync(installed, pkg);
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: cleanEnv(), timeoutMs: 300_000 });
  }
  fs.copyFileSync(path.join(here, 'peers/mesh/.meshrc.yaml'), path.join(dir, '.meshrc.yaml'));
  return dir;
}

function meshEnv(dbUrl) {
  const u = new URL(dbUrl);
  return {
    MESH_DB_HOST: u.hostname, MESH_DB_PORT: u.port || '3306', MESH_DB_USER: decodeURIComponent(u.username), MESH_DB_PASSWORD: decodeURIComponent(u.password),
    MESH_DB_NAME: u.pathname.slice(1), FORK: '0', NODE_ENV: 'production',
  };
}

// ---- autocannon
function load(s, body, headers, seconds) {
  const payload = JSON.stringify(body);
  let bad = 0;
  const cpu0 = s.cpuMs();
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: s.base, connections: CONNECTIONS, duration: seconds, timeout: 30,
        requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers }, body: payload, onResponse: (status, text) => {
          if (status !== 200 || text.includes('"errors"')) bad++;
        } }],
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({ rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, bad: bad + r.errors + r.timeouts, cpuPerReq: (s.cpuMs() - cpu0) / r.requests.total });
      },
    );
    inst.on('error', reject);
  });
}

// ---- statements per request of our server (LOG_QUERIES=true prints each statement as `[sql] …`)
async function countStatements(s, body, headers) {
  await post(s.base, body, headers); // warm (first-use statements are not the steady state)
  await sleep(100);
  const counts = [];
  for (let i = 0; i < 2; i++) {
    const mark = s.lines.length;
    const r = await post(s.base, body, headers);
    if (r.status !== 200 || r.json.errors) throw new Error(`${s.label}: ${JSON.stringify(r.json).slice(0, 300)}`);
    await sleep(150);
    counts.push(s.lines.slice(mark).filter((l) => l.startsWith('[sql] ') && !l.startsWith('[sql] /* background */')).length);
  }
  return Math.max(...counts);
}

/** Cold starts of our server: 3 on the MariaDB database, a first start on a fresh SQLite file, 3 restarts on it. */
async function coldStarts(ourEnv, headers) {
  const trivialOp = { operationName: 'Trivial', query: TRIVIAL };
  const coldStart = async (label, env, hdrs) => {
    const s = await startServer(label, MAIN, [], env, serverDir);
    try {
      return await firstAnswer(s, trivialOp, hdrs);
    } finally {
      await s.stop();
    }
  };
  const cs = { mysql: [], sqlite: [], sqliteFresh: null };
  for (let i = 0; i < 3; i++) cs.mysql.push(await coldStart('cold-mysql', ourEnv, headers));
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-peers-'));
  try {
    const sqliteEnv = { ...ourEnv, DATABASE_URL: `sqlite:${path.join(sqliteDir, 'cold.sqlite')}` };
    // first start: a fresh file (migrations, first ADMIN), then log in for a token of this database
    const first = await startServer('sqlite-first', MAIN, [], sqliteEnv, serverDir);
    let sqliteHeaders;
    try {
      for (;;) {
        if (first.exit) throw new Error(`SQLite server exited: ${first.lines.slice(-20).join('\n')}`);
        const r = await post(first.base, { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: ADMIN.email, p: ADMIN.password } }).catch(() => null);
        if (r?.json?.data?.login?.token) {
          sqliteHeaders = { authorization: `Bearer ${r.json.data.login.token}` };
          cs.sqliteFresh = Number(process.hrtime.bigint() - first.spawnedAt) / 1e6;
          break;
        }
        await sleep(5);
      }
    } finally {
      await first.stop();
    }
    for (let i = 0; i < 3; i++) cs.sqlite.push(await coldStart('cold-sqlite', sqliteEnv, sqliteHeaders));
  } finally {
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  }
  return cs;
}

// =====================================================================================================
const report = { skipped: {}, rps: {}, lat: {}, cpu: {}, bad: {}, statements: {}, rss: {}, rssEnd: {}, coldStart: {}, notes: [] };
let dataset = null;
let exitCode = 0;
try {
  say(`${CENTERS} centers on MariaDB ${MYSQL}; pinned: ${hasTaskset ? 'servers core 1, load generator core 0' : 'no (taskset missing or one core)'}`);
  const meshReady = PEERS.includes('d') ? installMesh().then((dir) => ({ dir }), (e) => ({ error: e })) : Promise.resolve({ error: new Error('not selected (--peers)') });
  dataset = EXISTING_DB
    ? { url: EXISTING_DB, name: new URL(EXISTING_DB).pathname.slice(1), drop: async () => {}, ratings: '?' }
    : await createPeerDataset(MYSQL, { centers: CENTERS, admin: ADMIN, log: say });
  const conn = await mysql.createConnection(dataset.url);
  const [[{ id: latestRoundId }]] = await conn.query("SELECT id FROM rating_round WHERE status = 'FINALIZED' ORDER BY assessed_on DESC, id DESC LIMIT 1");
  const [[{ version: dbVersion }]] = await conn.query('SELECT VERSION() AS version');
  await conn.end();
  const ctx = { latestRoundId };

  // -- start the peers
  const ourEnv = {
    DATABASE_URL: dataset.url, HOST: '127.0.0.1', JWT_SECRET, DEMO_DATA: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_DIST: '',
    LOG_LEVEL: 'warn', RATE_LIMIT_COST_PER_MINUTE: '0', NODE_ENV: 'production', LIST_COUNT_LIMIT: String(COUNT_LIMIT),
  };
  const peers = {};
  // our servers one after the other: each applies pending migrations (none after the dataset) before the next starts
  const startOurs = async (label, main, env) => {
    const s = await startServer(label, main, [], env, path.dirname(path.dirname(main)));
    for (;;) {
      if (s.exit) throw new Error(`${label} exited during start: ${s.lines.slice(-20).join('\n')}`);
      if ((await fetch(`${s.base}/readyz`).catch(() => null))?.ok) return s;
      await sleep(50);
    }
  };
  if (PEERS.includes('ours')) peers.ours = await startOurs('ours', MAIN, ourEnv);
  if (PEERS.includes('b')) peers.b = await startOurs('b', MAIN, { ...ourEnv, DATALOADERS: 'off' });
  for (const [label, main] of Object.entries(VARIANTS)) {
    PEER_INFO[label] = `variant ${label} (${path.relative(root, main)})`;
    peers[label] = await startOurs(label, main, ourEnv);
  }
  const ourKind = (name) => name === 'ours' || name === 'b' || name in VARIANTS;
  if (PEERS.includes('a')) peers.a = await startServer('a', path.join(here, 'peers/raw-mysql2.mjs'), [], { DATABASE_URL: dataset.url, LIST_COUNT_LIMIT: String(COUNT_LIMIT) });
  if (PEERS.includes('c')) peers.c = await startServer('c', path.join(here, 'peers/apollo-sdl.mjs'), [], { DATABASE_URL: dataset.url, NODE_ENV: 'production', LIST_COUNT_LIMIT: String(COUNT_LIMIT) });
  const mesh = await meshReady;
  if (PEERS.includes('d')) {
    if (mesh.error) report.skipped.d = `install failed: ${mesh.error.message}`;
    else {
      try {
        const t = Date.now();
        await run(process.execPath, [path.join(mesh.dir, 'node_modules/.bin/mesh'), 'build', '--fileType', 'js'], { cwd: mesh.dir, env: { ...cleanEnv(), ...meshEnv(dataset.url) }, timeoutMs: 300_000 });
        say(`GraphQL Mesh built from the database in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        peers.d = await startServer('d', path.join(mesh.dir, 'node_modules/.bin/mesh'), ['start', '--port', '$PORT'], meshEnv(dataset.url), mesh.dir);
      } catch (e) {
        report.skipped.d = `build failed: ${e.message}`;
      }
    }
    if (report.skipped.d) say(`peer (d) skipped: ${report.skipped.d}`);
  }
  const names = Object.keys(peers);
  // ready: our server by /readyz (anonymous requests other than login are refused), the others by an answer
  for (const name of names) {
    try {
      if (ourKind(name)) {
        for (;;) {
          if (peers[name].exit) throw new Error(`${name} exited during start: ${peers[name].lines.slice(-20).join('\n')}`);
          if ((await fetch(`${peers[name].base}/readyz`).catch(() => null))?.ok) break;
          await sleep(50);
        }
      } else await firstAnswer(peers[name], { operationName: 'Trivial', query: TRIVIAL }, {}, 180_000);
    } catch (e) {
      if (name !== 'd') throw e;
      report.skipped.d = `did not start: ${e.message.split('\n')[0]}`;
      await peers.d.stop();
      delete peers.d;
    }
  }
  // the token: our login (b shares the database and JWT_SECRET); the other peers ignore it
  let headers = {};
  if (peers.ours || peers.b) {
    const s = peers.ours ?? peers.b;
    const r = await post(s.base, { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: ADMIN.email, p: ADMIN.password } });
    if (!r.json.data?.login?.token) throw new Error(`login failed: ${JSON.stringify(r.json)}`);
    headers = { authorization: `Bearer ${r.json.data.login.token}` };
  }
  const active = Object.keys(peers);
  say(`peers up: ${active.join(', ')}`);

  // -- same answers from everyone (else the comparison is meaningless)
  for (const sc of SCENARIOS.filter((x) => x.take)) {
    let reference = null;
    for (const name of active) {
      const r = await post(peers[name].base, requestOf(name, sc, ctx), headers);
      if (r.status !== 200 || r.json.errors) throw new Error(`${name} ${sc.key}: ${r.status} ${JSON.stringify(r.json).slice(0, 400)}`);
      const n = JSON.stringify(normalise(name, r.json));
      if (reference === null) reference = { name, n };
      else if (n !== reference.n) throw new Error(`${name} answers ${sc.key} differently from ${reference.name}:\n${n.slice(0, 300)}\n${reference.n.slice(0, 300)}`);
      if (r.statements !== null) (report.statements[name] ??= {})[sc.key] = Number(r.statements);
    }
  }
  for (const name of ['a', 'c'].filter((n) => peers[n])) {
    (report.statements[name] ??= {}).trivial = Number((await post(peers[name].base, requestOf(name, SCENARIOS[2], ctx), headers)).statements);
  }
  if (peers.d) report.notes.push(`(d) has no count limit: its \`count_center\` is an exact COUNT(*) over the whole table (compared as min(count, ${COUNT_LIMIT})). It cannot ask for "the latest finalized round" through a relation, so the bench passes that round's id as a variable (a client would need one more request for it).`);
  if (meshWrongAssociations) {
    report.notes.push(
      `(d) answers differently: for each center without an association (20% of the rows) GraphQL Mesh's MySQL source returns all 510 associations instead of none ` +
        `(its generated \`WHERE id = <association_id>\` loses the condition when the key is NULL); ${meshWrongAssociations} such rows in the two checked pages. The rest of its answers match; it is measured as it is.`,
    );
  }
  say(`all peers give the same answers${meshWrongAssociations ? ' (except the association of centers without one from (d), see the notes)' : ''}`);

  // -- statements per request of ours and b: separate short-lived instances with LOG_QUERIES=true
  for (const name of ['ours', 'b', ...Object.keys(VARIANTS)].filter((n) => peers[n])) {
    const main = VARIANTS[name] ?? MAIN;
    const s = await startServer(`${name}-count`, main, [], { ...ourEnv, LOG_QUERIES: 'true', ...(name === 'b' ? { DATALOADERS: 'off' } : {}) }, path.dirname(path.dirname(main)));
    for (;;) {
      if (s.exit) throw new Error(`${s.label} exited: ${s.lines.slice(-20).join('\n')}`);
      if ((await fetch(`${s.base}/readyz`).catch(() => null))?.ok) break;
      await sleep(50);
    }
    for (const sc of SCENARIOS) (report.statements[name] ??= {})[sc.key] = await countStatements(s, requestOf(name, sc, ctx), headers);
    await s.stop();
    servers.splice(servers.indexOf(s), 1);
  }
  say(`statements per request: ${JSON.stringify(report.statements)}`);

  // -- throughput: per scenario a warm-up of every peer, then ROUNDS interleaved rounds
  for (const sc of SCENARIOS) {
    for (const name of active) {
      await load(peers[name], requestOf(name, sc, ctx), headers, WARMUP_S);
      if (sc === SCENARIOS[0]) report.rss[name] = peers[name].rssMb();
    }
    const runs = Object.fromEntries(active.map((n) => [n, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = active.map((_, i) => active[(i + round) % active.length]);
      for (const name of order) {
        const r = await load(peers[name], requestOf(name, sc, ctx), headers, SECONDS);
        runs[name].push(r);
        if (r.bad) (report.bad[name] ??= {})[sc.key] = (report.bad[name]?.[sc.key] ?? 0) + r.bad;
      }
    }
    for (const name of active) {
      (report.rps[name] ??= {})[sc.key] = median(runs[name].map((r) => r.rps));
      (report.lat[name] ??= {})[sc.key] = { p50: median(runs[name].map((r) => r.p50)), p99: median(runs[name].map((r) => r.p99)), runs: runs[name].map((r) => r.rps) };
      (report.cpu[name] ??= {})[sc.key] = median(runs[name].map((r) => r.cpuPerReq));
    }
    say(`${sc.key}: ${active.map((n) => `${n} ${report.rps[n][sc.key].toFixed(0)} req/s [${runs[n].map((r) => r.rps.toFixed(0)).join(', ')}] ${report.cpu[n][sc.key].toFixed(2)} ms CPU/req`).join('; ')}`);
  }
  for (const name of active) report.rssEnd[name] = peers[name].rssMb();
  for (const name of active) await peers[name].stop();

  // -- cold start of our server: spawn → first successful answer to an authenticated `{ __typename }`, median of 3
  const cs = COLD_START ? await coldStarts(ourEnv, headers) : { mysql: [], sqlite: [], sqliteFresh: null };
  report.coldStart = cs;
  say(`cold start: MariaDB ${cs.mysql.map((x) => x.toFixed(0)).join(', ')} ms; SQLite ${cs.sqlite.map((x) => x.toFixed(0)).join(', ')} ms (fresh file ${cs.sqliteFresh?.toFixed(0)} ms)`);

  // ---- the report
  const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
  const ratio = (x, y) => (Number.isFinite(x) && Number.isFinite(y) && y > 0 ? x / y : NaN);
  const rps = (n, k) => report.rps[n]?.[k];
  const st = (n, k) => report.statements[n]?.[k];
  const lines = [];
  lines.push(
    `Run on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${dbVersion}. ` +
      `Data: ${CENTERS} centers, 500 communities, 510 associations, 3 finalized rating rounds (${dataset.ratings} ratings) in one MariaDB database shared by all peers. ` +
      `Load: autocannon, ${CONNECTIONS} connections, ${WARMUP_S} s warm-up per peer and scenario, then ${ROUNDS} interleaved rounds of ${SECONDS} s (peer order rotated each round); figures are medians of the rounds. ` +
      `${hasTaskset ? 'Servers pinned to core 1, load generator to core 0 (taskset); MariaDB is not pinned and shares both cores.' : 'Not pinned (taskset missing).'} ` +
      `Our server and (b) run with NODE_ENV=production and RATE_LIMIT_COST_PER_MINUTE=0 (as in the soak: the limiter would refuse this load and adds one statement per request). Every server runs with Node's default flags (ours without the nodeFlags \`npm start\` adds), so the frameworks are compared on equal terms.`,
    '',
    `Peers: ${active.map((n) => `**${n}** ${PEER_INFO[n]}`).join('; ')}.${Object.entries(report.skipped).map(([n, why]) => ` Skipped ${PEER_INFO[n]}: ${why}.`).join('')}`,
    '',
    '### Throughput (req/s, median) and SQL statements per request',
    '',
    `| scenario | ${active.map((n) => `${n} req/s`).join(' | ')} | ours / b | ours / a | ours / c | statements per request (${active.join(' / ')}) |`,
    `|---|${active.map(() => '---:').join('|')}|---:|---:|---:|---|`,
    ...SCENARIOS.map((sc) =>
      `| ${sc.name} | ${active.map((n) => fmt(rps(n, sc.key))).join(' | ')} | ${fmt(ratio(rps('ours', sc.key), rps('b', sc.key)), 2)} | ${fmt(ratio(rps('ours', sc.key), rps('a', sc.key)), 2)} | ${fmt(ratio(rps('ours', sc.key), rps('c', sc.key)), 2)} | ${active.map((n) => st(n, sc.key) ?? 'n/a').join(' / ')} |`,
    ),
    '',
    `Latency p50 / p99 ms (median of rounds): ${SCENARIOS.map((sc) => `${sc.key}: ${active.map((n) => `${n} ${fmt(report.lat[n]?.[sc.key]?.p50)}/${fmt(report.lat[n]?.[sc.key]?.p99)}`).join(', ')}`).join('; ')}.`,
    `Server CPU time per request, ms (median of rounds; user + system of the server process: other work on the machine sways it less than req/s, but still by up to 2 × between runs): ${SCENARIOS.map((sc) => `${sc.key}: ${active.map((n) => `${n} ${fmt(report.cpu[n]?.[sc.key], 2)}`).join(', ')}`).join('; ')}.`,
    `Every round (req/s): ${SCENARIOS.map((sc) => `${sc.key}: ${active.map((n) => `${n} [${(report.lat[n]?.[sc.key]?.runs ?? []).map((x) => x.toFixed(0)).join(', ')}]`).join(', ')}`).join('; ')}.`,
    ...(Object.keys(VARIANTS).filter((v) => peers[v] || report.rps[v]).length
      ? [
          '',
          '#### Variants (other builds of our server, same rounds)',
          '',
          'req/s (ratio ours / variant) and server CPU ms per request:',
          '',
          `| scenario | ours | ${Object.keys(VARIANTS).join(' | ')} | statements (ours / ${Object.keys(VARIANTS).join(' / ')}) |`,
          `|---|---:|${Object.keys(VARIANTS).map(() => '---:').join('|')}|---|`,
          ...SCENARIOS.map(
            (sc) =>
              `| ${sc.name} | ${fmt(rps('ours', sc.key))} req/s, ${fmt(report.cpu.ours?.[sc.key], 2)} ms | ${Object.keys(VARIANTS).map((v) => `${fmt(rps(v, sc.key))} req/s (${fmt(ratio(rps('ours', sc.key), rps(v, sc.key)), 2)}), ${fmt(report.cpu[v]?.[sc.key], 2)} ms`).join(' | ')} | ${['ours', ...Object.keys(VARIANTS)].map((n) => st(n, sc.key) ?? 'n/a').join(' / ')} |`,
          ),
          '',
          Object.entries(VARIANTS).map(([v, m]) => `${v}: ${m}`).join('; '),
          '',
        ]
      : []),
    Object.keys(report.bad).length ? `**Failed responses** (non-200, GraphQL errors, timeouts): ${JSON.stringify(report.bad)}.` : 'Failed responses: none (every response was 200 without `errors`).',
    '',
    '### Goals',
    '',
    'Measured: the ratio of req/s in the same rounds (what the goal names), and in brackets the ratio of requests per CPU second of the server process (peer CPU ms per request / ours). The lists are also bound by MariaDB, which is not pinned and which the other work on this machine shares, so the two differ.',
    '',
    '| goal | measured | verdict |',
    '|---|---|---|',
  );
  const goals = [];
  // requests per CPU second of the server process, ours / peer: the capacity ratio when the server's core is the limit
  const cpuRatio = (peer, k) => `per server CPU: ${fmt(ratio(report.cpu[peer]?.[k], report.cpu.ours?.[k]), 2)} ×`;
  const verdict = (ok, missBy) => (ok ? '**met**' : `**missed** by ${missBy}`);
  for (const k of ['n10', 'n100']) {
    const s = st('ours', k);
    const same = st('ours', 'n10') === st('ours', 'n100');
    goals.push([`statements per list request, n = ${k.slice(1)}: identical for n = 10 and 100, ≤ 4`, `${s ?? 'n/a'} (n = 10: ${st('ours', 'n10')}, n = 100: ${st('ours', 'n100')})`, s === undefined ? 'not measured' : verdict(same && s <= 4, same ? `${s - 4} statement(s)` : 'growing with n')]);
    const rb = ratio(rps('ours', k), rps('b', k));
    goals.push([`throughput n = ${k.slice(1)} ≥ 5 × peer (b)`, `${fmt(rb, 2)} × (${cpuRatio('b', k)})`, Number.isFinite(rb) ? verdict(rb >= 5, `${fmt(100 * (1 - rb / 5))}% (${fmt(rb, 2)} of 5)`) : 'not measured']);
    const ra = ratio(rps('ours', k), rps('a', k));
    goals.push([`throughput n = ${k.slice(1)} ≥ 0.5 × peer (a)`, `${fmt(ra, 2)} × (${cpuRatio('a', k)})`, Number.isFinite(ra) ? verdict(ra >= 0.5, `${fmt(100 * (1 - ra / 0.5))}% (${fmt(ra, 2)} of 0.5)`) : 'not measured']);
  }
  const rc = ratio(rps('ours', 'trivial'), rps('c', 'trivial'));
  goals.push(['trivial query ≥ 0.7 × peer (c)', `${fmt(rc, 2)} × (${cpuRatio('c', 'trivial')})`, Number.isFinite(rc) ? verdict(rc >= 0.7, `${fmt(100 * (1 - rc / 0.7))}% (${fmt(rc, 2)} of 0.7)`) : 'not measured']);
  goals.push(['cold start to first answer (median of 3)', `SQLite ${fmt(median(cs.sqlite))} ms [${cs.sqlite.map((x) => fmt(x)).join(', ')}], MariaDB ${fmt(median(cs.mysql))} ms [${cs.mysql.map((x) => fmt(x)).join(', ')}]; first start on a fresh SQLite file (migrations, first ADMIN) ${fmt(cs.sqliteFresh)} ms`, 'reported (no threshold set)']);
  goals.push(['RSS after warm-up', active.map((n) => `${n} ${fmt(report.rss[n])} MB (end ${fmt(report.rssEnd[n])} MB)`).join(', '), 'reported (no threshold set)']);
  lines.push(...goals.map((g) => `| ${g.join(' | ')} |`));
  if (report.notes.length) lines.push('', ...report.notes.map((n) => `- ${n}`));
  const changes = path.join(here, 'peers/changes.md');
  if (fs.existsSync(changes)) lines.push('', fs.readFileSync(changes, 'utf8').trim());
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${lines.join('\n')}\n`);
  say(`wrote ${path.relative(root, OUT)}`);
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  for (const s of servers) await s.stop().catch(() => {});
  if (dataset) await dataset.drop().catch((e) => console.error(`could not drop ${dataset.name}: ${e.message}`));
}
process.exit(exitCode);
