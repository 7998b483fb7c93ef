/**
 * The pure subsidy allocation (DOMAIN.md, "The subsidy allocation").
 *
 * Money is whole yuan as `bigint` (a budget with fen is rejected upstream); level weights are integer
 * thousandths (1600 = 1.6). No floating point touches an amount: B·w_i is an exact bigint product and
 * the only division is integer division with its remainder.
 */
import { STAR_LEVELS, StarLevel } from '../rating/rating.types';

export type SubsidyMode = 'WEIGHTED' | 'FIXED_PER_LEVEL';

/** What actually happened: WEIGHTED, FIXED (every center got its level amount) or FIXED_SCALED
 *  (the level amounts exceeded the budget and were used as weights). */
export type EffectiveSubsidyMode = 'WEIGHTED' | 'FIXED' | 'FIXED_SCALED';

/** Why a center's amount is zero. */
export type ZeroAmountReason = 'LEVEL_WEIGHT_ZERO' | 'LEVEL_AMOUNT_ZERO' | 'ROUNDED_TO_ZERO';

/** Default per-level weights in thousandths (FIVE 1.6 … ONE 0.5, FAIL 0, NEW 1.0). */
export const DEFAULT_LEVEL_WEIGHTS: Record<StarLevel, number> = Object.freeze({
  FIVE: 1600,
  FOUR: 1300,
  THREE: 1000,
  TWO: 800,
  ONE: 500,
  FAIL: 0,
  NEW: 1000,
});

/** Default per-level amounts in whole yuan for FIXED_PER_LEVEL. */
export const DEFAULT_LEVEL_AMOUNTS: Record<StarLevel, bigint> = Object.freeze({
  FIVE: 60000n,
  FOUR: 50000n,
  THREE: 40000n,
  TWO: 30000n,
  ONE: 20000n,
  FAIL: 0n,
  NEW: 30000n,
});

/** A bad allocation input; `field` names the offending input (maps to BAD_USER_INPUT + extensions.field). */
export class AllocationError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'AllocationError';
  }
}

export interface WeightedItem {
  /** Identifies the item in the result map (e.g. the center id); must be unique. */
  key: string;
  /** Center code: breaks ties between equal remainders, ascending (plain string comparison). */
  code: string;
  /** Non-negative integer weight (any unit: thousandths, or yuan when amounts act as weights). */
  weight: bigint;
}

/** Plain code-unit string comparison (locale-independent, so the result never depends on ICU data). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits `budgetYuan` in whole yuan proportionally to the weights, by the largest-remainder method:
 *
 *   W = Σ w_i,  base_i = ⌊B·w_i ÷ W⌋,  r_i = B·w_i mod W.
 *
 * Σ base_i ≥ B − (n − 1) since each ⌊⌋ loses less than 1, so the left-over L = B − Σ base_i is a whole
 * number in [0, n). Those L yuan go one each to the L items with the largest r_i (ties: `code`
 * ascending, then `key` ascending so that the order is total). Hence Σ amount_i = B exactly, each
 * amount is within 1 yuan of the exact share B·w_i/W, and a larger weight never gets less: with
 * w_i > w_j either base_i > base_j, or base_i = base_j and r_i > r_j so i ranks before j.
 * The result does not depend on the order of `items`.
 *
 * Throws AllocationError when the budget or a weight is negative, a key repeats, or W = 0.
 */
export function allocateLargestRemainder(budgetYuan: bigint, items: WeightedItem[]): Map<string, bigint> {
  if (typeof budgetYuan !== 'bigint' || budgetYuan < 0n) {
    throw new AllocationError('budgetYuan', 'The budget must be a whole number of yuan, 0 or more.');
  }
  const keys = new Set<string>();
  let total = 0n;
  for (const item of items) {
    if (typeof item.weight !== 'bigint' || item.weight < 0n) {
      throw new AllocationError('weights', `The weight of ${item.code} must be a whole number, 0 or more.`);
    }
    if (keys.has(item.key)) throw new AllocationError('key', `Item ${item.key} is listed twice.`);
    keys.add(item.key);
    total += item.weight;
  }
  if (total === 0n) {
    throw new AllocationError('weights', 'The weights add up to 0: there is nothing to share the budget by.');
  }

  const rows = items.map((item) => {
    const product = budgetYuan * item.weight;
    return { item, amount: product / total, remainder: product % total }; // both ≥ 0: truncation = floor
  });
  let leftOver = budgetYuan - rows.reduce((sum, row) => sum + row.amount, 0n);

  const ranked = [...rows].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      compareStrings(a.item.code, b.item.code) ||
      compareStrings(a.item.key, b.item.key),
  );
  for (const row of ranked) {
    if (leftOver === 0n) break;
    row.amount += 1n;
    leftOver -= 1n;
  }

  return new Map(rows.map((row) => [row.item.key, row.amount]));
}

export interface AllocationCenter {
  key: string;
  code: string;
  level: StarLevel;
}

export interface CenterAllocation {
  key: string;
  level: StarLevel;
  /** The level weight in thousandths (WEIGHTED); null in the fixed modes. */
  weight: number | null;
  /** The level amount in yuan (FIXED_PER_LEVEL, scaled or not); null in WEIGHTED. */
  demandYuan: bigint | null;
  amountYuan: bigint;
  /** Machine code explaining a zero amount, null when the amount is positive. */
  reason: ZeroAmountReason | null;
}

export interface AllocationParams {
  budgetYuan: bigint;
  mode: SubsidyMode;
  /** Overrides of {@link DEFAULT_LEVEL_WEIGHTS} (thousandths), WEIGHTED mode. */
  weights?: Partial<Record<StarLevel, number>>;
  /** Overrides of {@link DEFAULT_LEVEL_AMOUNTS} (yuan), FIXED_PER_LEVEL mode. */
  amounts?: Partial<Record<StarLevel, bigint>>;
  centers: AllocationCenter[];
}

export interface AllocationOutcome {
  /** One per center, in the order of `centers`. */
  allocations: CenterAllocation[];
  allocatedYuan: bigint;
  unallocatedYuan: bigint;
  effectiveMode: EffectiveSubsidyMode;
}

/** Defaults overlaid with the given per-level values (undefined entries keep the default). */
function mergeLevels<T>(defaults: Record<StarLevel, T>, overrides: Partial<Record<StarLevel, T>> | undefined) {
  const merged = { ...defaults };
  for (const level of STAR_LEVELS) {
    const value = overrides?.[level];
    if (value !== undefined) merged[level] = value;
  }
  return merged;
}

/**
 * Allocates a subsidy budget over rated centers (DOMAIN.md):
 *
 * - WEIGHTED: level weights (thousandths) → {@link allocateLargestRemainder}; Σ amounts = B.
 *   No center, or only zero-weight levels, is W = 0 → AllocationError('weights').
 * - FIXED_PER_LEVEL: each center's demand is its level amount. If Σ demand ≤ B every center gets its
 *   demand and B − Σ demand stays unallocated (effectiveMode FIXED); otherwise the demands are used as
 *   weights for largest remainder so Σ amounts = B exactly (effectiveMode FIXED_SCALED).
 *
 * A zero amount carries a reason: LEVEL_WEIGHT_ZERO (weight 0, e.g. FAIL), LEVEL_AMOUNT_ZERO (level
 * amount 0), ROUNDED_TO_ZERO (a positive share below 1 yuan, lost to rounding).
 */
export function allocate(params: AllocationParams): AllocationOutcome {
  const { budgetYuan, mode, centers } = params;
  if (typeof budgetYuan !== 'bigint' || budgetYuan < 0n) {
    throw new AllocationError('budgetYuan', 'The budget must be a whole number of yuan, 0 or more.');
  }
  for (const center of centers) {
    if (!(STAR_LEVELS as readonly string[]).includes(center.level)) {
      throw new AllocationError('level', `Center ${center.code} has an unknown level: ${String(center.level)}.`);
    }
  }

  if (mode === 'WEIGHTED') {
    const weights = mergeLevels(DEFAULT_LEVEL_WEIGHTS, params.weights);
    for (const level of STAR_LEVELS) {
      const w = weights[level];
      if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) {
        throw new AllocationError(
          `weights.${level}`,
          'A level weight must be a whole number of thousandths, 0 or more.',
        );
      }
    }
    const amounts = allocateLargestRemainder(
      budgetYuan,
      centers.map((c) => ({ key: c.key, code: c.code, weight: BigInt(weights[c.level]) })),
    );
    const allocations = centers.map((c): CenterAllocation => {
      const weight = weights[c.level];
      const amountYuan = amounts.get(c.key)!;
      const reason = amountYuan > 0n ? null : weight === 0 ? 'LEVEL_WEIGHT_ZERO' : 'ROUNDED_TO_ZERO';
      return { key: c.key, level: c.level, weight, demandYuan: null, amountYuan, reason };
    });
    return { allocations, allocatedYuan: budgetYuan, unallocatedYuan: 0n, effectiveMode: 'WEIGHTED' };
  }

  if (mode !== 'FIXED_PER_LEVEL') {
    throw new AllocationError('mode', `Unknown subsidy mode: ${String(mode)}.`);
  }

  const levelAmounts = mergeLevels(DEFAULT_LEVEL_AMOUNTS, params.amounts);
  for (const level of STAR_LEVELS) {
    const a = levelAmounts[level];
    if (typeof a !== 'bigint' || a < 0n) {
      throw new AllocationError(`amounts.${level}`, 'A level amount must be a whole number of yuan, 0 or more.');
    }
  }
  const keys = new Set<string>();
  for (const c of centers) {
    if (keys.has(c.key)) throw new AllocationError('key', `Center ${c.key} is listed twice.`);
    keys.add(c.key);
  }
  const demand = centers.reduce((sum, c) => sum + levelAmounts[c.level], 0n);

  if (demand <= budgetYuan) {
    const allocations = centers.map((c): CenterAllocation => {
      const amountYuan = levelAmounts[c.level];
      return {
        key: c.key,
        level: c.level,
        weight: null,
        demandYuan: amountYuan,
        amountYuan,
        reason: amountYuan > 0n ? null : 'LEVEL_AMOUNT_ZERO',
      };
    });
    return { allocations, allocatedYuan: demand, unallocatedYuan: budgetYuan - demand, effectiveMode: 'FIXED' };
  }

  // Demand exceeds the budget (so demand > 0 and W > 0): the level amounts become the weights.
  const amounts = allocateLargestRemainder(
    budgetYuan,
    centers.map((c) => ({ key: c.key, code: c.code, weight: levelAmounts[c.level] })),
  );
  const allocations = centers.map((c): CenterAllocation => {
    const demandYuan = levelAmounts[c.level];
    const amountYuan = amounts.get(c.key)!;
    const reason = amountYuan > 0n ? null : demandYuan === 0n ? 'LEVEL_AMOUNT_ZERO' : 'ROUNDED_TO_ZERO';
    return { key: c.key, level: c.level, weight: null, demandYuan, amountYuan, reason };
  });
  return { allocations, allocatedYuan: budgetYuan, unallocatedYuan: 0n, effectiveMode: 'FIXED_SCALED' };
}
