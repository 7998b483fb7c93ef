/**
 * Imports as background jobs (job type IMPORT), for files too big to wait for: `POST /jobs/import/:kind?commit=0|1`
 * takes the same multipart upload as `POST /import/:kind`, with the same roles and limits, stores the file in
 * job_file while it arrives (never whole in memory) and answers the job at once (202). The job reads the file back
 * as a stream and runs `runImport`, its progress in the job row; its result (the same JSON as the synchronous
 * endpoint: counts and every bad cell) is the job's result file, `GET /jobs/:id/result`.
 *
 * Never twice: a commit writes its rows, its audit entry, the result and the job's completion in ONE transaction, so
 * a run repeated after a crash either finds the job done (and does nothing) or redoes an import that was rolled
 * back whole. The same file (SHA-256) submitted again by the same user for the same kind and commit flag while the
 * first job is open returns that job.
 */
import { randomUUID } from 'node:crypto';
import { pipeline, Transform, TransformCallback } from 'node:stream';
import express, { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { Ctx } from '../../common/context';
import { AppError, Forbidden } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { services } from '../../services';
import { JobType } from '../jobs/job.entity';
import { JobOutcome, registerJobType } from '../jobs/job.registry';
import { jobJson } from '../jobs/job.routes';
import { UploadedFile } from '../jobs/job.service';
import { IMPORTERS, ImportLimits, importLimitsFromEnv, runImport } from './import.service';
import { checkUploadRequest, commitParam, formatOfName, importActor, importKindOf, importRoute, receiveFile } from './import.router';
import { ImportKind, ImportResult, isImportKind } from './import.types';
import { KINDS } from './kinds';
import { tooLarge } from './readers';

export interface ImportJobInput {
  kind: ImportKind;
  commit: boolean;
  /** the upload (set when it is complete) */
  file?: UploadedFile;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Overall percent: reading the file 2–70 (by bytes read), checking 70–80, writing 80–99; done is 100. */
const READ_FROM = 2;
const READ_TO = 70;

/** What the finished job says in Chinese, and the counts it keeps on its row (the errors are in the result file). */
function outcomeOf(r: ImportResult, input: ImportJobInput): JobOutcome {
  const label = KINDS[r.kind].label;
  let summary: string;
  if (r.committed) summary = `已导入 ${r.inserted} 条${label}记录`;
  else if (input.commit) summary = `${r.message ?? '未写入任何数据'}（共 ${r.total} 行，${r.valid} 行无误）`;
  else if (!r.total) summary = `校验完成：文件中没有${label}数据行（未写入）`;
  else if (r.errorCount) summary = `校验完成：共 ${r.total} 行${label}数据，发现 ${r.errorCount} 处错误（未写入）`;
  else summary = `校验通过：共 ${r.total} 行${label}数据，没有错误（未写入）`;
  const { errors: _errors, ...counts } = r;
  return { summary, result: counts, count: r.committed ? r.inserted : r.total };
}

registerJobType<ImportJobInput>({
  type: JobType.IMPORT,
  // a commit and the job's completion are one transaction: a rerun finds the job done, or redoes what was rolled back
  rerunnable: true,
  dedupeWhileOpen: true,
  async prepare(ctx, raw) {
    if (!isImportKind(raw?.kind)) throw new AppError('NOT_FOUND', `Unknown import kind "${String(raw?.kind).slice(0, 40)}"`);
    // the job runs as its submitter, who must be a user (an API key has no identity a job could take on later)
    if (ctx.actor?.kind !== 'USER' || !IMPORTERS.includes(ctx.actor.role)) throw new Forbidden('Your role may not import records (ADMIN and OFFICER may)');
    return { input: { kind: raw.kind, commit: !!raw.commit }, targetType: null, targetId: null, dedupeKey: null };
  },
  async run(rc, input) {
    const file = input.file;
    if (!file) throw new Error(`import job ${rc.job.id} has no file`);
    const limits = importLimitsFromEnv();
    let read = 0;
    let streamError: Error | null = null;
    const counter = new Transform({
      transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
        read += chunk.length;
        done(null, chunk);
      },
    });
    // a failure to read the file back (the database went away) is the job's, not the file's: it is rethrown below
    const source = pipeline(rc.inputStream(), counter, (e) => {
      if (e) streamError = e;
    });
    const name = `${KINDS[input.kind].label}导入结果-${rc.job.id}.json`;
    const finish = async (m: EntityManager, r: ImportResult) => {
      await rc.succeedIn(m, outcomeOf(r, input));
      await rc.writeResult(name, JSON_TYPE, Buffer.from(JSON.stringify(r)), m);
    };
    let result: ImportResult;
    try {
      result = await runImport(rc.ds, rc.actor, input.kind, source, formatOfName(file.name), {
        ...limits,
        commit: input.commit,
        fileName: file.name,
        requestId: `job-${rc.job.id}`,
        onProgress: (rows) => rc.progress({ percent: READ_FROM + Math.floor(((READ_TO - READ_FROM) * read) / Math.max(1, file.bytes)), done: rows, total: null, step: '读取' }),
        onPhase: (phase, rows) =>
          rc.progress(phase === 'check' ? { percent: READ_TO, done: rows, total: rows, step: '校验' } : { percent: 80, done: 0, total: rows, step: '写入' }),
        inTx: finish,
      });
    } catch (e) {
      throw streamError ?? e;
    }
    // a dry run, or a commit refused for bad rows: nothing was written but the result and the job's completion
    if (!result.committed) await rc.ds.transaction((m) => finish(m, result));
  },
});

/**
 * `POST /jobs/import/:kind?commit=0|1` (multipart/form-data, field `file`): the import as a background job. Answers
 * 202 `{ job, existing: false }`, or 200 `{ job, existing: true }` when the same file is already being imported
 * by the same user. Errors as `POST /import/:kind` answers them (`{ error: { code, message, reason } }`).
 */
export function importJobRouter(ds: DataSource, limits: ImportLimits = importLimitsFromEnv()): express.Router {
  const router = express.Router();
  router.post(
    '/:kind',
    importRoute(async (req: Request, res: Response) => {
      const kind = importKindOf(req);
      const commit = commitParam(req);
      const actor = await importActor(ds, req);
      checkUploadRequest(req, res, limits);
      const header = req.headers['x-request-id'];
      const ctx: Ctx = { requestId: typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID(), ds, loaders: new Loaders(ds), actor, now: new Date(), ip: req.ip };
      const file = await receiveFile(req, limits);
      try {
        const { job, existing } = await services({ ds }).jobs.submitUpload(ctx, JobType.IMPORT, { kind, commit }, {
          name: file.name,
          stream: file.stream,
          maxBytes: limits.maxBytes,
          tooLarge: () => new AppError('BAD_USER_INPUT', tooLarge(limits.maxBytes).message, { field: 'file', reason: 'FILE_TOO_LARGE' }),
          check: (f) => {
            if (!f.bytes) throw new AppError('BAD_USER_INPUT', '文件是空的', { field: 'file', reason: 'EMPTY' });
          },
          dedupeKey: (f) => `${JobType.IMPORT}:u${actor.id}:${kind}:${commit ? 'commit' : 'check'}:${f.sha256}`,
        });
        res.status(existing ? 200 : 202).json({ job: jobJson(job), existing });
      } catch (e) {
        if (!req.complete && req.destroyed) return; // the client went away mid-upload: its job is gone, nobody to answer
        throw e;
      } finally {
        file.done();
      }
    }),
  );
  return router;
}
