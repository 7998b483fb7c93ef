import { addDays, fromDayNumber, toDayNumber } from './dates';
import { ageOn, birthDateRangeForAge, isAliveOn, isCentenarian, isFreeExamEligible } from './resident-rules';

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('1956-06-30', '2016-06-30')).toBe(60);
    expect(ageOn('1956-07-01', '2016-06-30')).toBe(59);
    expect(ageOn('1916-06-30', '2016-06-30')).toBe(100);
    expect(ageOn('1916-07-01', '2016-06-30')).toBe(99);
    expect(ageOn('2016-06-30', '2016-06-30')).toBe(0);
    expect(ageOn('2016-07-01', '2016-06-30')).toBe(-1);
  });

  it('reaches a 29 February birthday on 28 February in non-leap years', () => {
    expect(ageOn('1948-02-29', '2015-02-27')).toBe(66);
    expect(ageOn('1948-02-29', '2015-02-28')).toBe(67);
    expect(ageOn('1948-02-29', '2016-02-28')).toBe(67);
    expect(ageOn('1948-02-29', '2016-02-29')).toBe(68);
    expect(ageOn('1948-02-29', '2100-02-28')).toBe(152);
    expect(ageOn('1948-02-28', '2016-02-28')).toBe(68);
    expect(ageOn('1948-03-01', '2015-02-28')).toBe(66);
  });

  it('does not depend on the time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(ageOn('1956-06-30', '2016-06-30')).toBe(60);
      process.env.TZ = 'America/Adak';
      expect(ageOn('1956-06-30', '2016-06-30')).toBe(60);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('rejects malformed dates', () => {
    expect(() => ageOn('1956-02-30', '2016-06-30')).toThrow(RangeError);
    expect(() => ageOn('1956-01-01', '20160630')).toThrow(RangeError);
  });
});

describe('isCentenarian', () => {
  it('is age ≥ 100', () => {
    expect(isCentenarian('1916-06-30', '2016-06-30')).toBe(true);
    expect(isCentenarian('1916-07-01', '2016-06-30')).toBe(false);
    expect(isCentenarian('1910-01-01', '2016-06-30')).toBe(true);
  });
});

describe('isFreeExamEligible', () => {
  const base = { birthDate: '1950-05-01', householdRegistered: true, hasEmployer: false, deceasedOn: null };
  const D = '2016-06-30';

  it('needs alive, 60+, registered and no employer', () => {
    expect(isFreeExamEligible(base, D)).toBe(true);
    expect(isFreeExamEligible({ ...base, householdRegistered: false }, D)).toBe(false);
    expect(isFreeExamEligible({ ...base, hasEmployer: true }, D)).toBe(false);
    expect(isFreeExamEligible({ ...base, birthDate: '1956-07-01' }, D)).toBe(false);
    expect(isFreeExamEligible({ ...base, birthDate: '1956-06-30' }, D)).toBe(true);
  });

  it('is about being alive on the date', () => {
    expect(isFreeExamEligible({ ...base, deceasedOn: '2016-06-29' }, D)).toBe(false);
    expect(isFreeExamEligible({ ...base, deceasedOn: '2016-06-30' }, D)).toBe(false);
    expect(isFreeExamEligible({ ...base, deceasedOn: '2016-07-01' }, D)).toBe(true);
    expect(isAliveOn(null, D)).toBe(true);
    expect(isAliveOn('2016-07-01', D)).toBe(true);
    expect(isAliveOn('2016-06-30', D)).toBe(false);
  });
});

describe('birthDateRangeForAge', () => {
  it('gives the expected bounds', () => {
    expect(birthDateRangeForAge(60, undefined, '2016-06-30')).toEqual({ bornOnOrBefore: '1956-06-30' });
    expect(birthDateRangeForAge(undefined, 99, '2016-06-30')).toEqual({ bornOnOrAfter: '1916-07-01' });
    expect(birthDateRangeForAge(60, 69, '2016-06-30')).toEqual({ bornOnOrAfter: '1946-07-01', bornOnOrBefore: '1956-06-30' });
    expect(birthDateRangeForAge(100, 100, '2016-06-30')).toEqual({ bornOnOrAfter: '1915-07-01', bornOnOrBefore: '1916-06-30' });
    expect(birthDateRangeForAge(undefined, undefined, '2016-06-30')).toEqual({});
  });

  it('handles 29 February on both sides', () => {
    // On 28 Feb 2017 those born on 29 Feb 2016 are 1.
    expect(birthDateRangeForAge(1, undefined, '2017-02-28')).toEqual({ bornOnOrBefore: '2016-02-29' });
    expect(birthDateRangeForAge(undefined, 0, '2017-02-28')).toEqual({ bornOnOrAfter: '2016-03-01' });
    // On 29 Feb 2016 the latest birth date for age 1 is 28 Feb 2015.
    expect(birthDateRangeForAge(1, undefined, '2016-02-29')).toEqual({ bornOnOrBefore: '2015-02-28' });
    expect(birthDateRangeForAge(4, undefined, '2016-02-29')).toEqual({ bornOnOrBefore: '2012-02-29' });
  });

  it('an impossible range matches nothing', () => {
    const r = birthDateRangeForAge(70, 60, '2016-06-30');
    expect(r.bornOnOrAfter! > r.bornOnOrBefore!).toBe(true);
  });

  it('rejects negative or fractional ages and bad dates', () => {
    expect(() => birthDateRangeForAge(-1, undefined, '2016-06-30')).toThrow(RangeError);
    expect(() => birthDateRangeForAge(undefined, 1.5, '2016-06-30')).toThrow(RangeError);
    expect(() => birthDateRangeForAge(60, 70, '2016-06-31')).toThrow(RangeError);
  });

  /** Every day of the windows that matter: around 29 Feb in leap, non-leap and century years, year ends. */
  function asOfDates(): string[] {
    const out: string[] = [];
    const windows: [string, number][] = [
      ['2015-12-20', 90], // 2015-12-20 .. 2016-03-18: year end, leap February
      ['2017-02-20', 15], // non-leap February after a leap year
      ['2016-06-25', 10], // the demo assessment date
      ['2099-02-24', 10],
      ['2100-02-24', 10], // 2100 is not a leap year
      ['2000-02-24', 10], // 2000 is
      ['2019-12-28', 8],
    ];
    for (const [start, n] of windows) for (let i = 0; i < n; i++) out.push(addDays(start, i));
    return out;
  }

  it('matches ageOn exactly, bound by bound (exhaustive over dates)', () => {
    const ages = [0, 1, 2, 3, 4, 5, 6, 8];
    let checked = 0;
    for (const asOf of asOfDates()) {
      const lower = ages.map((k) => birthDateRangeForAge(k, undefined, asOf).bornOnOrBefore!);
      const upper = ages.map((k) => birthDateRangeForAge(undefined, k, asOf).bornOnOrAfter!);
      const first = toDayNumber(asOf) - 10 * 366;
      const last = toDayNumber(asOf) + 3;
      for (let n = first; n <= last; n++) {
        const b = fromDayNumber(n);
        const age = ageOn(b, asOf);
        for (let i = 0; i < ages.length; i++) {
          if (age >= ages[i] !== b <= lower[i]) throw new Error(`age ≥ ${ages[i]}: born ${b}, asOf ${asOf}, age ${age}`);
          if (age <= ages[i] !== b >= upper[i]) throw new Error(`age ≤ ${ages[i]}: born ${b}, asOf ${asOf}, age ${age}`);
          checked += 2;
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000_000);
  });

  it('combines both bounds into the intersection', () => {
    for (const asOf of asOfDates()) {
      for (let min = 0; min <= 6; min++) {
        for (let max = 0; max <= 6; max++) {
          expect(birthDateRangeForAge(min, max, asOf)).toEqual({
            bornOnOrAfter: birthDateRangeForAge(undefined, max, asOf).bornOnOrAfter,
            bornOnOrBefore: birthDateRangeForAge(min, undefined, asOf).bornOnOrBefore,
          });
        }
      }
    }
  });

  it('matches ageOn for old ages on the demo date', () => {
    const asOf = '2016-06-30';
    for (const [min, max] of [
      [60, 69],
      [80, 89],
      [100, undefined],
      [60, 60],
      [99, 100],
    ] as [number, number | undefined][]) {
      const r = birthDateRangeForAge(min, max, asOf);
      for (let n = toDayNumber('1905-01-01'); n <= toDayNumber('1960-12-31'); n++) {
        const b = fromDayNumber(n);
        const age = ageOn(b, asOf);
        const inAges = age >= min && (max === undefined || age <= max);
        const inRange = (r.bornOnOrAfter === undefined || b >= r.bornOnOrAfter) && (r.bornOnOrBefore === undefined || b <= r.bornOnOrBefore);
        if (inAges !== inRange) throw new Error(`[${min}, ${max}] born ${b}: age ${age}`);
      }
    }
  });
});
