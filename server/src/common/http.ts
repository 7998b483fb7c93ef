/**
 * What the REST endpoints beside /graphql (exports, imports, job results) share: who the caller is, and the HTTP
 * status of each DOMAIN.md error code.
 */
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { services } from '../services';
import { Actor } from './context';
import { AppError, ErrorCode, Forbidden, Unauthenticated } from './errors';

/** The HTTP status of each error code on the REST endpoints. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  INTERNAL_SERVER_ERROR: 500,
};

export const httpStatusOf = (code: string): number => HTTP_STATUS[code as ErrorCode] ?? 500;

export interface RequestActorOptions {
  /**
   * Partner API keys (`X-Api-Key`) are accepted unless this says why not: then a good key is FORBIDDEN with this
   * message, a bad one UNAUTHENTICATED.
   */
  refuseApiKeys?: string;
}

/**
 * The caller a request names, for /graphql and the REST endpoints alike: `Authorization: Bearer <token>` (a user)
 * or `X-Api-Key` (a partner app); null when it sends neither. Both, a malformed header or a bad credential:
 * UNAUTHENTICATED.
 */
export async function credentialsActor(ds: DataSource, req: Request): Promise<Actor | null> {
  const auth = req.headers.authorization;
  const key = req.headers['x-api-key'];
  if (auth && key) throw new Unauthenticated('Send either a Bearer token or an X-Api-Key, not both');
  if (typeof key === 'string') return services({ ds }).apiKeys.authenticate(key);
  if (!auth) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  if (!m) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
  return services({ ds }).auth.authenticate(m[1]);
}

/** The caller of a REST endpoint (credentialsActor), who must name one: none is UNAUTHENTICATED. */
export async function requestActor(ds: DataSource, req: Request, opts: RequestActorOptions = {}): Promise<Actor> {
  const actor = await credentialsActor(ds, req);
  if (!actor) throw new Unauthenticated('Send the Authorization: Bearer <token> header');
  if (actor.kind === 'API_KEY' && opts.refuseApiKeys) throw new Forbidden(opts.refuseApiKeys);
  return actor;
}

/** Answers an AppError as /graphql words it: `{ errors: [{ message, extensions: { code, … } }] }`, with its status. */
export function sendAppError(res: Response, e: AppError): void {
  const code = String(e.extensions.code);
  res.status(httpStatusOf(code)).json({ errors: [{ message: e.message, extensions: { ...e.extensions, code } }] });
}
