/**
 * Imports and exports as background jobs (scale-out issue: "imports of 100,000 rows and big exports run as jobs with
 * progress visible in the panel and the API, survive the restart of the instance that started them, and are never
 * run twice").
 *
 * SQLite (`npm test`, embedded runner, no Redis): an import job of a big resident CSV (progress seen before it ends,
 * committed once, a double submit is one job), the result is the synchronous endpoint's JSON, refusals keep nothing,
 * an export job of the imported residents masked for an ANALYST, a permission change between submit and run, and a
 * server SIGKILLed in the middle of an import job that finishes it once on its next start.
 * MariaDB (`npm run test:mysql`): two instances on BullMQ (Redis): 100,000 residents imported by a job submitted on
 * both instances at once, exported by an ANALYST's job, and the instance running an import job SIGKILLed → the other
 * one finishes it, the rows written exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import mysql from 'mysql2/promise';
import { describeOn, startTestApp, TestApp, USERS } from './util';
import { sqliteServers } from './proc';
import { Cluster, dropRedisPrefix, gqlAt, requireRedis, startCluster } from './cluster';
import { addDays } from '../src/common/dates';
import { makeIdNumber } from '../src/common/id-number';
import { AuditLog } from '../src/modules/audit/audit.entity';
import { Job, JobFile, JobFileRole } from '../src/modules/jobs/job.entity';
import { Resident } from '../src/modules/resident/resident.entity';
import { RoleEnum, User } from '../src/modules/auth/user.entity';
import { importJobRouter } from '../src/modules/import/import.job';
import { services } from '../src/services';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const JOB_FIELDS = 'id type status progress done total step summary error errorCode attempts instance createdBy resultName resultSize resultUrl';
const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
const RESIDENT_HEADER = ['姓名', '性别', '身份证号', '出生日期', '电话', '街道', '社区', '户籍在本区', '单位承担体检', '生活困难', '残疾', '居住方式', '老年协会', '去世日期'];

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;
interface Area {
  street: string;
  community: string;
  communityId: string;
}

/** Polls job(id) until it is finished; returns the progress seen while it was open, and the final job. */
async function waitForJob(gql: Gql, id: string, timeoutMs = 80_000) {
  const open: number[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await gql(JOB, { id });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const job = r.data.job;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return { job, open };
    open.push(job.progress);
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms: ${JSON.stringify(job)}`);
    await sleep(40);
  }
}

/** A resident sheet of `n` rows with valid, distinct ID numbers (region `region`), spread over the areas. */
function residentCsv(n: number, region: string, areas: Area[]): Buffer {
  const lines = [RESIDENT_HEADER.join(',')];
  for (let i = 0; i < n; i++) {
    const a = areas[i % areas.length];
    const birth = addDays('1925-01-01', i % 10_000);
    const gender = i % 3 ? 'FEMALE' : 'MALE';
    const id = makeIdNumber(region, birth, 2 * Math.floor(i / 10_000), gender);
    lines.push([`居民${i}`, gender === 'MALE' ? '男' : '女', id, birth, `1380000${String(i % 10_000).padStart(4, '0')}`, a.street, a.community, i % 7 ? '是' : '否', '否', i % 50 ? '否' : '是', '否', '居家', '', ''].join(','));
  }
  return Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n');
}

async function submitImport(base: string, token: string | null, kind: string, file: Buffer, name: string, commit: boolean, extra: Record<string, string> = {}) {
  const fd = new FormData();
  fd.append('file', new Blob([file]), name);
  const res = await fetch(`${base}/jobs/import/${kind}?commit=${commit ? 1 : 0}`, { method: 'POST', body: fd, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra } });
  return { status: res.status, body: (await res.json()) as any };
}

async function submitExport(base: string, token: string, file: string, filter?: unknown, sort?: [string, string]) {
  const q = new URLSearchParams();
  if (filter !== undefined) q.set('filter', JSON.stringify(filter));
  if (sort) {
    q.set('sort', sort[0]);
    q.set('order', sort[1]);
  }
  const res = await fetch(`${base}/jobs/export/list/${file}${q.size ? `?${q}` : ''}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(base: string, token: string, id: string) {
  const res = await fetch(`${base}/jobs/${id}/result`, { headers: { authorization: `Bearer ${token}` } });
  const length = res.headers.get('content-length');
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), length: length === null ? null : Number(length), body: Buffer.from(await res.arrayBuffer()) };
}

const csvRows = (body: Buffer): string[][] => parse(body.subarray(3).toString('utf8'));

async function makeAreas(gql: Gql, tag: string, n: number): Promise<Area[]> {
  const s = await gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: `${tag}街道` });
  const out: Area[] = [];
  for (let i = 0; i < n; i++) {
    const c = await gql(`mutation($s: ID!, $n: String!) { createCommunity(input: { name: $n, streetId: $s }) { id } }`, { s: s.data.createStreet.id, n: `${tag}${i}社区` });
    out.push({ street: `${tag}街道`, community: `${tag}${i}社区`, communityId: c.data.createCommunity.id });
  }
  return out;
}

describeOn('sqlite')('import and export jobs: embedded runner (SQLite, no Redis)', () => {
  let t: TestApp;
  let areas: Area[];
  const N = 100_000;
  const officer: Gql = (q, v) => t.gql(q, v, t.tokens.officer);
  const audits = (action: string, entity: string) => t.started.ds.getRepository(AuditLog).countBy({ action, entity } as never);

  beforeAll(async () => {
    t = await startTestApp({ config: { limits: { rateLimitPerMinute: 0 } } });
    areas = await makeAreas(officer, '后台', 4);
  });
  afterAll(() => t?.close());

  it(`a ${N.toLocaleString('en')}-row resident CSV imported by a job: one job for a double submit, progress before the end, committed once`, async () => {
    const file = residentCsv(N, '440309', areas);
    const before = await t.started.ds.getRepository(Resident).count();
    const t0 = Date.now();
    const [a, b] = await Promise.all([0, 1].map(() => submitImport(t.url, t.tokens.officer, 'residents', file, '老年人十万.csv', true)));
    const submitMs = Date.now() - t0;
    expect([a.status, b.status].sort()).toEqual([200, 202]);
    expect(a.body.job.id).toBe(b.body.job.id);
    expect([a.body.existing, b.body.existing].sort()).toEqual([false, true]);
    const submitted = (a.status === 202 ? a : b).body.job;
    expect(submitted).toMatchObject({ type: 'IMPORT', status: 'QUEUED', progress: 0, createdBy: USERS.officer, resultUrl: null });
    // the second upload left nothing behind: one job, one stored copy of the file
    expect(await t.started.ds.getRepository(Job).countBy({ type: 'IMPORT' } as never)).toBe(1);
    expect(await t.started.ds.getRepository(JobFile).countBy({ role: 'INPUT' } as never)).toBe(Math.ceil(file.length / 64_000));

    const { job, open } = await waitForJob(officer, submitted.id);
    const jobMs = Date.now() - t0;
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, done: N, total: N, attempts: 1, summary: `已导入 ${N} 条老年人记录`, resultName: `老年人导入结果-${submitted.id}.json` });
    expect(open.some((p) => p > 0 && p < 100)).toBe(true);
    for (let i = 1; i < open.length; i++) expect(open[i]).toBeGreaterThanOrEqual(open[i - 1]);
    expect(await t.started.ds.getRepository(Resident).count()).toBe(before + N);
    expect(await audits('IMPORT', 'Resident')).toBe(1);
    const result = await download(t.url, t.tokens.officer, submitted.id);
    expect(result.status).toBe(200);
    expect(result.type).toMatch(/^application\/json/);
    expect(JSON.parse(result.body.toString('utf8'))).toMatchObject({ kind: 'residents', format: 'csv', total: N, valid: N, errorCount: 0, errors: [], committed: true, inserted: N });
    console.log(`import job of ${N} residents (${(file.length / 1048576).toFixed(1)} MB CSV) on sqlite: both uploads answered in ${submitMs} ms, job done ${jobMs} ms after submit`);
  }, 90_000);

  it(`an ANALYST's export job of those ${N.toLocaleString('en')} residents: progress rows/total, a CSV of every row with ID numbers and phones masked`, async () => {
    const s = await officer(`{ streets(filter: { q: "后台" }) { items { id } } }`);
    const filter = { streetId: s.data.streets.items[0].id, q: '居民' };
    const sub = await submitExport(t.url, t.tokens.analyst, 'residents.csv', filter, ['birthDate', 'ASC']);
    expect(sub.status).toBe(202);
    expect(sub.body.job).toMatchObject({ type: 'EXPORT', status: 'QUEUED', createdBy: USERS.analyst });
    const analyst: Gql = (q, v) => t.gql(q, v, t.tokens.analyst);
    const { job } = await waitForJob(analyst, sub.body.job.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: N, total: N, progress: 100, resultUrl: `/jobs/${job.id}/result` });
    expect(job.resultName).toMatch(/^老年人-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(job.summary).toMatch(new RegExp(`^已导出「老年人」${N} 条（CSV，[\\d.]+ MB）$`));
    const file = await download(t.url, t.tokens.analyst, job.id);
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toContain(`filename*=UTF-8''${encodeURIComponent(job.resultName)}`);
    expect(file.body.length).toBe(job.resultSize);
    expect(file.length).toBe(job.resultSize); // streamed from the stored chunks, with its length announced
    expect(job.resultSize).toBeGreaterThan(2 * 1024 * 1024); // more than one statement's worth of chunks
    const [header, ...rows] = csvRows(file.body);
    expect(rows).toHaveLength(N);
    const idCol = header.indexOf('身份证号');
    const phoneCol = header.indexOf('联系电话');
    expect(rows.every((r) => /^440\*{11}\d{3}[\dX]$/.test(r[idCol]) && /^\*{7}\d{4}$/.test(r[phoneCol]))).toBe(true);
    expect(rows[0][header.indexOf('出生日期')]).toBe('1925-01-01');
    // audited as the export is, with the job; only its submitter or an ADMIN downloads it
    const audit = await t.started.ds.getRepository(AuditLog).findOneByOrFail({ action: 'EXPORT', entity: 'Resident', actorName: USERS.analyst });
    expect(JSON.parse(audit.after!)).toMatchObject({ list: 'residents', format: 'csv', rows: N, personalData: false, job: Number(job.id) });
    expect((await download(t.url, t.tokens.officer, job.id)).status).toBe(403);
    expect((await download(t.url, t.tokens.admin, job.id)).status).toBe(200);
    // a result whose stored file is gone: a clear 404, not an empty 200
    await t.started.ds.getRepository(JobFile).delete({ jobId: Number(job.id), role: JobFileRole.RESULT });
    const gone = await download(t.url, t.tokens.analyst, job.id);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.body.toString('utf8')).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it("an OFFICER's xlsx export job: unmasked, the filter applied; a role changed between submit and run is checked when the job runs", async () => {
    // the in-process runner takes one job at a time: a big export keeps it busy while the next two wait
    const busy = await submitExport(t.url, t.tokens.officer, 'residents.csv');
    expect(busy.status).toBe(202);
    // a second ADMIN submits the users export while the runner is busy, and is made an OFFICER before it runs
    const repo = t.started.ds.getRepository(User);
    const boss = await repo.save(repo.create({ email: 'boss@test.example', name: '临时管理员', role: RoleEnum.ADMIN, passwordHash: 'x', active: true, version: 1, tokenVersion: 1 }));
    const bossToken = services({ ds: t.started.ds }).auth.sign(boss);
    const users = await submitExport(t.url, bossToken, 'users.csv');
    expect(users.status).toBe(202);
    await repo.update({ id: boss.id }, { role: RoleEnum.OFFICER });
    const xlsx = await submitExport(t.url, t.tokens.officer, 'residents.xlsx', { hardship: true }, ['birthDate', 'DESC']);
    expect(xlsx.status).toBe(202);
    expect((await t.gql(JOB, { id: busy.body.job.id }, t.tokens.officer)).data.job.status).not.toBe('SUCCEEDED');
    const refused = (await waitForJob(officer, users.body.job.id)).job;
    expect(refused).toMatchObject({ status: 'FAILED', errorCode: 'FORBIDDEN', error: '提交任务的账号无权执行此操作', resultUrl: null });
    expect((await waitForJob(officer, busy.body.job.id)).job).toMatchObject({ status: 'SUCCEEDED', done: N });

    const { job } = await waitForJob(officer, xlsx.body.job.id);
    const hardship = Math.ceil(N / 50);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: hardship, total: hardship });
    const file = await download(t.url, t.tokens.officer, job.id);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as never);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(hardship + 1);
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const column = (name: string) => Array.from({ length: hardship }, (_, i) => String(ws.getRow(i + 2).getCell(header.indexOf(name)).value));
    expect(column('身份证号').every((v) => /^440309\d{11}[\dX]$/.test(v))).toBe(true);
    expect(column('联系电话').every((v) => /^1380000\d{4}$/.test(v))).toBe(true);
    expect(new Set(column('生活困难'))).toEqual(new Set(['是']));
    const births = column('出生日期');
    expect([...births].sort().reverse()).toEqual(births);
  });

  it('the job result is the synchronous endpoint\'s JSON; a dry run writes nothing; the same file may be submitted again once the job is done', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导入');
    ws.getColumn(3).numFmt = '@';
    ws.addRow(RESIDENT_HEADER);
    const a = areas[0];
    ws.addRow(['好人', '女', makeIdNumber('440304', '1950-02-03', 4, 'FEMALE'), '1950-02-03', null, a.street, a.community, '是', '否', '否', '否', '居家', null, null]);
    ws.addRow(['坏人', '男', makeIdNumber('440304', '1950-02-03', 6, 'MALE').slice(0, 17) + 'Y', '1950-02-03', null, a.street, '月球社区', '是', '否', '否', '否', '居家', null, null]);
    ws.addRow(['重复', '男', makeIdNumber('440309', '1925-01-01', 0, 'MALE'), '1925-01-01', null, a.street, a.community, '是', '否', '否', '否', '居家', null, null]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const residents = await t.started.ds.getRepository(Resident).count();

    const fd = new FormData();
    fd.append('file', new Blob([file]), '三行.xlsx');
    const sync = (await (await fetch(`${t.url}/import/residents?commit=1`, { method: 'POST', body: fd, headers: { authorization: `Bearer ${t.tokens.officer}` } })).json()) as any;
    expect(sync).toMatchObject({ total: 3, valid: 1, committed: false });

    const sub = await submitImport(t.url, t.tokens.officer, 'residents', file, '三行.xlsx', true);
    expect(sub.status).toBe(202);
    const { job } = await waitForJob(officer, sub.body.job.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', summary: `发现 ${sync.errorCount} 处错误，未写入任何数据；请修正后重新导入（共 3 行，1 行无误）` });
    const result = JSON.parse((await download(t.url, t.tokens.officer, job.id)).body.toString('utf8'));
    const { elapsedMs: _a, ...syncRest } = sync;
    const { elapsedMs: _b, ...jobRest } = result;
    expect(jobRest).toEqual(syncRest);
    expect(result.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual(syncRest.errors.map((e: { row: number; code: string }) => [e.row, e.code]));
    expect(result.errors.some((e: { code: string }) => e.code === 'DUPLICATE_IN_DB')).toBe(true);
    expect(await t.started.ds.getRepository(Resident).count()).toBe(residents);
    // a dedupe key holds only while the job is open: the same file again is a new job (a dry run this time is another key anyway)
    const again = await submitImport(t.url, t.tokens.officer, 'residents', file, '三行.xlsx', true);
    expect(again.status).toBe(202);
    expect(again.body.job.id).not.toBe(job.id);
    const dry = await submitImport(t.url, t.tokens.officer, 'residents', file, '三行.xlsx', false);
    expect(dry.body.job.id).not.toBe(again.body.job.id);
    expect((await waitForJob(officer, dry.body.job.id)).job.summary).toBe(`校验完成：共 3 行老年人数据，发现 ${sync.errorCount} 处错误（未写入）`);
    await waitForJob(officer, again.body.job.id);
    expect(await t.started.ds.getRepository(Resident).count()).toBe(residents);
  });

  it('refused submits keep nothing: roles, API keys, unknown kind, empty file, over the size limit, bad export filter', async () => {
    const jobs = () => t.started.ds.getRepository(Job).count();
    const files = () => t.started.ds.getRepository(JobFile).count();
    const [j0, f0] = [await jobs(), await files()];
    const csv = residentCsv(3, '440305', areas);
    expect(await submitImport(t.url, t.tokens.analyst, 'residents', csv, 'r.csv', true)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await submitImport(t.url, null, 'residents', csv, 'r.csv', true)).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    const key = await t.gql(`mutation { createApiKey(input: { name: "导入", scopes: ["centers:read"] }) { key } }`, {}, t.tokens.admin);
    const keyHeader = { 'x-api-key': key.data.createApiKey.key };
    expect(await submitImport(t.url, null, 'residents', csv, 'r.csv', true, keyHeader)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await submitImport(t.url, t.tokens.officer, 'projects', csv, 'r.csv', true)).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(await submitImport(t.url, t.tokens.officer, 'residents', Buffer.alloc(0), 'r.csv', true)).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', reason: 'EMPTY', message: '文件是空的' } } });
    expect(await submitImport(t.url, t.tokens.officer, 'residents', csv, 'r.csv', true, { 'content-type': 'text/csv' })).toMatchObject({ status: 400 });
    // a file over the limit is cut off while it streams in (a router with a 4 KB limit on the same runner)
    const app = express().use('/jobs/import', importJobRouter(t.started.ds, { maxBytes: 4096, maxRows: 100, maxErrors: 10 }));
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const small = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const big = residentCsv(200, '440305', areas);
      expect(big.length).toBeGreaterThan(4096); // over the limit, but not by the Content-Length check (64 KB slack)
      expect(big.length).toBeLessThan(64 * 1024);
      expect(await submitImport(small, t.tokens.officer, 'residents', big, 'big.csv', true)).toEqual({ status: 413, body: { error: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: '文件超过 4 KB 上限' } } });
    } finally {
      await new Promise((r) => server.close(r));
    }
    // an upload cut off by the client: its job and its chunks are removed
    await new Promise<void>((resolve, reject) => {
      const boundary = 'cutoff';
      const req = http.request(`${t.url}/jobs/import/residents?commit=1`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.officer}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(5_000_000) },
      });
      req.on('error', () => resolve());
      req.on('response', (res) => reject(new Error(`answered ${res.statusCode}`)));
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\nContent-Type: text/csv\r\n\r\n`);
      req.write(residentCsv(2000, '440305', areas));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    for (const deadline = Date.now() + 5000; (await jobs()) !== j0 && Date.now() < deadline; ) await sleep(50);
    // exports: the list query's own checks, before any job exists
    const bad = await submitExport(t.url, t.tokens.officer, 'residents.csv', { nonsense: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await submitExport(t.url, t.tokens.officer, 'users.csv')).status).toBe(403);
    expect((await submitExport(t.url, t.tokens.officer, 'nothing.csv')).status).toBe(404);
    const viaKey = await fetch(`${t.url}/jobs/export/list/centers.csv`, { method: 'POST', headers: keyHeader });
    expect(viaKey.status).toBe(403);
    expect([await jobs(), await files()]).toEqual([j0, f0]);
  });
});

describeOn('sqlite')('an import job survives the SIGKILL of its SQLite server', () => {
  const N = 20_000;
  const servers = sqliteServers('eg-import-jobs-');
  const start = servers.start;

  it(`SIGKILL while a ${N.toLocaleString('en')}-row import job runs: nothing written; the next start runs it again and commits it once`, async () => {
    const a = await start();
    let token = await a.login();
    const areas = await makeAreas((q, v) => a.gql(q, v, token), '重启', 2);
    const file = residentCsv(N, '440306', areas);
    const sub = await submitImport(a.url, token, 'residents', file, '重启导入.csv', true);
    expect(sub.status).toBe(202);
    const id = Number(sub.body.job.id);
    const db = new Database(servers.file, { readonly: true, fileMustExist: true });
    const row = () => db.prepare('SELECT status, attempts FROM job WHERE id = ?').get(id) as { status: string; attempts: number };
    for (const deadline = Date.now() + 30_000; row().status === 'QUEUED' && Date.now() < deadline; ) await sleep(2);
    a.kill('SIGKILL');
    await a.exited;
    expect(row()).toEqual({ status: 'RUNNING', attempts: 1 });
    expect((db.prepare('SELECT COUNT(*) AS n FROM resident').get() as { n: number }).n).toBe(0);
    db.close();

    const b = await start();
    token = await b.login();
    const { job } = await waitForJob((q, v) => b.gql(q, v, token), String(id));
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2, done: N, summary: `已导入 ${N} 条老年人记录`, instance: `${os.hostname()}:${b.proc.pid}` });
    b.kill('SIGTERM');
    expect((await b.exited).code).toBe(0);
    const after = new Database(servers.file, { readonly: true, fileMustExist: true });
    expect(after.prepare("SELECT COUNT(*) AS n FROM resident WHERE id_number LIKE '440306%'").get()).toEqual({ n: N });
    expect(after.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'IMPORT'").get()).toEqual({ n: 1 });
    after.close();
  });
});

describeOn('mysql')('import and export jobs on BullMQ (Redis) with two instances on MariaDB', () => {
  let cluster: Cluster;
  let token: string;
  let analystToken: string;
  let sql: mysql.Connection;
  let areas: Area[];
  const N = 100_000;
  const at = (i: number): Gql => (q, v) => gqlAt(cluster.instances[i].url, q, v, token);
  const one = async <T = Record<string, unknown>>(query: string, ...params: unknown[]): Promise<T> => ((await sql.query(query, params))[0] as T[])[0];

  beforeAll(async () => {
    await requireRedis();
    cluster = await startCluster(2, { redis: true, env: { JOBS_LOCK_MS: '2000' } });
    token = await cluster.login();
    sql = await mysql.createConnection(cluster.databaseUrl);
    areas = await makeAreas(at(0), '队列', 4);
    const u = await at(0)(`mutation { createUser(input: { email: "analyst@cluster.example", name: "分析员", password: "correct-horse-battery", role: ANALYST }) { id } }`);
    expect(u.errors).toBeUndefined();
    analystToken = await cluster.login('analyst@cluster.example', 'correct-horse-battery');
  }, 120_000);
  afterAll(async () => {
    await sql?.end();
    await cluster?.close();
  });

  it(`${N.toLocaleString('en')} residents imported by a job submitted on both instances at once: one job, progress in the table, committed once`, async () => {
    const file = residentCsv(N, '440309', areas);
    const t0 = Date.now();
    const [a, b] = await Promise.all([0, 1].map((i) => submitImport(cluster.instances[i].url, token, 'residents', file, '老年人十万.csv', true)));
    const submitMs = Date.now() - t0;
    expect(a.body.job.id).toBe(b.body.job.id);
    expect([a.status, b.status].sort()).toEqual([200, 202]);
    const id = Number(a.body.job.id);
    const progress = new Set<number>();
    for (const deadline = Date.now() + 85_000; Date.now() < deadline; ) {
      const r = await one<{ status: string; progress: number }>('SELECT status, progress FROM job WHERE id = ?', id);
      if (r.status === 'SUCCEEDED' || r.status === 'FAILED') break;
      progress.add(r.progress);
      await sleep(20);
    }
    const jobMs = Date.now() - t0;
    const { job } = await waitForJob(at(1), String(id), 5_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 1, done: N, total: N, progress: 100 });
    expect([...progress].some((p) => p > 0 && p < 100)).toBe(true);
    expect(await one('SELECT COUNT(*) AS n FROM resident')).toEqual({ n: N });
    expect(await one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'IMPORT'")).toEqual({ n: 1 });
    expect(await one("SELECT COUNT(*) AS n FROM job WHERE type = 'IMPORT'")).toEqual({ n: 1 });
    const result = await download(cluster.instances[0].url, token, String(id));
    expect(JSON.parse(result.body.toString('utf8'))).toMatchObject({ total: N, valid: N, errorCount: 0, committed: true, inserted: N });
    console.log(`import job of ${N} residents (${(file.length / 1048576).toFixed(1)} MB CSV) on mysql (BullMQ, 2 instances): uploads answered in ${submitMs} ms, job done ${jobMs} ms after submit, on ${job.instance}`);
  }, 90_000);

  it(`an ANALYST's export job of the ${N.toLocaleString('en')} residents, downloaded from the other instance: every row, masked`, async () => {
    const sub = await submitExport(cluster.instances[0].url, analystToken, 'residents.csv');
    expect(sub.status).toBe(202);
    const { job } = await waitForJob((q, v) => gqlAt(cluster.instances[1].url, q, v, analystToken), sub.body.job.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: N, total: N });
    const file = await download(cluster.instances[1].url, analystToken, job.id);
    expect(file.status).toBe(200);
    const [header, ...rows] = csvRows(file.body);
    expect(rows).toHaveLength(N);
    const idCol = header.indexOf('身份证号');
    expect(rows.every((r) => /^440\*{11}\d{3}[\dX]$/.test(r[idCol]))).toBe(true);
  }, 90_000);

  it('the instance running an import job is SIGKILLed: the other instance finishes it, the rows written exactly once', async () => {
    const M = 30_000;
    const file = residentCsv(M, '440310', areas);
    const sub = await submitImport(cluster.url, token, 'residents', file, '中断导入.csv', true);
    expect(sub.status).toBe(202);
    const id = Number(sub.body.job.id);
    let running: { status: string; instance: string | null } = { status: 'QUEUED', instance: null };
    for (const deadline = Date.now() + 30_000; running.status === 'QUEUED' && Date.now() < deadline; await sleep(2)) {
      running = await one('SELECT status, instance FROM job WHERE id = ?', id);
    }
    expect(running.status).toBe('RUNNING');
    const victim = cluster.indexOf(running.instance);
    expect(victim).toBeGreaterThanOrEqual(0);
    await cluster.kill(victim);
    expect(await one("SELECT COUNT(*) AS n FROM resident WHERE id_number LIKE '440310%'")).toEqual({ n: 0 });
    const survivor = 1 - victim;
    const { job } = await waitForJob(at(survivor), String(id), 80_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2, done: M, instance: cluster.servedBy(survivor), summary: `已导入 ${M} 条老年人记录` });
    expect(await one("SELECT COUNT(*) AS n FROM resident WHERE id_number LIKE '440310%'")).toEqual({ n: M });
    expect(await one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'IMPORT'")).toEqual({ n: 2 });
  }, 90_000);

  it('removes its BullMQ queue from Redis', () => {
    expect(dropRedisPrefix(cluster.queuePrefix!)).toBe(0);
  });
});
