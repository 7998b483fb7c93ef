/**
 * Money is an integer number of fen (分) held as a `bigint`; it is never a float.
 * On the wire it is a decimal string of yuan with exactly two decimals ("102760000.00").
 * The decimal arithmetic is that of `fixed.ts` with 2 decimals.
 */
import { BadInput } from './errors';
import { decimalParts, formatFixed, parseFixedBigInt } from './fixed';

/** Fen per yuan: money has two decimals. */
const MONEY_DECIMALS = 2;

/** The most integer digits (yuan) {@link parseMoney} accepts. */
const MONEY_MAX_INT_DIGITS = 15;

/**
 * Parses "1234.5", "1234.50", 1234.5 → 123450n fen; a bigint is whole yuan (12n → 1200n). Null for
 * anything else: more than two decimal digits (even '1.500'), more than 15 integer digits, a '+',
 * exponents, NaN, Infinity, and numbers such as 0.1 + 0.2 (= 0.30000000000000004).
 */
export function parseMoney(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value * 100n;
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  const parts = decimalParts(value);
  if (!parts || parts.sign === '+' || parts.intPart.length > MONEY_MAX_INT_DIGITS || parts.frac.length > MONEY_DECIMALS) {
    return null;
  }
  return parseFixedBigInt(value, MONEY_DECIMALS);
}

/** 123450n → "1234.50" */
export function formatMoney(fen: bigint | number | string): string {
  return formatFixed(BigInt(fen), MONEY_DECIMALS);
}

/** Whole yuan → fen. */
export const yuanToFen = (yuan: bigint): bigint => yuan * 100n;

/** A Money input (bigint fen from MoneyScalar) that must be ≥ 0; BAD_USER_INPUT on `field` otherwise. */
export function nonNegativeMoney(v: bigint, field: string): bigint {
  if (typeof v !== 'bigint') throw new BadInput(field, `${field} must be an amount of money`);
  if (v < 0n) throw new BadInput(field, `${field} cannot be negative`);
  return v;
}
