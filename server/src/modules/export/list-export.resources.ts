import { DataSource, ObjectLiteral, QueryRunner } from 'typeorm';
import { Ctx } from '../../common/context';
import { CrudService, keysetChunks, SortItem } from '../../common/crud.service';
import { formatFixed } from '../../common/fixed';
import { formatMoney } from '../../common/money';
import { maskIdNumber, maskPhone } from '../../common/id-number';
import { lifeAge } from '../../common/resident-rules';
import { Cell } from '../../common/table-export';
import { Services } from '../../services';
import { auditLogQuery } from '../audit/audit.resolver';
import { AuditLog } from '../audit/audit.entity';
import { Street } from '../area/street.entity';
import { Community } from '../area/community.entity';
import { Center } from '../center/center.entity';
import { Association } from '../association/association.entity';
import { Resident } from '../resident/resident.entity';
import { HealthExam } from '../exam/health-exam.entity';
import { Visit } from '../visit/visit.entity';
import { Project } from '../project/project.entity';
import { ProjectProgress } from '../project/project-progress.entity';
import { RatingRound, Rectification } from '../rating/rating.entities';
import { SubsidyRound } from '../subsidy/subsidy.entities';
import { User } from '../auth/user.entity';
import { chinaTime, yesNo, zh } from './labels';

/** What a column's value may use: names of referenced records (loaded per chunk), masking, the age date. */
export interface ExportEnv {
  refs: Refs;
  /** ADMIN / OFFICER: personal data unmasked (canSeePersonalData). */
  unmasked: boolean;
  /** The date ages refer to (the resident filter's asOf, else today in China). */
  asOf: string;
}

export interface ExportColumnDef<E> {
  header: string;
  width?: number;
  /** Excel number format: the column's decimal strings become numbers in .xlsx. */
  numFmt?: string;
  /**
   * The GraphQL `Type.field`s this column shows: an API key gets the column only when its scopes open all of them
   * (the same PARTNER_ACCESS rules as GraphQL).
   */
  needs: string[];
  /** ID number or phone: masked unless the caller sees personal data. */
  personal?: boolean;
  value(row: E, env: ExportEnv): Cell;
}

export interface ListExportResource<E = any> {
  /** The GraphQL list query whose filter, sort, validation and access the export shares, e.g. `residents`. */
  query: string;
  /** Record type in the audit log, e.g. `Resident`. */
  label: string;
  /** Chinese name: sheet and file name. */
  title: string;
  /**
   * Taken before the export's own audit entry is written (e.g. the audit log's last id), handed to `read`: what the
   * export itself writes is not part of it.
   */
  snapshot?(ds: DataSource): Promise<unknown>;
  /**
   * How many rows the filter selects: an exact COUNT with the list's own filter (X-Total-Count). `runner`: where
   * the export reads (writeListExport's replica lease; undefined: the primary), the same for count and rows.
   */
  count(svc: Services, ctx: Ctx, filter: any, snapshot?: unknown, runner?: QueryRunner): Promise<number>;
  /** The filtered rows in list order, in keyset chunks. */
  read(svc: Services, ctx: Ctx, filter: any, sort: SortItem[] | null, snapshot?: unknown, runner?: QueryRunner): AsyncIterable<E[]>;
  /** Loads the names one chunk refers to (one query per kind of reference, never one per row). */
  prepare?(rows: E[], refs: Refs): Promise<void>;
  columns: ExportColumnDef<E>[];
}

/** count and read of a record type listed by a CrudService: its own filter, sort and keyset chunks. */
function fromService<E extends ObjectLiteral & { id: number; version: number }>(pick: (svc: Services) => CrudService<E, any, any, any>): Pick<ListExportResource<E>, 'count' | 'read'> {
  return {
    count: (svc, ctx, filter, _snapshot, runner) => pick(svc).count(ctx, filter, runner),
    read: (svc, ctx, filter, sort, _snapshot, runner) => pick(svc).chunks(ctx, { filter, sort }, runner),
  };
}

const money = (fen: bigint | null | undefined): Cell => (fen === null || fen === undefined ? null : formatMoney(fen));
const MONEY = '#,##0.00';
const distinct = (ids: (number | null | undefined)[]) => [...new Set(ids.filter((x): x is number => typeof x === 'number'))];
const inList = (ids: number[]) => ids.map(() => '?').join(',');

interface CommunityName {
  name: string;
  street: string;
}
interface CenterName {
  code: string;
  name: string;
  communityId: number;
}
interface ResidentName {
  name: string;
  idNumber: string;
  communityId: number;
}

/**
 * Names of referenced records for one export: each kind is loaded with one `IN (…)` query per chunk for the ids not
 * seen yet. Streets, communities, associations and rounds are few and stay cached; residents and centers are
 * dropped after each chunk so memory stays bounded by the chunk size.
 */
export class Refs {
  readonly communities = new Map<number, CommunityName>();
  readonly streets = new Map<number, string>();
  readonly associations = new Map<number, string>();
  readonly projects = new Map<number, string>();
  readonly rounds = new Map<number, string>();
  readonly centers = new Map<number, CenterName>();
  readonly residents = new Map<number, ResidentName>();
  readonly communityCounts = new Map<number, number>();
  readonly levels = new Map<number, string>();
  private latestRound: number | null | undefined;

  constructor(private readonly ds: DataSource) {}

  private missing<T>(map: Map<number, T>, ids: (number | null | undefined)[]) {
    return distinct(ids).filter((id) => !map.has(id));
  }

  async loadCommunities(ids: (number | null | undefined)[]) {
    const need = this.missing(this.communities, ids);
    if (!need.length) return;
    const rows: { id: unknown; name: string; street: string }[] = await this.ds.query(
      `SELECT cm.id AS id, cm.name AS name, s.name AS street FROM community cm JOIN street s ON s.id = cm.street_id WHERE cm.id IN (${inList(need)})`,
      need,
    );
    for (const r of rows) this.communities.set(Number(r.id), { name: r.name, street: r.street });
  }

  /** Names by id from `table` into `map` (only the ids not loaded yet). */
  private async loadNames(table: 'street' | 'association' | 'project' | 'rating_round', map: Map<number, string>, ids: (number | null | undefined)[]) {
    const need = this.missing(map, ids);
    if (!need.length) return;
    const rows: { id: unknown; name: string }[] = await this.ds.query(`SELECT id, name FROM ${table} WHERE id IN (${inList(need)})`, need);
    for (const r of rows) map.set(Number(r.id), r.name);
  }

  loadStreets = (ids: (number | null | undefined)[]) => this.loadNames('street', this.streets, ids);
  loadAssociations = (ids: (number | null | undefined)[]) => this.loadNames('association', this.associations, ids);
  loadProjects = (ids: (number | null | undefined)[]) => this.loadNames('project', this.projects, ids);
  loadRounds = (ids: (number | null | undefined)[]) => this.loadNames('rating_round', this.rounds, ids);

  /** Centers (code, name, community) and their communities; the previous chunk's centers are forgotten. */
  async loadCenters(ids: (number | null | undefined)[]) {
    this.centers.clear();
    const need = distinct(ids);
    if (!need.length) return;
    const rows: { id: unknown; code: string; name: string; community_id: unknown }[] = await this.ds.query(
      `SELECT id, code, name, community_id FROM center WHERE id IN (${inList(need)})`,
      need,
    );
    for (const r of rows) this.centers.set(Number(r.id), { code: r.code, name: r.name, communityId: Number(r.community_id) });
    await this.loadCommunities([...this.centers.values()].map((c) => c.communityId));
  }

  /** Residents (name, ID number, community) and their communities; the previous chunk's residents are forgotten. */
  async loadResidents(ids: (number | null | undefined)[]) {
    this.residents.clear();
    const need = distinct(ids);
    if (!need.length) return;
    const rows: { id: unknown; name: string; id_number: string; community_id: unknown }[] = await this.ds.query(
      `SELECT id, name, id_number, community_id FROM resident WHERE id IN (${inList(need)})`,
      need,
    );
    for (const r of rows) this.residents.set(Number(r.id), { name: r.name, idNumber: r.id_number, communityId: Number(r.community_id) });
    await this.loadCommunities([...this.residents.values()].map((r) => r.communityId));
  }

  async loadCommunityCounts(streetIds: number[]) {
    const need = this.missing(this.communityCounts, streetIds);
    if (!need.length) return;
    const rows: { sid: unknown; n: unknown }[] = await this.ds.query(
      `SELECT street_id AS sid, COUNT(*) AS n FROM community WHERE street_id IN (${inList(need)}) GROUP BY street_id`,
      need,
    );
    for (const id of need) this.communityCounts.set(id, 0);
    for (const r of rows) this.communityCounts.set(Number(r.sid), Number(r.n));
  }

  /** Center.currentLevel: the level in the latest FINALIZED rating round (as the GraphQL field). */
  async loadLevels(centerIds: number[]) {
    this.levels.clear();
    if (this.latestRound === undefined) {
      const rows: { id: unknown }[] = await this.ds.query(`SELECT id FROM rating_round WHERE status = 'FINALIZED' ORDER BY assessed_on DESC, id DESC LIMIT 1`);
      this.latestRound = rows.length ? Number(rows[0].id) : null;
    }
    const need = distinct(centerIds);
    if (this.latestRound === null || !need.length) return;
    const rows: { cid: unknown; level: string }[] = await this.ds.query(
      `SELECT center_id AS cid, level FROM center_rating WHERE round_id = ? AND center_id IN (${inList(need)})`,
      [this.latestRound, ...need],
    );
    for (const r of rows) this.levels.set(Number(r.cid), r.level);
  }

  community(id: number | null | undefined): CommunityName | undefined {
    return id === null || id === undefined ? undefined : this.communities.get(id);
  }
}

const idNumberOf = (v: string | null | undefined, env: ExportEnv): Cell => (v == null ? null : env.unmasked ? v : maskIdNumber(v));
const phoneOf = (v: string | null | undefined, env: ExportEnv): Cell => (v == null ? null : env.unmasked ? v : maskPhone(v));

/** `id` and the record's timestamps, shared by every record type. */
const idColumn = <E extends { id: number }>(type: string): ExportColumnDef<E> => ({ header: 'ID', width: 8, needs: [`${type}.id`], value: (e) => e.id });
const createdColumn = <E extends { createdAt: Date }>(type: string): ExportColumnDef<E> => ({
  header: '创建时间', width: 20, needs: [`${type}.createdAt`], value: (e) => chinaTime(e.createdAt),
});

const streets: ListExportResource<Street> = {
  query: 'streets',
  label: 'Street',
  title: '街道',
  ...fromService((svc) => svc.streets),
  prepare: (rows, refs) => refs.loadCommunityCounts(rows.map((s) => s.id)),
  columns: [
    idColumn('Street'),
    { header: '街道', width: 20, needs: ['Street.name'], value: (s) => s.name },
    { header: '社区数', needs: ['Street.communityCount'], value: (s, env) => env.refs.communityCounts.get(s.id) ?? 0 },
    createdColumn('Street'),
  ],
};

const communities: ListExportResource<Community> = {
  query: 'communities',
  label: 'Community',
  title: '社区',
  ...fromService((svc) => svc.communities),
  prepare: (rows, refs) => refs.loadStreets(rows.map((c) => c.streetId)),
  columns: [
    idColumn('Community'),
    { header: '社区', width: 20, needs: ['Community.name'], value: (c) => c.name },
    { header: '街道', width: 16, needs: ['Community.street', 'Street.name'], value: (c, env) => env.refs.streets.get(c.streetId) ?? null },
    createdColumn('Community'),
  ],
};

const centers: ListExportResource<Center> = {
  query: 'centers',
  label: 'Center',
  title: '星光老年之家',
  ...fromService((svc) => svc.centers),
  prepare: async (rows, refs) => {
    await refs.loadCommunities(rows.map((c) => c.communityId));
    await refs.loadAssociations(rows.map((c) => c.associationId));
    await refs.loadLevels(rows.map((c) => c.id));
  },
  columns: [
    idColumn('Center'),
    { header: '中心编号', width: 12, needs: ['Center.code'], value: (c) => c.code },
    { header: '星光老年之家', width: 28, needs: ['Center.name'], value: (c) => c.name },
    { header: '街道', needs: ['Center.street', 'Street.name'], value: (c, env) => env.refs.community(c.communityId)?.street ?? null },
    { header: '社区', needs: ['Center.community', 'Community.name'], value: (c, env) => env.refs.community(c.communityId)?.name ?? null },
    { header: '地址', width: 30, needs: ['Center.address'], value: (c) => c.address },
    { header: '使用面积(㎡)', numFmt: '0.00', needs: ['Center.floorArea'], value: (c) => formatFixed(c.floorAreaCenti, 2) },
    { header: '挂牌时间', width: 12, needs: ['Center.plaqueDate'], value: (c) => c.plaqueDate },
    { header: '老人人数', needs: ['Center.elderlyCount'], value: (c) => c.elderlyCount },
    { header: '残疾人数', needs: ['Center.disabledCount'], value: (c) => c.disabledCount },
    { header: '服务情况', numFmt: '0.0', needs: ['Center.serviceScore'], value: (c) => formatFixed(c.serviceScoreTenths, 1) },
    { header: '状态', needs: ['Center.status'], value: (c) => zh('CenterStatus', c.status) },
    { header: '当前星级', needs: ['Center.currentLevel'], value: (c, env) => zh('StarLevel', env.refs.levels.get(c.id)) },
    { header: '所属协会', width: 24, needs: ['Center.association', 'Association.name'], value: (c, env) => (c.associationId ? (env.refs.associations.get(c.associationId) ?? null) : null) },
    { header: '联系人', needs: ['Center.contactName'], value: (c) => c.contactName },
    { header: '联系电话', width: 16, personal: true, needs: ['Center.contactPhone'], value: (c, env) => phoneOf(c.contactPhone, env) },
  ],
};

const associations: ListExportResource<Association> = {
  query: 'associations',
  label: 'Association',
  title: '老年协会',
  ...fromService((svc) => svc.associations),
  prepare: async (rows, refs) => {
    await refs.loadStreets(rows.map((a) => a.streetId));
    await refs.loadCommunities(rows.map((a) => a.communityId));
  },
  columns: [
    idColumn('Association'),
    { header: '协会名称', width: 30, needs: ['Association.name'], value: (a) => a.name },
    { header: '级别', needs: ['Association.level'], value: (a) => zh('AssociationLevel', a.level) },
    { header: '街道', needs: ['Association.street', 'Street.name'], value: (a, env) => env.refs.streets.get(a.streetId) ?? null },
    { header: '社区', needs: ['Association.community', 'Community.name'], value: (a, env) => env.refs.community(a.communityId)?.name ?? null },
    { header: '会长', needs: ['Association.presidentName'], value: (a) => a.presidentName },
    { header: '电话', width: 16, personal: true, needs: ['Association.phone'], value: (a, env) => phoneOf(a.phone, env) },
    { header: '会员人数', needs: ['Association.memberCount'], value: (a) => a.memberCount },
    { header: '成立日期', width: 12, needs: ['Association.foundedOn'], value: (a) => a.foundedOn },
  ],
};

const residents: ListExportResource<Resident> = {
  query: 'residents',
  label: 'Resident',
  title: '老年人',
  ...fromService((svc) => svc.residents),
  prepare: async (rows, refs) => {
    await refs.loadCommunities(rows.map((r) => r.communityId));
    await refs.loadAssociations(rows.map((r) => r.associationId));
  },
  columns: [
    idColumn('Resident'),
    { header: '姓名', needs: ['Resident.name'], value: (r) => r.name },
    { header: '性别', width: 6, needs: ['Resident.gender'], value: (r) => zh('Gender', r.gender) },
    { header: '身份证号', width: 22, personal: true, needs: ['Resident.idNumber'], value: (r, env) => idNumberOf(r.idNumber, env) },
    { header: '出生日期', width: 12, needs: ['Resident.birthDate'], value: (r) => r.birthDate },
    { header: '年龄', width: 6, needs: ['Resident.age'], value: (r, env) => lifeAge(r.birthDate, env.asOf, r.deceasedOn) },
    { header: '联系电话', width: 16, personal: true, needs: ['Resident.phone'], value: (r, env) => phoneOf(r.phone, env) },
    { header: '街道', needs: ['Resident.street', 'Street.name'], value: (r, env) => env.refs.community(r.communityId)?.street ?? null },
    { header: '社区', needs: ['Resident.community', 'Community.name'], value: (r, env) => env.refs.community(r.communityId)?.name ?? null },
    { header: '户籍', width: 6, needs: ['Resident.householdRegistered'], value: (r) => yesNo(r.householdRegistered) },
    { header: '有工作单位', width: 10, needs: ['Resident.hasEmployer'], value: (r) => yesNo(r.hasEmployer) },
    { header: '生活困难', width: 8, needs: ['Resident.hardship'], value: (r) => yesNo(r.hardship) },
    { header: '残疾', width: 6, needs: ['Resident.disabled'], value: (r) => yesNo(r.disabled) },
    { header: '居住方式', width: 14, needs: ['Resident.residence'], value: (r) => zh('Residence', r.residence) },
    { header: '所属协会', width: 24, needs: ['Resident.association', 'Association.name'], value: (r, env) => (r.associationId ? (env.refs.associations.get(r.associationId) ?? null) : null) },
    { header: '去世日期', width: 12, needs: ['Resident.deceasedOn'], value: (r) => r.deceasedOn },
  ],
};

const healthExams: ListExportResource<HealthExam> = {
  query: 'healthExams',
  label: 'HealthExam',
  title: '免费体检',
  ...fromService((svc) => svc.healthExams),
  prepare: (rows, refs) => refs.loadResidents(rows.map((e) => e.residentId)),
  columns: [
    idColumn('HealthExam'),
    { header: '年度', width: 6, needs: ['HealthExam.year'], value: (e) => e.year },
    { header: '姓名', needs: ['HealthExam.resident', 'Resident.name'], value: (e, env) => env.refs.residents.get(e.residentId)?.name ?? null },
    {
      header: '身份证号', width: 22, personal: true, needs: ['HealthExam.resident', 'Resident.idNumber'],
      value: (e, env) => idNumberOf(env.refs.residents.get(e.residentId)?.idNumber, env),
    },
    {
      header: '街道', needs: ['HealthExam.resident', 'Resident.community', 'Community.street', 'Street.name'],
      value: (e, env) => env.refs.community(env.refs.residents.get(e.residentId)?.communityId)?.street ?? null,
    },
    {
      header: '社区', needs: ['HealthExam.resident', 'Resident.community', 'Community.name'],
      value: (e, env) => env.refs.community(env.refs.residents.get(e.residentId)?.communityId)?.name ?? null,
    },
    { header: '预约日期', width: 12, needs: ['HealthExam.scheduledOn'], value: (e) => e.scheduledOn },
    { header: '体检机构', width: 20, needs: ['HealthExam.provider'], value: (e) => e.provider },
    { header: '状态', needs: ['HealthExam.status'], value: (e) => zh('ExamStatus', e.status) },
    { header: '完成日期', width: 12, needs: ['HealthExam.completedOn'], value: (e) => e.completedOn },
    { header: '备注', width: 30, needs: ['HealthExam.notes'], value: (e) => e.notes },
  ],
};

const visits: ListExportResource<Visit> = {
  query: 'visits',
  label: 'Visit',
  title: '慰问',
  ...fromService((svc) => svc.visits),
  prepare: async (rows, refs) => {
    await refs.loadResidents(rows.map((v) => v.residentId));
    await refs.loadCenters(rows.map((v) => v.centerId));
  },
  columns: [
    idColumn('Visit'),
    { header: '慰问日期', width: 12, needs: ['Visit.visitedOn'], value: (v) => v.visitedOn },
    { header: '慰问事由', needs: ['Visit.occasion'], value: (v) => zh('VisitOccasion', v.occasion) },
    { header: '老人姓名', needs: ['Visit.resident', 'Resident.name'], value: (v, env) => (v.residentId ? (env.refs.residents.get(v.residentId)?.name ?? null) : null) },
    { header: '星光老年之家', width: 28, needs: ['Visit.center', 'Center.name'], value: (v, env) => (v.centerId ? (env.refs.centers.get(v.centerId)?.name ?? null) : null) },
    {
      header: '街道', needs: ['Visit.resident', 'Visit.center', 'Community.street', 'Street.name'],
      value: (v, env) => env.refs.community(visitCommunity(v, env))?.street ?? null,
    },
    { header: '社区', needs: ['Visit.resident', 'Visit.center', 'Community.name'], value: (v, env) => env.refs.community(visitCommunity(v, env))?.name ?? null },
    { header: '慰问金(元)', width: 14, numFmt: MONEY, needs: ['Visit.cash'], value: (v) => money(v.cash) },
    { header: '慰问品', width: 20, needs: ['Visit.goods'], value: (v) => v.goods },
    { header: '慰问单位', width: 16, needs: ['Visit.visitingUnit'], value: (v) => v.visitingUnit },
  ],
};

/** A visit's community: its resident's, else its center's (as the visits filter's streetId/communityId). */
function visitCommunity(v: Visit, env: ExportEnv): number | undefined {
  if (v.residentId) return env.refs.residents.get(v.residentId)?.communityId;
  if (v.centerId) return env.refs.centers.get(v.centerId)?.communityId;
  return undefined;
}

const projects: ListExportResource<Project> = {
  query: 'projects',
  label: 'Project',
  title: '项目',
  ...fromService((svc) => svc.projects),
  columns: [
    idColumn('Project'),
    { header: '项目名称', width: 30, needs: ['Project.name'], value: (p) => p.name },
    { header: '类别', width: 16, needs: ['Project.category'], value: (p) => zh('ProjectCategory', p.category) },
    { header: '状态', needs: ['Project.status'], value: (p) => zh('ProjectStatus', p.status) },
    { header: '总投资(元)', width: 18, numFmt: MONEY, needs: ['Project.totalInvestment'], value: (p) => money(p.totalInvestment) },
    { header: '建筑面积(㎡)', numFmt: '0.00', needs: ['Project.floorArea'], value: (p) => (p.floorAreaCenti === null ? null : formatFixed(p.floorAreaCenti, 2)) },
    { header: '新增床位', needs: ['Project.bedsAdded'], value: (p) => p.bedsAdded },
    { header: '开工日期', width: 12, needs: ['Project.startedOn'], value: (p) => p.startedOn },
    { header: '计划完工', width: 12, needs: ['Project.plannedCompletionOn'], value: (p) => p.plannedCompletionOn },
    { header: '竣工日期', width: 12, needs: ['Project.completedOn'], value: (p) => p.completedOn },
    { header: '牵头单位', width: 20, needs: ['Project.leadUnit'], value: (p) => p.leadUnit },
    { header: '批准文号', width: 20, needs: ['Project.approvalRef'], value: (p) => p.approvalRef },
  ],
};

const projectProgresses: ListExportResource<ProjectProgress> = {
  query: 'projectProgresses',
  label: 'ProjectProgress',
  title: '项目进度',
  ...fromService((svc) => svc.projectProgress),
  prepare: (rows, refs) => refs.loadProjects(rows.map((e) => e.projectId)),
  columns: [
    idColumn('ProjectProgress'),
    { header: '项目', width: 30, needs: ['ProjectProgress.project', 'Project.name'], value: (e, env) => env.refs.projects.get(e.projectId) ?? null },
    { header: '日期', width: 12, needs: ['ProjectProgress.reportedOn'], value: (e) => e.reportedOn },
    { header: '进度(%)', needs: ['ProjectProgress.percent'], value: (e) => e.percent },
    { header: '说明', width: 50, needs: ['ProjectProgress.note'], value: (e) => e.note },
  ],
};

const ratingRounds: ListExportResource<RatingRound> = {
  query: 'ratingRounds',
  label: 'RatingRound',
  title: '星级评定',
  ...fromService((svc) => svc.ratingRounds),
  columns: [
    idColumn('RatingRound'),
    { header: '名称', width: 30, needs: ['RatingRound.name'], value: (r) => r.name },
    { header: '评定日期', width: 12, needs: ['RatingRound.assessedOn'], value: (r) => r.assessedOn },
    { header: '状态', needs: ['RatingRound.status'], value: (r) => zh('RoundStatus', r.status) },
    { header: '参评中心数', needs: ['RatingRound.centerCount'], value: (r) => r.centerCount },
    { header: '计算时间', width: 20, needs: ['RatingRound.computedAt'], value: (r) => chinaTime(r.computedAt) },
    { header: '定稿时间', width: 20, needs: ['RatingRound.finalizedAt'], value: (r) => chinaTime(r.finalizedAt) },
  ],
};

const rectifications: ListExportResource<Rectification> = {
  query: 'rectifications',
  label: 'Rectification',
  title: '整改清单',
  ...fromService((svc) => svc.rectifications),
  prepare: async (rows, refs) => {
    await refs.loadCenters(rows.map((r) => r.centerId));
    await refs.loadRounds(rows.map((r) => r.roundId));
  },
  columns: [
    idColumn('Rectification'),
    { header: '中心编号', width: 12, needs: ['Rectification.center', 'Center.code'], value: (r, env) => env.refs.centers.get(r.centerId)?.code ?? null },
    { header: '星光老年之家', width: 28, needs: ['Rectification.center', 'Center.name'], value: (r, env) => env.refs.centers.get(r.centerId)?.name ?? null },
    {
      header: '街道', needs: ['Rectification.center', 'Center.street', 'Street.name'],
      value: (r, env) => env.refs.community(env.refs.centers.get(r.centerId)?.communityId)?.street ?? null,
    },
    { header: '评定', width: 30, needs: ['Rectification.round', 'RatingRound.name'], value: (r, env) => env.refs.rounds.get(r.roundId) ?? null },
    { header: '星级', needs: ['Rectification.level'], value: (r) => zh('StarLevel', r.level) },
    { header: '整改期限', width: 12, needs: ['Rectification.dueOn'], value: (r) => r.dueOn },
    { header: '状态', width: 12, needs: ['Rectification.status'], value: (r) => zh('RectificationStatus', r.status) },
    { header: '提交日期', width: 12, needs: ['Rectification.submittedOn'], value: (r) => r.submittedOn },
    { header: '结案日期', width: 12, needs: ['Rectification.closedOn'], value: (r) => r.closedOn },
    { header: '说明', width: 30, needs: ['Rectification.note'], value: (r) => r.note },
  ],
};

const subsidyRounds: ListExportResource<SubsidyRound> = {
  query: 'subsidyRounds',
  label: 'SubsidyRound',
  title: '福彩公益金资助',
  ...fromService((svc) => svc.subsidyRounds),
  prepare: (rows, refs) => refs.loadRounds(rows.map((r) => r.ratingRoundId)),
  columns: [
    idColumn('SubsidyRound'),
    { header: '名称', width: 36, needs: ['SubsidyRound.name'], value: (r) => r.name },
    { header: '年度', width: 6, needs: ['SubsidyRound.fiscalYear'], value: (r) => r.fiscalYear },
    { header: '资金来源', width: 16, needs: ['SubsidyRound.fundSource'], value: (r) => r.fundSource },
    { header: '评定', width: 30, needs: ['SubsidyRound.ratingRound', 'RatingRound.name'], value: (r, env) => env.refs.rounds.get(r.ratingRoundId) ?? null },
    { header: '分配方式', width: 16, needs: ['SubsidyRound.mode'], value: (r) => zh('SubsidyMode', r.mode) },
    { header: '预算(元)', width: 16, numFmt: MONEY, needs: ['SubsidyRound.budget'], value: (r) => money(r.budget) },
    { header: '已分配(元)', width: 16, numFmt: MONEY, needs: ['SubsidyRound.allocated'], value: (r) => money(r.allocated) },
    { header: '未分配(元)', width: 16, numFmt: MONEY, needs: ['SubsidyRound.unallocated'], value: (r) => money(r.unallocated) },
    { header: '状态', needs: ['SubsidyRound.status'], value: (r) => zh('SubsidyStatus', r.status) },
    { header: '计算人', width: 20, needs: ['SubsidyRound.computedBy'], value: (r) => r.computedBy },
    { header: '审批人', width: 20, needs: ['SubsidyRound.approvedBy'], value: (r) => r.approvedBy },
    { header: '审批时间', width: 20, needs: ['SubsidyRound.approvedAt'], value: (r) => chinaTime(r.approvedAt) },
  ],
};

const users: ListExportResource<User> = {
  query: 'users',
  label: 'User',
  title: '用户',
  ...fromService((svc) => svc.users),
  columns: [
    idColumn('User'),
    { header: '邮箱', width: 28, needs: ['User.email'], value: (u) => u.email },
    { header: '姓名', needs: ['User.name'], value: (u) => u.name },
    { header: '角色', needs: ['User.role'], value: (u) => zh('Role', u.role) },
    { header: '启用', width: 6, needs: ['User.active'], value: (u) => yesNo(u.active) },
    { header: '最近登录', width: 20, needs: ['User.lastLoginAt'], value: (u) => chinaTime(u.lastLoginAt) },
    createdColumn('User'),
  ],
};

const auditLog: ListExportResource<AuditLog> = {
  query: 'auditLog',
  label: 'AuditLog',
  title: '审计日志',
  snapshot: async (ds) => Number((await ds.query('SELECT MAX(id) AS id FROM audit_log'))[0]?.id ?? 0),
  // newest first, as the auditLog query lists them; up to the last entry before this export's own. Always on the
  // primary (the runner is not used): the snapshot's last id is the primary's, which a replica may not have yet.
  count: (_svc, ctx, filter, lastId) => auditLogQuery(ctx.ds, filter).andWhere('a.id <= :exportLastId', { exportLastId: lastId }).getCount(),
  read: (_svc, ctx, filter, _sort, lastId) =>
    keysetChunks(() => auditLogQuery(ctx.ds, filter).andWhere('a.id <= :exportLastId', { exportLastId: lastId }), 'a', [{ column: 'id', direction: 'DESC' }]),
  columns: [
    { header: 'ID', width: 8, needs: ['AuditLogEntry.id'], value: (a) => a.id },
    { header: '时间', width: 20, needs: ['AuditLogEntry.at'], value: (a) => chinaTime(a.at) },
    { header: '操作者类型', width: 10, needs: ['AuditLogEntry.actorKind'], value: (a) => zh('ActorKind', a.actorKind) },
    { header: '操作者', width: 24, needs: ['AuditLogEntry.actorName'], value: (a) => a.actorName },
    { header: '操作', width: 14, needs: ['AuditLogEntry.action'], value: (a) => a.action },
    { header: '记录类型', width: 16, needs: ['AuditLogEntry.entity'], value: (a) => a.entity },
    { header: '记录ID', width: 8, needs: ['AuditLogEntry.entityId'], value: (a) => a.entityId },
    { header: '变更前', width: 40, needs: ['AuditLogEntry.before'], value: (a) => a.before },
    { header: '变更后', width: 40, needs: ['AuditLogEntry.after'], value: (a) => a.after },
    { header: '请求ID', width: 38, needs: ['AuditLogEntry.requestId'], value: (a) => a.requestId },
  ],
};

/** URL name (`/export/list/<name>.xlsx`) → what it exports: every list of the admin panel, and the audit log. */
export const LIST_EXPORTS: Record<string, ListExportResource> = {
  streets,
  communities,
  centers,
  associations,
  residents,
  healthExams,
  visits,
  projects,
  projectProgresses,
  ratingRounds,
  rectifications,
  subsidyRounds,
  users,
  auditLog,
};
