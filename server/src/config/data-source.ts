import path from 'node:path';
import fs from 'node:fs';
import mysql from 'mysql2/promise';
import mysqlCallback from 'mysql2';
import { DataSource, DataSourceOptions, Logger, QueryRunner } from 'typeorm';
import { dbTypeOf, sqliteFile } from './config';
import { ENTITIES } from '../entities';
import { log } from '../common/log';

/** Marks housekeeping statements that belong to no request (e.g. the rate limiter's cleanup). */
export const BACKGROUND_SQL = '/* background */';

/** Counts SQL statements (tests assert statements per request; background housekeeping is not counted). */
export class CountingLogger implements Logger {
  count = 0;
  constructor(private readonly print = false) {}
  logQuery(query: string) {
    if (!query.startsWith(BACKGROUND_SQL)) this.count++;
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

/**
 * mysql2 with a per-statement time limit set on every pooled connection as it opens (before TypeORM's
 * first statement on it): MariaDB `max_statement_time` (seconds, every statement) or MySQL
 * `max_execution_time` (ms, read-only SELECTs only). Passed to TypeORM as its `driver` option.
 */
function mysqlWithStatementTimeout(flavor: 'mysql' | 'mariadb', ms: number) {
  const sql = flavor === 'mariadb' ? `SET SESSION max_statement_time = ${ms / 1000}` : `SET SESSION max_execution_time = ${Math.round(ms)}`;
  return {
    ...mysqlCallback,
    createPool(options: mysqlCallback.PoolOptions) {
      const pool = mysqlCallback.createPool(options);
      pool.on('connection', (conn) => {
        conn.query(sql, (err) => {
          if (err) log.warn('could not set the statement time limit', { sql, err: err.message });
        });
      });
      return pool;
    },
  };
}

export function dataSourceOptions(databaseUrl: string, logger?: Logger, flavor: 'mysql' | 'mariadb' = 'mysql', statementTimeoutMs = 0): DataSourceOptions {
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
    charset: 'utf8mb4_unicode_520_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: Number(u.searchParams.get('poolSize') || 10),
    // fail fast while the database is down or unreachable: a request waits at most this long for a connection
    connectTimeout: 2000,
    ...(statementTimeoutMs > 0 ? { driver: mysqlWithStatementTimeout(flavor, statementTimeoutMs) } : {}),
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

/** `statementTimeoutMs` (MariaDB/MySQL only; 0 = none) limits every statement the app's pool runs. */
export async function createDataSource(databaseUrl: string, logger?: Logger, statementTimeoutMs = 0): Promise<DataSource> {
  const flavor = dbTypeOf(databaseUrl) === 'mysql' ? await detectFlavor(databaseUrl) : 'mysql';
  return new DataSource(dataSourceOptions(databaseUrl, logger, flavor, statementTimeoutMs));
}

export type { QueryRunner };
