import path from 'node:path';
import fs from 'node:fs';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions, Logger, QueryRunner } from 'typeorm';
import { dbTypeOf, sqliteFile } from './config';
import { ENTITIES } from '../entities';

/** Counts SQL statements (tests assert statements per request) and optionally prints them. */
export class CountingLogger implements Logger {
  count = 0;
  constructor(private readonly print = false) {}
  logQuery(query: string) {
    this.count++;
    if (this.print) console.log(`[sql] ${query}`);
  }
  logQueryError(error: string | Error, query: string) {
    if (this.print) console.error(`[sql error] ${error} — ${query}`);
  }
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export function migrationsGlob(dbType: 'sqlite' | 'mysql'): string[] {
  return [path.join(__dirname, '..', 'migrations', dbType, '*.{js,ts}')];
}

export function dataSourceOptions(databaseUrl: string, logger?: Logger, flavor: 'mysql' | 'mariadb' = 'mysql'): DataSourceOptions {
  const dbType = dbTypeOf(databaseUrl);
  const common = {
    entities: ENTITIES,
    migrations: migrationsGlob(dbType),
    migrationsRun: false,
    synchronize: false,
    logger,
    logging: logger ? (['query', 'error'] as ('query' | 'error')[]) : false,
  };
  if (dbType === 'sqlite') {
    const file = sqliteFile(databaseUrl);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: file,
      enableWAL: file !== ':memory:',
      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('synchronous = NORMAL');
      },
    };
  }
  const u = new URL(databaseUrl.replace(/^mariadb:/, 'mysql:'));
  return {
    ...common,
    type: flavor,
    host: u.hostname,
    port: Number(u.port || 3306),
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: Number(u.searchParams.get('poolSize') || 10),
    connectTimeout: 5000,
  } as DataSourceOptions;
}

/**
 * MySQL 8 or MariaDB behind a mysql:// URL? TypeORM must know (its schema diff reads MariaDB's column
 * defaults differently), so ask the server once; `mariadb://` skips the question.
 */
export async function detectFlavor(databaseUrl: string): Promise<'mysql' | 'mariadb'> {
  if (databaseUrl.startsWith('mariadb:')) return 'mariadb';
  const u = new URL(databaseUrl);
  const conn = await mysql.createConnection({
    host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), connectTimeout: 5000,
  });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

export async function createDataSource(databaseUrl: string, logger?: Logger): Promise<DataSource> {
  const flavor = dbTypeOf(databaseUrl) === 'mysql' ? await detectFlavor(databaseUrl) : 'mysql';
  return new DataSource(dataSourceOptions(databaseUrl, logger, flavor));
}

export type { QueryRunner };
