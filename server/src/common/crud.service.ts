import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { writeAudit, diffFields } from '../modules/audit/audit.service';
import { Ctx } from './context';
import { BadInput, Conflict, InvalidState, NotFound, parseId, translateDbError } from './errors';
import { checkPage, checkSkipWithin, countUpTo, listLimits, ListResult, SortDirection } from './list';
import { log } from './log';
import { readOn } from '../modules/replica/read-router';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { RelationMetadata } from 'typeorm/metadata/RelationMetadata';

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
  /** What to suggest when a page starts beyond the list count limit (e.g. a keyset query for bulk reads). */
  deepPageHint?: string;
  /** Default order when no sort is given (id always follows, in the last key's direction, for a stable order). */
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

/** Primes the request's byId loaders with the rows a list query joined (CrudService.toOneJoins) and detaches them. */
export function primeJoined<E extends ObjectLiteral>(ctx: Ctx, items: E[], joins: RelationMetadata[]): void {
  for (const r of joins) {
    const loader = ctx.loaders.byId(r.inverseEntityMetadata.target as EntityTarget<{ id: number }>);
    for (const item of items) {
      const related = item[r.propertyName] as { id: number } | null | undefined;
      if (related) loader.prime(related.id, related);
      delete (item as Record<string, unknown>)[r.propertyName];
    }
  }
}

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

/** One ORDER BY column (entity property) of a keyset-ordered read. */
export interface OrderKey {
  column: string;
  direction: 'ASC' | 'DESC';
}

/** Rows per keyset chunk of an export. */
export const EXPORT_CHUNK = 2000;

/**
 * Reads a query's rows in keyset-ordered chunks: `keys` must end in a unique column (id), so they are a total
 * order. Each chunk is `ORDER BY keys LIMIT chunkSize` plus "after the previous chunk's last row", written out
 * per key with the NULL order both SQLite and MySQL/MariaDB use (NULLs first ascending, last descending). The
 * last row's key values are read back raw from the driver and bound unchanged, so they compare exactly.
 */
export async function* keysetChunks<E extends ObjectLiteral>(
  makeQuery: () => SelectQueryBuilder<E>,
  alias: string,
  keys: OrderKey[],
  chunkSize = EXPORT_CHUNK,
): AsyncGenerator<E[]> {
  let last: unknown[] | null = null;
  for (;;) {
    const qb = makeQuery();
    keys.forEach((k, i) => qb[i === 0 ? 'orderBy' : 'addOrderBy'](`${alias}.${k.column}`, k.direction));
    if (last) {
      const after = keysetAfter(alias, keys, last);
      if (!after) return;
      qb.andWhere(after.sql, after.params);
    }
    // the raw result names of the key columns, as TypeORM selects entity columns (`<alias>_<column name>`)
    const metadata = qb.expressionMap.mainAlias!.metadata;
    const rawNames = keys.map((k) => {
      const column = metadata.findColumnWithPropertyPath(k.column);
      if (!column) throw new Error(`keyset: ${metadata.name} has no column ${k.column}`);
      return DriverUtils.buildAlias(qb.dataSource.driver, undefined, alias, column.databaseName);
    });
    const { entities, raw } = await qb.limit(chunkSize).getRawAndEntities();
    if (entities.length) yield entities;
    if (entities.length < chunkSize || !raw.length) return;
    const lastRaw = raw[raw.length - 1] as Record<string, unknown>;
    last = rawNames.map((name) => {
      if (!(name in lastRaw)) throw new Error(`keyset: no ${name} in the raw result`);
      return lastRaw[name] ?? null;
    });
  }
}

/** "Comes after `last` in the order of `keys`" as SQL, or null when nothing can. */
export function keysetAfter(alias: string, keys: OrderKey[], last: unknown[]): { sql: string; params: Record<string, unknown> } | null {
  const params: Record<string, unknown> = {};
  const col = (i: number) => `${alias}.${keys[i].column}`;
  const ors: string[] = [];
  keys.forEach((k, i) => {
    const v = last[i];
    if (v !== null) params[`__ks${i}`] = v;
    // strictly after on key i: ASC puts NULLs first, DESC puts them last
    const after = k.direction === 'ASC' ? (v === null ? `${col(i)} IS NOT NULL` : `${col(i)} > :__ks${i}`) : v === null ? null : `(${col(i)} < :__ks${i} OR ${col(i)} IS NULL)`;
    if (after === null) return;
    const equalBefore = keys.slice(0, i).map((_, j) => (last[j] === null ? `${col(j)} IS NULL` : `${col(j)} = :__ks${j}`));
    ors.push(`(${[...equalBefore, after].join(' AND ')})`);
  });
  return ors.length ? { sql: `(${ors.join(' OR ')})`, params } : null;
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
  filtered(filter: F | null | undefined, ctx: Ctx, runner?: QueryRunner): SelectQueryBuilder<E> {
    const { alias } = this.cfg;
    const qb = this.repo.createQueryBuilder(alias, runner);
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

  /** The ORDER BY of a sort (whitelisted columns, then id unless id is sorted on): a total order. */
  orderKeys(sort: SortItem[] | null | undefined): OrderKey[] {
    const items = sort?.length ? sort : (this.cfg.defaultSort ?? []);
    if (items.length > 5) throw new BadInput('sort', 'At most 5 sort fields');
    const keys: OrderKey[] = items.map((s) => {
      const col = this.cfg.sortColumns[s.field];
      if (!col) throw new BadInput('sort', `Cannot sort by ${s.field}`);
      return { column: col, direction: s.direction === SortDirection.DESC ? 'DESC' : 'ASC' };
    });
    // the id tie-break runs in the direction of the last sort key, so that an index on (column) — (column, id)
    // inside InnoDB and SQLite — serves ORDER BY column DESC, id DESC by reading it backwards (no filesort)
    if (!keys.some((k) => k.column === 'id')) keys.push({ column: 'id', direction: keys.length ? keys[keys.length - 1].direction : 'ASC' });
    return keys;
  }

  applySort(qb: SelectQueryBuilder<E>, sort: SortItem[] | null | undefined): void {
    this.orderKeys(sort).forEach((k, i) => qb[i === 0 ? 'orderBy' : 'addOrderBy'](`${this.cfg.alias}.${k.column}`, k.direction));
  }

  /**
   * The filter as the queries take it. A service may look something up first, once per request or export rather
   * than once per statement (ResidentService resolves a street to its community ids).
   */
  protected async prepareFilter(filter: F | null | undefined): Promise<F | null | undefined> {
    return filter;
  }

  private readonly preparedFilters = new WeakMap<object, Promise<F | null | undefined>>();

  /** prepareFilter once per filter object: an export's count and its rows share one lookup, and so one result. */
  private prepared(filter: F | null | undefined): Promise<F | null | undefined> {
    if (!filter) return this.prepareFilter(filter);
    let p = this.preparedFilters.get(filter);
    if (!p) this.preparedFilters.set(filter, (p = this.prepareFilter(filter)));
    return p;
  }

  /** How many records a filter selects (exports' X-Total-Count); `runner`: a replica's (readLease), else the primary. */
  async count(ctx: Ctx, filter: F | null | undefined, runner?: QueryRunner): Promise<number> {
    return this.filtered(await this.prepared(filter), ctx, runner).getCount();
  }

  /**
   * Every record of a filter in the list's order, read in keyset chunks of `chunkSize` (exports): the same
   * filter and sort code as `list`, but each chunk continues after the previous chunk's last row, never OFFSET.
   * `runner` as for `count`: an export counts and reads on the same side (writeListExport's lease).
   */
  async *chunks(ctx: Ctx, args: { filter?: F | null; sort?: SortItem[] | null }, runner?: QueryRunner, chunkSize = EXPORT_CHUNK): AsyncGenerator<E[]> {
    const filter = await this.prepared(args.filter);
    yield* keysetChunks(() => this.filtered(filter, ctx, runner), this.cfg.alias, this.orderKeys(args.sort), chunkSize);
  }

  /**
   * `select`: the GraphQL fields requested on each item (crud.resolver selectedItemFields); the many-to-one
   * relations among them are joined into the page query (toOneJoins).
   */
  async list(ctx: Ctx, args: { filter?: F | null; sort?: SortItem[] | null; skip?: number; take?: number; select?: ReadonlySet<string> }): Promise<ListResult<E>> {
    const { skip, take } = checkPage(args);
    // counting stops at a limit and pages start below another: no list request reads the whole table (list.ts)
    const { countLimit, maxSkip } = listLimits(this.ds);
    checkSkipWithin(skip, maxSkip, this.cfg.deepPageHint);
    const filter = await this.prepared(args.filter);
    // read-only callers' lists may be served by a read replica (modules/replica); everyone else's by the primary
    return readOn(ctx, 'list', async (runner) => {
      const qb = this.filtered(filter, ctx, runner);
      const counted = await countUpTo(qb, countLimit);
      if (counted.totalItems === 0 || skip >= counted.totalItems) return { items: [], ...counted };
      const joins = this.toOneJoins(ctx, args.select);
      // relations are joined only to the page's rows (deferred join): never before the LIMIT
      const items = skip > 0 || joins.length ? await this.deferredPage(qb, args.sort, skip, take, runner, joins) : await this.sorted(qb, args.sort).limit(take).getMany();
      primeJoined(ctx, items, joins);
      return { items, ...counted };
    });
  }

  private sorted(qb: SelectQueryBuilder<E>, sort: SortItem[] | null | undefined): SelectQueryBuilder<E> {
    this.applySort(qb, sort);
    return qb;
  }

  /**
   * A page after `skip` rows as a deferred join: the ids of the page are found first, reading only the index that
   * serves the order (`SELECT id … ORDER BY … LIMIT take OFFSET skip`), then only those rows are read. Skipping
   * 10,000 residents by name reads 10,000 index entries (4 ms) instead of sorting the whole table (1.4 s).
   */
  private async deferredPage(qb: SelectQueryBuilder<E>, sort: SortItem[] | null | undefined, skip: number, take: number, runner?: QueryRunner, joins: RelationMetadata[] = []): Promise<E[]> {
    const { alias } = this.cfg;
    const ids = this.sorted(qb.clone().select(`${alias}.id`, 'id'), sort).offset(skip).limit(take);
    const page = this.repo
      .createQueryBuilder(alias, runner)
      .innerJoin(`(${ids.getQuery()})`, '__page', `__page.id = ${alias}.id`)
      .setParameters(ids.getParameters());
    return this.joined(this.sorted(page, sort), joins).getMany();
  }

  /**
   * The many-to-one relations of the entity that a list request selects on its items (e.g. a center's `community`
   * and `association`). The page query joins them to the page's rows only (deferredPage: the ids are sorted and
   * limited first; joining before the LIMIT doubles the time of a sort on an unindexed column, 37 vs 16 ms on 50,000
   * centers by name on MariaDB) — and primeJoined hands the joined rows to the request's byId loaders, so the
   * relation fields cost no statement of their own: a page of centers with its community and association is one
   * statement instead of three (bench/RESULTS.md, peer benchmarks). Not with DATALOADERS=off, whose loaders keep
   * nothing.
   */
  protected toOneJoins(ctx: Ctx, select?: ReadonlySet<string>): RelationMetadata[] {
    if (!select?.size || !ctx.loaders.caching) return [];
    return this.repo.metadata.manyToOneRelations.filter((r) => select.has(r.propertyName));
  }

  private joined(qb: SelectQueryBuilder<E>, joins: RelationMetadata[]): SelectQueryBuilder<E> {
    for (const r of joins) qb.leftJoinAndSelect(`${qb.alias}.${r.propertyName}`, `rel_${r.propertyName}`);
    return qb;
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
