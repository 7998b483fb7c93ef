/**
 * Spreadsheet cells → typed values, with the reason in Chinese when a cell does not parse. Pure functions: the
 * readers hand over what Excel or a CSV file holds (xlsx: strings, numbers, booleans, dates; csv: strings).
 */
import { API_DATE_YEARS, formatIsoDate, isValidDate } from '../../common/dates';
import { decimalParts } from '../../common/fixed';
import { idCheckChar, normalizeIdNumber, validateIdNumber } from '../../common/id-number';
import { parseMoney } from '../../common/money';
import { CellValue, ColumnSpec, ColumnType } from './import.types';

export type Parsed<T = unknown> = { ok: true; value: T } | { ok: false; code: string; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (code: string, reason: string): Parsed<never> => ({ ok: false, code, reason });

/** A date cell of an xlsx sheet (exceljs gives UTC midnight of the calendar date). */
const isoOfDate = (d: Date) => (Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10));

/** The text of a cell as a person reads it (numbers in full, dates as YYYY-MM-DD), trimmed; '' for empty. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoOfDate(v) ?? '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // our CSV exports put an apostrophe before text that Excel would run as a formula: take it off again
  const s = v.trim();
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}

/** Full-width digits, letters and punctuation (１２３．５, ／) made half-width, for numbers, dates and codes. */
const halfWidth = (s: string) => s.normalize('NFKC').trim();

/** Excel's serial day number (1900 system) → YYYY-MM-DD, or null outside 1800–2999. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < -36522 || serial > 401768) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD; an xlsx date cell; an Excel serial number. */
export function parseDate(v: CellValue): Parsed<string> {
  const reason = '日期格式不正确，应为 YYYY-MM-DD（如 1950-03-15）';
  if (v instanceof Date) {
    const iso = isoOfDate(v);
    return iso && isValidDate(iso, API_DATE_YEARS) ? ok(iso) : bad('BAD_DATE', reason);
  }
  if (typeof v === 'number') {
    const asDigits = String(v);
    if (/^\d{8}$/.test(asDigits)) return parseDate(asDigits);
    const iso = excelSerialToIso(v);
    return iso ? ok(iso) : bad('BAD_DATE', reason);
  }
  const s = halfWidth(cellText(v));
  const m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))$/.exec(s);
  if (!m) return bad('BAD_DATE', reason);
  const iso = formatIsoDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  return isValidDate(iso, API_DATE_YEARS) ? ok(iso) : bad('BAD_DATE', `日期 ${s} 不存在或超出范围（1800–2999 年）`);
}

/** A whole number; thousands separators allowed ("1,500"), "12.0" is 12. */
export function parseInteger(v: CellValue): Parsed<number> {
  const s = typeof v === 'number' ? String(v) : halfWidth(cellText(v)).replace(/,/g, '');
  const p = decimalParts(s);
  if (!p || /[^0]/.test(p.frac) || p.sign === '+') return bad('BAD_NUMBER', '应为整数');
  const n = Number(p.sign + p.intPart);
  return Number.isSafeInteger(n) ? ok(n) : bad('OUT_OF_RANGE', '数值过大');
}

/** A decimal with at most `decimals` digits after the point, as a number that stands for exactly that decimal. */
export function parseDecimal(v: CellValue, decimals: number): Parsed<number> {
  const s = typeof v === 'number' ? String(v) : halfWidth(cellText(v)).replace(/,/g, '');
  const p = decimalParts(s);
  if (!p || p.sign === '+' || p.intPart.length > 12) return bad('BAD_NUMBER', '应为数字');
  if (p.frac.replace(/0+$/, '').length > decimals) return bad('TOO_MANY_DECIMALS', decimals === 0 ? '应为整数' : `最多 ${decimals} 位小数`);
  return ok(Number(s));
}

/** Money in yuan, at most two decimals → bigint fen (the rule of common/money.ts). "¥1,000.50" is accepted. */
export function parseMoneyCell(v: CellValue): Parsed<bigint> {
  const s = typeof v === 'number' ? v : halfWidth(cellText(v)).replace(/[,¥￥元\s]/g, '');
  const fen = parseMoney(s);
  return fen === null ? bad('BAD_MONEY', '金额格式不正确：应为数字（元），最多两位小数') : ok(fen);
}

const TRUE = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1', '√', '✓', 'T']);
const FALSE = new Set(['否', '无', '没有', 'N', 'NO', 'FALSE', '0', '×', '✗', 'F']);

export function parseBool(v: CellValue): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const s = halfWidth(cellText(v)).toUpperCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return bad('BAD_BOOLEAN', '应填“是”或“否”');
}

export function parseEnum(v: CellValue, type: Extract<ColumnType, { t: 'enum' }>): Parsed<string> {
  const s = halfWidth(cellText(v));
  const upper = s.toUpperCase();
  for (const [value, labels] of Object.entries(type.labels)) {
    if (upper === value || labels.includes(s)) return ok(value);
  }
  return bad('BAD_ENUM', `不是有效的${type.name}，可填：${Object.values(type.labels).map((l) => l[0]).join('、')}`);
}

/**
 * An ID number: normalised (full-width, lowercase x, spaces) and checked with common/id-number.ts (format, birth
 * date, check character). A numeric cell is refused with the reason: Excel keeps 15 significant digits, so an ID
 * number typed into a number cell has already lost its last digits.
 */
export function parseIdNumber(v: CellValue): Parsed<string> {
  const numberCell = typeof v === 'number' || /^\d(\.\d+)?E\+\d+$/i.test(cellText(v));
  if (numberCell) return bad('ID_AS_NUMBER', '身份证号被 Excel 存成了数字（只保留 15 位有效数字，后几位已丢失）：请把该列设为“文本”后重新填写');
  const id = normalizeIdNumber(cellText(v));
  const check = validateIdNumber(id);
  if (check.ok) return ok(id);
  switch (check.reason) {
    case 'FORMAT':
      return bad('ID_FORMAT', '身份证号格式错误，应为 18 位：17 位数字加 1 位数字或 X');
    case 'BIRTH_DATE':
      return bad('ID_BIRTH_DATE', `身份证号中的出生日期 ${id.slice(6, 14)} 不是有效日期`);
    default:
      return bad('ID_CHECK_CHAR', `身份证号校验位错误：按前 17 位计算应为 ${idCheckChar(id.slice(0, 17))}`);
  }
}

/** Parses one non-empty cell of a column; references stay text (resolved later, in batches). */
export function parseCell(col: ColumnSpec, v: CellValue): Parsed {
  const type = col.type;
  switch (type.t) {
    case 'text':
      return ok(cellText(v));
    case 'int':
      return parseInteger(v);
    case 'decimal':
      return parseDecimal(v, type.decimals);
    case 'date':
      return parseDate(v);
    case 'bool':
      return parseBool(v);
    case 'enum':
      return parseEnum(v, type);
    case 'money':
      return parseMoneyCell(v);
    case 'idNumber':
      return parseIdNumber(v);
    case 'ref':
      return type.ref === 'resident' ? parseIdNumber(v) : ok(halfWidth(cellText(v)));
  }
}

/** A header cell normalised for matching: no spaces, no required-marker (*), half-width brackets, lower case. */
export function headerKey(v: CellValue): string {
  return halfWidth(cellText(v))
    .replace(/\s+/g, '')
    .replace(/[*＊]|（必填）|\(必填\)/g, '')
    .toLowerCase();
}
