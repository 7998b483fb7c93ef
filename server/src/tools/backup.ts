/**
 * Backup and restore (docs/operations.md):
 *   npm run backup  -w server -- <DATABASE_URL> <file>   # online, while the server runs
 *   npm run restore -w server -- <DATABASE_URL> <file>   # into an empty database / a new SQLite file
 * SQLite: better-sqlite3's online backup API (a consistent copy of the live database, WAL included).
 * MariaDB/MySQL: `mariadb-dump` (or `mysqldump`) --single-transaction (a consistent snapshot without locking
 * writers), restored with the `mariadb` (or `mysql`) client. The client binaries are required for MySQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { dbTypeOf, sqliteFile } from '../config/config';

function which(...names: string[]): string {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat(['/usr/bin', '/usr/local/bin', '/usr/sbin'])) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
  }
  throw new Error(`none of ${names.join(', ')} found on PATH: install the MariaDB/MySQL client (apt-get install mariadb-client)`);
}

function mysqlParts(url: string) {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = u.pathname.slice(1);
  if (!database) throw new Error('the MySQL URL must name the database: mysql://user:pass@host:port/db');
  return { host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), database };
}

/** Runs a client binary with the password in MYSQL_PWD (never on the command line), piping files. */
function run(bin: string, args: string[], password: string, io: { stdin?: string; stdout?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, ...(password ? { MYSQL_PWD: password } : {}) }, stdio: ['pipe', io.stdout ? 'pipe' : 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    // the dump file must be fully flushed before we report success
    const out = io.stdout ? fs.createWriteStream(io.stdout) : null;
    const flushed = out ? new Promise<void>((r, j) => out.once('finish', () => r()).once('error', j)) : Promise.resolve();
    if (out) child.stdout!.pipe(out);
    if (io.stdin) fs.createReadStream(io.stdin).pipe(child.stdin!);
    else child.stdin!.end();
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`${path.basename(bin)} exited with ${code}: ${err.trim().slice(0, 2000)}`));
      flushed.then(resolve, reject);
    });
  });
}

export async function backup(databaseUrl: string, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (dbTypeOf(databaseUrl) === 'sqlite') {
    const src = sqliteFile(databaseUrl);
    if (!fs.existsSync(src)) throw new Error(`no SQLite database at ${src}`);
    const db = new Database(src, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      await db.backup(file);
    } finally {
      db.close();
    }
    return;
  }
  const c = mysqlParts(databaseUrl);
  const tmp = `${file}.partial`;
  await run(
    which('mariadb-dump', 'mysqldump'),
    ['--single-transaction', '--routines', '--triggers', '--events', '--hex-blob', '--default-character-set=utf8mb4', '--no-tablespaces', '-h', c.host, '-P', String(c.port), '-u', c.user, c.database],
    c.password,
    { stdout: tmp },
  );
  fs.renameSync(tmp, file); // a failed dump never leaves a file that looks complete
}

export async function restore(databaseUrl: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup file at ${file}`);
  if (dbTypeOf(databaseUrl) === 'sqlite') {
    const dest = sqliteFile(databaseUrl);
    if (fs.existsSync(dest) && fs.statSync(dest).size > 0) throw new Error(`${dest} exists: restore into a new file (stop the server, move the old file away first)`);
    const check = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const ok = check.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') throw new Error(`the backup ${file} fails integrity_check: ${ok}`);
    } finally {
      check.close();
    }
    fs.mkdirSync(path.dirname(path.resolve(dest)), { recursive: true });
    for (const f of [`${dest}-wal`, `${dest}-shm`]) fs.rmSync(f, { force: true });
    fs.copyFileSync(file, dest);
    return;
  }
  const c = mysqlParts(databaseUrl);
  const conn = await mysql.createConnection({ host: c.host, port: c.port, user: c.user, password: c.password || undefined });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${c.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [rows] = await conn.query('SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?', [c.database]);
    if (Number((rows as { n: number }[])[0].n) > 0) throw new Error(`database ${c.database} is not empty: restore into a new database`);
  } finally {
    await conn.end();
  }
  await run(which('mariadb', 'mysql'), ['--default-character-set=utf8mb4', '-h', c.host, '-P', String(c.port), '-u', c.user, c.database], c.password, { stdin: file });
}

async function main() {
  const [cmd, url, file] = process.argv.slice(2);
  if (!['backup', 'restore'].includes(cmd) || !url || !file) {
    console.error('usage: backup <DATABASE_URL> <file>  |  restore <DATABASE_URL> <file>');
    process.exit(2);
  }
  const t = Date.now();
  await (cmd === 'backup' ? backup(url, file) : restore(url, file));
  console.log(JSON.stringify({ [cmd]: 'ok', file, bytes: fs.statSync(file).size, ms: Date.now() - t }));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`${(e as Error).message}`);
    process.exit(1);
  });
}
