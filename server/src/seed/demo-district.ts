/**
 * The demo district (DOMAIN.md, "Reference figures: the demo district") as plain data: Shenzhen's 罗湖区
 * (440303) in mid-2016, generated deterministically from a seed. No database here; references between
 * records use natural keys (street and community names, association names, center codes, ID numbers) and
 * a loader maps them to ids.
 *
 * Exact figures, for every seed and every resident count ≥ DEMO_MIN_RESIDENTS, as of DEMO_ASSESSED_ON:
 * 10 streets, 94 communities, 104 associations, 165 centers rating FIVE 5 / FOUR 28 / THREE 80 / TWO 37 /
 * ONE 10 / FAIL 2 / NEW 3 under the default scheme, 14 living centenarians, 101–150 in hardship, 280 in the
 * welfare center, and the report's projects (10,276万元, 702 + 260 = 962 beds).
 *
 * Streets and centers come from their own PRNG streams, so changing the resident count does not change them.
 */
import { makeIdNumber } from '../common/id-number';
import { addDays, formatIsoDate, fromDayNumber, isLeapYear, toDayNumber } from '../common/dates';
import { ageOn, birthDateRangeForAge, isAliveOn, isFreeExamEligible } from '../common/resident-rules';
import { Prng, WeightedTable } from './prng';

// ---------------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------------

export type DemoGender = 'MALE' | 'FEMALE';
export type DemoResidence = 'HOME' | 'WELFARE_CENTER' | 'OTHER_INSTITUTION';
export type DemoExamStatus = 'SCHEDULED' | 'COMPLETED' | 'MISSED';
export type DemoVisitOccasion = 'SPRING_FESTIVAL' | 'DOUBLE_NINTH' | 'CENTENARIAN_BIRTHDAY' | 'HOSPITAL' | 'OTHER';
export type DemoProjectCategory =
  | 'PUBLIC_INSTITUTION'
  | 'HOME_CARE_CENTER'
  | 'DAY_CARE_CENTER'
  | 'PRIVATE_INSTITUTION'
  | 'TRAINING'
  | 'OTHER';
export type DemoProjectStatus = 'PROPOSED' | 'APPROVED' | 'UNDER_CONSTRUCTION' | 'COMPLETED' | 'IN_SERVICE' | 'CANCELLED';

export interface DemoStreet {
  name: string;
  communities: string[];
}

export interface DemoAssociation {
  name: string;
  level: 'STREET' | 'COMMUNITY';
  street: string;
  community: string | null;
  presidentName: string;
  phone: string;
  memberCount: number;
  foundedOn: string;
}

export interface DemoCenter {
  code: string;
  name: string;
  street: string;
  community: string;
  address: string;
  floorAreaCenti: number;
  plaqueDate: string;
  elderlyCount: number;
  disabledCount: number;
  serviceScoreTenths: number;
  status: 'ACTIVE';
  association: string | null;
  contactName: string;
  contactPhone: string;
}

export interface DemoResident {
  name: string;
  gender: DemoGender;
  idNumber: string;
  birthDate: string;
  phone: string | null;
  street: string;
  community: string;
  householdRegistered: boolean;
  hasEmployer: boolean;
  hardship: boolean;
  disabled: boolean;
  residence: DemoResidence;
  association: string | null;
  deceasedOn: string | null;
}

export interface DemoExam {
  residentIdNumber: string;
  year: number;
  scheduledOn: string;
  provider: string;
  status: DemoExamStatus;
  completedOn: string | null;
  notes: string | null;
}

export interface DemoVisit {
  visitedOn: string;
  occasion: DemoVisitOccasion;
  residentIdNumber: string | null;
  centerCode: string | null;
  cashFen: bigint;
  goods: string | null;
  visitingUnit: string;
}

export interface DemoProjectProgress {
  reportedOn: string;
  percent: number;
  note: string;
}

export interface DemoProject {
  name: string;
  category: DemoProjectCategory;
  status: DemoProjectStatus;
  totalInvestmentFen: bigint;
  floorAreaCenti: number | null;
  bedsAdded: number;
  startedOn: string | null;
  plannedCompletionOn: string | null;
  completedOn: string | null;
  leadUnit: string;
  approvalRef: string | null;
  progress: DemoProjectProgress[];
}

export interface DemoDistrict {
  streets: DemoStreet[];
  associations: DemoAssociation[];
  centers: DemoCenter[];
  residents: DemoResident[];
  exams: DemoExam[];
  visits: DemoVisit[];
  projects: DemoProject[];
}

export interface DemoDistrictOptions {
  /** PRNG seed (any 32-bit integer). Default DEMO_DEFAULT_SEED. */
  seed?: number;
  /** Number of residents, at least DEMO_MIN_RESIDENTS. Default 20,500 (the demo needs ≥ 20,000). */
  residents?: number;
}

// ---------------------------------------------------------------------------------------------------
// Reference figures
// ---------------------------------------------------------------------------------------------------

/** The assessment date of the demo rating and the "as of" date of every demo figure. */
export const DEMO_ASSESSED_ON = '2016-06-30';
export const DEMO_DEFAULT_SEED = 20160630;
export const DEMO_DEFAULT_RESIDENTS = 20_500;
/** Below this the fixed subsets (280 in the welfare center, hardship, centenarians) no longer fit naturally. */
export const DEMO_MIN_RESIDENTS = 1_000;
export const DEMO_REGION_CODE = '440303';

/** Star levels of the 165 centers under the default scheme on DEMO_ASSESSED_ON (the report's figures). */
export const DEMO_LEVEL_COUNTS = { FIVE: 5, FOUR: 28, THREE: 80, TWO: 37, ONE: 10, FAIL: 2, NEW: 3 } as const;
export const DEMO_CENTER_COUNT = 165;
export const DEMO_ASSOCIATION_COUNT = 104;
export const DEMO_CENTENARIANS = 14;
export const DEMO_WELFARE_CENTER_RESIDENTS = 280;
export const DEMO_HARDSHIP_RANGE = [101, 150] as const;

// ---------------------------------------------------------------------------------------------------
// Static tables
// ---------------------------------------------------------------------------------------------------

export interface DemoStreetDef {
  name: string;
  /** Pinyin initials used in center codes (XG-CZ-001). */
  code: string;
  communities: string[];
  roads: string[];
}

/** The ten streets of 罗湖区 and 94 communities (names unique across the district). */
export const DEMO_STREETS: readonly DemoStreetDef[] = [
  {
    name: '桂园街道',
    code: 'GY',
    communities: ['松园', '鹿丹', '老围', '人民桥', '新围', '大塘龙', '红村', '北斗', '桂木园'],
    roads: ['解放路', '宝安南路', '松园路', '红宝路', '人民北路'],
  },
  {
    name: '黄贝街道',
    code: 'HB',
    communities: ['黄贝岭', '新秀', '罗芳', '凤凰', '新谊', '文华', '碧波', '怡景', '滨河', '安业'],
    roads: ['沿河南路', '黄贝路', '新秀路', '罗芳路', '怡景路'],
  },
  {
    name: '东门街道',
    code: 'DM',
    communities: ['东门', '湖贝', '立新', '城东', '花场', '向西', '新园', '赤水洞', '螺岭'],
    roads: ['东门中路', '湖贝路', '深南东路', '新园路', '立新路'],
  },
  {
    name: '翠竹街道',
    code: 'CZ',
    communities: ['翠竹', '水贝', '百仕达', '民新', '田贝', '翠锦', '翠宁', '翠达', '木头龙', '翠平', '翠岭'],
    roads: ['翠竹路', '太宁路', '贝丽路', '田贝一路', '水贝二路'],
  },
  {
    name: '东晓街道',
    code: 'DX',
    communities: ['东晓', '独树', '兰花', '松泉', '绿景', '草埔东', '草埔西', '马山', '太白', '翠鹏'],
    roads: ['东晓路', '草埔路', '兰花路', '太白路', '松泉路'],
  },
  {
    name: '南湖街道',
    code: 'NH',
    communities: ['渔邨', '嘉北', '新南', '文锦', '东站', '友谊', '罗湖', '南湖', '嘉南'],
    roads: ['人民南路', '嘉宾路', '春风路', '建设路', '南湖路'],
  },
  {
    name: '笋岗街道',
    code: 'SG',
    communities: ['笋岗', '笋西', '田心', '洪湖', '宝岗', '湖景', '梨园', '笋南'],
    roads: ['笋岗路', '宝岗路', '洪湖路', '田心路'],
  },
  {
    name: '东湖街道',
    code: 'DH',
    communities: ['东湖', '布心', '大望', '梧桐山', '东乐', '金湖', '翠湖', '水库', '新平', '金岭'],
    roads: ['布心路', '东湖路', '沿河北路', '爱国路', '太安路'],
  },
  {
    name: '莲塘街道',
    code: 'LT',
    communities: ['莲塘', '鹏兴', '西岭', '仙湖', '坳下', '长岭', '畔山', '国威', '聚宝', '莲馨'],
    roads: ['莲塘路', '国威路', '罗沙路', '畔山路', '仙湖路'],
  },
  {
    name: '清水河街道',
    code: 'QSH',
    communities: ['清水河', '红岗', '玉龙', '坭岗', '银湖', '清湖', '三角楼', '梅园'],
    roads: ['清水河一路', '红岗路', '泥岗路', '银湖路'],
  },
].map((s) => ({ ...s, communities: s.communities.map((c) => `${c}社区`) }));

const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 8], ['李', 7], ['王', 6.5], ['张', 6], ['刘', 5.4], ['黄', 5], ['林', 3.5], ['杨', 3.1], ['吴', 3],
  ['梁', 2.5], ['赵', 2.2], ['周', 1.8], ['何', 2], ['罗', 2], ['郑', 2], ['徐', 1.5], ['孙', 1.4], ['马', 1.1],
  ['朱', 1.2], ['胡', 1.1], ['郭', 1.1], ['高', 0.9], ['谢', 1.5], ['宋', 0.6], ['唐', 0.6], ['许', 1.2],
  ['邓', 1.5], ['冯', 0.7], ['韩', 0.5], ['曾', 1.5], ['彭', 0.6], ['蔡', 1], ['潘', 0.5], ['钟', 1], ['叶', 1],
  ['卢', 0.6], ['袁', 0.5], ['肖', 0.5], ['曹', 0.4], ['邱', 0.4], ['温', 0.5], ['赖', 0.5], ['廖', 0.8],
  ['欧阳', 0.15], ['司徒', 0.06],
];

const MALE_GIVEN = [
  '德明', '国华', '志强', '振华', '永福', '文彬', '德胜', '庆祥', '玉林', '树森', '志明', '家骏', '炳坤', '耀祖',
  '锦荣', '汉章', '福生', '金水', '宝山', '兆祥', '荣生', '国栋', '维新', '少华', '伟民', '鸿儒', '汉明', '国雄',
  '志雄', '永康', '启明', '俊生', '桂林', '春生', '长发', '瑞麟', '绍基', '泽民', '树华', '德华', '焕章', '广才',
  '润生', '灿明', '景辉', '伯良', '学文', '德才', '子华', '振邦',
];
/** Born 1949 or later. */
const MALE_GIVEN_NEW = [
  '建国', '国庆', '建华', '建新', '卫国', '援朝', '解放', '新民', '跃华', '志刚', '国强', '建平', '和平', '胜利',
  '建军', '立新', '国平', '振兴',
];
const FEMALE_GIVEN = [
  '秀英', '桂英', '淑珍', '玉兰', '秀兰', '桂兰', '凤英', '玉珍', '淑英', '秀珍', '翠花', '素珍', '月娥', '金凤',
  '玉梅', '秀芳', '惠珍', '玉英', '淑华', '桂芳', '秀云', '凤兰', '亚娣', '带娣', '婉仪', '少芳', '惠芳', '丽芬',
  '玉莲', '银娣', '金娣', '瑞英', '月英', '桂珍', '淑贞', '秀琼', '玉琼', '凤仙', '彩凤', '美玉', '佩玲', '碧霞',
  '丽卿', '玉霞', '秀梅',
];
/** Born 1949 or later. */
const FEMALE_GIVEN_NEW = [
  '建英', '国英', '秀华', '丽华', '美华', '春梅', '红英', '桂香', '凤琴', '玉华', '建萍', '爱华', '新华', '淑芬',
  '丽萍', '秀琴',
];
const MALE_SINGLE = ['强', '军', '华', '勇', '明', '斌', '林', '伟', '忠', '海', '平', '坤'];
const FEMALE_SINGLE = ['英', '芳', '华', '兰', '珍', '霞', '萍', '娟', '梅', '琼', '莲', '凤'];
/** Center staff, born 1965–1990. */
const MALE_GIVEN_YOUNG = ['志伟', '海涛', '伟强', '建军', '文杰', '俊杰', '晓东', '振宇', '家豪', '国栋', '永健', '锦华'];
const FEMALE_GIVEN_YOUNG = ['丽娟', '小燕', '海燕', '晓红', '丽萍', '慧敏', '敏仪', '嘉欣', '雪梅', '婷婷', '晓琳', '美玲'];

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '158', '159',
  '177', '180', '181', '182', '183', '186', '188', '189',
];

/** Other districts of Shenzhen (市辖区 and the districts of the 1990s). */
export const SHENZHEN_OTHER_REGIONS = ['440301', '440304', '440305', '440306', '440307', '440308'];
/** Places the non-registered elderly came from (ID issued there). */
export const OTHER_PROVINCE_REGIONS = [
  '441402', '445102', '440511', '441302', '440106', '440104', '441502', '440902', '430102', '430104', '360102',
  '420106', '450103', '510104', '350203', '350102', '110105', '310104', '230103', '210102', '370102', '410105',
  '320106', '330106', '610103', '440803', '441224', '441622',
];

export const EXAM_FINDINGS = [
  '血压偏高，建议复查',
  '血糖偏高，建议内分泌科随访',
  '血脂偏高',
  '心电图大致正常',
  '未见明显异常',
  '建议眼科复查',
  '骨密度降低，注意防跌倒',
];
export const EXAM_MISSED = ['电话通知未到', '外出未归', '住院中', '本人放弃', '回老家探亲'];

// ---------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------

const D = DEMO_ASSESSED_ON;

export function randomDate(rng: Prng, from: string, to: string): string {
  return fromDayNumber(rng.int(toDayNumber(from), toDayNumber(to)));
}

/** A date on a weekday or Saturday (exams and visits are not scheduled on Sundays). */
export function notSunday(date: string): string {
  const n = toDayNumber(date);
  return (n + 4) % 7 === 0 ? fromDayNumber(n + 1) : date; // day 0 (1970-01-01) was a Thursday
}

/** The date of the `years`-th birthday (29 February → 28 February in non-leap years). */
export function anniversary(birthDate: string, years: number): string {
  const y = Number(birthDate.slice(0, 4)) + years;
  const md = birthDate.slice(5);
  return md === '02-29' && !isLeapYear(y) ? `${y}-02-28` : `${y}-${md}`;
}

export function mobile(rng: Prng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

export type NameEra = 'OLD' | 'NEW' | 'YOUNG';

const SURNAME_TABLE = new WeightedTable(SURNAMES);

export function personName(rng: Prng, gender: DemoGender, era: NameEra): string {
  const surname = SURNAME_TABLE.pick(rng);
  const male = gender === 'MALE';
  if (era === 'YOUNG') return surname + rng.pick(male ? MALE_GIVEN_YOUNG : FEMALE_GIVEN_YOUNG);
  if (surname.length === 1 && rng.chance(0.1)) return surname + rng.pick(male ? MALE_SINGLE : FEMALE_SINGLE);
  if (era === 'NEW' && rng.chance(0.35)) return surname + rng.pick(male ? MALE_GIVEN_NEW : FEMALE_GIVEN_NEW);
  return surname + rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
}

export function communityAssociationName(community: string): string {
  return `${community}老年协会`;
}

export function streetAssociationName(street: string): string {
  return `${street}老年人协会`;
}

// ---------------------------------------------------------------------------------------------------
// Centers: inputs designed per star level
// ---------------------------------------------------------------------------------------------------

type CenterKind = 'FIVE' | 'FOUR' | 'THREE' | 'TWO' | 'ONE' | 'FAIL_VETO' | 'FAIL_LOW' | 'NEW';

interface CenterDesign {
  /** Plaque years (inclusive); rated centers get a date on or before 2015-05-31, NEW ones use `plaque`. */
  years: [number, number];
  /** Floor area in m² (drawn in steps of 0.5 m²). */
  area: [number, number];
  /** elderlyCount + disabledCount. */
  people: [number, number];
  /** Target total (points) — the service score is solved from it. Bands keep ≥ 1 point from each threshold. */
  total?: [number, number];
  /** Otherwise the service score (points) is drawn from this range. */
  service?: [number, number];
  /** Plaque date range for NEW centers. */
  plaque?: [string, string];
}

/**
 * Bands per level. Totals sit at least 1 point inside the level's band (thresholds 92/84/76/68/60), and
 * the service score of a rated center is 55.0–99.5, far from the 50 veto; the FAIL-by-veto center has
 * 42.0–47.5 with every other sub-score at 100 (a total near 70 that would be TWO without the veto); the
 * FAIL-by-total center scores about 45; NEW centers got their plaque 2015-08-01 … 2016-05-31.
 */
const DESIGNS: Record<CenterKind, CenterDesign> = {
  FIVE: { years: [2008, 2010], area: [320, 600], people: [1450, 2600], total: [93, 97.5] },
  FOUR: { years: [2008, 2012], area: [220, 520], people: [1000, 2400], total: [85, 91] },
  THREE: { years: [2009, 2014], area: [150, 450], people: [700, 2000], total: [77, 83] },
  TWO: { years: [2010, 2015], area: [100, 320], people: [500, 1500], total: [69, 75] },
  ONE: { years: [2012, 2015], area: [80, 220], people: [300, 1100], total: [61, 67] },
  FAIL_VETO: { years: [2009, 2010], area: [300, 420], people: [1500, 2000], service: [42, 47.5] },
  FAIL_LOW: { years: [2014, 2014], area: [80, 95], people: [300, 400], service: [55, 62] },
  NEW: { years: [2015, 2016], area: [120, 320], people: [400, 1300], service: [70, 92], plaque: ['2015-08-01', '2016-05-31'] },
};

const SERVICE_MIN_RATED = 55;
const SERVICE_MAX = 99.5;
/** Rated plaque dates stay before this, so every rated center is open at least one full year with margin. */
const RATED_PLAQUE_LATEST = '2015-05-31';

interface CenterInputs {
  floorAreaCenti: number;
  plaqueDate: string;
  elderlyCount: number;
  disabledCount: number;
  serviceScoreTenths: number;
}

/** A plaque date in the given years, avoiding 20 June – 10 July (anniversaries near the assessment date)
 *  and the 29th–31st (no leap-day ambiguity). */
function plaqueDateIn(rng: Prng, years: [number, number]): string {
  for (;;) {
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    if ((month === 6 && day >= 20) || (month === 7 && day <= 10)) continue;
    const date = formatIsoDate(rng.int(years[0], years[1]), month, day);
    if (date <= RATED_PLAQUE_LATEST) return date;
  }
}

function designCenter(kind: CenterKind, rng: Prng): CenterInputs {
  const d = DESIGNS[kind];
  for (let attempt = 0; attempt < 100_000; attempt++) {
    const plaqueDate = d.plaque ? randomDate(rng, d.plaque[0], d.plaque[1]) : plaqueDateIn(rng, d.years);
    const floorAreaCenti = rng.int(d.area[0] * 2, d.area[1] * 2) * 50;
    const people = rng.int(d.people[0], d.people[1]);
    const disabledCount = Math.round(people * (0.04 + 0.05 * rng.next()));
    const elderlyCount = people - disabledCount;
    // The default scheme's sub-scores (points); only used to aim, with a margin far above any rounding.
    const area = Math.min(100, floorAreaCenti / 300);
    const seniority = Math.min(100, 20 * Math.max(0, ageOn(plaqueDate, D)));
    const population = Math.min(100, people / 15);
    const others = 0.15 * area + 0.1 * seniority + 0.2 * population;
    let serviceScoreTenths: number;
    if (d.total) {
      const target = d.total[0] + (d.total[1] - d.total[0]) * rng.next();
      serviceScoreTenths = Math.round(((target - others) / 0.55) * 10);
      if (serviceScoreTenths < SERVICE_MIN_RATED * 10 || serviceScoreTenths > SERVICE_MAX * 10) continue;
      const total = 0.55 * (serviceScoreTenths / 10) + others;
      if (total < d.total[0] - 0.25 || total > d.total[1] + 0.25) continue; // cannot happen; belt and braces
    } else {
      serviceScoreTenths = rng.int(d.service![0] * 10, d.service![1] * 10);
    }
    return { floorAreaCenti, plaqueDate, elderlyCount, disabledCount, serviceScoreTenths };
  }
  throw new Error(`demo center design for ${kind} found no inputs`);
}

function generateCenters(rng: Prng): DemoCenter[] {
  const r = rng.fork('centers');
  // Every community gets one center; the other 71 go to random communities, at most 3 per community.
  const communities = DEMO_STREETS.flatMap((s) => s.communities.map((c) => ({ street: s, community: c })));
  const perCommunity = communities.map(() => 1);
  let extra = DEMO_CENTER_COUNT - communities.length;
  while (extra > 0) {
    const i = r.int(0, communities.length - 1);
    if (perCommunity[i] >= 3) continue;
    perCommunity[i]++;
    extra--;
  }
  const kinds: CenterKind[] = [];
  for (const [level, n] of Object.entries(DEMO_LEVEL_COUNTS)) {
    if (level === 'FAIL') kinds.push('FAIL_VETO', 'FAIL_LOW');
    else for (let i = 0; i < n; i++) kinds.push(level as CenterKind);
  }
  r.shuffle(kinds);

  const centers: DemoCenter[] = [];
  const numberInStreet = new Map<string, number>();
  const ordinals = ['', '（二）', '（三）'];
  let k = 0;
  communities.forEach(({ street, community }, ci) => {
    for (let j = 0; j < perCommunity[ci]; j++) {
      const n = (numberInStreet.get(street.name) ?? 0) + 1;
      numberInStreet.set(street.name, n);
      const inputs = designCenter(kinds[k++], r);
      const estate = `${community.replace(/社区$/, '')}${r.pick(['花园', '新村', '苑', '大厦', '小区'])}`;
      centers.push({
        code: `XG-${street.code}-${String(n).padStart(3, '0')}`,
        name: `${community}星光老年之家${ordinals[j]}`,
        street: street.name,
        community,
        address: `深圳市罗湖区${r.pick(street.roads)}${r.int(1, 3200)}号${estate}${r.int(1, 12)}栋首层`,
        ...inputs,
        status: 'ACTIVE',
        association: r.chance(0.6) ? communityAssociationName(community) : null,
        contactName: personName(r, r.chance(0.7) ? 'FEMALE' : 'MALE', 'YOUNG'),
        contactPhone: mobile(r),
      });
    }
  });
  return centers;
}

// ---------------------------------------------------------------------------------------------------
// Residents
// ---------------------------------------------------------------------------------------------------

/** Ages (on DEMO_ASSESSED_ON) of the 14 centenarians. */
const CENTENARIAN_AGES = [100, 100, 100, 100, 101, 101, 101, 101, 102, 102, 103, 103, 104, 106];
const OLDEST_BIRTH = '1910-01-01';
/** Centenarians are born at least a month before the 100-year line. */
const CENTENARIAN_LATEST_BIRTH = '1916-05-31';

export function employerChance(age: number): number {
  if (age < 65) return 0.38;
  if (age < 70) return 0.18;
  if (age < 75) return 0.08;
  return 0.02;
}

interface ResidentDraft extends DemoResident {
  age: number;
}

function generateResidents(rng: Prng, count: number): DemoResident[] {
  const r = rng.fork('residents');
  const communities = new WeightedTable(
    DEMO_STREETS.flatMap((s) => s.communities.map((c) => [{ street: s.name, community: c }, 0.6 + 0.8 * r.next()] as const)),
  );
  // Age 60..99 with a survival-like decline; birth dates uniform within the age.
  const ageWeights: [number, number][] = [];
  for (let a = 60; a <= 99; a++) ageWeights.push([a, Math.exp(-0.085 * (a - 60))]);
  const ages = new WeightedTable(ageWeights);
  const ageRange = new Map<number, [number, number]>();
  for (let a = 60; a <= 106; a++) {
    const range = birthDateRangeForAge(a, a, D);
    ageRange.set(a, [toDayNumber(range.bornOnOrAfter!), toDayNumber(range.bornOnOrBefore!)]);
  }
  const oldest = toDayNumber(OLDEST_BIRTH);
  const centLatest = toDayNumber(CENTENARIAN_LATEST_BIRTH);

  const centenarianAt = new Map<number, number>();
  const centIdx = r.sample(
    Array.from({ length: count }, (_, i) => i),
    DEMO_CENTENARIANS,
  );
  centIdx.forEach((i, j) => centenarianAt.set(i, CENTENARIAN_AGES[j]));

  const usedIds = new Set<string>();
  const drafts: ResidentDraft[] = [];
  for (let i = 0; i < count; i++) {
    const { street, community } = communities.pick(r);
    const gender: DemoGender = r.chance(0.54) ? 'FEMALE' : 'MALE';
    const centAge = centenarianAt.get(i);
    const age = centAge ?? ages.pick(r);
    const [lo, hi] = ageRange.get(age)!;
    const birthDate = fromDayNumber(centAge ? r.int(Math.max(lo, oldest), Math.min(hi, centLatest)) : r.int(lo, hi));
    const householdRegistered = r.chance(0.85);
    const hasEmployer = r.chance(employerChance(age));
    const disabled = r.chance(0.03 + 0.0025 * (age - 60));
    let deceasedOn: string | null = null;
    if (!centAge && r.chance(0.01 + 0.001 * (age - 60))) {
      const sixty = anniversary(birthDate, 60);
      deceasedOn = randomDate(r, sixty > '2014-01-01' ? sixty : '2014-01-01', D);
    }
    const region = householdRegistered
      ? r.chance(0.93)
        ? DEMO_REGION_CODE
        : r.pick(SHENZHEN_OTHER_REGIONS)
      : r.chance(0.25)
        ? r.pick(SHENZHEN_OTHER_REGIONS)
        : r.pick(OTHER_PROVINCE_REGIONS);
    let idNumber: string;
    do idNumber = makeIdNumber(region, birthDate, r.int(1, 999), gender);
    while (usedIds.has(idNumber));
    usedIds.add(idNumber);
    const noPhone = age < 70 ? 0.12 : age < 80 ? 0.3 : 0.55;
    const phone = r.chance(noPhone) ? null : mobile(r);
    const name = personName(r, gender, birthDate >= '1949-01-01' ? 'NEW' : 'OLD');
    const member = deceasedOn === null && r.chance(0.4);
    drafts.push({
      age,
      name,
      gender,
      idNumber,
      birthDate,
      phone,
      street,
      community,
      householdRegistered,
      hasEmployer,
      hardship: false,
      disabled,
      residence: 'HOME',
      association: member ? communityAssociationName(community) : null,
      deceasedOn,
    });
  }

  // 280 in the welfare center: living residents, the oldest (75+) first.
  const alive = drafts.filter((d) => d.deceasedOn === null);
  const welfare = [
    ...r.shuffle(alive.filter((d) => d.age >= 75)),
    ...r.shuffle(alive.filter((d) => d.age < 75)),
  ].slice(0, DEMO_WELFARE_CENTER_RESIDENTS);
  for (const d of welfare) {
    d.residence = 'WELFARE_CENTER';
    d.association = null;
  }
  // About 1% of the rest (70+) in another institution (nursing homes outside the district, hospitals).
  for (const d of alive) if (d.residence === 'HOME' && d.age >= 70 && r.chance(0.03)) d.residence = 'OTHER_INSTITUTION';
  // Hardship (生活困难): living registered residents without an employer.
  const hardshipCount = r.int(DEMO_HARDSHIP_RANGE[0] + 9, DEMO_HARDSHIP_RANGE[1] - 10);
  const hardshipPool = alive.filter((d) => d.householdRegistered && !d.hasEmployer);
  for (const d of r.sample(hardshipPool, hardshipCount)) d.hardship = true;

  return drafts.map(({ age: _age, ...resident }) => resident);
}

// ---------------------------------------------------------------------------------------------------
// Associations
// ---------------------------------------------------------------------------------------------------

function generateAssociations(rng: Prng, residents: DemoResident[]): DemoAssociation[] {
  const r = rng.fork('associations');
  const members = new Map<string, number>();
  for (const res of residents) if (res.association) members.set(res.association, (members.get(res.association) ?? 0) + 1);
  const president = () => personName(r, r.chance(0.7) ? 'MALE' : 'FEMALE', r.chance(0.5) ? 'NEW' : 'OLD');
  const out: DemoAssociation[] = [];
  for (const s of DEMO_STREETS) {
    out.push({
      name: streetAssociationName(s.name),
      level: 'STREET',
      street: s.name,
      community: null,
      presidentName: president(),
      phone: mobile(r),
      memberCount: r.int(120, 360),
      foundedOn: randomDate(r, '1994-01-01', '2003-12-31'),
    });
  }
  for (const s of DEMO_STREETS) {
    for (const c of s.communities) {
      const name = communityAssociationName(c);
      out.push({
        name,
        level: 'COMMUNITY',
        street: s.name,
        community: c,
        presidentName: president(),
        phone: mobile(r),
        memberCount: (members.get(name) ?? 0) + r.int(60, 380),
        foundedOn: randomDate(r, '1996-01-01', '2012-12-31'),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Exams and visits
// ---------------------------------------------------------------------------------------------------

function generateExams(rng: Prng, residents: DemoResident[]): DemoExam[] {
  const r = rng.fork('exams');
  const exams2015: DemoExam[] = [];
  const exams2016: DemoExam[] = [];
  const provider = (community: string) =>
    r.weighted<string>([
      ['罗湖区人民医院', 35],
      ['罗湖区中医院', 25],
      [`${community.replace(/社区$/, '')}社康中心`, 40],
    ]);
  for (const res of residents) {
    if (!isFreeExamEligible(res, D)) continue;
    if (r.chance(0.55)) {
      const scheduledOn = notSunday(randomDate(r, '2015-06-01', '2015-11-28'));
      if (isFreeExamEligible(res, scheduledOn)) {
        const completed = r.chance(0.88);
        exams2015.push({
          residentIdNumber: res.idNumber,
          year: 2015,
          scheduledOn,
          provider: provider(res.community),
          status: completed ? 'COMPLETED' : 'MISSED',
          completedOn: completed ? addDays(scheduledOn, r.int(0, 10)) : null,
          notes: completed ? (r.chance(0.3) ? r.pick(EXAM_FINDINGS) : null) : r.pick(EXAM_MISSED),
        });
      }
    }
    if (r.chance(0.45)) {
      // Scheduling started after the 2016-05-18 deployment meeting.
      const scheduledOn = notSunday(randomDate(r, '2016-05-23', '2016-09-30'));
      if (isFreeExamEligible(res, scheduledOn)) {
        let status: DemoExamStatus = 'SCHEDULED';
        let completedOn: string | null = null;
        let notes: string | null = null;
        if (scheduledOn <= '2016-06-24') {
          if (r.chance(0.85)) {
            status = 'COMPLETED';
            completedOn = addDays(scheduledOn, r.int(0, 6));
            notes = r.chance(0.3) ? r.pick(EXAM_FINDINGS) : null;
          } else {
            status = 'MISSED';
            notes = r.pick(EXAM_MISSED);
          }
        }
        exams2016.push({
          residentIdNumber: res.idNumber,
          year: 2016,
          scheduledOn,
          provider: provider(res.community),
          status,
          completedOn,
          notes,
        });
      }
    }
  }
  return [...exams2015, ...exams2016];
}

const YUAN = 100n;

function generateVisits(rng: Prng, residents: DemoResident[], centers: DemoCenter[]): DemoVisit[] {
  const r = rng.fork('visits');
  const visits: DemoVisit[] = [];
  const centenarians = residents
    .filter((x) => x.deceasedOn === null && ageOn(x.birthDate, D) >= 100)
    .sort((a, b) => (a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0));

  // Spring Festival 2016 (春节 8 February): centenarians, residents in hardship, a few centers.
  for (const c of centenarians) {
    visits.push({
      visitedOn: randomDate(r, '2016-02-01', '2016-02-05'),
      occasion: 'SPRING_FESTIVAL',
      residentIdNumber: c.idNumber,
      centerCode: null,
      cashFen: 1000n * YUAN,
      goods: '米、油、慰问品',
      visitingUnit: '区委区政府',
    });
  }
  for (const h of residents) {
    if (!h.hardship) continue;
    visits.push({
      visitedOn: randomDate(r, '2016-01-25', '2016-02-05'),
      occasion: 'SPRING_FESTIVAL',
      residentIdNumber: h.idNumber,
      centerCode: null,
      cashFen: 500n * YUAN,
      goods: '米、油',
      visitingUnit: r.pick(['区老龄办', '区民政局', `${h.street}办事处`]),
    });
  }
  const openBy = (date: string) => centers.filter((c) => c.plaqueDate <= date);
  for (const c of r.sample(openBy('2016-01-20'), 6)) {
    visits.push({
      visitedOn: randomDate(r, '2016-01-26', '2016-02-04'),
      occasion: 'SPRING_FESTIVAL',
      residentIdNumber: null,
      centerCode: c.code,
      cashFen: 2000n * YUAN,
      goods: '慰问品、春联',
      visitingUnit: '区老龄办',
    });
  }

  // Double Ninth 2015 (重阳节 21 October): the centenarians and ten centers.
  for (const c of centenarians) {
    if (!isAliveOn(c.deceasedOn, '2015-10-21')) continue;
    visits.push({
      visitedOn: '2015-10-21',
      occasion: 'DOUBLE_NINTH',
      residentIdNumber: c.idNumber,
      centerCode: null,
      cashFen: 500n * YUAN,
      goods: '长寿面、重阳糕',
      visitingUnit: '区老龄办',
    });
  }
  for (const c of r.sample(openBy('2015-10-21'), 10)) {
    visits.push({
      visitedOn: '2015-10-21',
      occasion: 'DOUBLE_NINTH',
      residentIdNumber: null,
      centerCode: c.code,
      cashFen: 1000n * YUAN,
      goods: '慰问品',
      visitingUnit: '区老龄委',
    });
  }

  // 100th birthdays in the first half of 2016.
  for (const c of centenarians) {
    const birthday = anniversary(c.birthDate, 100);
    if (birthday < '2016-01-01' || birthday > D) continue;
    visits.push({
      visitedOn: birthday,
      occasion: 'CENTENARIAN_BIRTHDAY',
      residentIdNumber: c.idNumber,
      centerCode: null,
      cashFen: 1000n * YUAN,
      goods: '生日蛋糕、长寿面',
      visitingUnit: '区老龄办',
    });
  }

  // Hospital visits to elderly residents living on the assessment date.
  const hospitalPool = residents.filter((x) => x.deceasedOn === null && ageOn(x.birthDate, D) >= 75);
  for (const h of r.sample(hospitalPool, Math.min(18, hospitalPool.length))) {
    visits.push({
      visitedOn: randomDate(r, '2016-01-04', '2016-06-28'),
      occasion: 'HOSPITAL',
      residentIdNumber: h.idNumber,
      centerCode: null,
      cashFen: r.pick([500n, 1000n]) * YUAN,
      goods: '鲜花、水果',
      visitingUnit: r.pick(['区老龄办', '区民政局']),
    });
  }

  // Stable sort by date.
  return visits
    .map((v, i) => [v, i] as const)
    .sort(([a, i], [b, j]) => (a.visitedOn < b.visitedOn ? -1 : a.visitedOn > b.visitedOn ? 1 : i - j))
    .map(([v]) => v);
}

// ---------------------------------------------------------------------------------------------------
// Projects (from the report; figures the report does not give are marked "demo" below)
// ---------------------------------------------------------------------------------------------------

function projects(): DemoProject[] {
  return [
    {
      name: '区社会福利中心二期工程',
      category: 'PUBLIC_INSTITUTION',
      status: 'UNDER_CONSTRUCTION',
      totalInvestmentFen: 10_276_000_000n, // 10,276万元
      floorAreaCenti: null, // the report's figure is missing ("总建筑面积平方米")
      bedsAdded: 702,
      startedOn: '2016-04-18',
      plannedCompletionOn: '2018-12-31',
      completedOn: null,
      leadUnit: '区民政局',
      approvalRef: '罗发改〔2015〕386号', // demo reference number
      progress: [
        { reportedOn: '2015-11-26', percent: 0, note: '区政府常务会议审议通过，区发改局批复项目总投资10276万元' },
        { reportedOn: '2016-04-18', percent: 5, note: '二期工程正式破土动工' },
        { reportedOn: '2016-06-28', percent: 15, note: '已完成基础工程，下半年主要进行主体工程施工' },
      ],
    },
    {
      name: '区社会福利中心一期（福利大厦）',
      category: 'PUBLIC_INSTITUTION',
      status: 'IN_SERVICE',
      totalInvestmentFen: 3_680_000_000n, // demo figure
      floorAreaCenti: null,
      bedsAdded: 260,
      startedOn: '2005-03-18',
      plannedCompletionOn: '2007-12-31',
      completedOn: '2008-01-18',
      leadUnit: '区民政局',
      approvalRef: null,
      progress: [
        { reportedOn: '2008-01-18', percent: 100, note: '福利大厦竣工验收' },
        { reportedOn: '2016-02-03', percent: 100, note: '现有床位260张，入住老人280位' },
      ],
    },
    {
      name: '德福居家养老服务中心',
      category: 'HOME_CARE_CENTER',
      status: 'IN_SERVICE',
      totalInvestmentFen: 180_000_000n, // demo figure: 1,800,000.00
      floorAreaCenti: 32_000,
      bedsAdded: 0,
      startedOn: '2013-09-01',
      plannedCompletionOn: '2013-12-31',
      completedOn: '2014-01-15',
      leadUnit: '区民政局',
      approvalRef: null,
      progress: [
        { reportedOn: '2014-01-15', percent: 100, note: '居家养老服务中心投入运营' },
        { reportedOn: '2016-02-26', percent: 100, note: '在莲塘街道仙湖社区和翠竹街道民新社区挂牌成立社区服务中心，招聘专业社工7人、辅助人员3人' },
        { reportedOn: '2016-05-09', percent: 100, note: '庄睿宁副区长到德福居家养老机构听取工作汇报' },
      ],
    },
    {
      name: '社区老人日间照料中心',
      category: 'DAY_CARE_CENTER',
      status: 'APPROVED',
      totalInvestmentFen: 250_000_000n, // demo figure: 2,500,000.00
      floorAreaCenti: 60_000,
      bedsAdded: 20,
      startedOn: null,
      plannedCompletionOn: '2017-06-30',
      completedOn: null,
      leadUnit: '区民政局',
      approvalRef: '罗民〔2016〕45号', // demo reference number
      progress: [
        { reportedOn: '2016-04-20', percent: 0, note: '赴福田区园东社区老人日间照料中心考察建设和运作情况' },
        { reportedOn: '2016-06-15', percent: 0, note: '项目获批，正在选址' },
      ],
    },
    {
      name: '康馨民营养老服务中心',
      category: 'PRIVATE_INSTITUTION',
      status: 'PROPOSED',
      totalInvestmentFen: 3_000_000_000n, // demo figure: 30,000,000.00
      floorAreaCenti: null,
      bedsAdded: 200,
      startedOn: null,
      plannedCompletionOn: null,
      completedOn: null,
      leadUnit: '深圳市康馨养老事业投资发展公司',
      approvalRef: null,
      progress: [{ reportedOn: '2016-05-20', percent: 0, note: '已对其提交的报告复函，表示欢迎和积极鼓励' }],
    },
    {
      name: '养老服务员培训',
      category: 'TRAINING',
      status: 'COMPLETED',
      totalInvestmentFen: 15_000_000n, // demo figure: 150,000.00
      floorAreaCenti: null,
      bedsAdded: 0,
      startedOn: '2016-03-01',
      plannedCompletionOn: '2016-05-31',
      completedOn: '2016-05-31',
      leadUnit: '区民政局',
      approvalRef: null,
      progress: [
        { reportedOn: '2016-03-15', percent: 10, note: '召开提升居家养老服务产业化、专业化水平座谈会' },
        { reportedOn: '2016-05-31', percent: 100, note: '完成对管理人员和养老服务人员的专业培训' },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------

/** Generates the demo district. Same options → deep-equal output; no clock, no Math.random. */
export function generateDemoDistrict(opts: DemoDistrictOptions = {}): DemoDistrict {
  const seed = opts.seed ?? DEMO_DEFAULT_SEED;
  const count = opts.residents ?? DEMO_DEFAULT_RESIDENTS;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(count) || count < DEMO_MIN_RESIDENTS) {
    throw new RangeError(`residents must be an integer ≥ ${DEMO_MIN_RESIDENTS}, got ${count}`);
  }
  const rng = new Prng(seed >>> 0);
  const streets: DemoStreet[] = DEMO_STREETS.map((s) => ({ name: s.name, communities: [...s.communities] }));
  const centers = generateCenters(rng);
  const residents = generateResidents(rng, count);
  const associations = generateAssociations(rng, residents);
  const exams = generateExams(rng, residents);
  const visits = generateVisits(rng, residents, centers);
  return { streets, associations, centers, residents, exams, visits, projects: projects() };
}
