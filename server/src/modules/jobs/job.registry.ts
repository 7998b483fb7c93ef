import type { Readable, Writable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Ctx } from '../../common/context';
import { BadInput } from '../../common/errors';
import { Job, JobType } from './job.entity';

/** What a finished job reports: a Chinese summary for staff, a JSON result, and optionally a result file. */
export interface JobOutcome {
  summary: string;
  result?: unknown;
  /** Items processed in all (centers rated, rows imported): shown as done = total on the finished job. */
  count?: number;
}

export interface JobProgress {
  /** 0..100 overall */
  percent: number;
  done?: number | null;
  total?: number | null;
  /** the current step, in Chinese */
  step?: string | null;
}

/** What a handler gets while it runs. */
export interface JobRunContext {
  ds: DataSource;
  /** The job row as claimed for this run (attempts counts this run). */
  job: Job;
  /** The submitter: the work runs with their identity (audit, four-eyes rule). */
  actor: Actor;
  /** A service context for the submitter (loaders, request id `job-<id>`, now). */
  ctx: Ctx;
  /** Reports progress (throttled; recorded in the job row and, with BullMQ, in the queue). */
  progress(p: JobProgress): void;
  /**
   * Marks the job SUCCEEDED inside the handler's own transaction `m`, so that the job's effect and its completion
   * commit together: a run that is repeated after a crash finds the job done and changes nothing. Throws (rolling
   * `m` back) when another run has already finished the job.
   */
  succeedIn(m: EntityManager, outcome: JobOutcome): Promise<void>;
  /** The uploaded file as a stream, read from the database a few chunks at a time (never whole in memory). */
  inputStream(): Readable;
  /**
   * Stores a (small) result file of the job in the database, for GET /jobs/:id/result; inside `m` when given (so
   * that it commits with `succeedIn`).
   */
  writeResult(name: string, contentType: string, data: Buffer, m?: EntityManager): Promise<void>;
  /**
   * A stream into the job's result file (exports): bytes are stored in chunks as they come, the chunks of an earlier,
   * interrupted run are replaced. `done()` ends it and resolves with the size once every byte is stored; name the
   * file with `nameResult` in the transaction that calls `succeedIn`.
   */
  resultStream(): JobResultStream;
  /** Names the stored result file (name, content type, size) inside `m`: GET /jobs/:id/result serves it from then on. */
  nameResult(m: EntityManager, name: string, contentType: string, size: number): Promise<void>;
}

export interface JobResultStream {
  stream: Writable;
  /** Ends the stream; resolves with the bytes stored once the last chunk is written (rejects if storing failed). */
  done(): Promise<number>;
}

/** Where a submitted job points and how double submits are recognised. */
export interface PreparedJob<I> {
  input: I;
  targetType: string | null;
  targetId: number | null;
  /** Same key while a job is queued, running or done → the second submit returns the first job (null: never deduped). */
  dedupeKey: string | null;
}

/**
 * One kind of background work. Imports and exports become job types by registering a handler:
 *
 * ```ts
 * registerJobType({ type: JobType.EXPORT, rerunnable: true,
 *   prepare: async (ctx, input) => ({ input, targetType: null, targetId: null, dedupeKey: null }),
 *   run: async (rc, input) => { ...; await rc.writeResult('centers.xlsx', XLSX, bytes); return { summary: '已导出 165 条' }; } });
 * ```
 */
export interface JobHandler<I = unknown> {
  type: JobType;
  /**
   * May a run that was interrupted (its instance died) simply run again? True when the handler's effect commits in
   * one transaction together with `succeedIn` (a rerun finds the job done, or redoes work that was rolled back).
   * A non-rerunnable job interrupted by a crash is marked FAILED for a person to check.
   */
  rerunnable: boolean;
  /**
   * The dedupe key holds only while the job is open (imports, exports: the same file submitted twice runs once, but
   * may be submitted again once the first job has finished). Otherwise it also holds for a finished job (computes).
   */
  dedupeWhileOpen?: boolean;
  /**
   * The dedupe key the raw input names by itself, if any (e.g. a round id with the version the client saw): a job
   * with that key is returned before `prepare` checks anything, so a double submit of work already done returns it.
   */
  knownKey?(input: I): string | null;
  /** Checks the input when the job is submitted (so that bad input fails the request, not the job later). */
  prepare(ctx: Ctx, input: I): Promise<PreparedJob<I>>;
  /** Does the work. Returns the outcome, unless it already called `rc.succeedIn` in its own transaction. */
  run(rc: JobRunContext, input: I): Promise<JobOutcome | void>;
}

const registry = new Map<JobType, JobHandler<never>>();

export function registerJobType<I>(handler: JobHandler<I>): void {
  registry.set(handler.type, handler as unknown as JobHandler<never>);
}

export function jobHandler(type: JobType): JobHandler<unknown> {
  const h = registry.get(type);
  if (!h) throw new BadInput('type', `Jobs of type ${type} are not available on this server`);
  return h as unknown as JobHandler<unknown>;
}
