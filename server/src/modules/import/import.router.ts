import type { Readable } from 'node:stream';
import busboy from 'busboy';
import express, { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/context';
import { AppError, Forbidden, isDatabaseUnavailable } from '../../common/errors';
import { httpStatusOf, requestActor } from '../../common/http';
import { log } from '../../common/log';
import { Cell, ExportColumn, sendTable } from '../../common/table-export';
import { ImportFormat, ImportKind, isImportKind } from './import.types';
import { IMPORTERS, ImportLimits, importLimitsFromEnv, runImport } from './import.service';
import { KINDS } from './kinds';
import { tooLarge } from './readers';

/** multipart framing around the file (boundaries, part headers) allowed on top of the file size limit */
const MULTIPART_SLACK = 64 * 1024;

const sendError = (res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  res.status(status).json({ error: { code, message, ...extra } });

/** The template's example cells: booleans as 是/否, enums by their first Chinese label. */
function exampleCell(kind: ImportKind, field: string): Cell {
  const col = KINDS[kind].columns.find((c) => c.field === field)!;
  const v = col.example;
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v;
}

/** The caller of an import endpoint: a Bearer token of an ADMIN or OFFICER (API keys and other roles: FORBIDDEN). */
export async function importActor(ds: DataSource, req: Request): Promise<Actor> {
  const actor = await requestActor(ds, req, { refuseApiKeys: 'Partner API keys may not import' });
  if (!IMPORTERS.includes(actor.role)) throw new Forbidden('Your role may not import records (ADMIN and OFFICER may)');
  return actor;
}

/** `:kind` of the path (NOT_FOUND for an unknown kind). */
export function importKindOf(req: Request): ImportKind {
  const kind = req.params.kind;
  if (!isImportKind(kind)) throw new AppError('NOT_FOUND', `Unknown import kind "${String(kind).slice(0, 40)}" (centers, associations, residents, exams, visits)`);
  return kind;
}

/** `?commit=0|1` (also true/false; absent: a dry run). */
export function commitParam(req: Request): boolean {
  const commitParam = String(req.query.commit ?? '0');
  if (!['0', '1', 'true', 'false'].includes(commitParam)) throw new AppError('BAD_USER_INPUT', 'commit is 0 or 1', { field: 'commit' });
  return commitParam === '1' || commitParam === 'true';
}

/** Refuses a body over the size limit by its Content-Length (before reading it) and a body that is not multipart. */
export function checkUploadRequest(req: Request, res: Response, limits: ImportLimits): void {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > limits.maxBytes + MULTIPART_SLACK) {
    res.setHeader('Connection', 'close');
    throw new AppError('BAD_USER_INPUT', tooLarge(limits.maxBytes).message, { field: 'file', reason: 'FILE_TOO_LARGE' });
  }
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    throw new AppError('BAD_USER_INPUT', 'Send the file as multipart/form-data in the field "file"', { field: 'file' });
  }
}

/**
 * An import endpoint: failures answer `{ "error": { code, message, reason? } }` with the HTTP status of the code (413
 * for a file over the size limit, 503 while the database is unavailable).
 */
export const importRoute = (fn: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
  try {
    await fn(req, res);
  } catch (e) {
    if (res.headersSent) {
      log.error('import response failed after it started', { err: String((e as Error)?.stack ?? e) });
      res.end();
      return;
    }
    if (e instanceof AppError) {
      const code = String(e.extensions.code);
      const reason = e.extensions.reason as string | undefined;
      const status = reason === 'FILE_TOO_LARGE' ? 413 : httpStatusOf(code);
      sendError(res, status, code, e.message, reason ? { reason } : {});
    } else if (isDatabaseUnavailable(e)) {
      sendError(res, 503, 'INTERNAL_SERVER_ERROR', 'Database unavailable; please retry shortly', { reason: 'DATABASE_UNAVAILABLE' });
    } else next(e);
  }
};

/**
 * `POST /import/:kind?commit=0|1` (multipart/form-data, field `file`: .xlsx or .csv): dry run or all-or-nothing
 * commit, JSON result; with `Accept: application/x-ndjson` progress lines `{"progress":rows}` then the result.
 * `GET /import/:kind/template.(xlsx|csv)`: the header row and one example row. `GET /import/:kind/columns`.
 * Bearer token as for /graphql; ADMIN and OFFICER only. (`POST /jobs/import/:kind` runs the same as a background
 * job: import.job.ts.)
 */
export function importRouter(ds: DataSource, limits: ImportLimits = importLimitsFromEnv()): express.Router {
  const router = express.Router();
  const authed = (req: Request) => importActor(ds, req);
  const kindOf = importKindOf;
  const handle = importRoute;

  router.get(
    '/:kind/template.:format',
    handle(async (req, res) => {
      const kind = kindOf(req);
      const format = req.params.format;
      if (format !== 'xlsx' && format !== 'csv') throw new AppError('BAD_USER_INPUT', 'The template format is .xlsx or .csv', { field: 'format' });
      await authed(req);
      const spec = KINDS[kind];
      // the ID number column as text, so that what staff type into it is not turned into a 15-digit number
      const columns: ExportColumn[] = spec.columns.map((c) => ({
        header: c.header,
        width: Math.max(12, c.header.length * 2 + 4, String(c.example ?? '').length + 4),
        numFmt: c.type.t === 'idNumber' || (c.type.t === 'ref' && c.type.ref === 'resident') ? '@' : undefined,
      }));
      await sendTable(res, format, `${spec.label}导入模板`, spec.label, columns, [spec.columns.map((c) => exampleCell(kind, c.field))]);
    }),
  );

  router.get(
    '/:kind/columns',
    handle(async (req, res) => {
      const kind = kindOf(req);
      await authed(req);
      res.setHeader('Cache-Control', 'no-store');
      res.json({
        kind,
        label: KINDS[kind].label,
        columns: KINDS[kind].columns.map((c) => ({ header: c.header, field: c.field, required: !!c.required, hint: c.hint ?? null, example: exampleCell(kind, c.field) })),
      });
    }),
  );

  router.post(
    '/:kind',
    handle(async (req, res) => {
      const kind = kindOf(req);
      const commit = commitParam(req);
      const actor = await authed(req);
      checkUploadRequest(req, res, limits);
      const ndjson = /application\/x-ndjson/i.test(req.headers.accept ?? '');
      const file = await receiveFile(req, limits);
      const format = formatOfName(file.name);
      let lastProgress = 0;
      if (ndjson) {
        res.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Accel-Buffering', 'no');
        res.flushHeaders();
      }
      try {
        const result = await runImport(ds, actor, kind, file.stream, format, {
          ...limits,
          commit,
          fileName: file.name,
          requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 64) : null,
          onProgress: ndjson
            ? (rows) => {
                if (rows === lastProgress) return;
                lastProgress = rows;
                res.write(JSON.stringify({ progress: rows }) + '\n');
              }
            : undefined,
        });
        if (ndjson) res.end(JSON.stringify(result) + '\n');
        else res.json(result);
      } catch (e) {
        if (!ndjson) throw e;
        // the status line has gone: the error is the last line
        const ae = e instanceof AppError ? e : null;
        if (!ae) log.error('import failed', { err: String((e as Error)?.stack ?? e) });
        const error = ae
          ? { code: String(ae.extensions.code), message: ae.message, ...(ae.extensions.reason ? { reason: ae.extensions.reason } : {}) }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error; the problem has been logged' };
        res.end(JSON.stringify({ error }) + '\n');
      } finally {
        file.done();
      }
    }),
  );

  return router;
}

/** The format a file name announces (.xlsx / .csv), if any: the importer checks the bytes anyway. */
export const formatOfName = (name: string): ImportFormat | undefined => (/\.xlsx$/i.test(name) ? 'xlsx' : /\.csv$/i.test(name) ? 'csv' : undefined);

/**
 * Streams the multipart body through busboy until the `file` part starts; the file itself is consumed by the
 * importer. `done()` drains whatever the importer did not read (and any later part) so the request completes.
 */
export function receiveFile(req: Request, limits: ImportLimits): Promise<{ name: string; stream: Readable; done: () => void }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      // one byte over the limit, so that the importer's own byte count notices a file busboy cut off
      // file names as browsers send them: UTF-8 (busboy's default for parameters is latin1, which garbles 老年人.xlsx)
      bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: limits.maxBytes + 1, fields: 20, parts: 40 } });
    } catch (e) {
      reject(new AppError('BAD_USER_INPUT', `Malformed multipart request: ${(e as Error).message}`, { field: 'file' }));
      return;
    }
    let found = false;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || found) {
        stream.resume();
        return;
      }
      found = true;
      stream.on('error', () => undefined); // an interrupted upload: the importer reports it; never an unhandled 'error'
      // a client that goes away mid-upload: busboy would wait for the rest forever; the file ends in an error instead
      req.once('close', () => {
        if (!req.complete) stream.destroy(new Error('the upload was cut off'));
      });
      resolve({
        name: info.filename ?? '',
        stream,
        done: () => {
          stream.unpipe();
          stream.resume();
        },
      });
    });
    bb.on('error', (e) => {
      if (!found) reject(new AppError('BAD_USER_INPUT', `Malformed multipart request: ${(e as Error).message}`, { field: 'file' }));
    });
    bb.on('close', () => {
      if (!found) reject(new AppError('BAD_USER_INPUT', '请求中没有文件：请在 multipart 字段 "file" 中上传 .xlsx 或 .csv 文件', { field: 'file' }));
    });
    req.pipe(bb);
  });
}
