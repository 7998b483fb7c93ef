import { createHash } from 'node:crypto';
import { Readable, Transform, TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager, In } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { Ctx } from '../../common/context';
import { InvalidState, isUniqueViolation, parseId, translateDbError } from '../../common/errors';
import { log } from '../../common/log';
import { yieldToLoop } from '../../common/rows';
import { writeAudit } from '../audit/audit.service';
import { Job, JOB_FILE_CHUNK, JobBackendName, JobFile, JobFileRole, JobStatus, JobType } from './job.entity';
import { JobFilter } from './job.inputs';
import { jobHandler, JobOutcome, JobProgress, JobResultStream } from './job.registry';

/** Where submitted jobs go: BullMQ on Redis, or the in-process runner. Set by startJobs (job.runner.ts). */
export interface JobBackend {
  readonly name: JobBackendName;
  enqueue(job: Job): Promise<void>;
  stop(): Promise<void>;
}

/** Thrown inside a handler's transaction when another run of the same job has already finished it (rolls it back). */
export class JobFinishedElsewhere extends Error {
  constructor(id: number) {
    super(`job ${id} was finished by another run`);
    this.name = 'JobFinishedElsewhere';
  }
}

const OPEN = [JobStatus.QUEUED, JobStatus.RUNNING];
/** job_file rows per INSERT (and per SELECT when a file is read back): about 1 MB per statement. */
const CHUNKS_PER_STATEMENT = 16;
/** An upload still UPLOADING after this long was cut off (its instance died mid-upload): its job is FAILED. */
export const UPLOAD_STALE_MS = 60 * 60 * 1000;

/** A file received for a job: name, size and SHA-256 (known once the last byte is stored). */
export interface UploadedFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** A file arriving with a submit (an import's upload), stored in job_file as it streams in. */
export interface JobUpload {
  name: string;
  stream: Readable;
  /** most bytes accepted: one more fails the submit with `tooLarge()` and nothing is kept */
  maxBytes: number;
  tooLarge(): Error;
  /** checks the whole file before the job is queued (e.g. not empty); throws to refuse it */
  check?(file: UploadedFile): void;
  /** the job's dedupe key once the file is known (e.g. user + kind + SHA-256), or null */
  dedupeKey(file: UploadedFile): string | null;
}

/**
 * A Writable that stores what it is given as one file of a job, in job_file rows of JOB_FILE_CHUNK bytes, inserted
 * CHUNKS_PER_STATEMENT at a time as the bytes come (backpressure: at most about 1 MB is held). Chunks of the same
 * file left by an earlier, interrupted run are deleted before the first insert.
 */
class JobFileSink extends Writable {
  bytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private cleared = false;

  constructor(
    private readonly ds: DataSource,
    private readonly jobId: number,
    private readonly role: JobFileRole,
  ) {
    super({ highWaterMark: JOB_FILE_CHUNK * 4 });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void) {
    this.bytes += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < JOB_FILE_CHUNK * CHUNKS_PER_STATEMENT) return done();
    this.flush(false).then(() => done(), done);
  }

  override _final(done: (e?: Error | null) => void) {
    this.flush(true).then(() => done(), done);
  }

  /** Inserts every full chunk held (and, at the end, the last partial one). */
  private async flush(last: boolean) {
    if (!this.cleared) {
      await this.ds.getRepository(JobFile).delete({ jobId: this.jobId, role: this.role });
      this.cleared = true;
    }
    const data = Buffer.concat(this.pending);
    const whole = last ? data.length : data.length - (data.length % JOB_FILE_CHUNK);
    const rows: Partial<JobFile>[] = [];
    for (let off = 0; off < whole; off += JOB_FILE_CHUNK) rows.push({ jobId: this.jobId, role: this.role, seq: this.seq++, data: data.subarray(off, Math.min(whole, off + JOB_FILE_CHUNK)) });
    if (last && this.seq === 0) rows.push({ jobId: this.jobId, role: this.role, seq: this.seq++, data: Buffer.alloc(0) });
    for (let i = 0; i < rows.length; i += CHUNKS_PER_STATEMENT) {
      await this.ds.getRepository(JobFile).insert(rows.slice(i, i + CHUNKS_PER_STATEMENT));
      await yieldToLoop(); // a writer fed from the (synchronous) SQLite driver lets requests in between statements
    }
    const rest = data.subarray(whole);
    this.pending = rest.length ? [Buffer.from(rest)] : [];
    this.pendingBytes = rest.length;
  }
}
const clip = (s: string | null | undefined, n: number) => (s == null ? null : s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Jobs in the database: the one record of a job that every instance reads and writes. State changes are
 * conditional updates (`WHERE status IN (…)`), so two instances never both finish a job.
 */
export class JobService extends CrudService<Job, JobFilter, never, never> {
  /** Set when the app starts its job runner; absent in tools that only use the services. */
  backend: JobBackend | null = null;

  constructor(ds: DataSource) {
    super(ds, {
      entity: Job,
      label: 'Job',
      alias: 'j',
      searchColumns: ['summary', 'error', 'createdBy'],
      sortColumns: { id: 'id', createdAt: 'createdAt', finishedAt: 'finishedAt', status: 'status', type: 'type' },
      defaultSort: [{ field: 'id', direction: 'DESC' as never }],
      applyFilter: (qb, f, ctx) => {
        if (f.status?.length) qb.andWhere('j.status IN (:...st)', { st: f.status });
        if (f.type?.length) qb.andWhere('j.type IN (:...ty)', { ty: f.type });
        if (f.targetType) qb.andWhere('j.targetType = :tt', { tt: f.targetType });
        if (f.targetId) qb.andWhere('j.targetId = :tid', { tid: parseId(f.targetId, 'filter.targetId') });
        if (f.mine) qb.andWhere('j.createdById = :me', { me: ctx.actor?.kind === 'USER' ? ctx.actor.id : -1 });
      },
    });
  }

  create(): Promise<Job> {
    throw new InvalidState('Jobs are created by the mutations that start them');
  }

  update(): Promise<Job> {
    throw new InvalidState('Jobs change only by running');
  }

  /**
   * Submits work of `type`: the handler checks the input, the job row (with its dedupe key) and an audit entry
   * commit together, then the job is queued. A second submit with the same dedupe key while
   * the first is queued, running or done returns the first job.
   */
  async submit(ctx: Ctx, type: JobType, rawInput: unknown): Promise<Job> {
    return (await this.submitJob(ctx, type, rawInput)).job;
  }

  /** As `submit`, telling whether the job returned is an earlier one (`existing`: a double submit). */
  async submitJob(ctx: Ctx, type: JobType, rawInput: unknown): Promise<{ job: Job; existing: boolean }> {
    if (!this.backend) throw new Error('the job runner is not started');
    const backend = this.backend;
    const handler = jobHandler(type);
    const known = handler.knownKey?.(rawInput as never);
    if (known) {
      const existing = await this.repo.findOneBy({ dedupeKey: known });
      if (existing) return { job: existing, existing: true };
    }
    const prepared = await handler.prepare(ctx, rawInput as never);
    for (let attempt = 0; ; attempt++) {
      let job: Job;
      try {
        job = await this.ds.transaction(async (m) => {
          const row = m.getRepository(Job).create({
            type, status: JobStatus.QUEUED, dedupeKey: prepared.dedupeKey, targetType: prepared.targetType, targetId: prepared.targetId,
            inputJson: JSON.stringify(prepared.input), backend: backend.name, progress: 0, step: '排队中', attempts: 0,
            createdById: ctx.actor?.kind === 'USER' ? ctx.actor.id : null, createdBy: ctx.actor?.name ?? 'system', version: 1,
          });
          const saved = await m.getRepository(Job).save(row);
          await writeAudit(m, ctx.actor, ctx.requestId, { action: 'SUBMIT', entity: 'Job', entityId: saved.id, after: { type, targetType: prepared.targetType, targetId: prepared.targetId } });
          return saved;
        });
      } catch (e) {
        if (prepared.dedupeKey && isUniqueViolation(e)) {
          const existing = await this.repo.findOneBy({ dedupeKey: prepared.dedupeKey });
          if (existing) {
            // the first submit may have died between its commit and its enqueue: queueing again is harmless
            if (existing.status === JobStatus.QUEUED) await backend.enqueue(existing).catch(() => undefined);
            return { job: existing, existing: true };
          }
          if (attempt < 2) continue; // it failed (and released its key) in between
        }
        throw translateDbError(e);
      }
      try {
        await backend.enqueue(job);
      } catch (e) {
        log.error('could not queue a job', { jobId: job.id, err: String((e as Error)?.message ?? e) });
        await this.fail(job.id, 'QUEUE_UNAVAILABLE', '任务队列暂时不可用，任务未能排队；请稍后重新提交', [JobStatus.QUEUED]);
        return { job: await this.repo.findOneByOrFail({ id: job.id }), existing: false };
      }
      return { job, existing: false };
    }
  }

  /**
   * Submits work of `type` that comes with a file (an import): the handler checks the input, then the file is stored
   * in job_file as it arrives (never held whole in memory) while the job is UPLOADING, which no runner touches. Once
   * the last byte is stored the job becomes QUEUED with its dedupe key (e.g. the file's SHA-256) and the audit entry,
   * in one transaction, and is queued. A second submit whose key matches an open job returns that job
   * (`existing: true`) and keeps nothing of its own upload; so does a refused or broken upload.
   */
  async submitUpload(ctx: Ctx, type: JobType, rawInput: unknown, upload: JobUpload): Promise<{ job: Job; existing: boolean }> {
    if (!this.backend) throw new Error('the job runner is not started');
    const backend = this.backend;
    const handler = jobHandler(type);
    const prepared = await handler.prepare(ctx, rawInput as never);
    await this.failStaleUploads(UPLOAD_STALE_MS).catch((e) => log.warn('could not fail stale uploads', { err: String((e as Error)?.message ?? e) }));
    const job = await this.repo.save(
      this.repo.create({
        type, status: JobStatus.UPLOADING, dedupeKey: null, targetType: prepared.targetType, targetId: prepared.targetId, inputJson: JSON.stringify(prepared.input),
        backend: backend.name, progress: 0, step: '上传中', attempts: 0, heartbeatAt: new Date(),
        createdById: ctx.actor?.kind === 'USER' ? ctx.actor.id : null, createdBy: ctx.actor?.name ?? 'system', inputName: clip(upload.name, 200), version: 1,
      }),
    );
    let file: UploadedFile;
    try {
      file = await this.storeUpload(job.id, upload);
      upload.check?.(file);
    } catch (e) {
      await this.discard(job.id).catch((err) => log.warn('could not remove a refused upload', { jobId: job.id, err: String((err as Error)?.message ?? err) }));
      throw e;
    }
    const key = upload.dedupeKey(file);
    for (let attempt = 0; ; attempt++) {
      try {
        await this.ds.transaction(async (m) => {
          const res = await m
            .createQueryBuilder()
            .update(Job)
            .set({ status: JobStatus.QUEUED, step: '排队中', dedupeKey: key, inputJson: JSON.stringify({ ...(prepared.input as object), file }), version: () => 'version + 1' } as never)
            .where('id = :id AND status = :uploading', { id: job.id, uploading: JobStatus.UPLOADING })
            .execute();
          if (!res.affected) throw new InvalidState('The upload took too long and was given up; please submit the file again');
          await writeAudit(m, ctx.actor, ctx.requestId, { action: 'SUBMIT', entity: 'Job', entityId: job.id, after: { type, targetType: prepared.targetType, targetId: prepared.targetId, file } });
        });
        break;
      } catch (e) {
        if (key && isUniqueViolation(e)) {
          const existing = await this.repo.findOneBy({ dedupeKey: key });
          if (existing) {
            await this.discard(job.id);
            if (existing.status === JobStatus.QUEUED) await backend.enqueue(existing).catch(() => undefined);
            return { job: existing, existing: true };
          }
          if (attempt < 2) continue; // it finished (and released its key) in between
        }
        await this.discard(job.id).catch(() => undefined);
        throw translateDbError(e);
      }
    }
    const queued = await this.repo.findOneByOrFail({ id: job.id });
    try {
      await backend.enqueue(queued);
    } catch (e) {
      log.error('could not queue a job', { jobId: job.id, err: String((e as Error)?.message ?? e) });
      await this.fail(job.id, 'QUEUE_UNAVAILABLE', '任务队列暂时不可用，任务未能排队；请稍后重新提交', [JobStatus.QUEUED]);
      return { job: await this.repo.findOneByOrFail({ id: job.id }), existing: false };
    }
    return { job: queued, existing: false };
  }

  /** Streams an upload into the job's INPUT file, counting and hashing it; fails past `maxBytes`. */
  private async storeUpload(jobId: number, upload: JobUpload): Promise<UploadedFile> {
    const hash = createHash('sha256');
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
        bytes += chunk.length;
        if (bytes > upload.maxBytes) return done(upload.tooLarge());
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(upload.stream, meter, new JobFileSink(this.ds, jobId, JobFileRole.INPUT));
    return { name: upload.name, bytes, sha256: hash.digest('hex') };
  }

  /** Removes a job that never got queued (a refused upload, a double submit) with its files. */
  private async discard(jobId: number): Promise<void> {
    await this.ds.getRepository(JobFile).delete({ jobId });
    await this.repo.delete({ id: jobId, status: JobStatus.UPLOADING });
  }

  /**
   * Uploads whose instance died while the file was arriving stay UPLOADING: after `olderThanMs` (0: all of them,
   * e.g. when the single SQLite process starts) they are FAILED and their partial file is removed.
   */
  async failStaleUploads(olderThanMs: number): Promise<number> {
    const cutoff = Date.now() - olderThanMs;
    const uploading = await this.repo.find({ select: { id: true, heartbeatAt: true }, where: { status: JobStatus.UPLOADING } });
    const stale = uploading.filter((j) => olderThanMs === 0 || !j.heartbeatAt || new Date(j.heartbeatAt).getTime() < cutoff).map((j) => j.id);
    if (!stale.length) return 0;
    await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ status: JobStatus.FAILED, error: '文件上传未完成（连接中断或服务重启），任务未执行；请重新提交', errorCode: 'UPLOAD_INCOMPLETE', finishedAt: new Date(), step: '失败', version: () => 'version + 1' } as never)
      .where('id IN (:...ids) AND status = :uploading', { ids: stale, uploading: JobStatus.UPLOADING })
      .execute();
    await this.ds.getRepository(JobFile).delete({ jobId: In(stale), role: JobFileRole.INPUT });
    log.warn('unfinished uploads marked FAILED', { jobIds: stale });
    return stale.length;
  }

  /**
   * Takes a job for a run on `instance`: QUEUED or RUNNING (a run whose instance died) → RUNNING, attempts + 1.
   * Null when the job is finished (or gone): the caller does nothing.
   */
  async claim(id: number, instance: string): Promise<Job | null> {
    const now = new Date();
    const res = await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ status: JobStatus.RUNNING, attempts: () => 'attempts + 1', instance, heartbeatAt: now, startedAt: () => 'COALESCE(started_at, :now)', step: '开始', version: () => 'version + 1' } as never)
      .where('id = :id AND status IN (:...open)', { id, open: OPEN, now })
      .execute();
    if (!res.affected) return null;
    return this.repo.findOneBy({ id });
  }

  /** Records progress of a RUNNING job (never touches a finished one). */
  async reportProgress(id: number, p: JobProgress): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ progress: Math.max(0, Math.min(100, Math.floor(p.percent))), done: p.done ?? null, total: p.total ?? null, step: clip(p.step, 100), heartbeatAt: new Date() } as never)
      .where('id = :id AND status = :running', { id, running: JobStatus.RUNNING })
      .execute();
  }

  private successSet(outcome: JobOutcome, releaseKey: boolean) {
    return {
      ...(releaseKey ? { dedupeKey: null } : {}),
      status: JobStatus.SUCCEEDED, progress: 100, step: '完成', summary: clip(outcome.summary, 1000), resultJson: outcome.result === undefined ? null : JSON.stringify(outcome.result),
      ...(outcome.count !== undefined ? { done: outcome.count, total: outcome.count } : {}),
      error: null, errorCode: null, finishedAt: new Date(), version: () => 'version + 1',
    };
  }

  /**
   * RUNNING → SUCCEEDED inside the handler's transaction; JobFinishedElsewhere (rolling it back) when another run got
   * there first. `releaseKey`: the dedupe key is cleared (it held only while the job was open).
   */
  async succeedIn(m: EntityManager, id: number, outcome: JobOutcome, releaseKey = false): Promise<void> {
    const res = await m.createQueryBuilder().update(Job).set(this.successSet(outcome, releaseKey) as never).where('id = :id AND status = :running', { id, running: JobStatus.RUNNING }).execute();
    if (!res.affected) throw new JobFinishedElsewhere(id);
  }

  /** RUNNING → SUCCEEDED for handlers without a transaction of their own; false when it was already finished. */
  async succeed(id: number, outcome: JobOutcome, releaseKey = false): Promise<boolean> {
    const res = await this.ds.createQueryBuilder().update(Job).set(this.successSet(outcome, releaseKey) as never).where('id = :id AND status = :running', { id, running: JobStatus.RUNNING }).execute();
    return !!res.affected;
  }

  /** An open job → FAILED with a Chinese message; its dedupe key is released so that it can be submitted again. */
  async fail(id: number, code: string, message: string, from: JobStatus[] = OPEN): Promise<boolean> {
    const res = await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ status: JobStatus.FAILED, error: clip(message, 1000), errorCode: clip(code, 32), dedupeKey: null, finishedAt: new Date(), step: '失败', version: () => 'version + 1' } as never)
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return !!res.affected;
  }

  /** RUNNING → QUEUED after a transient failure (the database was unavailable): it runs again shortly. */
  async requeue(id: number, step: string): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ status: JobStatus.QUEUED, step: clip(step, 100), version: () => 'version + 1' } as never)
      .where('id = :id AND status = :running', { id, running: JobStatus.RUNNING })
      .execute();
  }

  /** Open jobs of a backend (for recovery and reconciliation), oldest first. */
  async openJobs(backend: JobBackendName, limit = 500): Promise<Job[]> {
    return this.repo
      .createQueryBuilder('j')
      .where('j.backend = :b AND j.status IN (:...open)', { b: backend, open: OPEN })
      .orderBy('j.id', 'ASC')
      .limit(limit)
      .comment('background')
      .getMany();
  }

  /** Keeps `instance`'s open jobs marked alive (the in-process runner; BullMQ has its own locks). */
  async heartbeat(instance: string): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ heartbeatAt: new Date() } as never)
      .where('instance = :instance AND status IN (:...open)', { instance, open: OPEN })
      .comment('background')
      .execute();
  }

  /** Takes over an open job whose instance stopped (conditional on the version read). */
  async adopt(job: Job, instance: string): Promise<boolean> {
    const res = await this.ds
      .createQueryBuilder()
      .update(Job)
      .set({ instance, heartbeatAt: new Date(), version: () => 'version + 1' } as never)
      .where('id = :id AND version = :v AND status IN (:...open)', { id: job.id, v: job.version, open: OPEN })
      .execute();
    return !!res.affected;
  }

  // --- files (imports' uploads, exports' results) ---------------------------------------------------------

  /** Stores `data` as BLOB chunks of JOB_FILE_CHUNK bytes, 16 per statement (≤ 1 MB per statement). */
  async writeFile(m: EntityManager, jobId: number, role: JobFileRole, data: Buffer): Promise<void> {
    await m.delete(JobFile, { jobId, role });
    const rows: Partial<JobFile>[] = [];
    for (let seq = 0, off = 0; off < data.length || (seq === 0 && data.length === 0); seq++, off += JOB_FILE_CHUNK) {
      rows.push({ jobId, role, seq, data: data.subarray(off, off + JOB_FILE_CHUNK) });
      if (data.length === 0) break;
    }
    for (let i = 0; i < rows.length; i += 16) await m.insert(JobFile, rows.slice(i, i + 16));
  }

  /** A job's file as a stream, CHUNKS_PER_STATEMENT rows per query (about 1 MB held at a time). */
  fileStream(jobId: number, role: JobFileRole): Readable {
    const repo = this.ds.getRepository(JobFile);
    async function* chunks() {
      for (let from = 0; ; from += CHUNKS_PER_STATEMENT) {
        const rows = await repo
          .createQueryBuilder('f')
          .where('f.jobId = :jobId AND f.role = :role AND f.seq >= :from AND f.seq < :to', { jobId, role, from, to: from + CHUNKS_PER_STATEMENT })
          .orderBy('f.seq', 'ASC')
          .getMany();
        rows.forEach((r, i) => {
          if (r.seq !== from + i) throw new Error(`job ${jobId}: chunk ${from + i} of its ${role} file is missing`);
        });
        for (const r of rows) {
          if (r.data.length) yield Buffer.from(r.data);
          // better-sqlite3 answers synchronously: without this the reader (an import's parser) never lets requests in
          await yieldToLoop();
        }
        if (rows.length < CHUNKS_PER_STATEMENT) return;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  /** A stream into a job's file (see JobRunContext.resultStream). */
  fileSink(jobId: number, role: JobFileRole): JobResultStream {
    const sink = new JobFileSink(this.ds, jobId, role);
    const finished = new Promise<number>((resolve, reject) => {
      sink.once('finish', () => resolve(sink.bytes));
      sink.once('error', reject);
    });
    finished.catch(() => undefined);
    return {
      stream: sink,
      done: () => {
        if (!sink.writableEnded && !sink.destroyed) sink.end();
        return finished;
      },
    };
  }

  /** Whether a job's file was stored (an empty file too: writeFile always writes chunk 0). */
  hasFile(jobId: number, role: JobFileRole): Promise<boolean> {
    return this.ds.getRepository(JobFile).exists({ where: { jobId, role, seq: 0 } });
  }

  /** Stores a job's result file and its name/type/size on the job row (one transaction: `m`, or a new one). */
  async writeResult(jobId: number, name: string, contentType: string, data: Buffer, m?: EntityManager): Promise<void> {
    const write = async (mgr: EntityManager) => {
      await this.writeFile(mgr, jobId, JobFileRole.RESULT, data);
      await this.nameResult(mgr, jobId, name, contentType, data.length);
    };
    if (m) await write(m);
    else await this.ds.transaction(write);
  }

  /** Records the name, content type and size of a job's stored result file. */
  async nameResult(m: EntityManager, jobId: number, name: string, contentType: string, size: number): Promise<void> {
    await m.update(Job, { id: jobId }, { resultName: clip(name, 200), resultType: clip(contentType, 120), resultSize: size });
  }
}
