/**
 * Calendar dates are `YYYY-MM-DD` strings everywhere. This module is the one home of calendar arithmetic:
 * pure proleptic-Gregorian arithmetic on calendar dates (years 0001–9999), never on instants, so nothing
 * here depends on the process time zone.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A range of accepted years, both inclusive. */
export interface YearRange {
  minYear: number;
  maxYear: number;
}

/** Every year the pure calendar functions handle. */
export const CALENDAR_YEARS: Readonly<YearRange> = Object.freeze({ minYear: 1, maxYear: 9999 });

/** The years a date received over the API (the GraphQL `Date` scalar) may have. */
export const API_DATE_YEARS: Readonly<YearRange> = Object.freeze({ minYear: 1800, maxYear: 2999 });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a real calendar date written strictly `YYYY-MM-DD` with a year in `years` (by default
 * 0001–9999); null for anything else (another shape, 2015-02-29, a non-string…).
 */
export function parseIsoDate(s: unknown, years: YearRange = CALENDAR_YEARS): CalendarDate | null {
  const m = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < Math.max(1, years.minYear) || year > Math.min(9999, years.maxYear)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * True if `s` is a real calendar date written `YYYY-MM-DD` with a year in `years` (by default 0001–9999;
 * API input passes {@link API_DATE_YEARS}).
 */
export function isValidDate(s: unknown, years: YearRange = CALENDAR_YEARS): s is string {
  return parseIsoDate(s, years) !== null;
}

/** {@link parseIsoDate}, or a RangeError naming `what` when `s` is not a real date. */
export function requireIsoDate(s: string, what: string): CalendarDate {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`${what} must be a real date YYYY-MM-DD, got ${JSON.stringify(s)}`);
  return d;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toDayNumber(s: string): number {
  const { year, month, day } = requireIsoDate(s, 'date');
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1; // [0, 365], March-based
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** The calendar date `YYYY-MM-DD` of a day number (inverse of {@link toDayNumber}; H. Hinnant's civil_from_days). */
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

/** Day numbers of 0001-01-01 and 9999-12-31, the calendar's bounds. */
const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * `date` plus `days` calendar days (negative goes back), e.g. addDays('2016-06-30', 90) = '2016-09-28'.
 * Throws RangeError on a malformed date, a non-integer `days`, or a result outside the years 0001–9999.
 */
export function addDays(date: string, days: number): string {
  if (typeof days !== 'number' || !Number.isSafeInteger(days)) {
    throw new RangeError(`days must be an integer, got ${String(days)}`);
  }
  const n = toDayNumber(date) + days;
  if (n < FIRST_DAY || n > LAST_DAY) throw new RangeError(`addDays: ${date} + ${days} days is outside the years 0001–9999`);
  return fromDayNumber(n);
}

/**
 * Signed number of whole anniversaries of `from` reached on `to`, the way an age is counted: negative
 * when `to` is before `from` (from 2016-07-01 to 2016-06-30 is -1).
 *
 * Leap day: the anniversary of a 29 February in a non-leap year is 28 February (the Chinese and most
 * civil-law convention: a period counted in years ends on the last day of the month when the
 * corresponding day does not exist). So from 2012-02-29, one full year is reached on 2013-02-28,
 * and four on 2016-02-29. Throws RangeError on a malformed date.
 */
export function signedFullYearsBetween(from: string, to: string): number {
  const a = requireIsoDate(from, 'from');
  const b = requireIsoDate(to, 'to');
  // The anniversary in year b.year: (a.month, a.day), except Feb 29 → Feb 28 when b.year is not a leap year.
  const anniversaryDay = a.month === 2 && a.day === 29 && !isLeapYear(b.year) ? 28 : a.day;
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < anniversaryDay);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/**
 * Number of whole anniversaries of `from` that fall on or before `to` (0 when `to` is before `from`);
 * see {@link signedFullYearsBetween} for the leap-day rule.
 */
export function fullYearsBetween(from: string, to: string): number {
  return Math.max(0, signedFullYearsBetween(from, to));
}

/** Today's date in the office's time zone (China Standard Time, UTC+8, no daylight saving). */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Normalises what a driver returns for a DATE column (string or Date) to YYYY-MM-DD. */
export function toDateString(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}
