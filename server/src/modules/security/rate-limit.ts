import { BACKGROUND_SQL } from '../../config/data-source';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/context';
import { log } from '../../common/log';

/** Fixed windows of one minute: `rate_limit.window_start` is the epoch minute. */
export const WINDOW_MS = 60_000;
/** Windows older than this are deleted (at most once a minute per process). */
const KEEP_WINDOWS = 10;
/** `rate_limit.cost` is an INT: a flood keeps adding to it, so the sum is capped below 2^31. */
const COST_CAP = 2_000_000_000;

export interface Charge {
  /** cost units spent in this window by this caller, this request included */
  spent: number;
  allowed: boolean;
  /** seconds until the window ends (the Retry-After value) */
  retryAfter: number;
  windowStart: number;
}

/** `user:<id>` or `key:<id>`; null for callers the limiter does not meter (anonymous, SYSTEM). */
export function bucketKey(actor: Actor | null): string | null {
  if (!actor || actor.id == null) return null;
  if (actor.kind === 'USER') return `user:${actor.id}`;
  if (actor.kind === 'API_KEY') return `key:${actor.id}`;
  return null;
}

/**
 * Query-cost budget per caller and minute, kept in the `rate_limit` table so that every server instance
 * on the same database shares it. One statement per request: an upsert that adds the request's cost to
 * the caller's current window and returns the new sum.
 */
export class CostRateLimiter {
  private nextCleanup: number;

  constructor(
    private readonly ds: DataSource,
    private readonly budgetPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.nextCleanup = this.now() + WINDOW_MS;
  }

  get enabled(): boolean {
    return this.budgetPerMinute > 0;
  }

  /** Adds `cost` to the caller's current window; `allowed` is false once the window's sum is over the budget. */
  async charge(key: string, cost: number): Promise<Charge> {
    const now = this.now();
    const windowStart = Math.floor(now / WINDOW_MS);
    const units = Math.max(1, Math.min(Math.ceil(cost), COST_CAP));
    const spent = await this.add(key, windowStart, units);
    this.maybeCleanup(windowStart, now);
    return {
      spent,
      allowed: spent <= this.budgetPerMinute,
      retryAfter: Math.max(1, Math.ceil(((windowStart + 1) * WINDOW_MS - now) / 1000)),
      windowStart,
    };
  }

  private async add(key: string, windowStart: number, units: number): Promise<number> {
    if (this.ds.options.type === 'better-sqlite3') {
      const rows: { cost: number }[] = await this.ds.query(
        `INSERT INTO rate_limit (bucket_key, window_start, cost) VALUES (?, ?, ?)
         ON CONFLICT(bucket_key, window_start) DO UPDATE SET cost = MIN(cost + excluded.cost, ${COST_CAP}) RETURNING cost`,
        [key, windowStart, units],
      );
      return Number(rows[0].cost);
    }
    // MySQL/MariaDB: LAST_INSERT_ID(expr) hands the updated sum back in the OK packet's insertId, so the
    // statement needs no SELECT after it; a fresh row (no duplicate) reports 0 and its sum is `units`.
    const res: { insertId?: number | string } = await this.ds.query(
      `INSERT INTO rate_limit (bucket_key, window_start, cost) VALUES (?, ?, ?)
       ON DUPLICATE KEY UPDATE cost = LAST_INSERT_ID(LEAST(cost + ?, ${COST_CAP}))`,
      [key, windowStart, units, units],
    );
    const sum = Number(res?.insertId ?? 0);
    return sum > 0 ? sum : units;
  }

  /** Deletes windows older than ten minutes, at most once a minute per process, without delaying the request. */
  private maybeCleanup(windowStart: number, now: number): void {
    if (now < this.nextCleanup) return;
    this.nextCleanup = now + WINDOW_MS;
    this.ds
      .query(`${BACKGROUND_SQL} DELETE FROM rate_limit WHERE window_start < ?`, [windowStart - KEEP_WINDOWS])
      .catch((e) => log.warn('rate_limit cleanup failed', { err: String((e as Error)?.message ?? e) }));
  }
}
