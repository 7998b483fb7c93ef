/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999) and masking of personal data (DOMAIN.md, "Access").
 *
 * An ID number has 18 characters: a 6-digit region code, the birth date YYYYMMDD, a 3-digit sequence
 * (odd last digit for men, even for women) and a check character 0–9 or X (ISO 7064 MOD 11-2).
 * Validation works on the canonical form (uppercase X, no spaces): run user input through
 * {@link normalizeIdNumber} first.
 */
import { isValidDate, requireIsoDate } from './dates';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberErrorReason = 'FORMAT' | 'CHECK_CHAR' | 'BIRTH_DATE' | 'BIRTH_MISMATCH';
export type IdNumberValidation = { ok: true } | { ok: false; reason: IdNumberErrorReason; message: string };

/** The check character (ISO 7064 MOD 11-2) of the first 17 digits. Throws RangeError unless 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`idCheckChar needs exactly 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Canonical form of a typed or pasted ID number: full-width digits and Ｘ made half-width, whitespace
 * removed, x upper-cased. Does not validate.
 */
export function normalizeIdNumber(id: string): string {
  return id
    .replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** `YYYY-MM-DD` from characters 7–14, or null when the string is not 18 characters of the right shape or
 *  those characters are not a real date. The check character is not verified. */
export function birthDateFromId(id: string): string | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  const date = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return isValidDate(date) ? date : null;
}

/** Gender from the 17th character (odd: male), or null when the string is not shaped like an ID number. */
export function genderFromId(id: string): 'MALE' | 'FEMALE' | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  return Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/**
 * Validates a canonical ID number; with `birthDate` (YYYY-MM-DD) also checks that it matches.
 * Checks in this order: FORMAT, BIRTH_DATE, CHECK_CHAR, BIRTH_MISMATCH. A lowercase x is a FORMAT error
 * (normalise first). Messages are Chinese with English in parentheses.
 */
export function validateIdNumber(id: string, birthDate?: string): IdNumberValidation {
  if (!/^\d{17}[\dX]$/.test(id)) {
    const hint = /^\d{17}x$/.test(id) ? '，末位 X 须大写 (the last character must be an uppercase X)' : '';
    return {
      ok: false,
      reason: 'FORMAT',
      message:
        `身份证号格式错误，应为18位：17位数字加1位数字或X (ID number must be 18 characters: 17 digits and a digit or X)` +
        hint,
    };
  }
  const fromId = birthDateFromId(id);
  if (fromId === null) {
    return {
      ok: false,
      reason: 'BIRTH_DATE',
      message: `身份证号中的出生日期 ${id.slice(6, 14)} 不是有效日期 (birth date ${id.slice(6, 14)} in the ID number is not a real date)`,
    };
  }
  const expected = idCheckChar(id.slice(0, 17));
  if (id[17] !== expected) {
    return {
      ok: false,
      reason: 'CHECK_CHAR',
      message: `身份证号校验位错误 (check character should be ${expected})`,
    };
  }
  if (birthDate !== undefined && birthDate !== fromId) {
    return {
      ok: false,
      reason: 'BIRTH_MISMATCH',
      message: `身份证号中的出生日期 ${fromId} 与出生日期 ${birthDate} 不一致 (birth date in the ID number is ${fromId}, but birthDate is ${birthDate})`,
    };
  }
  return { ok: true };
}

/**
 * Builds a valid ID number. `seq3` (0–999) is the sequence code; its last digit is forced to the gender's
 * parity (the lowest bit is set for MALE, cleared for FEMALE), so 0 → 001 for a man and 999 → 998 for a woman.
 * Throws RangeError on a bad region code, date or sequence.
 */
export function makeIdNumber(regionCode6: string, birthDate: string, seq3: number, gender: 'MALE' | 'FEMALE'): string {
  if (!/^\d{6}$/.test(regionCode6)) throw new RangeError(`region code must be 6 digits, got ${JSON.stringify(regionCode6)}`);
  requireIsoDate(birthDate, 'birthDate');
  if (!Number.isInteger(seq3) || seq3 < 0 || seq3 > 999) throw new RangeError(`seq3 must be an integer 0–999, got ${seq3}`);
  const seq = (seq3 & ~1) | (gender === 'MALE' ? 1 : 0);
  const first17 = regionCode6 + birthDate.replace(/-/g, '') + String(seq).padStart(3, '0');
  return first17 + idCheckChar(first17);
}

/** `440***********123X`: the first 3 and last 4 characters kept. Strings shorter than 8 are masked entirely. */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

/** All but the last 4 characters as `*` (`*******5678`); null and undefined pass through. */
export function maskPhone(phone: string): string;
export function maskPhone(phone: string | null): string | null;
export function maskPhone(phone: string | null | undefined): string | null | undefined;
export function maskPhone(phone: string | null | undefined): string | null | undefined {
  if (phone == null) return phone;
  return phone.length <= 4 ? phone : '*'.repeat(phone.length - 4) + phone.slice(-4);
}
