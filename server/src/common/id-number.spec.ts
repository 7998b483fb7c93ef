import {
  birthDateFromId,
  genderFromId,
  idCheckChar,
  makeIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  validateIdNumber,
} from './id-number';

describe('idCheckChar', () => {
  it('computes the GB 11643 standard example', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  it('computes other known numbers', () => {
    expect(idCheckChar('44052418800101001')).toBe('4');
    expect(idCheckChar('11010519491231003')).toBe('8');
  });

  it('maps every remainder through 10X98765432', () => {
    // Vary the last digit (weight 2): the check character cycles through 6 remainders; vary digit 1
    // (weight 7) to reach all 11.
    const seen = new Set<string>();
    for (let d1 = 0; d1 <= 9; d1++) {
      for (let d17 = 0; d17 <= 9; d17++) seen.add(idCheckChar(`${d1}1010519491231${String(d17).padStart(3, '0')}`));
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('rejects anything but 17 digits', () => {
    expect(() => idCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idCheckChar('1101051949123100X')).toThrow(RangeError);
    expect(() => idCheckChar('110105194912310021')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it('accepts valid numbers', () => {
    expect(validateIdNumber('11010519491231002X')).toEqual({ ok: true });
    expect(validateIdNumber('11010519491231002X', '1949-12-31')).toEqual({ ok: true });
    expect(validateIdNumber('440524188001010014', '1880-01-01')).toEqual({ ok: true });
  });

  it.each([
    [''],
    ['11010519491231002'],
    ['11010519491231002X0'],
    ['1101051949123100XX'],
    ['11010519491231002Y'],
    ['A1010519491231002X'],
    [' 11010519491231002X'],
    ['11010519491231002x'],
  ])('FORMAT for %j', (id) => {
    const r = validateIdNumber(id);
    expect(r).toMatchObject({ ok: false, reason: 'FORMAT' });
    if (!r.ok) expect(r.message).toMatch(/身份证号格式错误.*\(ID number must be 18 characters/);
  });

  it('hints at the uppercase X for a lowercase x', () => {
    const r = validateIdNumber('11010519491231002x');
    expect(!r.ok && r.message).toContain('uppercase X');
  });

  it('CHECK_CHAR names the right character', () => {
    expect(validateIdNumber('110105194912310021')).toEqual({
      ok: false,
      reason: 'CHECK_CHAR',
      message: '身份证号校验位错误 (check character should be X)',
    });
    expect(validateIdNumber('44052418800101001X')).toMatchObject({
      reason: 'CHECK_CHAR',
      message: expect.stringContaining('check character should be 4'),
    });
  });

  it.each([['19491331'], ['19490229'], ['19000229'], ['19490001'], ['19491200'], ['00000101']])(
    'BIRTH_DATE when characters 7–14 are %s',
    (ymd) => {
      const first17 = `110105${ymd}002`;
      const id = first17 + idCheckChar(first17); // correct check character: only the date is wrong
      const r = validateIdNumber(id);
      expect(r).toMatchObject({ ok: false, reason: 'BIRTH_DATE' });
      if (!r.ok) expect(r.message).toContain(ymd);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(validateIdNumber(makeIdNumber('440303', '1948-02-29', 12, 'MALE'), '1948-02-29')).toEqual({ ok: true });
    expect(validateIdNumber(makeIdNumber('440303', '2000-02-29', 12, 'MALE'))).toEqual({ ok: true });
  });

  it('BIRTH_MISMATCH when birthDate differs', () => {
    const r = validateIdNumber('11010519491231002X', '1950-01-01');
    expect(r).toEqual({
      ok: false,
      reason: 'BIRTH_MISMATCH',
      message: expect.stringContaining('birth date in the ID number is 1949-12-31, but birthDate is 1950-01-01'),
    });
  });

  it('reports FORMAT before BIRTH_DATE before CHECK_CHAR before BIRTH_MISMATCH', () => {
    expect(validateIdNumber('11010519491331002', '1949-12-31')).toMatchObject({ reason: 'FORMAT' });
    expect(validateIdNumber('110105194913310029', '1949-12-31')).toMatchObject({ reason: 'BIRTH_DATE' });
    expect(validateIdNumber('110105194912310021', '1950-01-01')).toMatchObject({ reason: 'CHECK_CHAR' });
  });

  it('catches every single-digit typo in the first 17 digits', () => {
    const id = '11010519491231002X';
    for (let i = 0; i < 17; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === id[i]) continue;
        const typo = id.slice(0, i) + d + id.slice(i + 1);
        expect(validateIdNumber(typo).ok).toBe(false);
      }
    }
  });
});

describe('normalizeIdNumber', () => {
  it('uppercases x, strips whitespace and converts full-width characters', () => {
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeIdNumber(' 110105 19491231 002x\n')).toBe('11010519491231002X');
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(validateIdNumber(normalizeIdNumber('11010519491231002x'))).toEqual({ ok: true });
  });
});

describe('birthDateFromId / genderFromId', () => {
  it('reads the birth date and gender', () => {
    expect(birthDateFromId('11010519491231002X')).toBe('1949-12-31');
    expect(genderFromId('11010519491231002X')).toBe('FEMALE');
    expect(genderFromId('440524188001010014')).toBe('MALE');
  });

  it('returns null for malformed numbers or impossible dates', () => {
    expect(birthDateFromId('1101051949123100')).toBeNull();
    expect(birthDateFromId('110105194913310029')).toBeNull();
    expect(genderFromId('abc')).toBeNull();
  });
});

describe('makeIdNumber', () => {
  it('builds valid numbers with the right birth date and gender', () => {
    for (const [date, seq] of [
      ['1910-01-01', 0],
      ['1956-06-30', 999],
      ['1948-02-29', 500],
      ['1949-12-31', 2],
    ] as const) {
      for (const gender of ['MALE', 'FEMALE'] as const) {
        const id = makeIdNumber('440303', date, seq, gender);
        expect(id).toHaveLength(18);
        expect(id.startsWith('440303' + date.replace(/-/g, ''))).toBe(true);
        expect(validateIdNumber(id, date)).toEqual({ ok: true });
        expect(genderFromId(id)).toBe(gender);
        expect(Number(id[16]) % 2).toBe(gender === 'MALE' ? 1 : 0);
      }
    }
  });

  it('reproduces the standard example', () => {
    expect(makeIdNumber('110105', '1949-12-31', 2, 'FEMALE')).toBe('11010519491231002X');
    expect(makeIdNumber('110105', '1949-12-31', 3, 'FEMALE')).toBe('11010519491231002X');
    expect(makeIdNumber('110105', '1949-12-31', 2, 'MALE')).toBe('110105194912310038');
  });

  it('forces the parity of the sequence', () => {
    expect(makeIdNumber('440303', '1950-01-01', 0, 'MALE').slice(14, 17)).toBe('001');
    expect(makeIdNumber('440303', '1950-01-01', 0, 'FEMALE').slice(14, 17)).toBe('000');
    expect(makeIdNumber('440303', '1950-01-01', 999, 'FEMALE').slice(14, 17)).toBe('998');
    expect(makeIdNumber('440303', '1950-01-01', 999, 'MALE').slice(14, 17)).toBe('999');
  });

  it('rejects bad arguments', () => {
    expect(() => makeIdNumber('44030', '1950-01-01', 1, 'MALE')).toThrow(RangeError);
    expect(() => makeIdNumber('440303', '1950-02-29', 1, 'MALE')).toThrow(RangeError);
    expect(() => makeIdNumber('440303', '19500101', 1, 'MALE')).toThrow(RangeError);
    expect(() => makeIdNumber('440303', '1950-01-01', 1000, 'MALE')).toThrow(RangeError);
    expect(() => makeIdNumber('440303', '1950-01-01', -1, 'MALE')).toThrow(RangeError);
    expect(() => makeIdNumber('440303', '1950-01-01', 1.5, 'MALE')).toThrow(RangeError);
  });
});

describe('masking', () => {
  it('keeps the first 3 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('44030319500101123X')).toBe('440***********123X');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdNumber('11010519491231002X')).toHaveLength(18);
  });

  it('masks short strings entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });

  it('keeps the last 4 characters of a phone', () => {
    expect(maskPhone('13812345678')).toBe('*******5678');
    expect(maskPhone('0755-82345678')).toBe('*********5678');
    expect(maskPhone('5678')).toBe('5678');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeUndefined();
  });
});
