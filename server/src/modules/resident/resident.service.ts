import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
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
import { Residence, Resident } from './resident.entity';
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
    qb.andWhere('r.communityId IN (SELECT cm.id FROM community cm WHERE cm.street_id = :streetId)', { streetId: parseId(f.streetId, 'filter.streetId') });
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
    if (range.bornOnOrBefore) qb.andWhere('r.birthDate <= :ageBornTo', { ageBornTo: range.bornOnOrBefore });
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
    });
  }

  /**
   * `q` searches the name for everyone and, for roles that see personal data (ADMIN, OFFICER), also matches the
   * ID number exactly or by prefix. Other roles cannot probe ID numbers through it.
   */
  override filtered(filter: ResidentFilter | null | undefined, ctx: Ctx): SelectQueryBuilder<Resident> {
    const q = filter?.q?.trim();
    const qb = super.filtered(filter ? { ...filter, q: undefined } : filter, ctx);
    if (q) {
      if (q.length > 200) throw new BadInput('filter.q', 'Search text is limited to 200 characters');
      const id = normalizeIdNumber(q);
      const byId = canSeePersonalData(ctx.actor) && /^\d{1,17}[\dX]?$/.test(id);
      qb.andWhere(
        new Brackets((w) => {
          w.where(likeSql('r.name', '__q'), { __q: likePattern(q) });
          if (byId && id.length === 18) w.orWhere('r.idNumber = :__id', { __id: id });
          else if (byId) w.orWhere('r.idNumber LIKE :__idPrefix', { __idPrefix: `${id}%` });
        }),
      );
    }
    return qb;
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
    let filter = args.filter ?? {};
    if (ctx.actor?.kind === 'API_KEY') filter = { ...filter, freeExamEligible: true };
    const qb = this.filtered(filter, ctx).andWhere('r.id > :__afterId', { __afterId: afterId }).orderBy('r.id', 'ASC').limit(take + 1);
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
