/**
 * Money is an integer number of fen (分) held as a `bigint`; it is never a float.
 * On the wire it is a decimal string of yuan with exactly two decimals ("102760000.00").
 */

const MONEY_RE = /^(-)?(\d{1,15})(?:\.(\d{1,2}))?$/;

/** Parses "1234.5", "1234.50", 1234.5 → 123450n fen; null for anything else (more decimals, exponents, NaN…). */
export function parseMoney(value: unknown): bigint | null {
  let s: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    s = String(value); // 0.1 + 0.2 prints as 0.30000000000000004 and is refused, as it should be
  } else if (typeof value === 'string') {
    s = value.trim();
  } else if (typeof value === 'bigint') {
    return value * 100n;
  } else {
    return null;
  }
  const m = MONEY_RE.exec(s);
  if (!m) return null;
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -fen : fen;
}

/** 123450n → "1234.50" */
export function formatMoney(fen: bigint | number | string): string {
  const v = BigInt(fen);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** Whole yuan → fen. */
export const yuanToFen = (yuan: bigint): bigint => yuan * 100n;
