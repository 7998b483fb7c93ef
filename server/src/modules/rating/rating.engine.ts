/**
 * The pure star-rating engine (DOMAIN.md, "The star rating").
 *
 * No database, no clock, no binary floating point on any score:
 *  - scores are integer hundredths (8450 = 84.50), weights integer thousandths (550 = 0.55);
 *  - every division goes through {@link divRoundHalfUp} on `bigint`, so intermediate products never lose
 *    precision whatever the scheme's parameters;
 *  - dates are `YYYY-MM-DD` strings handled by pure calendar arithmetic (no `Date`, no time zone).
 */
import { RatingInput, RatingResult, RatingScheme, STAR_LEVELS, StarLevel } from './rating.types';

/** The office's default scheme (DOMAIN.md). Every number is a parameter copied into each round. */
export const DEFAULT_RATING_SCHEME: RatingScheme = Object.freeze({
  weights: Object.freeze({ service: 550, area: 150, seniority: 100, population: 200 }),
  areaFullAt: 300,
  seniorityPointsPerYear: 20,
  populationFullAt: 1500,
  thresholds: Object.freeze({ FIVE: 9200, FOUR: 8400, THREE: 7600, TWO: 6800, ONE: 6000 }),
  serviceVetoBelow: 5000,
  newIfYearsBelow: 1,
  rectifyLevels: Object.freeze(['ONE', 'FAIL']) as unknown as StarLevel[],
  rectificationDays: 90,
}) as RatingScheme;

/** 100.00 in hundredths: every sub-score is capped to 0..MAX_SUBSCORE. */
export const MAX_SUBSCORE = 10000;

/** Largest rectification delay {@link validateScheme} accepts (ten years). */
export const MAX_RECTIFICATION_DAYS = 3650;

// ---------------------------------------------------------------------------------------------------------
// Integer helpers
// ---------------------------------------------------------------------------------------------------------

/** ⌊n ÷ d⌋ for d > 0 (bigint `/` truncates toward zero, which is wrong for negative n). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/**
 * n ÷ d rounded half-up (a tie goes toward +∞: 2.5 → 3, not banker's 2), for d > 0.
 * ⌊(2n + d) ÷ 2d⌋ = ⌊n/d + 1/2⌋ exactly, with no intermediate rounding.
 */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divRoundHalfUp: the divisor must be positive');
  return floorDiv(2n * n + d, 2n * d);
}

function clamp(n: bigint, lo: bigint, hi: bigint): bigint {
  return n < lo ? lo : n > hi ? hi : n;
}

function assertSafeInteger(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be an integer, got ${String(value)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Calendar dates (YYYY-MM-DD), pure arithmetic
// ---------------------------------------------------------------------------------------------------------

interface CivilDate {
  y: number;
  m: number;
  d: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Parses a strict `YYYY-MM-DD` calendar date (year 0001–9999); throws RangeError otherwise. */
function parseDate(s: string): CivilDate {
  const m = typeof s === 'string' ? DATE_RE.exec(s) : null;
  if (m) {
    const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (date.y >= 1 && date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= daysInMonth(date.y, date.m)) {
      return date;
    }
  }
  throw new RangeError(`not a valid YYYY-MM-DD date: ${String(s)}`);
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isValidDate(s: string): boolean {
  try {
    parseDate(s);
    return true;
  } catch {
    return false;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil({ y, m, d }: CivilDate): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1; // [0, 365], March-based
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil} (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * `date` plus `days` calendar days (negative goes back), e.g. addDays('2016-06-30', 90) = '2016-09-28'.
 * Pure calendar arithmetic: the result never depends on the process time zone.
 */
export function addDays(date: string, days: number): string {
  assertSafeInteger(days, 'days');
  const r = civilFromDays(daysFromCivil(parseDate(date)) + days);
  if (r.y < 1 || r.y > 9999) throw new RangeError(`addDays: result out of range (year ${r.y})`);
  return `${pad(r.y, 4)}-${pad(r.m, 2)}-${pad(r.d, 2)}`;
}

/**
 * Number of whole anniversaries of `from` that fall on or before `to` (0 when `to` is before `from`).
 *
 * Leap day: the anniversary of a 29 February in a non-leap year is 28 February (the Chinese and most
 * civil-law convention: a period counted in years ends on the last day of the month when the
 * corresponding day does not exist). So from 2012-02-29, one full year is reached on 2013-02-28,
 * and four on 2016-02-29.
 */
export function fullYearsBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  let years = b.y - a.y;
  // The anniversary in year b.y: (a.m, a.d), except Feb 29 → Feb 28 when b.y is not a leap year.
  const annivDay = a.m === 2 && a.d === 29 && !isLeapYear(b.y) ? 28 : a.d;
  if (b.m < a.m || (b.m === a.m && b.d < annivDay)) years -= 1;
  return Math.max(0, years);
}

// ---------------------------------------------------------------------------------------------------------
// Exact decimal ⇄ scaled integer conversion (GraphQL inputs and outputs)
// ---------------------------------------------------------------------------------------------------------

const STRICT_DECIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * The decimal digits a JS number stands for: its shortest round-trip representation (`String(x)`),
 * with exponent notation expanded, e.g. 1e-7 → '0.0000001', 1e21 → '1000000000000000000000'.
 * So 0.1 means exactly 0.1, while 0.1 + 0.2 (= 0.30000000000000004) keeps its 17 significant digits.
 */
function numberToPlainDecimal(x: number): string {
  const s = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, intPart, frac = '', expStr] = m;
  const digits = intPart + frac;
  const point = intPart.length + Number(expStr); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Parses a decimal into an integer count of 10^-decimals units, exactly, as a bigint:
 * parseFixedBigInt('102760000.00', 2) = 10276000000n (fen).
 *
 * Accepted: a string of the form `[+-]digits[.digits]` (surrounding white space ignored; no exponent,
 * no thousands separator, no bare '.5' or '5.'), or a finite number (read as its shortest round-trip
 * decimal, see {@link numberToPlainDecimal}). Trailing zeros beyond `decimals` are accepted since the
 * value stays exact ('87.50' with 1 decimal is 875); any other extra digit gives null ('1.005' with 2).
 * '-0' gives 0.
 */
export function parseFixedBigInt(value: string | number, decimals: number): bigint | null {
  if (!Number.isSafeInteger(decimals) || decimals < 0) throw new RangeError('decimals must be an integer ≥ 0');
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = numberToPlainDecimal(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const m = STRICT_DECIMAL_RE.exec(text);
  if (!m) return null;
  const [, sign, intPart, rawFrac = ''] = m;
  const frac = rawFrac.replace(/0+$/, ''); // trailing zeros do not change the value
  if (frac.length > decimals) return null;
  const magnitude = BigInt(intPart + frac.padEnd(decimals, '0'));
  return sign === '-' ? -magnitude : magnitude; // -0n is 0n: bigint has no negative zero
}

/**
 * Like {@link parseFixedBigInt} but returns a JS number: parseFixed('84.5', 2) = 8450,
 * parseFixed(87.5, 1) = 875. Null when the value is not a finite decimal, has more decimals than
 * allowed, or does not fit in a safe integer. Never returns -0.
 */
export function parseFixed(value: string | number, decimals: number): number | null {
  const n = parseFixedBigInt(value, decimals);
  if (n === null || n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(n); // Number(0n) is +0
}

/**
 * Writes an integer count of 10^-decimals units as a decimal with exactly `decimals` digits after the
 * point: formatFixed(8450, 2) = '84.50', formatFixed(-5, 2) = '-0.05', formatFixed(10276000000n, 2) =
 * '102760000.00', formatFixed(7, 0) = '7'.
 */
export function formatFixed(n: number | bigint, decimals: number): string {
  if (!Number.isSafeInteger(decimals) || decimals < 0) throw new RangeError('decimals must be an integer ≥ 0');
  if (typeof n === 'number') assertSafeInteger(n, 'formatFixed value');
  const big = BigInt(n);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${intPart}${decimals > 0 ? `.${frac}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// Scheme validation
// ---------------------------------------------------------------------------------------------------------

export interface SchemeError {
  field: string;
  message: string;
}

const THRESHOLD_LEVELS = ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE'] as const;

/**
 * Checks a scheme (e.g. one received over GraphQL or read back from a round). Returns the first
 * problem as `{ field, message }` with a dotted field path ('thresholds.FOUR'), or null when valid.
 * Tolerates malformed objects (missing members) so that it can guard untrusted input.
 */
export function validateScheme(s: RatingScheme): SchemeError | null {
  const scheme = (s ?? {}) as Partial<RatingScheme>;
  const nonNegativeInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

  const weights = (scheme.weights ?? {}) as Partial<RatingScheme['weights']>;
  for (const key of ['service', 'area', 'seniority', 'population'] as const) {
    if (!nonNegativeInt(weights[key])) {
      return { field: `weights.${key}`, message: 'A weight must be a whole number of thousandths, 0 or more.' };
    }
  }
  if (weights.service! + weights.area! + weights.seniority! + weights.population! === 0) {
    return { field: 'weights', message: 'At least one weight must be greater than 0.' };
  }
  for (const key of ['areaFullAt', 'populationFullAt'] as const) {
    if (!nonNegativeInt(scheme[key]) || scheme[key] === 0) {
      return { field: key, message: 'Must be a whole number greater than 0.' };
    }
  }
  if (!nonNegativeInt(scheme.seniorityPointsPerYear)) {
    return { field: 'seniorityPointsPerYear', message: 'Must be a whole number of points, 0 or more.' };
  }

  const thresholds = (scheme.thresholds ?? {}) as Partial<RatingScheme['thresholds']>;
  for (const level of THRESHOLD_LEVELS) {
    if (!nonNegativeInt(thresholds[level])) {
      return { field: `thresholds.${level}`, message: 'A threshold must be a whole number of hundredths, 0 or more.' };
    }
  }
  for (let i = 1; i < THRESHOLD_LEVELS.length; i++) {
    const higher = THRESHOLD_LEVELS[i - 1];
    const lower = THRESHOLD_LEVELS[i];
    if (!(thresholds[higher]! > thresholds[lower]!)) {
      return {
        field: `thresholds.${lower}`,
        message: `The ${lower} threshold must be below the ${higher} threshold (thresholds strictly descending).`,
      };
    }
  }

  if (!nonNegativeInt(scheme.serviceVetoBelow) || scheme.serviceVetoBelow! > MAX_SUBSCORE) {
    return { field: 'serviceVetoBelow', message: 'Must be a whole number of hundredths between 0 and 10000.' };
  }
  if (!nonNegativeInt(scheme.newIfYearsBelow)) {
    return { field: 'newIfYearsBelow', message: 'Must be a whole number of years, 0 or more.' };
  }
  if (!Array.isArray(scheme.rectifyLevels)) {
    return { field: 'rectifyLevels', message: 'Must be a list of star levels.' };
  }
  const seen = new Set<string>();
  for (const level of scheme.rectifyLevels) {
    if (!(STAR_LEVELS as readonly string[]).includes(level)) {
      return { field: 'rectifyLevels', message: `Unknown star level: ${String(level)}.` };
    }
    if (level === 'NEW') {
      return { field: 'rectifyLevels', message: 'A NEW center never gets a rectification order.' };
    }
    if (seen.has(level)) return { field: 'rectifyLevels', message: `Level listed twice: ${level}.` };
    seen.add(level);
  }
  if (!nonNegativeInt(scheme.rectificationDays) || scheme.rectificationDays! > MAX_RECTIFICATION_DAYS) {
    return {
      field: 'rectificationDays',
      message: `Must be a whole number of days between 0 and ${MAX_RECTIFICATION_DAYS}.`,
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Rating
// ---------------------------------------------------------------------------------------------------------

/**
 * Rates one center on the assessment date `assessedOn` (DOMAIN.md, "The star rating"):
 *
 * 1. NEW when it has fewer than `newIfYearsBelow` full years on `assessedOn` (no scores).
 * 2. Sub-scores in hundredths, each rounded half-up, then capped to 0..10000:
 *      service    = serviceScoreTenths × 10
 *      area       = floorArea × 100 / areaFullAt             = floorAreaCenti × 100 / areaFullAt
 *      seniority  = pointsPerYear × years (points)          = pointsPerYear × years × 100
 *      population = (elderly + disabled) × 100 / populationFullAt = people × 10000 / populationFullAt
 *    (rounding then capping equals capping then rounding: the cap 10000 is an integer.)
 * 3. total = Σ weight × sub-score over the ROUNDED sub-scores: thousandths × hundredths gives
 *    hundred-thousandths, divided by 1000 with half-up rounding back to hundredths.
 * 4. Veto (service < serviceVetoBelow) → FAIL, rule VETO, total still reported; otherwise the first
 *    threshold the total reaches (total ≥ threshold, so a total exactly on it lands on that level).
 *
 * Throws RangeError for a non-integer input, a malformed date, or an invalid scheme.
 */
export function rateCenter(
  input: RatingInput,
  assessedOn: string,
  scheme: RatingScheme = DEFAULT_RATING_SCHEME,
): RatingResult {
  const problem = validateScheme(scheme);
  if (problem) throw new RangeError(`invalid rating scheme: ${problem.field}: ${problem.message}`);
  assertSafeInteger(input.floorAreaCenti, 'floorAreaCenti');
  assertSafeInteger(input.elderlyCount, 'elderlyCount');
  assertSafeInteger(input.disabledCount, 'disabledCount');
  assertSafeInteger(input.serviceScoreTenths, 'serviceScoreTenths');

  const yearsOpen = fullYearsBetween(input.plaqueDate, assessedOn);
  if (yearsOpen < scheme.newIfYearsBelow) {
    return {
      level: 'NEW',
      rule: 'NEW',
      yearsOpen,
      serviceScore: null,
      areaScore: null,
      seniorityScore: null,
      populationScore: null,
      total: null,
    };
  }

  const MAX = BigInt(MAX_SUBSCORE);
  const cap = (n: bigint): bigint => clamp(n, 0n, MAX);
  const service = cap(BigInt(input.serviceScoreTenths) * 10n);
  const area = cap(divRoundHalfUp(BigInt(input.floorAreaCenti) * 100n, BigInt(scheme.areaFullAt)));
  const seniority = cap(BigInt(scheme.seniorityPointsPerYear) * BigInt(yearsOpen) * 100n);
  const people = BigInt(input.elderlyCount) + BigInt(input.disabledCount);
  const population = cap(divRoundHalfUp(people * 10000n, BigInt(scheme.populationFullAt)));

  const w = scheme.weights;
  const weighted =
    BigInt(w.service) * service +
    BigInt(w.area) * area +
    BigInt(w.seniority) * seniority +
    BigInt(w.population) * population; // hundred-thousandths
  const total = divRoundHalfUp(weighted, 1000n); // hundredths

  let level: StarLevel;
  let rule: RatingResult['rule'];
  if (service < BigInt(scheme.serviceVetoBelow)) {
    level = 'FAIL';
    rule = 'VETO';
  } else {
    rule = 'THRESHOLD';
    level = THRESHOLD_LEVELS.find((l) => total >= BigInt(scheme.thresholds[l])) ?? 'FAIL';
  }

  return {
    level,
    rule,
    yearsOpen,
    serviceScore: Number(service),
    areaScore: Number(area),
    seniorityScore: Number(seniority),
    populationScore: Number(population),
    total: Number(total),
  };
}

/** Counts per level, every one of the seven levels present (0 when absent). */
export function levelCounts(levels: StarLevel[]): Record<StarLevel, number> {
  const counts = Object.fromEntries(STAR_LEVELS.map((l) => [l, 0])) as Record<StarLevel, number>;
  for (const level of levels) {
    if (!(STAR_LEVELS as readonly string[]).includes(level)) {
      throw new RangeError(`unknown star level: ${String(level)}`);
    }
    counts[level] += 1;
  }
  return counts;
}

/** True when a center rated `level` gets a rectification order at finalization (never for NEW). */
export function needsRectification(level: StarLevel, scheme: RatingScheme = DEFAULT_RATING_SCHEME): boolean {
  return level !== 'NEW' && scheme.rectifyLevels.includes(level);
}

/** Due date of a rectification order: `rectificationDays` after the assessment date. */
export function rectificationDue(assessedOn: string, scheme: RatingScheme = DEFAULT_RATING_SCHEME): string {
  return addDays(assessedOn, scheme.rectificationDays);
}
