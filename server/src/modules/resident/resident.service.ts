import { Brackets, DataSource, EntityManager, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { CrudService, likePattern, likeSql } from '../../common/crud.service';
import { MAX_TAKE } from '../../common/list';
import { AppError, BadInput, Conflict, parseId } from '../../common/errors';
import { canSeePersonalData, Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { normalizeIdNumber, validateIdNumber } from '../../common/id-number';
import { birthDateRangeForAge } from '../../common/resident-rules';
import { Community } from '../area/community.entity';
import { refPatch } from '../area/area.service';
import { Association } from '../association/association.entity';
import { optionalText } from '../association/association.service';
import { HealthExam } from '../exam/health-exam.entity';
import { Visit } from '../visit/visit.entity';
import { Residence, Resident, RESIDENT_FEW_VALUE_INDEXES } from './resident.entity';
import { CreateResidentInput, ResidentFilter, UpdateResidentInput } from './resident.inputs';

/** Age filters accept whole years in this range (beyond it the birth-date arithmetic means nothing). */
const MAX_AGE_FILTER = 150;
/** Age from which the free yearly exam applies (DOMAIN.md, Resident). */
const FREE_EXAM_AGE = 60;
const CENTENARIAN_AGE = 100;

/** Boolean columns are compared with 1/0: portable to SQLite (0/1 integers) and MySQL (TINYINT). */
const bit = (b: boolean) => (b ? 1 : 0);

function ageBound(v: number | null | undefined, field: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 0 || v > MAX_AGE_FILTER) throw new BadInput(field, `${field} must be a whole number of years from 0 to ${MAX_AGE_FILTER}`);
  return v;
}

/**
 * The resident filter. Every age condition (ageMin/ageMax, centenarian, freeExamEligible) becomes a range on
 * `birth_date` computed once from `asOf` (birthDateRangeForAge), so the indexes on birth_date serve it and no
 * age is ever computed per row.
 */
function applyResidentFilter(qb: SelectQueryBuilder<Resident>, f: ResidentFilter, ctx: Ctx): void {
  const asOf = f.asOf ?? todayInChina(ctx.now);
  if (f.streetId) {
    const streetId = parseId(f.streetId, 'filter.streetId');
    const known = (f as StreetResolvedFilter).streetCommunities;
    if (known && known.streetId === streetId) {
      // the street's communities looked up beforehand (withStreetCommunities): the planner sees the real ids
      if (!known.communityIds.length) qb.andWhere('1 = 0');
      else qb.andWhere('r.communityId IN (:...streetCommunityIds)', { streetCommunityIds: known.communityIds });
    } else {
      qb.andWhere('r.communityId IN (SELECT cm.id FROM community cm WHERE cm.street_id = :streetId)', { streetId });
    }
  }
  if (f.communityId) qb.andWhere('r.communityId = :communityId', { communityId: parseId(f.communityId, 'filter.communityId') });
  if (f.associationId) qb.andWhere('r.associationId = :associationId', { associationId: parseId(f.associationId, 'filter.associationId') });
  if (f.gender) qb.andWhere('r.gender = :gender', { gender: f.gender });
  if (f.residence?.length) qb.andWhere('r.residence IN (:...residences)', { residences: f.residence as Residence[] });
  if (f.householdRegistered != null) qb.andWhere('r.householdRegistered = :hr', { hr: bit(f.householdRegistered) });
  if (f.hasEmployer != null) qb.andWhere('r.hasEmployer = :he', { he: bit(f.hasEmployer) });
  if (f.hardship != null) qb.andWhere('r.hardship = :hardship', { hardship: bit(f.hardship) });
  if (f.disabled != null) qb.andWhere('r.disabled = :disabled', { disabled: bit(f.disabled) });
  if (f.alive != null) qb.andWhere(f.alive ? 'r.deceasedOn IS NULL' : 'r.deceasedOn IS NOT NULL');
  if (f.bornFrom) qb.andWhere('r.birthDate >= :bornFrom', { bornFrom: f.bornFrom });
  if (f.bornTo) qb.andWhere('r.birthDate <= :bornTo', { bornTo: f.bornTo });

  let ageMin = ageBound(f.ageMin, 'filter.ageMin');
  let ageMax = ageBound(f.ageMax, 'filter.ageMax');
  // a centenarian (百岁老人) is alive on asOf and aged 100+; "not a centenarian" is younger or no longer alive
  if (f.centenarian === true) {
    ageMin = Math.max(ageMin ?? 0, CENTENARIAN_AGE);
    qb.andWhere('(r.deceasedOn IS NULL OR r.deceasedOn > :cAsOf)', { cAsOf: asOf });
  }
  if (f.centenarian === false) {
    const born = birthDateRangeForAge(CENTENARIAN_AGE, undefined, asOf).bornOnOrBefore;
    qb.andWhere('(r.birthDate > :cBorn OR r.deceasedOn <= :cAsOf)', { cBorn: born, cAsOf: asOf });
  }
  if (ageMin !== undefined || ageMax !== undefined) {
    const range = birthDateRangeForAge(ageMin, ageMax, asOf);
    // SQLite plans a keyset page `… AND id > ? ORDER BY id` through the primary key whatever the filter; for
    // centenarians (a few hundred per million) it is told that the birth-date bound is rare, so it reads them by
    // the birth-date index instead of walking the rest of the table (likelihood() is SQLite's planner hint)
    const rare = (ageMin ?? 0) >= CENTENARIAN_AGE && qb.connection.options.type === 'better-sqlite3';
    if (range.bornOnOrBefore) qb.andWhere(rare ? 'likelihood(r.birthDate <= :ageBornTo, 0.001)' : 'r.birthDate <= :ageBornTo', { ageBornTo: range.bornOnOrBefore });
    if (range.bornOnOrAfter) qb.andWhere('r.birthDate >= :ageBornFrom', { ageBornFrom: range.bornOnOrAfter });
  }

  if (f.freeExamEligible != null) {
    const params = { feAsOf: asOf, feBorn: birthDateRangeForAge(FREE_EXAM_AGE, undefined, asOf).bornOnOrBefore, feYes: 1, feNo: 0 };
    if (f.freeExamEligible) {
      qb.andWhere('(r.deceasedOn IS NULL OR r.deceasedOn > :feAsOf)', params)
        .andWhere('r.birthDate <= :feBorn', params)
        .andWhere('r.householdRegistered = :feYes', params)
        .andWhere('r.hasEmployer = :feNo', params);
    } else {
      // the negation; `deceasedOn <= asOf` is NULL (not true) for the living, as it should be
      qb.andWhere('(r.deceasedOn <= :feAsOf OR r.birthDate > :feBorn OR r.householdRegistered = :feNo OR r.hasEmployer = :feYes)', params);
    }
  }
}

/** A resident filter whose streetId was resolved to the street's community ids (ResidentService.withStreetCommunities). */
type StreetResolvedFilter = ResidentFilter & { streetCommunities?: { streetId: number; communityIds: number[] } };

/**
 * LIKE pattern for "starts with" (wildcards escaped as in likePattern): served by a B-tree index on the column
 * on MariaDB/MySQL, where `LIKE '%…%'` would read every row.
 */
const startsWithPattern = (q: string) => likePattern(q).slice(1);

/**
 * On SQLite, LIKE is ASCII case-insensitive and cannot use the (BINARY) index: a prefix without ASCII letters
 * is also written as the equivalent byte range [prefix, prefix + U+10FFFF), which the index serves.
 */
function startsWithRange(col: string, prefix: string, param: string, sqlite: boolean): { sql: string; params: Record<string, string> } | null {
  if (!sqlite || /[A-Za-z]/.test(prefix)) return null;
  return { sql: `${col} >= :${param}Lo AND ${col} < :${param}Hi`, params: { [`${param}Lo`]: prefix, [`${param}Hi`]: `${prefix}\u{10FFFF}` } };
}

const CURSOR_PREFIX = 'Resident:';

/** The opaque `residentsAfter` cursor: base64url of `Resident:<id>`. */
export const encodeResidentCursor = (id: number): string => Buffer.from(`${CURSOR_PREFIX}${id}`, 'utf8').toString('base64url');

/** The id in a cursor, or BAD_USER_INPUT (field `after`) for anything this server did not hand out. */
export function decodeResidentCursor(cursor: string): number {
  const bad = () => new BadInput('after', 'after must be a nextCursor returned by residentsAfter (or null for the first page)');
  if (typeof cursor !== 'string' || cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  const m = /^Resident:([1-9]\d{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const id = m ? Number(m[1]) : NaN;
  if (!Number.isSafeInteger(id) || encodeResidentCursor(id) !== cursor) throw bad();
  return id;
}

export class ResidentService extends CrudService<Resident, ResidentFilter, CreateResidentInput, UpdateResidentInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: Resident,
      label: 'Resident',
      alias: 'r',
      referencedBy: [
        { entity: HealthExam, column: 'residentId', label: 'health exam(s)' },
        { entity: Visit, column: 'residentId', label: 'visit(s)' },
      ],
      searchColumns: ['name'],
      // never idNumber or phone: sorting by personal data would leak it to roles that see it masked
      sortColumns: { id: 'id', name: 'name', birthDate: 'birthDate', communityId: 'communityId', createdAt: 'createdAt' },
      applyFilter: applyResidentFilter,
      deepPageHint: 'narrow the filter, or read them all with residentsAfter (keyset pages)',
    });
  }

  /**
   * `q` matches the start of the name for everyone (姓 or the full name: a prefix search is served by the name
   * index; a substring search would read all the residents of a city) and, for roles that see personal data
   * (ADMIN, OFFICER), also the ID number exactly or by a prefix of 10+ characters (region and birth year). Other
   * roles cannot probe ID numbers through it.
   */
  override filtered(filter: ResidentFilter | null | undefined, ctx: Ctx, runner?: QueryRunner): SelectQueryBuilder<Resident> {
    const q = filter?.q?.trim();
    const qb = super.filtered(filter ? { ...filter, q: undefined } : filter, ctx, runner);
    if (q) {
      if (q.length > 200) throw new BadInput('filter.q', 'Search text is limited to 200 characters');
      const id = normalizeIdNumber(q);
      // an ID-number prefix must reach the birth year (region + year, 10 characters): a shorter one matches most
      // of the district, and the OR with the name then reads every matching index entry to count them
      const byId = canSeePersonalData(ctx.actor) && /^\d{10,17}[\dX]?$/.test(id);
      const sqlite = this.ds.options.type === 'better-sqlite3';
      const nameRange = startsWithRange('r.name', q, '__qr', sqlite);
      const idRange = startsWithRange('r.idNumber', id, '__idr', sqlite);
      qb.andWhere(
        new Brackets((w) => {
          w.where(likeSql('r.name', '__q') + (nameRange ? ` AND ${nameRange.sql}` : ''), { __q: startsWithPattern(q), ...nameRange?.params });
          if (byId && id.length === 18) w.orWhere('r.idNumber = :__id', { __id: id });
          else if (byId) w.orWhere(`r.idNumber LIKE :__idPrefix${idRange ? ` AND ${idRange.sql}` : ''}`, { __idPrefix: `${id}%`, ...idRange?.params });
        }),
      );
    }
    return qb;
  }

  /**
   * The filter with its streetId resolved to the street's community ids (one statement on the community index),
   * so that the resident query carries `community_id IN (…)` constants: the planner then knows how many residents
   * match and picks the index (small street) or the primary key with LIMIT (large street). With a subquery
   * instead, MariaDB joins from the communities and sorts every resident of the street (1.2 s for 100,000).
   */
  async withStreetCommunities<F extends ResidentFilter | null | undefined>(filter: F): Promise<F> {
    if (!filter?.streetId) return filter;
    const streetId = parseId(filter.streetId, 'filter.streetId');
    const rows: { id: number | string }[] = await this.ds.query('SELECT id FROM community WHERE street_id = ? ORDER BY id', [streetId]);
    return { ...filter, streetCommunities: { streetId, communityIds: rows.map((r) => Number(r.id)) } } as F;
  }

  /** Lists, counts and exports take the street's community ids as constants (see withStreetCommunities). */
  protected override prepareFilter(filter: ResidentFilter | null | undefined): Promise<ResidentFilter | null | undefined> {
    return this.withStreetCommunities(filter);
  }

  /**
   * Keyset page for bulk sync (`residentsAfter`): the filter's residents with id > the cursor's, by id ascending —
   * an index seek on the primary key, never OFFSET, so page 400 costs what page 1 costs and a resident added or
   * removed meanwhile shifts nothing. API keys see only residents eligible for the free exam (forced filter).
   */
  async keysetPage(ctx: Ctx, args: { after: string | null; take: number; filter: ResidentFilter | null }): Promise<{ items: Resident[]; nextCursor: string | null }> {
    const take = args.take;
    if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE) throw new BadInput('take', `take must be between 1 and ${MAX_TAKE}`);
    const afterId = args.after == null ? 0 : decodeResidentCursor(args.after);
    let filter: ResidentFilter = await this.withStreetCommunities(args.filter ?? {});
    if (ctx.actor?.kind === 'API_KEY') filter = { ...filter, freeExamEligible: true };
    const qb = this.filtered(filter, ctx).andWhere('r.id > :__afterId', { __afterId: afterId }).orderBy('r.id', 'ASC').limit(take + 1);
    // read forward from the cursor: the primary key, or an index narrow enough to be worth it (MySQL/MariaDB hint;
    // see RESIDENT_FEW_VALUE_INDEXES; the other databases ignore it)
    qb.useIndex(['PRIMARY', ...this.repo.metadata.indices.map((i) => i.name).filter((n) => !RESIDENT_FEW_VALUE_INDEXES.includes(n))]);
    const rows = await qb.getMany();
    const items = rows.slice(0, take);
    return { items, nextCursor: rows.length > take ? encodeResidentCursor(items[items.length - 1].id) : null };
  }

  /** DOMAIN.md's rules on the whole (merged) record. */
  private async validate(r: Resident, m: EntityManager, ctx: Ctx) {
    const today = todayInChina(ctx.now);
    if (!r.name) throw new BadInput('name', 'name cannot be empty');
    if (r.birthDate > today) throw new BadInput('birthDate', 'birthDate cannot be in the future');
    const check = validateIdNumber(r.idNumber, r.birthDate);
    if (!check.ok) throw new AppError('BAD_USER_INPUT', check.message, { field: 'idNumber', reason: check.reason });
    if (r.deceasedOn !== null) {
      if (r.deceasedOn < r.birthDate) throw new BadInput('deceasedOn', `deceasedOn (${r.deceasedOn}) cannot be before birthDate (${r.birthDate})`);
      if (r.deceasedOn > today) throw new BadInput('deceasedOn', 'deceasedOn cannot be in the future');
    }
    if (!(await m.findOne(Community, { where: { id: r.communityId } }))) throw new BadInput('communityId', `Community ${r.communityId} does not exist`);
    if (r.associationId !== null && !(await m.findOne(Association, { where: { id: r.associationId } }))) {
      throw new BadInput('associationId', `Association ${r.associationId} does not exist`);
    }
    const other = await m.findOne(Resident, { where: { idNumber: r.idNumber }, select: { id: true } });
    if (other && other.id !== r.id) throw this.duplicateId(other.id);
  }

  private duplicateId(otherId?: number) {
    return new Conflict(`Another resident${otherId ? ` (id ${otherId})` : ''} already has this ID number`, { field: 'idNumber' });
  }

  /** As CrudService.tx, but a unique-index violation (a concurrent duplicate the pre-check missed) names idNumber. */
  override async tx<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await super.tx(work);
    } catch (err) {
      const ext = (err as Conflict)?.extensions;
      const uniqueViolation = err instanceof Conflict && ext.field === undefined && !('currentVersion' in ext) && !ext.retryable;
      throw uniqueViolation ? this.duplicateId() : err;
    }
  }

  create(ctx: Ctx, i: CreateResidentInput) {
    return this.insert(
      ctx,
      {
        name: i.name.trim(),
        gender: i.gender,
        idNumber: normalizeIdNumber(i.idNumber),
        birthDate: i.birthDate,
        phone: i.phone?.trim() || null,
        communityId: parseId(i.communityId, 'communityId'),
        householdRegistered: i.householdRegistered ?? true,
        hasEmployer: i.hasEmployer ?? false,
        hardship: i.hardship ?? false,
        disabled: i.disabled ?? false,
        residence: i.residence ?? Residence.HOME,
        associationId: i.associationId ? parseId(i.associationId, 'associationId') : null,
        deceasedOn: i.deceasedOn ?? null,
      },
      (r, m) => this.validate(r, m, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateResidentInput) {
    const required = [
      'name', 'gender', 'idNumber', 'birthDate', 'communityId', 'householdRegistered', 'hasEmployer', 'hardship', 'disabled', 'residence',
    ] as const;
    for (const k of required) if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    return this.patch(
      ctx,
      i.id,
      i.version,
      {
        name: i.name?.trim(),
        gender: i.gender,
        idNumber: i.idNumber === undefined ? undefined : normalizeIdNumber(i.idNumber),
        birthDate: i.birthDate,
        phone: optionalText(i.phone),
        communityId: refPatch(i.communityId, 'communityId') ?? undefined,
        householdRegistered: i.householdRegistered,
        hasEmployer: i.hasEmployer,
        hardship: i.hardship,
        disabled: i.disabled,
        residence: i.residence,
        associationId: refPatch(i.associationId, 'associationId'),
        deceasedOn: i.deceasedOn,
      },
      (r, m) => this.validate(r, m, ctx),
    );
  }
}
