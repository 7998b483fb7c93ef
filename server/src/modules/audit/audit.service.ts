import { EntityManager } from 'typeorm';
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

/** Writes audit entries inside the caller's transaction (same manager), so a change and its entry commit together. */
export async function writeAudit(manager: EntityManager, actor: Actor | null, requestId: string | null, entries: AuditInput | AuditInput[]) {
  const a = actor ?? SYSTEM_ACTOR;
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  await manager.insert(
    AuditLog,
    list.map((e) => ({
      actorKind: a.kind,
      actorId: a.id,
      actorName: a.name,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId === null ? null : String(e.entityId),
      before: auditJson(e.before),
      after: auditJson(e.after),
      requestId,
    })),
  );
}
