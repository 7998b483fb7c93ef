import { GraphQLError } from 'graphql';

/** The error codes of DOMAIN.md; every failure a client sees carries one of them in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export const ERROR_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadInput extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFound extends AppError {
  constructor(entity: string, id: string | number) {
    super('NOT_FOUND', `${entity} ${id} not found`, { entity, id: String(id) });
  }
}

export class Conflict extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, extra);
  }
}

export class InvalidState extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('INVALID_STATE', message, extra);
  }
}

export class Unauthenticated extends AppError {
  constructor(message = 'Please log in: this operation needs a valid token or API key') {
    super('UNAUTHENTICATED', message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'Your role may not perform this operation') {
    super('FORBIDDEN', message);
  }
}

/** Parses a GraphQL ID into a positive integer database id, or fails with BAD_USER_INPUT. */
export function parseId(value: unknown, field = 'id'): number {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || !/^[1-9][0-9]{0,14}$/.test(s)) {
    throw new BadInput(field, `"${String(value).slice(0, 40)}" is not a valid id`);
  }
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new BadInput(field, `"${s.slice(0, 40)}" is not a valid id`);
  return n;
}

/** Whether a database driver error is a unique-key (or primary-key) violation, on MySQL/MariaDB or SQLite. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || (e?.driverError?.errno ?? e?.errno) === 1062 || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Database driver errors → domain errors (unique key → CONFLICT, referenced row → INVALID_STATE). */
export function translateDbError(err: unknown): unknown {
  const e = err as { code?: string; errno?: number; message?: string; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  if (isUniqueViolation(err)) {
    return new Conflict('A record with the same unique value already exists');
  }
  // SQLite reports a foreign-key failure as SQLITE_CONSTRAINT_FOREIGNKEY or, inside a transaction, _TRIGGER
  const sqliteFk = typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT') && /FOREIGN KEY/i.test(e?.message ?? '');
  const isDelete = /^\s*DELETE/i.test((e as { query?: string })?.query ?? '');
  if (sqliteFk && !isDelete) return new BadInput('input', 'A referenced record does not exist');
  if (code === 'ER_ROW_IS_REFERENCED_2' || errno === 1451 || code === 'ER_ROW_IS_REFERENCED' || sqliteFk) {
    return new InvalidState('This record is still referenced by other records; remove or reassign them first');
  }
  if (code === 'ER_NO_REFERENCED_ROW_2' || errno === 1452) {
    return new BadInput('input', 'A referenced record does not exist');
  }
  if (code === 'ER_LOCK_DEADLOCK' || errno === 1213 || code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1205 || code === 'SQLITE_BUSY') {
    return new Conflict('The record is being changed by someone else right now; please retry', { retryable: true });
  }
  return err;
}

/**
 * Driver errors that mean "the database cannot be reached right now" (down, restarting, connection lost). POOL_*:
 * mysql2's pool cluster (read replicas) — closed, no such node, or its nodes taken offline after failed connects.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN', 'ER_CONNECTION_KILLED', 'CR_SERVER_GONE_ERROR', 'CR_SERVER_LOST', 'ER_CON_COUNT_ERROR', 'POOL_CLOSED', 'POOL_NOEXIST', 'POOL_NONEONLINE',
]);
const UNAVAILABLE_ERRNOS = new Set([1053, 1927, 2002, 2003, 2006, 2013, 1040]);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: string; errno?: number; message?: string; driverError?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if ((e.code && UNAVAILABLE_CODES.has(e.code)) || (e.errno && UNAVAILABLE_ERRNOS.has(e.errno))) return true;
    if (typeof e.message === 'string' && /^(Pool is closed|Can't add new command when connection is in closed state|connect ETIMEDOUT|Connection lost)/.test(e.message)) return true;
    e = (e.driverError ?? e.cause ?? (e as { thrownValue?: unknown }).thrownValue) as typeof e; // graphql-js wraps a thrown non-Error (mysql2 does that) in NonErrorThrown
  }
  return false;
}
