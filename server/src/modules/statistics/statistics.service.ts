import { DataSource, QueryRunner } from 'typeorm';
import { BadInput, NotFound, parseId } from '../../common/errors';
import { RESIDENT_FEW_VALUE_INDEXES } from '../resident/resident.entity';
import { birthDateRangeForAge } from '../../common/resident-rules';
import { STAR_LEVELS } from '../rating/rating.types';
import { StarLevel } from '../rating/rating.entities';
import { VisitOccasion } from '../visit/visit.entity';
import { ProjectStatus } from '../project/project.entity';
import {
  AgeBandCount, ExamCoverage, KeyCount, LevelSubsidy, OccasionTotal, ProjectStatusTotal, ResidentDimension, StatisticsScope, StreetLevelCount,
  StreetSubsidy,
} from './statistics.types';
import { LevelCount } from '../rating/rating.inputs';

// -------------------------------------------------------------------------------------------------------
// Normalising what the drivers return
// -------------------------------------------------------------------------------------------------------

/** COUNT / SUM of integers → number: mysql2 (bigNumberStrings) returns strings, possibly "12.0000" for SUM. */
export function toCount(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const n = typeof v === 'number' ? v : Number(String(v));
  if (!Number.isSafeInteger(n)) throw new Error(`statistics: not a whole count: ${String(v)}`);
  return n;
}

/**
 * SUM over a BIGINT fen column → bigint, exactly. The queries cast the sum to text (`CAST(… AS CHAR)`, TEXT
 * affinity on SQLite), but a number (SQLite) or a DECIMAL string ("12.00", mysql2) is accepted too.
 */
export function toFen(v: unknown): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`statistics: money sum is not an exact integer: ${v}`);
    return BigInt(v);
  }
  const m = /^\s*(-?\d+)(?:\.0*)?\s*$/.exec(String(v));
  if (!m) throw new Error(`statistics: money sum is not a whole number of fen: ${String(v)}`);
  return BigInt(m[1]);
}

// -------------------------------------------------------------------------------------------------------
// Ordering
// -------------------------------------------------------------------------------------------------------

const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

function codePointCompare(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * Names in the order Chinese staff expect (pinyin), made total by the code points: the same on SQLite and
 * MariaDB, whatever their collations. Callers add the id as the last tie-break.
 */
export function compareNames(a: string, b: string): number {
  return pinyin.compare(a, b) || codePointCompare(a, b);
}

const LEVEL_RANK: Record<string, number> = Object.fromEntries(STAR_LEVELS.map((l, i) => [l, i]));
const levelRank = (l: string) => LEVEL_RANK[l] ?? STAR_LEVELS.length;

const OCCASIONS = Object.values(VisitOccasion);
const PROJECT_STATUSES = Object.values(ProjectStatus);

// -------------------------------------------------------------------------------------------------------
// Dimensions and bands
// -------------------------------------------------------------------------------------------------------

/** Enumerated resident dimensions: the column, and every key in display order with its Chinese label. */
const ENUM_DIMENSIONS: Partial<Record<ResidentDimension, { column: string; keys: { key: string; value: string | number; label: string }[] }>> = {
  [ResidentDimension.GENDER]: {
    column: 'r.gender',
    keys: [
      { key: 'MALE', value: 'MALE', label: '男' },
      { key: 'FEMALE', value: 'FEMALE', label: '女' },
    ],
  },
  [ResidentDimension.REGISTRATION]: {
    column: 'r.household_registered',
    keys: [
      { key: 'REGISTERED', value: 1, label: '户籍' },
      { key: 'NOT_REGISTERED', value: 0, label: '非户籍' },
    ],
  },
  [ResidentDimension.HARDSHIP]: {
    column: 'r.hardship',
    keys: [
      { key: 'HARDSHIP', value: 1, label: '生活困难' },
      { key: 'NOT_HARDSHIP', value: 0, label: '非生活困难' },
    ],
  },
  [ResidentDimension.RESIDENCE]: {
    column: 'r.residence',
    keys: [
      { key: 'HOME', value: 'HOME', label: '居家' },
      { key: 'WELFARE_CENTER', value: 'WELFARE_CENTER', label: '区社会福利中心' },
      { key: 'OTHER_INSTITUTION', value: 'OTHER_INSTITUTION', label: '其他机构' },
    ],
  },
  [ResidentDimension.DISABLED]: {
    column: 'r.disabled',
    keys: [
      { key: 'DISABLED', value: 1, label: '残疾' },
      { key: 'NOT_DISABLED', value: 0, label: '非残疾' },
    ],
  },
};

/** Age bands, youngest first; "<60" is reported only when it is not empty. */
export const AGE_BANDS: readonly { band: string; minAge: number; maxAge: number | null }[] = [
  { band: '<60', minAge: 0, maxAge: 59 },
  { band: '60-69', minAge: 60, maxAge: 69 },
  { band: '70-79', minAge: 70, maxAge: 79 },
  { band: '80-89', minAge: 80, maxAge: 89 },
  { band: '90-99', minAge: 90, maxAge: 99 },
  { band: '100+', minAge: 100, maxAge: null },
];

const FREE_EXAM_AGE = 60;
const CENTENARIAN_AGE = 100;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** Latest birth date of someone aged at least `age` on `asOf` (the SQL side of every age condition). */
const bornBy = (age: number, asOf: string) => birthDateRangeForAge(age, undefined, asOf).bornOnOrBefore!;

export function checkYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new BadInput(field, `${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  return year;
}

/** Parses the filter's ids (BAD_USER_INPUT on a malformed one). */
export function toScope(f: { streetId?: string | null; communityId?: string | null } | null | undefined): StatisticsScope {
  return {
    streetId: f?.streetId != null ? parseId(f.streetId, 'filter.streetId') : null,
    communityId: f?.communityId != null ? parseId(f.communityId, 'filter.communityId') : null,
  };
}

// -------------------------------------------------------------------------------------------------------
// SQL building: portable SQL (SQLite and MySQL/MariaDB) with positional `?` parameters
// -------------------------------------------------------------------------------------------------------

/** A fragment of SQL and its parameters, in order. */
class Sql {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  /** Appends SQL text (one string, or lines as an array) and the values of its `?` placeholders. */
  add(sql: string | string[], ...params: unknown[]): this {
    this.parts.push(...(Array.isArray(sql) ? sql : [sql]));
    this.params.push(...params);
    return this;
  }
  get text() {
    return this.parts.join(' ');
  }
}

/** ` AND <col> …` conditions putting a community-id expression in the scope (subquery on community for a street). */
function addScope(q: Sql, communityCol: string, s: StatisticsScope): Sql {
  if (s.streetId !== null) q.add(`AND ${communityCol} IN (SELECT sc.id FROM community sc WHERE sc.street_id = ?)`, s.streetId);
  if (s.communityId !== null) q.add(`AND ${communityCol} = ?`, s.communityId);
  return q;
}

/** ` AND` alive on asOf: born on or before it, and no death date on or before it. */
function addAlive(q: Sql, alias: string, asOf: string): Sql {
  return q.add(`AND ${alias}.birth_date <= ? AND (${alias}.deceased_on IS NULL OR ${alias}.deceased_on > ?)`, asOf, asOf);
}

/** ` AND` free-exam eligible on asOf (DOMAIN.md: alive, aged 60+, household-registered, no employer). */
function addEligible(q: Sql, alias: string, asOf: string): Sql {
  return q.add(
    `AND ${alias}.birth_date <= ? AND (${alias}.deceased_on IS NULL OR ${alias}.deceased_on > ?) AND ${alias}.household_registered = 1 AND ${alias}.has_employer = 0`,
    bornBy(FREE_EXAM_AGE, asOf),
    asOf,
  );
}

const examStatusSums = (h: string) =>
  `COALESCE(SUM(CASE WHEN ${h}.status = 'SCHEDULED' THEN 1 ELSE 0 END), 0) AS scheduled, ` +
  `COALESCE(SUM(CASE WHEN ${h}.status = 'COMPLETED' THEN 1 ELSE 0 END), 0) AS completed, ` +
  `COALESCE(SUM(CASE WHEN ${h}.status = 'MISSED' THEN 1 ELSE 0 END), 0) AS missed`;

/** The rating round a level statistic is about: the given one, or the latest FINALIZED (as Center.currentLevel). */
const LATEST_FINALIZED_ROUND = `(SELECT rr.id FROM rating_round rr WHERE rr.status = 'FINALIZED' ORDER BY rr.assessed_on DESC, rr.id DESC LIMIT 1)`;

type Row = Record<string, unknown>;

/**
 * Read-only aggregates for the `statistics` query. Every method sends ONE statement (two when an explicit
 * rating round turns out empty and must be checked for existence), whatever the number of streets,
 * communities or rows: counting and summing happen in the database with GROUP BY; JavaScript only maps the
 * few aggregate rows, fills in empty groups and orders them.
 */
export class StatisticsService {
  /** `runner`: where the statements run (a replica's query runner, see modules/replica); none = the primary. */
  constructor(
    readonly ds: DataSource,
    private readonly runner?: QueryRunner,
  ) {}

  /** The same service running its statements on `runner` (undefined: the primary). */
  on(runner: QueryRunner | undefined): StatisticsService {
    return runner === this.runner ? this : new StatisticsService(this.ds, runner);
  }

  /**
   * MySQL/MariaDB: every `resident r` of a statistics statement leaves out the single-column indexes of few-value
   * columns (gender, hardship …, RESIDENT_FEW_VALUE_INDEXES). A statistic reads all residents of its scope, and
   * MariaDB would otherwise read them through such an index and fetch each row (a district-wide `GROUP BY gender`
   * through idx_resident_gender: 2.0 s), or intersect three of them for one community (1.6 s); the covering
   * idx_resident_statistics and idx_resident_exam_eligibility answer from the index alone (0.3 s; 0.15 s).
   * SQLite reads its rows quickly either way and gets no hint.
   */
  private withIndexHints(text: string): string {
    if (this.ds.options.type !== 'mysql' && this.ds.options.type !== 'mariadb') return text;
    const skip = RESIDENT_FEW_VALUE_INDEXES.filter((i) => i !== 'idx_resident_exam_eligibility').map((i) => `\`${i}\``).join(', ');
    return text.replace(/\b(FROM|JOIN) resident r\b/g, `$1 resident r IGNORE INDEX (${skip})`);
  }

  private query(q: Sql): Promise<Row[]> {
    const text = this.withIndexHints(q.text);
    const placeholders = (text.match(/\?/g) ?? []).length;
    if (placeholders !== q.params.length) throw new Error(`statistics: ${placeholders} placeholders but ${q.params.length} values`);
    return this.ds.query(text, q.params, this.runner);
  }

  private roundCondition(q: Sql, ratingRoundId: string | null | undefined): number | null {
    if (ratingRoundId == null) {
      q.add(`cr.round_id = ${LATEST_FINALIZED_ROUND}`);
      return null;
    }
    const id = parseId(ratingRoundId, 'ratingRoundId');
    q.add('cr.round_id = ?', id);
    return id;
  }

  private async requireRound(id: number | null, rows: Row[]): Promise<void> {
    if (id === null || rows.length) return;
    const found = await this.ds.query('SELECT id FROM rating_round WHERE id = ?', [id], this.runner);
    if (!found.length) throw new NotFound('RatingRound', id);
  }

  /** Centers per level in a rating round (default: the latest FINALIZED one); all seven levels. */
  async centersByLevel(s: StatisticsScope, ratingRoundId?: string | null): Promise<LevelCount[]> {
    const q = new Sql().add('SELECT cr.level AS level, COUNT(*) AS n FROM center_rating cr JOIN center c ON c.id = cr.center_id WHERE');
    const id = this.roundCondition(q, ratingRoundId);
    addScope(q, 'c.community_id', s).add('GROUP BY cr.level');
    const rows = await this.query(q);
    await this.requireRound(id, rows);
    const byLevel = new Map(rows.map((r) => [String(r.level), toCount(r.n)]));
    return STAR_LEVELS.map((level) => ({ level: level as StarLevel, count: byLevel.get(level) ?? 0 }));
  }

  /** Centers per street and level (groups with at least one center), by street name then level FIVE..NEW. */
  async centersByStreetAndLevel(s: StatisticsScope, ratingRoundId?: string | null): Promise<StreetLevelCount[]> {
    const q = new Sql().add([
      'SELECT s.id AS street_id, s.name AS street_name, cr.level AS level, COUNT(*) AS n FROM center_rating cr',
      'JOIN center c ON c.id = cr.center_id JOIN community cm ON cm.id = c.community_id JOIN street s ON s.id = cm.street_id WHERE',
    ]);
    const id = this.roundCondition(q, ratingRoundId);
    addScope(q, 'c.community_id', s).add('GROUP BY s.id, s.name, cr.level');
    const rows = await this.query(q);
    await this.requireRound(id, rows);
    return rows
      .map((r) => ({ streetId: String(r.street_id), streetName: String(r.street_name), level: String(r.level) as StarLevel, count: toCount(r.n) }))
      .sort((a, b) => compareNames(a.streetName, b.streetName) || Number(a.streetId) - Number(b.streetId) || levelRank(a.level) - levelRank(b.level));
  }

  private subsidyBase(q: Sql, s: StatisticsScope, fiscalYear: number | null | undefined, withStreet: boolean): Sql {
    q.add('FROM subsidy_allocation a JOIN subsidy_round sr ON sr.id = a.round_id JOIN center c ON c.id = a.center_id');
    if (withStreet) q.add('JOIN community cm ON cm.id = c.community_id JOIN street s ON s.id = cm.street_id');
    q.add(`WHERE sr.status = 'APPROVED'`);
    if (fiscalYear != null) q.add('AND sr.fiscal_year = ?', checkYear(fiscalYear, 'fiscalYear'));
    return addScope(q, 'c.community_id', s);
  }

  /** Subsidy paid out (APPROVED rounds) per street and fiscal year, by year then street name. */
  async subsidyByStreet(s: StatisticsScope, fiscalYear?: number | null): Promise<StreetSubsidy[]> {
    const q = new Sql().add([
      'SELECT s.id AS street_id, s.name AS street_name, sr.fiscal_year AS fiscal_year, COUNT(DISTINCT a.center_id) AS centers,',
      'CAST(COALESCE(SUM(a.amount_fen), 0) AS CHAR) AS amount',
    ]);
    this.subsidyBase(q, s, fiscalYear, true).add('GROUP BY s.id, s.name, sr.fiscal_year');
    const rows = await this.query(q);
    return rows
      .map((r) => ({ streetId: String(r.street_id), streetName: String(r.street_name), fiscalYear: toCount(r.fiscal_year), centers: toCount(r.centers), amount: toFen(r.amount) }))
      .sort((a, b) => a.fiscalYear - b.fiscalYear || compareNames(a.streetName, b.streetName) || Number(a.streetId) - Number(b.streetId));
  }

  /** Subsidy paid out (APPROVED rounds) per level and fiscal year, by year then level FIVE..NEW. */
  async subsidyByLevel(s: StatisticsScope, fiscalYear?: number | null): Promise<LevelSubsidy[]> {
    const q = new Sql().add(
      'SELECT a.level AS level, sr.fiscal_year AS fiscal_year, COUNT(DISTINCT a.center_id) AS centers, CAST(COALESCE(SUM(a.amount_fen), 0) AS CHAR) AS amount',
    );
    this.subsidyBase(q, s, fiscalYear, false).add('GROUP BY sr.fiscal_year, a.level');
    const rows = await this.query(q);
    return rows
      .map((r) => ({ level: String(r.level) as StarLevel, fiscalYear: toCount(r.fiscal_year), centers: toCount(r.centers), amount: toFen(r.amount) }))
      .sort((a, b) => a.fiscalYear - b.fiscalYear || levelRank(a.level) - levelRank(b.level));
  }

  /** Residents alive on asOf per age band: one CASE on birth_date with bounds computed once from asOf. */
  async residentsByAgeBand(s: StatisticsScope, asOf: string): Promise<AgeBandCount[]> {
    const banded = [...AGE_BANDS].reverse().filter((b) => b.minAge > 0); // oldest first: 100+, 90-99, … 60-69
    const q = new Sql().add('SELECT CASE');
    for (const b of banded) q.add(`WHEN r.birth_date <= ? THEN '${b.band}'`, bornBy(b.minAge, asOf));
    q.add(`ELSE '${AGE_BANDS[0].band}' END AS band, COUNT(*) AS n FROM resident r WHERE 1 = 1`);
    addAlive(q, 'r', asOf);
    addScope(q, 'r.community_id', s).add('GROUP BY band');
    const rows = await this.query(q);
    const counts = new Map(rows.map((r) => [String(r.band), toCount(r.n)]));
    return AGE_BANDS.map((b) => ({ ...b, count: counts.get(b.band) ?? 0 })).filter((b) => b.band !== '<60' || b.count > 0);
  }

  /** Residents alive on asOf grouped by a dimension; every key of an enumerated dimension, zeros included. */
  async residentsBy(s: StatisticsScope, asOf: string, dimension: ResidentDimension): Promise<KeyCount[]> {
    if (dimension === ResidentDimension.STREET) {
      const q = new Sql().add([
        'SELECT s.id AS k, s.name AS label, COUNT(r.id) AS n FROM street s LEFT JOIN community cm ON cm.street_id = s.id',
        'LEFT JOIN resident r ON r.community_id = cm.id',
      ]);
      addAlive(q, 'r', asOf).add('WHERE 1 = 1');
      if (s.streetId !== null) q.add('AND s.id = ?', s.streetId);
      if (s.communityId !== null) q.add('AND cm.id = ?', s.communityId);
      q.add('GROUP BY s.id, s.name');
      const rows = await this.query(q);
      return rows
        .map((r) => ({ key: String(r.k), label: String(r.label), count: toCount(r.n) }))
        .sort((a, b) => compareNames(a.label, b.label) || Number(a.key) - Number(b.key));
    }
    if (dimension === ResidentDimension.COMMUNITY) {
      const q = new Sql().add([
        'SELECT cm.id AS k, cm.name AS label, s.name AS street_name, COUNT(r.id) AS n FROM community cm JOIN street s ON s.id = cm.street_id',
        'LEFT JOIN resident r ON r.community_id = cm.id',
      ]);
      addAlive(q, 'r', asOf).add('WHERE 1 = 1');
      addScope(q, 'cm.id', s).add('GROUP BY cm.id, cm.name, s.name');
      const rows = await this.query(q);
      return rows
        .map((r) => ({ key: String(r.k), label: String(r.label), street: String(r.street_name), count: toCount(r.n) }))
        .sort((a, b) => compareNames(a.street, b.street) || compareNames(a.label, b.label) || Number(a.key) - Number(b.key))
        .map(({ key, label, count }) => ({ key, label, count }));
    }
    const dim = ENUM_DIMENSIONS[dimension];
    if (!dim) throw new BadInput('dimension', `Unknown dimension ${String(dimension)}`);
    const q = new Sql().add(`SELECT ${dim.column} AS k, COUNT(*) AS n FROM resident r WHERE 1 = 1`);
    addAlive(q, 'r', asOf);
    addScope(q, 'r.community_id', s).add(`GROUP BY ${dim.column}`);
    const rows = await this.query(q);
    // booleans come back as 0/1 (SQLite) or 0/1 / "0"/"1" (MySQL TINYINT); enums as strings
    const counts = new Map(rows.map((r) => [String(typeof r.k === 'boolean' ? Number(r.k) : r.k), toCount(r.n)]));
    const out = dim.keys.map((k) => ({ key: k.key, label: k.label, count: counts.get(String(k.value)) ?? 0 }));
    const known = new Set(dim.keys.map((k) => String(k.value)));
    for (const [value, count] of counts) if (!known.has(value)) out.push({ key: value, label: value, count });
    return out;
  }

  /** Residents alive and aged 100 or more on asOf. */
  async centenarians(s: StatisticsScope, asOf: string): Promise<number> {
    const q = new Sql().add('SELECT COUNT(*) AS n FROM resident r WHERE r.birth_date <= ? AND (r.deceased_on IS NULL OR r.deceased_on > ?)', bornBy(CENTENARIAN_AGE, asOf), asOf);
    addScope(q, 'r.community_id', s);
    const rows = await this.query(q);
    return toCount(rows[0]?.n);
  }

  /**
   * Per community of the scope (every one, by street then community name): residents eligible on asOf and the
   * year's exams by status. Two grouped subqueries LEFT JOINed to the communities.
   */
  async examCoverage(s: StatisticsScope, asOf: string, year: number): Promise<ExamCoverage[]> {
    checkYear(year, 'year');
    const q = new Sql().add([
      'SELECT cm.id AS community_id, cm.name AS community_name, s.name AS street_name,',
      'COALESCE(e.eligible, 0) AS eligible, COALESCE(x.scheduled, 0) AS scheduled, COALESCE(x.completed, 0) AS completed, COALESCE(x.missed, 0) AS missed',
      'FROM community cm JOIN street s ON s.id = cm.street_id',
      'LEFT JOIN (SELECT r.community_id AS community_id, COUNT(*) AS eligible FROM resident r WHERE 1 = 1',
    ]);
    addEligible(q, 'r', asOf);
    addScope(q, 'r.community_id', s).add('GROUP BY r.community_id) e ON e.community_id = cm.id');
    q.add(`LEFT JOIN (SELECT r.community_id AS community_id, ${examStatusSums('h')} FROM health_exam h JOIN resident r ON r.id = h.resident_id WHERE h.year = ?`, year);
    addScope(q, 'r.community_id', s).add('GROUP BY r.community_id) x ON x.community_id = cm.id WHERE 1 = 1');
    addScope(q, 'cm.id', s);
    const rows = await this.query(q);
    return rows
      .map((r) => ({
        communityId: String(r.community_id),
        communityName: String(r.community_name),
        streetName: String(r.street_name),
        year,
        eligible: toCount(r.eligible),
        scheduled: toCount(r.scheduled),
        completed: toCount(r.completed),
        missed: toCount(r.missed),
      }))
      .sort((a, b) => compareNames(a.streetName, b.streetName) || compareNames(a.communityName, b.communityName) || Number(a.communityId) - Number(b.communityId));
  }

  /** examCoverage summed over the whole scope, in one statement (two scalar aggregates cross-joined). */
  async examCoverageTotal(s: StatisticsScope, asOf: string, year: number): Promise<ExamCoverage> {
    checkYear(year, 'year');
    const q = new Sql().add('SELECT e.eligible AS eligible, x.scheduled AS scheduled, x.completed AS completed, x.missed AS missed FROM');
    q.add('(SELECT COUNT(*) AS eligible FROM resident r WHERE 1 = 1');
    addEligible(q, 'r', asOf);
    addScope(q, 'r.community_id', s).add(') e CROSS JOIN');
    q.add(`(SELECT ${examStatusSums('h')} FROM health_exam h JOIN resident r ON r.id = h.resident_id WHERE h.year = ?`, year);
    addScope(q, 'r.community_id', s).add(') x');
    const [r] = await this.query(q);
    return {
      communityId: null,
      communityName: null,
      streetName: null,
      year,
      eligible: toCount(r?.eligible),
      scheduled: toCount(r?.scheduled),
      completed: toCount(r?.completed),
      missed: toCount(r?.missed),
    };
  }

  /**
   * Visits per occasion (all five, zeros included), optionally between two dates (inclusive). A visit is in
   * the scope when its resident or its center is (as the visits list filter).
   */
  async visitsByOccasion(s: StatisticsScope, from?: string | null, to?: string | null): Promise<OccasionTotal[]> {
    if (from && to && from > to) throw new BadInput('to', `to (${to}) must not be before from (${from})`);
    const q = new Sql().add([
      'SELECT v.occasion AS occasion, COUNT(*) AS n, COUNT(DISTINCT v.resident_id) AS residents, CAST(COALESCE(SUM(v.cash_fen), 0) AS CHAR) AS cash',
      'FROM visit v WHERE 1 = 1',
    ]);
    if (from) q.add('AND v.visited_on >= ?', from);
    if (to) q.add('AND v.visited_on <= ?', to);
    if (s.streetId !== null || s.communityId !== null) {
      q.add('AND (v.resident_id IN (SELECT r.id FROM resident r WHERE 1 = 1');
      addScope(q, 'r.community_id', s).add(') OR v.center_id IN (SELECT c.id FROM center c WHERE 1 = 1');
      addScope(q, 'c.community_id', s).add('))');
    }
    q.add('GROUP BY v.occasion');
    const rows = await this.query(q);
    const by = new Map(rows.map((r) => [String(r.occasion), r]));
    return OCCASIONS.map((occasion) => {
      const r = by.get(occasion);
      return { occasion, visits: toCount(r?.n), residents: toCount(r?.residents), cash: toFen(r?.cash) };
    });
  }

  /** Projects per status (all six, lifecycle order). Projects belong to no community: the scope does not apply. */
  async projectsByStatus(): Promise<ProjectStatusTotal[]> {
    const q = new Sql().add([
      'SELECT p.status AS status, COUNT(*) AS n, CAST(COALESCE(SUM(p.total_investment_fen), 0) AS CHAR) AS investment, COALESCE(SUM(p.beds_added), 0) AS beds',
      'FROM project p GROUP BY p.status',
    ]);
    const rows = await this.query(q);
    const by = new Map(rows.map((r) => [String(r.status), r]));
    return PROJECT_STATUSES.map((status) => {
      const r = by.get(status);
      return { status, projects: toCount(r?.n), investment: toFen(r?.investment), beds: toCount(r?.beds) };
    });
  }
}
