import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditHead } from '../security/security.entities';
import { Actor, SYSTEM_ACTOR } from '../../common/context';
import { AuditLog } from './audit.entity';

const OMIT = new Set(['passwordHash', 'keyHash']);

/** JSON of a record for the audit trail: bigint as string, secrets never written. */
export function auditJson(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return JSON.stringify(v, (k, val) => (OMIT.has(k) ? undefined : typeof val === 'bigint' ? val.toString() : val));
}

/** Only the fields that changed, before and after. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of Object.keys(after)) {
    if (k === 'updatedAt' || k === 'version') continue;
    const x = before[k];
    const y = after[k];
    const same = x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : auditJson(x) === auditJson(y);
    if (!same) {
      b[k] = x;
      a[k] = y;
    }
  }
  return { before: b, after: a };
}

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** The hashed content of an entry: everything but its id and its own hash. */
export function auditEntryHash(e: Omit<AuditLog, 'id' | 'hash'>): string {
  const content = JSON.stringify([
    e.prevHash, new Date(e.at).toISOString(), e.actorKind, e.actorId, e.actorName, e.action, e.entity, e.entityId, e.before, e.after, e.requestId,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Writes audit entries inside the caller's transaction (same manager), so a change and its entry commit
 * together. Each entry is chained to the previous one by hash; the chain head row is locked while appending,
 * so concurrent transactions append one after the other and the chain never forks.
 */
export async function writeAudit(manager: EntityManager, actor: Actor | null, requestId: string | null, entries: AuditInput | AuditInput[]) {
  const a = actor ?? SYSTEM_ACTOR;
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  const lock = manager.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' as const } };
  const head = await manager.getRepository(AuditHead).findOne({ where: { id: 1 }, ...lock });
  if (!head) throw new Error('audit_head row missing: run the migrations');
  let prevHash = head.lastHash;
  const at = new Date(Math.floor(Date.now() / 1000) * 1000); // whole seconds: every driver stores them exactly
  const rows = list.map((e) => {
    const row = {
      at,
      actorKind: a.kind,
      actorId: a.id,
      actorName: a.name,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId === null ? null : String(e.entityId),
      before: auditJson(e.before),
      after: auditJson(e.after),
      requestId,
      prevHash,
    };
    const hash = auditEntryHash(row);
    prevHash = hash;
    return { ...row, hash };
  });
  await manager.insert(AuditLog, rows);
  await manager.update(AuditHead, { id: 1 }, { lastHash: prevHash });
}

/** Re-computes the chain in id order; the first entry whose hash or link does not match is reported. */
export async function verifyAuditChain(manager: EntityManager): Promise<{ ok: boolean; entries: number; firstBadId: number | null; reason: string | null }> {
  let prev = '';
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const batch = await manager.getRepository(AuditLog).createQueryBuilder('a').where('a.id > :lastId', { lastId }).orderBy('a.id', 'ASC').limit(2000).getMany();
    if (!batch.length) break;
    for (const e of batch) {
      entries++;
      if (e.prevHash !== prev) return { ok: false, entries, firstBadId: e.id, reason: 'link' };
      if (auditEntryHash(e) !== e.hash) return { ok: false, entries, firstBadId: e.id, reason: 'content' };
      prev = e.hash;
      lastId = e.id;
    }
  }
  const head = await manager.getRepository(AuditHead).findOneBy({ id: 1 });
  if (head && head.lastHash !== prev) return { ok: false, entries, firstBadId: null, reason: 'head' };
  return { ok: true, entries, firstBadId: null, reason: null };
}
