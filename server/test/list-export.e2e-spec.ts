import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import { startTestApp, TestApp } from './util';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  /** pieces the response body arrived in */
  pieces: number;
  json?: any;
}

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => parse(text, { relax_column_count: false }, (err, records: string[][]) => (err ? reject(err) : resolve(records))));
}

/** Every list the export covers, with a filter and sort each (what the panel would send), and the header it must have. */
const CASES: { resource: string; filter?: Record<string, unknown>; sort?: [string, 'ASC' | 'DESC']; header: string; filterType: string; sortType?: string }[] = [
  { resource: 'streets', header: '街道', filterType: 'StreetFilter', sortType: 'StreetSort', sort: ['name', 'DESC'] },
  { resource: 'communities', filter: { q: '社区' }, header: '社区', filterType: 'CommunityFilter', sortType: 'CommunitySort', sort: ['name', 'ASC'] },
  { resource: 'centers', filter: { status: ['ACTIVE'], serviceScoreMin: 70 }, header: '星光老年之家', filterType: 'CenterFilter', sortType: 'CenterSort', sort: ['serviceScore', 'DESC'] },
  { resource: 'associations', filter: { level: 'COMMUNITY' }, header: '协会名称', filterType: 'AssociationFilter', sortType: 'AssociationSort' },
  { resource: 'residents', filter: { hardship: true, asOf: '2016-06-30' }, header: '身份证号', filterType: 'ResidentFilter', sortType: 'ResidentSort', sort: ['birthDate', 'DESC'] },
  { resource: 'healthExams', filter: { year: 2015, status: 'MISSED' }, header: '体检机构', filterType: 'HealthExamFilter', sortType: 'HealthExamSort', sort: ['completedOn', 'DESC'] },
  { resource: 'visits', filter: { visitedFrom: '2016-01-01', visitedTo: '2016-06-30' }, header: '慰问金(元)', filterType: 'VisitFilter', sortType: 'VisitSort', sort: ['cash', 'DESC'] },
  { resource: 'projects', header: '总投资(元)', filterType: 'ProjectFilter', sortType: 'ProjectSort', sort: ['totalInvestment', 'DESC'] },
  { resource: 'projectProgresses', filter: { reportedFrom: '2016-01-01' }, header: '进度(%)', filterType: 'ProjectProgressFilter', sortType: 'ProjectProgressSort' },
  { resource: 'ratingRounds', header: '评定日期', filterType: 'RatingRoundFilter', sortType: 'RatingRoundSort' },
  { resource: 'rectifications', filter: { status: ['OPEN'] }, header: '整改期限', filterType: 'RectificationFilter', sortType: 'RectificationSort', sort: ['dueOn', 'ASC'] },
  { resource: 'subsidyRounds', filter: { fiscalYear: 2016 }, header: '已分配(元)', filterType: 'SubsidyRoundFilter', sortType: 'SubsidyRoundSort' },
  { resource: 'users', filter: { role: 'OFFICER' }, header: '邮箱', filterType: 'UserFilter', sortType: 'UserSort', sort: ['email', 'ASC'] },
  { resource: 'auditLog', filter: { action: ['LOAD_DEMO', 'COMPUTE', 'FINALIZE', 'APPROVE'] }, header: '操作', filterType: 'AuditLogFilter' },
];

describe('list exports (xlsx / CSV) on the demo district', () => {
  let t: TestApp;
  let centersKey: string;
  let statsKey: string;
  let streetId: string;

  const url = (resource: string, ext: string, filter?: unknown, sort?: [string, string]) => {
    const q = new URLSearchParams();
    if (filter !== undefined) q.set('filter', typeof filter === 'string' ? filter : JSON.stringify(filter));
    if (sort) {
      q.set('sort', sort[0]);
      q.set('order', sort[1]);
    }
    return `/export/list/${resource}.${ext}${q.size ? `?${q}` : ''}`;
  };

  async function download(path: string, auth: { token?: string; apiKey?: string } = {}): Promise<Download> {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.apiKey) headers['x-api-key'] = auth.apiKey;
    const res = await fetch(`${t.url}${path}`, { headers });
    const parts: Buffer[] = [];
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(Buffer.from(value));
    }
    const body = Buffer.concat(parts);
    const out: Download = { status: res.status, headers: res.headers, body, pieces: parts.length };
    if ((res.headers.get('content-type') ?? '').includes('json')) out.json = JSON.parse(body.toString('utf8'));
    return out;
  }

  async function csv(d: Download): Promise<{ header: string[]; rows: string[][] }> {
    expect(d.status).toBe(200);
    expect(d.body.subarray(0, 3).equals(BOM)).toBe(true);
    const [header, ...rows] = await parseCsv(d.body.subarray(3).toString('utf8'));
    return { header, rows };
  }

  async function exportAudits(): Promise<{ actorName: string; entity: string; after: string }[]> {
    const r = await t.gql('{ auditLog(filter: { action: ["EXPORT"] }, take: 500) { items { actorName entity after } } }', {}, t.tokens.admin);
    return r.data.auditLog.items;
  }

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    const key = async (scope: string) =>
      (await t.gql('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }', { i: { name: `export ${scope}`, scopes: [scope] } }, t.tokens.admin)).data.createApiKey.key;
    centersKey = await key('centers:read');
    statsKey = await key('statistics:read');
    streetId = (await t.gql('{ streets(take: 1) { items { id } } }', {}, t.tokens.admin)).data.streets.items[0].id;
    CASES[1].filter = { ...CASES[1].filter, streetId };
  }, 240_000);
  afterAll(() => t?.close());

  it.each(CASES.map((c) => [c.resource, c] as const))('%s: CSV rows = the GraphQL list’s totalItems for the same filter and sort, Chinese headers, BOM', async (_name, c) => {
    const args = c.sortType ? `$f: ${c.filterType}, $s: [${c.sortType}!]` : `$f: ${c.filterType}`;
    const call = c.sortType ? 'filter: $f, sort: $s' : 'filter: $f';
    const gql = await t.gql(`query(${args}) { list: ${c.resource}(${call}, take: 1) { totalItems } }`, { f: c.filter ?? null, s: c.sort ? [{ field: c.sort[0], direction: c.sort[1] }] : null }, t.tokens.admin);
    expect(gql.errors).toBeUndefined();
    const total = gql.data.list.totalItems;
    expect(total).toBeGreaterThan(0);
    const d = await download(url(c.resource, 'csv', c.filter, c.sort), { token: t.tokens.admin });
    const { header, rows } = await csv(d);
    expect(header).toContain(c.header);
    expect(header[0]).toBe('ID');
    expect(rows.length).toBe(total);
    expect(d.headers.get('x-total-count')).toBe(String(total));
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length); // keyset chunks: no row twice
    expect(decodeURIComponent(d.headers.get('content-disposition')!)).toMatch(/\.csv$/);
  });

  it('keeps the list order: sort and order, NULLs included, across keyset chunks', async () => {
    const scores = (await csv(await download(url('centers', 'csv', {}, ['serviceScore', 'DESC']), { token: t.tokens.admin }))).rows.map((r) => Number(r[10]));
    expect(scores.length).toBe(165);
    expect(scores.every((s, i) => i === 0 || scores[i - 1] >= s)).toBe(true);
    // 2015 and 2016 exams ordered by completion date: the undone ones (NULL) first ascending, last descending, over many chunks
    for (const order of ['ASC', 'DESC'] as const) {
        const { header, rows } = await csv(await download(url('healthExams', 'csv', {}, ['completedOn', order]), { token: t.tokens.admin }));
      const count = Number((await t.started.ds.query('SELECT COUNT(*) AS n FROM health_exam'))[0].n);
      expect(rows.length).toBeGreaterThan(4000);
      expect(rows.length).toBe(count);
      const col = header.indexOf('完成日期');
      const dates = rows.map((r) => r[col] || null);
      const firstDone = dates.findIndex((x) => x !== null);
      const lastDone = dates.length - 1 - [...dates].reverse().findIndex((x) => x !== null);
      if (order === 'ASC') expect(dates.slice(0, firstDone).every((x) => x === null) && dates.slice(firstDone).every((x) => x !== null)).toBe(true);
      else expect(dates.slice(0, lastDone + 1).every((x) => x !== null) && dates.slice(lastDone + 1).every((x) => x === null)).toBe(true);
      const done = dates.filter((x): x is string => x !== null);
      expect(done.every((x, i) => i === 0 || (order === 'ASC' ? done[i - 1] <= x : done[i - 1] >= x))).toBe(true);
      expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    }
  });

  it('xlsx parses with exceljs: Chinese headers, money as numbers formatted #,##0.00, enums as Chinese labels', async () => {
    const d = await download(url('projects', 'xlsx', {}, ['totalInvestment', 'DESC']), { token: t.tokens.officer });
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(d.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(d.body as never);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('项目');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = header.indexOf('总投资(元)') + 1;
    const statusCol = header.indexOf('状态') + 1;
    expect(col).toBeGreaterThan(0);
    const first = ws.getRow(2);
    expect(first.getCell(header.indexOf('项目名称') + 1).value).toBe('区社会福利中心二期工程');
    expect(first.getCell(col).value).toBe(102760000);
    expect(typeof first.getCell(col).value).toBe('number');
    expect(first.getCell(col).numFmt).toBe('#,##0.00');
    expect(first.getCell(statusCol).value).toBe('在建');
    expect(ws.rowCount).toBe(1 + Number(d.headers.get('x-total-count')));

    const v = await download(url('visits', 'xlsx', { occasion: 'HOSPITAL' }), { token: t.tokens.analyst });
    const vb = new ExcelJS.Workbook();
    await vb.xlsx.load(v.body as never);
    const vs = vb.worksheets[0];
    const vh = (vs.getRow(1).values as unknown[]).slice(1);
    const cash = vh.indexOf('慰问金(元)') + 1;
    expect(vs.rowCount).toBe(19);
    for (let i = 2; i <= vs.rowCount; i++) {
      expect([500, 1000]).toContain(vs.getRow(i).getCell(cash).value);
      expect(vs.getRow(i).getCell(vh.indexOf('慰问事由') + 1).value).toBe('住院');
    }
  });

  it('masks ID numbers and phones for ANALYST (as GraphQL does) and audits who exported what, with or without personal data', async () => {
    const filter = { centenarian: true, asOf: '2016-06-30' };
    const analyst = await csv(await download(url('residents', 'csv', filter), { token: t.tokens.analyst }));
    const admin = await csv(await download(url('residents', 'csv', filter), { token: t.tokens.admin }));
    expect(analyst.rows.length).toBe(14);
    const idCol = analyst.header.indexOf('身份证号');
    const phoneCol = analyst.header.indexOf('联系电话');
    expect(analyst.rows.every((r) => /^\d{3}\*{11}\d{3}[\dX]$/.test(r[idCol]))).toBe(true);
    expect(analyst.rows.filter((r) => r[phoneCol]).every((r) => /^\*+\d{4}$/.test(r[phoneCol]))).toBe(true);
    expect(admin.rows.every((r) => /^\d{17}[\dX]$/.test(r[idCol]))).toBe(true);
    // the same masking as the GraphQL list for ANALYST
    const g = await t.gql('query($f: ResidentFilter) { residents(filter: $f, sort: [{ field: id, direction: ASC }]) { items { id idNumber } } }', { f: filter }, t.tokens.analyst);
    expect(analyst.rows.map((r) => [r[0], r[idCol]])).toEqual(g.data.residents.items.map((r: any) => [r.id, r.idNumber]));

    const audits = await exportAudits();
    const [adminEntry, analystEntry] = audits.filter((a) => a.entity === 'Resident');
    expect(adminEntry.actorName).toBe('admin@test.example');
    expect(JSON.parse(adminEntry.after)).toMatchObject({ list: 'residents', format: 'csv', filter, rows: 14, personalData: true });
    expect(analystEntry.actorName).toBe('analyst@test.example');
    expect(JSON.parse(analystEntry.after)).toMatchObject({ list: 'residents', rows: 14, personalData: false });
  });

  it('a bad filter or sort is 400 BAD_USER_INPUT, exactly as the GraphQL list answers it, and writes no audit entry', async () => {
    const before = (await exportAudits()).length;
    // the same filter / sort sent to the GraphQL list gives the same code and field
    const asList: [string, string, unknown, [string, string]?][] = [
      ['residents', 'ResidentFilter', { bogus: 1 }],
      ['residents', 'ResidentFilter', { hardship: 'yes' }],
      ['residents', 'ResidentFilter', { ageMin: 500 }],
      ['residents', 'ResidentFilter', { asOf: '2016-02-30' }],
      ['residents', 'ResidentFilter', { communityId: 'abc' }],
      ['centers', 'CenterFilter', { q: 'x'.repeat(201) }],
      ['centers', 'CenterFilter', { serviceScoreMin: 70.55 }],
      ['residents', 'ResidentFilter', {}, ['idNumber', 'ASC']],
    ];
    for (const [resource, type, filter, sort] of asList) {
      const sortType = type.replace('Filter', 'Sort');
      const g = await t.gql(`query($filter: ${type}, $sort: [${sortType}!]) { ${resource}(filter: $filter, sort: $sort) { totalItems } }`, { filter, sort: sort ? [{ field: sort[0], direction: sort[1] }] : null }, t.tokens.admin);
      expect(g.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const d = await download(url(resource, 'csv', filter, sort), { token: t.tokens.admin });
      expect([resource, filter, d.status]).toEqual([resource, filter, 400]);
      expect([filter, d.json.errors[0].extensions]).toEqual([filter, g.errors![0].extensions]);
    }
    // the export's own parameters
    const own: [string, string][] = [
      [url('residents', 'csv', '{not json'), 'filter'],
      [url('residents', 'csv', '[1,2]'), 'filter'],
      [url('residents', 'csv', {}, ['name', 'UP']), 'order'],
      [url('auditLog', 'csv', {}, ['id', 'ASC']), 'sort'],
      ['/export/list/residents.pdf', 'format'],
    ];
    for (const [path, field] of own) {
      const d = await download(path, { token: t.tokens.admin });
      expect([path, d.status]).toEqual([path, 400]);
      expect(d.json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await download('/export/list/secrets.csv', { token: t.tokens.admin });
    expect(unknown.status).toBe(404);
    expect(unknown.json.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await exportAudits()).length).toBe(before);
  });

  it('needs a caller: anonymous and bad tokens 401; roles and partner scopes as in GraphQL (403 FORBIDDEN)', async () => {
    const before = (await exportAudits()).length;
    for (const auth of [{}, { token: 'not-a-token' }, { apiKey: 'eg_nope' }]) {
      const d = await download(url('centers', 'csv'), auth);
      expect(d.status).toBe(401);
      expect(d.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // users and the audit log are ADMIN-only lists
    for (const resource of ['users', 'auditLog']) {
      const d = await download(url(resource, 'csv'), { token: t.tokens.officer });
      expect(d.status).toBe(403);
      expect(d.json.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    // partner keys: only what their scopes open
    for (const [resource, key] of [['residents', centersKey], ['healthExams', centersKey], ['centers', statsKey]] as const) {
      const d = await download(url(resource, 'csv'), { apiKey: key });
      expect([resource, d.status]).toEqual([resource, 403]);
      expect(d.json.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await exportAudits()).length).toBe(before);

    const partner = await csv(await download(url('centers', 'csv', { streetId }), { apiKey: centersKey }));
    const gql = await t.gql('query($s: ID) { centers(filter: { streetId: $s }) { totalItems } }', { s: streetId }, null, { 'x-api-key': centersKey });
    expect(partner.rows.length).toBe(gql.data.centers.totalItems);
    expect(partner.header).toEqual(expect.arrayContaining(['中心编号', '星光老年之家', '街道', '社区', '当前星级']));
    // fields the centers:read scope does not open are not in the file
    expect(partner.header).not.toContain('联系电话');
    expect(partner.header).not.toContain('联系人');
    expect(partner.header).not.toContain('所属协会');
    const [entry] = await exportAudits();
    expect(entry.actorName).toBe('key:export centers:read');
    expect(JSON.parse(entry.after)).toMatchObject({ list: 'centers', personalData: false });

    // the health bureau's exams:read key exports exam records, ID numbers masked
    const examKey = (await t.gql('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }', { i: { name: 'export exams', scopes: ['exams:read'] } }, t.tokens.admin)).data.createApiKey.key;
    const exams = await csv(await download(url('healthExams', 'csv', { year: 2016, status: 'COMPLETED', streetId }), { apiKey: examKey }));
    const examTotal = await t.gql('query($s: ID) { healthExams(filter: { year: 2016, status: COMPLETED, streetId: $s }) { totalItems } }', { s: streetId }, null, { 'x-api-key': examKey });
    expect(exams.rows.length).toBe(examTotal.data.healthExams.totalItems);
    expect(exams.rows.length).toBeGreaterThan(0);
    const idCol = exams.header.indexOf('身份证号');
    expect(idCol).toBeGreaterThan(0);
    expect(exams.rows.every((r) => /^\d{3}\*{11}\d{3}[\dX]$/.test(r[idCol]))).toBe(true);
  });

  it('streams 20,000+ residents: keyset chunks of 2,000 rows, the body arriving in many pieces, X-Total-Count first', async () => {
    const count = Number((await t.started.ds.query('SELECT COUNT(*) AS n FROM resident'))[0].n);
    expect(count).toBeGreaterThan(20_000);
    let d!: Download;
    let started = Date.now();
    const statements = await t.countSql(async () => {
      d = await download(url('residents', 'csv', {}, ['name', 'ASC']), { token: t.tokens.admin });
    });
    console.log(`residents.csv: ${count} rows, ${d.body.length} bytes in ${d.pieces} pieces, ${statements} SQL statements, ${Date.now() - started} ms`);
    const { header, rows } = await csv(d);
    expect(d.headers.get('x-total-count')).toBe(String(count));
    expect(rows.length).toBe(count);
    expect(new Set(rows.map((r) => r[0])).size).toBe(count);
    expect(header).toContain('姓名');
    // the list's own order (name, then id): the file starts and ends like the GraphQL list's first and last pages
    const page = async (direction: string) =>
      (await t.gql(`{ residents(sort: [{ field: name, direction: ${direction} }], take: 50) { items { id } } }`, {}, t.tokens.admin)).data.residents.items.map((r: any) => r.id);
    expect(rows.slice(0, 50).map((r) => r[0])).toEqual(await page('ASC'));
    // at least one SELECT per 2,000 rows (plus names, counts, auth and the audit entry), never one per row
    expect(statements).toBeGreaterThanOrEqual(Math.ceil(count / 2000));
    expect(statements).toBeLessThan(60);
    expect(d.pieces).toBeGreaterThan(5);

    started = Date.now();
    const x = await download(url('residents', 'xlsx'), { token: t.tokens.admin });
    console.log(`residents.xlsx: ${x.body.length} bytes in ${x.pieces} pieces, ${Date.now() - started} ms`);
    expect(x.status).toBe(200);
    expect(x.pieces).toBeGreaterThan(5);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    expect(wb.worksheets[0].rowCount).toBe(count + 1);
  }, 120_000);

  it("residents of a street: the street's communities are looked up once for the check and once for the export, never per chunk; the count and every chunk take their ids as constants", async () => {
    // the street with the most residents (a few thousand in the demo district: more than one chunk)
    const [big] = await t.started.ds.query('SELECT c.street_id AS id, COUNT(*) AS n FROM resident r JOIN community c ON c.id = r.community_id GROUP BY c.street_id ORDER BY n DESC LIMIT 1');
    const bigStreet = String(big.id);
    let d!: Download;
    const seen = await t.captureSql(async () => {
      d = await download(url('residents', 'csv', { streetId: bigStreet }), { token: t.tokens.admin });
    });
    const { rows } = await csv(d);
    const gql = await t.gql('query($s: ID) { residents(filter: { streetId: $s }) { totalItems } }', { s: bigStreet }, t.tokens.admin);
    expect(rows.length).toBe(gql.data.residents.totalItems);
    expect(d.headers.get('x-total-count')).toBe(String(rows.length));
    const residentSql = seen.filter((q) => /FROM\s+[`"]?resident[`"]?\s/i.test(q));
    expect(rows.length).toBeGreaterThan(2000); // two chunks or more
    expect(residentSql.length).toBeGreaterThanOrEqual(1 + Math.ceil(rows.length / 2000)); // the count and the chunks
    // a subquery on street_id in each statement makes MariaDB sort the whole street per chunk (ResidentService)
    for (const q of residentSql) expect(q).not.toMatch(/street_id/i);
    // one for the check (the GraphQL list run with the export's filter), one shared by the count and the rows
    expect(seen.filter((q) => /FROM\s+[`"]?community[`"]?\s+WHERE\s+[`"]?street_id/i.test(q))).toHaveLength(2);
  });
});
