import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { writeAudit, diffFields } from '../modules/audit/audit.service';
import { Ctx } from './context';
import { BadInput, Conflict, InvalidState, NotFound, parseId, translateDbError } from './errors';
import { checkPage, ListResult, SortDirection } from './list';
import { log } from './log';

export interface SortItem {
  field: string;
  direction: SortDirection;
}

export interface BaseFilter {
  ids?: string[] | null;
  q?: string | null;
}

export interface CrudConfig<E extends ObjectLiteral, F extends BaseFilter> {
  entity: EntityTarget<E>;
  /** Name used in messages and the audit log, e.g. 'Center'. */
  label: string;
  /** Query-builder alias, e.g. 'c'. */
  alias: string;
  /** Columns (property names) that the free-text `q` searches with LIKE. */
  searchColumns: string[];
  /** Whitelisted sort fields: GraphQL enum value → property name. */
  sortColumns: Record<string, string>;
  /** Adds the type's own filter conditions. */
  applyFilter?: (qb: SelectQueryBuilder<E>, filter: F, ctx: Ctx) => void;
  /** Default order when no sort is given (id ASC always follows, for a stable order). */
  defaultSort?: SortItem[];
  /**
   * Records that point at this one (entity, foreign-key property, what to call them). Deleting while any exist is
   * INVALID_STATE naming the counts; the RESTRICT foreign keys back this up for anything not listed.
   */
  referencedBy?: { entity: EntityTarget<ObjectLiteral>; column: string; label: string }[];
}

/** Escapes LIKE wildcards (with `!`, portable to SQLite and MySQL) so that `q: "50%"` finds "50%", not everything. */
export function likePattern(q: string): string {
  return `%${q.replace(/[!%_]/g, (m) => `!${m}`)}%`;
}

/** `alias.col LIKE :param ESCAPE '!'` — pairs with likePattern. */
export const likeSql = (col: string, param: string) => `${col} LIKE :${param} ESCAPE '!'`;

/** Attempts of a transaction that InnoDB picked as a deadlock victim (first run included). */
export const DEADLOCK_ATTEMPTS = 3;

/**
 * ER_LOCK_DEADLOCK: the database rolled the whole transaction back, so running it again is a clean retry.
 * Also ER_AUTOINC_READ_FAILED (1467), which MariaDB 10.11 returns transiently to concurrent `INSERT … SELECT
 * FROM JSON_TABLE` bulk inserts just after a restart (test/db-faults); the failed transaction is rolled back.
 */
export function isDeadlock(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return code === 'ER_LOCK_DEADLOCK' || errno === 1213 || code === 'ER_AUTOINC_READ_FAILED' || errno === 1467;
}

type Validator<E> = (merged: E, manager: EntityManager, current: E | null) => Promise<void> | void;

/**
 * The one place where records are listed, created, patched and deleted. Module services configure it and add
 * their business rules through `validate`; every write runs in a transaction together with its audit entry.
 */
export abstract class CrudService<E extends ObjectLiteral & { id: number; version: number }, F extends BaseFilter = BaseFilter, C = unknown, U = unknown> {
  constructor(
    readonly ds: DataSource,
    protected readonly cfg: CrudConfig<E, F>,
  ) {}

  /** Maps a create input to a new record (validating it) — each module's own rules. */
  abstract create(ctx: Ctx, input: C): Promise<E>;
  /** Maps an update input (id, version, changed fields) to a patch — each module's own rules. */
  abstract update(ctx: Ctx, input: U): Promise<E>;

  /** By id through the request's DataLoader; null when absent. */
  async get(ctx: Ctx, id: string | number): Promise<E | null> {
    return ctx.loaders.byId(this.cfg.entity as never).load(parseId(id)) as Promise<E | null>;
  }

  get repo() {
    return this.ds.getRepository(this.cfg.entity);
  }

  async findById(id: number | string): Promise<E | null> {
    return this.repo.findOne({ where: { id: parseId(id) } as never });
  }

  async getOrFail(id: number | string, manager: EntityManager = this.ds.manager): Promise<E> {
    const found = await manager.getRepository(this.cfg.entity).findOne({ where: { id: parseId(id) } as never });
    if (!found) throw new NotFound(this.cfg.label, id);
    return found;
  }

  /** Builds the filtered (unpaged, unsorted) query for a filter. */
  filtered(filter: F | null | undefined, ctx: Ctx): SelectQueryBuilder<E> {
    const { alias } = this.cfg;
    const qb = this.repo.createQueryBuilder(alias);
    if (filter?.ids) {
      const ids = filter.ids.map((id) => parseId(id, 'filter.ids'));
      if (!ids.length) qb.andWhere('1 = 0');
      else qb.andWhere(`${alias}.id IN (:...__ids)`, { __ids: ids });
    }
    const q = filter?.q?.trim();
    if (q) {
      if (q.length > 200) throw new BadInput('filter.q', 'Search text is limited to 200 characters');
      const cond = this.cfg.searchColumns.map((c) => likeSql(`${alias}.${c}`, '__q')).join(' OR ');
      qb.andWhere(`(${cond})`, { __q: likePattern(q) });
    }
    if (filter && this.cfg.applyFilter) this.cfg.applyFilter(qb, filter, ctx);
    return qb;
  }

  applySort(qb: SelectQueryBuilder<E>, sort: SortItem[] | null | undefined): void {
    const { alias } = this.cfg;
    const items = sort?.length ? sort : (this.cfg.defaultSort ?? []);
    if (items.length > 5) throw new BadInput('sort', 'At most 5 sort fields');
    let idSorted = false;
    items.forEach((s, i) => {
      const col = this.cfg.sortColumns[s.field];
      if (!col) throw new BadInput('sort', `Cannot sort by ${s.field}`);
      if (col === 'id') idSorted = true;
      qb[i === 0 ? 'orderBy' : 'addOrderBy'](`${alias}.${col}`, s.direction === SortDirection.DESC ? 'DESC' : 'ASC');
    });
    if (!idSorted) qb.addOrderBy(`${alias}.id`, 'ASC');
  }

  async list(ctx: Ctx, args: { filter?: F | null; sort?: SortItem[] | null; skip?: number; take?: number }): Promise<ListResult<E>> {
    const { skip, take } = checkPage(args);
    const qb = this.filtered(args.filter, ctx);
    const totalItems = await qb.getCount();
    if (totalItems === 0 || skip >= totalItems) return { items: [], totalItems };
    this.applySort(qb, args.sort);
    const items = await qb.offset(skip).limit(take).getMany();
    return { items, totalItems };
  }

  /**
   * Runs `work` in a transaction, turning driver errors (duplicate key, FK) into domain errors.
   * A MySQL/MariaDB deadlock victim (ER_LOCK_DEADLOCK 1213: InnoDB has already rolled the whole transaction
   * back) is re-run up to DEADLOCK_ATTEMPTS times with jitter. That is safe because every `work` closure
   * passed here does all its reads and writes through `manager` and nothing outside the database: a re-run
   * re-reads the current rows and its conditional `UPDATE … WHERE version = ?` still decides who wins.
   * Lock-wait timeouts (1205) are not retried: they already waited innodb_lock_wait_timeout.
   */
  async tx<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ds.transaction(work);
      } catch (err) {
        if (attempt < DEADLOCK_ATTEMPTS && isDeadlock(err)) {
          log.warn('transient database error, retrying the transaction', { entity: this.cfg.label, attempt, code: (err as { code?: string })?.code });
          await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 40 * attempt));
          continue;
        }
        throw translateDbError(err);
      }
    }
  }

  protected async insert(ctx: Ctx, data: Partial<E>, validate?: Validator<E>): Promise<E> {
    return this.tx(async (m) => {
      const entity = m.getRepository(this.cfg.entity).create({ ...data, version: 1 } as never) as unknown as E;
      if (validate) await validate(entity, m, null);
      const saved = (await m.getRepository(this.cfg.entity).save(entity as never)) as unknown as E;
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'CREATE', entity: this.cfg.label, entityId: saved.id, after: saved });
      return saved;
    });
  }

  /**
   * Patches a record: `changes` holds only the fields to change (undefined = unchanged, null = cleared).
   * The write is `UPDATE … WHERE id = ? AND version = ?`; 0 rows affected means someone else changed it first.
   */
  /**
   * `afterwards` runs inside the same transaction once the row is updated (e.g. to drop results a change made stale),
   * so the patch and its consequences commit together.
   */
  protected async patch(
    ctx: Ctx,
    idValue: string | number,
    version: number,
    changes: Partial<E>,
    validate?: Validator<E>,
    afterwards?: (updated: E, manager: EntityManager, current: E) => Promise<void>,
  ): Promise<E> {
    const id = parseId(idValue);
    const clean = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<E>;
    return this.tx(async (m) => {
      const repo = m.getRepository(this.cfg.entity);
      const current = await repo.findOne({ where: { id } as never });
      if (!current) throw new NotFound(this.cfg.label, id);
      if (current.version !== version) throw this.stale(current.version, version);
      const merged = repo.merge(repo.create({ ...current } as never) as never, clean as never) as unknown as E;
      if (validate) await validate(merged, m, current);
      const res = await m
        .createQueryBuilder()
        .update(this.cfg.entity)
        .set({ ...(clean as object), version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!res.affected) {
        const now = await repo.findOne({ where: { id } as never });
        if (!now) throw new NotFound(this.cfg.label, id);
        throw this.stale(now.version, version);
      }
      const after = (await repo.findOne({ where: { id } as never })) as E;
      if (afterwards) await afterwards(after, m, current);
      const diff = diffFields(current as Record<string, unknown>, after as Record<string, unknown>);
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'UPDATE', entity: this.cfg.label, entityId: id, ...diff });
      return after;
    });
  }

  async remove(ctx: Ctx, idValue: string | number, version: number, check?: (current: E, manager: EntityManager) => Promise<void>): Promise<string> {
    const id = parseId(idValue);
    return this.tx(async (m) => {
      const repo = m.getRepository(this.cfg.entity);
      const current = await repo.findOne({ where: { id } as never });
      if (!current) throw new NotFound(this.cfg.label, id);
      if (current.version !== version) throw this.stale(current.version, version);
      if (check) await check(current, m);
      await this.refuseIfReferenced(m, current);
      const res = await m.createQueryBuilder().delete().from(this.cfg.entity).where('id = :id AND version = :version', { id, version }).execute();
      if (!res.affected) throw this.stale(null, version);
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'DELETE', entity: this.cfg.label, entityId: id, before: current });
      return String(id);
    });
  }

  private async refuseIfReferenced(m: EntityManager, current: E) {
    const refs = this.cfg.referencedBy ?? [];
    if (!refs.length) return;
    const counts = await Promise.all(refs.map((r) => m.count(r.entity, { where: { [r.column]: current.id } })));
    if (counts.some((n) => n > 0)) {
      const named = refs.map((r, i) => `${counts[i]} ${r.label}`).filter((_, i) => counts[i] > 0);
      throw new InvalidState(`${this.cfg.label} ${current.id} is still referenced by ${named.join(' and ')}; reassign or remove them first`, {
        references: Object.fromEntries(refs.map((r, i) => [r.label, counts[i]])),
      });
    }
  }

  private stale(current: number | null, given: number) {
    return new Conflict(
      `${this.cfg.label} was changed by someone else (your version ${given}${current !== null ? `, current ${current}` : ''}); reload and try again`,
      { currentVersion: current },
    );
  }
}
