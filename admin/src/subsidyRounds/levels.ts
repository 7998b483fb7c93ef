// Default per-level weights and amounts (DOMAIN.md) for the form.
import { ENUMS } from '../common/enums';

const WEIGHTS: Record<string, number> = { FIVE: 1.6, FOUR: 1.3, THREE: 1.0, TWO: 0.8, ONE: 0.5, FAIL: 0, NEW: 1.0 };
const AMOUNTS: Record<string, string> = { FIVE: '60000', FOUR: '50000', THREE: '40000', TWO: '30000', ONE: '20000', FAIL: '0', NEW: '30000' };

export const DEFAULT_LEVELS = ENUMS.StarLevel.map((level) => ({ level, weight: WEIGHTS[level], amount: AMOUNTS[level] }));

/** Form rows → LevelAmountInput (empty values dropped; money stays a string). */
export function cleanLevels(levels: unknown): { level: string; weight?: number; amount?: string }[] | undefined {
  if (!Array.isArray(levels)) return undefined;
  return levels.map((l: { level: string; weight?: number | null; amount?: string | null }) => ({
    level: l.level,
    ...(l.weight !== null && l.weight !== undefined && String(l.weight) !== '' ? { weight: Number(l.weight) } : {}),
    ...(l.amount !== null && l.amount !== undefined && l.amount !== '' ? { amount: String(l.amount).replace(/\.00?$/, '') } : {}),
  }));
}
