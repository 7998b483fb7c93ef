import fc from 'fast-check';
import { addDays } from '../../common/dates';
import {
  DEFAULT_RATING_SCHEME,
  divRoundHalfUp,
  levelCounts,
  needsRectification,
  rateCenter,
  rectificationDue,
  validateScheme,
} from './rating.engine';
import { RatingInput, RatingScheme, StarLevel } from './rating.types';

/**
 * Arithmetic notation in the comments below: sub-scores s (service), a (area), y (seniority), p
 * (population) in hundredths; the weighted sum Σ = 550·s + 150·a + 100·y + 200·p is in
 * hundred-thousandths and total = round-half-up(Σ / 1000) in hundredths.
 */

const D = '2016-06-30';
const FIVE_YEARS = '2011-06-30'; // 5 full years on D → seniority 100.00 (y = 10000)
const ONE_YEAR = '2015-06-30'; // exactly 1 full year on D → seniority 20.00 (y = 2000)

/** A center with full marks everywhere (300 m², 1500 people, 5 years, service 100.0). */
function center(overrides: Partial<RatingInput> = {}): RatingInput {
  return {
    floorAreaCenti: 30000,
    plaqueDate: FIVE_YEARS,
    elderlyCount: 1500,
    disabledCount: 0,
    serviceScoreTenths: 1000,
    ...overrides,
  };
}

function scheme(overrides: Partial<RatingScheme> = {}): RatingScheme {
  return { ...structuredClone(DEFAULT_RATING_SCHEME), ...overrides };
}

describe('DEFAULT_RATING_SCHEME', () => {
  it('has the DOMAIN.md parameters and is valid', () => {
    expect(DEFAULT_RATING_SCHEME).toEqual({
      weights: { service: 550, area: 150, seniority: 100, population: 200 },
      areaFullAt: 300,
      seniorityPointsPerYear: 20,
      populationFullAt: 1500,
      thresholds: { FIVE: 9200, FOUR: 8400, THREE: 7600, TWO: 6800, ONE: 6000 },
      serviceVetoBelow: 5000,
      newIfYearsBelow: 1,
      rectifyLevels: ['ONE', 'FAIL'],
      rectificationDays: 90,
    });
    expect(validateScheme(DEFAULT_RATING_SCHEME)).toBeNull();
  });

  it('is frozen so that no caller can rewrite the defaults', () => {
    expect(Object.isFrozen(DEFAULT_RATING_SCHEME)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RATING_SCHEME.thresholds)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RATING_SCHEME.rectifyLevels)).toBe(true);
  });
});

describe('rateCenter — thresholds, exactly on and 0.01 below', () => {
  // Each case: [expected total, expected level, input]. Service 100.0 / 80.0 / 60.0, full area.
  const cases: [string, number, StarLevel, RatingInput][] = [
    // s=10000, a=10000, y=10000, p=900·10000/1500=6000:
    // Σ = 5,500,000 + 1,500,000 + 1,000,000 + 1,200,000 = 9,200,000 → 9200
    ['92.00', 9200, 'FIVE', center({ elderlyCount: 900 })],
    // p = 899·10000/1500 = 5993.33 → 5993: Σ = 8,000,000 + 1,198,600 = 9,198,600 → 9198.6 → 9199
    ['91.99', 9199, 'FOUR', center({ elderlyCount: 899 })],
    // p = 300·10000/1500 = 2000: Σ = 8,000,000 + 400,000 = 8,400,000 → 8400
    ['84.00', 8400, 'FOUR', center({ elderlyCount: 300 })],
    // p = 299·10000/1500 = 1993.33 → 1993: Σ = 8,000,000 + 398,600 = 8,398,600 → 8398.6 → 8399
    ['83.99', 8399, 'THREE', center({ elderlyCount: 299 })],
    // s=8000: 4,400,000; a: 1,500,000; y: 1,000,000; p = 525·10000/1500 = 3500: 700,000 → 7,600,000
    ['76.00', 7600, 'THREE', center({ serviceScoreTenths: 800, elderlyCount: 525 })],
    // p = 524·10000/1500 = 3493.33 → 3493: 698,600 → Σ = 7,598,600 → 7598.6 → 7599
    ['75.99', 7599, 'TWO', center({ serviceScoreTenths: 800, elderlyCount: 524 })],
    // s=8000: 4,400,000; a: 1,500,000; 1 year y=2000: 200,000; p=3500: 700,000 → 6,800,000
    ['68.00', 6800, 'TWO', center({ serviceScoreTenths: 800, plaqueDate: ONE_YEAR, elderlyCount: 525 })],
    // same with p=3493: Σ = 6,798,600 → 6798.6 → 6799
    ['67.99', 6799, 'ONE', center({ serviceScoreTenths: 800, plaqueDate: ONE_YEAR, elderlyCount: 524 })],
    // s=6000: 3,300,000; a: 1,500,000; y=2000: 200,000; p = 750·10000/1500 = 5000: 1,000,000 → 6,000,000
    ['60.00', 6000, 'ONE', center({ serviceScoreTenths: 600, plaqueDate: ONE_YEAR, elderlyCount: 750 })],
    // p = 749·10000/1500 = 4993.33 → 4993: 998,600 → Σ = 5,998,600 → 5998.6 → 5999
    ['59.99', 5999, 'FAIL', center({ serviceScoreTenths: 600, plaqueDate: ONE_YEAR, elderlyCount: 749 })],
  ];

  it.each(cases)('total %s → %s', (_label, total, level, input) => {
    const r = rateCenter(input, D);
    expect(r.total).toBe(total);
    expect(r.level).toBe(level);
    expect(r.rule).toBe('THRESHOLD');
  });

  it('shows every sub-score of the 92.00 case', () => {
    expect(rateCenter(center({ elderlyCount: 900 }), D)).toEqual({
      level: 'FIVE',
      rule: 'THRESHOLD',
      yearsOpen: 5,
      serviceScore: 10000,
      areaScore: 10000,
      seniorityScore: 10000,
      populationScore: 6000,
      total: 9200,
    });
  });

  it('rounds a weighted sum ending in exactly .5 hundredth up onto the threshold', () => {
    // a = 29910·100/300 = 9970 (299.10 m²), p = 903·10000/1500 = 6020, both exact:
    // Σ = 5,500,000 + 150·9970 (1,495,500) + 1,000,000 + 200·6020 (1,204,000) = 9,199,500 → 9199.5 → 9200
    const r = rateCenter(center({ floorAreaCenti: 29910, elderlyCount: 903 }), D);
    expect([r.areaScore, r.populationScore, r.total, r.level]).toEqual([9970, 6020, 9200, 'FIVE']);
  });

  it('rounds a weighted sum ending in .45 hundredth down', () => {
    // a = 29829·100/300 = 9943 (298.29 m²), p = 906·10000/1500 = 6040:
    // Σ = 5,500,000 + 1,491,450 + 1,000,000 + 1,208,000 = 9,199,450 → 9199.45 → 9199
    const r = rateCenter(center({ floorAreaCenti: 29829, elderlyCount: 906 }), D);
    expect([r.areaScore, r.populationScore, r.total, r.level]).toEqual([9943, 6040, 9199, 'FOUR']);
  });

  it('computes the total from the ROUNDED sub-scores', () => {
    // 100.30 m²: area = 10030·100/300 = 3343.33 → 3343. With the rounded score:
    // Σ = 5,500,000 + 150·3343 (501,450) + 1,000,000 + 2,000,000 = 9,001,450 → 9001.45 → 9001 (90.01).
    // From the unrounded 3343.33…, Σ would be 9,001,500 → 9002: the contract says 9001.
    const r = rateCenter(center({ floorAreaCenti: 10030 }), D);
    expect(r.areaScore).toBe(3343);
    expect(r.total).toBe(9001);
  });

  it('rounds the total half-up, not half-to-even', () => {
    // service 0.3 → s = 30: 550·30 = 16,500; 1 year → y = 2000: 200,000; no area, no people:
    // Σ = 216,500 → 216.5 → 217 (banker's rounding would give 216)
    const r = rateCenter(
      center({ serviceScoreTenths: 3, floorAreaCenti: 0, elderlyCount: 0, plaqueDate: ONE_YEAR }),
      D,
    );
    expect(r.total).toBe(217);
    expect(r.level).toBe('FAIL');
    // service 0.1 → 5,500 + 200,000 = 205,500 → 205.5 → 206
    expect(
      rateCenter(center({ serviceScoreTenths: 1, floorAreaCenti: 0, elderlyCount: 0, plaqueDate: ONE_YEAR }), D).total,
    ).toBe(206);
  });
});

describe('rateCenter — veto', () => {
  it('service 49.9 is FAIL by veto whatever the total, and the total is still reported', () => {
    // s = 4990 < 5000: Σ = 550·4990 (2,744,500) + 4,500,000 = 7,244,500 → 7244.5 → 7245 (TWO without veto)
    const r = rateCenter(center({ serviceScoreTenths: 499 }), D);
    expect(r).toMatchObject({ level: 'FAIL', rule: 'VETO', serviceScore: 4990, total: 7245 });
  });

  it('service 50.0 is not vetoed', () => {
    // s = 5000: Σ = 2,750,000 + 4,500,000 = 7,250,000 → 7250 → TWO
    const r = rateCenter(center({ serviceScoreTenths: 500 }), D);
    expect(r).toMatchObject({ level: 'TWO', rule: 'THRESHOLD', serviceScore: 5000, total: 7250 });
  });

  it('a custom veto of 0 never vetoes; a veto of 100.00 vetoes all but a perfect service', () => {
    expect(rateCenter(center({ serviceScoreTenths: 0 }), D, scheme({ serviceVetoBelow: 0 })).rule).toBe('THRESHOLD');
    expect(rateCenter(center({ serviceScoreTenths: 999 }), D, scheme({ serviceVetoBelow: 10000 })).rule).toBe('VETO');
    expect(rateCenter(center({ serviceScoreTenths: 1000 }), D, scheme({ serviceVetoBelow: 10000 })).level).toBe(
      'FIVE',
    );
  });
});

describe('rateCenter — NEW and seniority', () => {
  it('first anniversary exactly on D: not NEW, 1 full year, seniority 20.00', () => {
    const r = rateCenter(center({ plaqueDate: '2015-06-30' }), D);
    expect(r.level).not.toBe('NEW');
    expect(r.yearsOpen).toBe(1);
    expect(r.seniorityScore).toBe(2000);
  });

  it('first anniversary one day after D: NEW with no score', () => {
    expect(rateCenter(center({ plaqueDate: '2015-07-01' }), D)).toEqual({
      level: 'NEW',
      rule: 'NEW',
      yearsOpen: 0,
      serviceScore: null,
      areaScore: null,
      seniorityScore: null,
      populationScore: null,
      total: null,
    });
  });

  it('a plaque on D itself is NEW (0 years); so is a plaque after D', () => {
    expect(rateCenter(center({ plaqueDate: D }), D).level).toBe('NEW');
    expect(rateCenter(center({ plaqueDate: '2016-07-01' }), D)).toMatchObject({ level: 'NEW', yearsOpen: 0 });
  });

  it('leap-day plaque: the anniversary in a non-leap year is 28 February', () => {
    expect(rateCenter(center({ plaqueDate: '2012-02-29' }), '2013-02-27').level).toBe('NEW');
    expect(rateCenter(center({ plaqueDate: '2012-02-29' }), '2013-02-28')).toMatchObject({
      yearsOpen: 1,
      seniorityScore: 2000,
    });
    // 2016 is a leap year: the 4th anniversary is 29 February, not 28
    expect(rateCenter(center({ plaqueDate: '2012-02-29' }), '2016-02-28').yearsOpen).toBe(3);
    expect(rateCenter(center({ plaqueDate: '2012-02-29' }), '2016-02-29').yearsOpen).toBe(4);
  });

  it('seniority: 20 points a year, capped at 100 from the 5th year', () => {
    const seniority = (plaqueDate: string) => rateCenter(center({ plaqueDate }), D).seniorityScore;
    expect(seniority('2015-06-30')).toBe(2000);
    expect(seniority('2012-07-01')).toBe(6000); // 3 years (4th anniversary is 2016-07-01)
    expect(seniority('2012-06-30')).toBe(8000);
    expect(seniority('2011-06-30')).toBe(10000);
    expect(seniority('1990-01-01')).toBe(10000);
  });

  it('custom newIfYearsBelow: 0 rates a brand-new center, 2 makes a one-year-old NEW', () => {
    const r0 = rateCenter(center({ plaqueDate: D }), D, scheme({ newIfYearsBelow: 0 }));
    expect(r0).toMatchObject({ yearsOpen: 0, seniorityScore: 0, rule: 'THRESHOLD' });
    // s, a, p full, y = 0: Σ = 9,000,000 → 90.00 → FOUR
    expect(r0.total).toBe(9000);
    expect(rateCenter(center({ plaqueDate: ONE_YEAR }), D, scheme({ newIfYearsBelow: 2 })).level).toBe('NEW');
    expect(rateCenter(center({ plaqueDate: '2014-06-30' }), D, scheme({ newIfYearsBelow: 2 })).level).not.toBe('NEW');
  });
});

describe('rateCenter — area and population caps and rounding', () => {
  const area = (floorAreaCenti: number, s?: RatingScheme) => rateCenter(center({ floorAreaCenti }), D, s).areaScore;
  const population = (elderlyCount: number, disabledCount = 0, s?: RatingScheme) =>
    rateCenter(center({ elderlyCount, disabledCount }), D, s).populationScore;

  it('area: 300 m² and more score exactly 100', () => {
    expect(area(30000)).toBe(10000); // 300.00 m²: 30000·100/300 = 10000
    expect(area(30001)).toBe(10000); // 300.01 m²: 10000.33 → capped
    expect(area(500000)).toBe(10000); // 5000 m²
  });

  it('area just below 300 m²: 299.99 rounds up to 100.00, 299.98 does not', () => {
    expect(area(29999)).toBe(10000); // 29999·100/300 = 9999.67 → 10000
    expect(area(29998)).toBe(9999); // 9999.33 → 9999
  });

  it('area rounds half-up to two decimals', () => {
    expect(area(10001)).toBe(3334); // 100.01 m² ÷ 3 = 33.3367 → 33.34
    expect(area(10000)).toBe(3333); // 100.00 m² ÷ 3 = 33.3333 → 33.33
    expect(area(10002)).toBe(3334); // 100.02 ÷ 3 = 33.34 exactly
    expect(area(1)).toBe(0); // 0.01 m² ÷ 3 = 0.0033 → 0.00
    expect(area(2)).toBe(1); // 0.02 m² ÷ 3 = 0.0067 → 0.01
    // areaFullAt 200 makes exact halves: 100.01 m² → 10001·100/200 = 5000.5 → 5001
    expect(area(10001, scheme({ areaFullAt: 200 }))).toBe(5001);
    expect(area(5, scheme({ areaFullAt: 200 }))).toBe(3); // 2.5 → 3 (half-to-even would give 2)
  });

  it('population: 1500 people and more score 100; elderly and disabled add up', () => {
    expect(population(1500)).toBe(10000);
    expect(population(1499)).toBe(9993); // 1499·10000/1500 = 9993.33 → 9993
    expect(population(1501)).toBe(10000);
    expect(population(1000, 500)).toBe(10000);
    expect(population(1000, 499)).toBe(9993);
    expect(population(0)).toBe(0);
    expect(population(1)).toBe(7); // 6.67 → 7
  });

  it('population rounds half-up (populationFullAt 40000: p = people / 4 hundredths)', () => {
    const s = scheme({ populationFullAt: 40000 });
    expect(population(2, 0, s)).toBe(1); // 0.5 → 1
    expect(population(10, 0, s)).toBe(3); // 2.5 → 3 (not 2)
    expect(population(9, 0, s)).toBe(2); // 2.25 → 2
  });

  it('caps a service score outside 0..100 and negative inputs at 0', () => {
    expect(rateCenter(center({ serviceScoreTenths: 1500 }), D).serviceScore).toBe(10000);
    const r = rateCenter(center({ floorAreaCenti: -100, elderlyCount: -5, serviceScoreTenths: -1 }), D);
    expect([r.serviceScore, r.areaScore, r.populationScore]).toEqual([0, 0, 0]);
  });
});

describe('rateCenter — custom schemes and bad input', () => {
  it('uses the scheme weights and thresholds', () => {
    // Only the service counts: total = service.
    const serviceOnly = scheme({
      weights: { service: 1000, area: 0, seniority: 0, population: 0 },
      thresholds: { FIVE: 9000, FOUR: 8000, THREE: 7000, TWO: 6000, ONE: 5500 },
    });
    const r = rateCenter(center({ serviceScoreTenths: 900, floorAreaCenti: 0, elderlyCount: 0 }), D, serviceOnly);
    expect([r.total, r.level]).toEqual([9000, 'FIVE']);
    const r2 = rateCenter(center({ serviceScoreTenths: 549 }), D, serviceOnly);
    expect([r2.total, r2.level]).toEqual([5490, 'FAIL']);
  });

  it('weights need not add up to 1000', () => {
    // every weight 1000: Σ = 1000·(10000·4) = 40,000,000 → 40000 (400.00)
    const big = scheme({ weights: { service: 1000, area: 1000, seniority: 1000, population: 1000 } });
    expect(rateCenter(center(), D, big)).toMatchObject({ total: 40000, level: 'FIVE' });
  });

  it('seniorityPointsPerYear 25: 100 in the 4th year', () => {
    const s = scheme({ seniorityPointsPerYear: 25 });
    expect(rateCenter(center({ plaqueDate: '2013-06-30' }), D, s).seniorityScore).toBe(7500);
    expect(rateCenter(center({ plaqueDate: '2012-06-30' }), D, s).seniorityScore).toBe(10000);
  });

  it('throws on an invalid scheme, a bad date or a non-integer input', () => {
    expect(() => rateCenter(center(), D, scheme({ areaFullAt: 0 }))).toThrow(/areaFullAt/);
    expect(() => rateCenter(center(), '2016-02-30')).toThrow(RangeError);
    expect(() => rateCenter(center({ plaqueDate: '2016-6-1' }), D)).toThrow(RangeError);
    expect(() => rateCenter(center({ floorAreaCenti: 100.5 }), D)).toThrow(/floorAreaCenti/);
    expect(() => rateCenter(center({ serviceScoreTenths: NaN }), D)).toThrow(/serviceScoreTenths/);
  });

  it('property: the level always agrees with the total, veto and thresholds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 4000 }),
        (floorAreaCenti, elderlyCount, disabledCount, serviceScoreTenths, daysBefore) => {
          const plaqueDate = addDays(D, -daysBefore);
          const r = rateCenter({ floorAreaCenti, elderlyCount, disabledCount, serviceScoreTenths, plaqueDate }, D);
          if (r.level === 'NEW') return r.yearsOpen === 0 && r.total === null;
          const subs = [r.serviceScore!, r.areaScore!, r.seniorityScore!, r.populationScore!];
          if (subs.some((x) => x < 0 || x > 10000 || !Number.isInteger(x))) return false;
          // total recomputed independently with exact rationals: Σ/1000 rounded half-up
          const sum = 550 * subs[0] + 150 * subs[1] + 100 * subs[2] + 200 * subs[3];
          if (r.total !== Math.floor(sum / 1000) + (sum % 1000 >= 500 ? 1 : 0)) return false;
          if (r.serviceScore! < 5000) return r.level === 'FAIL' && r.rule === 'VETO';
          const t = r.total!;
          const expected = (['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE'] as const).find(
            (level) => t >= DEFAULT_RATING_SCHEME.thresholds[level],
          ) ?? 'FAIL';
          return r.level === expected && r.rule === 'THRESHOLD';
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rectificationDue and needsRectification', () => {
  it('rectification is due rectificationDays after D', () => {
    expect(rectificationDue(D)).toBe('2016-09-28');
    expect(rectificationDue(D, scheme({ rectificationDays: 30 }))).toBe('2016-07-30');
  });

  it('only the rectify levels (never NEW) need rectification', () => {
    const all: StarLevel[] = ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE', 'FAIL', 'NEW'];
    expect(all.filter((l) => needsRectification(l))).toEqual(['ONE', 'FAIL']);
    expect(needsRectification('TWO', scheme({ rectifyLevels: ['TWO', 'ONE', 'FAIL'] }))).toBe(true);
  });
});

describe('levelCounts', () => {
  it('has all seven keys', () => {
    expect(levelCounts([])).toEqual({ FIVE: 0, FOUR: 0, THREE: 0, TWO: 0, ONE: 0, FAIL: 0, NEW: 0 });
    expect(levelCounts(['FIVE', 'NEW', 'FIVE', 'FAIL'])).toEqual({
      FIVE: 2,
      FOUR: 0,
      THREE: 0,
      TWO: 0,
      ONE: 0,
      FAIL: 1,
      NEW: 1,
    });
  });

  it('rejects an unknown level (even an Object.prototype name)', () => {
    expect(() => levelCounts(['SIX' as StarLevel])).toThrow(RangeError);
    expect(() => levelCounts(['toString' as StarLevel])).toThrow(RangeError);
  });
});

describe('validateScheme', () => {
  const bad: [string, Partial<RatingScheme> | ((s: RatingScheme) => void), string][] = [
    ['negative weight', (s) => (s.weights.area = -1), 'weights.area'],
    ['fractional weight', (s) => (s.weights.service = 0.55), 'weights.service'],
    ['all weights zero', { weights: { service: 0, area: 0, seniority: 0, population: 0 } }, 'weights'],
    ['areaFullAt 0', { areaFullAt: 0 }, 'areaFullAt'],
    ['areaFullAt fractional', { areaFullAt: 299.5 }, 'areaFullAt'],
    ['populationFullAt 0', { populationFullAt: 0 }, 'populationFullAt'],
    ['populationFullAt negative', { populationFullAt: -1500 }, 'populationFullAt'],
    ['negative points per year', { seniorityPointsPerYear: -20 }, 'seniorityPointsPerYear'],
    ['threshold equal to the one above', (s) => (s.thresholds.FOUR = 9200), 'thresholds.FOUR'],
    ['thresholds not descending', (s) => (s.thresholds.ONE = 7000), 'thresholds.ONE'],
    ['negative threshold', (s) => (s.thresholds.ONE = -1), 'thresholds.ONE'],
    ['NaN threshold', (s) => (s.thresholds.THREE = NaN), 'thresholds.THREE'],
    ['veto above 100', { serviceVetoBelow: 10001 }, 'serviceVetoBelow'],
    ['negative veto', { serviceVetoBelow: -1 }, 'serviceVetoBelow'],
    ['negative newIfYearsBelow', { newIfYearsBelow: -1 }, 'newIfYearsBelow'],
    ['unknown rectify level', { rectifyLevels: ['ZERO' as StarLevel] }, 'rectifyLevels'],
    ['NEW as rectify level', { rectifyLevels: ['NEW'] }, 'rectifyLevels'],
    ['duplicate rectify level', { rectifyLevels: ['ONE', 'ONE'] }, 'rectifyLevels'],
    ['negative rectificationDays', { rectificationDays: -1 }, 'rectificationDays'],
    ['huge rectificationDays', { rectificationDays: 100000 }, 'rectificationDays'],
    ['missing thresholds', { thresholds: undefined as unknown as RatingScheme['thresholds'] }, 'thresholds.FIVE'],
  ];

  it.each(bad)('%s → %s', (_label, change, field) => {
    const s = scheme();
    if (typeof change === 'function') change(s);
    else Object.assign(s, change);
    const error = validateScheme(s);
    expect(error).not.toBeNull();
    expect(error!.field).toBe(field);
    expect(error!.message.length).toBeGreaterThan(0);
  });

  it('accepts valid custom schemes', () => {
    expect(validateScheme(scheme({ rectifyLevels: [], rectificationDays: 0, newIfYearsBelow: 0 }))).toBeNull();
    expect(
      validateScheme(scheme({ thresholds: { FIVE: 5, FOUR: 4, THREE: 3, TWO: 2, ONE: 1 }, serviceVetoBelow: 0 })),
    ).toBeNull();
    expect(validateScheme(scheme({ weights: { service: 0, area: 0, seniority: 0, population: 1 } }))).toBeNull();
  });

  it('does not crash on garbage', () => {
    expect(validateScheme(null as unknown as RatingScheme)?.field).toBe('weights.service');
    expect(validateScheme({} as RatingScheme)?.field).toBe('weights.service');
  });
});

describe('divRoundHalfUp', () => {
  it('divRoundHalfUp rounds ties toward +∞ and rejects a non-positive divisor', () => {
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(7n, 2n)).toBe(4n);
    expect(divRoundHalfUp(-5n, 2n)).toBe(-2n);
    expect(divRoundHalfUp(-7n, 3n)).toBe(-2n);
    expect(divRoundHalfUp(0n, 3n)).toBe(0n);
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});
