/**
 * The pure star-rating engine (DOMAIN.md, "The star rating").
 *
 * No database, no clock, no binary floating point on any score:
 *  - scores are integer hundredths (8450 = 84.50), weights integer thousandths (550 = 0.55);
 *  - every division goes through {@link divRoundHalfUp} on `bigint`, so intermediate products never lose
 *    precision whatever the scheme's parameters;
 *  - dates are `YYYY-MM-DD` strings handled by the pure calendar arithmetic of `common/dates.ts`
 *    (no `Date`, no time zone); exact decimal ⇄ scaled integer conversion lives in `common/fixed.ts`.
 */
import { addDays, fullYearsBetween } from '../../common/dates';
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
