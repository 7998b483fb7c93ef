// Residents at city scale: 1,000,000 residents on MariaDB and on SQLite, generated once by the scale generator
// (bench/scale/dataset.mjs) and reused while unchanged.
//
//  1. Plan check. For every whitelisted resident filter (read from the GraphQL schema: ResidentFilter's fields,
//     with sample values per type) and every sort field (ResidentSortField, both directions), the SQL that
//     ResidentService actually sends (captured through the data source's logger) for: page 1 and the deepest
//     allowed page of `residents` (count + page), and a `residentsAfter` page after position 500,000.
//     MariaDB: EXPLAIN, and the rows the storage engine read (Handler_read_* counters + entries rejected by index
//     condition pushdown); a statement fails on a full table scan (type ALL) or when it reads a quarter of the
//     table or more. SQLite: EXPLAIN QUERY PLAN and the rows the statement visits (a counting SQL function as the
//     first WHERE term); a statement fails when it visits a quarter of the table or more (a `SCAN r` in rowid
//     order under a LIMIT stops after the page and passes; one that does not stop fails).
//     Before/after: the same statements with the new indexes ignored (IGNORE INDEX), and the old query shapes
//     (exact COUNT, street subquery, substring name search, id ASC tie-break, keyset without the index hint).
//  2. Offset pagination: the deep-offset limit and totalItems over HTTP.
//  3. Keyset: p95 of `residentsAfter` at position 500,000 against the first page, over HTTP (built server).
//
//   node bench/residents.mjs [--mysql mysql://root@127.0.0.1:3306] [--sqlite-residents 1000000] [--requests 60] [--rounds 3]
// Writes bench/out/residents.md; exits 1 when a plan scans the table (the other goals are reported with verdicts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { freePort, MAIN, SERVER_NODE_FLAGS } from './lib/server.mjs';
import { ensureBuilt, ensureScale, DEFAULT_MYSQL } from './scale/dataset.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'server');
const require = createRequire(path.join(serverDir, 'package.json'));
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const MYSQL = opt('--mysql', DEFAULT_MYSQL);
const SQLITE_RESIDENTS = Number(opt('--sqlite-residents', '1000000'));
const REQUESTS = Number(opt('--requests', '60'));
const ROUNDS = Number(opt('--rounds', '3'));
const OUT = path.join(root, 'bench/out/residents.md');
const AS_OF = '2016-06-30';
const PAGE = 25;
const KEYSET_POSITION = 500_000;

ensureBuilt();
require('reflect-metadata');
const dist = (p) => require(path.join(serverDir, 'dist', p));
const { createDataSource } = dist('config/data-source.js');
const { registerServices } = dist('services.js');
const { Loaders } = dist('common/loaders.js');
const { listLimits } = dist('common/list.js');
const { CrudService } = dist('common/crud.service.js');
const { buildAppSchema } = dist('schema.js');
const { encodeResidentCursor } = dist('modules/resident/resident.service.js');
const { getNamedType, isEnumType, isListType, isNonNullType } = require('graphql');

const t0 = Date.now();
const fmt = (n, d = 0) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Number(n).toFixed(d));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// ---------------------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------------------
console.log('== scale data set (MariaDB)');
const myData = await ensureScale('mysql', { server: MYSQL });
console.log('== scale data set (SQLite)');
const liteData = await ensureScale('sqlite', { residents: SQLITE_RESIDENTS });

// ---------------------------------------------------------------------------------------------------------------
// Capturing the service's SQL
// ---------------------------------------------------------------------------------------------------------------
const noop = () => {};
async function open(url) {
  const log = [];
  const logger = { logQuery: (q, p) => log.push({ q, p: p ?? [] }), logQueryError: noop, logQuerySlow: noop, logSchemaBuild: noop, logMigration: noop, log: noop };
  const ds = await createDataSource(url, logger);
  await ds.initialize();
  const svc = registerServices(ds, { jwtSecret: 'bench-'.padEnd(40, 'x'), jwtTtlSeconds: 60 });
  const ctx = () => ({ requestId: 'bench', ds, loaders: new Loaders(ds), actor: { kind: 'USER', id: 1, name: 'bench', role: 'ADMIN' }, now: new Date(`${AS_OF}T04:00:00Z`) });
  // one connection for measurements: MariaDB's session counters (Handler_read_*) belong to it
  const runner = ds.createQueryRunner();
  await runner.connect();
  const capture = async (fn) => {
    const from = log.length;
    await fn();
    return log.slice(from).filter((x) => /FROM [`"]resident[`"]/.test(x.q));
  };
  return { ds, svc, ctx, capture, runner, close: async () => (await runner.release(), await ds.destroy()) };
}

const memo = new Map();
/** Sample values for a filter field, from its GraphQL type (an unknown kind fails the bench: no filter is skipped). */
async function samples(ds, name, type) {
  const key = `${ds.options.type}:${name}`;
  if (!memo.has(key)) memo.set(key, await sampleValues(ds, name, type));
  return memo.get(key);
}

async function sampleValues(ds, name, type) {
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  const named = getNamedType(type);
  const wrap = (v) => (list ? [v] : v);
  if (isEnumType(named)) return named.getValues().map((v) => wrap(v.value));
  const one = async (sql) => String(Object.values((await ds.query(sql))[0])[0]);
  switch (named.name) {
    case 'Boolean':
      return [true, false];
    case 'Int':
      if (/age/i.test(name)) return [65, 90];
      break;
    case 'Date':
      return ['1925-01-01', '1950-01-01'];
    case 'String':
      if (name === 'q') return ['王', '欧阳', '4403031950'];
      break;
    case 'ID': {
      if (name === 'ids') {
        const half = Math.floor(Number(await one('SELECT COUNT(*) FROM resident')) / 2);
        return [[await one('SELECT MIN(id) FROM resident'), await one('SELECT MAX(id) FROM resident'), await one(`SELECT id FROM resident ORDER BY id LIMIT 1 OFFSET ${half}`)]];
      }
      const m = /^([a-z]+)Id$/.exec(name);
      if (m && m[1] === 'street') {
        // the largest and the smallest street
        const counts = 'SELECT c.street_id AS s, COUNT(*) AS n FROM resident r JOIN community c ON c.id = r.community_id GROUP BY c.street_id ORDER BY n';
        const rows = await ds.query(counts);
        return [String(rows[rows.length - 1].s), String(rows[0].s)];
      }
      if (m) return [await one(`SELECT MIN(${m[1]}_id) FROM resident WHERE ${m[1]}_id IS NOT NULL`)];
      break;
    }
  }
  throw new Error(`bench/residents: no sample value for filter ${name} (${named.name}); add one`);
}

/** The cases: every filter field with its sample values, every sort field both ways, a few combinations. */
async function cases(ds) {
  const schema = await buildAppSchema();
  const fields = schema.getType('ResidentFilter').getFields();
  const sorts = schema.getType('ResidentSortField').getValues().map((v) => v.value);
  const out = [];
  for (const [name, f] of Object.entries(fields)) {
    for (const v of await samples(ds, name, f.type)) {
      out.push({ label: `${name}: ${JSON.stringify(v)}`, filter: name === 'asOf' ? { asOf: v } : { [name]: v, asOf: AS_OF }, sort: null, keyset: true });
    }
  }
  for (const s of sorts) for (const d of ['ASC', 'DESC']) out.push({ label: `sort ${s} ${d}`, filter: null, sort: [{ field: s, direction: d }], keyset: false });
  const street = (await samples(ds, 'streetId', fields.streetId.type))[0];
  const community = (await samples(ds, 'communityId', fields.communityId.type))[0];
  out.push(
    { label: `streetId + freeExamEligible (a partner's sync)`, filter: { streetId: street, freeExamEligible: true, asOf: AS_OF }, sort: null, keyset: true },
    { label: `communityId + sort name ASC`, filter: { communityId: community, asOf: AS_OF }, sort: [{ field: 'name', direction: 'ASC' }], keyset: false },
    { label: `hardship + sort birthDate DESC`, filter: { hardship: true, asOf: AS_OF }, sort: [{ field: 'birthDate', direction: 'DESC' }], keyset: false },
    { label: `q "王" + sort name ASC`, filter: { q: '王', asOf: AS_OF }, sort: [{ field: 'name', direction: 'ASC' }], keyset: false },
  );
  return { out, whitelist: Object.keys(fields), sorts };
}

/** The statements of one case: residents page 1, the deepest allowed page, and a residentsAfter page. */
async function statementsOf(db, c, cursor, { oldShapes = false } = {}) {
  const { svc, ctx, capture } = db;
  const { countLimit: limit, maxSkip } = listLimits(db.ds);
  const list = (skip) => (oldShapes ? CrudService.prototype.list.call(svc.residents, ctx(), { filter: c.filter, sort: c.sort, skip, take: PAGE }) : svc.residents.list(ctx(), { filter: c.filter, sort: c.sort, skip, take: PAGE }));
  const page1 = await capture(() => list(0));
  const deep = await capture(() => list(maxSkip - PAGE));
  const keyset = c.keyset ? await capture(() => svc.residents.keysetPage(ctx(), { after: cursor, take: 100, filter: c.filter })) : [];
  const kind = (q) => (/^SELECT COUNT\(/.test(q) ? 'count' : 'page');
  // what the answer itself needs: the rows counted, the rows up to the end of the page, the keyset page (+1)
  return [
    ...page1.map((s) => ({ ...s, what: `${kind(s.q)} p1`, needed: kind(s.q) === 'count' ? limit + 1 : PAGE })),
    ...deep.filter((s) => kind(s.q) === 'page').map((s) => ({ ...s, what: `page @${maxSkip - PAGE}`, needed: maxSkip })),
    ...keyset.map((s) => ({ ...s, what: `keyset @${KEYSET_POSITION}`, needed: 101 })),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// MariaDB plans
// ---------------------------------------------------------------------------------------------------------------
const NEW_INDEXES = (() => {
  const dir = path.join(serverDir, 'dist/migrations/mysql');
  const file = fs.readdirSync(dir).find((f) => /-ResidentIndexes\.js$/.test(f));
  const whole = file ? fs.readFileSync(path.join(dir, file), 'utf8') : '';
  const text = whole.slice(0, whole.indexOf('async down(')); // the indexes up() creates
  return [...text.matchAll(/CREATE INDEX \\?`(\w+)\\?` ON \\?`resident\\?`/g)].map((m) => m[1]);
})();

/**
 * A statement "scans the table" when it reads (MariaDB: Handler_read_* counters; SQLite: rows visited) a quarter of
 * the table or more. Everything a list request needs stays far below: the count stops at LIST_COUNT_LIMIT + 1
 * matches, page 1 at 25, the deepest page at 10,000 (more through the primary key when a filter matches few rows).
 */
const SCAN_SHARE = 0.25;
const allowed = (table) => Math.floor(SCAN_SHARE * table);

/** Runs a statement on the measuring connection: median ms of `runs`, and MariaDB's rows read (Handler_read_*). */
async function run(db, sql, params, runs = 3) {
  const ms = [];
  let reads = 0;
  for (let i = 0; i < runs; i++) {
    await db.runner.query('FLUSH STATUS');
    const t = performance.now();
    await db.runner.query(sql, params);
    ms.push(performance.now() - t);
    // rows and index entries the storage engine read: Handler_read_*, plus the entries that index condition
    // pushdown checked and rejected inside InnoDB (Handler_icp_attempts − Handler_icp_match), which no
    // Handler_read_* counter sees
    const st = Object.fromEntries((await db.runner.query("SHOW SESSION STATUS WHERE Variable_name LIKE 'Handler_read%' OR Variable_name LIKE 'Handler_icp%'")).map((r) => [r.Variable_name, Number(r.Value)]));
    reads = Object.entries(st).reduce((a, [k, v]) => a + (k.startsWith('Handler_read') ? v : 0), 0) + (st.Handler_icp_attempts ?? 0) - (st.Handler_icp_match ?? 0);
  }
  return { ms: median(ms), reads };
}

async function mysqlPlan(db, sql, params) {
  return (await db.runner.query(`EXPLAIN ${sql}`, params))
    .filter((e) => e.table === 'r')
    .map((e) => ({ type: e.type, key: e.key ?? '–', rows: Number(e.rows), extra: e.Extra ?? '' }));
}

function judge(plan, reads, table) {
  const why = [];
  if (plan.some((p) => p.type === 'ALL')) why.push('full table scan (type ALL)');
  if (reads >= allowed(table)) why.push(`reads ${reads.toLocaleString('en')} rows (${fmt((100 * reads) / table)}% of the table)`);
  return why.join('; ') || null;
}

async function checkMysql(db, list, cursor, table) {
  const rows = [];
  const limit = listLimits(db.ds).maxSkip;
  const ignoreNew = (q) => q.replace(/FROM `resident` `r`/g, `FROM \`resident\` \`r\` IGNORE INDEX (${NEW_INDEXES.map((i) => `\`${i}\``).join(', ')})`);
  for (const c of list) {
    for (const s of await statementsOf(db, c, cursor)) {
      const plan = await mysqlPlan(db, s.q, s.p);
      const m = await run(db, s.q, s.p);
      let before = null;
      if (s.what !== `page @${limit - PAGE}` && NEW_INDEXES.length) {
        const ignored = ignoreNew(s.q);
        const bp = await mysqlPlan(db, ignored, s.p);
        const bm = await run(db, `SET STATEMENT max_statement_time = 20 FOR ${ignored}`, s.p, 1);
        before = { plan: bp, ...bm };
      }
      rows.push({ c: c.label, what: s.what, needed: s.needed, plan, ...m, why: judge(plan, m.reads, table), before, sql: s.q });
    }
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// SQLite plans
// ---------------------------------------------------------------------------------------------------------------
/**
 * The statement with `eg_visit()` as the first WHERE term of every resident access (counting the rows each one
 * visits). The outer query of a deferred-join page (`FROM resident r INNER JOIN (…ids…)`) reads the page's rows
 * by primary key and is left as it is; its inner query is counted.
 */
function instrument(sql) {
  const FROM = 'FROM "resident" "r"';
  let out = sql;
  for (let from = out.lastIndexOf(FROM); from >= 0; from = from > 0 ? out.lastIndexOf(FROM, from - 1) : -1) {
    const after = from + FROM.length;
    if (out.startsWith(' INNER JOIN ', after)) continue;
    if (!out.startsWith(' WHERE ', after)) {
      out = `${out.slice(0, after)} WHERE eg_visit()${out.slice(after)}`;
      continue;
    }
    const start = after + ' WHERE '.length;
    let depth = 0;
    let end = out.length;
    for (let i = start; i < out.length; i++) {
      const ch = out[i];
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      } else if (depth === 0 && (out.startsWith(' ORDER BY ', i) || out.startsWith(' LIMIT ', i) || out.startsWith(' GROUP BY ', i))) {
        end = i;
        break;
      }
    }
    out = `${out.slice(0, start)}eg_visit() AND (${out.slice(start, end)})${out.slice(end)}`;
  }
  return out;
}

async function checkSqlite(db, file, list, cursor, table) {
  const Database = require('better-sqlite3');
  const raw = new Database(file, { readonly: true });
  let visited = 0;
  raw.function('eg_visit', { deterministic: false }, () => {
    visited++;
    return 1;
  });
  const rows = [];
  for (const c of list) {
    for (const s of await statementsOf(db, c, cursor)) {
      const plan = raw.prepare(`EXPLAIN QUERY PLAN ${s.q}`).all(...s.p).map((x) => x.detail);
      const inst = instrument(s.q);
      visited = 0;
      const t = performance.now();
      raw.prepare(inst).all(...s.p);
      const ms = performance.now() - t;
      const why = visited >= allowed(table) ? `visits ${visited.toLocaleString('en')} rows (${fmt((100 * visited) / table)}% of the table)` : null;
      rows.push({ c: c.label, what: s.what, plan: plan.join(' · '), visited, ms, why });
    }
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  raw.close();
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Old query shapes (before/after on MariaDB)
// ---------------------------------------------------------------------------------------------------------------
async function shapes(db, cursor, table) {
  const out = [];
  const limit = listLimits(db.ds).countLimit;
  const measure = async (label, before, after, note) => {
    const b = await run(db, `SET STATEMENT max_statement_time = 20 FOR ${before.q}`, before.p, 1);
    const a = await run(db, after.q, after.p, 3);
    out.push({ label, before: b, after: a, note });
  };
  const pick = (stmts, re) => stmts.find((s) => re.test(s.q));
  // 1. exact COUNT (before) vs counting up to the limit (after), on filters of growing size
  for (const [label, filter] of [['no filter', null], ['gender: MALE', { gender: 'MALE' }], ['freeExamEligible: true', { freeExamEligible: true, asOf: AS_OF }], ['hardship: true (5,000 rows)', { hardship: true }]]) {
    const stmts = await statementsOf(db, { filter, sort: null, keyset: false }, cursor);
    const count = pick(stmts, /^SELECT COUNT\(/);
    const exact = { q: count.q.replace(/ LIMIT \d+\) counted$/, ') counted'), p: count.p };
    await measure(`count, ${label}`, exact, count, `exact COUNT vs COUNT up to ${limit}`);
  }
  // 2. street filter: subquery (before) vs the street's community ids (after)
  const streetFilter = { streetId: (await samples(db.ds, 'streetId', { name: 'ID' }))[0] };
  const oldStreet = await statementsOf(db, { filter: streetFilter, sort: null, keyset: false }, cursor, { oldShapes: true });
  const newStreet = await statementsOf(db, { filter: streetFilter, sort: null, keyset: false }, cursor);
  await measure('page 1, largest street', pick(oldStreet, /^SELECT (?!COUNT)/), pick(newStreet, /^SELECT (?!COUNT)/), 'community_id IN (SELECT … street_id = ?) vs IN (ids looked up first)');
  // 3. name search: substring (before) vs prefix (after)
  const q = await statementsOf(db, { filter: { q: '王' }, sort: null, keyset: false }, cursor);
  const qCount = pick(q, /^SELECT COUNT\(/);
  const qPage = pick(q, /^SELECT (?!COUNT)/);
  const substring = (s) => ({ q: s.q.replace(/ LIMIT \d+\) counted$/, ') counted'), p: s.p.map((v) => (v === '王%' ? '%王%' : v)) });
  await measure('q "王": count', substring(qCount), qCount, "name LIKE '%王%' exact COUNT vs name LIKE '王%' up to the limit");
  const qRare = await statementsOf(db, { filter: { q: '欧阳' }, sort: null, keyset: false }, cursor);
  await measure('q "欧阳": page 1', { q: pick(qRare, /^SELECT (?!COUNT)/).q, p: pick(qRare, /^SELECT (?!COUNT)/).p.map((v) => (v === '欧阳%' ? '%欧阳%' : v)) }, pick(qRare, /^SELECT (?!COUNT)/), "LIKE '%欧阳%' vs LIKE '欧阳%'");
  // 4. DESC sorts: id ASC tie-break (before) vs id in the sort's direction (after)
  for (const field of ['name', 'birthDate']) {
    const st = await statementsOf(db, { filter: null, sort: [{ field, direction: 'DESC' }], keyset: false }, cursor);
    const page = pick(st, /^SELECT (?!COUNT)/);
    await measure(`sort ${field} DESC, page 1`, { q: page.q.replace(/`r`\.`id` DESC/, '`r`.`id` ASC'), p: page.p }, page, `ORDER BY ${field} DESC, id ASC vs id DESC`);
  }
  // 5. keyset page after position 500,000: with the few-value indexes left out (USE INDEX) vs letting MariaDB pick
  for (const [label, filter] of [['gender: MALE', { gender: 'MALE' }], ['freeExamEligible: true', { freeExamEligible: true, asOf: AS_OF }]]) {
    const st = await statementsOf(db, { filter, sort: null, keyset: true }, cursor);
    const k = st.find((x) => x.what.startsWith('keyset'));
    await measure(`keyset @${KEYSET_POSITION}, ${label}`, { q: k.q.replace(/ USE INDEX \([^)]*\)/, ''), p: k.p }, k, 'planner\'s choice (ref on the few-value index, every entry before the cursor checked) vs USE INDEX without few-value indexes');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP: offset limit, totalItems, keyset latency
// ---------------------------------------------------------------------------------------------------------------

async function http(url, maxSkip, cursor) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const admin = { email: 'bench-admin@scale.example', password: 'bench-admin-password' };
  const env = {
    ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url, DEMO_DATA: 'false', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password,
    ADMIN_DIST: '', LOG_LEVEL: 'warn', RATE_LIMIT_COST_PER_MINUTE: '0', NODE_ENV: 'production', JWT_SECRET: 'bench-scale-'.padEnd(40, 'x'),
  };
  delete env.JEST_WORKER_ID;
  // as `npm start` runs it (server/package.json nodeFlags)
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, MAIN], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs = [];
  for (const s of [server.stdout, server.stderr]) s.on('data', (d) => logs.push(d.toString()));
  let exited = null;
  server.once('exit', (code) => (exited = code));
  try {
    for (const until = Date.now() + 120_000; ; ) {
      if (exited !== null) throw new Error(`server exited (${exited}):\n${logs.join('')}`);
      if (Date.now() > until) throw new Error(`server not ready:\n${logs.join('')}`);
      try {
        if ((await fetch(`${base}/readyz`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    const gql = async (query, variables, token) => {
      const t = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      return { body, ms: performance.now() - t };
    };
    const login = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: admin.email, p: admin.password });
    if (!login.body.data) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    const token = login.body.data.login.token;

    // offset pagination and totalItems
    const LIST = 'query($f: ResidentFilter, $skip: Int, $take: Int) { residents(filter: $f, skip: $skip, take: $take) { totalItems totalItemsExact items { id } } }';
    const all = await gql(LIST, { skip: 0, take: PAGE }, token);
    const counted = all.body.data?.residents.totalItems;
    const lastPage = await gql(LIST, { skip: maxSkip - PAGE, take: PAGE }, token);
    const beyond = await gql(LIST, { skip: maxSkip, take: PAGE }, token);
    const far = await gql(LIST, { skip: 900_000, take: PAGE }, token);
    const hardship = await gql(LIST, { f: { hardship: true }, skip: 0, take: 1 }, token);
    const offset = {
      counted,
      allExact: all.body.data?.residents.totalItemsExact,
      firstMs: all.ms,
      lastPageMs: lastPage.ms,
      lastPageItems: lastPage.body.data?.residents.items.length,
      beyond: beyond.body.errors?.[0]?.extensions,
      beyondMessage: beyond.body.errors?.[0]?.message,
      far: far.body.errors?.[0]?.extensions,
      hardship: hardship.body.data?.residents,
      hardshipMs: hardship.ms,
    };

    // keyset: page 1 and the page after position 500,000, interleaved, sequential
    const PAGE_Q = 'query($after: String, $take: Int, $f: ResidentFilter) { residentsAfter(after: $after, take: $take, filter: $f) { items { id name birthDate communityId } nextCursor } }';
    const keyset = [];
    for (const [label, take, filter] of [['take 500 (bulk sync default)', 500, null], ['take 100', 100, null], ['take 500, freeExamEligible (a partner key’s forced filter)', 500, { freeExamEligible: true, asOf: AS_OF }]]) {
      const first = [];
      const deep = [];
      for (let i = 0; i < 5; i++) {
        await gql(PAGE_Q, { after: null, take, f: filter }, token);
        await gql(PAGE_Q, { after: cursor, take, f: filter }, token);
      }
      let firstIds = null;
      let deepIds = null;
      // ROUNDS rounds of REQUESTS interleaved pairs; each figure is the median over the rounds (the machine is shared)
      const rounds = [];
      for (let round = 0; round < ROUNDS; round++) {
        first.length = 0;
        deep.length = 0;
        for (let i = 0; i < REQUESTS; i++) {
          const a = await gql(PAGE_Q, { after: null, take, f: filter }, token);
          const b = await gql(PAGE_Q, { after: cursor, take, f: filter }, token);
          if (a.body.errors || b.body.errors) throw new Error(JSON.stringify(a.body.errors ?? b.body.errors));
          first.push(a.ms);
          deep.push(b.ms);
          firstIds ??= a.body.data.residentsAfter.items.length;
          deepIds ??= b.body.data.residentsAfter.items.length;
        }
        rounds.push({ f50: pct(first, 50), f95: pct(first, 95), d50: pct(deep, 50), d95: pct(deep, 95) });
      }
      const med = (k) => median(rounds.map((r) => r[k]));
      keyset.push({ label, take, firstItems: firstIds, deepItems: deepIds, first: { p50: med('f50'), p95: med('f95') }, deep: { p50: med('d50'), p95: med('d95') } });
    }
    return { offset, keyset };
  } finally {
    if (exited === null) {
      server.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => (server.kill('SIGKILL'), r()), 10_000);
        server.once('exit', () => (clearTimeout(timer), r()));
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------------------------
const my = await open(myData.url);
const table = myData.counts.residents;
const cursorId = Number((await my.ds.query(`SELECT id FROM resident ORDER BY id LIMIT 1 OFFSET ${KEYSET_POSITION - 1}`))[0].id);
const cursor = encodeResidentCursor(cursorId);
const { out: list, whitelist, sorts } = await cases(my.ds);
console.log(`== plans on MariaDB: ${list.length} cases (${whitelist.length} filters, ${sorts.length} sort fields)`);
const myRows = await checkMysql(my, list, cursor, table);
console.log(`== old query shapes on MariaDB (${fmt((Date.now() - t0) / 1000)} s)`);
const shapeRows = await shapes(my, cursor, table);
const indexSizes = await my.ds.query(
  `SELECT index_name AS name, ROUND(stat_value * @@innodb_page_size / 1048576, 1) AS mb FROM mysql.innodb_index_stats WHERE database_name = DATABASE() AND table_name = 'resident' AND stat_name = 'size' ORDER BY index_name`,
);
const { countLimit: limit, maxSkip } = listLimits(my.ds);
await my.close();

const lite = await open(liteData.url);
const liteTable = liteData.counts.residents;
const liteCursorId = Number((await lite.ds.query(`SELECT id FROM resident ORDER BY id LIMIT 1 OFFSET ${Math.floor(liteTable / 2) - 1}`))[0].id);
const { out: liteList } = await cases(lite.ds);
console.log(`== plans on SQLite: ${liteList.length} cases (${fmt((Date.now() - t0) / 1000)} s)`);
const liteRows = await checkSqlite(lite, liteData.file, liteList, encodeResidentCursor(liteCursorId), liteTable);
await lite.close();

console.log(`== HTTP: offset limit, totalItems, keyset (${fmt((Date.now() - t0) / 1000)} s)`);
const web = await http(myData.url, maxSkip, cursor);

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------
const myFails = myRows.filter((r) => r.why);
const liteFails = liteRows.filter((r) => r.why);
const loadMs = myData.reused ? myData.generated?.ms?.residents : myData.ms?.residents;
const loadTotal = myData.reused ? myData.generated?.ms?.total : myData.ms?.total;
const worstKeyset = web.keyset.reduce((w, k) => Math.max(w, k.deep.p95 / k.first.p95), 0);
const o = web.offset;
const goals = [
  {
    goal: 'Load 1,000,000 residents (+ exams, visits) into MariaDB',
    bound: 'minutes, not hours (≤ 5 min)',
    measured: loadMs ? `${fmt(loadMs / 1000, 1)} s residents phase, ${fmt(loadTotal / 1000, 1)} s whole generator${myData.reused ? ` (generated ${myData.generated?.at?.slice(0, 10) ?? 'earlier'}, reused)` : ''}` : 'reused (no timing recorded)',
    met: loadMs ? loadMs <= 300_000 : null,
  },
  { goal: 'No full scan: every filter and sort, MariaDB (EXPLAIN + rows read)', bound: '0 failing statements', measured: `${myFails.length} of ${myRows.length} statements fail`, met: myFails.length === 0 },
  { goal: 'No table scan: every filter and sort, SQLite (EXPLAIN QUERY PLAN + rows visited)', bound: '0 failing statements', measured: `${liteFails.length} of ${liteRows.length} statements fail`, met: liteFails.length === 0 },
  {
    goal: `Keyset page at position ${KEYSET_POSITION.toLocaleString('en')} vs page 1 (p95, HTTP)`,
    bound: '≤ 2×',
    measured: web.keyset.map((k) => `${k.label}: ${fmt(k.deep.p95, 1)} / ${fmt(k.first.p95, 1)} ms = ${fmt(k.deep.p95 / k.first.p95, 2)}×`).join('; '),
    met: worstKeyset <= 2,
  },
  {
    goal: 'Offset pagination cannot scan the table',
    bound: `skip ≥ ${maxSkip.toLocaleString('en')} refused (BAD_USER_INPUT, field skip)`,
    measured: `skip ${maxSkip}: ${o.beyond?.code ?? 'no error'} (${o.beyond?.field ?? '–'}); skip 900000: ${o.far?.code ?? 'no error'}; deepest page (skip ${maxSkip - PAGE}) ${fmt(o.lastPageMs, 1)} ms`,
    met: o.beyond?.code === 'BAD_USER_INPUT' && o.beyond?.field === 'skip' && o.far?.code === 'BAD_USER_INPUT' && o.lastPageItems === PAGE,
  },
  {
    goal: 'totalItems exact below the threshold, flagged above',
    bound: `exact ≤ ${limit.toLocaleString('en')}; above: totalItems = ${limit.toLocaleString('en')}, totalItemsExact false`,
    measured: `no filter: ${o.counted} / exact ${o.allExact} (${fmt(o.firstMs, 1)} ms); hardship: ${o.hardship?.totalItems} / exact ${o.hardship?.totalItemsExact} (${fmt(o.hardshipMs, 1)} ms)`,
    met: o.counted === limit && o.allExact === false && o.hardship?.totalItemsExact === true && o.hardship.totalItems > 0 && o.hardship.totalItems < limit,
  },
];
const verdict = (g) => (g.met === null ? 'not measured' : g.met ? '**met**' : '**missed**');
const esc = (s) => String(s).replace(/\|/g, '\\|');
const planText = (p) => p.map((a) => `${a.type} ${a.key}`).join(' + ');
const md = [
  `MariaDB \`${myData.url.replace(/^.*\//, '')}\`: ${Object.entries(myData.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}` +
    `${myData.reused ? ' (reused)' : ''}. SQLite: ${Object.entries(liteData.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}${liteData.reused ? ' (reused)' : ''}. ` +
    `Residents skewed over ${myData.counts.streets} streets (largest: ${(myData.options?.bigStreetResidents ?? table / 10).toLocaleString('en')}). List limits: LIST_COUNT_LIMIT ${limit.toLocaleString('en')}, LIST_MAX_SKIP ${maxSkip.toLocaleString('en')}. Scenario time: ${fmt((Date.now() - t0) / 1000)} s.`,
  '',
  '| goal | bound | measured | verdict |',
  '|---|---|---|---|',
  ...goals.map((g) => `| ${g.goal} | ${g.bound} | ${esc(g.measured)} | ${verdict(g)} |`),
  '',
  myData.reused ? '' : `Generator phases (ms): ${Object.entries(myData.ms ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
  '',
  `### Plans on MariaDB (${myRows.length} statements, ${list.length} cases)`,
  '',
  `Every whitelisted filter of \`ResidentFilter\` (${whitelist.join(', ')}) with sample values, every \`ResidentSortField\` (${sorts.join(', ')}) both ways, and four combinations; ` +
    `statements as ResidentService sends them for an ADMIN: \`count p1\`/\`page p1\` = residents page 1, \`page @${maxSkip - PAGE}\` = the deepest allowed page, \`keyset\` = residentsAfter(take 100) after position ${KEYSET_POSITION.toLocaleString('en')}. ` +
    `type/key/rows from EXPLAIN (every access to resident, outer query first; rows = the largest estimate, before LIMIT), "rows read" = rows and index entries the storage engine read (Handler_read_* + entries rejected by index condition pushdown), ms = median of 3. A statement fails on type ALL or when it reads ≥ ${SCAN_SHARE * 100}% of the table. "Without the new indexes" = the same statement with IGNORE INDEX (${NEW_INDEXES.join(', ')}); idx_resident_community_birth, which the migration replaces, no longer exists.`,
  '',
  '| case | statement | plan: type key (per resident access) | rows (est.) | rows read | ms | without the new indexes: plan | rows read | ms | verdict |',
  '|---|---|---|---:|---:|---:|---|---:|---:|---|',
  ...myRows.map((r) => {
    const est = Math.max(...r.plan.map((p) => p.rows));
    return `| ${esc(r.c)} | ${r.what} | ${esc(planText(r.plan))} | ${fmt(est)} | ${r.reads.toLocaleString('en')} | ${fmt(r.ms, 1)} | ${r.before ? esc(planText(r.before.plan)) : '–'} | ${r.before ? r.before.reads.toLocaleString('en') : '–'} | ${r.before ? fmt(r.before.ms, 1) : '–'} | ${r.why ? `**FAIL**: ${esc(r.why)}` : 'ok'} |`;
  }),
  '',
  `### Query shapes before/after (MariaDB)`,
  '',
  '| statement | change | before ms | before rows read | after ms | after rows read |',
  '|---|---|---:|---:|---:|---:|',
  ...shapeRows.map((s) => `| ${esc(s.label)} | ${esc(s.note)} | ${fmt(s.before.ms, 1)} | ${s.before.reads.toLocaleString('en')} | ${fmt(s.after.ms, 1)} | ${s.after.reads.toLocaleString('en')} |`),
  '',
  `Index sizes on \`resident\` (InnoDB, MB): ${indexSizes.map((i) => `${i.name} ${i.mb}`).join(', ')}.`,
  '',
  `### Plans on SQLite (${liteRows.length} statements)`,
  '',
  `"visited" = resident rows the statement visits (a counting SQL function as the first WHERE term of every resident access). A statement fails when it visits ≥ ${SCAN_SHARE * 100}% of the table. \`SCAN r\` walks the rowid (primary-key) B-tree in order; under a LIMIT it stops after the page, which the visited count shows.`,
  '',
  '| case | statement | plan | visited | ms | verdict |',
  '|---|---|---|---:|---:|---|',
  ...liteRows.map((r) => `| ${esc(r.c)} | ${r.what} | ${esc(r.plan)} | ${r.visited} | ${fmt(r.ms, 1)} | ${r.why ? `**FAIL**: ${r.why}` : 'ok'} |`),
  '',
  `### Keyset (\`residentsAfter\`) over HTTP: ${ROUNDS} rounds of ${REQUESTS} interleaved request pairs, median of the rounds' p50 and p95`,
  '',
  '| page size | page 1 p50 / p95 ms | after position 500,000 p50 / p95 ms | p95 ratio |',
  '|---|---:|---:|---:|',
  ...web.keyset.map((k) => `| ${esc(k.label)} | ${fmt(k.first.p50, 1)} / ${fmt(k.first.p95, 1)} | ${fmt(k.deep.p50, 1)} / ${fmt(k.deep.p95, 1)} | ${fmt(k.deep.p95 / k.first.p95, 2)} |`),
  '',
  `Offset pagination: \`skip\` must stay below ${maxSkip.toLocaleString('en')} (LIST_MAX_SKIP): "${esc(o.beyondMessage ?? '')}". Bulk reads use \`residentsAfter\`.`,
  '',
].filter((l, i, a) => !(l === '' && a[i - 1] === ''));
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, md.join('\n'));
console.log(md.slice(0, 14).join('\n'));
for (const r of myFails) console.log(`MariaDB FAIL: ${r.c} ${r.what}: ${r.why}\n  ${r.sql.replace(/^SELECT .*? FROM/, 'SELECT … FROM')}`);
for (const r of liteFails) console.log(`SQLite FAIL: ${r.c} ${r.what}: ${r.why} — ${r.plan}`);
console.log(`wrote ${path.relative(root, OUT)} in ${fmt((Date.now() - t0) / 1000)} s`);
// the plan check (a full scan on either database) fails the bench; the other goals are reported with their verdicts
if (myFails.length || liteFails.length) process.exitCode = 1;
