import { DataSource } from 'typeorm';
import { Loaders } from './loaders';

export type Role = 'ADMIN' | 'OFFICER' | 'ANALYST';

export interface Actor {
  kind: 'USER' | 'API_KEY' | 'SYSTEM';
  id: number | null;
  name: string;
  role: Role | 'PARTNER' | 'SYSTEM';
  scopes?: string[];
}

/** The per-request context every resolver receives. */
export interface Ctx {
  requestId: string;
  ds: DataSource;
  loaders: Loaders;
  actor: Actor | null;
  /** the request time, so that one request sees one "today" */
  now: Date;
  /** the client's address (behind a trusted loopback proxy: X-Forwarded-For) */
  ip?: string;
  /** Records whose personal data this request returned unmasked (entity → ids), audited once per request. */
  personalReads?: Map<string, Set<number>>;
  /** Where this request's routed reads ran (modules/replica; the X-Db-Route header). */
  dbRoutes?: Set<'replica' | 'primary'>;
  /** Whether the caller wrote within the read-your-writes window (asked once per request, modules/replica). */
  recentWrite?: Promise<boolean>;
}

export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', id: null, name: 'system', role: 'SYSTEM' };

/** Roles that see personal data (ID numbers, phones) unmasked. */
export const canSeePersonalData = (actor: Actor | null): boolean => actor?.role === 'ADMIN' || actor?.role === 'OFFICER';

/**
 * The value of a personal-data field for this actor: unmasked for ADMIN/OFFICER (and the read is noted for the
 * audit log), masked with `mask` for everyone else.
 */
export function personalField(ctx: Ctx, entity: string, id: number, value: string | null, mask: (v: string) => string): string | null {
  if (value === null || value === undefined) return value ?? null;
  if (!canSeePersonalData(ctx.actor)) return mask(value);
  ctx.personalReads ??= new Map();
  if (!ctx.personalReads.has(entity)) ctx.personalReads.set(entity, new Set());
  ctx.personalReads.get(entity)!.add(id);
  return value;
}
