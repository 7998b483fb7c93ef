import fc from 'fast-check';
import {
  addDays,
  API_DATE_YEARS,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  fullYearsBetween,
  isLeapYear,
  isValidDate,
  parseIsoDate,
  requireIsoDate,
  signedFullYearsBetween,
  toDateString,
  toDayNumber,
  todayInChina,
} from './dates';

const D = '2016-06-30';

describe('calendar helpers', () => {
  it('validates real dates', () => {
    expect(isValidDate('2016-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2015-02-29')).toBe(false);
    expect(isValidDate('2016-04-31')).toBe(false);
    expect(isValidDate('2016-13-01')).toBe(false);
    expect(isValidDate('2016-1-01')).toBe(false);
    expect(isValidDate('2016-01-01T00:00:00Z')).toBe(false);
  });

  it('converts day numbers both ways', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2016-06-30')).toBe(Date.UTC(2016, 5, 30) / 86400000);
    expect(toDayNumber('1900-03-01')).toBe(Date.UTC(1900, 2, 1) / 86400000);
    for (let n = toDayNumber('1899-12-25'); n < toDayNumber('2101-01-05'); n += 17) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
      expect(fromDayNumber(n)).toBe(new Date(n * 86400000).toISOString().slice(0, 10));
    }
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2016-01-01', -1)).toBe('2015-12-31');
  });
});

describe('fullYearsBetween', () => {
  it.each([
    ['2015-06-30', '2016-06-30', 1],
    ['2015-07-01', '2016-06-30', 0],
    ['2016-06-30', '2016-06-30', 0],
    ['2016-07-01', '2016-06-30', 0], // to before from: no anniversary
    ['2000-01-01', '2016-12-31', 16],
    ['2000-12-31', '2016-01-01', 15],
    ['2012-02-29', '2013-02-27', 0],
    ['2012-02-29', '2013-02-28', 1], // non-leap year: the anniversary is Feb 28
    ['2012-02-29', '2013-03-01', 1],
    ['2012-02-29', '2016-02-28', 3], // leap year: the anniversary is Feb 29
    ['2012-02-29', '2016-02-29', 4],
    ['2015-02-28', '2016-02-28', 1],
    ['2015-03-01', '2016-02-29', 0],
    ['2000-02-29', '2100-02-28', 100], // 2100 is not a leap year
    ['1900-02-28', '2000-02-29', 100], // 2000 is
  ])('%s → %s = %i', (from, to, years) => {
    expect(fullYearsBetween(from, to)).toBe(years);
  });

  it('rejects malformed dates', () => {
    for (const bad of ['2016-02-30', '2015-02-29', '2016-13-01', '2016-00-10', '16-06-30', '2016-06-30T00:00', '']) {
      expect(() => fullYearsBetween(bad, D)).toThrow(RangeError);
      expect(isValidDate(bad)).toBe(false);
    }
    expect(isValidDate('2016-02-29')).toBe(true);
  });
});

describe('addDays', () => {
  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2016-06-30', 90)).toBe('2016-09-28');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2000-01-01', 0)).toBe('2000-01-01');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    expect(() => addDays('2016-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('property: agrees with UTC Date arithmetic and round-trips', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1901, 0, 1) / 86400000, max: Date.UTC(2199, 0, 1) / 86400000 }),
        fc.integer({ min: -40000, max: 40000 }),
        (epochDay, n) => {
          const date = new Date(epochDay * 86400000).toISOString().slice(0, 10);
          const expected = new Date((epochDay + n) * 86400000).toISOString().slice(0, 10);
          return addDays(date, n) === expected && addDays(addDays(date, n), -n) === date;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays within the years 0001–9999', () => {
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('2016-01-01', NaN)).toThrow(RangeError);
    expect(() => addDays('2016-02-30', 1)).toThrow(RangeError);
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2015, 2016, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2015, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('parseIsoDate, isValidDate and the API year range', () => {
  it('parses real dates into their parts and refuses the rest', () => {
    expect(parseIsoDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parseIsoDate('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
    expect(parseIsoDate('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
    expect(parseIsoDate('0000-01-01')).toBeNull();
    expect(parseIsoDate('2015-02-29')).toBeNull();
    expect(parseIsoDate(' 2016-02-29')).toBeNull();
    for (const notAString of [null, undefined, 20160229, new Date(0), {}]) {
      expect(parseIsoDate(notAString)).toBeNull();
      expect(isValidDate(notAString)).toBe(false);
    }
  });

  it('accepts years 1800..2999 only with API_DATE_YEARS, every year 0001..9999 otherwise', () => {
    expect(isValidDate('1800-01-01', API_DATE_YEARS)).toBe(true);
    expect(isValidDate('2999-12-31', API_DATE_YEARS)).toBe(true);
    expect(isValidDate('1799-12-31', API_DATE_YEARS)).toBe(false);
    expect(isValidDate('3000-01-01', API_DATE_YEARS)).toBe(false);
    expect(isValidDate('2015-02-29', API_DATE_YEARS)).toBe(false);
    expect(isValidDate('1799-12-31')).toBe(true);
    expect(isValidDate('3000-01-01')).toBe(true);
    expect(isValidDate('0001-01-01')).toBe(true);
    expect(isValidDate('0000-12-31')).toBe(false);
  });

  it('requireIsoDate names the argument in its RangeError', () => {
    expect(requireIsoDate('2016-06-30', 'asOf')).toEqual({ year: 2016, month: 6, day: 30 });
    expect(() => requireIsoDate('2016-06-31', 'asOf')).toThrow(/asOf must be a real date YYYY-MM-DD, got "2016-06-31"/);
  });

  it('formatIsoDate pads every part', () => {
    expect(formatIsoDate(1, 2, 3)).toBe('0001-02-03');
    expect(formatIsoDate(2016, 12, 31)).toBe('2016-12-31');
  });
});

describe('signedFullYearsBetween', () => {
  it('is fullYearsBetween, but negative when to is before from', () => {
    expect(signedFullYearsBetween('2015-06-30', '2016-06-30')).toBe(1);
    expect(signedFullYearsBetween('2012-02-29', '2013-02-28')).toBe(1);
    expect(signedFullYearsBetween('2016-06-30', '2016-06-30')).toBe(0);
    expect(signedFullYearsBetween('2016-07-01', '2016-06-30')).toBe(-1);
    expect(signedFullYearsBetween('2020-07-01', '2016-06-30')).toBe(-5);
    expect(() => signedFullYearsBetween('2016-02-30', D)).toThrow(RangeError);
  });
});

describe('todayInChina and toDateString', () => {
  it('takes the date in UTC+8', () => {
    expect(todayInChina(new Date('2016-06-30T15:59:59.999Z'))).toBe('2016-06-30');
    expect(todayInChina(new Date('2016-06-30T16:00:00.000Z'))).toBe('2016-07-01');
    expect(todayInChina(new Date('2016-12-31T16:00:00.000Z'))).toBe('2017-01-01');
  });

  it('normalises a DATE column to YYYY-MM-DD', () => {
    expect(toDateString(null)).toBeNull();
    expect(toDateString(undefined)).toBeNull();
    expect(toDateString('2016-06-30')).toBe('2016-06-30');
    expect(toDateString('2016-06-30 00:00:00')).toBe('2016-06-30');
    expect(toDateString(new Date('2016-06-30T00:00:00.000Z'))).toBe('2016-06-30');
  });
});
