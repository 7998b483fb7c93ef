/**
 * Pure rules about residents (DOMAIN.md, "Resident"): age, centenarian, free-exam eligibility, and the
 * birth-date range that turns an age filter into a SQL filter on `birthDate`.
 *
 * Dates are `YYYY-MM-DD` strings and are handled as calendar dates, never as instants: nothing here
 * depends on the process time zone. The calendar arithmetic itself lives in `dates.ts`.
 */
import {
  addDays,
  CalendarDate,
  formatIsoDate,
  isLeapYear,
  requireIsoDate,
  signedFullYearsBetween,
} from './dates';

// ---------------------------------------------------------------------------------------------------
// Age
// ---------------------------------------------------------------------------------------------------

/**
 * Age in whole years on `asOf`: the whole anniversaries of the birth date ({@link signedFullYearsBetween},
 * the rule of `fullYearsBetween`). A birthday on 29 February is reached on 28 February in non-leap years.
 * Negative when `asOf` is before the birth date. Throws RangeError on a malformed date.
 */
export function ageOn(birthDate: string, asOf: string): number {
  return signedFullYearsBetween(birthDate, asOf);
}

/** Aged 100 or more on `asOf`. */
export function isCentenarian(birthDate: string, asOf: string, deceasedOn: string | null = null): boolean {
  return isAliveOn(deceasedOn, asOf) && ageOn(birthDate, asOf) >= 100;
}

/** Age in whole years on `asOf`, or at death if the person died before it; null before the birth date. */
export function lifeAge(birthDate: string, asOf: string, deceasedOn: string | null = null): number | null {
  const until = deceasedOn !== null && deceasedOn < asOf ? deceasedOn : asOf;
  const age = ageOn(birthDate, until);
  return age < 0 ? null : age;
}

/** Alive on `asOf`: no death date, or a death date after `asOf` (a person who died on `asOf` is not). */
export function isAliveOn(deceasedOn: string | null | undefined, asOf: string): boolean {
  return deceasedOn == null || deceasedOn > asOf;
}

export interface FreeExamFacts {
  birthDate: string;
  householdRegistered: boolean;
  hasEmployer: boolean;
  deceasedOn: string | null;
}

/** The free yearly exam: alive on `asOf`, aged 60+, registered in the district, no employer paying for exams. */
export function isFreeExamEligible(r: FreeExamFacts, asOf: string): boolean {
  return (
    isAliveOn(r.deceasedOn, asOf) && r.householdRegistered && !r.hasEmployer && ageOn(r.birthDate, asOf) >= 60
  );
}

// ---------------------------------------------------------------------------------------------------
// Age filter → birth-date filter
// ---------------------------------------------------------------------------------------------------

/** The latest birth date of a person who is at least `age` years old on `asOf`. */
function latestBirthDateForAge(age: number, asOf: CalendarDate): string {
  const year = asOf.year - age;
  if (year < 1) throw new RangeError(`age ${age} is too large for ${formatIsoDate(asOf.year, asOf.month, asOf.day)}`);
  if (asOf.month === 2 && asOf.day === 29 && !isLeapYear(year)) return formatIsoDate(year, 2, 28);
  // On 28 February of a non-leap year, people born on 29 February have their birthday too.
  if (asOf.month === 2 && asOf.day === 28 && !isLeapYear(asOf.year) && isLeapYear(year)) {
    return formatIsoDate(year, 2, 29);
  }
  return formatIsoDate(year, asOf.month, asOf.day);
}

function requireAge(age: number, what: string): void {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${age}`);
}

/**
 * Birth-date bounds (inclusive) equivalent to `minAge ≤ ageOn(birthDate, asOf) ≤ maxAge`, for SQL filters.
 * Either age may be omitted (no bound on that side). When minAge > maxAge the range is empty
 * (bornOnOrAfter > bornOnOrBefore), which matches nothing, as the age filter would.
 */
export function birthDateRangeForAge(
  minAge: number | undefined,
  maxAge: number | undefined,
  asOf: string,
): { bornOnOrAfter?: string; bornOnOrBefore?: string } {
  const a = requireIsoDate(asOf, 'asOf');
  const range: { bornOnOrAfter?: string; bornOnOrBefore?: string } = {};
  if (minAge !== undefined) {
    requireAge(minAge, 'minAge');
    range.bornOnOrBefore = latestBirthDateForAge(minAge, a);
  }
  if (maxAge !== undefined) {
    requireAge(maxAge, 'maxAge');
    // age ≤ max ⇔ not (age ≥ max + 1) ⇔ born after the latest birth date for max + 1.
    range.bornOnOrAfter = addDays(latestBirthDateForAge(maxAge + 1, a), 1);
  }
  return range;
}
