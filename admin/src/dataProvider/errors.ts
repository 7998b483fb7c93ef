// API errors → react-admin errors: BAD_USER_INPUT → field errors on the form (body.errors), CONFLICT → "reload",
// UNAUTHENTICATED → 401 (the auth provider sends the user back to login), the rest → a translated message.
import { HttpError } from 'ra-core';
import { ApiError } from './client';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  TOO_COMPLEX: 400,
  NETWORK: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Server input field names that the forms call differently (nested inputs become their parent input). */
const FIELD_ALIASES: Record<string, string> = {};

export function formField(field: string): string {
  const base = field.replace(/^input\./, '');
  return FIELD_ALIASES[base] ?? base;
}

/**
 * Turns any error thrown by the transport into an HttpError whose message is already translated.
 * `body.errors` (field → message) makes react-admin show the message under the input and keep the form open.
 */
export function toHttpError(e: unknown, translate: Translate): HttpError | unknown {
  if (!(e instanceof ApiError)) return e;
  const status = STATUS[e.code] ?? e.status ?? 500;
  const detail = e.message;
  switch (e.code) {
    case 'BAD_USER_INPUT': {
      const message = translate('eg.errors.BAD_USER_INPUT', { detail, _: detail });
      if (e.field) {
        const field = formField(e.field);
        const fieldMessage = translate('eg.errors.field', { detail, _: detail });
        return new HttpError(message, status, { errors: { [field]: fieldMessage, root: { serverError: message } }, code: e.code, field });
      }
      return new HttpError(message, status, { code: e.code });
    }
    case 'CONFLICT': {
      // A duplicate unique key names its field; a stale version does not.
      if (e.field) {
        const field = formField(e.field);
        const fieldMessage = translate('eg.errors.duplicate', { detail, _: detail });
        return new HttpError(fieldMessage, status, { errors: { [field]: fieldMessage }, code: e.code, field });
      }
      return new HttpError(translate('eg.errors.CONFLICT', { detail }), status, { code: e.code });
    }
    case 'UNAUTHENTICATED':
      return new HttpError(translate('eg.errors.UNAUTHENTICATED', { detail }), 401, { code: e.code });
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'INVALID_STATE':
    case 'TOO_COMPLEX':
    case 'NETWORK':
      return new HttpError(translate(`eg.errors.${e.code}`, { detail }), status, { code: e.code });
    default:
      return new HttpError(translate('eg.errors.INTERNAL_SERVER_ERROR', { detail }), status, { code: e.code });
  }
}
