import express, { NextFunction, Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AppError, parseId } from '../../common/errors';
import { requestActor, sendAppError } from '../../common/http';
import { log } from '../../common/log';
import { services } from '../../services';
import { writeAudit } from '../audit/audit.service';
import { Job, JobFileRole, JobStatus } from './job.entity';

/** A job as the REST endpoints that submit one answer it: the fields of the GraphQL `Job` (ids as strings). */
export function jobJson(job: Job) {
  const date = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: String(job.id), type: job.type, status: job.status, progress: job.progress, done: job.done, total: job.total, step: job.step,
    summary: job.summary, error: job.error, errorCode: job.errorCode, attempts: job.attempts, createdBy: job.createdBy, instance: job.instance,
    targetType: job.targetType, targetId: job.targetId === null ? null : String(job.targetId), resultName: job.resultName, resultSize: job.resultSize,
    resultUrl: job.resultName ? `/jobs/${job.id}/result` : null, createdAt: date(job.createdAt), startedAt: date(job.startedAt), finishedAt: date(job.finishedAt),
  };
}

/**
 * GET /jobs/:id/result: the result file of a finished job (an export), streamed from the database, so any instance
 * serves it. Only the user who submitted the job, or an ADMIN, may download it (it was built with the submitter's view of
 * personal data); every download is audited.
 */
export function jobRouter(ds: DataSource): express.Router {
  const router = express.Router();
  router.get('/:id/result', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const actor = await requestActor(ds, req, { refuseApiKeys: 'Partner API keys have no background jobs' });
      const svc = services({ ds });
      const id = parseId(req.params.id);
      const job = await svc.jobs.findById(id);
      if (!job) throw new AppError('NOT_FOUND', `Job ${id} not found`);
      if (actor.role !== 'ADMIN' && !(actor.kind === 'USER' && actor.id === job.createdById)) throw new AppError('FORBIDDEN', 'Only the user who started this job, or an ADMIN, may download its result');
      if (job.status !== JobStatus.SUCCEEDED || !job.resultName) throw new AppError('INVALID_STATE', 'This job has no result file (yet)');
      if (!(await svc.jobs.hasFile(id, JobFileRole.RESULT))) throw new AppError('NOT_FOUND', 'The result file of this job is gone');
      await ds.transaction((mgr) => writeAudit(mgr, actor, null, { action: 'DOWNLOAD', entity: 'Job', entityId: id, after: { name: job.resultName, bytes: job.resultSize } }));
      res.setHeader('Content-Type', job.resultType ?? 'application/octet-stream');
      res.setHeader('Content-Disposition', `attachment; filename="job-${id}${extOf(job.resultName)}"; filename*=UTF-8''${encodeURIComponent(job.resultName)}`);
      res.setHeader('Cache-Control', 'no-store');
      if (job.resultSize !== null) res.setHeader('Content-Length', String(job.resultSize));
      // streamed from the database about 1 MB at a time (an export of a city's residents is never held whole); a
      // failure halfway destroys the response (pipeline does), which the client sees against Content-Length
      await pipeline(svc.jobs.fileStream(id, JobFileRole.RESULT), res).catch((e) => {
        if ((e as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') log.warn('job result download cut short', { jobId: id, err: String((e as Error)?.message ?? e) });
      });
    } catch (e) {
      if (e instanceof AppError) sendAppError(res, e);
      else next(e);
    }
  });
  return router;
}

const extOf = (name: string) => /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
