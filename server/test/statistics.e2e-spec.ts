import { startTestApp, TestApp, expectError } from './util';
import { DEMO_SUBSIDY_BUDGET_YUAN } from '../src/seed/load-demo';
import { ageOn, birthDateRangeForAge } from '../src/common/resident-rules';
import { compareNames } from '../src/modules/statistics/statistics.service';

const DEMO_LEVELS = { FIVE: 5, FOUR: 28, THREE: 80, TWO: 37, ONE: 10, FAIL: 2, NEW: 3 };
const LEVEL_ORDER = ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE', 'FAIL', 'NEW'];
const D = '2016-06-30';

/** "1234.50" → 123450n */
const fen = (money: string): bigint => {
  const [y, c] = money.split('.');
  expect(c).toHaveLength(2);
  return BigInt(y) * 100n + BigInt(c) * (y.startsWith('-') ? -1n : 1n);
};
const sumFen = (xs: { [k: string]: any }[], key: string) => xs.reduce((a, x) => a + fen(x[key]), 0n);
const sum = (xs: { [k: string]: any }[], key: string) => xs.reduce((a, x) => a + Number(x[key]), 0);
const counts = (lc: { level: string; count: number }[]) => Object.fromEntries(lc.map((l) => [l.level, l.count]));

/** Every field of `statistics`, with its arguments. */
const ALL_FIELDS = `
  asOf
  centersByLevel { level count }
  centersByStreetAndLevel { streetId streetName level count }
  subsidyByStreet(fiscalYear: 2016) { streetId streetName fiscalYear centers amount }
  subsidyByLevel(fiscalYear: 2016) { level fiscalYear centers amount }
  residentsByAgeBand { band minAge maxAge count }
  gender: residentsBy(dimension: GENDER) { key label count }
  street: residentsBy(dimension: STREET) { key label count }
  community: residentsBy(dimension: COMMUNITY) { key label count }
  registration: residentsBy(dimension: REGISTRATION) { key label count }
  hardship: residentsBy(dimension: HARDSHIP) { key label count }
  residence: residentsBy(dimension: RESIDENCE) { key label count }
  disabled: residentsBy(dimension: DISABLED) { key label count }
  centenarians
  examCoverage { communityId communityName streetName year eligible scheduled completed missed }
  examCoverageTotal { communityId communityName streetName year eligible scheduled completed missed }
  visitsByOccasion { occasion visits residents cash }
  projectsByStatus { status projects investment beds }
`;
const STATS = `query($f: StatisticsFilter) { statistics(filter: $f) { ${ALL_FIELDS} } }`;

interface RawResident {
  id: number;
  birth_date: string;
  deceased_on: string | null;
  community_id: number;
  street_id: number;
  gender: string;
  household_registered: number | string | boolean;
  has_employer: number | string | boolean;
  hardship: number | string | boolean;
  disabled: number | string | boolean;
  residence: string;
}
const bool = (v: unknown) => Number(v) === 1 || v === true;
const dateStr = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

describe('statistics on the demo district', () => {
  let t: TestApp;
  let whole: any;
  let residents: RawResident[];
  let alive: RawResident[];

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    const r = await t.gql(STATS, { f: { asOf: D } }, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    whole = r.data.statistics;
    // the raw rows, for cross-checks computed independently in JS (the API itself never does this)
    residents = (
      await t.started.ds.query(
        `SELECT r.id, r.birth_date, r.deceased_on, r.community_id, cm.street_id, r.gender, r.household_registered, r.has_employer, r.hardship, r.disabled, r.residence
         FROM resident r JOIN community cm ON cm.id = r.community_id`,
      )
    ).map((r: RawResident) => ({ ...r, birth_date: dateStr(r.birth_date)!, deceased_on: dateStr(r.deceased_on), community_id: Number(r.community_id), street_id: Number(r.street_id) }));
    alive = residents.filter((r) => r.birth_date <= D && (r.deceased_on === null || r.deceased_on > D));
  }, 180000);
  afterAll(() => t?.close());

  it('echoes asOf and defaults it to today in China', async () => {
    expect(whole.asOf).toBe(D);
    const r = await t.gql(`{ statistics { asOf } }`, {}, t.tokens.analyst);
    expect(r.data.statistics.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('counts centers per level in the latest FINALIZED round as the report does', async () => {
    expect(whole.centersByLevel.map((l: any) => l.level)).toEqual(LEVEL_ORDER);
    expect(counts(whole.centersByLevel)).toEqual(DEMO_LEVELS);
    const rounds = await t.gql(`{ ratingRounds { items { id status } } }`, {}, t.tokens.analyst);
    const id = rounds.data.ratingRounds.items.find((x: any) => x.status === 'FINALIZED').id;
    const explicit = await t.gql(`query($id: ID) { statistics(filter: { asOf: "${D}" }) { centersByLevel(ratingRoundId: $id) { level count } } }`, { id }, t.tokens.analyst);
    expect(counts(explicit.data.statistics.centersByLevel)).toEqual(DEMO_LEVELS);
    expectError(await t.gql(`{ statistics { centersByLevel(ratingRoundId: "999999") { level count } } }`, {}, t.tokens.analyst), 'NOT_FOUND');
    expectError(await t.gql(`{ statistics { centersByLevel(ratingRoundId: "abc") { level count } } }`, {}, t.tokens.analyst), 'BAD_USER_INPUT', 'ratingRoundId');
  });

  it('counts centers per street and level, equal to a direct cross-check, ordered by street name then level', async () => {
    const rows = whole.centersByStreetAndLevel as { streetId: string; streetName: string; level: string; count: number }[];
    expect(sum(rows, 'count')).toBe(165);
    expect(rows.every((r) => r.count > 0)).toBe(true);
    const raw: { street_id: number; street_name: string; level: string }[] = await t.started.ds.query(
      `SELECT s.id AS street_id, s.name AS street_name, cr.level AS level FROM center_rating cr
       JOIN rating_round rr ON rr.id = cr.round_id AND rr.status = 'FINALIZED'
       JOIN center c ON c.id = cr.center_id JOIN community cm ON cm.id = c.community_id JOIN street s ON s.id = cm.street_id`,
    );
    expect(raw).toHaveLength(165);
    const expected = new Map<string, { streetId: string; streetName: string; level: string; count: number }>();
    for (const r of raw) {
      const k = `${r.street_id}|${r.level}`;
      const e = expected.get(k) ?? { streetId: String(r.street_id), streetName: r.street_name, level: r.level, count: 0 };
      e.count++;
      expected.set(k, e);
    }
    const sorted = [...expected.values()].sort(
      (a, b) => compareNames(a.streetName, b.streetName) || Number(a.streetId) - Number(b.streetId) || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
    );
    expect(rows).toEqual(sorted);
    expect(new Set(rows.map((r) => r.streetId)).size).toBe(10);
  });

  it('sums the approved 2016 subsidy per street and per level exactly to the budget', async () => {
    const budgetFen = DEMO_SUBSIDY_BUDGET_YUAN * 100n;
    const streets = whole.subsidyByStreet as any[];
    expect(streets).toHaveLength(10);
    expect(streets.every((s) => s.fiscalYear === 2016)).toBe(true);
    expect(sumFen(streets, 'amount')).toBe(budgetFen);
    expect(sum(streets, 'centers')).toBe(165);
    // per street against the allocations, summed as bigint in JS
    const raw: { street_id: number; amount_fen: unknown }[] = await t.started.ds.query(
      `SELECT cm.street_id AS street_id, a.amount_fen AS amount_fen FROM subsidy_allocation a JOIN subsidy_round sr ON sr.id = a.round_id AND sr.status = 'APPROVED'
       JOIN center c ON c.id = a.center_id JOIN community cm ON cm.id = c.community_id`,
    );
    const perStreet = new Map<string, bigint>();
    for (const r of raw) perStreet.set(String(r.street_id), (perStreet.get(String(r.street_id)) ?? 0n) + BigInt(String(r.amount_fen)));
    for (const s of streets) expect(fen(s.amount)).toBe(perStreet.get(s.streetId));
    for (let i = 1; i < streets.length; i++) expect(compareNames(streets[i - 1].streetName, streets[i].streetName)).toBeLessThanOrEqual(0);

    const levels = whole.subsidyByLevel as any[];
    expect(levels.map((l) => l.level)).toEqual(LEVEL_ORDER);
    expect(Object.fromEntries(levels.map((l) => [l.level, l.centers]))).toEqual(DEMO_LEVELS);
    expect(sumFen(levels, 'amount')).toBe(budgetFen);
    expect(levels.find((l) => l.level === 'FAIL').amount).toBe('0.00');

    // all years = 2016 here; another year has nothing
    const all = await t.gql(`{ statistics { subsidyByStreet { amount } subsidyByLevel { amount } } }`, {}, t.tokens.analyst);
    expect(sumFen(all.data.statistics.subsidyByStreet, 'amount')).toBe(budgetFen);
    const none = await t.gql(`{ statistics { subsidyByStreet(fiscalYear: 2015) { amount } subsidyByLevel(fiscalYear: 2015) { amount } } }`, {}, t.tokens.analyst);
    expect(none.data.statistics).toEqual({ subsidyByStreet: [], subsidyByLevel: [] });
    expectError(await t.gql(`{ statistics { subsidyByStreet(fiscalYear: 99999) { amount } } }`, {}, t.tokens.analyst), 'BAD_USER_INPUT', 'fiscalYear');
  });

  it('counts 14 centenarians on 2016-06-30 and residents per age band, matching ageOn row by row', async () => {
    expect(whole.centenarians).toBe(14);
    const bands = whole.residentsByAgeBand as { band: string; minAge: number; maxAge: number | null; count: number }[];
    expect(sum(bands, 'count')).toBe(alive.length);
    expect(alive.length).toBeGreaterThanOrEqual(20000);
    for (const b of bands) {
      const expected = alive.filter((r) => {
        const age = ageOn(r.birth_date, D);
        return age >= b.minAge && (b.maxAge === null || age <= b.maxAge);
      }).length;
      expect({ band: b.band, count: b.count }).toEqual({ band: b.band, count: expected });
    }
    expect(bands.filter((b) => b.band !== '<60').map((b) => b.band)).toEqual(['60-69', '70-79', '80-89', '90-99', '100+']);
    expect(bands.find((b) => b.band === '100+')!.count).toBe(14);
    if (bands[0].band === '<60') expect(bands[0].count).toBeGreaterThan(0);

    // one day later or earlier moves people across a band boundary exactly as ageOn does
    for (const asOf of ['2016-02-29', '2017-02-28']) {
      const r = await t.gql(`query($d: Date) { statistics(filter: { asOf: $d }) { centenarians residentsByAgeBand { band minAge maxAge count } } }`, { d: asOf }, t.tokens.analyst);
      const living = residents.filter((x) => x.birth_date <= asOf && (x.deceased_on === null || x.deceased_on > asOf));
      expect(r.data.statistics.centenarians).toBe(living.filter((x) => ageOn(x.birth_date, asOf) >= 100).length);
      for (const b of r.data.statistics.residentsByAgeBand) {
        expect(b.count).toBe(living.filter((x) => ageOn(x.birth_date, asOf) >= b.minAge && (b.maxAge === null || ageOn(x.birth_date, asOf) <= b.maxAge)).length);
      }
    }
  });

  it('groups the living residents by every dimension, with Chinese labels, each summing to the total', async () => {
    const total = alive.length;
    const dims = ['gender', 'street', 'community', 'registration', 'hardship', 'residence', 'disabled'];
    for (const d of dims) expect({ d, total: sum(whole[d], 'count') }).toEqual({ d, total });
    const map = (xs: any[]) => Object.fromEntries(xs.map((x) => [x.key, [x.label, x.count]]));
    expect(map(whole.gender)).toEqual({ MALE: ['男', alive.filter((r) => r.gender === 'MALE').length], FEMALE: ['女', alive.filter((r) => r.gender === 'FEMALE').length] });
    expect(map(whole.registration)).toEqual({
      REGISTERED: ['户籍', alive.filter((r) => bool(r.household_registered)).length],
      NOT_REGISTERED: ['非户籍', alive.filter((r) => !bool(r.household_registered)).length],
    });
    expect(whole.hardship[0]).toEqual({ key: 'HARDSHIP', label: '生活困难', count: alive.filter((r) => bool(r.hardship)).length });
    expect(whole.hardship[0].count).toBeGreaterThan(100);
    expect(whole.disabled[0]).toEqual({ key: 'DISABLED', label: '残疾', count: alive.filter((r) => bool(r.disabled)).length });
    expect(whole.residence.map((x: any) => x.key)).toEqual(['HOME', 'WELFARE_CENTER', 'OTHER_INSTITUTION']);
    expect(whole.residence[1]).toEqual({ key: 'WELFARE_CENTER', label: '区社会福利中心', count: alive.filter((r) => r.residence === 'WELFARE_CENTER').length });
    expect(whole.residence[1].count).toBe(280); // the report

    const streets = await t.gql(`{ streets(take: 500) { items { id name } } }`, {}, t.tokens.analyst);
    expect(whole.street).toHaveLength(10);
    for (const s of streets.data.streets.items) {
      expect(whole.street.find((x: any) => x.key === s.id)).toEqual({ key: s.id, label: s.name, count: alive.filter((r) => String(r.street_id) === s.id).length });
    }
    expect(whole.community).toHaveLength(94);
    for (const c of whole.community) expect(c.count).toBe(alive.filter((r) => String(r.community_id) === c.key).length);
  });

  it('reports exam coverage per community, cross-checked through the residents and exams list APIs', async () => {
    const rows = whole.examCoverage as any[];
    expect(rows).toHaveLength(94);
    expect(rows.every((r) => r.year === 2016)).toBe(true);
    const total = whole.examCoverageTotal;
    expect(total).toMatchObject({ communityId: null, communityName: null, streetName: null, year: 2016 });
    for (const k of ['eligible', 'scheduled', 'completed', 'missed']) expect(sum(rows, k)).toBe(total[k]);
    expect(total.eligible).toBeGreaterThan(1000);
    expect(total.completed).toBeGreaterThan(0);

    const one = [...rows].sort((a, b) => b.eligible - a.eligible)[0];
    const viaList = await t.gql(
      `query($c: ID!) {
        residents(filter: { communityId: $c, freeExamEligible: true, asOf: "${D}" }, take: 1) { totalItems }
        s: healthExams(filter: { communityId: $c, year: 2016, status: SCHEDULED }, take: 1) { totalItems }
        c: healthExams(filter: { communityId: $c, year: 2016, status: COMPLETED }, take: 1) { totalItems }
        m: healthExams(filter: { communityId: $c, year: 2016, status: MISSED }, take: 1) { totalItems }
      }`,
      { c: one.communityId },
      t.tokens.analyst,
    );
    expect(viaList.errors).toBeUndefined();
    expect(one.eligible).toBeGreaterThan(0);
    expect({ eligible: one.eligible, scheduled: one.scheduled, completed: one.completed, missed: one.missed }).toEqual({
      eligible: viaList.data.residents.totalItems,
      scheduled: viaList.data.s.totalItems,
      completed: viaList.data.c.totalItems,
      missed: viaList.data.m.totalItems,
    });
    // eligibility as the pure rule says, row by row
    const feBorn = birthDateRangeForAge(60, undefined, D).bornOnOrBefore!;
    const eligible = alive.filter((r) => String(r.community_id) === one.communityId && r.birth_date <= feBorn && bool(r.household_registered) && !bool(r.has_employer));
    expect(one.eligible).toBe(eligible.length);

    const y2015 = await t.gql(`{ statistics(filter: { asOf: "${D}" }) { examCoverageTotal(year: 2015) { year eligible completed } } }`, {}, t.tokens.analyst);
    expect(y2015.data.statistics.examCoverageTotal).toMatchObject({ year: 2015, eligible: total.eligible });
    const exams2015 = await t.gql(`{ healthExams(filter: { year: 2015, status: COMPLETED }, take: 1) { totalItems } }`, {}, t.tokens.analyst);
    expect(y2015.data.statistics.examCoverageTotal.completed).toBe(exams2015.data.healthExams.totalItems);
  });

  it('totals visits per occasion, with distinct residents and exact cash, over a date range', async () => {
    const rows = whole.visitsByOccasion as any[];
    expect(rows.map((r) => r.occasion)).toEqual(['SPRING_FESTIVAL', 'DOUBLE_NINTH', 'CENTENARIAN_BIRTHDAY', 'HOSPITAL', 'OTHER']);
    const all = await t.gql(`{ visits(take: 1) { totalItems } }`, {}, t.tokens.analyst);
    expect(sum(rows, 'visits')).toBe(all.data.visits.totalItems);
    const raw: { occasion: string; resident_id: number | null; cash_fen: unknown }[] = await t.started.ds.query(`SELECT occasion, resident_id, cash_fen FROM visit`);
    for (const r of rows) {
      const mine = raw.filter((x) => x.occasion === r.occasion);
      expect(r.visits).toBe(mine.length);
      expect(r.residents).toBe(new Set(mine.filter((x) => x.resident_id != null).map((x) => x.resident_id)).size);
      expect(fen(r.cash)).toBe(mine.reduce((a, x) => a + BigInt(String(x.cash_fen)), 0n));
    }
    const spring = await t.gql(`{ statistics { visitsByOccasion(from: "2016-01-01", to: "2016-01-31") { occasion visits } } }`, {}, t.tokens.analyst);
    const jan = await t.gql(`{ visits(filter: { visitedFrom: "2016-01-01", visitedTo: "2016-01-31" }, take: 1) { totalItems } }`, {}, t.tokens.analyst);
    expect(jan.errors).toBeUndefined();
    expect(sum(spring.data.statistics.visitsByOccasion, 'visits')).toBe(jan.data.visits.totalItems);
    expect(sum(spring.data.statistics.visitsByOccasion, 'visits')).toBeLessThan(sum(rows, 'visits'));
    expectError(await t.gql(`{ statistics { visitsByOccasion(from: "2016-02-01", to: "2016-01-01") { visits } } }`, {}, t.tokens.analyst), 'BAD_USER_INPUT', 'to');
  });

  it('totals projects per status with exact investment and beds', async () => {
    const rows = whole.projectsByStatus as any[];
    expect(rows.map((r) => r.status)).toEqual(['PROPOSED', 'APPROVED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_SERVICE', 'CANCELLED']);
    const raw: { status: string; total_investment_fen: unknown; beds_added: unknown }[] = await t.started.ds.query(`SELECT status, total_investment_fen, beds_added FROM project`);
    for (const r of rows) {
      const mine = raw.filter((x) => x.status === r.status);
      expect(r.projects).toBe(mine.length);
      expect(fen(r.investment)).toBe(mine.reduce((a, x) => a + BigInt(String(x.total_investment_fen)), 0n));
      expect(r.beds).toBe(mine.reduce((a, x) => a + Number(x.beds_added), 0));
    }
    const building = rows.find((r) => r.status === 'UNDER_CONSTRUCTION');
    expect(fen(building.investment)).toBeGreaterThanOrEqual(fen('102760000.00'));
    expect(building.beds).toBeGreaterThanOrEqual(702);
    // the report: 702 beds under construction + 260 in service = 962 (近千张)
    expect(building.beds + rows.find((r) => r.status === 'IN_SERVICE').beds).toBe(962);
  });

  it('narrows every scoped aggregate to a street, and to a community', async () => {
    const street = whole.street[0];
    const r = await t.gql(STATS, { f: { asOf: D, streetId: street.key } }, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    const s = r.data.statistics;
    const inStreet = whole.centersByStreetAndLevel.filter((x: any) => x.streetId === street.key);
    expect(s.centersByStreetAndLevel).toEqual(inStreet);
    expect(sum(s.centersByLevel, 'count')).toBe(sum(inStreet, 'count'));
    expect(sum(s.centersByLevel, 'count')).toBeLessThan(165);
    expect(s.subsidyByStreet).toEqual(whole.subsidyByStreet.filter((x: any) => x.streetId === street.key));
    expect(sumFen(s.subsidyByLevel, 'amount')).toBe(fen(s.subsidyByStreet[0].amount));
    expect(s.street).toEqual([street]);
    expect(sum(s.residentsByAgeBand, 'count')).toBe(street.count);
    expect(sum(s.gender, 'count')).toBe(street.count);
    expect(s.centenarians).toBe(alive.filter((x) => String(x.street_id) === street.key && ageOn(x.birth_date, D) >= 100).length);
    const communities = new Set(alive.filter((x) => String(x.street_id) === street.key).map((x) => String(x.community_id)));
    expect(s.community.every((c: any) => communities.has(c.key) || c.count === 0)).toBe(true);
    expect(s.examCoverage).toEqual(whole.examCoverage.filter((x: any) => x.streetName === street.label));
    expect(s.examCoverageTotal.eligible).toBe(sum(s.examCoverage, 'eligible'));
    expect(sum(s.visitsByOccasion, 'visits')).toBeLessThan(sum(whole.visitsByOccasion, 'visits'));
    const vl = await t.gql(`query($s: ID) { visits(filter: { streetId: $s }, take: 1) { totalItems } }`, { s: street.key }, t.tokens.analyst);
    expect(sum(s.visitsByOccasion, 'visits')).toBe(vl.data.visits.totalItems);
    expect(s.projectsByStatus).toEqual(whole.projectsByStatus);

    const community = s.community.find((c: any) => c.count > 0);
    const c = await t.gql(STATS, { f: { asOf: D, communityId: community.key } }, t.tokens.analyst);
    const cs = c.data.statistics;
    expect(cs.community).toEqual([community]);
    expect(cs.street).toEqual([{ ...street, count: community.count }]);
    expect(sum(cs.residentsByAgeBand, 'count')).toBe(community.count);
    expect(cs.examCoverage).toEqual(whole.examCoverage.filter((x: any) => x.communityId === community.key));
    expect(cs.examCoverageTotal).toMatchObject({ eligible: cs.examCoverage[0].eligible, completed: cs.examCoverage[0].completed });
    const cl = await t.gql(`query($c: ID) { centers(filter: { communityId: $c }, take: 1) { totalItems } }`, { c: community.key }, t.tokens.analyst);
    expect(sum(cs.centersByLevel, 'count')).toBe(cl.data.centers.totalItems);

    // a community outside the street: nothing
    const other = whole.community.find((x: any) => !communities.has(x.key));
    const none = await t.gql(STATS, { f: { asOf: D, streetId: street.key, communityId: other.key } }, t.tokens.analyst);
    expect(sum(none.data.statistics.centersByLevel, 'count')).toBe(0);
    expect(none.data.statistics.examCoverage).toEqual([]);
    expect(none.data.statistics.centenarians).toBe(0);
    expect(none.data.statistics.street).toEqual([]);
    expectError(await t.gql(STATS, { f: { streetId: 'x' } }, t.tokens.analyst), 'BAD_USER_INPUT', 'filter.streetId');
  });

  it('is readable by ANALYST, OFFICER and ADMIN, and by no anonymous caller', async () => {
    for (const token of [t.tokens.analyst, t.tokens.officer, t.tokens.admin]) {
      const r = await t.gql(`{ statistics(filter: { asOf: "${D}" }) { centenarians } }`, {}, token);
      expect(r.data.statistics.centenarians).toBe(14);
    }
    expectError(await t.gql(`{ statistics { centenarians } }`, {}, null), 'UNAUTHENTICATED');
  });

  it('sends a fixed number of statements per statistics query, whatever the number of streets', async () => {
    const q = () => t.gql(STATS, { f: { asOf: D } }, t.tokens.analyst);
    // the least of two runs: per-request work outside statistics (a once-a-minute rate-limit cleanup) cannot recur within it
    const statements = async (fn: () => Promise<unknown>) => Math.min(await t.countSql(fn), await t.countSql(fn));
    const overhead = await statements(() => t.gql(`{ statistics(filter: { asOf: "${D}" }) { asOf } }`, {}, t.tokens.analyst));
    const before = await statements(q);
    // 17 aggregate fields, exactly one statement each; the root itself sends none
    expect(before - overhead).toBe(17);
    for (let i = 0; i < 3; i++) {
      const s = await t.gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: `统计测试街道${i}` }, t.tokens.officer);
      const c = await t.gql(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: `统计测试社区${i}`, streetId: s.data.createStreet.id } }, t.tokens.officer);
      const center = await t.gql(
        `mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`,
        { i: { code: `XG-TJ-00${i}`, name: `统计测试中心${i}`, communityId: c.data.createCommunity.id, floorArea: 200, plaqueDate: '2015-01-01', elderlyCount: 800, disabledCount: 20, serviceScore: 80 } },
        t.tokens.officer,
      );
      expect(center.errors).toBeUndefined();
    }
    const after = await statements(q);
    expect(after).toBe(before);
    const r = await q();
    expect(r.data.statistics.street).toHaveLength(13);
    expect(r.data.statistics.street.filter((x: any) => x.label.startsWith('统计测试')).every((x: any) => x.count === 0)).toBe(true);
    expect(r.data.statistics.examCoverage).toHaveLength(97);
    expect(counts(r.data.statistics.centersByLevel)).toEqual(DEMO_LEVELS); // the new centers are not rated
  });
});
