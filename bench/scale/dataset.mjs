// The city-scale data set shared by the benchmark scenarios (bench/residents.mjs, bench/statistics.mjs, …):
// generated once by `npm run seed:scale -w server` (server/src/seed/scale.ts) and reused while it holds exactly
// the generated rows (the generator checks its LOAD_SCALE audit entry against the live row counts; a database
// that differs is dropped and generated again). MariaDB: database `eg_bench_scale` (1,000,000 residents);
// SQLite: a file in the system temp directory (100,000 residents by default).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverDir = path.join(root, 'server');
const require = createRequire(path.join(serverDir, 'package.json'));

export const SCALE_DB = 'eg_bench_scale';
export const DEFAULT_MYSQL = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';


export { ensureBuilt } from '../lib/server.mjs';

function runGenerator(url, extra) {
  const t = Date.now();
  const summary = path.join(os.tmpdir(), `eg-scale-summary-${process.pid}.json`);
  fs.rmSync(summary, { force: true });
  try {
    execFileSync(process.execPath, [path.join(serverDir, 'dist/seed/scale-cli.js'), '--db', url, '--summary', summary, ...extra], { cwd: serverDir, stdio: 'inherit' });
    return { ok: true, ...JSON.parse(fs.readFileSync(summary, 'utf8')), wallMs: Date.now() - t };
  } catch (e) {
    if (e.status === 2) return { ok: false };
    throw e;
  } finally {
    fs.rmSync(summary, { force: true });
  }
}

/**
 * The scale database for `kind` ('mysql' | 'sqlite'), generated when missing or different. Returns its URL and
 * whether it was reused, with the generator's figures when it was (re)generated (counts, ms per phase).
 */
export async function ensureScale(kind, { server = DEFAULT_MYSQL, residents, args = [] } = {}) {
  const extra = [...(residents ? ['--residents', String(residents)] : []), ...args];
  if (kind === 'mysql') {
    const mysql = require('mysql2/promise');
    const url = `${server.replace(/\/$/, '')}/${SCALE_DB}`;
    const recreate = async (drop) => {
      const c = await mysql.createConnection(server);
      if (drop) await c.query(`DROP DATABASE IF EXISTS \`${SCALE_DB}\``);
      await c.query(`CREATE DATABASE IF NOT EXISTS \`${SCALE_DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await c.end();
    };
    await recreate(false);
    let r = runGenerator(url, extra);
    if (!r.ok) {
      console.log(`${SCALE_DB} holds other data: dropping it and generating the data set again`);
      await recreate(true);
      r = runGenerator(url, extra);
      if (!r.ok) throw new Error('the scale generator refused a freshly created database');
    }
    return { url, ...r };
  }
  const dir = path.join(os.tmpdir(), 'eldergraph-bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `scale-${residents ?? 'default'}.sqlite`);
  const url = `sqlite:${file}`;
  let r = runGenerator(url, extra);
  if (!r.ok) {
    console.log(`${file} holds other data: generating it again`);
    for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.jwt-secret`]) fs.rmSync(f, { force: true });
    r = runGenerator(url, extra);
    if (!r.ok) throw new Error('the scale generator refused a fresh SQLite file');
  }
  return { url, file, ...r };
}
