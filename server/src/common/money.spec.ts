import fc from 'fast-check';
import { AppError } from './errors';
import { formatMoney, nonNegativeMoney, parseMoney, yuanToFen } from './money';

/** Matches a BAD_USER_INPUT error on `field` (and with `message`, when given). */
const badInput = (field: string, message?: string) =>
  expect.objectContaining({
    ...(message === undefined ? {} : { message }),
    extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
  });

describe('parseMoney', () => {
  it.each<[unknown, bigint]>([
    ['102760000.00', 10276000000n],
    ['102760000', 10276000000n],
    [102760000, 10276000000n],
    ['1234.5', 123450n],
    ['1234.50', 123450n],
    [1234.5, 123450n],
    [' 12.34 ', 1234n],
    ['0.01', 1n],
    ['0', 0n],
    ['-0', 0n],
    [-0, 0n],
    ['-1.5', -150n],
    [-1.5, -150n],
    ['-0.05', -5n],
    ['007.10', 710n],
    [0.1, 10n],
    [0.3, 30n],
    ['999999999999999.99', 99999999999999999n], // 15 integer digits, beyond 2^53 fen
    [12n, 1200n], // a bigint is whole yuan
    [-3n, -300n],
  ])('parseMoney(%p) = %p', (value, fen) => {
    expect(parseMoney(value)).toBe(fen);
  });

  it.each<[unknown]>([
    ['1.005'], // three decimals
    [1.005],
    ['1.500'], // at most two decimal digits are written, even zeros
    ['1.'],
    ['.5'],
    ['-'],
    ['+1'],
    ['1e3'],
    [1e21], // prints as 1e+21
    [1e-7], // prints as 1e-7
    ['1,000.00'],
    ['abc'],
    [''],
    ['   '],
    ['--1'],
    ['1000000000000000'], // 16 integer digits
    ['0000000000000001'], // leading zeros count too
    [NaN],
    [Infinity],
    [-Infinity],
    ['NaN'],
    ['Infinity'],
    [0.1 + 0.2], // 0.30000000000000004
    [null],
    [undefined],
    [true],
    [{}],
  ])('parseMoney(%p) is refused', (value) => {
    expect(parseMoney(value)).toBeNull();
  });
});

describe('formatMoney', () => {
  it.each<[bigint | number | string, string]>([
    [10276000000n, '102760000.00'],
    [123450n, '1234.50'],
    [1n, '0.01'],
    [0n, '0.00'],
    [-5n, '-0.05'],
    [-150n, '-1.50'],
    [99999999999999999n, '999999999999999.99'],
    [123450, '1234.50'],
    ['123450', '1234.50'],
    ['-7', '-0.07'],
  ])('formatMoney(%p) = %p', (fen, text) => {
    expect(formatMoney(fen)).toBe(text);
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
    expect(() => formatMoney('1.5')).toThrow(SyntaxError);
  });
});

describe('money round trips', () => {
  it('"102760000.00" ⇄ 10276000000n', () => {
    expect(formatMoney(parseMoney('102760000.00')!)).toBe('102760000.00');
    expect(parseMoney(formatMoney(10276000000n))).toBe(10276000000n);
  });

  it('property: parseMoney(formatMoney(fen)) = fen for every amount of at most 15 integer digits', () => {
    const max = 10n ** 17n - 1n;
    fc.assert(
      fc.property(fc.bigInt({ min: -max, max }), (fen) => parseMoney(formatMoney(fen)) === fen),
      { numRuns: 1000 },
    );
  });

  it('property: formatMoney(parseMoney(text)) is text written with two decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 99 }), (yuan, cents) => {
        const text = `${yuan}.${String(cents).padStart(2, '0')}`;
        return formatMoney(parseMoney(text)!) === text && formatMoney(parseMoney(`-${text}`)!) === (yuan === 0n && cents === 0 ? '0.00' : `-${text}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('yuanToFen multiplies by 100', () => {
    expect(yuanToFen(102760000n)).toBe(10276000000n);
  });
});

describe('nonNegativeMoney', () => {
  it('passes 0 and more through', () => {
    expect(nonNegativeMoney(0n, 'cash')).toBe(0n);
    expect(nonNegativeMoney(10276000000n, 'totalInvestment')).toBe(10276000000n);
  });

  it('refuses a negative amount or a non-bigint with BAD_USER_INPUT on the field', () => {
    expect(() => nonNegativeMoney(-1n, 'cash')).toThrow(AppError);
    expect(() => nonNegativeMoney(-1n, 'cash')).toThrow(badInput('cash', 'cash cannot be negative'));
    expect(() => nonNegativeMoney(5 as unknown as bigint, 'cash')).toThrow(badInput('cash', 'cash must be an amount of money'));
  });
});
