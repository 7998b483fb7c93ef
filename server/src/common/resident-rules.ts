/**
 * Pure rules about residents (DOMAIN.md, "Resident"): age, centenarian, free-exam eligibility, and the
 * birth-date range that turns an age filter into a SQL filter on `birthDate`.
 *
 * Dates are `YYYY-MM-DD` strings and are handled as calendar dates, never as instants: nothing here
 * depends on the process time zone. A few calendar helpers used by the other pure modules are exported too.
 */

// ---------------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------------

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a real calendar date `YYYY-MM-DD` (year 0001–9999); null if the string is not one. */
export function parseIsoDate(s: string): CalendarDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True if `s` is a real calendar date written `YYYY-MM-DD`. */
export function isValidIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

function requireDate(s: string, what: string): CalendarDate {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`${what} must be a real date YYYY-MM-DD, got ${JSON.stringify(s)}`);
  return d;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toDayNumber(s: string): number {
  const { year, month, day } = requireDate(s, 'date');
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date `YYYY-MM-DD` of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

// ---------------------------------------------------------------------------------------------------
// Age
// ---------------------------------------------------------------------------------------------------

/**
 * Age in whole years on `asOf`. A birthday on 29 February is reached on 28 February in non-leap years.
 * Negative when `asOf` is before the birth date. Throws RangeError on a malformed date.
 */
export function ageOn(birthDate: string, asOf: string): number {
  const b = requireDate(birthDate, 'birthDate');
  const a = requireDate(asOf, 'asOf');
  const birthdayDay = b.month === 2 && b.day === 29 && !isLeapYear(a.year) ? 28 : b.day;
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < birthdayDay);
  return a.year - b.year - (beforeBirthday ? 1 : 0);
}

/** Aged 100 or more on `asOf`. */
export function isCentenarian(birthDate: string, asOf: string): boolean {
  return ageOn(birthDate, asOf) >= 100;
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
  const a = requireDate(asOf, 'asOf');
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
