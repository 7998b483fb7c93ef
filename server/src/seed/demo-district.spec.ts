import { genderFromId, validateIdNumber } from '../common/id-number';
import { ageOn, isAliveOn, isCentenarian, isFreeExamEligible } from '../common/resident-rules';
import { rateCenter } from '../modules/rating/rating.engine';
import { StarLevel } from '../modules/rating/rating.types';
import {
  DEMO_ASSESSED_ON,
  DEMO_LEVEL_COUNTS,
  DemoCenter,
  DemoDistrict,
  generateDemoDistrict,
} from './demo-district';
import { mulberry32, Prng } from './prng';

const D = DEMO_ASSESSED_ON;
const STREETS = ['桂园', '黄贝', '东门', '翠竹', '东晓', '南湖', '笋岗', '东湖', '莲塘', '清水河'].map((s) => `${s}街道`);
const THRESHOLDS = [9200, 8400, 7600, 6800, 6000];

const toJson = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));

function levelCounts(centers: DemoCenter[]): Record<StarLevel, number> {
  const counts: Record<StarLevel, number> = { FIVE: 0, FOUR: 0, THREE: 0, TWO: 0, ONE: 0, FAIL: 0, NEW: 0 };
  for (const c of centers) counts[rateCenter(c, D).level]++;
  return counts;
}

/** Checks every item, collecting the first few failures (one expect per test, not one per row: fast). */
function violations<T>(items: T[], check: (x: T) => string | null | false, limit = 5): string[] {
  const out: string[] = [];
  for (const x of items) {
    const problem = check(x);
    if (problem) out.push(problem);
    if (out.length >= limit) break;
  }
  return out;
}

function countBy<T>(items: T[], pred: (x: T) => boolean): number {
  let n = 0;
  for (const x of items) if (pred(x)) n++;
  return n;
}

describe('prng', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('int covers both ends; forks are independent of the parent’s position', () => {
    const r = new Prng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const p = new Prng(9);
    const f1 = p.fork('x').next();
    p.next();
    expect(p.fork('x').next()).toBe(f1);
    expect(p.fork('y').next()).not.toBe(f1);
  });
});

describe('generateDemoDistrict (default: seed 20160630, 20,500 residents)', () => {
  let demo: DemoDistrict;
  let elapsedMs: number;

  beforeAll(() => {
    const t0 = performance.now();
    demo = generateDemoDistrict();
    elapsedMs = performance.now() - t0;
  });

  it('is fast', () => {
    expect(elapsedMs).toBeLessThan(2000); // typically ~150 ms; loose for slow CI machines
  });

  describe('streets and communities', () => {
    it('has the 10 streets of 罗湖区 with 8–12 communities each', () => {
      expect(demo.streets.map((s) => s.name)).toEqual(STREETS);
      for (const s of demo.streets) {
        expect(s.communities.length).toBeGreaterThanOrEqual(8);
        expect(s.communities.length).toBeLessThanOrEqual(12);
        for (const c of s.communities) expect(c).toMatch(/^\p{Script=Han}+社区$/u);
      }
      const all = demo.streets.flatMap((s) => s.communities);
      expect(all).toHaveLength(94);
      expect(new Set(all).size).toBe(all.length); // unique district-wide, so association names are too
      expect(all).toEqual(expect.arrayContaining(['翠竹社区', '水贝社区', '百仕达社区', '鹏兴社区', '西岭社区', '仙湖社区', '民新社区']));
    });
  });

  describe('associations', () => {
    it('has exactly 104: 10 street-level and 94 community-level', () => {
      expect(demo.associations).toHaveLength(104);
      expect(countBy(demo.associations, (a) => a.level === 'STREET')).toBe(10);
      expect(countBy(demo.associations, (a) => a.level === 'COMMUNITY')).toBe(94);
      expect(new Set(demo.associations.map((a) => a.name)).size).toBe(104);
      expect(demo.associations.map((a) => a.name)).toEqual(expect.arrayContaining(['翠竹街道老年人协会', '百仕达社区老年协会']));
    });

    it('references existing streets and communities', () => {
      const streetOf = new Map(demo.streets.flatMap((s) => s.communities.map((c) => [c, s.name] as const)));
      for (const a of demo.associations) {
        expect(STREETS).toContain(a.street);
        if (a.level === 'STREET') expect(a.community).toBeNull();
        else expect(streetOf.get(a.community!)).toBe(a.street);
        expect(a.phone).toMatch(/^1[3-9]\d{9}$/);
        expect(a.memberCount).toBeGreaterThanOrEqual(0);
        expect(a.foundedOn <= D).toBe(true);
      }
    });

    it('member counts cover the linked residents', () => {
      const linked = new Map<string, number>();
      for (const r of demo.residents) if (r.association) linked.set(r.association, (linked.get(r.association) ?? 0) + 1);
      for (const a of demo.associations) expect(a.memberCount).toBeGreaterThanOrEqual(linked.get(a.name) ?? 0);
    });
  });

  describe('centers', () => {
    it('has 165 centers with unique codes like XG-CZ-001', () => {
      expect(demo.centers).toHaveLength(165);
      const codes = demo.centers.map((c) => c.code);
      expect(new Set(codes).size).toBe(165);
      expect(new Set(demo.centers.map((c) => c.name)).size).toBe(165);
      const prefix: Record<string, string> = {
        桂园街道: 'GY', 黄贝街道: 'HB', 东门街道: 'DM', 翠竹街道: 'CZ', 东晓街道: 'DX',
        南湖街道: 'NH', 笋岗街道: 'SG', 东湖街道: 'DH', 莲塘街道: 'LT', 清水河街道: 'QSH',
      };
      for (const c of demo.centers) {
        expect(c.code).toMatch(new RegExp(`^XG-${prefix[c.street]}-\\d{3}$`));
        expect(c.name.startsWith(`${c.community}星光老年之家`)).toBe(true);
        expect(demo.streets.find((s) => s.name === c.street)!.communities).toContain(c.community);
        expect(c.status).toBe('ACTIVE');
        expect(c.contactPhone).toMatch(/^1[3-9]\d{9}$/);
      }
      expect(codes).toContain('XG-CZ-001');
    });

    it('rates FIVE 5, FOUR 28, THREE 80, TWO 37, ONE 10, FAIL 2, NEW 3 with the default scheme on 2016-06-30', () => {
      expect(levelCounts(demo.centers)).toEqual(DEMO_LEVEL_COUNTS);
    });

    it('gets there by design: totals keep at least 0.5 points from every threshold', () => {
      for (const c of demo.centers) {
        const r = rateCenter(c, D);
        if (r.level === 'NEW' || r.rule === 'VETO') continue;
        for (const t of THRESHOLDS) expect(Math.abs(r.total! - t)).toBeGreaterThanOrEqual(50);
        expect(r.serviceScore!).toBeGreaterThanOrEqual(5500); // far from the 50.0 veto
      }
    });

    it('fails one center by veto (service < 50) and one by a low total', () => {
      const failed = demo.centers.map((c) => rateCenter(c, D)).filter((r) => r.level === 'FAIL');
      expect(failed.map((r) => r.rule).sort()).toEqual(['THRESHOLD', 'VETO']);
      const veto = failed.find((r) => r.rule === 'VETO')!;
      expect(veto.serviceScore!).toBeLessThan(5000);
      expect(veto.total!).toBeGreaterThanOrEqual(6000); // only the veto fails it
      expect(failed.find((r) => r.rule === 'THRESHOLD')!.total!).toBeLessThan(5500);
    });

    it('has natural inputs: 80–600 m², plaques 2008 – 2016-06-30, NEW ones within the last 12 months', () => {
      for (const c of demo.centers) {
        expect(c.floorAreaCenti).toBeGreaterThanOrEqual(8000);
        expect(c.floorAreaCenti).toBeLessThanOrEqual(60000);
        expect(c.plaqueDate >= '2008-01-01' && c.plaqueDate <= D).toBe(true);
        expect(c.serviceScoreTenths).toBeGreaterThanOrEqual(0);
        expect(c.serviceScoreTenths).toBeLessThanOrEqual(1000);
        expect(c.elderlyCount).toBeGreaterThan(c.disabledCount);
        if (rateCenter(c, D).level === 'NEW') expect(c.plaqueDate > '2015-06-30').toBe(true);
      }
      const years = new Set(demo.centers.map((c) => c.plaqueDate.slice(0, 4)));
      expect([...years].sort()).toEqual(['2008', '2009', '2010', '2011', '2012', '2013', '2014', '2015', '2016']);
      expect(new Set(demo.centers.map((c) => c.serviceScoreTenths)).size).toBeGreaterThan(100);
    });

    it('links some centers to their own community association', () => {
      const names = new Set(demo.associations.map((a) => a.name));
      const linked = demo.centers.filter((c) => c.association !== null);
      expect(linked.length).toBeGreaterThan(50);
      expect(linked.length).toBeLessThan(165);
      for (const c of linked) {
        expect(c.association).toBe(`${c.community}老年协会`);
        expect(names.has(c.association!)).toBe(true);
      }
    });
  });

  describe('residents', () => {
    it('has 20,500 residents, all 60+ and born 1910–1956', () => {
      expect(demo.residents.length).toBe(20_500);
      expect(
        violations(demo.residents, (r) =>
          ageOn(r.birthDate, D) < 60 || r.birthDate < '1910-01-01' || r.birthDate > '1956-12-31' ? r.birthDate : null,
        ),
      ).toEqual([]);
    });

    it('has exactly 14 centenarians, all alive', () => {
      const centenarians = demo.residents.filter((r) => isCentenarian(r.birthDate, D));
      expect(centenarians).toHaveLength(14);
      for (const c of centenarians) expect(isAliveOn(c.deceasedOn, D)).toBe(true);
    });

    it('has 101–150 in hardship (alive), exactly 280 in the welfare center (alive)', () => {
      const hardship = demo.residents.filter((r) => r.hardship);
      expect(hardship.length).toBeGreaterThanOrEqual(101);
      expect(hardship.length).toBeLessThanOrEqual(150);
      for (const h of hardship) expect(h.deceasedOn).toBeNull();
      const welfare = demo.residents.filter((r) => r.residence === 'WELFARE_CENTER');
      expect(welfare).toHaveLength(280);
      for (const w of welfare) expect(w.deceasedOn).toBeNull();
      expect(countBy(demo.residents, (r) => r.residence === 'OTHER_INSTITUTION')).toBeGreaterThan(0);
    });

    it('has valid, unique ID numbers matching birth date and gender', () => {
      expect(
        violations(demo.residents, (r) => {
          const v = validateIdNumber(r.idNumber, r.birthDate);
          if (!v.ok) return `${r.idNumber} ${r.birthDate}: ${v.message}`;
          return genderFromId(r.idNumber) !== r.gender && `${r.idNumber}: gender ${r.gender}`;
        }),
      ).toEqual([]);
      expect(new Set(demo.residents.map((r) => r.idNumber)).size).toBe(demo.residents.length);
      const local = countBy(demo.residents, (r) => r.idNumber.startsWith('440303'));
      expect(local / demo.residents.length).toBeGreaterThan(0.7);
      expect(countBy(demo.residents, (r) => !r.idNumber.startsWith('4403'))).toBeGreaterThan(1000);
      expect(countBy(demo.residents, (r) => !r.idNumber.startsWith('4403') && r.householdRegistered)).toBe(0);
    });

    it('has the expected proportions', () => {
      const n = demo.residents.length;
      const share = (pred: (r: DemoDistrict['residents'][number]) => boolean) => countBy(demo.residents, pred) / n;
      expect(share((r) => r.householdRegistered)).toBeCloseTo(0.85, 1);
      expect(share((r) => r.hasEmployer)).toBeCloseTo(0.2, 1);
      expect(share((r) => r.disabled)).toBeCloseTo(0.05, 1);
      expect(share((r) => r.deceasedOn !== null)).toBeGreaterThan(0.012);
      expect(share((r) => r.deceasedOn !== null)).toBeLessThan(0.028);
      expect(share((r) => r.association !== null)).toBeGreaterThan(0.34);
      expect(share((r) => r.association !== null)).toBeLessThan(0.45);
      expect(share((r) => r.gender === 'FEMALE')).toBeGreaterThan(0.5);
      expect(share((r) => r.phone === null)).toBeLessThan(0.4);
    });

    it('has consistent fields', () => {
      const streetOf = new Map(demo.streets.flatMap((s) => s.communities.map((c) => [c, s.name] as const)));
      const problems = violations(demo.residents, (r) => {
        if (streetOf.get(r.community) !== r.street) return `${r.idNumber}: ${r.community} is not in ${r.street}`;
        if (!/^\p{Script=Han}{2,4}$/u.test(r.name)) return `${r.idNumber}: name ${r.name}`;
        if (r.phone !== null && !/^1[3-9]\d{9}$/.test(r.phone)) return `${r.idNumber}: phone ${r.phone}`;
        if (r.association !== null && r.association !== `${r.community}老年协会`) return `${r.idNumber}: ${r.association}`;
        if (r.deceasedOn !== null) {
          if (r.deceasedOn < '2014-01-01' || r.deceasedOn > D) return `${r.idNumber}: died ${r.deceasedOn}`;
          if (ageOn(r.birthDate, r.deceasedOn) < 60) return `${r.idNumber}: died before 60`;
          if (isCentenarian(r.birthDate, D)) return `${r.idNumber}: a deceased centenarian`;
        }
        return null;
      });
      expect(problems).toEqual([]);
    });
  });

  describe('exams', () => {
    it('are only for residents eligible on 2016-06-30 and on the scheduled date, one per resident and year', () => {
      const byId = new Map(demo.residents.map((r) => [r.idNumber, r]));
      const keys = new Set<string>();
      const problems = violations(demo.exams, (e) => {
        const r = byId.get(e.residentIdNumber);
        if (!r) return `${e.residentIdNumber}: no such resident`;
        if (!isFreeExamEligible(r, D)) return `${e.residentIdNumber}: not eligible on ${D}`;
        if (!isFreeExamEligible(r, e.scheduledOn)) return `${e.residentIdNumber}: not eligible on ${e.scheduledOn}`;
        const key = `${e.residentIdNumber}/${e.year}`;
        if (keys.has(key)) return `${key}: two exams`;
        keys.add(key);
        return null;
      });
      expect(problems).toEqual([]);
      expect(keys.size).toBe(demo.exams.length);
      expect(demo.exams.length).toBeGreaterThan(5000);
    });

    it('have consistent dates and statuses', () => {
      const problems = violations(demo.exams, (e) => {
        const k = `${e.residentIdNumber}/${e.year}`;
        if (e.scheduledOn.slice(0, 4) !== String(e.year)) return `${k}: scheduled ${e.scheduledOn}`;
        if ((e.completedOn !== null) !== (e.status === 'COMPLETED')) return `${k}: ${e.status} with completedOn ${e.completedOn}`;
        if (e.completedOn && (e.completedOn < e.scheduledOn || e.completedOn > D)) return `${k}: completed ${e.completedOn}`;
        if (e.year === 2015 && e.status === 'SCHEDULED') return `${k}: still SCHEDULED`;
        if (e.year === 2016 && e.scheduledOn < '2016-05-18') return `${k}: scheduled before the 2016-05-18 meeting`;
        if (e.status === 'SCHEDULED' && e.scheduledOn <= '2016-06-24') return `${k}: SCHEDULED in the past`;
        if (!/^(罗湖区人民医院|罗湖区中医院|\p{Script=Han}+社康中心)$/u.test(e.provider)) return `${k}: provider ${e.provider}`;
        return null;
      });
      expect(problems).toEqual([]);
      const statuses = (year: number) => new Set(demo.exams.filter((e) => e.year === year).map((e) => e.status));
      expect(statuses(2015)).toEqual(new Set(['COMPLETED', 'MISSED']));
      expect(statuses(2016)).toEqual(new Set(['SCHEDULED', 'COMPLETED', 'MISSED']));
    });
  });

  describe('visits', () => {
    it('visit all 14 centenarians and every resident in hardship at the 2016 Spring Festival', () => {
      const spring = demo.visits.filter((v) => v.occasion === 'SPRING_FESTIVAL');
      const visited = new Set(spring.map((v) => v.residentIdNumber));
      for (const r of demo.residents) {
        if (isCentenarian(r.birthDate, D) || r.hardship) expect(visited.has(r.idNumber)).toBe(true);
      }
      for (const v of spring) expect(v.visitedOn >= '2016-01-20' && v.visitedOn <= '2016-02-07').toBe(true);
      const centenarianIds = new Set(demo.residents.filter((r) => isCentenarian(r.birthDate, D)).map((r) => r.idNumber));
      expect(spring.filter((v) => centenarianIds.has(v.residentIdNumber ?? '')).every((v) => v.cashFen === 100000n)).toBe(true);
      expect(spring.some((v) => v.cashFen === 50000n)).toBe(true);
      expect(spring.some((v) => v.centerCode !== null)).toBe(true);
    });

    it('reference living residents and open centers, with cash in fen', () => {
      const byId = new Map(demo.residents.map((r) => [r.idNumber, r]));
      const byCode = new Map(demo.centers.map((c) => [c.code, c]));
      for (const v of demo.visits) {
        expect(v.residentIdNumber !== null || v.centerCode !== null).toBe(true);
        if (v.residentIdNumber) expect(isAliveOn(byId.get(v.residentIdNumber)!.deceasedOn, v.visitedOn)).toBe(true);
        if (v.centerCode) expect(byCode.get(v.centerCode)!.plaqueDate <= v.visitedOn).toBe(true);
        expect(typeof v.cashFen).toBe('bigint');
        expect(v.cashFen >= 0n).toBe(true);
        expect(v.visitedOn <= D).toBe(true);
        expect(v.visitingUnit.length).toBeGreaterThan(0);
      }
      const occasions = new Set(demo.visits.map((v) => v.occasion));
      for (const o of ['SPRING_FESTIVAL', 'DOUBLE_NINTH', 'HOSPITAL'] as const) expect(occasions.has(o)).toBe(true);
      expect(demo.visits.filter((v) => v.occasion === 'DOUBLE_NINTH').every((v) => v.visitedOn === '2015-10-21')).toBe(true);
      const dates = demo.visits.map((v) => v.visitedOn);
      expect(dates).toEqual([...dates].sort());
    });
  });

  describe('projects', () => {
    it('has the report’s figures', () => {
      const byName = new Map(demo.projects.map((p) => [p.name, p]));
      const phase2 = byName.get('区社会福利中心二期工程')!;
      expect(phase2).toMatchObject({
        category: 'PUBLIC_INSTITUTION',
        status: 'UNDER_CONSTRUCTION',
        totalInvestmentFen: 10276000000n,
        bedsAdded: 702,
        leadUnit: '区民政局',
      });
      expect(phase2.startedOn!.slice(0, 7)).toBe('2016-04');
      expect(phase2.plannedCompletionOn!.slice(0, 4)).toBe('2018');
      expect(phase2.approvalRef).toMatch(/^罗发改〔2015〕\d+号$/);
      const phase1 = byName.get('区社会福利中心一期（福利大厦）')!;
      expect(phase1).toMatchObject({ category: 'PUBLIC_INSTITUTION', status: 'IN_SERVICE', bedsAdded: 260 });
      const beds = demo.projects
        .filter((p) => p.status === 'UNDER_CONSTRUCTION' || p.status === 'IN_SERVICE')
        .reduce((sum, p) => sum + p.bedsAdded, 0);
      expect(beds).toBe(962);
      expect(byName.get('德福居家养老服务中心')).toMatchObject({ category: 'HOME_CARE_CENTER', status: 'IN_SERVICE', bedsAdded: 0 });
      expect(byName.get('社区老人日间照料中心')).toMatchObject({ category: 'DAY_CARE_CENTER', status: 'APPROVED' });
      expect(byName.get('康馨民营养老服务中心')).toMatchObject({ category: 'PRIVATE_INSTITUTION', status: 'PROPOSED' });
      expect(byName.get('养老服务员培训')).toMatchObject({ category: 'TRAINING', status: 'COMPLETED', bedsAdded: 0 });
      for (const p of demo.projects) {
        expect(typeof p.totalInvestmentFen).toBe('bigint');
        for (const e of p.progress) expect(e.percent >= 0 && e.percent <= 100 && Number.isInteger(e.percent)).toBe(true);
      }
    });
  });
});

describe('generateDemoDistrict determinism and options', () => {
  it('same seed → identical output', () => {
    const a = generateDemoDistrict({ seed: 7, residents: 1200 });
    const b = generateDemoDistrict({ seed: 7, residents: 1200 });
    expect(toJson(a)).toBe(toJson(b));
    expect(a.residents).toHaveLength(1200);
  });

  it('different seed → different data', () => {
    const a = generateDemoDistrict({ seed: 7, residents: 1000 });
    const b = generateDemoDistrict({ seed: 8, residents: 1000 });
    expect(toJson(a.residents)).not.toBe(toJson(b.residents));
    expect(toJson(a.centers)).not.toBe(toJson(b.centers));
  });

  it('centers do not depend on the resident count', () => {
    expect(toJson(generateDemoDistrict({ seed: 5, residents: 1000 }).centers)).toBe(
      toJson(generateDemoDistrict({ seed: 5, residents: 3000 }).centers),
    );
  });

  it.each([1, 2, 3, 42, 0xdeadbeef])('keeps every reference figure with seed %s', (seed) => {
    const demo = generateDemoDistrict({ seed, residents: 1000 });
    expect(levelCounts(demo.centers)).toEqual(DEMO_LEVEL_COUNTS);
    expect(demo.associations).toHaveLength(104);
    expect(countBy(demo.residents, (r) => isCentenarian(r.birthDate, D) && isAliveOn(r.deceasedOn, D))).toBe(14);
    expect(countBy(demo.residents, (r) => isCentenarian(r.birthDate, D))).toBe(14);
    expect(countBy(demo.residents, (r) => r.residence === 'WELFARE_CENTER')).toBe(280);
    const hardship = countBy(demo.residents, (r) => r.hardship);
    expect(hardship >= 101 && hardship <= 150).toBe(true);
    expect(new Set(demo.residents.map((r) => r.idNumber)).size).toBe(1000);
  });

  it('rejects too few residents and a non-integer seed', () => {
    expect(() => generateDemoDistrict({ residents: 999 })).toThrow(RangeError);
    expect(() => generateDemoDistrict({ seed: 1.5 })).toThrow(RangeError);
  });
});
