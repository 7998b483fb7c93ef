import JSZip from 'jszip';
import { startTestApp, TestApp, expectError } from './util';
import { DEMO_SUBSIDY_BUDGET_YUAN } from '../src/seed/load-demo';
import { DEMO_ASSOCIATION_COUNT, DEMO_CENTENARIANS, DEMO_LEVEL_COUNTS, DEMO_WELFARE_CENTER_RESIDENTS } from '../src/seed/demo-district';

const FROM = '2016-01-01';
const TO = '2016-06-30';

const REPORT = `query($from: Date!, $to: Date!, $streetId: ID) {
  workReport(from: $from, to: $to, streetId: $streetId) {
    from to streetId scopeName periodLabel title
    centers { ratingRoundId ratingRoundName assessedOn ratingRoundStatus rated byLevel { level label count } rectifications opened }
    associations { total street community }
    residents { asOf total aged60Plus aged80Plus centenarians hardship welfareCenter }
    visits { visits residents centers cash byOccasion { occasion label visits residents cash } }
    exams { year eligible scheduled completed missed coveragePercent }
    subsidy { fiscalYears centers amount byLevel { level label centers amount } }
    projects {
      byStatus { status label projects investment beds }
      investmentUnderConstruction bedsInService bedsUnderConstruction bedsTotal
      started { id name category status totalInvestment bedsAdded startedOn }
    }
    sentences
  }
}`;

/** "1234.50" → 123450n */
const fen = (m: string) => BigInt(m.replace('.', ''));
const levels = (r: any) => Object.fromEntries(r.centers.byLevel.map((l: any) => [l.level, l.count]));

describe('the half-year work report on the demo district', () => {
  let t: TestApp;
  let whole: any;
  let streets: { id: string; name: string }[];
  let statsKey: string;

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    const r = await t.gql(REPORT, { from: FROM, to: TO }, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    whole = r.data.workReport;
    streets = (await t.gql('{ streets(take: 100) { items { id name } } }', {}, t.tokens.admin)).data.streets.items;
    const key = await t.gql('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }', { i: { name: 'report stats', scopes: ['statistics:read'] } }, t.tokens.admin);
    statsKey = key.data.createApiKey.key;
  }, 240_000);
  afterAll(() => t?.close());

  it('reproduces the reference figures of DOMAIN.md for 2016-01-01..2016-06-30', () => {
    expect(whole.periodLabel).toBe('2016年上半年');
    expect(whole.title).toBe('老龄办2016年上半年工作总结（数据部分）');
    expect(whole.scopeName).toBe('全区');
    expect(whole.centers.ratingRoundStatus).toBe('FINALIZED');
    expect(whole.centers.assessedOn).toBe('2016-06-30');
    expect(levels(whole)).toEqual(DEMO_LEVEL_COUNTS);
    expect(whole.centers.byLevel.map((l: any) => l.label)).toEqual(['五星级', '四星级', '三星级', '二星级', '一星级', '不及格', '新建']);
    expect(whole.centers.rated).toBe(165);
    expect(whole.centers.rectifications).toBe(12);
    expect(whole.associations.total).toBe(DEMO_ASSOCIATION_COUNT);
    expect(whole.associations.street + whole.associations.community).toBe(104);
    expect(whole.residents.asOf).toBe(TO);
    expect(whole.residents.centenarians).toBe(DEMO_CENTENARIANS);
    expect(whole.residents.hardship).toBeGreaterThan(100);
    expect(whole.residents.welfareCenter).toBe(DEMO_WELFARE_CENTER_RESIDENTS);
    expect(whole.residents.total).toBeGreaterThanOrEqual(whole.residents.aged60Plus);
    expect(whole.residents.aged60Plus).toBeGreaterThan(whole.residents.aged80Plus);
    expect(whole.residents.aged80Plus).toBeGreaterThan(whole.residents.centenarians);
    expect(whole.subsidy.fiscalYears).toEqual([2016]);
    expect(whole.subsidy.amount).toBe(`${DEMO_SUBSIDY_BUDGET_YUAN}.00`);
    expect(whole.subsidy.byLevel.reduce((s: bigint, l: any) => s + fen(l.amount), 0n)).toBe(fen(whole.subsidy.amount));
    expect(whole.projects.investmentUnderConstruction).toBe('102760000.00');
    expect(whole.projects.bedsUnderConstruction).toBe(702);
    expect(whole.projects.bedsInService).toBe(260);
    expect(whole.projects.bedsTotal).toBe(962);
    const phase2 = whole.projects.started.find((p: any) => p.name === '区社会福利中心二期工程');
    expect(phase2).toMatchObject({ totalInvestment: '102760000.00', bedsAdded: 702, status: 'UNDER_CONSTRUCTION' });
    expect(phase2.startedOn.slice(0, 7)).toBe('2016-04');
  });

  it('writes the figures as the report’s Chinese sentences', () => {
    const text = whole.sentences.join('\n');
    expect(whole.sentences[0]).toContain('全区共有星光老年之家165个');
    expect(whole.sentences[0]).toContain('五星级5个，四星级28个，三星级80个，二星级37个，一星级10个，不及格2个，新建3个');
    expect(whole.sentences[0]).toContain('12个星光老年之家责令整改');
    expect(text).toContain('全区共有老年协会104家');
    expect(text).toContain('百岁老人14名');
    expect(text).toContain(`生活困难老人${whole.residents.hardship}名`);
    expect(text).toContain('在区社会福利中心生活的老人280位');
    expect(text).toContain('区社会福利中心二期工程总投资10276万元，于2016年4月开工，建成后将增加床位702张');
    expect(text).toContain('建成后床位总数达962张');
    expect(text).toContain(`覆盖率${whole.exams.coveragePercent}%`);
  });

  it('agrees with the lists and statistics for the same period', async () => {
    const q = `query($vf: VisitFilter, $d: Date) {
      visits(filter: $vf, take: 1) { totalItems }
      opened: centers(filter: { plaqueFrom: "${FROM}", plaqueTo: "${TO}" }, take: 1) { totalItems }
      statistics(filter: { asOf: $d }) { examCoverageTotal(year: 2016) { eligible scheduled completed missed } centenarians }
    }`;
    const r = await t.gql(q, { vf: { visitedFrom: FROM, visitedTo: TO }, d: TO }, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    expect(whole.visits.visits).toBe(r.data.visits.totalItems);
    expect(whole.visits.visits).toBe(whole.visits.byOccasion.reduce((s: number, o: any) => s + o.visits, 0));
    expect(fen(whole.visits.cash)).toBe(whole.visits.byOccasion.reduce((s: bigint, o: any) => s + fen(o.cash), 0n));
    expect(whole.visits.byOccasion.find((o: any) => o.occasion === 'SPRING_FESTIVAL').visits).toBeGreaterThan(100);
    expect(whole.centers.opened).toBe(r.data.opened.totalItems);
    const ex = r.data.statistics.examCoverageTotal;
    expect(whole.exams).toMatchObject({ year: 2016, eligible: ex.eligible, scheduled: ex.scheduled, completed: ex.completed, missed: ex.missed });
    expect(whole.exams.eligible).toBeGreaterThan(0);
    const expected = Math.floor((ex.completed * 2000 + ex.eligible) / (2 * ex.eligible));
    expect(whole.exams.coveragePercent).toBe(`${Math.floor(expected / 10)}.${expected % 10}`);
  });

  it('street reports add up to the district report', async () => {
    expect(streets.length).toBe(10);
    const sum: Record<string, number> = {};
    const add = (k: string, n: number) => (sum[k] = (sum[k] ?? 0) + n);
    let cash = 0n;
    let subsidy = 0n;
    for (const s of streets) {
      const r = await t.gql(REPORT, { from: FROM, to: TO, streetId: s.id }, t.tokens.officer);
      expect(r.errors).toBeUndefined();
      const w = r.data.workReport;
      expect(w.scopeName).toBe(s.name);
      expect(w.title).toBe(`老龄办2016年上半年工作总结（数据部分）——${s.name}`);
      expect(w.sentences[0].startsWith(`${s.name}共有星光老年之家`)).toBe(true);
      for (const l of w.centers.byLevel) add(`level.${l.level}`, l.count);
      add('rated', w.centers.rated);
      add('rectifications', w.centers.rectifications);
      add('opened', w.centers.opened);
      add('associations', w.associations.total);
      for (const k of ['total', 'aged60Plus', 'aged80Plus', 'centenarians', 'hardship', 'welfareCenter']) add(`residents.${k}`, w.residents[k]);
      add('visits', w.visits.visits);
      add('visitedResidents', w.visits.residents);
      cash += fen(w.visits.cash);
      for (const k of ['eligible', 'scheduled', 'completed', 'missed']) add(`exams.${k}`, w.exams[k]);
      subsidy += fen(w.subsidy.amount);
      // projects belong to no street: every street report shows the district's
      expect(w.projects.bedsTotal).toBe(962);
    }
    for (const l of whole.centers.byLevel) expect(sum[`level.${l.level}`]).toBe(l.count);
    expect(sum.rated).toBe(165);
    expect(sum.rectifications).toBe(12);
    expect(sum.opened).toBe(whole.centers.opened);
    expect(sum.associations).toBe(104);
    for (const k of ['total', 'aged60Plus', 'aged80Plus', 'centenarians', 'hardship', 'welfareCenter']) expect(sum[`residents.${k}`]).toBe(whole.residents[k]);
    expect(sum.visits).toBe(whole.visits.visits);
    expect(sum.visitedResidents).toBe(whole.visits.residents);
    expect(cash).toBe(fen(whole.visits.cash));
    for (const k of ['eligible', 'scheduled', 'completed', 'missed']) expect(sum[`exams.${k}`]).toBe(whole.exams[k]);
    expect(subsidy).toBe(fen(whole.subsidy.amount));
  }, 60_000);

  it('a period without a finalized rating says so; bad periods are BAD_USER_INPUT', async () => {
    const r = await t.gql(REPORT, { from: '2015-07-01', to: '2015-12-31' }, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data.workReport.periodLabel).toBe('2015年下半年');
    expect(r.data.workReport.centers.ratingRoundId).toBeNull();
    expect(r.data.workReport.centers.rated).toBe(0);
    expect(r.data.workReport.sentences[0]).toContain('未完成星光老年之家星级评定');
    expect(r.data.workReport.subsidy.amount).toBe('0.00');
    expectError(await t.gql(REPORT, { from: TO, to: FROM }, t.tokens.analyst), 'BAD_USER_INPUT', 'to');
    expectError(await t.gql(REPORT, { from: '2016-02-30', to: TO }, t.tokens.analyst), 'BAD_USER_INPUT');
    expectError(await t.gql(REPORT, { from: FROM, to: TO, streetId: '999999' }, t.tokens.analyst), 'BAD_USER_INPUT', 'streetId');
  });

  it('downloads as a .docx in Chinese (a zip starting with PK), audited', async () => {
    const before = await exportEntries();
    const res = await fetch(`${t.url}/export/work-report.docx?from=${FROM}&to=${TO}`, { headers: { authorization: `Bearer ${t.tokens.analyst}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('老龄办2016年上半年工作总结（数据部分）.docx');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('老龄办2016年上半年工作总结（数据部分）');
    expect(text).toContain('全区共有星光老年之家165个');
    expect(text).toContain('五星级');
    expect(text).toContain('102,760,000.00');
    const after = await exportEntries();
    expect(after.length).toBe(before.length + 1);
    expect(after[0].actorName).toBe('analyst@test.example');
    expect(JSON.parse(after[0].after)).toMatchObject({ format: 'docx', from: FROM, to: TO, streetId: null });

    // one street
    const street = await fetch(`${t.url}/export/work-report.docx?from=${FROM}&to=${TO}&streetId=${streets[0].id}`, { headers: { authorization: `Bearer ${t.tokens.officer}` } });
    expect(street.status).toBe(200);
    const sx = await (await JSZip.loadAsync(Buffer.from(await street.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(sx.replace(/<[^>]+>/g, '')).toContain(`——${streets[0].name}`);
  });

  async function exportEntries(): Promise<{ actorName: string; after: string }[]> {
    const r = await t.gql('{ auditLog(filter: { action: ["EXPORT"], entity: "WorkReport" }, take: 100) { items { actorName after } } }', {}, t.tokens.admin);
    return r.data.auditLog.items;
  }

  it('is for ADMIN, OFFICER and ANALYST: partner keys are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    for (const token of [t.tokens.admin, t.tokens.officer, t.tokens.analyst]) {
      const r = await t.gql(`{ workReport(from: "${FROM}", to: "${TO}") { centers { rated } } }`, {}, token);
      expect(r.data.workReport.centers.rated).toBe(165);
    }
    expectError(await t.gql(`{ workReport(from: "${FROM}", to: "${TO}") { title } }`, {}, null, { 'x-api-key': statsKey }), 'FORBIDDEN');
    const anon = await t.gql(`{ workReport(from: "${FROM}", to: "${TO}") { title } }`, {}, null);
    expect(anon.status).toBe(401);
    expectError(anon, 'UNAUTHENTICATED');

    const before = await exportEntries();
    const partner = await fetch(`${t.url}/export/work-report.docx?from=${FROM}&to=${TO}`, { headers: { 'x-api-key': statsKey } });
    expect(partner.status).toBe(403);
    expect(((await partner.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const nobody = await fetch(`${t.url}/export/work-report.docx?from=${FROM}&to=${TO}`);
    expect(nobody.status).toBe(401);
    expect(((await nobody.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await fetch(`${t.url}/export/work-report.docx?from=${TO}&to=${FROM}`, { headers: { authorization: `Bearer ${t.tokens.admin}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const missing = await fetch(`${t.url}/export/work-report.docx?to=${TO}`, { headers: { authorization: `Bearer ${t.tokens.admin}` } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    // refused requests leave no audit entry
    expect((await exportEntries()).length).toBe(before.length);
  });
});
