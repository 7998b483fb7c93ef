import { describe, expect, it } from 'vitest';
import { can } from '../src/authProvider';
import { formatMoney, idCheckChar, maskIdNumber } from '../src/common/format';
import { idNumber } from '../src/common/validation';
import { cleanScheme } from '../src/ratingRounds/scheme';
import { cleanLevels } from '../src/subsidyRounds/levels';
import { appEn } from '../src/i18n/en';
import { appZh } from '../src/i18n/zh';
import { raZh } from '../src/i18n/raZh';
import englishMessages from 'ra-language-english';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('money', () => {
  it('formats decimal strings as yuan with thousands separators, without floats', () => {
    expect(formatMoney('102760000.00')).toBe('¥102,760,000.00');
    expect(formatMoney('1234.5')).toBe('¥1,234.50');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('90071992547409931.99')).toBe('¥90,071,992,547,409,931.99');
    expect(formatMoney(null)).toBe('');
  });
});

describe('ID numbers', () => {
  it('masks like the API (first 3, last 4)', () => {
    expect(maskIdNumber('44030119500101123X')).toBe('440***********123X');
    expect(maskIdNumber('440***********123X')).toBe('440***********123X');
  });
  it('checks the GB 11643 check character', () => {
    const first17 = '11010519491231002';
    expect(idCheckChar(first17)).toBe('X');
    expect(idNumber(`${first17}X`)).toBeUndefined();
    expect(idNumber(`${first17}1`)).toBe('eg.validation.idChecksum');
    expect(idNumber('123')).toBe('eg.validation.idNumber');
  });
});

describe('roles', () => {
  it('OFFICER may not approve nor manage users; ANALYST only reads', () => {
    expect(can('ADMIN', 'approve', 'subsidyRounds')).toBe(true);
    expect(can('OFFICER', 'approve', 'subsidyRounds')).toBe(false);
    expect(can('OFFICER', 'edit', 'centers')).toBe(true);
    expect(can('OFFICER', 'list', 'users')).toBe(false);
    expect(can('ANALYST', 'list', 'centers')).toBe(true);
    expect(can('ANALYST', 'show', 'residents')).toBe(true);
    for (const action of ['create', 'edit', 'delete', 'approve']) expect(can('ANALYST', action, 'centers')).toBe(false);
    expect(can(undefined, 'list', 'centers')).toBe(false);
  });
});

describe('form cleanup', () => {
  it('drops empty scheme parameters so the server keeps its defaults', () => {
    expect(cleanScheme({ weights: { service: 0.6, area: null }, thresholds: { FIVE: '' }, areaFullAt: 300 })).toEqual({ weights: { service: 0.6 }, areaFullAt: 300 });
    expect(cleanScheme({ weights: {} })).toBeUndefined();
  });
  it('turns level rows into LevelAmountInput with money as whole-yuan strings', () => {
    expect(cleanLevels([{ level: 'FIVE', weight: 1.6, amount: '60000.00' }, { level: 'FAIL', weight: 0, amount: '' }])).toEqual([
      { level: 'FIVE', weight: 1.6, amount: '60000' },
      { level: 'FAIL', weight: 0 },
    ]);
  });
});

describe('messages', () => {
  it('zh and en have the same application keys', () => {
    expect(keys(appEn).sort()).toEqual(keys(appZh).sort());
  });
  it('the Chinese react-admin messages cover every key of the English ones', () => {
    expect(keys(raZh).sort()).toEqual(keys(englishMessages).sort());
  });
});
