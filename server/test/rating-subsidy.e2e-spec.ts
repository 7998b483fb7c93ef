import ExcelJS from 'exceljs';
import { startTestApp, TestApp, expectError } from './util';
import { DEMO_SUBSIDY_BUDGET_YUAN } from '../src/seed/load-demo';

const LEVELS = `levelCounts { level count }`;
const counts = (lc: { level: string; count: number }[]) => Object.fromEntries(lc.map((l) => [l.level, l.count]));
const DEMO = { FIVE: 5, FOUR: 28, THREE: 80, TWO: 37, ONE: 10, FAIL: 2, NEW: 3 };

describe('rating and subsidy rounds on the demo district', () => {
  let t: TestApp;
  let demoRoundId: string;

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    const r = await t.gql(`{ ratingRounds { items { id name status assessedOn } } }`, {}, t.tokens.analyst);
    demoRoundId = r.data.ratingRounds.items[0].id;
  }, 120000);
  afterAll(() => t.close());

  it('arrives with a FINALIZED 2016 round with the report’s level counts and 12 open rectifications', async () => {
    const r = await t.gql(`query($id: ID!) { ratingRound(id: $id) { status assessedOn centerCount rectificationCount ${LEVELS} } }`, { id: demoRoundId }, t.tokens.analyst);
    expect(r.data.ratingRound).toMatchObject({ status: 'FINALIZED', assessedOn: '2016-06-30', centerCount: 165, rectificationCount: 12 });
    expect(counts(r.data.ratingRound.levelCounts)).toEqual(DEMO);
    const rect = await t.gql(`{ rectifications(filter: { status: [OPEN] }) { totalItems items { dueOn level center { code } } } }`, {}, t.tokens.analyst);
    expect(rect.data.rectifications.totalItems).toBe(12);
    expect(new Set(rect.data.rectifications.items.map((i: any) => i.dueOn))).toEqual(new Set(['2016-09-28']));
    expect(new Set(rect.data.rectifications.items.map((i: any) => i.level))).toEqual(new Set(['ONE', 'FAIL']));
  });

  it('arrives with an APPROVED subsidy round whose allocations add up exactly to the budget', async () => {
    const r = await t.gql(`{ subsidyRounds { items { id status budget allocated unallocated fundSource byLevel { level centers amount } allocations(take: 500) { totalItems items { amount level reason } } } } }`, {}, t.tokens.analyst);
    const s = r.data.subsidyRounds.items[0];
    expect(s).toMatchObject({ status: 'APPROVED', budget: `${DEMO_SUBSIDY_BUDGET_YUAN}.00`, allocated: `${DEMO_SUBSIDY_BUDGET_YUAN}.00`, unallocated: '0.00', fundSource: '市福彩公益金' });
    const sumFen = s.allocations.items.reduce((acc: bigint, a: any) => acc + BigInt(a.amount.replace('.', '')), 0n);
    expect(sumFen).toBe(DEMO_SUBSIDY_BUDGET_YUAN * 100n);
    expect(s.allocations.totalItems).toBe(165);
    expect(s.allocations.items.filter((a: any) => a.level === 'FAIL').every((a: any) => a.amount === '0.00' && a.reason === 'LEVEL_WEIGHT_ZERO')).toBe(true);
    const five = s.byLevel.find((b: any) => b.level === 'FIVE');
    expect(five.centers).toBe(5);
  });

  it('explains every rating with its inputs, sub-scores and rule', async () => {
    const r = await t.gql(
      `query($id: ID!) { ratingRound(id: $id) { ratings(take: 500, sort: [{ field: total, direction: DESC }]) { totalItems items { level rule total serviceScore areaScore seniorityScore populationScore floorArea serviceInput yearsOpen explanation center { code currentLevel } } } } }`,
      { id: demoRoundId },
      t.tokens.analyst,
    );
    const items = r.data.ratingRound.ratings.items;
    expect(items).toHaveLength(165);
    for (const i of items) {
      expect(i.center.currentLevel).toBe(i.level);
      if (i.rule === 'NEW') expect(i.total).toBeNull();
      else {
        // the default scheme in integers: hundredths × thousandths, rounded half-up back to hundredths
        const h = (x: number) => Math.round(x * 100);
        const raw = 550 * h(i.serviceScore) + 150 * h(i.areaScore) + 100 * h(i.seniorityScore) + 200 * h(i.populationScore);
        expect(h(i.total)).toBe(Math.floor((raw + 500) / 1000));
        expect(i.explanation).toContain(i.total.toFixed(2));
      }
    }
    expect(items.filter((i: any) => i.rule === 'VETO').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps a FINALIZED round immutable', async () => {
    expectError(await t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: demoRoundId }, t.tokens.officer), 'INVALID_STATE');
    expectError(await t.gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id: demoRoundId }, t.tokens.officer), 'INVALID_STATE');
    expectError(await t.gql(`mutation($id: ID!) { deleteRatingRound(id: $id, version: 3) }`, { id: demoRoundId }, t.tokens.officer), 'INVALID_STATE');
    const r = await t.gql(`query($id: ID!) { ratingRound(id: $id) { version } }`, { id: demoRoundId }, t.tokens.officer);
    expectError(await t.gql(`mutation($i: UpdateRatingRoundInput!) { updateRatingRound(input: $i) { id } }`, { i: { id: demoRoundId, version: r.data.ratingRound.version, name: 'x' } }, t.tokens.officer), 'INVALID_STATE');
  });

  it('runs the lifecycle with a changed scheme, recompute replacing, preview and comparison', async () => {
    const c = await t.gql(
      `mutation($i: CreateRatingRoundInput!) { createRatingRound(input: $i) { id status version scheme { thresholds { FIVE } weights { service } } } }`,
      { i: { name: '2017 strict', assessedOn: '2017-06-30', scheme: { thresholds: { FIVE: 95 } } } },
      t.tokens.officer,
    );
    expect(c.data.createRatingRound).toMatchObject({ status: 'DRAFT', scheme: { thresholds: { FIVE: 95 }, weights: { service: 0.55 } } });
    const id = c.data.createRatingRound.id;
    expectError(await t.gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { id } }`, { id }, t.tokens.officer), 'INVALID_STATE');
    const preview = await t.gql(`query($s: RatingSchemeInput) { previewRating(assessedOn: "2017-06-30", scheme: $s, take: 3) { centerCount ${LEVELS} ratings { level explanation center { code } } } }`, { s: { thresholds: { FIVE: 95 } } }, t.tokens.analyst);
    const c1 = await t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { status centerCount version ${LEVELS} } }`, { id }, t.tokens.officer);
    expect(c1.data.computeRatingRound.status).toBe('COMPUTED');
    expect(c1.data.computeRatingRound.levelCounts).toEqual(preview.data.previewRating.levelCounts);
    expect(c1.data.computeRatingRound.centerCount).toBe(165);
    expect(counts(c1.data.computeRatingRound.levelCounts).NEW).toBe(0);
    const c2 = await t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { centerCount ratings { totalItems } } }`, { id }, t.tokens.officer);
    expect(c2.data.computeRatingRound.ratings.totalItems).toBe(165);
    const cmp = await t.gql(`query($a: ID!, $b: ID!) { compareRatingRounds(fromId: $a, toId: $b) { up down same added removed changes { fromLevel toLevel change } } }`, { a: demoRoundId, b: id }, t.tokens.analyst);
    const k = cmp.data.compareRatingRounds;
    expect(k.up + k.down + k.same + k.added + k.removed).toBe(165);
    expect(k.changes.filter((x: any) => x.fromLevel === 'NEW')).toHaveLength(3);
    const fin = await t.gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { status rectificationCount } }`, { id }, t.tokens.officer);
    expect(fin.data.finalizeRatingRound.status).toBe('FINALIZED');
  });

  it('rejects bad schemes with the field at fault', async () => {
    const bad = async (scheme: object, field: string) =>
      expectError(await t.gql(`mutation($i: CreateRatingRoundInput!) { createRatingRound(input: $i) { id } }`, { i: { name: 'bad', assessedOn: '2016-06-30', scheme } }, t.tokens.officer), 'BAD_USER_INPUT', field);
    await bad({ thresholds: { FOUR: 95 } }, 'scheme.thresholds.FOUR');
    await bad({ weights: { service: 0.5555 } }, 'scheme.weights.service');
    await bad({ thresholds: { ONE: 60.001 } }, 'scheme.thresholds.ONE');
  });

  it('allocates FIXED_PER_LEVEL under and over budget, refuses fen budgets, enforces four-eyes and immutability', async () => {
    const create = (input: object, token = t.tokens.officer) =>
      t.gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id status version } }`, { i: { name: 's', fiscalYear: 2016, ratingRoundId: demoRoundId, ...input } }, token);
    expectError(await create({ budget: '100.50' }), 'BAD_USER_INPUT', 'budget');
    expectError(await create({ budget: '1.234' }), 'BAD_USER_INPUT', 'budget');
    const under = await create({ budget: '10000000', mode: 'FIXED_PER_LEVEL' });
    const id = under.data.createSubsidyRound.id;
    const c = await t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { status effectiveMode allocated unallocated } }`, { id }, t.tokens.officer);
    // 5×60000 + 28×50000 + 80×40000 + 37×30000 + 10×20000 + 2×0 + 3×30000 = 6,300,000
    expect(c.data.computeSubsidyRound).toEqual({ status: 'COMPUTED', effectiveMode: 'FIXED', allocated: '6300000.00', unallocated: '3700000.00' });
    expectError(await t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { id } }`, { id }, t.tokens.officer), 'FORBIDDEN');
    const over = await create({ budget: '6000000', mode: 'FIXED_PER_LEVEL' });
    const c2 = await t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { effectiveMode allocated unallocated } }`, { id: over.data.createSubsidyRound.id }, t.tokens.admin);
    expect(c2.data.computeSubsidyRound).toEqual({ effectiveMode: 'FIXED_SCALED', allocated: '6000000.00', unallocated: '0.00' });
    // four-eyes: the admin who computed cannot approve; another may
    const a1 = await t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { id } }`, { id: over.data.createSubsidyRound.id }, t.tokens.admin);
    expectError(a1, 'FORBIDDEN');
    const a2 = await t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { status } }`, { id }, t.tokens.admin);
    expect(a2.data.approveSubsidyRound.status).toBe('APPROVED');
    expectError(await t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { id } }`, { id }, t.tokens.officer), 'INVALID_STATE');
    expectError(await t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { id } }`, { id }, t.tokens.admin), 'INVALID_STATE');
    expectError(await t.gql(`mutation($id: ID!) { deleteSubsidyRound(id: $id, version: 3) }`, { id }, t.tokens.admin), 'INVALID_STATE');
  });

  it('previews a subsidy without saving', async () => {
    const before = (await t.gql(`{ subsidyRounds { totalItems } }`, {}, t.tokens.analyst)).data.subsidyRounds.totalItems;
    const p = await t.gql(
      `query($i: PreviewSubsidyInput!) { previewSubsidy(input: $i, take: 500) { effectiveMode allocated byLevel { level centers amount } allocations { amount } } }`,
      { i: { budget: '1000001', ratingRoundId: demoRoundId, levels: [{ level: 'FAIL', weight: 0.1 }] } },
      t.tokens.analyst,
    );
    expect(p.data.previewSubsidy.allocated).toBe('1000001.00');
    expect(p.data.previewSubsidy.allocations).toHaveLength(165);
    expect(p.data.previewSubsidy.byLevel.find((b: any) => b.level === 'FAIL').amount).not.toBe('0.00');
    expect((await t.gql(`{ subsidyRounds { totalItems } }`, {}, t.tokens.analyst)).data.subsidyRounds.totalItems).toBe(before);
  });

  it('gives exactly one effect when two computes or approvals of one round race', async () => {
    const r = await t.gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: 'race', fiscalYear: 2016, ratingRoundId: demoRoundId, budget: '500000' } }, t.tokens.officer);
    const id = r.data.createSubsidyRound.id;
    const computes = await Promise.all([0, 1, 2, 3].map(() => t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id, version: 1) { version } }`, { id }, t.tokens.officer)));
    expect(computes.filter((c) => !c.errors)).toHaveLength(1);
    for (const c of computes.filter((x) => x.errors)) expect(['CONFLICT', 'INVALID_STATE']).toContain(c.errors![0].extensions!.code);
    const approvals = await Promise.all([0, 1, 2].map(() => t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { status } }`, { id }, t.tokens.admin)));
    expect(approvals.filter((c) => !c.errors)).toHaveLength(1);
    const audit = await t.started.ds.query(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'SubsidyRound' AND entity_id = ? AND action = 'APPROVE'`, [id]);
    expect(Number(audit[0].n)).toBe(1);
    const sum = await t.started.ds.query(`SELECT COUNT(*) AS n, SUM(amount_fen) AS s FROM subsidy_allocation WHERE round_id = ?`, [id]);
    expect(Number(sum[0].n)).toBe(165);
    expect(String(sum[0].s)).toBe('50000000');
  });

  it('moves rectifications through their flow', async () => {
    const list = await t.gql(`{ rectifications(take: 1) { items { id version status overdue } } }`, {}, t.tokens.officer);
    const r = list.data.rectifications.items[0];
    expect(r.overdue).toBe(true);
    expectError(await t.gql(`mutation($i: UpdateRectificationInput!) { updateRectification(input: $i) { id } }`, { i: { id: r.id, version: r.version, status: 'PASSED' } }, t.tokens.officer), 'INVALID_STATE');
    const s = await t.gql(`mutation($i: UpdateRectificationInput!) { updateRectification(input: $i) { status submittedOn version } }`, { i: { id: r.id, version: r.version, status: 'SUBMITTED', note: '已整改' } }, t.tokens.officer);
    expect(s.data.updateRectification.status).toBe('SUBMITTED');
    const p = await t.gql(`mutation($i: UpdateRectificationInput!) { updateRectification(input: $i) { status closedOn overdue } }`, { i: { id: r.id, version: s.data.updateRectification.version, status: 'PASSED' } }, t.tokens.officer);
    expect(p.data.updateRectification).toMatchObject({ status: 'PASSED', overdue: false });
  });

  it('keeps SQL statements per compute independent of the number of centers', async () => {
    const mk = async () => (await t.gql(`mutation { createRatingRound(input: { name: "n", assessedOn: "2016-06-30" }) { id } }`, {}, t.tokens.officer)).data.createRatingRound.id;
    const a = await mk();
    const n165 = await t.countSql(() => t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: a }, t.tokens.officer));
    // add 300 more centers, then compute again in a new round
    const community = (await t.gql(`{ communities(take: 1) { items { id } } }`, {}, t.tokens.officer)).data.communities.items[0].id;
    await t.started.ds.query(
      `INSERT INTO center (code, name, community_id, address, floor_area_centi, plaque_date, elderly_count, disabled_count, service_score_tenths, status, version) ` +
        Array.from({ length: 300 }, (_, i) => `SELECT 'T-${i}', 'x', ${community}, '', 20000, '2010-01-01', 900, 10, 800, 'ACTIVE', 1`).join(' UNION ALL '),
    );
    const b = await mk();
    const n465 = await t.countSql(() => t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { id } }`, { id: b }, t.tokens.officer));
    expect(n465).toBe(n165);
  });

  it('exports a round’s ratings and allocations as CSV (UTF-8 BOM) and xlsx, audited', async () => {
    const get = (p: string, token: string | null = t.tokens.analyst) => fetch(`${t.url}/export/${p}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const sub = (await t.gql(`{ subsidyRounds(filter: { status: [APPROVED] }) { items { id budget } } }`, {}, t.tokens.analyst)).data.subsidyRounds.items[0];
    const csvRes = await get(`rating-rounds/${demoRoundId}/ratings.csv`);
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['序号', '中心编号', '星光老年之家']);
    expect(lines).toHaveLength(166);
    const levels = lines.slice(1).map((l) => l.split(',')[16]);
    expect(levels.filter((l) => l === '五星级')).toHaveLength(5);
    expect(levels.filter((l) => l === '新建')).toHaveLength(3);

    const x = await get(`subsidy-rounds/${sub.id}/allocations.xlsx`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(9).value).toBe('资助金额(元)');
    let fen = 0n;
    for (let r = 2; r <= 166; r++) fen += BigInt(Math.round(Number(ws.getRow(r).getCell(9).value) * 100));
    expect(fen).toBe(BigInt(sub.budget.replace('.', '')));
    expect(ws.getRow(167).getCell(3).value).toBe('合计');

    expect((await get(`subsidy-rounds/${sub.id}/allocations.csv`, null)).status).toBe(401);
    expect((await get(`subsidy-rounds/${sub.id}/allocations.pdf`)).status).toBe(400);
    expect((await get(`subsidy-rounds/999999/allocations.csv`)).status).toBe(404);
    const audit = await t.started.ds.query(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'EXPORT'`);
    expect(Number(audit[0].n)).toBe(2);
  });

  it('returns a COMPUTED round to DRAFT when its date or scheme changes, and deletes unfinalized rounds', async () => {
    const c = await t.gql(`mutation { createRatingRound(input: { name: "edit", assessedOn: "2016-06-30" }) { id } }`, {}, t.tokens.officer);
    const id = c.data.createRatingRound.id;
    const computed = await t.gql(`mutation($id: ID!) { computeRatingRound(id: $id) { version status ratings { totalItems } } }`, { id }, t.tokens.officer);
    expect(computed.data.computeRatingRound.ratings.totalItems).toBeGreaterThan(0);
    const renamed = await t.gql(`mutation($i: UpdateRatingRoundInput!) { updateRatingRound(input: $i) { status version name } }`, { i: { id, version: computed.data.computeRatingRound.version, name: '改名' } }, t.tokens.officer);
    expect(renamed.data.updateRatingRound).toMatchObject({ status: 'COMPUTED', name: '改名' });
    const changed = await t.gql(
      `mutation($i: UpdateRatingRoundInput!) { updateRatingRound(input: $i) { status version scheme { serviceVetoBelow } ratings { totalItems } } }`,
      { i: { id, version: renamed.data.updateRatingRound.version, scheme: { serviceVetoBelow: 60 } } },
      t.tokens.officer,
    );
    expect(changed.data.updateRatingRound).toMatchObject({ status: 'DRAFT', scheme: { serviceVetoBelow: 60 }, ratings: { totalItems: 0 } });
    const stale = await t.gql(`mutation($id: ID!) { deleteRatingRound(id: $id, version: 1) }`, { id }, t.tokens.officer);
    expectError(stale, 'CONFLICT');
    const del = await t.gql(`mutation($id: ID!, $v: Int!) { deleteRatingRound(id: $id, version: $v) }`, { id, v: changed.data.updateRatingRound.version }, t.tokens.officer);
    expect(del.data.deleteRatingRound).toBe(id);
    expect((await t.gql(`query($id: ID!) { ratingRound(id: $id) { id } }`, { id }, t.tokens.officer)).data.ratingRound).toBeNull();
  });

  it('edits a subsidy round until approval; changing money parameters returns it to DRAFT', async () => {
    const c = await t.gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id version } }`, { i: { name: 'edit', fiscalYear: 2016, ratingRoundId: demoRoundId, budget: '100000' } }, t.tokens.officer);
    const id = c.data.createSubsidyRound.id;
    const computed = await t.gql(`mutation($id: ID!) { computeSubsidyRound(id: $id) { version status allocated } }`, { id }, t.tokens.officer);
    expect(computed.data.computeSubsidyRound).toMatchObject({ status: 'COMPUTED', allocated: '100000.00' });
    const upd = await t.gql(
      `mutation($i: UpdateSubsidyRoundInput!) { updateSubsidyRound(input: $i) { status allocated budget levels { level weight } allocations { totalItems } } }`,
      { i: { id, version: computed.data.computeSubsidyRound.version, budget: '200000', levels: [{ level: 'FIVE', weight: 2 }] } },
      t.tokens.officer,
    );
    expect(upd.data.updateSubsidyRound).toMatchObject({ status: 'DRAFT', allocated: '0.00', budget: '200000.00', allocations: { totalItems: 0 } });
    expect(upd.data.updateSubsidyRound.levels.find((l: any) => l.level === 'FIVE').weight).toBe(2);
    expectError(await t.gql(`mutation($i: UpdateSubsidyRoundInput!) { updateSubsidyRound(input: $i) { id } }`, { i: { id, version: 1, name: 'stale' } }, t.tokens.officer), 'CONFLICT');
    expectError(await t.gql(`mutation($i: UpdateSubsidyRoundInput!) { updateSubsidyRound(input: $i) { id } }`, { i: { id, version: 3, budget: '10.50' } }, t.tokens.officer), 'BAD_USER_INPUT', 'budget');
    const draft = await t.gql(`mutation { createRatingRound(input: { name: "draft", assessedOn: "2016-06-30" }) { id } }`, {}, t.tokens.officer);
    expectError(
      await t.gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: 'x', fiscalYear: 2016, ratingRoundId: draft.data.createRatingRound.id, budget: '1000' } }, t.tokens.officer),
      'BAD_USER_INPUT',
      'ratingRoundId',
    );
    expectError(await t.gql(`mutation($id: ID!) { approveSubsidyRound(id: $id) { id } }`, { id }, t.tokens.admin), 'INVALID_STATE');
  });

  it('gives exactly one effect when two rating computes or finalizations race', async () => {
    const c = await t.gql(`mutation { createRatingRound(input: { name: "race", assessedOn: "2016-06-30" }) { id } }`, {}, t.tokens.officer);
    const id = c.data.createRatingRound.id;
    const computes = await Promise.all([0, 1, 2].map(() => t.gql(`mutation($id: ID!) { computeRatingRound(id: $id, version: 1) { version } }`, { id }, t.tokens.officer)));
    expect(computes.filter((r) => !r.errors)).toHaveLength(1);
    const fins = await Promise.all([0, 1, 2].map(() => t.gql(`mutation($id: ID!) { finalizeRatingRound(id: $id) { status } }`, { id }, t.tokens.officer)));
    expect(fins.filter((r) => !r.errors)).toHaveLength(1);
    for (const f of fins.filter((r) => r.errors)) expect(['CONFLICT', 'INVALID_STATE']).toContain(f.errors![0].extensions!.code);
    const n = await t.started.ds.query(`SELECT COUNT(*) AS n FROM rectification WHERE round_id = ?`, [id]);
    expect(Number(n[0].n)).toBe(12);
  });
});
