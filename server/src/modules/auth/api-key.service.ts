import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, Ctx } from '../../common/context';
import { BadInput, InvalidState, NotFound, Unauthenticated, parseId } from '../../common/errors';
import { writeAudit } from '../audit/audit.service';
import { ApiKey } from './api-key.entity';

/** The scopes a partner key can carry, with what each allows (docs/partners.md repeats them). */
export const SCOPES = {
  'centers:read': 'Read centers with their community, street and current star level',
  'exams:read': 'Read the free-exam cohort (eligible residents: name, community, age, masked ID) and exam records',
  'exams:write': 'Schedule exams and record their results',
  'statistics:read': 'Read aggregate statistics (cells under 5 residents suppressed)',
} as const;
export type Scope = keyof typeof SCOPES;
export const isScope = (s: string): s is Scope => Object.prototype.hasOwnProperty.call(SCOPES, s);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Keys look like `eg_` + 43 url-safe characters (256 random bits); the first 11 characters are the lookup prefix. */
const PREFIX_LEN = 11;

/** Last-used time is written at most once a minute per key, not on every request. */
const LAST_USED_EVERY_MS = 60_000;

export class ApiKeyService {
  constructor(private readonly ds: DataSource) {}

  async create(ctx: Ctx, input: { name: string; scopes: string[]; expiresAt?: Date | null }): Promise<{ key: string; apiKey: ApiKey }> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new BadInput('name', 'name must be 1 to 100 characters');
    if (!input.scopes.length) throw new BadInput('scopes', `Give at least one scope: ${Object.keys(SCOPES).join(', ')}`);
    const bad = input.scopes.find((s) => !isScope(s));
    if (bad) throw new BadInput('scopes', `Unknown scope "${bad.slice(0, 40)}"; scopes are ${Object.keys(SCOPES).join(', ')}`);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw new BadInput('expiresAt', 'expiresAt must be in the future');
    const key = `eg_${randomBytes(32).toString('base64url')}`;
    return this.ds.transaction(async (m) => {
      const apiKey = m.create(ApiKey, {
        name, prefix: key.slice(0, PREFIX_LEN), keyHash: sha256(key), scopesJson: JSON.stringify([...new Set(input.scopes)].sort()),
        expiresAt: input.expiresAt ?? null, revokedAt: null, lastUsedAt: null, createdById: ctx.actor?.id ?? null, version: 1,
      });
      await m.save(apiKey);
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'CREATE', entity: 'ApiKey', entityId: apiKey.id, after: { name, prefix: apiKey.prefix, scopes: input.scopes, expiresAt: apiKey.expiresAt } });
      return { key, apiKey };
    });
  }

  async revoke(ctx: Ctx, idValue: string): Promise<ApiKey> {
    const id = parseId(idValue);
    return this.ds.transaction(async (m) => {
      const k = await m.findOneBy(ApiKey, { id });
      if (!k) throw new NotFound('ApiKey', id);
      if (k.revokedAt) throw new InvalidState('This API key is already revoked');
      await m.update(ApiKey, { id }, { revokedAt: new Date(), version: k.version + 1 });
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'REVOKE', entity: 'ApiKey', entityId: id, before: { revokedAt: null }, after: { revokedAt: new Date() } });
      return m.findOneByOrFail(ApiKey, { id });
    });
  }

  /** X-Api-Key → the partner actor with exactly the key's scopes; UNAUTHENTICATED for an unknown, revoked or expired key. */
  async authenticate(key: string): Promise<Actor> {
    const found = /^eg_[A-Za-z0-9_-]{43}$/.test(key) ? await this.ds.getRepository(ApiKey).findOneBy({ prefix: key.slice(0, PREFIX_LEN) }) : null;
    const ok = !!found && timingSafeEqual(Buffer.from(found.keyHash, 'hex'), Buffer.from(sha256(key), 'hex'));
    if (!found || !ok) throw new Unauthenticated('Unknown API key');
    if (found.revokedAt) throw new Unauthenticated('This API key has been revoked');
    if (found.expiresAt && found.expiresAt.getTime() <= Date.now()) throw new Unauthenticated('This API key has expired');
    if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
      await this.ds.getRepository(ApiKey).update({ id: found.id }, { lastUsedAt: new Date() });
    }
    return { kind: 'API_KEY', id: found.id, name: `key:${found.name}`, role: 'PARTNER', scopes: JSON.parse(found.scopesJson) };
  }
}
