import path from 'node:path';
import fs from 'node:fs';
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

export function dataSourceOptions(databaseUrl: string, logger?: Logger): DataSourceOptions {
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
    type: 'mysql',
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

export function createDataSource(databaseUrl: string, logger?: Logger): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, logger));
}

export type { QueryRunner };
