/**
 * A city-scale data set for benchmarks: many streets, tens of thousands of centers, a million residents with
 * their free exams and visits. Deterministic (seeded PRNG, explicit ids), valid ID numbers (GB 11643), residents
 * skewed over the streets (one street holds a tenth of them). Streams the rows to the database in batches of
 * multi-row INSERTs (`bulkInsert`: one statement per batch and table), so memory stays flat whatever the size.
 *
 * The person-level details (names, phones, ID regions, exam notes) are the demo district's own generators
 * (demo-district.ts); the center spread is the one `bench/rounds.mjs` has always used (scaleCenters).
 */
import { DataSource, EntityManager } from 'typeorm';
import { makeIdNumber } from '../common/id-number';
import { addDays, fromDayNumber, toDayNumber } from '../common/dates';
import { birthDateRangeForAge, isFreeExamEligible } from '../common/resident-rules';
import { bulkInsert } from '../common/bulk';
import { SYSTEM_ACTOR } from '../common/context';
import { writeAudit } from '../modules/audit/audit.service';
import { Street } from '../modules/area/street.entity';
import { Community } from '../modules/area/community.entity';
import { Association } from '../modules/association/association.entity';
import { Center } from '../modules/center/center.entity';
import { Resident } from '../modules/resident/resident.entity';
import { HealthExam } from '../modules/exam/health-exam.entity';
import { Visit } from '../modules/visit/visit.entity';
import {
  anniversary, communityAssociationName, DEMO_ASSESSED_ON, DEMO_REGION_CODE, DemoGender, employerChance, EXAM_FINDINGS, EXAM_MISSED, mobile,
  notSunday, OTHER_PROVINCE_REGIONS, personName, randomDate, SHENZHEN_OTHER_REGIONS, streetAssociationName,
} from './demo-district';
import { Prng, WeightedTable } from './prng';

export interface ScaleOptions {
  seed: number;
  streets: number;
  communitiesPerStreet: number;
  centers: number;
  associations: number;
  residents: number;
  /** Residents of the largest street (street 1); the rest spread over the others with a Zipf-like skew. */
  bigStreetResidents: number;
  /** Chance that an eligible resident has a free exam in 2015 and in 2016. */
  examShare2015: number;
  examShare2016: number;
  /** Residents per INSERT batch (a batch is one statement per table). */
  batch: number;
}

/** The city-scale sizes (MariaDB/MySQL); SQLite defaults to a tenth (a single-file database and one writer). */
export function scaleDefaults(kind: 'mysql' | 'sqlite'): ScaleOptions {
  const big = kind === 'mysql';
  const residents = big ? 1_000_000 : 100_000;
  return {
    seed: 20160630,
    streets: 100,
    communitiesPerStreet: 19,
    centers: big ? 50_000 : 5_000,
    associations: 2_000,
    residents,
    bigStreetResidents: Math.round(residents / 10),
    examShare2015: 0.3,
    examShare2016: 0.25,
    batch: 20_000,
  };
}

/** The as-of date of the data set (ages, deaths, eligibility): the demo district's. */
export const SCALE_AS_OF = DEMO_ASSESSED_ON;
/** The audit action that marks a completed load; its `after` holds the options and row counts. */
export const SCALE_AUDIT_ACTION = 'LOAD_SCALE';

// ---------------------------------------------------------------------------------------------------------------
// Centers: the deterministic spread bench/rounds.mjs has always used (every star level occurs)
// ---------------------------------------------------------------------------------------------------------------

export interface ScaleCenterRow {
  code: string;
  name: string;
  communityId: number;
  address: string;
  floorAreaCenti: number;
  plaqueDate: string;
  elderlyCount: number;
  disabledCount: number;
  serviceScoreTenths: number;
  status: 'ACTIVE';
  associationId: number | null;
  contactName: string | null;
  contactPhone: string | null;
  version: number;
}

/**
 * `n` centers spread round-robin over `communityIds` with inputs from a fixed linear congruential sequence, so
 * that a rating of 50,000 centers hits every level and stays comparable from run to run. `associationOf(i,
 * communityId)` links center i to an association without touching the sequence. The benchmarks use it through
 * bench/lib/centers.mjs.
 */
export function scaleCenters(n: number, communityIds: readonly number[], associationOf?: (i: number, communityId: number) => number | null): ScaleCenterRow[] {
  const rows: ScaleCenterRow[] = [];
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const year = 2005 + Math.floor(rnd() * 11);
    const communityId = communityIds[i % communityIds.length];
    rows.push({
      code: `B-${String(i).padStart(6, '0')}`,
      name: `中心${i}`,
      communityId,
      address: '',
      floorAreaCenti: 5000 + Math.floor(rnd() * 50000),
      plaqueDate: `${year}-0${1 + Math.floor(rnd() * 9)}-15`,
      elderlyCount: Math.floor(rnd() * 2500),
      disabledCount: Math.floor(rnd() * 100),
      serviceScoreTenths: 400 + Math.floor(rnd() * 600),
      status: 'ACTIVE',
      associationId: associationOf ? associationOf(i, communityId) : null,
      contactName: null,
      contactPhone: null,
      version: 1,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Streets and communities
// ---------------------------------------------------------------------------------------------------------------

const NAME_CHARS = Array.from('东西南北中桂园黄贝翠竹莲塘笋岗清湖新城安华兴龙凤福寿康宁和平文明光永丰盛泰嘉瑞祥云海山林田');

/** All two-character names from NAME_CHARS (no repeated character), in a fixed order. */
function twoCharNames(): string[] {
  const out: string[] = [];
  for (const a of NAME_CHARS) for (const b of NAME_CHARS) if (a !== b) out.push(a + b);
  return out;
}

export interface ScaleStreet {
  id: number;
  name: string;
  communities: { id: number; name: string }[];
}

export function scaleStreets(rng: Prng, o: Pick<ScaleOptions, 'streets' | 'communitiesPerStreet'>): ScaleStreet[] {
  const r = rng.fork('streets');
  const names = twoCharNames();
  if (o.streets > names.length || o.communitiesPerStreet > names.length) throw new RangeError(`at most ${names.length} streets and communities per street`);
  const streetNames = r.sample(names, o.streets);
  let communityId = 0;
  return streetNames.map((n, i) => ({
    id: i + 1,
    name: `${n}街道`,
    communities: r.sample(names, o.communitiesPerStreet).map((c) => ({ id: ++communityId, name: `${c}社区` })),
  }));
}

/** Residents per street: street 1 gets `big`, the others share the rest with weights 1/rank^0.8 (exact totals). */
export function streetQuotas(o: Pick<ScaleOptions, 'streets' | 'residents' | 'bigStreetResidents'>): number[] {
  if (o.streets === 1) return [o.residents];
  const big = Math.min(o.bigStreetResidents, o.residents);
  const weights = Array.from({ length: o.streets - 1 }, (_, i) => 1 / Math.pow(i + 2, 0.8));
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = o.residents - big;
  const quotas = weights.map((w) => Math.floor((rest * w) / sum));
  let left = rest - quotas.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % quotas.length, left--) quotas[i]++;
  return [big, ...quotas];
}

// ---------------------------------------------------------------------------------------------------------------
// Residents, exams and visits (streamed in batches)
// ---------------------------------------------------------------------------------------------------------------

type ResidentRow = Omit<Resident, 'createdAt' | 'updatedAt' | 'community' | 'association'>;
type ExamRow = Omit<HealthExam, 'id' | 'createdAt' | 'updatedAt' | 'resident'>;
type VisitRow = Omit<Visit, 'id' | 'createdAt' | 'updatedAt' | 'resident' | 'center'>;

export interface ScaleBatch {
  residents: ResidentRow[];
  exams: ExamRow[];
  visits: VisitRow[];
}

const YUAN = 100n;
const D = SCALE_AS_OF;

/**
 * Residents 1..n (ids assigned here), each batch with the exams and visits of its residents. Ages 60–106 on the
 * as-of date with a survival-like decline that steepens after 90 (a few hundred centenarians per million).
 */
export function* scaleResidents(rng: Prng, o: ScaleOptions, streets: ScaleStreet[], associationOfCommunity: Map<number, number>): Generator<ScaleBatch> {
  const r = rng.fork('residents');
  // community of each resident: exact street quotas, spread over the street's communities, then shuffled
  const quotas = streetQuotas(o);
  const communityOf = new Int32Array(o.residents);
  let k = 0;
  streets.forEach((s, si) => {
    const cs = s.communities;
    const w = new WeightedTable(cs.map((c) => [c.id, 0.5 + r.next()] as const));
    for (let j = 0; j < quotas[si]; j++) communityOf[k++] = w.pick(r);
  });
  for (let i = communityOf.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    const t = communityOf[i];
    communityOf[i] = communityOf[j];
    communityOf[j] = t;
  }
  const streetNameOf = new Map(streets.flatMap((s) => s.communities.map((c) => [c.id, s.name] as const)));
  const communityNameOf = new Map(streets.flatMap((s) => s.communities.map((c) => [c.id, c.name] as const)));

  const ageWeights: [number, number][] = [];
  for (let a = 60; a <= 106; a++) ageWeights.push([a, Math.exp(-0.085 * (a - 60)) * (a >= 90 ? Math.exp(-0.35 * (a - 90)) : 1)]);
  const ages = new WeightedTable(ageWeights);
  const ageRange = new Map<number, [number, number]>();
  for (let a = 60; a <= 106; a++) {
    const range = birthDateRangeForAge(a, a, D);
    ageRange.set(a, [toDayNumber(range.bornOnOrAfter!), toDayNumber(range.bornOnOrBefore!)]);
  }
  // ID numbers unique by construction: a running sequence per (region, birth date, gender)
  const nextSeq = new Map<string, number>();
  const idNumber = (region: string, birthDate: string, gender: DemoGender): string | null => {
    const key = `${region}${birthDate}${gender}`;
    const n = nextSeq.get(key) ?? 0;
    if (n >= 500) return null;
    nextSeq.set(key, n + 1);
    return makeIdNumber(region, birthDate, n * 2, gender);
  };

  let batch: ScaleBatch = { residents: [], exams: [], visits: [] };
  for (let i = 0; i < o.residents; i++) {
    const id = i + 1;
    const communityId = communityOf[i];
    const gender: DemoGender = r.chance(0.54) ? 'FEMALE' : 'MALE';
    const age = ages.pick(r);
    const [lo, hi] = ageRange.get(age)!;
    const birthDate = fromDayNumber(r.int(lo, hi));
    const householdRegistered = r.chance(0.85);
    const hasEmployer = r.chance(employerChance(age));
    const disabled = r.chance(0.03 + 0.0025 * (age - 60));
    let deceasedOn: string | null = null;
    if (r.chance(0.01 + 0.001 * (age - 60))) {
      const sixty = anniversary(birthDate, 60);
      deceasedOn = randomDate(r, sixty > '2014-01-01' ? sixty : '2014-01-01', D);
    }
    let region = householdRegistered
      ? r.chance(0.93) ? DEMO_REGION_CODE : r.pick(SHENZHEN_OTHER_REGIONS)
      : r.chance(0.25) ? r.pick(SHENZHEN_OTHER_REGIONS) : r.pick(OTHER_PROVINCE_REGIONS);
    let idn = idNumber(region, birthDate, gender);
    while (idn === null) {
      region = r.pick(OTHER_PROVINCE_REGIONS);
      idn = idNumber(region, birthDate, gender);
    }
    const noPhone = age < 70 ? 0.12 : age < 80 ? 0.3 : 0.55;
    const alive = deceasedOn === null;
    const residence = alive && age >= 70 && r.chance(0.03) ? (r.chance(0.4) ? 'WELFARE_CENTER' : 'OTHER_INSTITUTION') : 'HOME';
    const hardship = alive && householdRegistered && !hasEmployer && r.chance(0.008);
    const associationId = alive && residence !== 'WELFARE_CENTER' && r.chance(0.4) ? (associationOfCommunity.get(communityId) ?? null) : null;
    const res = {
      id,
      version: 1,
      name: personName(r, gender, birthDate >= '1949-01-01' ? 'NEW' : 'OLD'),
      gender,
      idNumber: idn,
      birthDate,
      phone: r.chance(noPhone) ? null : mobile(r),
      communityId,
      householdRegistered,
      hasEmployer,
      hardship,
      disabled,
      residence,
      associationId,
      deceasedOn,
    } as ResidentRow;
    batch.residents.push(res);

    // free exams (as the demo district: 2015 done or missed, 2016 from 2016-05-23 on)
    if (isFreeExamEligible(res, D)) {
      const provider = () => r.weighted<string>([['区人民医院', 35], ['区中医院', 25], [`${communityNameOf.get(communityId)!.replace(/社区$/, '')}社康中心`, 40]]);
      if (r.chance(o.examShare2015)) {
        const scheduledOn = notSunday(randomDate(r, '2015-06-01', '2015-11-28'));
        if (isFreeExamEligible(res, scheduledOn)) {
          const completed = r.chance(0.88);
          batch.exams.push({
            residentId: id, year: 2015, scheduledOn, provider: provider(), status: completed ? 'COMPLETED' : 'MISSED',
            completedOn: completed ? addDays(scheduledOn, r.int(0, 10)) : null,
            notes: completed ? (r.chance(0.3) ? r.pick(EXAM_FINDINGS) : null) : r.pick(EXAM_MISSED), version: 1,
          } as ExamRow);
        }
      }
      if (r.chance(o.examShare2016)) {
        const scheduledOn = notSunday(randomDate(r, '2016-05-23', '2016-09-30'));
        if (isFreeExamEligible(res, scheduledOn)) {
          const past = scheduledOn <= '2016-06-24';
          const completed = past && r.chance(0.85);
          batch.exams.push({
            residentId: id, year: 2016, scheduledOn, provider: provider(), status: past ? (completed ? 'COMPLETED' : 'MISSED') : 'SCHEDULED',
            completedOn: completed ? addDays(scheduledOn, r.int(0, 6)) : null,
            notes: completed ? (r.chance(0.3) ? r.pick(EXAM_FINDINGS) : null) : past ? r.pick(EXAM_MISSED) : null, version: 1,
          } as ExamRow);
        }
      }
    }

    // visits: Spring Festival 2016 for hardship and centenarians, Double Ninth 2015 for centenarians, some hospital visits
    const centenarian = alive && age >= 100;
    const visit = (visitedOn: string, occasion: string, cashYuan: bigint, goods: string, unit: string) =>
      batch.visits.push({ visitedOn, occasion, residentId: id, centerId: null, cash: cashYuan * YUAN, goods, visitingUnit: unit, version: 1 } as VisitRow);
    if (centenarian || hardship) visit(randomDate(r, '2016-01-25', '2016-02-05'), 'SPRING_FESTIVAL', centenarian ? 1000n : 500n, '米、油', centenarian ? '区委区政府' : `${streetNameOf.get(communityId)}办事处`);
    if (centenarian && (deceasedOn === null || deceasedOn > '2015-10-21')) visit('2015-10-21', 'DOUBLE_NINTH', 500n, '长寿面、重阳糕', '区老龄办');
    if (alive && age >= 75 && r.chance(0.004)) visit(randomDate(r, '2016-01-04', '2016-06-28'), 'HOSPITAL', r.pick([500n, 1000n]), '鲜花、水果', r.pick(['区老龄办', '区民政局']));

    if (batch.residents.length >= o.batch) {
      yield batch;
      batch = { residents: [], exams: [], visits: [] };
    }
  }
  if (batch.residents.length) yield batch;
}

// ---------------------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------------------

export interface ScaleCounts {
  streets: number;
  communities: number;
  associations: number;
  centers: number;
  residents: number;
  exams: number;
  visits: number;
}

export interface ScaleProgress {
  /** A phase starts: its name and how many units it has. */
  start(phase: string, total: number): void;
  /** `done` units of the current phase are finished. */
  update(done: number): void;
  stop(): void;
}

export interface ScaleResult {
  counts: ScaleCounts;
  /** Wall time per phase, ms. */
  ms: Record<string, number>;
}

const RESIDENT_PROPS = [
  'id', 'version', 'name', 'gender', 'idNumber', 'birthDate', 'phone', 'communityId', 'householdRegistered', 'hasEmployer', 'hardship', 'disabled', 'residence',
  'associationId', 'deceasedOn',
] as const;
const EXAM_PROPS = ['residentId', 'year', 'scheduledOn', 'provider', 'status', 'completedOn', 'notes', 'version'] as const;
const VISIT_PROPS = ['visitedOn', 'occasion', 'residentId', 'centerId', 'cash', 'goods', 'visitingUnit', 'version'] as const;

/**
 * Loads the data set into an EMPTY database (migrations applied) over one connection. On MariaDB/MySQL the
 * session skips foreign-key and unique checks during the load (the generator guarantees both by construction),
 * so InnoDB buffers the secondary-index changes instead of reading each index page; every batch commits on its own.
 */
export async function loadScale(ds: DataSource, o: ScaleOptions, progress?: ScaleProgress): Promise<ScaleResult> {
  const rng = new Prng(o.seed >>> 0);
  const ms: Record<string, number> = {};
  const isMysql = ds.options.type === 'mysql' || ds.options.type === 'mariadb';
  const qr = ds.createQueryRunner();
  await qr.connect();
  const m: EntityManager = qr.manager;
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await work();
    ms[phase] = Math.round(performance.now() - t);
    return out;
  };
  const inTx = async (work: () => Promise<void>) => {
    await qr.startTransaction();
    try {
      await work();
      await qr.commitTransaction();
    } catch (e) {
      await qr.rollbackTransaction();
      throw e;
    }
  };
  try {
    if (isMysql) await qr.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    // SQLite: a page cache of 128 MB for the load (the default 2 MB thrashes on a dozen indexes of a million rows)
    else await qr.query('PRAGMA cache_size = -131072');
    const streets = scaleStreets(rng, o);
    const communities = streets.flatMap((s) => s.communities.map((c) => ({ ...c, streetId: s.id, streetName: s.name })));
    const associationOfCommunity = new Map<number, number>();
    let associations = 0;
    await timed('areas', () =>
      inTx(async () => {
        await bulkInsert(m, Street, ['id', 'name', 'version'], streets.map((s) => ({ id: s.id, name: s.name, version: 1 })));
        await bulkInsert(m, Community, ['id', 'name', 'streetId', 'version'], communities.map((c) => ({ id: c.id, name: c.name, streetId: c.streetId, version: 1 })));
        // one association per street, then one per community, then second ones, until the count is reached
        const r = rng.fork('associations');
        const rows: Partial<Association>[] = [];
        for (let i = 0; i < o.associations; i++) {
          const id = i + 1;
          const base = { id, presidentName: personName(r, r.chance(0.7) ? 'MALE' : 'FEMALE', r.chance(0.5) ? 'NEW' : 'OLD'), phone: mobile(r), memberCount: r.int(60, 400), version: 1 };
          if (i < streets.length) {
            const s = streets[i];
            rows.push({ ...base, name: streetAssociationName(s.name), level: 'STREET' as never, streetId: s.id, communityId: null, foundedOn: randomDate(r, '1994-01-01', '2003-12-31') });
          } else {
            const round = Math.floor((i - streets.length) / communities.length);
            const c = communities[(i - streets.length) % communities.length];
            if (round === 0) associationOfCommunity.set(c.id, id);
            const name = round === 0 ? communityAssociationName(c.name) : `${c.name}第${round + 1}老年协会`;
            rows.push({ ...base, name, level: 'COMMUNITY' as never, streetId: c.streetId, communityId: c.id, foundedOn: randomDate(r, '1996-01-01', '2012-12-31') });
          }
        }
        await bulkInsert(m, Association, ['id', 'name', 'level', 'streetId', 'communityId', 'presidentName', 'phone', 'memberCount', 'foundedOn', 'version'], rows);
        associations = rows.length;
      }),
    );

    const centerRows = scaleCenters(o.centers, communities.map((c) => c.id), (i, communityId) => (i % 5 < 3 ? (associationOfCommunity.get(communityId) ?? null) : null));
    await timed('centers', () =>
      inTx(async () => {
        progress?.start('centers', centerRows.length);
        const props = Object.keys(centerRows[0] ?? { code: '' }) as (keyof Center & string)[];
        for (let i = 0; i < centerRows.length; i += 10_000) {
          await bulkInsert(m, Center, props, centerRows.slice(i, i + 10_000) as never);
          progress?.update(Math.min(i + 10_000, centerRows.length));
        }
      }),
    );

    let exams = 0;
    let visits = 0;
    let residents = 0;
    await timed('residents', async () => {
      progress?.start('residents', o.residents);
      for (const b of scaleResidents(rng, o, streets, associationOfCommunity)) {
        await inTx(async () => {
          await bulkInsert(m, Resident, [...RESIDENT_PROPS], b.residents as never);
          await bulkInsert(m, HealthExam, [...EXAM_PROPS], b.exams as never);
          await bulkInsert(m, Visit, [...VISIT_PROPS], b.visits as never);
        });
        residents += b.residents.length;
        exams += b.exams.length;
        visits += b.visits.length;
        progress?.update(residents);
      }
    });
    // a few centers visited at the Spring Festival (every 100th center)
    await timed('center visits', () =>
      inTx(async () => {
        const rows = centerRows
          .map((c, i) => ({ c, id: i + 1 }))
          .filter((_, i) => i % 100 === 0)
          .map(({ id }) => ({ visitedOn: '2016-02-02', occasion: 'SPRING_FESTIVAL', residentId: null, centerId: id, cash: 2000n * YUAN, goods: '慰问品、春联', visitingUnit: '区老龄办', version: 1 }));
        await bulkInsert(m, Visit, [...VISIT_PROPS], rows as never);
        visits += rows.length;
      }),
    );
    progress?.stop();
    const counts: ScaleCounts = { streets: streets.length, communities: communities.length, associations, centers: centerRows.length, residents, exams, visits };
    return { counts, ms };
  } finally {
    if (isMysql) await qr.query('SET SESSION foreign_key_checks = 1, unique_checks = 1').catch(() => undefined);
    await qr.release();
  }
}

/** Records a completed load (options and row counts) in the audit log: what `recordedScale` looks for. */
export async function markScale(ds: DataSource, o: ScaleOptions, counts: ScaleCounts, ms: Record<string, number> = {}): Promise<void> {
  const after = { options: o, counts, ms, at: new Date().toISOString() };
  await ds.transaction((m) => writeAudit(m, SYSTEM_ACTOR, null, { action: SCALE_AUDIT_ACTION, entity: 'District', entityId: null, after }));
}

/** The row counts a completed load recorded, or null when the database holds no (or another) scale data set. */
export async function recordedScale(ds: DataSource, o: ScaleOptions): Promise<{ counts: ScaleCounts; ms?: Record<string, number>; at?: string } | null> {
  const rows: { after: string | null }[] = await ds.query(`SELECT ${ds.options.type === 'better-sqlite3' ? '"after"' : '`after`'} AS after FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1`, [SCALE_AUDIT_ACTION]);
  if (!rows.length || !rows[0].after) return null;
  const rec = JSON.parse(rows[0].after) as { options: ScaleOptions; counts: ScaleCounts; ms?: Record<string, number>; at?: string };
  const canonical = (x: object) => JSON.stringify(x, Object.keys(x).sort());
  if (canonical(rec.options) !== canonical(o)) return null;
  return { counts: rec.counts, ms: rec.ms, at: rec.at };
}

/** The current row counts of the tables the data set fills. */
export async function tableCounts(ds: DataSource): Promise<ScaleCounts> {
  const n = async (table: string) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return {
    streets: await n('street'),
    communities: await n('community'),
    associations: await n('association'),
    centers: await n('center'),
    residents: await n('resident'),
    exams: await n('health_exam'),
    visits: await n('visit'),
  };
}
