import path from 'node:path';
import fs from 'node:fs';
import mysql from 'mysql2/promise';
import mysqlCallback from 'mysql2';
import { DataSource, DataSourceOptions, Logger, ObjectLiteral, QueryRunner } from 'typeorm';
import { dbTypeOf, sqliteFile } from './config';
import { ENTITIES } from '../entities';
import { BACKSTOP_CHECKPOINT_PAGES } from './sqlite-checkpoint';
import { log } from '../common/log';

/** Marks housekeeping statements that belong to no request (e.g. the rate limiter's cleanup). */
export const BACKGROUND_SQL = '/* background */';

/**
 * Counts SQL statements (tests assert statements per request; background housekeeping is not counted), and keeps
 * their text while `captured` is set.
 */
export class CountingLogger implements Logger {
  count = 0;
  captured: string[] | null = null;
  constructor(private readonly print = false) {}
  logQuery(query: string) {
    if (!query.startsWith(BACKGROUND_SQL)) {
      this.count++;
      this.captured?.push(query);
    }
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
 * With read replicas TypeORM uses a PoolCluster instead of a Pool: the limit is then set on a connection the
 * first time the cluster hands it out, and the cluster remembers each node's options so that a replica taken
 * out of rotation (modules/replica) can be put back with the same options.
 */
function mysqlDriver(flavor: 'mysql' | 'mariadb', ms: number) {
  const sql = ms <= 0 ? null : flavor === 'mariadb' ? `SET SESSION max_statement_time = ${ms / 1000}` : `SET SESSION max_execution_time = ${Math.round(ms)}`;
  return {
    ...mysqlCallback,
    createPool(options: mysqlCallback.PoolOptions) {
      const pool = mysqlCallback.createPool(options);
      if (sql) {
        pool.on('connection', (conn) => {
          conn.query(sql, (err) => {
            if (err) log.warn('could not set the statement time limit', { sql, err: err.message });
          });
        });
      }
      return pool;
    },
    createPoolCluster(options: mysqlCallback.PoolClusterOptions) {
      const cluster = mysqlCallback.createPoolCluster(options);
      const nodes = new Map<string, mysqlCallback.PoolOptions>();
      CLUSTER_NODES.set(cluster, nodes);
      const add = cluster.add.bind(cluster) as (id: string, config: mysqlCallback.PoolOptions) => void;
      (cluster as unknown as { add: typeof add }).add = (id, config) => {
        nodes.set(id, config);
        add(id, config);
      };
      if (sql) {
        const prepared = new WeakSet<object>();
        const getConnection = cluster.getConnection.bind(cluster) as (pattern: string, selector: string, cb: (err: unknown, conn?: mysqlCallback.PoolConnection) => void) => void;
        (cluster as unknown as { getConnection: unknown }).getConnection = (pattern: string, selector: unknown, cb?: unknown) => {
          const done = (typeof selector === 'function' ? selector : cb) as (err: unknown, conn?: mysqlCallback.PoolConnection) => void;
          getConnection(pattern, typeof selector === 'string' ? selector : 'RR', (err, conn) => {
            if (err || !conn || prepared.has(conn)) return done(err, conn);
            conn.query(sql, (e) => {
              if (e) log.warn('could not set the statement time limit', { sql, err: e.message });
              prepared.add(conn);
              done(null, conn);
            });
          });
        };
      }
      return cluster;
    },
  };
}

/** The options each node of a replicated data source's PoolCluster was added with (by node id: MASTER, SLAVE0 …). */
const CLUSTER_NODES = new WeakMap<object, Map<string, mysqlCallback.PoolOptions>>();
export function clusterNodeOptions(cluster: object, id: string): mysqlCallback.PoolOptions | undefined {
  return CLUSTER_NODES.get(cluster)?.get(id);
}

/** host, port, user, password and database of a mysql:// (or mariadb://) URL, as TypeORM's credentials. */
export function mysqlCredentials(url: string) {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return {
    host: u.hostname,
    port: Number(u.port || 3306),
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  };
}

/**
 * `replicaUrls` (MySQL/MariaDB only; SQLite has no replicas and ignores them): TypeORM replication with the URL's
 * server as master and the replicas as slaves. `defaultMode: 'master'` keeps every query on the primary unless
 * the caller asks for a slave query runner (modules/replica routes statistics, exports and read-only list reads).
 */
export function dataSourceOptions(databaseUrl: string, logger?: Logger, flavor: 'mysql' | 'mariadb' = 'mysql', statementTimeoutMs = 0, replicaUrls: string[] = []): DataSourceOptions {
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
      statementCacheSize: SQLITE_STATEMENT_CACHE,
      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('synchronous = NORMAL');
        // checkpoints run on their own thread (sqlite-checkpoint.ts); this one is the backstop
        db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
        // planner statistics (sqlite_stat1) for tables never analysed or grown tenfold since, with SQLite's
        // bounded sampling (about a second for a million residents): without them SQLite guesses that every
        // index equality is selective and, for `household_registered = 1 ORDER BY id LIMIT 25`, sorts 850,000 rows
        db.pragma('optimize = 0x10002');
      },
    };
  }
  const u = new URL(databaseUrl.replace(/^mariadb:/, 'mysql:'));
  const primary = mysqlCredentials(databaseUrl);
  return {
    ...common,
    type: flavor,
    ...(replicaUrls.length
      ? {
          replication: {
            master: primary,
            slaves: replicaUrls.map(mysqlCredentials),
            defaultMode: 'master',
            // mysql2 PoolCluster: a node that fails 3 times in a row rests 1 s and is tried again (never dropped for good)
            canRetry: true,
            removeNodeErrorCount: 3,
            restoreNodeTimeout: 1000,
          },
        }
      : primary),
    charset: 'utf8mb4_unicode_520_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: Number(u.searchParams.get('poolSize') || 10),
    // fail fast while the database is down or unreachable: a request waits at most this long for a connection
    connectTimeout: 2000,
    ...(statementTimeoutMs > 0 || replicaUrls.length ? { driver: mysqlDriver(flavor, statementTimeoutMs) } : {}),
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

/** Prepared statements TypeORM keeps per SQLite connection (its default is 100): one per query shape, see below. */
export const SQLITE_STATEMENT_CACHE = 1000;

/**
 * TypeORM's SQLite driver writes number parameters into the SQL text (`WHERE "id" IN (4)`), so every id gives a new
 * statement: better-sqlite3 prepares it again, TypeORM's statement cache churns, and each discarded statement is a
 * native object finalised during the next full garbage collection — 90 ms of a 110 ms pause in the soak, every 12 s.
 * Integers are bound instead, as 64-bit integers (BigInt), which is exactly what the literal meant (a JS number
 * would bind as a REAL); other values go through TypeORM unchanged. One statement per query shape is then reused.
 */
export function bindSqliteIntegers(ds: DataSource): void {
  if (ds.options.type !== 'better-sqlite3') return;
  const driver = ds.driver as unknown as { escapeQueryWithParameters: (sql: string, parameters: ObjectLiteral, native: ObjectLiteral) => [string, unknown[]] };
  const escape = driver.escapeQueryWithParameters.bind(driver);
  const bind = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : v);
  driver.escapeQueryWithParameters = (sql, parameters, native) => {
    if (!parameters) return escape(sql, parameters, native);
    const bound: ObjectLiteral = {};
    for (const [k, v] of Object.entries(parameters)) bound[k] = Array.isArray(v) ? v.map(bind) : bind(v);
    return escape(sql, bound, native);
  };
}

/** `statementTimeoutMs` (MariaDB/MySQL only; 0 = none) limits every statement the app's pool runs. */
export async function createDataSource(databaseUrl: string, logger?: Logger, statementTimeoutMs = 0, replicaUrls: string[] = []): Promise<DataSource> {
  const mysqlDb = dbTypeOf(databaseUrl) === 'mysql';
  const flavor = mysqlDb ? await detectFlavor(databaseUrl) : 'mysql';
  if (!mysqlDb && replicaUrls.length) log.warn('DATABASE_REPLICA_URLS is ignored with SQLite (an embedded database has no replicas)');
  const ds = new DataSource(dataSourceOptions(databaseUrl, logger, flavor, statementTimeoutMs, mysqlDb ? replicaUrls : []));
  bindSqliteIntegers(ds);
  return ds;
}

export type { QueryRunner };
