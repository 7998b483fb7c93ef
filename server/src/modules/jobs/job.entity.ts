import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, enumColumn } from '../../common/base.entity';
import { DateTimeScalar } from '../../common/scalars';

export enum JobStatus {
  /** the job's file is still arriving (an import's upload): never run; becomes QUEUED when the upload is complete */
  UPLOADING = 'UPLOADING',
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(JobStatus, { name: 'JobStatus', description: 'UPLOADING 上传中, QUEUED 排队中, RUNNING 运行中, SUCCEEDED 已完成, FAILED 失败' });

/** The kinds of background work; each has a handler in the job registry (job.registry.ts). */
export enum JobType {
  COMPUTE_RATING_ROUND = 'COMPUTE_RATING_ROUND',
  COMPUTE_SUBSIDY_ROUND = 'COMPUTE_SUBSIDY_ROUND',
  IMPORT = 'IMPORT',
  EXPORT = 'EXPORT',
}
registerEnumType(JobType, { name: 'JobType', description: 'COMPUTE_RATING_ROUND 星级评定计算, COMPUTE_SUBSIDY_ROUND 资助分配计算, IMPORT 导入, EXPORT 导出' });

/** Where a job is queued: BullMQ on Redis (shared by every instance) or the in-process runner (embedded mode). */
export type JobBackendName = 'bullmq' | 'local';

/**
 * 后台任务: one piece of long work (a round compute over 50,000 centers, an import, an export), its progress and
 * its outcome. Every instance reads and writes the same row, so any instance can answer `job(id)`.
 */
@ObjectType({ description: '后台任务 Background job: status, progress and outcome, the same whichever instance runs it' })
@Entity('job')
@Index('uq_job_dedupe_key', ['dedupeKey'], { unique: true })
@Index('idx_job_status', ['status'])
@Index('idx_job_target', ['targetType', 'targetId'])
@Index('idx_job_created', ['createdAt'])
export class Job extends BaseRecord {
  @Field(() => JobType)
  @Column(enumColumn('type', 32))
  type: JobType;

  @Field(() => JobStatus)
  @Column(enumColumn('status', 16, { default: 'QUEUED' }))
  status: JobStatus;

  /**
   * `<type>:<target>:v<version>` while the job is queued, running or done: a second submit returns this job. Cleared on
   * failure, and when a file job (import, export) finishes: those dedupe only while open.
   */
  @Column({ type: 'varchar', length: 200, name: 'dedupe_key', nullable: true })
  dedupeKey: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of record the job works on, e.g. RatingRound' })
  @Column({ type: 'varchar', length: 40, name: 'target_type', nullable: true })
  targetType: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of that record' })
  @Column({ type: 'int', name: 'target_id', nullable: true })
  targetId: number | null;

  @Column({ type: 'text', name: 'input_json' })
  inputJson: string;

  @Column(enumColumn('backend', 16))
  backend: JobBackendName;

  @Field(() => Int, { description: 'Progress 0..100' })
  @Column({ type: 'int', default: 0 })
  progress: number;

  @Field(() => Int, { nullable: true, description: 'Items done in the current step (e.g. centers rated, rows imported)' })
  @Column({ type: 'int', nullable: true })
  done: number | null;

  @Field(() => Int, { nullable: true, description: 'Items in the current step' })
  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Field(() => String, { nullable: true, description: 'The current step, in Chinese (e.g. 读取中心, 评定, 写入结果)' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  step: string | null;

  @Field(() => String, { nullable: true, description: 'What the job did, in Chinese (when SUCCEEDED)' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  summary: string | null;

  @Column({ type: 'text', name: 'result_json', nullable: true })
  resultJson: string | null;

  @Field(() => String, { nullable: true, description: 'Why the job failed, in Chinese (when FAILED)' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The error code behind `error` (CONFLICT, INVALID_STATE, BAD_USER_INPUT, …)' })
  @Column({ type: 'varchar', length: 32, name: 'error_code', nullable: true })
  errorCode: string | null;

  @Field(() => Int, { description: 'Times a worker started the job (more than 1 after an instance died while running it)' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'int', name: 'created_by_id', nullable: true })
  createdById: number | null;

  @Field(() => String, { description: 'Who submitted the job' })
  @Column({ type: 'varchar', length: 200, name: 'created_by' })
  createdBy: string;

  @Field(() => String, { nullable: true, description: 'The server instance (host:pid) that runs or ran the job' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  instance: string | null;

  @Column({ type: 'datetime', name: 'heartbeat_at', nullable: true })
  heartbeatAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 200, name: 'input_name', nullable: true })
  inputName: string | null;

  @Field(() => String, { nullable: true, description: 'File name of the result (exports)' })
  @Column({ type: 'varchar', length: 200, name: 'result_name', nullable: true })
  resultName: string | null;

  @Column({ type: 'varchar', length: 120, name: 'result_type', nullable: true })
  resultType: string | null;

  @Field(() => Int, { nullable: true, description: 'Size of the result file in bytes (exports)' })
  @Column({ type: 'int', name: 'result_size', nullable: true })
  resultSize: number | null;
}

export enum JobFileRole {
  INPUT = 'INPUT',
  RESULT = 'RESULT',
}

/**
 * A job's files (an uploaded import, an export's result) in the database, as BLOB chunks of at most
 * JOB_FILE_CHUNK bytes: any instance can read them, they survive restarts and backups like every other row,
 * and the same column type works on SQLite (BLOB) and MySQL/MariaDB (BLOB holds 64 KiB).
 */
@Entity('job_file')
@Index('uq_job_file_chunk', ['jobId', 'role', 'seq'], { unique: true })
export class JobFile {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int', name: 'job_id' })
  jobId: number;

  @ManyToOne(() => Job, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @Column(enumColumn('role', 8))
  role: JobFileRole;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'blob' })
  data: Buffer;
}

/** Bytes per job_file row: below MySQL's 65,535-byte BLOB limit. */
export const JOB_FILE_CHUNK = 64_000;
