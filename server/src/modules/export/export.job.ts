/**
 * List exports as background jobs (job type EXPORT), for lists too big to wait for:
 * `POST /jobs/export/list/<list>.(xlsx|csv)?filter=<json>&sort=<field>&order=ASC|DESC` checks the request as
 * `GET /export/list/…` does and answers the job at once (202). The job checks it again as its submitter is when it
 * runs (role changes since the submit count), writes the same file with the same code (checkListExport +
 * writeListExport: count, EXPORT audit entry, keyset-chunked rows, masking for the submitter) into job_file as it
 * goes, with progress rows written / total, and the file is downloaded from `GET /jobs/:id/result`.
 */
import { createHash } from 'node:crypto';
import express, { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { Ctx } from '../../common/context';
import { Forbidden } from '../../common/errors';
import { services } from '../../services';
import { JobType } from '../jobs/job.entity';
import { registerJobType } from '../jobs/job.registry';
import { jobJson } from '../jobs/job.routes';
import { exportContext, FormatError, queryParam, sendExportError } from './export-http';
import { requestActor } from '../../common/http';
import { checkListExport, ListExportRequest, parseListFile, writeListExport } from './list-export';

/** The API schema of this process (cached by buildAppSchema; loaded lazily: the schema's resolvers import the job types). */
async function apiSchema(): Promise<GraphQLSchema> {
  const { buildAppSchema } = await import('../../schema');
  return buildAppSchema();
}

const size = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`);

function userOnly(ctx: Pick<Ctx, 'actor'>) {
  // the job runs later as its submitter: a user, whose role is looked up again then (an API key has no such identity)
  if (ctx.actor?.kind !== 'USER') throw new Forbidden('Background exports are for users; partner API keys use GET /export/list/…');
}

registerJobType<ListExportRequest>({
  type: JobType.EXPORT,
  // an interrupted export simply runs again: its file is rewritten from the start, the job completes once
  rerunnable: true,
  dedupeWhileOpen: true,
  async prepare(ctx, raw) {
    userOnly(ctx);
    const input: ListExportRequest = { file: String(raw?.file ?? ''), filter: raw?.filter, sort: raw?.sort, order: raw?.order };
    const plan = await checkListExport(await apiSchema(), ctx, input);
    // the same list, format, filter and sort (as applied) by the same user while the first job is open: that job
    const what = createHash('sha256').update(JSON.stringify([plan.list, plan.format, plan.filter, plan.sort])).digest('hex').slice(0, 32);
    return { input, targetType: null, targetId: null, dedupeKey: `${JobType.EXPORT}:u${ctx.actor!.id}:${what}` };
  },
  async run(rc, input) {
    userOnly(rc);
    const plan = await checkListExport(await apiSchema(), rc.ctx, input);
    const { def } = parseListFile(input.file);
    rc.progress({ percent: 1, step: '统计' });
    const sink = rc.resultStream();
    let total = 0;
    let contentType = 'application/octet-stream';
    try {
      const written = await writeListExport(rc.ctx, plan, sink.stream, {
        audit: { job: rc.job.id },
        onStart: (info) => {
          total = info.total;
          contentType = info.contentType;
          rc.progress({ percent: 2, done: 0, total, step: '导出' });
        },
        onRows: (n) => rc.progress({ percent: 2 + Math.floor((96 * n) / Math.max(1, total)), done: n, total, step: '导出' }),
      });
      const bytes = await sink.done();
      await rc.ds.transaction(async (m) => {
        await rc.succeedIn(m, {
          summary: `已导出「${def.title}」${written.rows} 条（${plan.format === 'csv' ? 'CSV' : 'Excel'}，${size(bytes)}）`,
          result: { list: plan.list, format: plan.format, filter: plan.filter, sort: plan.sort, rows: written.rows, bytes },
          count: written.rows,
        });
        await rc.nameResult(m, written.fileName, contentType, bytes);
      });
    } catch (e) {
      sink.stream.destroy();
      throw e;
    }
  },
});

export interface ListExportJobOptions {
  ds: DataSource;
  formatError: FormatError;
}

/**
 * `POST /jobs/export/list/<list>.(xlsx|csv)?filter=&sort=&order=`: the list export as a background job. Answers 202
 * `{ job, existing: false }`, or 200 `{ job, existing: true }` when the same export by the same user is still open.
 * Errors as `GET /export/list/…` answers them.
 */
export function listExportJobRouter({ ds, formatError }: ListExportJobOptions): express.Router {
  const router = express.Router();
  router.post('/list/:file', async (req: Request, res: Response) => {
    let ctx: Ctx | undefined;
    try {
      const file = String(req.params.file);
      parseListFile(file);
      // a job's result is the submitting user's (job.routes.ts): partner apps export synchronously
      const actor = await requestActor(ds, req, { refuseApiKeys: 'Partner API keys export with GET /export/list/… (streamed); background jobs are for staff users' });
      ctx = exportContext(ds, req, actor);
      const input: ListExportRequest = { file, filter: queryParam(req, 'filter'), sort: queryParam(req, 'sort'), order: queryParam(req, 'order') };
      const { job, existing } = await services({ ds }).jobs.submitJob(ctx, JobType.EXPORT, input);
      res.status(existing ? 200 : 202).json({ job: jobJson(job), existing });
    } catch (e) {
      sendExportError(res, e, formatError, ctx?.requestId);
    }
  });
  return router;
}
