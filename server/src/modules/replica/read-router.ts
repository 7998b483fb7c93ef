/**
 * Read replicas (MySQL/MariaDB replication). TypeORM keeps every query on the primary (`defaultMode: 'master'`);
 * this router sends chosen reads to a replica through a slave query runner:
 *
 * - `statistics` and `export` reads, for every caller: heavy aggregates and whole tables that need no
 *   second-by-second freshness;
 * - `list` reads (the common list path, CrudService.list) only for read-only callers (ANALYST, partner keys).
 *   Officers and admins edit and re-list all day, and need each other's edits at once: their lists stay on
 *   the primary, as do single-record reads, everything in a transaction, auth, the rate limiter and the audit log.
 *
 * Read-your-writes: after a caller's mutation the caller's routed reads stay on the primary for `stickySeconds`
 * (a `write_mark` row on the primary, so it holds across every server instance and through a gateway, with no
 * cookie or client change). The window is longer than the lag a replica may have and still be used, so
 * whatever the caller wrote is on any replica in rotation when the window ends.
 *
 * Lag: every instance rewrites `replica_heartbeat` on the primary each `checkIntervalMs` and reads its age on each
 * replica (the pt-heartbeat method; `Seconds_Behind_Master` is NULL or 0 in the very cases that matter — SQL
 * thread stopped, IO thread behind — and needs a monitoring privilege). A replica that is down or further behind
 * than `maxLagSeconds` leaves the TypeORM pool cluster and returns when it is healthy again; with none left, or
 * when a replica fails mid-query, the read runs on the primary, so a replica failure never fails a request.
 */
import mysql from 'mysql2/promise';
import type { ApolloServerPlugin } from '@apollo/server';
import { DataSource, QueryRunner } from 'typeorm';
import type { Actor, Ctx } from '../../common/context';
import { isDatabaseUnavailable } from '../../common/errors';
import { log } from '../../common/log';
import { clusterNodeOptions, mysqlCredentials } from '../../config/data-source';

export type DbRoute = 'replica' | 'primary';
/** What a read is for (see the module comment for who goes where). */
export type ReadPurpose = 'statistics' | 'export' | 'list';

/** The response header naming where a request's routed reads ran: `replica`, `primary` or `primary,replica`. */
export const ROUTE_HEADER = 'X-Db-Route';

export interface ReplicaRoutingOptions {
  /** The primary (DATABASE_URL) and the replicas (DATABASE_REPLICA_URLS), mysql:// URLs */
  primaryUrl: string;
  replicaUrls: string[];
  /** A replica further behind than this leaves the rotation (DATABASE_REPLICA_MAX_LAG_SECONDS) */
  maxLagSeconds: number;
  /** Heartbeat and health check period (default 1000 ms) */
  checkIntervalMs?: number;
  /** Read-your-writes window; default maxLagSeconds + two check periods (see the module comment) */
  stickySeconds?: number;
}

/** What a request remembers about routing: the routes used (for the header) and its caller's last-write check. */
export interface RouteScope {
  ds: DataSource;
  actor: Actor | null;
  dbRoutes?: Set<DbRoute>;
  recentWrite?: Promise<boolean>;
}

export interface ReplicaStatus {
  replica: string;
  healthy: boolean;
  inRotation: boolean;
  lagSeconds: number | null;
  error: string | null;
}

interface Replica extends ReplicaStatus {
  node: string;
  pool: mysql.Pool;
  checked: boolean;
}

/** Readers whose list reads may go to a replica: they never edit, and seconds of lag are nothing to them. */
const readOnlyCaller = (a: Actor | null) => a?.role === 'ANALYST' || a?.kind === 'API_KEY';

/** `user:<id>` / `key:<id>`: whose writes are marked. */
export function writerKey(actor: Actor | null): string | null {
  if (!actor || actor.id == null) return null;
  if (actor.kind === 'USER') return `user:${actor.id}`;
  if (actor.kind === 'API_KEY') return `key:${actor.id}`;
  return null;
}

const NOW_US = 'CAST(UNIX_TIMESTAMP(NOW(6)) * 1000000 AS SIGNED)';
const NOW_MS = 'CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)';

function monitorPool(url: string): mysql.Pool {
  const c = mysqlCredentials(url);
  return mysql.createPool({ host: c.host, port: c.port, user: c.username, password: c.password, database: c.database, connectionLimit: 1, connectTimeout: 1000, enableKeepAlive: true });
}

export class ReadRouter {
  private readonly primary: mysql.Pool;
  private readonly replicas: Replica[];
  private readonly intervalMs: number;
  readonly stickySeconds: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private heartbeatFailing = false;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: ReplicaRoutingOptions,
  ) {
    this.intervalMs = opts.checkIntervalMs ?? 1000;
    this.stickySeconds = opts.stickySeconds ?? opts.maxLagSeconds + (2 * this.intervalMs) / 1000;
    this.primary = monitorPool(opts.primaryUrl);
    this.replicas = opts.replicaUrls.map((url, i) => {
      const c = mysqlCredentials(url);
      return { node: `SLAVE${i}`, replica: `${c.host}:${c.port}`, pool: monitorPool(url), healthy: false, inRotation: true, lagSeconds: null, error: null, checked: false };
    });
  }

  /** Runs the first check (so that routing starts from facts) and then one every checkIntervalMs. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => {});
    await Promise.all([this.primary, ...this.replicas.map((r) => r.pool)].map((p) => p.end().catch(() => {})));
  }

  status(): ReplicaStatus[] {
    return this.replicas.map(({ replica, healthy, inRotation, lagSeconds, error }) => ({ replica, healthy, inRotation, lagSeconds, error }));
  }

  /** True when at least one replica is healthy and in the pool cluster's rotation. */
  get available(): boolean {
    return this.replicas.some((r) => r.healthy && r.inRotation);
  }

  /** One heartbeat and health check now (overlapping calls share the one in progress). */
  check(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.runCheck().finally(() => (this.running = null));
    return this.running;
  }

  private async runCheck(): Promise<void> {
    const timeout = Math.max(500, Math.min(this.intervalMs, 2000));
    try {
      await this.primary.query({ sql: `INSERT INTO replica_heartbeat (id, beat_us) VALUES (1, ${NOW_US}) ON DUPLICATE KEY UPDATE beat_us = ${NOW_US}`, timeout });
      if (this.heartbeatFailing) log.info('replica heartbeat: writing again on the primary');
      this.heartbeatFailing = false;
    } catch (e) {
      if (!this.heartbeatFailing) log.warn('replica heartbeat: cannot write on the primary', { err: String((e as Error)?.message ?? e) });
      this.heartbeatFailing = true;
    }
    await Promise.all(
      this.replicas.map(async (r) => {
        let lag: number | null = null;
        let error: string | null = null;
        try {
          const [rows] = await r.pool.query({ sql: `SELECT ${NOW_US} - beat_us AS lag_us FROM replica_heartbeat WHERE id = 1`, timeout });
          const row = (rows as { lag_us: string | number }[])[0];
          if (row) lag = Math.max(0, Number(row.lag_us) / 1e6);
          else error = 'no heartbeat replicated yet';
        } catch (e) {
          error = String((e as Error)?.message ?? e);
        }
        if (lag !== null && lag > this.opts.maxLagSeconds) error = `${lag.toFixed(1)} s behind the primary (limit ${this.opts.maxLagSeconds} s)`;
        this.apply(r, error === null, lag, error);
      }),
    );
  }

  /** Records a check's result and moves the replica in or out of the pool cluster's SLAVE* rotation. */
  private apply(r: Replica, healthy: boolean, lag: number | null, error: string | null) {
    const was = r.checked ? r.healthy : null;
    Object.assign(r, { healthy, lagSeconds: lag, error, checked: true });
    const cluster = (this.ds.driver as unknown as { poolCluster?: { add(id: string, o: unknown): void; remove(pattern: string): void } }).poolCluster;
    if (!cluster || this.stopped) return;
    if (!healthy && r.inRotation) {
      cluster.remove(r.node);
      r.inRotation = false;
    } else if (healthy && !r.inRotation) {
      const options = clusterNodeOptions(cluster, r.node);
      if (options) {
        cluster.add(r.node, options);
        r.inRotation = true;
      }
    }
    if (was !== healthy) {
      if (healthy) log.info('replica in rotation', { replica: r.replica, lagSeconds: lag });
      else log.warn('replica bypassed: reads go to the primary', { replica: r.replica, reason: error });
    }
  }

  /** Where this caller's `purpose` read goes now. */
  async route(scope: RouteScope, purpose: ReadPurpose): Promise<DbRoute> {
    if (purpose === 'list' && !readOnlyCaller(scope.actor)) return 'primary';
    if (!this.available) return 'primary';
    if (await this.wroteRecently(scope)) return 'primary';
    return 'replica';
  }

  /**
   * Runs `fn` with a slave query runner when the read may go to a replica, else with none (the primary). A replica
   * that fails under the read (down, connection lost) triggers a health check and the read runs again on the primary.
   */
  async read<T>(scope: RouteScope, purpose: ReadPurpose, fn: (runner: QueryRunner | undefined) => Promise<T>): Promise<T> {
    const note = (r: DbRoute) => (scope.dbRoutes ??= new Set()).add(r);
    if ((await this.route(scope, purpose)) === 'primary') {
      note('primary');
      return fn(undefined);
    }
    const runner = this.ds.createQueryRunner('slave');
    try {
      const result = await fn(runner);
      note('replica');
      return result;
    } catch (e) {
      if (!isDatabaseUnavailable(e) && !replicaSchemaBehind(e)) throw e;
      log.warn('replica failed during a read: running it on the primary', { err: String((e as Error)?.message ?? e) });
      void this.check();
      note('primary');
      return fn(undefined);
    } finally {
      await runner.release().catch(() => {});
    }
  }

  /**
   * A query runner for a long read that cannot be repeated halfway (an export streamed in chunks): the side is
   * decided once, at the start; `release` when done. A replica failing during it fails that read.
   */
  async lease(scope: RouteScope, purpose: ReadPurpose): Promise<ReadLease> {
    const route = await this.route(scope, purpose);
    (scope.dbRoutes ??= new Set()).add(route);
    if (route === 'primary') return { runner: undefined, release: async () => {} };
    const runner = this.ds.createQueryRunner('slave');
    return { runner, release: () => runner.release().catch(() => {}) };
  }

  /** Did this caller change something within the read-your-writes window? (one primary lookup per request) */
  private wroteRecently(scope: RouteScope): Promise<boolean> {
    const key = writerKey(scope.actor);
    if (!key) return Promise.resolve(false);
    scope.recentWrite ??= this.ds
      .query(`SELECT 1 AS hit FROM write_mark WHERE actor_key = ? AND written_at_ms > ${NOW_MS} - ?`, [key, Math.round(this.stickySeconds * 1000)])
      .then((rows: unknown[]) => rows.length > 0)
      .catch(() => true); // cannot tell: the primary is the safe side
    return scope.recentWrite;
  }

  /** Marks a change by `actor` after a GraphQL mutation (imports and background jobs do not mark one: docs/deploy.md). */
  async markWrite(actor: Actor | null): Promise<void> {
    const key = writerKey(actor);
    if (!key) return;
    await this.ds.query(`INSERT INTO write_mark (actor_key, written_at_ms) VALUES (?, ${NOW_MS}) ON DUPLICATE KEY UPDATE written_at_ms = ${NOW_MS}`, [key]);
  }
}

export interface ReadLease {
  /** undefined: the primary */
  runner: QueryRunner | undefined;
  release(): Promise<void>;
}

/** A table or column the replica does not have yet: a migration that has not replicated (1146, 1054). */
function replicaSchemaBehind(err: unknown): boolean {
  const e = err as { errno?: number; driverError?: { errno?: number } };
  const errno = e?.driverError?.errno ?? e?.errno;
  return errno === 1146 || errno === 1054;
}

const ROUTERS = new WeakMap<DataSource, ReadRouter>();

/** Starts replica routing for a MySQL data source built with replicas (null when there are none). */
export async function startReadRouter(ds: DataSource, opts: ReplicaRoutingOptions): Promise<ReadRouter | null> {
  if (!opts.replicaUrls.length || !(ds.driver as unknown as { poolCluster?: unknown }).poolCluster) return null;
  const router = new ReadRouter(ds, opts);
  await router.start();
  ROUTERS.set(ds, router);
  log.info('read replicas configured', { replicas: router.status(), stickySeconds: router.stickySeconds });
  return router;
}

export function readRouter(ds: DataSource): ReadRouter | null {
  return ROUTERS.get(ds) ?? null;
}

/**
 * Runs a read on a replica when the router allows it (see ReadRouter.read), otherwise on the primary. Without
 * replicas it just calls `fn(undefined)`: services pass the runner to their query builders or `ds.query`.
 */
export function readOn<T>(scope: RouteScope, purpose: ReadPurpose, fn: (runner: QueryRunner | undefined) => Promise<T>): Promise<T> {
  const router = ROUTERS.get(scope.ds);
  return router ? router.read(scope, purpose, fn) : fn(undefined);
}

/** A runner for a long read (see ReadRouter.lease); without replicas, the primary and a no-op release. */
export function readLease(scope: RouteScope, purpose: ReadPurpose): Promise<ReadLease> {
  const router = ROUTERS.get(scope.ds);
  return router ? router.lease(scope, purpose) : Promise.resolve({ runner: undefined, release: async () => {} });
}

/** The X-Db-Route value for a request (`primary` when nothing was routed). */
export function routeHeader(scope: Pick<RouteScope, 'dbRoutes'>): string {
  return scope.dbRoutes?.size ? [...scope.dbRoutes].sort().join(',') : 'primary';
}

/** Marks a mutation's caller as a recent writer and sets X-Db-Route (only when replicas are configured). */
export function replicaPlugin(router: ReadRouter): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, operation, response }) {
          if (operation?.operation === 'mutation' && ctx.actor) {
            await router.markWrite(ctx.actor).catch((e) => log.warn('could not mark a write for read-your-writes', { requestId: ctx.requestId, err: String((e as Error)?.message ?? e) }));
          }
          response.http.headers.set(ROUTE_HEADER, routeHeader(ctx));
        },
      };
    },
  };
}
