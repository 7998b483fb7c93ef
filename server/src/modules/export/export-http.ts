import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor, Ctx } from '../../common/context';
import { AppError } from '../../common/errors';
import { httpStatusOf } from '../../common/http';
import { Loaders } from '../../common/loaders';
import { log } from '../../common/log';

/** app.ts's formatError: every error leaves with a DOMAIN.md code (and `field`), never a stack trace or SQL. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** A request context like /graphql's, for running the API's own services and queries on behalf of the caller. */
export function exportContext(ds: DataSource, req: Request, actor: Actor): Ctx {
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
  return { requestId, ds, loaders: new Loaders(ds), actor, now: new Date(), ip: req.ip };
}

/** One query-string value as a string (absent → undefined); a repeated parameter is BAD_USER_INPUT. */
export function queryParam(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new AppError('BAD_USER_INPUT', `Give ${name} once, as a plain value`, { field: name });
  return v;
}

/**
 * Answers a failure as /graphql would word it (`{ errors: [{ message, extensions: { code, field } }] }`) with the
 * matching HTTP status. Once bytes of a file have left, the response can only be cut off (the client sees a
 * failed download).
 */
export function sendExportError(res: Response, e: unknown, formatError: FormatError, requestId?: string) {
  const err = e instanceof GraphQLError ? e : new GraphQLError((e as Error)?.message ?? String(e), { originalError: e as Error });
  const formatted = formatError(err.toJSON(), err);
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (res.headersSent) {
    log.error('export failed after the download had started', { requestId, err: String((e as Error)?.stack ?? e) });
    if (!res.destroyed) res.destroy();
    return;
  }
  const unavailable = formatted.extensions?.reason === 'DATABASE_UNAVAILABLE';
  const status = unavailable ? 503 : httpStatusOf(code);
  res.status(status).json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
}
