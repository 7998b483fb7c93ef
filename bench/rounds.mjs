// Rating and subsidy compute at scale: 165 / 10,000 / 50,000 centers, on MariaDB and embedded SQLite.
// Measures wall time of computeRatingRound + finalize and computeSubsidyRound (through the services, in one
// transaction each), SQL statements per compute, and the longest event-loop stall during the compute.
//   node bench/rounds.mjs [--sizes 165,10000,50000] [--mysql mysql://root@127.0.0.1:3306]
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { centerRows as centers } from './lib/centers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require(require.resolve('reflect-metadata', { paths: [path.join(root, 'server')] }));
const dist = (p) => require(path.join(root, 'server/dist', p));
const mysql = require(require.resolve('mysql2/promise', { paths: [path.join(root, 'server')] }));

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const sizes = opt('--sizes', '165,10000,50000').split(',').map(Number);
const mysqlServer = opt('--mysql', process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');

const { createDataSource, CountingLogger } = dist('config/data-source.js');
const { registerServices } = dist('services.js');
const { Loaders } = dist('common/loaders.js');
const { bulkInsert } = dist('common/bulk.js');
const { Street } = dist('modules/area/street.entity.js');
const { Community } = dist('modules/area/community.entity.js');
const { Center } = dist('modules/center/center.entity.js');

async function scenario(kind, n) {
  let url;
  let cleanup;
  if (kind === 'mysql') {
    const db = `eg_bench_${process.pid}_${n}`;
    const c = await mysql.createConnection(mysqlServer);
    await c.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await c.end();
    url = `${mysqlServer}/${db}`;
    cleanup = async () => {
      const c2 = await mysql.createConnection(mysqlServer);
      await c2.query(`DROP DATABASE \`${db}\``);
      await c2.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-bench-'));
    url = `sqlite:${path.join(dir, 'b.sqlite')}`;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const logger = new CountingLogger(false);
  const ds = await createDataSource(url, logger);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const svc = registerServices(ds, { jwtSecret: 'x'.repeat(32), jwtTtlSeconds: 60 });
    await ds.getRepository(Street).insert({ name: '基准街道', version: 1 });
    const street = await ds.getRepository(Street).findOneByOrFail({ name: '基准街道' });
    await ds.getRepository(Community).insert(Array.from({ length: 50 }, (_, i) => ({ name: `社区${i}`, streetId: street.id, version: 1 })));
    const communityIds = (await ds.getRepository(Community).find()).map((c) => c.id);
    await ds.transaction((m) => bulkInsert(m, Center, Object.keys(centers(1, [1])[0]), centers(n, communityIds)));
    const ctx = (name) => ({ requestId: 'bench', ds, loaders: new Loaders(ds), actor: { kind: 'SYSTEM', id: null, name, role: 'SYSTEM' }, now: new Date() });

    const measure = async (fn) => {
      const h = monitorEventLoopDelay({ resolution: 5 });
      h.enable();
      const before = logger.count;
      const t = process.hrtime.bigint();
      const out = await fn();
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      h.disable();
      return { out, ms, statements: logger.count - before, maxStallMs: h.max / 1e6 };
    };
    const round = await svc.ratingRounds.create(ctx('a'), { name: 'bench', assessedOn: '2016-06-30' });
    const compute = await measure(() => svc.ratingRounds.compute(ctx('a'), String(round.id)));
    const finalize = await measure(() => svc.ratingRounds.finalize(ctx('a'), String(round.id)));
    const sub = await svc.subsidyRounds.create(ctx('a'), { name: 'bench', fiscalYear: 2016, budget: 100000000n * 100n, ratingRoundId: String(round.id), mode: 'WEIGHTED' });
    const subsidy = await measure(() => svc.subsidyRounds.compute(ctx('a'), String(sub.id)));
    const sum = await ds.query('SELECT SUM(amount_fen) AS s, COUNT(*) AS n FROM subsidy_allocation WHERE round_id = ?', [sub.id]);
    if (String(sum[0].s).split('.')[0] !== String(100000000n * 100n)) throw new Error(`allocations do not add up: ${sum[0].s}`);
    return { kind, n, compute, finalize, subsidy, rows: Number(sum[0].n) };
  } finally {
    await ds.destroy();
    await cleanup();
  }
}

const results = [];
for (const kind of ['mysql', 'sqlite']) {
  for (const n of sizes) {
    const r = await scenario(kind, n);
    results.push(r);
    console.log(
      `${kind.padEnd(6)} ${String(n).padStart(6)} centers: rating compute ${r.compute.ms.toFixed(0)} ms (${r.compute.statements} statements, max loop stall ${r.compute.maxStallMs.toFixed(0)} ms), ` +
        `finalize ${r.finalize.ms.toFixed(0)} ms (${r.finalize.statements}), subsidy compute ${r.subsidy.ms.toFixed(0)} ms (${r.subsidy.statements} statements, stall ${r.subsidy.maxStallMs.toFixed(0)} ms)`,
    );
  }
}

const table = [
  '| database | centers | rating compute ms | statements | max event-loop stall ms | finalize ms | subsidy compute ms | statements | stall ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.kind === 'mysql' ? 'MariaDB' : 'SQLite'} | ${r.n} | ${r.compute.ms.toFixed(0)} | ${r.compute.statements} | ${r.compute.maxStallMs.toFixed(0)} | ${r.finalize.ms.toFixed(0)} | ${r.subsidy.ms.toFixed(0)} | ${r.subsidy.statements} | ${r.subsidy.maxStallMs.toFixed(0)} |`),
].join('\n');
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/out/rounds.md'), `${table}\n`);
console.log(`\n${table}`);
