import fc from 'fast-check';
import { AppError } from './errors';
import { decimalParts, formatFixed, fromScaled, parseFixed, parseFixedBigInt, scaledInRange, toScaled } from './fixed';

describe('parseFixed / formatFixed', () => {
  it.each<[string | number, number, number | null]>([
    ['84.5', 2, 8450],
    ['84.50', 2, 8450],
    ['84', 2, 8400],
    ['0.01', 2, 1],
    ['87.5', 1, 875],
    ['87.50', 1, 875], // trailing zeros keep the value exact
    ['1.005', 2, null], // one decimal too many
    ['1.001', 2, null],
    ['-1.25', 2, -125],
    ['+1.25', 2, 125],
    ['-0', 2, 0],
    ['-0.00', 2, 0],
    ['007.1', 1, 71],
    [' 12.5 ', 1, 125], // surrounding white space is ignored
    ['1e3', 0, null], // no exponent in strings
    ['', 2, null],
    ['   ', 2, null],
    ['abc', 2, null],
    ['.5', 1, null],
    ['5.', 1, null],
    ['1,000', 0, null],
    ['1.2.3', 2, null],
    ['--1', 2, null],
    ['Infinity', 2, null],
    ['NaN', 2, null],
    ['0x10', 0, null],
    ['12', 0, 12],
    ['12.0', 0, 12],
    ['12.1', 0, null],
    [0.1, 1, 1],
    [0.1, 2, 10],
    [0.1 + 0.2, 2, null], // 0.30000000000000004
    [0.3, 2, 30],
    [1.005, 2, null],
    [87.5, 1, 875],
    [1e3, 0, 1000],
    [1e21, 0, null], // beyond a safe integer
    [1e-7, 7, 1],
    [1.5e-7, 7, null],
    [-0, 2, 0],
    [NaN, 2, null],
    [Infinity, 2, null],
    [-Infinity, 2, null],
    ['90071992547409.91', 2, 9007199254740991], // Number.MAX_SAFE_INTEGER hundredths
    ['90071992547409.92', 2, null],
  ])('parseFixed(%p, %i) = %p', (value, decimals, expected) => {
    const result = parseFixed(value, decimals);
    expect(result).toBe(expected);
    if (result === 0) expect(Object.is(result, -0)).toBe(false);
  });

  it('parseFixedBigInt handles money beyond 2^53', () => {
    expect(parseFixedBigInt('102760000.00', 2)).toBe(10276000000n);
    expect(parseFixedBigInt('123456789012345678.99', 2)).toBe(12345678901234567899n);
    expect(parseFixedBigInt(102760000, 2)).toBe(10276000000n);
    expect(parseFixedBigInt('1.001', 2)).toBeNull();
    expect(parseFixedBigInt(null as unknown as string, 2)).toBeNull();
  });

  it.each<[number | bigint, number, string]>([
    [8450, 2, '84.50'],
    [1, 2, '0.01'],
    [0, 2, '0.00'],
    [-0, 2, '0.00'],
    [-5, 2, '-0.05'],
    [-125, 2, '-1.25'],
    [875, 1, '87.5'],
    [7, 0, '7'],
    [10276000000n, 2, '102760000.00'],
    [12345678901234567899n, 2, '123456789012345678.99'],
  ])('formatFixed(%p, %i) = %p', (n, decimals, expected) => {
    expect(formatFixed(n, decimals)).toBe(expected);
  });

  it('formatFixed rejects non-integers', () => {
    expect(() => formatFixed(1.5, 2)).toThrow(RangeError);
    expect(() => formatFixed(NaN, 2)).toThrow(RangeError);
    expect(() => formatFixed(1, -1)).toThrow(RangeError);
  });

  it('property: formatFixed and parseFixed are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
        const text = formatFixed(n, decimals);
        return parseFixed(text, decimals) === (n === 0 ? 0 : n) && parseFixed(text, decimals + 1) === n * 10;
      }),
      { numRuns: 500 },
    );
  });
});

describe('decimalParts', () => {
  it('splits a decimal as written, or gives null', () => {
    expect(decimalParts(' -007.50 ')).toEqual({ sign: '-', intPart: '007', frac: '50' });
    expect(decimalParts('+1')).toEqual({ sign: '+', intPart: '1', frac: '' });
    expect(decimalParts(1e-7)).toEqual({ sign: '', intPart: '0', frac: '0000001' });
    expect(decimalParts(1e21)).toEqual({ sign: '', intPart: '1000000000000000000000', frac: '' });
    for (const bad of ['1e3', '.5', '5.', '-', '', NaN, Infinity, null, undefined, 10n, {}]) {
      expect(decimalParts(bad)).toBeNull();
    }
  });
});

/** Matches a BAD_USER_INPUT error on `field` (and with `message`, when given). */
const badInput = (field: string, message?: string) =>
  expect.objectContaining({
    ...(message === undefined ? {} : { message }),
    extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
  });

describe('toScaled / fromScaled', () => {
  it.each<[number | string, number, number]>([
    [250.5, 2, 25050],
    ['250.5', 2, 25050],
    ['250.50', 2, 25050],
    ['250.500', 2, 25050], // trailing zeros keep the value exact
    [' 84.5 ', 1, 845],
    [0, 2, 0],
    ['0.01', 2, 1],
    [-1.25, 2, -125],
    ['-1.25', 2, -125],
    ['007', 1, 70],
    [0.1, 1, 1],
    ['999999999999.99', 2, 99999999999999], // 12 integer digits
  ])('toScaled(%p, %i) = %p', (value, decimals, expected) => {
    expect(toScaled(value, decimals, 'floorArea')).toBe(expected);
  });

  it.each<[number | string, number]>([
    ['abc', 2],
    ['', 2],
    ['-', 2],
    ['+1', 2],
    ['1e3', 2],
    [1e21, 0], // prints as 1e+21
    [1e-7, 7], // prints as 1e-7
    ['.5', 1],
    ['5.', 1],
    ['1,000', 0],
    ['1000000000000', 2], // 13 integer digits
    [NaN, 2],
    [Infinity, 2],
  ])('toScaled(%p, %i) is not a number', (value, decimals) => {
    expect(() => toScaled(value, decimals, 'floorArea')).toThrow(AppError);
    expect(() => toScaled(value, decimals, 'floorArea')).toThrow(badInput('floorArea', 'floorArea must be a number'));
  });

  it('refuses more decimals than allowed, saying how many', () => {
    expect(() => toScaled('250.505', 2, 'floorArea')).toThrow(badInput('floorArea', 'floorArea allows at most 2 decimals (got 250.505)'));
    expect(() => toScaled(84.55, 1, 'serviceScore')).toThrow(badInput('serviceScore', 'serviceScore allows at most 1 decimal (got 84.55)'));
    expect(() => toScaled(0.1 + 0.2, 2, 'x')).toThrow(badInput('x', 'x allows at most 2 decimals (got 0.30000000000000004)'));
    expect(() => toScaled(' 1.5 ', 0, 'n')).toThrow(badInput('n', 'n allows at most 0 decimals (got 1.5)'));
  });

  it('fromScaled gives the display value, null for null', () => {
    expect(fromScaled(25050, 2)).toBe(250.5);
    expect(fromScaled(845, 1)).toBe(84.5);
    expect(fromScaled(-125, 2)).toBe(-1.25);
    expect(fromScaled(0, 2)).toBe(0);
    expect(fromScaled(null, 2)).toBeNull();
    expect(fromScaled(undefined, 1)).toBeNull();
  });

  it('property: fromScaled(toScaled(x)) is x for decimals that fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const text = formatFixed(n, decimals);
        return toScaled(text, decimals, 'x') === n && fromScaled(n, decimals) === Number(text);
      }),
      { numRuns: 500 },
    );
  });

  it('scaledInRange refuses values outside min..max with the label', () => {
    expect(() => scaledInRange(5, 0, 10, 'x', 'x out of range')).not.toThrow();
    expect(() => scaledInRange(0, 0, 10, 'x', 'x out of range')).not.toThrow();
    expect(() => scaledInRange(10, 0, 10, 'x', 'x out of range')).not.toThrow();
    expect(() => scaledInRange(11, 0, 10, 'x', 'x out of range')).toThrow(badInput('x', 'x out of range'));
    expect(() => scaledInRange(-1, 0, 10, 'x', 'x out of range')).toThrow(AppError);
  });
});
