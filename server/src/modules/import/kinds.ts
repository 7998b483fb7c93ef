/**
 * The import sheets, one table per record type: the template's columns (Chinese header, the English field name
 * of the create input, type, required, example) and the module rules that span fields. Field-level limits
 * (lengths, ranges, formats) are not repeated here: every row is checked against the module's create input
 * (class-validator) and converted with the module's own functions (floorAreaCenti, nonNegativeMoney, …).
 * Adding a kind is adding a table here.
 */
import { birthDateFromId, makeIdNumber, validateIdNumber } from '../../common/id-number';
import { nonNegativeMoney } from '../../common/money';
import { ageOn, isAliveOn, isFreeExamEligible } from '../../common/resident-rules';
import { Association, AssociationLevel } from '../association/association.entity';
import { CreateAssociationInput } from '../association/association.inputs';
import { Center, CenterStatus } from '../center/center.entity';
import { CreateCenterInput } from '../center/center.inputs';
import { floorAreaCenti, serviceScoreTenths } from '../center/center.service';
import { ExamStatus, HealthExam } from '../exam/health-exam.entity';
import { CreateHealthExamInput } from '../exam/exam.inputs';
import { Gender, Residence, Resident } from '../resident/resident.entity';
import { CreateResidentInput } from '../resident/resident.inputs';
import { Visit, VisitOccasion } from '../visit/visit.entity';
import { CreateVisitInput } from '../visit/visit.inputs';
import { CENTENARIAN_VISIT_MIN_AGE } from '../visit/visit.service';
import { ColumnSpec, ColumnType, ImportKind, KindSpec, RowContext } from './import.types';

/** The example ID number of the templates: a valid one (born 1940-02-02, a woman) that ends in X, so Excel keeps it as text. */
export const EXAMPLE_ID_NUMBER = (() => {
  for (let seq = 0; seq < 1000; seq += 2) {
    const id = makeIdNumber('440303', '1940-02-02', seq, 'FEMALE');
    if (id.endsWith('X')) return id;
  }
  return makeIdNumber('440303', '1940-02-02', 2, 'FEMALE');
})();

// ---------- column types ----------
const text: ColumnType = { t: 'text' };
const int: ColumnType = { t: 'int' };
const date: ColumnType = { t: 'date' };
const bool: ColumnType = { t: 'bool' };
const money: ColumnType = { t: 'money' };
const decimal = (decimals: number): ColumnType => ({ t: 'decimal', decimals });
const ref = (r: Extract<ColumnType, { t: 'ref' }>['ref'], within?: string): ColumnType => ({ t: 'ref', ref: r, within });

const GENDER: ColumnType = { t: 'enum', name: '性别', labels: { [Gender.MALE]: ['男'], [Gender.FEMALE]: ['女'] } };
const RESIDENCE: ColumnType = {
  t: 'enum',
  name: '居住方式',
  labels: { [Residence.HOME]: ['居家', '家中'], [Residence.WELFARE_CENTER]: ['区社会福利中心', '福利中心'], [Residence.OTHER_INSTITUTION]: ['其他机构'] },
};
const CENTER_STATUS: ColumnType = {
  t: 'enum',
  name: '状态',
  labels: { [CenterStatus.ACTIVE]: ['运营中', '正常'], [CenterStatus.SUSPENDED]: ['暂停'], [CenterStatus.CLOSED]: ['已关闭', '关闭'] },
};
const ASSOCIATION_LEVEL: ColumnType = {
  t: 'enum',
  name: '级别',
  labels: { [AssociationLevel.STREET]: ['街道级', '街道'], [AssociationLevel.COMMUNITY]: ['社区级', '社区'] },
};
const EXAM_STATUS: ColumnType = {
  t: 'enum',
  name: '体检状态',
  labels: { [ExamStatus.SCHEDULED]: ['已预约', '预约'], [ExamStatus.COMPLETED]: ['已完成', '完成'], [ExamStatus.MISSED]: ['未参加', '缺席'] },
};
const OCCASION: ColumnType = {
  t: 'enum',
  name: '慰问事由',
  labels: {
    [VisitOccasion.SPRING_FESTIVAL]: ['春节'],
    [VisitOccasion.DOUBLE_NINTH]: ['重阳节', '重阳'],
    [VisitOccasion.CENTENARIAN_BIRTHDAY]: ['百岁生日', '百岁寿辰'],
    [VisitOccasion.HOSPITAL]: ['住院'],
    [VisitOccasion.OTHER]: ['其他'],
  },
};

/** The street column that narrows a community (or association) name used in several streets. */
const streetHint: ColumnSpec = { field: 'street', header: '街道', type: text, store: false, example: '翠竹街道', hint: '社区名称重名时用于区分' };

const notFuture = (r: RowContext, field: string, label: string) => {
  if (r.has(field) && r.values[field] > r.today) r.fail(field, 'FUTURE_DATE', `${label}不能晚于今天（${r.today}）`);
};

/** The resident's name column of exams and visits: a cross-check that the ID number is the intended person. */
const nameCheck = (r: RowContext, nameField: string, refField: string) => {
  const resident = r.refs[refField] as Resident | undefined;
  if (resident && r.has(nameField) && r.values[nameField] !== resident.name) {
    r.fail(nameField, 'NAME_MISMATCH', `姓名与身份证号对应的老年人“${resident.name}”不一致`);
  }
};

// ---------- the kinds ----------
const centers: KindSpec = {
  kind: 'centers',
  label: '星光老年之家',
  entityName: 'Center',
  entity: Center,
  input: CreateCenterInput,
  columns: [
    { field: 'code', header: '中心编号', type: text, required: true, example: 'XG-CZ-101', hint: '大写字母、数字和连字符，如 XG-CZ-001' },
    { field: 'name', header: '名称', aliases: ['星光老年之家'], type: text, required: true, example: '百仕达社区星光老年之家' },
    streetHint,
    { field: 'communityId', header: '社区', aliases: ['community'], type: ref('community', 'street'), required: true, example: '百仕达社区', hint: '社区名称' },
    { field: 'address', header: '地址', type: text, example: '太宁路 8 号' },
    {
      field: 'floorArea', header: '使用面积(㎡)', aliases: ['面积', '面积(m²)'], type: decimal(2), required: true, example: 320.5,
      hint: '大于 0 且不超过 5000，最多两位小数', store: { prop: 'floorAreaCenti', convert: (v: number) => floorAreaCenti(v) },
    },
    { field: 'plaqueDate', header: '挂牌时间', type: date, required: true, example: '2012-05-18', hint: '不晚于今天' },
    { field: 'elderlyCount', header: '老人人数', aliases: ['服务老年人数'], type: int, required: true, example: 860 },
    { field: 'disabledCount', header: '残疾人数', aliases: ['服务残疾人数'], type: int, required: true, example: 35 },
    {
      field: 'serviceScore', header: '服务情况', aliases: ['服务情况得分'], type: decimal(1), required: true, example: 86.5,
      hint: '0–100，最多一位小数', store: { prop: 'serviceScoreTenths', convert: (v: number) => serviceScoreTenths(v) },
    },
    { field: 'status', header: '状态', type: CENTER_STATUS, default: CenterStatus.ACTIVE, example: '运营中' },
    { field: 'associationId', header: '老年协会', aliases: ['association'], type: ref('association', 'street'), example: null, hint: '老年协会名称' },
    { field: 'contactName', header: '联系人', type: text, example: '陈主任' },
    { field: 'contactPhone', header: '联系电话', type: text, example: '0755-82000000' },
  ],
  unique: [{ props: ['code'], field: 'code', label: '中心编号' }],
  rules: (r) => notFuture(r, 'plaqueDate', '挂牌时间'),
};

const associations: KindSpec = {
  kind: 'associations',
  label: '老年协会',
  entityName: 'Association',
  entity: Association,
  input: CreateAssociationInput,
  columns: [
    { field: 'name', header: '名称', aliases: ['协会名称'], type: text, required: true, example: '百仕达社区老年人协会' },
    { field: 'level', header: '级别', type: ASSOCIATION_LEVEL, required: true, example: '社区级', hint: '街道级或社区级' },
    { field: 'streetId', header: '街道', aliases: ['street'], type: ref('street'), required: true, example: '翠竹街道', hint: '街道名称' },
    { field: 'communityId', header: '社区', aliases: ['community'], type: ref('community', 'streetId'), example: '百仕达社区', hint: '社区级必填，街道级不填' },
    { field: 'presidentName', header: '会长', type: text, example: '李会长' },
    { field: 'phone', header: '会长电话', aliases: ['电话'], type: text, example: '13800138000' },
    { field: 'memberCount', header: '会员数', type: int, default: 0, example: 120 },
    { field: 'foundedOn', header: '成立日期', type: date, example: '2008-10-01', hint: '不晚于今天' },
  ],
  unique: [{ props: ['streetId', 'name'], field: 'name', label: '街道和名称' }],
  rules: (r) => {
    if (r.values.level === AssociationLevel.COMMUNITY && !r.has('communityId') && !r.failed('communityId')) {
      r.fail('communityId', 'REQUIRED', '社区级老年协会须填写社区');
    }
    if (r.values.level === AssociationLevel.STREET && r.has('communityId')) r.fail('communityId', 'NOT_ALLOWED', '街道级老年协会不填社区');
    notFuture(r, 'foundedOn', '成立日期');
  },
};

const residents: KindSpec = {
  kind: 'residents',
  label: '老年人',
  entityName: 'Resident',
  entity: Resident,
  input: CreateResidentInput,
  columns: [
    { field: 'name', header: '姓名', type: text, required: true, example: '张桂英' },
    { field: 'gender', header: '性别', type: GENDER, required: true, example: '女', hint: '男或女' },
    { field: 'idNumber', header: '身份证号', aliases: ['身份证号码'], type: { t: 'idNumber' }, required: true, example: EXAMPLE_ID_NUMBER, hint: '18 位，末位可为 X；Excel 中请设为文本' },
    { field: 'birthDate', header: '出生日期', type: date, example: '1940-02-02', hint: '须与身份证号一致；不填则取身份证号中的日期' },
    { field: 'phone', header: '电话', aliases: ['联系电话'], type: text, example: '13800138000' },
    streetHint,
    { field: 'communityId', header: '社区', aliases: ['community'], type: ref('community', 'street'), required: true, example: '百仕达社区', hint: '社区名称' },
    { field: 'householdRegistered', header: '户籍在本区', aliases: ['户籍'], type: bool, default: true, example: '是', hint: '是或否，不填为是' },
    { field: 'hasEmployer', header: '单位承担体检', type: bool, default: false, example: '否', hint: '是或否，不填为否' },
    { field: 'hardship', header: '生活困难', type: bool, default: false, example: '否', hint: '是或否，不填为否' },
    { field: 'disabled', header: '残疾', type: bool, default: false, example: '否', hint: '是或否，不填为否' },
    { field: 'residence', header: '居住方式', type: RESIDENCE, default: Residence.HOME, example: '居家', hint: '居家、区社会福利中心或其他机构' },
    { field: 'associationId', header: '老年协会', aliases: ['association'], type: ref('association', 'street'), example: null, hint: '老年协会名称' },
    { field: 'deceasedOn', header: '去世日期', type: date, example: null, hint: '不早于出生日期，不晚于今天' },
  ],
  unique: [{ props: ['idNumber'], field: 'idNumber', label: '身份证号' }],
  rules: (r) => {
    const id = r.values.idNumber as string | undefined;
    if (id && r.has('birthDate')) {
      // the check of common/id-number.ts: characters 7–14 are the birth date
      const check = validateIdNumber(id, r.values.birthDate);
      if (!check.ok && check.reason === 'BIRTH_MISMATCH') {
        r.fail('birthDate', 'ID_BIRTH_MISMATCH', `出生日期 ${r.values.birthDate} 与身份证号中的出生日期 ${birthDateFromId(id)} 不一致`);
      }
    } else if (id && !r.failed('birthDate')) {
      r.record.birthDate = birthDateFromId(id);
    }
    notFuture(r, 'birthDate', '出生日期');
    if (r.has('deceasedOn')) {
      const born = r.record.birthDate as string | undefined;
      if (born && r.values.deceasedOn < born) r.fail('deceasedOn', 'DATE_ORDER', `去世日期不能早于出生日期（${born}）`);
      notFuture(r, 'deceasedOn', '去世日期');
    }
  },
};

const yearOf = (d: string) => Number(d.slice(0, 4));

const exams: KindSpec = {
  kind: 'exams',
  label: '免费体检',
  entityName: 'HealthExam',
  entity: HealthExam,
  input: CreateHealthExamInput,
  columns: [
    { field: 'residentId', header: '身份证号', aliases: ['resident', 'idNumber'], type: ref('resident'), required: true, example: EXAMPLE_ID_NUMBER, hint: '已登记老年人的身份证号' },
    { field: 'residentName', header: '姓名', type: text, store: false, example: '张桂英', hint: '填写时须与身份证号对应的老年人一致' },
    { field: 'year', header: '年度', type: int, example: 2016, hint: '不填则为预约日期的年份' },
    { field: 'scheduledOn', header: '预约日期', type: date, required: true, example: '2016-05-10' },
    { field: 'provider', header: '体检机构', type: text, default: '', example: '区人民医院' },
    { field: 'status', header: '状态', type: EXAM_STATUS, default: ExamStatus.SCHEDULED, example: '已完成', hint: '已预约、已完成或未参加' },
    { field: 'completedOn', header: '完成日期', type: date, example: '2016-05-10', hint: '状态为已完成时必填' },
    { field: 'notes', header: '备注', type: text, example: null },
  ],
  unique: [{ props: ['residentId', 'year'], field: 'residentId', label: '老年人和年度' }],
  rules: (r) => {
    nameCheck(r, 'residentName', 'residentId');
    const on = r.values.scheduledOn as string | undefined;
    if (!on) return;
    if (!r.has('year') && !r.failed('year')) r.record.year = yearOf(on);
    else if (r.has('year') && r.values.year !== yearOf(on)) r.fail('year', 'YEAR_MISMATCH', `年度须为预约日期的年份（${yearOf(on)}）`);
    const status = r.values.status as ExamStatus | undefined;
    if (status === ExamStatus.COMPLETED) {
      if (!r.has('completedOn') && !r.failed('completedOn')) r.fail('completedOn', 'REQUIRED', '状态为已完成时须填写完成日期');
      if (r.has('completedOn') && r.values.completedOn < on) r.fail('completedOn', 'DATE_ORDER', `完成日期不能早于预约日期（${on}）`);
      notFuture(r, 'completedOn', '完成日期');
    } else if (status) {
      if (r.has('completedOn')) r.fail('completedOn', 'NOT_ALLOWED', '只有已完成的体检才填写完成日期');
      if (status === ExamStatus.MISSED && on > r.today) r.fail('status', 'INVALID_STATE', '预约日期未到，不能标记为未参加');
    }
    const resident = r.refs.residentId as Resident | undefined;
    if (resident && !isFreeExamEligible(resident, on)) {
      const why = !isAliveOn(resident.deceasedOn, on)
        ? `已于 ${resident.deceasedOn} 去世`
        : ageOn(resident.birthDate, on) < 60
          ? `预约日期时 ${ageOn(resident.birthDate, on)} 岁，未满 60 岁`
          : !resident.householdRegistered
            ? '户籍不在本区'
            : '由工作单位承担体检';
      r.fail('residentId', 'NOT_ELIGIBLE', `${resident.name}不符合免费体检条件：${why}`);
    }
  },
};

const visits: KindSpec = {
  kind: 'visits',
  label: '慰问',
  entityName: 'Visit',
  entity: Visit,
  input: CreateVisitInput,
  columns: [
    { field: 'visitedOn', header: '慰问日期', type: date, required: true, example: '2016-02-03', hint: '不晚于今天' },
    { field: 'occasion', header: '慰问事由', type: OCCASION, required: true, example: '春节', hint: '春节、重阳节、百岁生日、住院或其他' },
    { field: 'residentId', header: '老人身份证号', aliases: ['resident', '身份证号'], type: ref('resident'), example: EXAMPLE_ID_NUMBER, hint: '与中心编号至少填一项' },
    { field: 'residentName', header: '老人姓名', aliases: ['姓名'], type: text, store: false, example: '张桂英', hint: '填写时须与身份证号对应的老年人一致' },
    { field: 'centerId', header: '中心编号', aliases: ['center', '星光老年之家'], type: ref('center'), example: null, hint: '星光老年之家编号或名称' },
    { field: 'cash', header: '慰问金(元)', aliases: ['慰问金'], type: money, default: 0n, example: '500.00', hint: '不小于 0，最多两位小数', store: { convert: (v: bigint) => nonNegativeMoney(v, 'cash') } },
    { field: 'goods', header: '慰问品', type: text, example: '米、油' },
    { field: 'visitingUnit', header: '慰问单位', type: text, default: '', example: '区老龄办' },
  ],
  unique: [{ props: ['visitedOn', 'occasion', 'residentId', 'centerId'], field: 'visitedOn', label: '日期、事由和慰问对象' }],
  rules: (r) => {
    nameCheck(r, 'residentName', 'residentId');
    notFuture(r, 'visitedOn', '慰问日期');
    if (!r.has('residentId') && !r.has('centerId') && !r.failed('residentId') && !r.failed('centerId')) {
      r.fail('residentId', 'REQUIRED', '老人身份证号和中心编号至少填一项');
    }
    const resident = r.refs.residentId as Resident | undefined;
    const on = r.values.visitedOn as string | undefined;
    if (resident && on) {
      // a visit on the day of death is still possible (hospital); one after it is a data error
      if (resident.deceasedOn && resident.deceasedOn < on) r.fail('visitedOn', 'DECEASED', `${resident.name}已于 ${resident.deceasedOn} 去世，慰问日期有误`);
      if (r.values.occasion === VisitOccasion.CENTENARIAN_BIRTHDAY && ageOn(resident.birthDate, on) < CENTENARIAN_VISIT_MIN_AGE) {
        r.fail('occasion', 'NOT_CENTENARIAN', `百岁生日慰问须为年满 ${CENTENARIAN_VISIT_MIN_AGE} 岁的老人，${resident.name}慰问时 ${ageOn(resident.birthDate, on)} 岁`);
      }
    }
    if (r.values.occasion === VisitOccasion.CENTENARIAN_BIRTHDAY && !r.has('residentId') && !r.failed('residentId')) {
      r.fail('residentId', 'REQUIRED', '百岁生日慰问须填写老人身份证号');
    }
  },
};

export const KINDS: Record<ImportKind, KindSpec> = { centers, associations, residents, exams, visits };
