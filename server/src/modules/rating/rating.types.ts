/**
 * Types of the pure star-rating engine (DOMAIN.md, "The star rating").
 *
 * Every score is an integer number of hundredths (8450 = 84.50) so that no binary floating point
 * ever touches a score; weights are integer thousandths (550 = 0.55). Dates are `YYYY-MM-DD` strings.
 */

export const STAR_LEVELS = ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE', 'FAIL', 'NEW'] as const;
export type StarLevel = (typeof STAR_LEVELS)[number];

/** Which rule decided a center's level. */
export type RatingRule = 'NEW' | 'VETO' | 'THRESHOLD';

export interface RatingScheme {
  /** Weights of the four sub-scores in thousandths; they need not add up to 1000 but usually do. */
  weights: { service: number; area: number; seniority: number; population: number };
  /** Floor area (m², whole) at which the area score reaches 100. Default 300. */
  areaFullAt: number;
  /** Points per full year open. Default 20. */
  seniorityPointsPerYear: number;
  /** Elderly + disabled people at which the population score reaches 100. Default 1500. */
  populationFullAt: number;
  /** Minimum total (hundredths) for each level. Default FIVE 9200, FOUR 8400, THREE 7600, TWO 6800, ONE 6000. */
  thresholds: { FIVE: number; FOUR: number; THREE: number; TWO: number; ONE: number };
  /** A service score (hundredths) below this is FAIL whatever the total. Default 5000. */
  serviceVetoBelow: number;
  /** A center open fewer full years than this on the assessment date is NEW. Default 1. */
  newIfYearsBelow: number;
  /** Levels that get a rectification order at finalization. Default ONE, FAIL. */
  rectifyLevels: StarLevel[];
  /** Days after the assessment date that a rectification is due. Default 90. */
  rectificationDays: number;
}

/** The inputs of one center, as stored (integers only). */
export interface RatingInput {
  /** floorArea in hundredths of m² (250.50 m² = 25050). */
  floorAreaCenti: number;
  /** plaque date, YYYY-MM-DD. */
  plaqueDate: string;
  elderlyCount: number;
  disabledCount: number;
  /** serviceScore in tenths (87.5 = 875). */
  serviceScoreTenths: number;
}

export interface RatingResult {
  level: StarLevel;
  rule: RatingRule;
  /** Full years from plaque date to the assessment date. */
  yearsOpen: number;
  /** Sub-scores and total in hundredths; null for NEW. */
  serviceScore: number | null;
  areaScore: number | null;
  seniorityScore: number | null;
  populationScore: number | null;
  total: number | null;
}
