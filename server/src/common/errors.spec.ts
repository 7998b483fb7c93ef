import { AppError, isDatabaseUnavailable, parseId, translateDbError } from './errors';

/** Matches a BAD_USER_INPUT error on `field` (and with `message`, when given). */
const badInput = (field: string, message?: string) =>
  expect.objectContaining({
    ...(message === undefined ? {} : { message }),
    extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
  });

describe('parseId', () => {
  it('parses positive integer ids from strings and numbers', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('42')).toBe(42);
    expect(parseId(42)).toBe(42);
    expect(parseId('999999999999999')).toBe(999999999999999);
  });

  it.each<[unknown]>([['0'], ['-1'], ['01'], ['1.5'], [1.5], ['1e3'], [' 1'], ['abc'], [''], [null], [undefined], [0], [-3], [NaN], ['1000000000000000']])(
    'refuses %p with BAD_USER_INPUT',
    (value) => {
      expect(() => parseId(value, 'filter.residentId')).toThrow(AppError);
      expect(() => parseId(value, 'filter.residentId')).toThrow(badInput('filter.residentId'));
    },
  );

  it('says which value is not an id, on `id` by default', () => {
    expect(() => parseId('x1')).toThrow(badInput('id', '"x1" is not a valid id'));
    expect(() => parseId('y'.repeat(100))).toThrow(badInput('id', `"${'y'.repeat(40)}" is not a valid id`));
  });
});

describe('translateDbError', () => {
  const code = (e: unknown) => (e as AppError).extensions?.code;

  it('turns a unique-key violation into CONFLICT (MySQL and SQLite)', () => {
    expect(code(translateDbError({ code: 'ER_DUP_ENTRY' }))).toBe('CONFLICT');
    expect(code(translateDbError({ driverError: { errno: 1062 } }))).toBe('CONFLICT');
    expect(code(translateDbError({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe('CONFLICT');
    expect(code(translateDbError({ driverError: { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' } }))).toBe('CONFLICT');
  });

  it('turns a referenced row into INVALID_STATE on delete, a missing reference into BAD_USER_INPUT', () => {
    expect(code(translateDbError({ code: 'ER_ROW_IS_REFERENCED_2' }))).toBe('INVALID_STATE');
    expect(code(translateDbError({ errno: 1451 }))).toBe('INVALID_STATE');
    expect(code(translateDbError({ code: 'ER_ROW_IS_REFERENCED' }))).toBe('INVALID_STATE');
    const missing = translateDbError({ code: 'ER_NO_REFERENCED_ROW_2' }) as AppError;
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(code(translateDbError({ errno: 1452 }))).toBe('BAD_USER_INPUT');
  });

  it('tells SQLite foreign-key failures apart by the statement', () => {
    const fk = { code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' };
    expect(code(translateDbError({ ...fk, query: 'INSERT INTO visit ...' }))).toBe('BAD_USER_INPUT');
    expect(code(translateDbError({ ...fk, query: '  delete from resident where id = 1' }))).toBe('INVALID_STATE');
    expect(code(translateDbError({ code: 'SQLITE_CONSTRAINT_TRIGGER', message: 'FOREIGN KEY constraint failed', query: 'DELETE FROM x' }))).toBe(
      'INVALID_STATE',
    );
  });

  it('marks deadlocks and busy databases as a retryable CONFLICT', () => {
    for (const e of [{ code: 'ER_LOCK_DEADLOCK' }, { errno: 1213 }, { code: 'ER_LOCK_WAIT_TIMEOUT' }, { errno: 1205 }, { code: 'SQLITE_BUSY' }]) {
      const out = translateDbError(e) as AppError;
      expect(out.extensions).toMatchObject({ code: 'CONFLICT', retryable: true });
    }
  });

  it('returns anything else unchanged', () => {
    const other = new Error('boom');
    expect(translateDbError(other)).toBe(other);
    expect(translateDbError(undefined)).toBeUndefined();
    expect(translateDbError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed' })).toEqual({
      code: 'SQLITE_CONSTRAINT_CHECK',
      message: 'CHECK constraint failed',
    });
  });
});

describe('isDatabaseUnavailable', () => {
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('knows connection failures, also wrapped by TypeORM (driverError) or graphql-js (cause)', () => {
    expect(isDatabaseUnavailable(coded('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: coded('PROTOCOL_CONNECTION_LOST') })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { errno: 2013 } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Can't add new command when connection is in closed state"))).toBe(true);
  });

  it("knows mysql2's pool cluster errors: a replica removed, or taken offline after failed connects", () => {
    expect(isDatabaseUnavailable(coded('POOL_NOEXIST', 'Pool does Not exist.'))).toBe(true);
    expect(isDatabaseUnavailable(coded('POOL_NONEONLINE', 'Pool does Not have online node.'))).toBe(true);
  });

  it('is false for errors of the query itself', () => {
    expect(isDatabaseUnavailable(coded('ER_DUP_ENTRY'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax'), { errno: 1064 }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
