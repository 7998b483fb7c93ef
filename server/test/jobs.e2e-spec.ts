/**
 * Background jobs (scale-out issue, part 2): long work (round computes over 50,000 centers) runs as a job with
 * progress in the job table, any instance answers for it, a double submit runs once, and a job survives the death
 * of the process running it without its effect happening twice.
 *
 * SQLite (`npm test`): the in-process runner of embedded mode (no Redis), and a real process SIGKILLed in the
 * middle of a 50,000-center compute and started again. MariaDB (`npm run test:mysql`): two instances on BullMQ
 * (Redis at REDIS_URL, a queue prefix of this run, removed at the end): dedupe across instances, and the instance
 * running a job SIGKILLed → the other instance completes it, allocations written exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { describeOn, expectError, startTestApp, TestApp } from './util';
import { sqliteServers } from './proc';
import { Cluster, dropRedisPrefix, gqlAt, openDatabase, redisKeys, requireRedis, seedCenters, startCluster } from './cluster';

jest.setTimeout(120_000);

const JOB_FIELDS = 'id type status progress done total step summary error errorCode attempts instance createdBy targetType targetId startedAt finishedAt';
const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
const RATING_JOB = `mutation($id: ID!, $v: Int) { computeRatingRoundJob(id: $id, version: $v) { ${JOB_FIELDS} } }`;
const SUBSIDY_JOB = `mutation($id: ID!, $v: Int) { computeSubsidyRoundJob(id: $id, version: $v) { ${JOB_FIELDS} } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;

/** Polls job(id) until it is finished; returns every state seen on the way and the final job. */
async function waitForJob(gql: Gql, id: string, timeoutMs = 60_000) {
  const seen: { status: string; progress: number }[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await gql(JOB, { id });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const job = r.data.job;
    seen.push({ status: job.status, progress: job.progress });
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return { job, seen };
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms: ${JSON.stringify(job)}`);
    await sleep(30);
  }
}

async function area(gql: Gql, name: string): Promise<string> {
  const s = await gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: `${name}街道` });
  const c = await gql(`mutation($s: ID!, $n: String!) { createCommunity(input: { name: $n, streetId: $s }) { id } }`, { s: s.data.createStreet.id, n: `${name}社区` });
  return c.data.createCommunity.id;
}

describeOn('sqlite')('jobs: the in-process runner of embedded mode (SQLite, no Redis)', () => {
  let t: TestApp;
  let communityId: string;
  const N = 12_000;
  const officer: Gql = (q, v) => t.gql(q, v, t.tokens.officer);

  beforeAll(async () => {
    t = await startTestApp({ config: { limits: { rateLimitPerMinute: 0 } } });
    communityId = await area(officer, '任务');
    await seedCenters(t.started.ds, Number(communityId), N, 'JB');
  });
  afterAll(() => t?.close());

  const newRound = async (name: string) => (await officer(`mutation($n: String!) { createRatingRound(input: { name: $n, assessedOn: "2016-06-30" }) { id version } }`, { n: name })).data.createRatingRound;

  it(`a ${N}-center rating compute runs as a job: QUEUED at once, progress up to 100, the result in the round, readable by every role`, async () => {
    const round = await newRound('后台评定');
    const submitted = await officer(RATING_JOB, { id: round.id, v: round.version });
    expect(submitted.errors).toBeUndefined();
    const job = submitted.data.computeRatingRoundJob;
    expect(job).toMatchObject({ type: 'COMPUTE_RATING_ROUND', status: 'QUEUED', progress: 0, targetType: 'RatingRound', targetId: round.id, createdBy: 'officer@test.example', attempts: 0 });
    const { job: done, seen } = await waitForJob(officer, job.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', progress: 100, done: N, total: N, step: '完成', error: null, attempts: 1, instance: `${os.hostname()}:${process.pid}` });
    expect(done.summary).toMatch(new RegExp(`^「后台评定」已评定 ${N} 家中心：五星 \\d+，四星 \\d+，三星 \\d+，二星 \\d+，一星 \\d+，不及格 \\d+，新建 \\d+$`));
    // progress never goes back
    for (let i = 1; i < seen.length; i++) expect(seen[i].progress).toBeGreaterThanOrEqual(seen[i - 1].progress);
    const r = await t.gql(`query($id: ID!) { ratingRound(id: $id) { status centerCount version levelCounts { level count } } }`, { id: round.id }, t.tokens.analyst);
    expect(r.data.ratingRound).toMatchObject({ status: 'COMPUTED', centerCount: N, version: round.version + 1 });
    const sum = r.data.ratingRound.levelCounts.reduce((s: number, l: { count: number }) => s + l.count, 0);
    expect(sum).toBe(N);
    expect(done.summary).toContain(`五星 ${r.data.ratingRound.levelCounts.find((l: { level: string }) => l.level === 'FIVE').count}，`);
    // the job list, filtered by target, as an analyst
    const list = await t.gql(`query($id: ID!) { jobs(filter: { targetType: "RatingRound", targetId: $id }) { totalItems items { id status } } }`, { id: round.id }, t.tokens.analyst);
    expect(list.data.jobs).toEqual({ totalItems: 1, items: [{ id: job.id, status: 'SUCCEEDED' }] });
  });

  it('a double submit runs once: concurrent submits get the same job, a later one naming the same version gets it too', async () => {
    const round = await newRound('重复提交');
    const results = await Promise.all(Array.from({ length: 5 }, () => officer(RATING_JOB, { id: round.id, v: round.version })));
    const ids = new Set(results.map((r) => r.data?.computeRatingRoundJob?.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const { job } = await waitForJob(officer, id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    const again = await officer(RATING_JOB, { id: round.id, v: round.version });
    expect(again.data.computeRatingRoundJob).toMatchObject({ id, status: 'SUCCEEDED' });
    const audit = await t.gql(`query($id: ID!) { auditLog(take: 50, filter: { entity: "RatingRound", entityId: $id, action: ["COMPUTE"] }) { totalItems } }`, { id: round.id }, t.tokens.admin);
    expect(audit.data.auditLog.totalItems).toBe(1);
    const jobs = await t.gql(`query($id: ID!) { jobs(filter: { targetId: $id, type: [COMPUTE_RATING_ROUND] }) { totalItems } }`, { id: round.id }, t.tokens.officer);
    expect(jobs.data.jobs.totalItems).toBe(1);
  });

  it('bad submits fail the request and create no job: finalized round, stale version, unknown round, analyst', async () => {
    const round = await newRound('定稿轮次');
    await officer(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: round.id });
    const fin = await officer(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id version } }`, { id: round.id });
    const before = (await officer(`{ jobs { totalItems } }`)).data.jobs.totalItems;
    expectError(await t.gql(RATING_JOB, { id: round.id, v: null }, t.tokens.officer), 'INVALID_STATE');
    const other = await newRound('版本');
    expectError(await t.gql(RATING_JOB, { id: other.id, v: other.version + 5 }, t.tokens.officer), 'CONFLICT');
    expectError(await t.gql(RATING_JOB, { id: '999999', v: null }, t.tokens.officer), 'NOT_FOUND');
    expectError(await t.gql(RATING_JOB, { id: other.id, v: null }, t.tokens.analyst), 'FORBIDDEN');
    expect((await officer(`{ jobs { totalItems } }`)).data.jobs.totalItems).toBe(before);
    expect(fin.data.finalizeRatingRound.id).toBe(round.id);
  });

  it('a job that fails says why in Chinese, changes nothing, and can be submitted again', async () => {
    const rr = await newRound('全零权重');
    await officer(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: rr.id });
    await officer(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: rr.id });
    const levels = ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE', 'FAIL', 'NEW'].map((level) => ({ level, weight: 0 }));
    const s = await officer(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id version } }`, { i: { name: '零权重资助', fiscalYear: 2016, ratingRoundId: rr.id, budget: '1000000', levels } });
    const sub = s.data.createSubsidyRound;
    const submitted = (await officer(SUBSIDY_JOB, { id: sub.id, v: sub.version })).data.computeSubsidyRoundJob;
    const { job } = await waitForJob(officer, submitted.id);
    expect(job).toMatchObject({ status: 'FAILED', errorCode: 'BAD_USER_INPUT', summary: null, attempts: 1 });
    expect(job.error).toBe('该评定轮次中所有中心所在等级的权重都为 0，无法分配资助（W = 0）；请调整等级权重');
    const round = await officer(`query($id: ID!) { subsidyRound(id: $id) { status version allocations { totalItems } } }`, { id: sub.id });
    expect(round.data.subsidyRound).toEqual({ status: 'DRAFT', version: sub.version, allocations: { totalItems: 0 } });
    // a failed job releases its key: the same submit creates a new job
    const again = (await officer(SUBSIDY_JOB, { id: sub.id, v: sub.version })).data.computeSubsidyRoundJob;
    expect(again.id).not.toBe(submitted.id);
    expect((await waitForJob(officer, again.id)).job.status).toBe('FAILED');
  });
});

describeOn('sqlite')('jobs: a SQLite server killed in the middle of a job runs it again on its next start', () => {
  const N = 50_000;
  const servers = sqliteServers('eg-jobs-');
  const start = servers.start;

  it(`SIGKILL during a ${N}-center compute: the job is still RUNNING and nothing was written; the next start completes it and the queued one, once`, async () => {
    const a = await start();
    let token = await a.login();
    const gqlA: Gql = (q, v) => a.gql(q, v, token);
    const communityId = await area(gqlA, '重启');
    const r1 = (await gqlA(`mutation { createRatingRound(input: { name: "大评定", assessedOn: "2016-06-30" }) { id version } }`)).data.createRatingRound;
    const r2 = (await gqlA(`mutation { createRatingRound(input: { name: "小评定", assessedOn: "2015-06-30" }) { id version } }`)).data.createRatingRound;
    a.kill('SIGTERM');
    expect((await a.exited).code).toBe(0);

    const ds = await openDatabase(servers.env.DATABASE_URL);
    await seedCenters(ds, Number(communityId), N, 'RS');
    await ds.destroy();

    const b = await start();
    token = await b.login();
    const j1 = (await b.gql(RATING_JOB, { id: r1.id, v: r1.version }, token)).data.computeRatingRoundJob;
    const j2 = (await b.gql(RATING_JOB, { id: r2.id, v: r2.version }, token)).data.computeRatingRoundJob;
    // watch the job row from outside (WAL: a reader beside the writer) and kill the server as soon as it runs
    const db = new Database(servers.file, { readonly: true, fileMustExist: true });
    const status = () => db.prepare('SELECT status, attempts FROM job WHERE id = ?').get(Number(j1.id)) as { status: string; attempts: number };
    const deadline = Date.now() + 30_000;
    while (status().status === 'QUEUED' && Date.now() < deadline) await sleep(2);
    b.kill('SIGKILL');
    await b.exited;
    expect(status()).toEqual({ status: 'RUNNING', attempts: 1 });
    const q = (sql: string, ...p: unknown[]) => db.prepare(sql).get(...p) as Record<string, number | string>;
    expect(q('SELECT status FROM job WHERE id = ?', Number(j2.id)).status).toBe('QUEUED');
    expect(q('SELECT status, version FROM rating_round WHERE id = ?', Number(r1.id))).toEqual({ status: 'DRAFT', version: r1.version });
    expect(q('SELECT COUNT(*) AS n FROM center_rating').n).toBe(0);
    db.close();

    const c = await start();
    token = await c.login();
    const gqlC: Gql = (qq, v) => c.gql(qq, v, token);
    const done1 = (await waitForJob(gqlC, j1.id)).job;
    const done2 = (await waitForJob(gqlC, j2.id)).job;
    expect(done1).toMatchObject({ status: 'SUCCEEDED', attempts: 2, done: N, instance: `${os.hostname()}:${c.proc.pid}` });
    expect(done2).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    const round = (await gqlC(`query($id: ID!) { ratingRound(id: $id) { status centerCount version ratings { totalItems } } }`, { id: r1.id })).data.ratingRound;
    expect(round).toEqual({ status: 'COMPUTED', centerCount: N, version: r1.version + 1, ratings: { totalItems: N } });
    const audit = await gqlC(`query($id: ID!) { auditLog(filter: { entity: "RatingRound", entityId: $id, action: ["COMPUTE"] }) { totalItems } }`, { id: r1.id });
    expect(audit.data.auditLog.totalItems).toBe(1);
    expect(c.logs().some((l) => l.msg === 'open job of a stopped process taken over' && l.jobId === Number(j1.id))).toBe(true);
    c.kill('SIGTERM');
    expect((await c.exited).code).toBe(0);
  });
});

describeOn('mysql')('jobs on BullMQ (Redis) with two instances on MariaDB', () => {
  let cluster: Cluster;
  let token: string;
  let sql: mysql.Connection;
  let ratingRound: { id: string; version: number };
  const N = 50_000;
  const at = (i: number): Gql => (q, v) => gqlAt(cluster.instances[i].url, q, v, token);
  const one = async <T = Record<string, unknown>>(query: string, ...params: unknown[]): Promise<T> => ((await sql.query(query, params))[0] as T[])[0];

  beforeAll(async () => {
    await requireRedis();
    cluster = await startCluster(2, { redis: true, env: { JOBS_LOCK_MS: '2000' } });
    token = await cluster.login();
    sql = await mysql.createConnection(cluster.databaseUrl);
    const communityId = await area(at(0), '队列');
    const ds = await openDatabase(cluster.databaseUrl);
    await seedCenters(ds, Number(communityId), N, 'MQ');
    await ds.destroy();
  }, 180_000);
  afterAll(async () => {
    await sql?.end();
    await cluster?.close();
  });

  it(`submitted on both instances at once, the ${N}-center compute runs once; progress is in the table and in BullMQ`, async () => {
    ratingRound = (await at(0)(`mutation { createRatingRound(input: { name: "队列评定", assessedOn: "2016-06-30" }) { id version } }`)).data.createRatingRound;
    const submits = await Promise.all([0, 1, 0, 1, 0, 1].map((i) => at(i)(RATING_JOB, { id: ratingRound.id, v: ratingRound.version })));
    const ids = new Set(submits.map((r) => r.data?.computeRatingRoundJob?.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    // watch the row from outside: progress moves through the steps before it completes
    const progress = new Set<number>();
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const row = await one<{ status: string; progress: number }>('SELECT status, progress FROM job WHERE id = ?', Number(id));
      progress.add(row.progress);
      if (row.status === 'SUCCEEDED' || row.status === 'FAILED') break;
      await sleep(5);
    }
    const { job } = await waitForJob(at(1), id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 1, done: N, total: N, progress: 100 });
    expect([...progress].some((p) => p > 0 && p < 100)).toBe(true);
    expect(cluster.indexOf(job.instance)).toBeGreaterThanOrEqual(0);
    expect(await one('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?', 'RatingRound', ratingRound.id, 'COMPUTE')).toEqual({ n: 1 });
    expect(await one('SELECT COUNT(*) AS n FROM center_rating WHERE round_id = ?', Number(ratingRound.id))).toEqual({ n: N });
    expect(await one('SELECT version, status FROM rating_round WHERE id = ?', Number(ratingRound.id))).toEqual({ version: ratingRound.version + 1, status: 'COMPUTED' });
    // one BullMQ job for the one row, its progress recorded by BullMQ too
    const keys = redisKeys(cluster.queuePrefix!, 'jobs:job-*').filter((k) => /:job-\d+$/.test(k));
    expect(keys).toEqual([`${cluster.queuePrefix}:jobs:job-${id}`]);
  });

  it('the instance running a subsidy job is SIGKILLed: the other instance completes it, allocations written exactly once', async () => {
    await at(0)(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: ratingRound.id });
    const BUDGET = 123_456_789n;
    const s = (await at(0)(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id version } }`, { i: { name: '队列资助', fiscalYear: 2016, ratingRoundId: ratingRound.id, budget: BUDGET.toString() } })).data.createSubsidyRound;
    const job = (await at(0)(SUBSIDY_JOB, { id: s.id, v: s.version })).data.computeSubsidyRoundJob;
    let running: { status: string; instance: string | null } = { status: 'QUEUED', instance: null };
    for (const deadline = Date.now() + 30_000; running.status === 'QUEUED' && Date.now() < deadline; await sleep(2)) {
      running = await one('SELECT status, instance FROM job WHERE id = ?', Number(job.id));
    }
    expect(running.status).toBe('RUNNING');
    const victim = cluster.indexOf(running.instance);
    expect(victim).toBeGreaterThanOrEqual(0);
    await cluster.kill(victim);
    const survivor = 1 - victim;
    const { job: done } = await waitForJob(at(survivor), job.id, 60_000);
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 2, instance: cluster.servedBy(survivor), done: N });
    const totals = await one<{ n: number; total: string }>('SELECT COUNT(*) AS n, CAST(SUM(amount_fen) AS CHAR) AS total FROM subsidy_allocation WHERE round_id = ?', Number(s.id));
    expect(totals).toEqual({ n: N, total: (BUDGET * 100n).toString() });
    expect(await one('SELECT status, version, CAST(allocated_fen AS CHAR) AS allocated FROM subsidy_round WHERE id = ?', Number(s.id))).toEqual({ status: 'COMPUTED', version: s.version + 1, allocated: (BUDGET * 100n).toString() });
    expect(await one('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?', 'SubsidyRound', s.id, 'COMPUTE')).toEqual({ n: 1 });
    expect(cluster.instances[survivor].logs().some((l) => l.msg === 'job started' && l.jobId === Number(job.id) && l.attempt === 2)).toBe(true);
  });

  it('removes its BullMQ queue from Redis', () => {
    expect(dropRedisPrefix(cluster.queuePrefix!)).toBe(0);
  });
});
