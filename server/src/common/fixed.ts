import { BadInput } from './errors';

/**
 * Exact decimal ↔ scaled integer for inputs like floor area (2 decimals) or service score (1 decimal).
 * 250.5 with 2 decimals → 25050; 250.505 → BAD_USER_INPUT on `field`.
 */
export function toScaled(value: number | string, decimals: number, field: string): number {
  const s = typeof value === 'number' ? String(value) : value.trim();
  const m = /^(-)?(\d{1,12})(?:\.(\d+))?$/.exec(s);
  if (!m || !Number.isFinite(Number(s))) throw new BadInput(field, `${field} must be a number`);
  const frac = m[3] ?? '';
  if (frac.replace(/0+$/, '').length > decimals) {
    throw new BadInput(field, `${field} allows at most ${decimals} decimal${decimals === 1 ? '' : 's'} (got ${s})`);
  }
  const n = Number(m[2]) * 10 ** decimals + Number((frac + '0'.repeat(decimals)).slice(0, decimals) || '0');
  return m[1] ? -n : n;
}

/** 25050 with 2 decimals → 250.5 (a float for display only; the stored value stays an integer). */
export function fromScaled(n: number | null | undefined, decimals: number): number | null {
  if (n === null || n === undefined) return null;
  return n / 10 ** decimals;
}

export function scaledInRange(n: number, min: number, max: number, field: string, label: string) {
  if (n < min || n > max) throw new BadInput(field, label);
}
