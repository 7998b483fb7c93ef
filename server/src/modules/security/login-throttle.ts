import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors';
import { AuthThrottle } from './security.entities';

/**
 * Failed-login throttling kept in the database, so it holds whichever server instance a request reaches:
 * 5 failures for one email, or 30 from one address, within 15 minutes lock that key for 15 minutes.
 */
export const THROTTLE = { windowMs: 15 * 60_000, lockMs: 15 * 60_000, perEmail: 5, perIp: 30 };

export const throttleKeys = (email: string, ip: string | undefined) => [`email:${email}`.slice(0, 200), ...(ip ? [`ip:${ip}`.slice(0, 200)] : [])];

export class LoginThrottle {
  constructor(private readonly ds: DataSource) {}

  /** UNAUTHENTICATED with `retryAfter` seconds while any of the keys is locked. */
  async check(keys: string[], now = new Date()) {
    const rows = await this.ds.getRepository(AuthThrottle).findBy(keys.map((key) => ({ key })));
    const locked = rows.filter((r) => r.lockedUntil && r.lockedUntil > now).map((r) => r.lockedUntil!.getTime());
    if (locked.length) {
      const retryAfter = Math.ceil((Math.max(...locked) - now.getTime()) / 1000);
      throw new AppError('UNAUTHENTICATED', `Too many failed logins; try again in ${Math.ceil(retryAfter / 60)} minutes`, { retryAfter });
    }
  }

  async failure(keys: string[], now = new Date()) {
    await this.ds.transaction(async (m) => {
      for (const key of keys) await this.bump(m, key, key.startsWith('email:') ? THROTTLE.perEmail : THROTTLE.perIp, now);
    });
  }

  async success(email: string) {
    await this.ds.getRepository(AuthThrottle).delete({ key: `email:${email}`.slice(0, 200) });
  }

  private async bump(m: EntityManager, key: string, limit: number, now: Date) {
    const lock = m.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' as const } };
    const row = await m.getRepository(AuthThrottle).findOne({ where: { key }, ...lock });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > THROTTLE.windowMs;
    const failures = fresh ? 1 : row!.failures + 1;
    const next = { key, failures, windowStart: fresh ? now : row!.windowStart, lockedUntil: failures >= limit ? new Date(now.getTime() + THROTTLE.lockMs) : (row?.lockedUntil ?? null) };
    if (row) await m.update(AuthThrottle, { key }, next);
    else await m.insert(AuthThrottle, next).catch(() => m.update(AuthThrottle, { key }, next));
  }
}
