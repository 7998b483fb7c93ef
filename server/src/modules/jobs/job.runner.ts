import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Job as BullJob, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/config';
import { sqliteFile } from '../../config/config';
import { Actor, Ctx } from '../../common/context';
import { Loaders } from '../../common/loaders';
import { log } from '../../common/log';
import { instanceId } from '../../common/instance';
import { User } from '../auth/user.entity';
import { Job, JobBackendName, JobFileRole, JobStatus } from './job.entity';
import { jobHandler, JobProgress, JobRunContext } from './job.registry';
import { JobBackend, JobFinishedElsewhere, JobService, UPLOAD_STALE_MS } from './job.service';
import { isTransient, jobError } from './job.errors';
import './job.handlers';

/** Attempts of a job that fails for a transient reason (database unreachable, deadlock) before it is FAILED. */
export const JOB_ATTEMPTS = 3;
/** Progress is written to the job row (and the queue) at most this often. */
const PROGRESS_EVERY_MS = 250;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Throttled, serialized progress writes: the latest report wins, at most one write in flight. */
class ProgressWriter {
  private latest: JobProgress | null = null;
  private lastWrite = 0;
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly write: (p: JobProgress) => Promise<void>) {}

  push(p: JobProgress) {
    if (this.closed) return;
    this.latest = p;
    if (this.writing || this.timer) return;
    const wait = this.lastWrite + PROGRESS_EVERY_MS - Date.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, wait);
  }

  private flush() {
    const p = this.latest;
    if (!p || this.closed) return;
    this.latest = null;
    this.lastWrite = Date.now();
    this.writing = this.write(p)
      .catch((e) => log.warn('could not record job progress', { err: String((e as Error)?.message ?? e) }))
      .finally(() => {
        this.writing = null;
        if (this.latest) this.push(this.latest);
      });
  }

  async close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.writing;
  }
}

/** Runs one job on this instance, whichever backend handed it over. */
export class JobRunner {
  constructor(
    readonly svc: JobService,
    readonly ds: DataSource,
    readonly instance: string,
  ) {}

  private async actorOf(job: Job): Promise<Actor | null> {
    if (job.createdById === null) return { kind: 'SYSTEM', id: null, name: job.createdBy, role: 'SYSTEM' };
    const user = await this.ds.getRepository(User).findOneBy({ id: job.createdById });
    if (!user || !user.active) return null;
    return { kind: 'USER', id: user.id, name: user.email, role: user.role };
  }

  /**
   * Claims the job and runs its handler. 'retry' when it failed for a transient reason and may run again
   * (the job is QUEUED again); 'done' otherwise (succeeded, failed for good, or finished by another run).
   */
  async execute(jobId: number, opts: { attempt: number; maxAttempts: number; onProgress?: (p: JobProgress) => Promise<unknown> }): Promise<'done' | 'retry'> {
    const job = await this.svc.claim(jobId, this.instance);
    if (!job) return 'done';
    const t0 = Date.now();
    log.info('job started', { jobId, type: job.type, attempt: job.attempts, instance: this.instance });
    const writer = new ProgressWriter(async (p) => {
      await this.svc.reportProgress(jobId, p);
      await opts.onProgress?.(p);
    });
    try {
      const handler = jobHandler(job.type);
      const actor = await this.actorOf(job);
      if (!actor) {
        await this.svc.fail(jobId, 'UNAUTHENTICATED', '提交任务的账号已停用或不存在，任务未执行');
        return 'done';
      }
      const ctx: Ctx = { requestId: `job-${jobId}`, ds: this.ds, loaders: new Loaders(this.ds), actor, now: new Date() };
      let succeeded = false;
      const rc: JobRunContext = {
        ds: this.ds,
        job,
        actor,
        ctx,
        progress: (p) => writer.push(p),
        succeedIn: async (m, outcome) => {
          await this.svc.succeedIn(m, jobId, outcome, !!handler.dedupeWhileOpen);
          succeeded = true;
        },
        inputStream: () => this.svc.fileStream(jobId, JobFileRole.INPUT),
        writeResult: (name, contentType, data, m) => this.svc.writeResult(jobId, name, contentType, data, m),
        resultStream: () => this.svc.fileSink(jobId, JobFileRole.RESULT),
        nameResult: (m, name, contentType, size) => this.svc.nameResult(m, jobId, name, contentType, size),
      };
      const outcome = await handler.run(rc, JSON.parse(job.inputJson));
      await writer.close();
      if (!succeeded) await this.svc.succeed(jobId, outcome ?? { summary: '已完成' }, !!handler.dedupeWhileOpen);
      log.info('job succeeded', { jobId, type: job.type, ms: Date.now() - t0 });
      await opts.onProgress?.({ percent: 100, step: '完成' })?.catch(() => undefined);
      return 'done';
    } catch (e) {
      await writer.close();
      if (e instanceof JobFinishedElsewhere) return 'done';
      const now = await this.svc.findById(jobId);
      // another run of the same job finished it first (this run lost the round's version race): nothing to do
      if (!now || now.status === JobStatus.SUCCEEDED || now.status === JobStatus.FAILED) return 'done';
      if (isTransient(e) && opts.attempt < opts.maxAttempts) {
        log.warn('job failed for a transient reason; it will run again', { jobId, attempt: opts.attempt, err: String((e as Error)?.message ?? e) });
        await this.svc.requeue(jobId, '数据库暂时不可用，稍后自动重试');
        return 'retry';
      }
      const { code, message, expected } = jobError(e);
      if (expected) log.info('job failed', { jobId, type: job.type, code, detail: String((e as Error)?.message ?? e) });
      else log.error('job failed unexpectedly', { jobId, type: job.type, err: String((e as Error)?.stack ?? e) });
      await this.svc.fail(jobId, code, message);
      return 'done';
    }
  }
}

/**
 * Embedded mode (no REDIS_URL): jobs run in this process, one at a time, in the order submitted. The job rows
 * are the queue's memory across restarts: on start, open jobs left by a process that is gone are run again
 * (rerunnable types) or marked FAILED (others). With SQLite there is one process, so every open job at start is
 * an orphan; with MySQL and no Redis, an open job is taken over when its instance has not beaten for 60 s.
 */
export class LocalBackend implements JobBackend {
  readonly name: JobBackendName = 'local';
  private readonly queue: number[] = [];
  private readonly queued = new Set<number>();
  private readonly tries = new Map<number, number>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private running = 0;
  private stopping = false;

  constructor(
    private readonly runner: JobRunner,
    private readonly opts: { concurrency: number; singleProcess: boolean; staleMs: number },
  ) {}

  async start() {
    await this.recover().catch((e) => log.error('could not recover open jobs', { err: String((e as Error)?.message ?? e) }));
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(() => void fn().catch((e) => log.warn('job housekeeping failed', { err: String((e as Error)?.message ?? e) })), ms);
      t.unref();
      this.timers.push(t);
    };
    every(10_000, () => this.runner.svc.heartbeat(this.runner.instance));
    if (!this.opts.singleProcess) every(30_000, () => this.recover());
  }

  private async recover() {
    const svc = this.runner.svc;
    // uploads cut off by the end of the process that received them (all of them when there is only one process)
    await svc.failStaleUploads(this.opts.singleProcess ? 0 : UPLOAD_STALE_MS);
    const now = Date.now();
    for (const job of await svc.openJobs('local')) {
      if (job.instance === this.runner.instance) continue;
      const stale = this.opts.singleProcess || !job.heartbeatAt || now - new Date(job.heartbeatAt).getTime() > this.opts.staleMs;
      if (!stale) continue;
      let rerunnable = false;
      try {
        rerunnable = jobHandler(job.type).rerunnable;
      } catch {
        rerunnable = false;
      }
      if (job.status === JobStatus.RUNNING && !rerunnable) {
        await svc.fail(job.id, 'INTERRUPTED', '任务运行期间服务重启，任务已中止；请核对已处理的数据后重新提交', [JobStatus.RUNNING]);
        log.warn('interrupted job marked FAILED', { jobId: job.id, type: job.type });
      } else if (await svc.adopt(job, this.runner.instance)) {
        log.info('open job of a stopped process taken over', { jobId: job.id, type: job.type, status: job.status, from: job.instance });
        await this.enqueue(job);
      }
    }
  }

  async enqueue(job: Job) {
    if (this.stopping) throw new Error('the job runner is stopping');
    if (this.queued.has(job.id)) return;
    this.queued.add(job.id);
    this.queue.push(job.id);
    this.pump();
  }

  private pump() {
    while (!this.stopping && this.running < this.opts.concurrency && this.queue.length) {
      const id = this.queue.shift()!;
      const attempt = (this.tries.get(id) ?? 0) + 1;
      this.tries.set(id, attempt);
      this.running++;
      const p: Promise<unknown> = this.runner
        .execute(id, { attempt, maxAttempts: JOB_ATTEMPTS })
        .then((r) => {
          if (r === 'retry') {
            const t = setTimeout(() => {
              this.queued.delete(id);
              void this.enqueue({ id } as Job).catch(() => undefined);
            }, 1000 * 2 ** attempt);
            t.unref();
          } else this.tries.delete(id);
          return r;
        })
        .catch((e) => log.error('job run crashed', { jobId: id, err: String((e as Error)?.stack ?? e) }))
        .finally(() => {
          this.running--;
          if (!this.tries.has(id)) this.queued.delete(id);
          this.inflight.delete(p);
          this.pump();
        });
      this.inflight.add(p);
    }
  }

  /** Stops taking jobs and gives the running one up to 10 s to finish (a job cut off here runs again on the next start). */
  async stop() {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    if (this.inflight.size) await Promise.race([Promise.allSettled([...this.inflight]), sleep(10_000)]);
  }
}

/** ioredis options from redis[s]://[user:password@]host[:port][/db]. */
export function redisOptions(url: string) {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`REDIS_URL must be redis://host:port[/db] (got ${u.protocol})`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error('REDIS_URL: the database number must be an integer');
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** The BullMQ key prefix: every instance on the same database shares one queue; other databases never see it. */
export function defaultQueuePrefix(databaseUrl: string): string {
  let identity = databaseUrl;
  if (databaseUrl.startsWith('sqlite:')) identity = `sqlite:${path.resolve(sqliteFile(databaseUrl))}`;
  else {
    const u = new URL(databaseUrl.replace(/^mariadb:/, 'mysql:'));
    identity = `mysql://${u.hostname}:${u.port || 3306}${u.pathname}`;
  }
  return `eldergraph:${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
}

export const QUEUE_NAME = 'jobs';

/**
 * Jobs on BullMQ (Redis), shared by every instance: each instance runs a worker. BullMQ's job id is `job-<id>` of
 * the job row (the row's dedupe key makes a double submit land on the same row, hence the same BullMQ job); a job
 * whose worker dies is found stalled once its lock expires and is run again by another worker; the handlers make
 * that rerun harmless (see JobRunContext.succeedIn).
 */
export class BullBackend implements JobBackend {
  readonly name: JobBackendName = 'bullmq';
  private queue!: Queue;
  private worker!: Worker;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly runner: JobRunner,
    private readonly opts: { redisUrl: string; prefix: string; lockMs: number; concurrency: number },
  ) {}

  async start() {
    let bullmq: typeof import('bullmq');
    try {
      // BullMQ loads its Redis client (ioredis, an optional peer dependency) lazily and fails badly without it
      require.resolve('ioredis');
      bullmq = await import('bullmq');
    } catch (e) {
      throw new Error(`REDIS_URL is set but BullMQ or its Redis client (ioredis) cannot be loaded: ${(e as Error).message.split('\n')[0]}`);
    }
    const connection = redisOptions(this.opts.redisUrl);
    const { prefix, lockMs, concurrency } = this.opts;
    this.queue = new bullmq.Queue(QUEUE_NAME, { connection: { ...connection, enableOfflineQueue: false }, prefix });
    this.queue.on('error', (e) => log.warn('job queue: redis error', { err: String(e?.message ?? e) }));
    this.worker = new bullmq.Worker(QUEUE_NAME, (bj: BullJob) => this.process(bj), {
      connection: { ...connection, maxRetriesPerRequest: null },
      prefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 2,
    });
    this.worker.on('error', (e) => log.warn('job worker: redis error', { err: String(e?.message ?? e) }));
    this.worker.on('failed', (bj, err) => void this.onFailed(bj, err));
    const ready = await Promise.race([this.queue.waitUntilReady().then(() => true, () => false), sleep(5000).then(() => false)]);
    if (!ready) log.warn('redis is not reachable yet; jobs will queue once it is', { prefix });
    else await this.reconcile().catch((e) => log.warn('job reconcile failed', { err: String((e as Error)?.message ?? e) }));
    this.timer = setInterval(() => void this.reconcile().catch((e) => log.warn('job reconcile failed', { err: String((e as Error)?.message ?? e) })), 60_000);
    this.timer.unref();
    log.info('jobs run on BullMQ', { prefix, queue: QUEUE_NAME, lockMs, concurrency });
  }

  private async process(bj: BullJob): Promise<void> {
    const id = Number((bj.data as { jobId?: unknown })?.jobId);
    if (!Number.isSafeInteger(id)) throw new Error(`malformed job ${bj.id}`);
    const outcome = await this.runner.execute(id, {
      attempt: bj.attemptsMade + 1,
      maxAttempts: bj.opts.attempts ?? 1,
      onProgress: (p) => bj.updateProgress({ percent: p.percent, done: p.done ?? null, total: p.total ?? null, step: p.step ?? null }),
    });
    // a transient failure: BullMQ runs it again after its backoff (the row is QUEUED again meanwhile)
    if (outcome === 'retry') throw new Error('transient failure; the job will run again');
  }

  /** A job BullMQ gave up on (stalled too often, or out of attempts) is FAILED in the table too. */
  private async onFailed(bj: BullJob | undefined, err: Error) {
    if (!bj) return;
    const id = Number((bj.data as { jobId?: unknown })?.jobId);
    const stalled = /stalled more than allowable limit/i.test(err?.message ?? '');
    if (!stalled && bj.attemptsMade < (bj.opts.attempts ?? 1)) return;
    const failed = await this.runner.svc
      .fail(id, stalled ? 'INTERRUPTED' : 'RETRIES_EXHAUSTED', stalled ? '运行该任务的服务实例多次中断，任务已停止；请重新提交' : '任务多次重试后仍未成功；请稍后重新提交')
      .catch(() => false);
    if (failed) log.warn('job given up by the queue', { jobId: id, err: err?.message });
  }

  async enqueue(job: Job) {
    await this.queue.add(job.type, { jobId: job.id }, {
      jobId: `job-${job.id}`,
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /**
   * Open jobs whose BullMQ job is missing (Redis restarted without persistence, or an instance died between its
   * commit and its enqueue) are queued again; rerunning them is harmless.
   */
  private async reconcile() {
    await this.runner.svc.failStaleUploads(UPLOAD_STALE_MS);
    const old = Date.now() - 2 * this.opts.lockMs;
    for (const job of await this.runner.svc.openJobs('bullmq')) {
      if (new Date(job.updatedAt).getTime() > old) continue;
      if (await this.queue.getJob(`job-${job.id}`)) continue;
      log.warn('open job missing from the queue; queueing it again', { jobId: job.id });
      await this.enqueue(job);
    }
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    // let a running job finish for up to 10 s; a job cut off here is picked up by another instance when its lock expires
    const closed = await Promise.race([this.worker.close().then(() => true), sleep(10_000).then(() => false)]);
    if (!closed) await this.worker.close(true).catch(() => undefined);
    await this.queue.close().catch(() => undefined);
  }
}

export interface JobsHandle {
  backend: JobBackend;
  stop(): Promise<void>;
}

/** Starts this instance's job runner (BullMQ when `config.jobs.redisUrl` is set) and hands it to the JobService. */
export async function startJobs(ds: DataSource, config: Pick<AppConfig, 'databaseUrl' | 'dbType' | 'jobs'>, svc: JobService): Promise<JobsHandle> {
  const runner = new JobRunner(svc, ds, instanceId());
  const j = config.jobs;
  let backend: LocalBackend | BullBackend;
  if (j?.redisUrl) {
    backend = new BullBackend(runner, { redisUrl: j.redisUrl, prefix: j.queuePrefix || defaultQueuePrefix(config.databaseUrl), lockMs: j.lockMs ?? 30_000, concurrency: j.concurrency ?? 1 });
  } else {
    backend = new LocalBackend(runner, { concurrency: j?.concurrency ?? 1, singleProcess: config.dbType === 'sqlite', staleMs: 60_000 });
    if (config.dbType === 'mysql') log.warn('REDIS_URL is not set: jobs run inside each server process; set REDIS_URL when running several instances');
  }
  await backend.start();
  svc.backend = backend;
  return {
    backend,
    async stop() {
      svc.backend = null;
      await backend.stop();
    },
  };
}
