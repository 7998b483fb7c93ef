/**
 * Backups (reliability issue, item 6): demo district → online backup → restore into a fresh database →
 * same tables, same row counts, same per-table checksum (all rows in a fixed order, hashed), audit chain ok.
 * SQLite (online backup API) or, with DB=mysql, MariaDB (mariadb-dump --single-transaction / mariadb client).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { startTestApp, TestApp, DB_KIND } from './util';
import { backup, restore } from '../src/tools/backup';
import { createDataSource } from '../src/config/data-source';
import { verifyAuditChain } from '../src/modules/audit/audit.service';

const MYSQL_SERVER = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

type Snapshot = Record<string, { rows: number; sha256: string }>;

const norm = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? v.toString() : v === null ? null : String(v));

function digest(rows: Record<string, unknown>[]): { rows: number; sha256: string } {
  const h = createHash('sha256');
  for (const r of rows) h.update(JSON.stringify(Object.values(r).map(norm)) + '\n');
  return { rows: rows.length, sha256: h.digest('hex') };
}

async function snapshotSqlite(file: string): Promise<Snapshot> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    const out: Snapshot = {};
    for (const t of tables) {
      const n = (db.prepare(`PRAGMA table_info("${t}")`).all() as unknown[]).length;
      out[t] = digest(db.prepare(`SELECT * FROM "${t}" ORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`).all() as Record<string, unknown>[]);
    }
    return out;
  } finally {
    db.close();
  }
}

async function snapshotMysql(url: string): Promise<Snapshot> {
  const c = await mysql.createConnection({ uri: url, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  try {
    const db = new URL(url).pathname.slice(1);
    const [tables] = await c.query(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name`, [db]);
    const out: Snapshot = {};
    for (const { t } of tables as { t: string }[]) {
      const [cols] = await c.query(`SELECT COUNT(*) AS n FROM information_schema.columns WHERE table_schema = ? AND table_name = ?`, [db, t]);
      const n = Number((cols as { n: number }[])[0].n);
      const [rows] = await c.query(`SELECT * FROM \`${t}\` ORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`);
      out[t] = digest(rows as Record<string, unknown>[]);
    }
    return out;
  } finally {
    await c.end();
  }
}

describe(`backup and restore (${DB_KIND})`, () => {
  let t: TestApp;
  let sourceUrl: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-backup-'));
  const targetDb = `eg_restore_${process.pid}_${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    const o = t.started.ds.options as { type: string; database: string; host?: string; port?: number; username?: string; password?: string };
    sourceUrl = o.type === 'better-sqlite3' ? `sqlite:${o.database}` : `mysql://${encodeURIComponent(o.username!)}${o.password ? `:${encodeURIComponent(o.password)}` : ''}@${o.host}:${o.port}/${o.database}`;
  }, 180000);

  afterAll(async () => {
    await t?.close();
    if (DB_KIND === 'mysql') {
      const c = await mysql.createConnection(MYSQL_SERVER);
      await c.query(`DROP DATABASE IF EXISTS \`${targetDb}\``);
      await c.end();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up online (app running), restores into a fresh database with identical tables, counts and checksums', async () => {
    const file = path.join(dir, DB_KIND === 'sqlite' ? 'eldergraph.sqlite.bak' : 'eldergraph.sql');
    // writes before the backup are in it
    const st = await t.gql(`mutation { createStreet(input: { name: "备份街道" }) { id } }`, {}, t.tokens.officer);
    expect(st.errors).toBeUndefined();
    await backup(sourceUrl, file);
    expect(fs.statSync(file).size).toBeGreaterThan(100_000);

    const targetUrl = DB_KIND === 'sqlite' ? `sqlite:${path.join(dir, 'restored.sqlite')}` : `${MYSQL_SERVER}/${targetDb}`;
    await restore(targetUrl, file);
    // restoring over an existing database is refused
    await expect(restore(targetUrl, file)).rejects.toThrow(/exists|not empty/);

    const snap = DB_KIND === 'sqlite' ? (u: string) => snapshotSqlite(u.slice('sqlite:'.length)) : snapshotMysql;
    const [source, restored] = await Promise.all([snap(sourceUrl), snap(targetUrl)]);
    expect(Object.keys(restored)).toEqual(Object.keys(source));
    expect(restored).toEqual(source);
    const total = Object.values(source).reduce((a, s) => a + s.rows, 0);
    expect(source.resident.rows).toBeGreaterThanOrEqual(20000);
    expect(source.center.rows).toBe(165);

    // the restored database opens with the app's data source, needs no migration, and its audit chain verifies
    const ds = await createDataSource(targetUrl);
    await ds.initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      const v = await verifyAuditChain(ds.manager);
      expect(v).toMatchObject({ ok: true });
      console.log(`[backup ${DB_KIND}] ${Object.keys(source).length} tables, ${total} rows compared, audit entries ${v.entries}, backup ${fs.statSync(file).size} bytes`);
    } finally {
      await ds.destroy();
    }
  }, 180000);
});
