import fc from 'fast-check';
import { STAR_LEVELS, StarLevel } from '../rating/rating.types';
import {
  allocate,
  allocateLargestRemainder,
  AllocationError,
  DEFAULT_LEVEL_AMOUNTS,
  DEFAULT_LEVEL_WEIGHTS,
  WeightedItem,
} from './allocation';

const RUNS = { numRuns: 300 };

const items = (...rows: [string, bigint][]): WeightedItem[] =>
  rows.map(([code, weight]) => ({ key: `id-${code}`, code, weight }));

const centers = (...rows: [string, StarLevel][]) => rows.map(([code, level]) => ({ key: `id-${code}`, code, level }));

/** Expects `fn` to throw an AllocationError on `field`. */
function expectAllocationError(fn: () => unknown, field: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AllocationError);
  expect(error).toBeInstanceOf(Error);
  expect((error as AllocationError).field).toBe(field);
  expect((error as AllocationError).code).toBe('BAD_USER_INPUT');
}

describe('defaults', () => {
  it('match DOMAIN.md', () => {
    expect(DEFAULT_LEVEL_WEIGHTS).toEqual({
      FIVE: 1600,
      FOUR: 1300,
      THREE: 1000,
      TWO: 800,
      ONE: 500,
      FAIL: 0,
      NEW: 1000,
    });
    expect(DEFAULT_LEVEL_AMOUNTS).toEqual({
      FIVE: 60000n,
      FOUR: 50000n,
      THREE: 40000n,
      TWO: 30000n,
      ONE: 20000n,
      FAIL: 0n,
      NEW: 30000n,
    });
  });
});

describe('allocateLargestRemainder — worked examples', () => {
  it('B = 100, weights 1/1/1 → 34, 33, 33: the left-over yuan goes to the smallest code', () => {
    // base = ⌊100·1/3⌋ = 33 each, remainder 1 each (a three-way tie), left over 100 − 99 = 1 → code A
    const result = allocateLargestRemainder(100n, items(['B', 1n], ['C', 1n], ['A', 1n]));
    expect(Object.fromEntries(result)).toEqual({ 'id-A': 34n, 'id-B': 33n, 'id-C': 33n });
  });

  it('B = 101, weights 1/1/1 → 34, 34, 33', () => {
    const result = allocateLargestRemainder(101n, items(['C', 1n], ['B', 1n], ['A', 1n]));
    expect(Object.fromEntries(result)).toEqual({ 'id-A': 34n, 'id-B': 34n, 'id-C': 33n });
  });

  it('compares codes as plain strings (uppercase before lowercase, "10" before "9")', () => {
    expect(Object.fromEntries(allocateLargestRemainder(1n, items(['b', 1n], ['B', 1n])))).toEqual({
      'id-B': 1n,
      'id-b': 0n,
    });
    expect(Object.fromEntries(allocateLargestRemainder(1n, items(['XG-9', 1n], ['XG-10', 1n])))).toEqual({
      'id-XG-10': 1n,
      'id-XG-9': 0n,
    });
  });

  it('the largest remainder wins before the code', () => {
    // W = 3100, B = 10000:
    //   Z 1600: 16,000,000 = 5161·3100 + 900   → 5161
    //   Y 1000: 10,000,000 = 3225·3100 + 2500  → 3225 + 1 = 3226
    //   X  500:  5,000,000 = 1612·3100 + 2800  → 1612 + 1 = 1613
    //   W    0:                                   0
    // Σ base = 9998, 2 yuan left → remainders 2800 (X) and 2500 (Y).
    const result = allocateLargestRemainder(10000n, items(['Z', 1600n], ['Y', 1000n], ['X', 500n], ['W', 0n]));
    expect(Object.fromEntries(result)).toEqual({ 'id-Z': 5161n, 'id-Y': 3226n, 'id-X': 1613n, 'id-W': 0n });
  });

  it('a zero budget gives zeros', () => {
    expect([...allocateLargestRemainder(0n, items(['A', 5n], ['B', 1n])).values()]).toEqual([0n, 0n]);
  });

  it('handles amounts far beyond 2^53', () => {
    const B = 10n ** 30n + 1n;
    const result = allocateLargestRemainder(B, items(['A', 1n], ['B', 1n]));
    expect(result.get('id-A')).toBe(5n * 10n ** 29n + 1n);
    expect(result.get('id-B')).toBe(5n * 10n ** 29n);
  });

  it('throws AllocationError on W = 0, a negative weight, a negative budget, a repeated key', () => {
    expectAllocationError(() => allocateLargestRemainder(100n, []), 'weights');
    expectAllocationError(() => allocateLargestRemainder(100n, items(['A', 0n], ['B', 0n])), 'weights');
    expectAllocationError(() => allocateLargestRemainder(100n, items(['A', 2n], ['B', -1n])), 'weights');
    expectAllocationError(() => allocateLargestRemainder(-1n, items(['A', 1n])), 'budgetYuan');
    expectAllocationError(
      () => allocateLargestRemainder(10n, [{ key: 'k', code: 'A', weight: 1n }, { key: 'k', code: 'B', weight: 1n }]),
      'key',
    );
  });
});

describe('allocate — WEIGHTED', () => {
  it('the demo district: 165 centers, W = 162,000 thousandths, B = 8,100,000 → 50 yuan per thousandth', () => {
    // W = 5·1600 + 28·1300 + 80·1000 + 37·800 + 10·500 + 2·0 + 3·1000
    //   = 8000 + 36400 + 80000 + 29600 + 5000 + 0 + 3000 = 162,000; B / W = 50 exactly.
    const counts: Record<StarLevel, number> = { FIVE: 5, FOUR: 28, THREE: 80, TWO: 37, ONE: 10, FAIL: 2, NEW: 3 };
    const list = STAR_LEVELS.flatMap((level) =>
      Array.from({ length: counts[level] }, (_, i) => ({ key: `${level}-${i}`, code: `XG-${level}-${i}`, level })),
    );
    const out = allocate({ budgetYuan: 8100000n, mode: 'WEIGHTED', centers: list });
    expect(out.effectiveMode).toBe('WEIGHTED');
    expect(out.allocatedYuan).toBe(8100000n);
    expect(out.unallocatedYuan).toBe(0n);
    const amountOf = (level: StarLevel) =>
      new Set(out.allocations.filter((a) => a.level === level).map((a) => a.amountYuan));
    expect(amountOf('FIVE')).toEqual(new Set([80000n]));
    expect(amountOf('FOUR')).toEqual(new Set([65000n]));
    expect(amountOf('THREE')).toEqual(new Set([50000n]));
    expect(amountOf('TWO')).toEqual(new Set([40000n]));
    expect(amountOf('ONE')).toEqual(new Set([25000n]));
    expect(amountOf('FAIL')).toEqual(new Set([0n]));
    expect(amountOf('NEW')).toEqual(new Set([50000n]));
    expect(out.allocations.reduce((s, a) => s + a.amountYuan, 0n)).toBe(8100000n);
  });

  it('reports weight, null demand, and the reason of each zero', () => {
    // W = 1600 + 1000 + 0 = 2600, B = 1: FIVE 1600/2600 → 0 r 1600, THREE 0 r 1000 → the yuan goes to FIVE.
    const out = allocate({
      budgetYuan: 1n,
      mode: 'WEIGHTED',
      centers: centers(['C', 'FIVE'], ['A', 'THREE'], ['B', 'FAIL']),
    });
    expect(out.allocations).toEqual([
      { key: 'id-C', level: 'FIVE', weight: 1600, demandYuan: null, amountYuan: 1n, reason: null },
      { key: 'id-A', level: 'THREE', weight: 1000, demandYuan: null, amountYuan: 0n, reason: 'ROUNDED_TO_ZERO' },
      { key: 'id-B', level: 'FAIL', weight: 0, demandYuan: null, amountYuan: 0n, reason: 'LEVEL_WEIGHT_ZERO' },
    ]);
  });

  it('custom weights override the defaults level by level', () => {
    // FAIL 500, FIVE 1500 (others default, unused): W = 2000, B = 1000 → 750 / 250
    const out = allocate({
      budgetYuan: 1000n,
      mode: 'WEIGHTED',
      weights: { FAIL: 500, FIVE: 1500 },
      centers: centers(['A', 'FIVE'], ['B', 'FAIL']),
    });
    expect(out.allocations.map((a) => [a.weight, a.amountYuan, a.reason])).toEqual([
      [1500, 750n, null],
      [500, 250n, null],
    ]);
  });

  it('W = 0 (no center, or only zero-weight levels) is an AllocationError on "weights"', () => {
    expectAllocationError(() => allocate({ budgetYuan: 100n, mode: 'WEIGHTED', centers: [] }), 'weights');
    expectAllocationError(
      () => allocate({ budgetYuan: 100n, mode: 'WEIGHTED', centers: centers(['A', 'FAIL'], ['B', 'FAIL']) }),
      'weights',
    );
  });

  it('rejects bad parameters with the field at fault', () => {
    const list = centers(['A', 'FIVE']);
    expectAllocationError(() => allocate({ budgetYuan: -1n, mode: 'WEIGHTED', centers: list }), 'budgetYuan');
    expectAllocationError(
      () => allocate({ budgetYuan: 1n, mode: 'WEIGHTED', weights: { TWO: -800 }, centers: list }),
      'weights.TWO',
    );
    expectAllocationError(
      () => allocate({ budgetYuan: 1n, mode: 'WEIGHTED', weights: { FIVE: 1.6 }, centers: list }),
      'weights.FIVE',
    );
    expectAllocationError(
      () => allocate({ budgetYuan: 1n, mode: 'FIXED_PER_LEVEL', amounts: { ONE: -1n }, centers: list }),
      'amounts.ONE',
    );
    expectAllocationError(
      () => allocate({ budgetYuan: 1n, mode: 'WEIGHTED', centers: centers(['A', 'SIX' as StarLevel]) }),
      'level',
    );
    expectAllocationError(
      () => allocate({ budgetYuan: 1n, mode: 'BOGUS' as 'WEIGHTED', centers: list }),
      'mode',
    );
    expectAllocationError(
      () => allocate({ budgetYuan: 1n, mode: 'FIXED_PER_LEVEL', centers: [...list, ...list] }),
      'key',
    );
  });
});

describe('allocate — FIXED_PER_LEVEL', () => {
  it('under budget: each center gets its level amount, the rest stays unallocated', () => {
    // 60,000 + 50,000 + 0 = 110,000 ≤ 200,000 → 90,000 unallocated
    const out = allocate({
      budgetYuan: 200000n,
      mode: 'FIXED_PER_LEVEL',
      centers: centers(['A', 'FIVE'], ['B', 'FOUR'], ['C', 'FAIL']),
    });
    expect(out.effectiveMode).toBe('FIXED');
    expect(out.allocatedYuan).toBe(110000n);
    expect(out.unallocatedYuan).toBe(90000n);
    expect(out.allocations).toEqual([
      { key: 'id-A', level: 'FIVE', weight: null, demandYuan: 60000n, amountYuan: 60000n, reason: null },
      { key: 'id-B', level: 'FOUR', weight: null, demandYuan: 50000n, amountYuan: 50000n, reason: null },
      { key: 'id-C', level: 'FAIL', weight: null, demandYuan: 0n, amountYuan: 0n, reason: 'LEVEL_AMOUNT_ZERO' },
    ]);
  });

  it('exactly on budget: FIXED, nothing unallocated', () => {
    const list = centers(['A', 'FIVE'], ['B', 'FOUR']);
    const out = allocate({ budgetYuan: 110000n, mode: 'FIXED_PER_LEVEL', centers: list });
    expect([out.effectiveMode, out.allocatedYuan, out.unallocatedYuan]).toEqual(['FIXED', 110000n, 0n]);
  });

  it('no center: FIXED, the whole budget unallocated', () => {
    const out = allocate({ budgetYuan: 5000n, mode: 'FIXED_PER_LEVEL', centers: [] });
    expect(out).toEqual({ allocations: [], allocatedYuan: 0n, unallocatedYuan: 5000n, effectiveMode: 'FIXED' });
  });

  it('over budget: the amounts become weights and the total is exactly B', () => {
    // demand 60,000 + 50,000 + 40,000 + 0 = 150,000 > B = 100,000; W = 150,000:
    //   FIVE  100,000·60,000 = 40,000·150,000 + 0        → 40,000
    //   FOUR  100,000·50,000 = 33,333·150,000 + 50,000   → 33,333
    //   THREE 100,000·40,000 = 26,666·150,000 + 100,000  → 26,666 + 1 (largest remainder) = 26,667
    const out = allocate({
      budgetYuan: 100000n,
      mode: 'FIXED_PER_LEVEL',
      centers: centers(['A', 'FIVE'], ['B', 'FOUR'], ['C', 'THREE'], ['D', 'FAIL']),
    });
    expect(out.effectiveMode).toBe('FIXED_SCALED');
    expect([out.allocatedYuan, out.unallocatedYuan]).toEqual([100000n, 0n]);
    expect(out.allocations.map((a) => [a.demandYuan, a.amountYuan, a.reason])).toEqual([
      [60000n, 40000n, null],
      [50000n, 33333n, null],
      [40000n, 26667n, null],
      [0n, 0n, 'LEVEL_AMOUNT_ZERO'],
    ]);
  });

  it('over budget with a tiny budget: a positive demand can round to zero', () => {
    const out = allocate({
      budgetYuan: 1n,
      mode: 'FIXED_PER_LEVEL',
      amounts: { NEW: 1n },
      centers: centers(['B', 'NEW'], ['A', 'NEW']),
    });
    expect(out.effectiveMode).toBe('FIXED_SCALED');
    expect(out.allocations.map((a) => [a.key, a.amountYuan, a.reason])).toEqual([
      ['id-B', 0n, 'ROUNDED_TO_ZERO'],
      ['id-A', 1n, null],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------

/** 1..40 items with unique keys and codes, weights 0..10^6 (at least one positive). */
const itemsArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 })
  .chain((codes) =>
    fc
      .array(fc.bigInt({ min: 0n, max: 1000000n }), { minLength: codes.length, maxLength: codes.length })
      .map((weights) => codes.map((code, i): WeightedItem => ({ key: `k${i}`, code, weight: weights[i] }))),
  )
  .filter((list) => list.some((i) => i.weight > 0n));

/** A list together with a shuffled copy of it. */
const withShuffle = <T>(arb: fc.Arbitrary<T[]>) =>
  arb.chain((list) =>
    fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
  );

const budgetArb = fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 10n ** 15n }));

const levelArb = fc.constantFrom(...STAR_LEVELS);

const centersArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 })
  .chain((codes) =>
    fc
      .array(levelArb, { minLength: codes.length, maxLength: codes.length })
      .map((levels) => codes.map((code, i) => ({ key: `c${i}`, code, level: levels[i] }))),
  );

const sum = (values: Iterable<bigint>) => [...values].reduce((s, v) => s + v, 0n);

describe('allocateLargestRemainder — properties', () => {
  it('amounts are ≥ 0 and add up to exactly B', () => {
    fc.assert(
      fc.property(budgetArb, itemsArb, (B, list) => {
        const result = allocateLargestRemainder(B, list);
        return result.size === list.length && [...result.values()].every((a) => a >= 0n) && sum(result.values()) === B;
      }),
      RUNS,
    );
  });

  it('each amount is within 1 yuan of the exact share B·w/W (|amount·W − B·w| < W)', () => {
    fc.assert(
      fc.property(budgetArb, itemsArb, (B, list) => {
        const W = sum(list.map((i) => i.weight));
        const result = allocateLargestRemainder(B, list);
        return list.every((i) => {
          const diff = result.get(i.key)! * W - B * i.weight;
          return diff < W && -diff < W;
        });
      }),
      RUNS,
    );
  });

  it('a larger weight never gets less; equal weights differ by ≤ 1 and the smaller code gets the more', () => {
    fc.assert(
      fc.property(budgetArb, itemsArb, (B, list) => {
        const result = allocateLargestRemainder(B, list);
        for (const i of list) {
          for (const j of list) {
            const ai = result.get(i.key)!;
            const aj = result.get(j.key)!;
            if (i.weight > j.weight && ai < aj) return false;
            if (i.weight === j.weight && (ai - aj > 1n || aj - ai > 1n)) return false;
            if (i.weight === j.weight && i.code < j.code && ai < aj) return false;
          }
        }
        return true;
      }),
      RUNS,
    );
  });

  it('does not depend on the input order, and is identical when recomputed', () => {
    fc.assert(
      fc.property(budgetArb, withShuffle(itemsArb), (B, [list, shuffled]) => {
        const a = allocateLargestRemainder(B, list);
        const b = allocateLargestRemainder(B, shuffled);
        const again = allocateLargestRemainder(B, list);
        return list.every((i) => a.get(i.key) === b.get(i.key) && a.get(i.key) === again.get(i.key));
      }),
      RUNS,
    );
  });
});

describe('allocate — properties', () => {
  const byKey = (out: ReturnType<typeof allocate>) => new Map(out.allocations.map((a) => [a.key, a.amountYuan]));

  it('WEIGHTED: Σ = B, amounts ≥ 0, weight order respected, reasons consistent', () => {
    fc.assert(
      fc.property(
        budgetArb,
        centersArb.filter((list) => list.some((c) => c.level !== 'FAIL')),
        (B, list) => {
          const out = allocate({ budgetYuan: B, mode: 'WEIGHTED', centers: list });
          if (out.effectiveMode !== 'WEIGHTED' || out.unallocatedYuan !== 0n || out.allocatedYuan !== B) return false;
          if (sum(out.allocations.map((a) => a.amountYuan)) !== B) return false;
          for (const a of out.allocations) {
            if (a.amountYuan < 0n || a.weight !== DEFAULT_LEVEL_WEIGHTS[a.level] || a.demandYuan !== null) return false;
            const expected = a.amountYuan > 0n ? null : a.weight === 0 ? 'LEVEL_WEIGHT_ZERO' : 'ROUNDED_TO_ZERO';
            if (a.reason !== expected) return false;
            for (const b of out.allocations) {
              if (a.weight! > b.weight! && a.amountYuan < b.amountYuan) return false;
            }
          }
          return true;
        },
      ),
      RUNS,
    );
  });

  it('FIXED_PER_LEVEL: FIXED pays every demand; FIXED_SCALED adds up to B and never exceeds a demand', () => {
    const amountsArb = fc.record(
      Object.fromEntries(STAR_LEVELS.map((l) => [l, fc.bigInt({ min: 0n, max: 100000n })])) as Record<
        StarLevel,
        fc.Arbitrary<bigint>
      >,
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2000000n }), amountsArb, centersArb, (B, amounts, list) => {
        const out = allocate({ budgetYuan: B, mode: 'FIXED_PER_LEVEL', amounts, centers: list });
        const demand = sum(list.map((c) => amounts[c.level]));
        const total = sum(out.allocations.map((a) => a.amountYuan));
        if (out.allocations.some((a) => a.amountYuan < 0n || a.demandYuan !== amounts[a.level] || a.weight !== null)) {
          return false;
        }
        if (out.allocations.some((a) => (a.amountYuan === 0n) !== (a.reason !== null))) return false;
        if (demand <= B) {
          return (
            out.effectiveMode === 'FIXED' &&
            out.allocations.every((a) => a.amountYuan === a.demandYuan) &&
            total === demand &&
            out.allocatedYuan === demand &&
            out.unallocatedYuan === B - demand
          );
        }
        if (out.effectiveMode !== 'FIXED_SCALED' || total !== B || out.allocatedYuan !== B) return false;
        if (out.unallocatedYuan !== 0n) return false;
        return out.allocations.every((a) => a.amountYuan <= a.demandYuan!);
      }),
      RUNS,
    );
  });

  it('FIXED_SCALED: each amount within 1 yuan of B·demand/Σdemand, larger demand never gets less', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 500000n }), centersArb, (B, list) => {
        const out = allocate({ budgetYuan: B, mode: 'FIXED_PER_LEVEL', centers: list });
        const demand = sum(list.map((c) => DEFAULT_LEVEL_AMOUNTS[c.level]));
        if (demand <= B) return out.effectiveMode === 'FIXED';
        return out.allocations.every((a) => {
          const diff = a.amountYuan * demand - B * a.demandYuan!;
          return (
            diff < demand &&
            -diff < demand &&
            out.allocations.every((b) => !(a.demandYuan! > b.demandYuan! && a.amountYuan < b.amountYuan))
          );
        });
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the centers (both modes), and is identical when recomputed', () => {
    fc.assert(
      fc.property(
        budgetArb,
        fc.constantFrom('WEIGHTED' as const, 'FIXED_PER_LEVEL' as const),
        withShuffle(centersArb.filter((list) => list.some((c) => c.level !== 'FAIL'))),
        (B, mode, [list, shuffled]) => {
          const a = allocate({ budgetYuan: B, mode, centers: list });
          const b = allocate({ budgetYuan: B, mode, centers: shuffled });
          const again = allocate({ budgetYuan: B, mode, centers: list });
          const ma = byKey(a);
          const mb = byKey(b);
          return (
            a.effectiveMode === b.effectiveMode &&
            a.unallocatedYuan === b.unallocatedYuan &&
            list.every((c) => ma.get(c.key) === mb.get(c.key)) &&
            JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ===
              JSON.stringify(again, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
          );
        },
      ),
      RUNS,
    );
  });
});
