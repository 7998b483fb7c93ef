/**
 * Exact decimal ⇄ scaled integer conversion (GraphQL inputs and outputs): a decimal with `decimals`
 * digits after the point is held as an integer count of 10^-decimals units (84.50 with 2 decimals is
 * 8450), never as a binary float. The one home of this arithmetic: money (`money.ts`), scores, weights
 * and areas all go through it.
 */
import { BadInput } from './errors';

const STRICT_DECIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** A decimal `[+-]digits[.digits]` split into its parts, as written (leading and trailing zeros kept). */
export interface DecimalParts {
  sign: '' | '+' | '-';
  intPart: string;
  /** The digits after the point, '' when there is no point. */
  frac: string;
}

/**
 * The decimal digits a JS number stands for: its shortest round-trip representation (`String(x)`),
 * with exponent notation expanded, e.g. 1e-7 → '0.0000001', 1e21 → '1000000000000000000000'.
 * So 0.1 means exactly 0.1, while 0.1 + 0.2 (= 0.30000000000000004) keeps its 17 significant digits.
 */
function numberToPlainDecimal(x: number): string {
  const s = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, intPart, frac = '', expStr] = m;
  const digits = intPart + frac;
  const point = intPart.length + Number(expStr); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Splits a decimal into sign, integer digits and fraction digits, or null when it is not one.
 *
 * Accepted: a string of the form `[+-]digits[.digits]` (surrounding white space ignored; no exponent,
 * no thousands separator, no bare '.5' or '5.'), or a finite number (read as its shortest round-trip
 * decimal, see {@link numberToPlainDecimal}). Callers with stricter shapes (no '+', at most so many
 * digits) check the parts.
 */
export function decimalParts(value: unknown): DecimalParts | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = numberToPlainDecimal(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const m = STRICT_DECIMAL_RE.exec(text);
  if (!m) return null;
  return { sign: m[1] as DecimalParts['sign'], intPart: m[2], frac: m[3] ?? '' };
}

function assertDecimals(decimals: number): void {
  if (!Number.isSafeInteger(decimals) || decimals < 0) throw new RangeError('decimals must be an integer ≥ 0');
}

/**
 * Parses a decimal into an integer count of 10^-decimals units, exactly, as a bigint:
 * parseFixedBigInt('102760000.00', 2) = 10276000000n (fen).
 *
 * Accepted: a string of the form `[+-]digits[.digits]` (surrounding white space ignored; no exponent,
 * no thousands separator, no bare '.5' or '5.'), or a finite number (read as its shortest round-trip
 * decimal, see {@link numberToPlainDecimal}). Trailing zeros beyond `decimals` are accepted since the
 * value stays exact ('87.50' with 1 decimal is 875); any other extra digit gives null ('1.005' with 2).
 * '-0' gives 0.
 */
export function parseFixedBigInt(value: string | number, decimals: number): bigint | null {
  assertDecimals(decimals);
  const parts = decimalParts(value);
  if (!parts) return null;
  const frac = parts.frac.replace(/0+$/, ''); // trailing zeros do not change the value
  if (frac.length > decimals) return null;
  const magnitude = BigInt(parts.intPart + frac.padEnd(decimals, '0'));
  return parts.sign === '-' ? -magnitude : magnitude; // -0n is 0n: bigint has no negative zero
}

/**
 * Like {@link parseFixedBigInt} but returns a JS number: parseFixed('84.5', 2) = 8450,
 * parseFixed(87.5, 1) = 875. Null when the value is not a finite decimal, has more decimals than
 * allowed, or does not fit in a safe integer. Never returns -0.
 */
export function parseFixed(value: string | number, decimals: number): number | null {
  const n = parseFixedBigInt(value, decimals);
  if (n === null || n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(n); // Number(0n) is +0
}

/**
 * Writes an integer count of 10^-decimals units as a decimal with exactly `decimals` digits after the
 * point: formatFixed(8450, 2) = '84.50', formatFixed(-5, 2) = '-0.05', formatFixed(10276000000n, 2) =
 * '102760000.00', formatFixed(7, 0) = '7'.
 */
export function formatFixed(n: number | bigint, decimals: number): string {
  assertDecimals(decimals);
  if (typeof n === 'number' && !Number.isSafeInteger(n)) {
    throw new RangeError(`formatFixed value must be an integer, got ${String(n)}`);
  }
  const big = BigInt(n);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${intPart}${decimals > 0 ? `.${frac}` : ''}`;
}

/** The most integer digits {@link toScaled} accepts. */
const SCALED_MAX_INT_DIGITS = 12;

/**
 * Exact decimal → scaled integer for inputs like floor area (2 decimals) or service score (1 decimal),
 * {@link parseFixed} with BAD_USER_INPUT on `field`: 250.5 with 2 decimals → 25050; 250.505 → error.
 * A number is read as `String(value)` (so no exponent); a string may not start with '+' and has at
 * most 12 integer digits.
 */
export function toScaled(value: number | string, decimals: number, field: string): number {
  const s = typeof value === 'number' ? String(value) : value.trim();
  const parts = decimalParts(s);
  if (!parts || parts.sign === '+' || parts.intPart.length > SCALED_MAX_INT_DIGITS) {
    throw new BadInput(field, `${field} must be a number`);
  }
  const n = parseFixed(s, decimals);
  if (n === null) {
    throw new BadInput(field, `${field} allows at most ${decimals} decimal${decimals === 1 ? '' : 's'} (got ${s})`);
  }
  return n;
}

/** 25050 with 2 decimals → 250.5 (a float for display only; the stored value stays an integer). */
export function fromScaled(n: number | null | undefined, decimals: number): number | null {
  if (n === null || n === undefined) return null;
  return n / 10 ** decimals;
}

export function scaledInRange(n: number, min: number, max: number, field: string, label: string) {
  if (n < min || n > max) throw new BadInput(field, label);
}
