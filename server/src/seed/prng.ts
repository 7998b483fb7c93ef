/**
 * A tiny deterministic pseudo-random generator for the demo data: mulberry32 (32-bit state, period 2^32),
 * plus the helpers the generator needs. Same seed → same sequence on every platform (only 32-bit integer
 * arithmetic and one exact division by 2^32). Not for anything security-related.
 */

/** mulberry32: returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string mixed with a seed: derives independent seeds for named sub-streams. */
function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Prng {
  private readonly nextFloat: () => number;

  constructor(readonly seed: number) {
    this.nextFloat = mulberry32(seed);
  }

  /** An independent generator for a named part of the data, so that parts do not shift each other. */
  fork(label: string): Prng {
    return new Prng(hashSeed(this.seed, label));
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextFloat();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Prng.int(${min}, ${max}): need integers with min ≤ max`);
    }
    return min + Math.floor(this.nextFloat() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.nextFloat() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Prng.pick of an empty list');
    return items[Math.floor(this.nextFloat() * items.length)];
  }

  /** Picks an item with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    if (!(total > 0)) throw new RangeError('Prng.weighted needs a positive total weight');
    let r = this.nextFloat() * total;
    for (const [item, w] of items) {
      if (r < w) return item;
      r -= w;
    }
    return items[items.length - 1][0];
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.nextFloat() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** k distinct items in random order (k ≤ length). */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k > items.length) throw new RangeError(`Prng.sample: ${k} of ${items.length}`);
    const copy = items.slice();
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.nextFloat() * (copy.length - i));
      const t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return copy.slice(0, k);
  }
}

/** Weighted choice over a fixed list, for repeated draws: cumulative weights once, a binary search per draw. */
export class WeightedTable<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    for (const [item, w] of entries) {
      if (!(w >= 0)) throw new RangeError('WeightedTable: weights must be ≥ 0');
      total += w;
      this.items.push(item);
      this.cumulative.push(total);
    }
    if (!(total > 0)) throw new RangeError('WeightedTable needs a positive total weight');
    this.total = total;
  }

  pick(rng: Prng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r < this.cumulative[mid]) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
