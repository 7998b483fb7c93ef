import http from 'node:http';
import { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import express from 'express';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { startTestApp, TestApp, insertResident, DB_KIND } from './util';
import { addDays, todayInChina } from '../src/common/dates';
import { makeIdNumber } from '../src/common/id-number';
import { AuditLog } from '../src/modules/audit/audit.entity';
import { Association } from '../src/modules/association/association.entity';
import { Center } from '../src/modules/center/center.entity';
import { HealthExam } from '../src/modules/exam/health-exam.entity';
import { Resident } from '../src/modules/resident/resident.entity';
import { Visit } from '../src/modules/visit/visit.entity';
import { runImport } from '../src/modules/import/import.service';
import { importRouter } from '../src/modules/import/import.router';
import { EXAMPLE_ID_NUMBER, KINDS } from '../src/modules/import/kinds';
import { ImportKind, ImportResult } from '../src/modules/import/import.types';

type Row = (string | number | boolean | Date | null)[];

const RESIDENT_HEADER = ['姓名', '性别', '身份证号', '出生日期', '电话', '街道', '社区', '户籍在本区', '单位承担体检', '生活困难', '残疾', '居住方式', '老年协会', '去世日期'];

/** An .xlsx workbook with one sheet (the ID number column as text, as the template has it). */
async function xlsx(rows: Row[], textColumns: number[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  for (const c of textColumns) ws.getColumn(c).numFmt = '@';
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvText = (rows: Row[]) =>
  rows.map((r) => r.map((v) => (v === null ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\r\n') + '\r\n';

describe('Excel/CSV import', () => {
  let t: TestApp;
  const today = todayInChina();
  const tomorrow = addDays(today, 1);

  const upload = async (kind: string, file: Buffer | string, name: string, opts: { commit?: boolean; token?: string | null; accept?: string } = {}) => {
    const fd = new FormData();
    fd.append('file', new Blob([typeof file === 'string' ? Buffer.from(file) : file]), name);
    const headers: Record<string, string> = {};
    const token = opts.token === undefined ? t.tokens.officer : opts.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.accept) headers.accept = opts.accept;
    const res = await fetch(`${t.url}/import/${kind}?commit=${opts.commit ? 1 : 0}`, { method: 'POST', body: fd, headers });
    const text = await res.text();
    return { status: res.status, text, body: opts.accept ? null : JSON.parse(text) };
  };
  const dryRun = async (kind: string, file: Buffer | string, name: string): Promise<ImportResult> => {
    const r = await upload(kind, file, name);
    expect(r.status).toBe(200);
    return r.body;
  };
  const count = (entity: never) => t.started.ds.getRepository(entity).count();
  const audits = () => t.started.ds.getRepository(AuditLog).count();
  /** errors as [row, column, code] for exact comparison */
  const brief = (r: ImportResult) => r.errors.map((e) => [e.row, e.column, e.code]);

  beforeAll(async () => {
    t = await startTestApp();
    // two streets; 百仕达社区 exists in both (a name that needs its street)
    for (const [street, communities] of [['翠竹街道', ['百仕达社区', '翠平社区']], ['东门街道', ['湖贝社区', '百仕达社区']]] as const) {
      const s = await t.gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: street }, t.tokens.officer);
      for (const name of communities) {
        const c = await t.gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name, streetId: s.data.createStreet.id } }, t.tokens.officer);
        expect(c.errors).toBeUndefined();
      }
    }
  });
  afterAll(() => t.close());

  it('serves the templates: Chinese header row and one example row, xlsx and csv (UTF-8 BOM)', async () => {
    const get = (path: string, token: string | null = t.tokens.officer) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const x = await get('/import/residents/template.xlsx');
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(RESIDENT_HEADER);
    const example = (ws.getRow(2).values as unknown[]).slice(1);
    expect(example[0]).toBe('张桂英');
    expect(example[2]).toBe(EXAMPLE_ID_NUMBER);
    expect(ws.getColumn(3).numFmt).toBe('@'); // what staff type into the ID column stays text
    const c = await get('/import/centers/template.csv');
    expect(c.status).toBe(200);
    expect(c.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await c.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(KINDS.centers.columns.map((col) => col.header).join(','));
    expect(lines[1]).toMatch(/^XG-CZ-101,/);
    const cols = (await (await get('/import/exams/columns')).json()) as { columns: { field: string }[] };
    expect(cols.columns.find((col: { field: string }) => col.field === 'scheduledOn')).toMatchObject({ header: '预约日期', required: true });

    expect((await get('/import/residents/template.xlsx', t.tokens.analyst)).status).toBe(403);
    expect((await get('/import/residents/template.xlsx', null)).status).toBe(401);
    const unknown = await get('/import/projects/template.xlsx');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await get('/import/residents/template.pdf')).status).toBe(400);
  });

  it('refuses ANALYST (403 FORBIDDEN) and anonymous requests (401) and writes nothing', async () => {
    const file = csvText([RESIDENT_HEADER]);
    const analyst = await upload('residents', file, 'r.csv', { token: t.tokens.analyst, commit: true });
    expect(analyst.status).toBe(403);
    expect(analyst.body).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    const anonymous = await upload('residents', file, 'r.csv', { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    const bogus = await upload('residents', file, 'r.csv', { token: 'not-a-token' });
    expect(bogus.status).toBe(401);
    // the core refuses the role too (a job runner calls it without HTTP)
    await expect(runImport(t.started.ds, { kind: 'USER', id: 4, name: 'analyst', role: 'ANALYST' }, 'residents', Readable.from([Buffer.from(file)]), 'csv', { commit: false })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const noFile = await fetch(`${t.url}/import/residents`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.officer}`, 'content-type': 'text/csv' }, body: file });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
  });

  it('commits each kind from its own template (xlsx and csv) and audits one entry per import', async () => {
    const template = async (kind: ImportKind, format: 'xlsx' | 'csv') =>
      Buffer.from(await (await fetch(`${t.url}/import/${kind}/template.${format}`, { headers: { authorization: `Bearer ${t.tokens.officer}` } })).arrayBuffer());
    // order matters: the exam and visit examples refer to the example resident
    const plan: [ImportKind, 'xlsx' | 'csv', unknown][] = [
      ['associations', 'xlsx', Association],
      ['centers', 'csv', Center],
      ['residents', 'xlsx', Resident],
      ['exams', 'csv', HealthExam],
      ['visits', 'xlsx', Visit],
    ];
    for (const [kind, format, entity] of plan) {
      const before = await count(entity as never);
      const auditsBefore = await audits();
      const r = await upload(kind, await template(kind, format), `template.${format}`, { commit: true });
      expect([kind, r.status, r.body.errors]).toEqual([kind, 200, []]);
      expect(r.body).toMatchObject({ kind, format, total: 1, valid: 1, errorCount: 0, committed: true, inserted: 1 });
      expect(await count(entity as never)).toBe(before + 1);
      expect(await audits()).toBe(auditsBefore + 1);
    }
    const entry = await t.started.ds.getRepository(AuditLog).findOneOrFail({ where: { action: 'IMPORT', entity: 'Visit' } });
    expect(entry.actorName).toBe('officer@test.example');
    expect(JSON.parse(entry.after!)).toMatchObject({ kind: 'visits', rows: 1, file: 'template.xlsx', format: 'xlsx' });
    // what the templates' examples became
    const resident = await t.started.ds.getRepository(Resident).findOneByOrFail({ idNumber: EXAMPLE_ID_NUMBER });
    expect(resident).toMatchObject({ name: '张桂英', gender: 'FEMALE', birthDate: '1940-02-02', householdRegistered: true, hasEmployer: false, residence: 'HOME', phone: '13800138000' });
    const center = await t.started.ds.getRepository(Center).findOneByOrFail({ code: 'XG-CZ-101' });
    expect(center).toMatchObject({ floorAreaCenti: 32050, serviceScoreTenths: 865, plaqueDate: '2012-05-18', status: 'ACTIVE', contactPhone: '0755-82000000' });
    const association = await t.started.ds.getRepository(Association).findOneByOrFail({ name: '百仕达社区老年人协会' });
    expect(association).toMatchObject({ level: 'COMMUNITY', memberCount: 120, foundedOn: '2008-10-01' });
    expect(await t.started.ds.getRepository(HealthExam).findOneByOrFail({ residentId: resident.id })).toMatchObject({ year: 2016, status: 'COMPLETED', completedOn: '2016-05-10' });
    expect(await t.started.ds.getRepository(Visit).findOneByOrFail({ residentId: resident.id })).toMatchObject({ cash: 50000n, occasion: 'SPRING_FESTIVAL', visitingUnit: '区老龄办' });
    // the same template again: now every unique key is taken
    const again = await dryRun('residents', await template('residents', 'xlsx'), 'template.xlsx');
    expect(brief(again)).toEqual([[2, '身份证号', 'DUPLICATE_IN_DB']]);
    expect(again.errors[0].reason).toBe(`数据库中已有身份证号相同的老年人记录（编号 ${resident.id}）`);
  });

  it('dry run of a resident sheet reports every bad cell at its row and column in Chinese, and changes nothing', async () => {
    const id = (birth: string, seq: number, g: 'MALE' | 'FEMALE' = 'FEMALE') => makeIdNumber('440305', birth, seq, g);
    const taken = id('1945-05-05', 2);
    const communityId = (await t.started.ds.query(`SELECT id FROM community WHERE name = '翠平社区'`))[0].id;
    await insertResident(t, '已登记', '1945-05-05', communityId, { idNumber: taken });
    const good = id('1941-03-03', 4);
    const wrongCheck = id('1942-04-04', 6).slice(0, 17) + (id('1942-04-04', 6).endsWith('1') ? '2' : '1');
    const rows: Row[] = [
      ['2016 年老年人花名册'], // a title above the header
      RESIDENT_HEADER,
      ['王秀英', '女', good, new Date(Date.UTC(1941, 2, 3)), 13800138000, '翠竹街道', '百仕达社区', true, '否', '否', '否', '居家', null, null], // 3 ok (a date cell, a number, a boolean)
      ['李四', '男', wrongCheck, '1942-04-04', null, null, '翠平社区', null, null, null, null, null, null, null], // 4 check character
      ['赵五', '女', id('1943-01-01', 8), '1943-01-02', null, null, '翠平社区', null, null, null, null, null, null, null], // 5 birth date mismatch
      ['钱六', '女', id('1944-01-01', 10), null, null, '翠竹街道', '不存在社区', null, null, null, null, null, null, null], // 6 unknown community
      [],
      ['孙七', '女', good, null, null, null, '翠平社区', null, null, null, null, null, null, null], // 8 duplicate of row 3
      ['周八', '未知', id('1946-01-01', 12), null, null, null, '百仕达社区', '也许', null, null, null, '养老院', null, null], // 9 gender, ambiguous community, bool, enum
      ['吴九', '男', 440305194701010000, null, null, null, '翠平社区', null, null, null, null, null, null, null], // 10 ID typed as a number
      [null, '女', id('1948-01-01', 14), null, null, null, '翠平社区', null, null, null, null, null, null, '1947-01-01'], // 11 no name, death before birth
      ['郑'.repeat(51), '女', id('1949-01-01', 16), null, 'abc', null, '翠平社区', null, null, null, null, null, '无此协会', tomorrow], // 12 long name, phone, association, future death
      ['冯十', '女', taken, '1945-05-05', null, null, '翠平社区', null, null, null, null, null, null, null], // 13 already in the database
    ];
    const residentsBefore = await count(Resident as never);
    const auditsBefore = await audits();
    const r = await dryRun('residents', await xlsx(rows), '花名册.xlsx');
    expect(r).toMatchObject({ kind: 'residents', format: 'xlsx', total: 10, valid: 1, committed: false, inserted: 0, ignoredColumns: [] });
    expect(brief(r)).toEqual([
      [4, '身份证号', 'ID_CHECK_CHAR'],
      [5, '出生日期', 'ID_BIRTH_MISMATCH'],
      [6, '社区', 'UNKNOWN_COMMUNITY'],
      [8, '身份证号', 'DUPLICATE_IN_FILE'],
      [9, '性别', 'BAD_ENUM'],
      [9, '社区', 'AMBIGUOUS_COMMUNITY'],
      [9, '户籍在本区', 'BAD_BOOLEAN'],
      [9, '居住方式', 'BAD_ENUM'],
      [10, '身份证号', 'ID_AS_NUMBER'],
      [11, '姓名', 'REQUIRED'],
      [11, '去世日期', 'DATE_ORDER'],
      [12, '姓名', 'BAD_LENGTH'],
      [12, '电话', 'BAD_FORMAT'],
      [12, '老年协会', 'UNKNOWN_ASSOCIATION'],
      [12, '去世日期', 'FUTURE_DATE'],
      [13, '身份证号', 'DUPLICATE_IN_DB'],
    ]);
    expect(r.errorCount).toBe(16);
    const reason = (row: number, column: string) => r.errors.find((e) => e.row === row && e.column === column)!;
    expect(reason(4, '身份证号')).toMatchObject({ value: wrongCheck, reason: `身份证号校验位错误：按前 17 位计算应为 ${id('1942-04-04', 6)[17]}` });
    expect(reason(5, '出生日期')).toMatchObject({ value: '1943-01-02', reason: '出生日期 1943-01-02 与身份证号中的出生日期 1943-01-01 不一致' });
    expect(reason(6, '社区').reason).toBe('街道“翠竹街道”下没有名为“不存在社区”的社区');
    expect(reason(8, '身份证号').reason).toBe('与第 3 行的身份证号重复');
    expect(reason(9, '性别')).toMatchObject({ value: '未知', reason: '不是有效的性别，可填：男、女' });
    expect(reason(9, '社区').reason).toBe('有 2 个名为“百仕达社区”的社区，请同时填写所属街道');
    expect(reason(11, '姓名').reason).toBe('姓名不能为空');
    expect(reason(12, '姓名').reason).toBe('姓名长度须为 1–50 个字符');
    expect(reason(12, '电话').value).toBe('abc');
    expect(reason(13, '身份证号').reason).toMatch(/^数据库中已有身份证号相同的老年人记录/);
    expect(await count(Resident as never)).toBe(residentsBefore);
    expect(await audits()).toBe(auditsBefore);

    // the same sheet committed: refused, nothing written
    const commit = await upload('residents', await xlsx(rows), '花名册.xlsx', { commit: true });
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ committed: false, inserted: 0, errorCount: 16, message: '发现 16 处错误，未写入任何数据；请修正后重新导入' });
    expect(await count(Resident as never)).toBe(residentsBefore);
    expect(await audits()).toBe(auditsBefore);
  });

  it('reads CSV in UTF-8 with and without BOM and in GBK (Chinese Excel default), English headers too', async () => {
    const header = ['姓名', '性别', '身份证号', '社区', '街道'];
    const ids = [0, 2, 4].map((s) => makeIdNumber('440306', '1950-06-06', s, 'MALE'));
    const rows: Row[] = [header, ['陈一', '男', ids[0], '湖贝社区', null], ['陈二', '男', ids[1], '百仕达社区', '东门街道'], ['陈三', '男', ids[2].slice(0, 17), '湖贝社区', null]];
    const gbk = iconv.encode(csvText(rows), 'gbk');
    expect(gbk.includes(Buffer.from('姓名'))).toBe(false); // really not UTF-8
    for (const [file, name] of [[gbk, 'gbk.csv'], [Buffer.from('\ufeff' + csvText(rows)), 'bom.csv'], [Buffer.from(csvText(rows)), 'plain.csv']] as const) {
      const r = await dryRun('residents', file, name);
      expect([name, r.format, r.total, brief(r)]).toEqual([name, 'csv', 3, [[4, '身份证号', 'ID_FORMAT']]]);
    }
    // English field names as headers; a clean GBK file commits
    const english: Row[] = [['name', 'gender', 'idNumber', 'community', 'street', 'hardship'], ...rows.slice(1, 3).map((r) => [...r, '是'])];
    const before = await count(Resident as never);
    const ok = await upload('residents', iconv.encode(csvText(english), 'gbk'), 'english.csv', { commit: true });
    expect(ok.body).toMatchObject({ committed: true, inserted: 2, errorCount: 0 });
    expect(await count(Resident as never)).toBe(before + 2);
    const saved = await t.started.ds.getRepository(Resident).findOneByOrFail({ idNumber: ids[1] });
    expect(saved).toMatchObject({ name: '陈二', birthDate: '1950-06-06', hardship: true }); // birth date taken from the ID number
  });

  it('reports out-of-range numbers, formats, future dates and duplicates on centers', async () => {
    const header = KINDS.centers.columns.map((c) => c.header);
    const row = (over: Record<string, unknown>): Row => {
      const base: Record<string, unknown> = { code: 'XG-IM-001', name: '导入测试中心', street: '翠竹街道', communityId: '翠平社区', address: null, floorArea: 200, plaqueDate: '2012-01-01', elderlyCount: 100, disabledCount: 5, serviceScore: 80, status: null, associationId: null, contactName: null, contactPhone: null };
      return KINDS.centers.columns.map((c) => ({ ...base, ...over })[c.field] as never);
    };
    const rows: Row[] = [
      header,
      row({ code: 'XG-IM-001' }),
      row({ code: 'XG-IM-002', floorArea: 6000 }),
      row({ code: 'XG-IM-003', serviceScore: 85.55, elderlyCount: -1 }),
      row({ code: 'xg-im-004', plaqueDate: tomorrow, status: '营业' }),
      row({ code: 'XG-IM-001' }),
      row({ code: 'XG-CZ-101', associationId: '不存在的协会', disabledCount: 20000000 }),
      row({ code: 'XG-IM-007', serviceScore: 101, floorArea: 'abc', plaqueDate: '2016-02-30' }),
    ];
    const before = await count(Center as never);
    const r = await dryRun('centers', csvText(rows), 'centers.csv');
    expect(brief(r)).toEqual([
      [3, '使用面积(㎡)', 'OUT_OF_RANGE'],
      [4, '老人人数', 'OUT_OF_RANGE'],
      [4, '服务情况', 'TOO_MANY_DECIMALS'],
      [5, '中心编号', 'BAD_FORMAT'],
      [5, '挂牌时间', 'FUTURE_DATE'],
      [5, '状态', 'BAD_ENUM'],
      [6, '中心编号', 'DUPLICATE_IN_FILE'],
      [7, '中心编号', 'DUPLICATE_IN_DB'],
      [7, '残疾人数', 'OUT_OF_RANGE'],
      [7, '老年协会', 'UNKNOWN_ASSOCIATION'],
      [8, '使用面积(㎡)', 'BAD_NUMBER'],
      [8, '挂牌时间', 'BAD_DATE'],
      [8, '服务情况', 'OUT_OF_RANGE'],
    ]);
    const at = (row: number, column: string) => r.errors.find((e) => e.row === row && e.column === column)!;
    expect(at(3, '使用面积(㎡)')).toMatchObject({ value: '6000', reason: '使用面积(㎡)超出范围：大于 0 且不超过 5000，最多两位小数' });
    expect(at(4, '老人人数').reason).toBe('老人人数超出范围：不能小于 0');
    expect(at(4, '服务情况').reason).toBe('最多 1 位小数');
    expect(at(5, '中心编号').reason).toBe('中心编号格式不正确：大写字母、数字和连字符，如 XG-CZ-001');
    expect(at(5, '挂牌时间').reason).toBe(`挂牌时间不能晚于今天（${today}）`);
    expect(at(5, '状态').reason).toBe('不是有效的状态，可填：运营中、暂停、已关闭');
    expect(at(7, '残疾人数').reason).toBe('残疾人数超出范围：不能大于 10,000,000');
    expect(r).toMatchObject({ total: 7, valid: 1, errorCount: 13 });
    expect(await count(Center as never)).toBe(before);
  });

  it('imports associations, exams and visits with their cross-field rules', async () => {
    // associations: level and community must agree
    const a = await dryRun('associations', csvText([
      ['名称', '级别', '街道', '社区', '会员数'],
      ['翠平社区老年人协会', '社区级', '翠竹街道', '翠平社区', 80],
      ['翠竹街道老年协会', '街道级', '翠竹街道', '翠平社区', 300],
      ['湖贝社区老年人协会', '社区级', '东门街道', null, 50],
      ['东门老年协会', '街道级', '不存在街道', null, -5],
      ['湖贝协会', '社区级', '东门街道', '翠平社区', 10],
    ]), 'a.csv');
    expect(brief(a)).toEqual([
      [3, '社区', 'NOT_ALLOWED'],
      [4, '社区', 'REQUIRED'],
      [5, '街道', 'UNKNOWN_STREET'],
      [5, '会员数', 'OUT_OF_RANGE'],
      [6, '社区', 'UNKNOWN_COMMUNITY'],
    ]);
    const okAssoc = await upload('associations', csvText([['名称', '级别', '街道', '社区'], ['翠平社区老年人协会', '社区级', '翠竹街道', '翠平社区'], ['东门街道老年协会', '街道级', '东门街道', null]]), 'a.csv', { commit: true });
    expect(okAssoc.body).toMatchObject({ committed: true, inserted: 2 });

    // exams: eligibility, one per resident and year, status and dates
    const cp = (await t.started.ds.query(`SELECT id FROM community WHERE name = '翠平社区'`))[0].id;
    const young = makeIdNumber('440307', '1970-01-01', 2, 'MALE');
    const employed = makeIdNumber('440307', '1940-01-01', 4, 'MALE');
    const elder = makeIdNumber('440307', '1941-01-01', 6, 'MALE');
    const elder2 = makeIdNumber('440307', '1942-01-01', 8, 'MALE');
    await insertResident(t, '年轻人', '1970-01-01', cp, { idNumber: young }, 'MALE');
    await insertResident(t, '有单位', '1940-01-01', cp, { idNumber: employed, hasEmployer: true }, 'MALE');
    await insertResident(t, '老人甲', '1941-01-01', cp, { idNumber: elder }, 'MALE');
    await insertResident(t, '老人乙', '1942-01-01', cp, { idNumber: elder2 }, 'MALE');
    const examHeader = ['身份证号', '姓名', '年度', '预约日期', '体检机构', '状态', '完成日期'];
    const e = await dryRun('exams', csvText([
      examHeader,
      [elder, '老人甲', null, '2016-05-10', '区人民医院', '已完成', '2016-05-11'],
      [young, null, null, '2016-05-10', null, null, null],
      [employed, null, 2016, '2016-05-10', null, null, null],
      [elder, null, 2015, '2016-06-01', null, '已预约', null],
      [elder, null, null, '2016-06-01', null, null, null],
      [elder2, '老人丙', null, '2016-06-01', null, '已完成', null],
      [makeIdNumber('440307', '1943-01-01', 10, 'MALE'), null, null, '2016-06-01', null, null, null],
    ]), 'e.csv');
    expect(brief(e)).toEqual([
      [3, '身份证号', 'NOT_ELIGIBLE'],
      [4, '身份证号', 'NOT_ELIGIBLE'],
      [5, '年度', 'YEAR_MISMATCH'],
      [6, '身份证号', 'DUPLICATE_IN_FILE'],
      [7, '姓名', 'NAME_MISMATCH'],
      [7, '完成日期', 'REQUIRED'],
      [8, '身份证号', 'UNKNOWN_RESIDENT'],
    ]);
    expect(e.errors[0].reason).toBe('年轻人不符合免费体检条件：预约日期时 46 岁，未满 60 岁');
    expect(e.errors[1].reason).toBe('有单位不符合免费体检条件：由工作单位承担体检');
    const okExam = await upload('exams', csvText([examHeader, [elder, '老人甲', null, '2016-05-10', '区人民医院', '已完成', '2016-05-11'], [elder2, null, null, '2016-06-01', null, null, null]]), 'e.csv', { commit: true });
    expect(okExam.body).toMatchObject({ committed: true, inserted: 2 });
    expect(await t.started.ds.getRepository(HealthExam).count({ where: { year: 2016, status: 'SCHEDULED' as never } })).toBeGreaterThanOrEqual(1);

    // visits: a resident or a center, centenarian birthday, money
    const centenarian = makeIdNumber('440307', '1916-07-01', 12, 'FEMALE');
    await insertResident(t, '黄百岁', '1916-07-01', cp, { idNumber: centenarian, deceasedOn: '2016-12-01' });
    const visitHeader = ['慰问日期', '慰问事由', '老人身份证号', '中心编号', '慰问金(元)', '慰问品'];
    const v = await dryRun('visits', csvText([
      visitHeader,
      ['2016-06-30', '百岁生日', centenarian, null, '1000.00', '蛋糕'],
      ['2016-02-03', '春节', null, '导入测试中心不存在', 200, null],
      ['2016-02-03', '春节', null, null, '1.005', null],
      ['2016-02-03', '百岁生日', elder, null, -1, null],
      ['2016-12-05', '住院', centenarian, 'XG-CZ-101', 0, null],
      ['2016-06-30', '百岁生日', centenarian, null, 300, null],
    ]), 'v.csv');
    expect(brief(v)).toEqual([
      [3, '中心编号', 'UNKNOWN_CENTER'],
      [4, '老人身份证号', 'REQUIRED'],
      [4, '慰问金(元)', 'BAD_MONEY'],
      [5, '慰问事由', 'NOT_CENTENARIAN'],
      [5, '慰问金(元)', 'OUT_OF_RANGE'],
      [6, '慰问日期', 'DECEASED'],
      [7, '慰问日期', 'DUPLICATE_IN_FILE'],
    ]);
    const okVisit = await upload('visits', csvText([visitHeader, ['2016-06-30', '百岁生日', centenarian, null, '1000.00', '蛋糕'], ['2016-02-03', '重阳', null, 'XG-CZ-101', '￥2,000.50', null]]), 'v.csv', { commit: true });
    expect(okVisit.body).toMatchObject({ committed: true, inserted: 2 });
    const visits = await t.started.ds.getRepository(Visit).find({ where: { visitedOn: '2016-02-03' } });
    expect(visits.map((x) => [x.occasion, x.cash])).toContainEqual(['DOUBLE_NINTH', 200050n]);
  });

  it('streams progress as NDJSON and refuses bad files as a whole', async () => {
    const rows: Row[] = [['姓名', '性别', '身份证号', '社区']];
    for (let i = 0; i < 1200; i++) rows.push([`测试${i}`, '男', makeIdNumber('440308', addDays('1940-01-01', i), 2, 'MALE'), '湖贝社区']);
    const r = await upload('residents', csvText(rows), 'big.csv', { accept: 'application/x-ndjson' });
    expect(r.status).toBe(200);
    const lines = r.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1)).toEqual([{ progress: 500 }, { progress: 1000 }, { progress: 1200 }]);
    expect(lines[lines.length - 1]).toMatchObject({ kind: 'residents', total: 1200, valid: 1200, errorCount: 0, committed: false });

    // an old .xls, an empty file, a missing required column
    const xls = await upload('residents', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls');
    expect(xls.status).toBe(400);
    expect(xls.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FORMAT' });
    expect((await upload('residents', '', 'empty.csv')).body.error.reason).toBe('EMPTY');
    const missing = await dryRun('residents', csvText([['姓名', '身份证号', '备注'], ['张三', EXAMPLE_ID_NUMBER, 'x']]), 'm.csv');
    expect(missing.errors).toEqual([
      { row: 1, column: '性别', value: null, code: 'MISSING_COLUMN', reason: '缺少必填列“性别”（请使用导入模板）' },
      { row: 1, column: '社区', value: null, code: 'MISSING_COLUMN', reason: '缺少必填列“社区”（请使用导入模板）' },
    ]);
    expect(missing.ignoredColumns).toEqual(['备注']);
    const garbage = await upload('residents', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'bad.xlsx');
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.reason).toBe('UNREADABLE');

    // the size limit, enforced while streaming (the core, as a job runner would call it)
    const actor = { kind: 'USER' as const, id: 2, name: 'officer', role: 'OFFICER' as const };
    const source = new PassThrough();
    const pending = runImport(t.started.ds, actor, 'residents', source, 'csv', { commit: true, maxBytes: 10_000 });
    source.end(Buffer.from(csvText(rows)));
    await expect(pending).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' } });
    const sheet = await xlsx(rows);
    expect(sheet.length).toBeGreaterThan(20_000);
    const xlsxSource = new PassThrough();
    const tooBig = runImport(t.started.ds, actor, 'residents', xlsxSource, 'xlsx', { commit: false, maxBytes: 10_000 });
    xlsxSource.end(sheet);
    await expect(tooBig).rejects.toMatchObject({ extensions: { reason: 'FILE_TOO_LARGE' } });
    // error lists are capped, the count is not
    const capped = await runImport(t.started.ds, actor, 'residents', Readable.from([Buffer.from(csvText(rows.map((row, i) => (i ? [row[0], '?', row[2], row[3]] : row))))]), 'csv', { commit: false, maxErrors: 100 });
    expect(capped).toMatchObject({ errorCount: 1200, errorsTruncated: true });
    expect(capped.errors).toHaveLength(100);
    expect(capped.errors[99].row).toBe(101);
  });

  it('applies the configured limits over HTTP: 413 over the size, 400 over the row count', async () => {
    const app = express();
    app.use('/import', importRouter(t.started.ds, { maxBytes: 4000, maxRows: 5, maxErrors: 10 }));
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/import/residents`;
    const post = async (content: string) => {
      const fd = new FormData();
      fd.append('file', new Blob([content]), 'r.csv');
      const res = await fetch(url, { method: 'POST', body: fd, headers: { authorization: `Bearer ${t.tokens.officer}` } });
      return { status: res.status, body: (await res.json()) as { error: { code: string; reason?: string; message: string } } };
    };
    try {
      const header = '姓名,性别,身份证号,社区\r\n';
      const line = (i: number) => `甲${i},男,${makeIdNumber('440310', addDays('1940-01-01', i), 2, 'MALE')},湖贝社区\r\n`;
      const streamed = await post(header + Array.from({ length: 200 }, (_, i) => line(i)).join('')); // ~8 KB: cut while streaming
      expect(streamed).toEqual({ status: 413, body: { error: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: '文件超过 4 KB 上限' } } });
      const declared = await post('x'.repeat(100_000)); // Content-Length says it all
      expect(declared).toMatchObject({ status: 413, body: { error: { reason: 'FILE_TOO_LARGE' } } });
      const rows = await post(header + Array.from({ length: 6 }, (_, i) => line(i)).join(''));
      expect(rows).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROWS', message: '数据超过 5 行上限，请分成几个文件导入' } } });
      expect((await post(header + line(1))).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it(`imports a 20,000-row resident sheet: bad rows reported one by one, then committed (${DB_KIND})`, async () => {
    const communities: { name: string; street: string }[] = await t.started.ds.query(
      `SELECT c.name AS name, s.name AS street FROM community c JOIN street s ON s.id = c.street_id ORDER BY c.id`,
    );
    const N = 20_000;
    const idOf = (i: number) => makeIdNumber('440309', addDays('1925-01-01', i % 10_000), 2 * Math.floor(i / 10_000), i % 3 ? 'FEMALE' : 'MALE');
    const goodRow = (i: number): Row => {
      const c = communities[i % communities.length];
      const birth = addDays('1925-01-01', i % 10_000);
      return [`居民${i}`, i % 3 ? '女' : '男', idOf(i), birth, `1380000${String(i).padStart(4, '0')}`, c.street, c.name, i % 7 ? '是' : '否', '否', i % 50 ? '否' : '是', '否', i % 40 ? '居家' : '区社会福利中心', null, null];
    };
    // 20 bad rows, each with one defect; sheet row = index + 2 (row 1 is the header)
    const defects: Record<number, [string, string, (r: Row, i: number) => void]> = {};
    const kinds: [string, string, (r: Row, i: number) => void][] = [
      ['身份证号', 'ID_CHECK_CHAR', (r) => (r[2] = String(r[2]).slice(0, 17) + (String(r[2]).endsWith('0') ? '1' : '0'))],
      ['出生日期', 'ID_BIRTH_MISMATCH', (r) => (r[3] = addDays(String(r[3]), 1))],
      ['社区', 'UNKNOWN_COMMUNITY', (r) => (r[6] = '月球社区')],
      ['性别', 'BAD_ENUM', (r) => (r[1] = '其他')],
      ['身份证号', 'DUPLICATE_IN_FILE', (r) => r.splice(1, 3, '男', idOf(0), '1925-01-01')], // the person of the first row again
    ];
    for (let k = 0; k < 20; k++) defects[997 * (k + 1)] = kinds[k % kinds.length];
    const rows = (withDefects: boolean): Row[] => {
      const out: Row[] = [RESIDENT_HEADER];
      for (let i = 0; i < N; i++) {
        const r = goodRow(i);
        if (withDefects && defects[i]) defects[i][2](r, i);
        out.push(r);
      }
      return out;
    };
    let t0 = Date.now();
    const bad = await xlsx(rows(true), [3]);
    const good = await xlsx(rows(false), [3]);
    const buildMs = Date.now() - t0;
    const before = await count(Resident as never);

    t0 = Date.now();
    const dry = await dryRun('residents', bad, '老年人20000.xlsx');
    const dryMs = Date.now() - t0;
    expect(dry).toMatchObject({ total: N, valid: N - 20, errorCount: 20, committed: false });
    expect(brief(dry)).toEqual(
      Object.entries(defects)
        .map(([i, [column, code]]) => [Number(i) + 2, column, code])
        .sort((x, y) => (x[0] as number) - (y[0] as number)),
    );
    expect(await count(Resident as never)).toBe(before);

    t0 = Date.now();
    const committed = await upload('residents', good, '老年人20000.xlsx', { commit: true });
    const commitMs = Date.now() - t0;
    expect(committed.body).toMatchObject({ total: N, valid: N, errorCount: 0, committed: true, inserted: N });
    expect(await count(Resident as never)).toBe(before + N);
    const sample = await t.started.ds.getRepository(Resident).findOneByOrFail({ idNumber: idOf(12_345) });
    expect(sample).toMatchObject({ name: '居民12345', birthDate: addDays('1925-01-01', 2345), gender: 'MALE', residence: 'HOME', householdRegistered: true });
    console.log(`import of ${N} residents on ${DB_KIND}: dry run ${dryMs} ms (server ${dry.elapsedMs} ms), commit ${commitMs} ms (server ${committed.body.elapsedMs} ms); ${bad.length} bytes xlsx built in ${buildMs} ms`);
  }, 180_000);
});
