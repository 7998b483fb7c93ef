/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssociationFilter = {
  communityId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  level?: AssociationLevel | null | undefined;
  /** Text search on the name and the president name */
  q?: string | null | undefined;
  streetId?: string | number | null | undefined;
};

export type AssociationLevel =
  | 'COMMUNITY'
  | 'STREET';

export type AssociationSort = {
  direction: SortDirection;
  field: AssociationSortField;
};

export type AssociationSortField =
  | 'createdAt'
  | 'foundedOn'
  | 'id'
  | 'level'
  | 'memberCount'
  | 'name';

export type CenterFilter = {
  associationId?: string | number | null | undefined;
  communityId?: string | number | null | undefined;
  floorAreaMax?: number | null | undefined;
  floorAreaMin?: number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Plaque date on or after */
  plaqueFrom?: string | null | undefined;
  /** Plaque date on or before */
  plaqueTo?: string | null | undefined;
  /** Text search on code, name and address */
  q?: string | null | undefined;
  serviceScoreMax?: number | null | undefined;
  serviceScoreMin?: number | null | undefined;
  status?: Array<CenterStatus> | null | undefined;
  streetId?: string | number | null | undefined;
};

export type CenterRatingFilter = {
  communityId?: string | number | null | undefined;
  level?: Array<StarLevel> | null | undefined;
  /** Center code or name */
  q?: string | null | undefined;
  streetId?: string | number | null | undefined;
};

export type CenterRatingSort = {
  direction: SortDirection;
  field: CenterRatingSortField;
};

export type CenterRatingSortField =
  | 'centerCode'
  | 'level'
  | 'serviceScore'
  | 'total';

export type CenterSort = {
  direction: SortDirection;
  field: CenterSortField;
};

export type CenterSortField =
  | 'code'
  | 'createdAt'
  | 'disabledCount'
  | 'elderlyCount'
  | 'floorArea'
  | 'id'
  | 'name'
  | 'plaqueDate'
  | 'serviceScore'
  | 'status'
  | 'updatedAt';

export type CenterStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'SUSPENDED';

export type CommunityFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Text search on the name */
  q?: string | null | undefined;
  streetId?: string | number | null | undefined;
};

export type CommunitySort = {
  direction: SortDirection;
  field: CommunitySortField;
};

export type CommunitySortField =
  | 'createdAt'
  | 'id'
  | 'name'
  | 'streetId';

export type CreateAssociationInput = {
  /** Required when level is COMMUNITY (a community of streetId); absent for STREET */
  communityId?: string | number | null | undefined;
  /** Not in the future */
  foundedOn?: string | null | undefined;
  /** STREET (街道老年协会) or COMMUNITY (社区老年协会) */
  level: AssociationLevel;
  /** ≥ 0 */
  memberCount?: number | null | undefined;
  name: string;
  phone?: string | null | undefined;
  /** 会长 */
  presidentName?: string | null | undefined;
  streetId: string | number;
};

export type CreateCenterInput = {
  address?: string | null | undefined;
  associationId?: string | number | null | undefined;
  /** Unique code, upper-case letters, digits and dashes, e.g. XG-CZ-001 */
  code: string;
  communityId: string | number;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  disabledCount: number;
  elderlyCount: number;
  /** m², > 0 and ≤ 5000, at most two decimals */
  floorArea: number;
  name: string;
  /** 挂牌时间, not in the future */
  plaqueDate: string;
  /** 服务情况: last inspection score 0–100, one decimal */
  serviceScore: number;
  status?: CenterStatus | null | undefined;
};

export type CreateCommunityInput = {
  name: string;
  streetId: string | number;
};

export type CreateHealthExamInput = {
  /** Required when COMPLETED (on or after scheduledOn, not in the future); absent otherwise */
  completedOn?: string | null | undefined;
  notes?: string | null | undefined;
  /** Hospital or health station running the exam */
  provider?: string | null | undefined;
  /** The resident; must be eligible for the free exam on scheduledOn */
  residentId: string | number;
  scheduledOn: string;
  status?: ExamStatus | null | undefined;
  /** Exam year; defaults to, and must equal, the year of scheduledOn */
  year?: number | null | undefined;
};

export type CreateProjectInput = {
  /** Approval reference (文号) */
  approvalRef?: string | null | undefined;
  /** Beds the project adds (≥ 0) */
  bedsAdded?: number | null | undefined;
  category: ProjectCategory;
  /** Required for COMPLETED and IN_SERVICE; not in the future, on or after startedOn */
  completedOn?: string | null | undefined;
  /** m², > 0, at most two decimals */
  floorArea?: number | null | undefined;
  /** Lead unit (牵头单位) */
  leadUnit?: string | null | undefined;
  name: string;
  /** On or after startedOn */
  plannedCompletionOn?: string | null | undefined;
  /** Required from UNDER_CONSTRUCTION on; may be a planned date before that */
  startedOn?: string | null | undefined;
  status?: ProjectStatus | null | undefined;
  /** Total investment, yuan (≥ 0, at most two decimals) */
  totalInvestment: string;
};

export type CreateProjectProgressInput = {
  note?: string | null | undefined;
  /** 0–100; never below an earlier entry of the project, never above a later one */
  percent: number;
  projectId: string | number;
  /** Not in the future */
  reportedOn: string;
};

export type CreateRatingRoundInput = {
  assessedOn: string;
  name: string;
  scheme?: RatingSchemeInput | null | undefined;
};

export type CreateResidentInput = {
  associationId?: string | number | null | undefined;
  /** Must equal the birth date in the ID number; not in the future */
  birthDate: string;
  communityId: string | number;
  /** On or after birthDate, not in the future */
  deceasedOn?: string | null | undefined;
  disabled?: boolean | null | undefined;
  gender: Gender;
  /** 生活困难 */
  hardship?: boolean | null | undefined;
  /** An employer pays for health exams */
  hasEmployer?: boolean | null | undefined;
  /** 户籍在本区 */
  householdRegistered?: boolean | null | undefined;
  /** 18-character resident ID (GB 11643); a lowercase x is accepted and stored as X */
  idNumber: string;
  name: string;
  phone?: string | null | undefined;
  residence?: Residence | null | undefined;
};

export type CreateStreetInput = {
  name: string;
};

export type CreateSubsidyRoundInput = {
  /** Whole yuan */
  budget: string;
  fiscalYear: number;
  /** Default 市福彩公益金 */
  fundSource?: string | null | undefined;
  /** Changes to the default per-level weights / amounts */
  levels?: Array<LevelAmountInput> | null | undefined;
  mode?: SubsidyMode;
  name: string;
  /** A FINALIZED rating round */
  ratingRoundId: string | number;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** At least 10 characters */
  password: string;
  role: Role;
};

export type CreateVisitInput = {
  /** Cash given, yuan (≥ 0, at most two decimals); default 0 */
  cash?: string | null | undefined;
  /** The center visited; at least one of residentId and centerId */
  centerId?: string | number | null | undefined;
  /** Goods given (慰问品) */
  goods?: string | null | undefined;
  /** CENTENARIAN_BIRTHDAY needs a resident aged 99 or more on visitedOn */
  occasion: VisitOccasion;
  /** The resident visited; at least one of residentId and centerId */
  residentId?: string | number | null | undefined;
  /** Not in the future */
  visitedOn: string;
  /** Visiting unit (慰问单位) */
  visitingUnit?: string | null | undefined;
};

/** FIXED_SCALED: the level amounts exceeded the budget and were used as weights */
export type EffectiveSubsidyMode =
  | 'FIXED'
  | 'FIXED_SCALED'
  | 'WEIGHTED';

export type ExamStatus =
  | 'COMPLETED'
  | 'MISSED'
  | 'SCHEDULED';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type HealthExamFilter = {
  /** The resident's community */
  communityId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Text search on provider and notes */
  q?: string | null | undefined;
  residentId?: string | number | null | undefined;
  /** Scheduled on or after */
  scheduledFrom?: string | null | undefined;
  /** Scheduled on or before */
  scheduledTo?: string | null | undefined;
  status?: ExamStatus | null | undefined;
  /** The resident's street */
  streetId?: string | number | null | undefined;
  year?: number | null | undefined;
};

export type HealthExamSort = {
  direction: SortDirection;
  field: HealthExamSortField;
};

export type HealthExamSortField =
  | 'completedOn'
  | 'createdAt'
  | 'id'
  | 'scheduledOn'
  | 'status'
  | 'year';

export type JobFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Only jobs submitted by the caller */
  mine?: boolean | null | undefined;
  /** Text search on the summary, the error and who submitted the job */
  q?: string | null | undefined;
  status?: Array<JobStatus> | null | undefined;
  targetId?: string | number | null | undefined;
  /** e.g. RatingRound, SubsidyRound */
  targetType?: string | null | undefined;
  type?: Array<JobType> | null | undefined;
};

export type JobSort = {
  direction: SortDirection;
  field: JobSortField;
};

export type JobSortField =
  | 'createdAt'
  | 'finishedAt'
  | 'id'
  | 'status'
  | 'type';

/** UPLOADING 上传中, QUEUED 排队中, RUNNING 运行中, SUCCEEDED 已完成, FAILED 失败 */
export type JobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'UPLOADING';

/** COMPUTE_RATING_ROUND 星级评定计算, COMPUTE_SUBSIDY_ROUND 资助分配计算, IMPORT 导入, EXPORT 导出 */
export type JobType =
  | 'COMPUTE_RATING_ROUND'
  | 'COMPUTE_SUBSIDY_ROUND'
  | 'EXPORT'
  | 'IMPORT';

/** A per-level parameter: weight (WEIGHTED, up to 3 decimals) and/or amount (FIXED_PER_LEVEL, whole yuan) */
export type LevelAmountInput = {
  amount?: string | null | undefined;
  level: StarLevel;
  weight?: number | null | undefined;
};

/** What-if allocation over a finalized rating round, nothing saved */
export type PreviewSubsidyInput = {
  budget: string;
  levels?: Array<LevelAmountInput> | null | undefined;
  mode?: SubsidyMode;
  ratingRoundId: string | number;
};

export type ProjectCategory =
  | 'DAY_CARE_CENTER'
  | 'HOME_CARE_CENTER'
  | 'OTHER'
  | 'PRIVATE_INSTITUTION'
  | 'PUBLIC_INSTITUTION'
  | 'TRAINING';

export type ProjectFilter = {
  category?: ProjectCategory | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Text search on name, lead unit and approval reference */
  q?: string | null | undefined;
  /** Started on or after */
  startedFrom?: string | null | undefined;
  /** Started on or before */
  startedTo?: string | null | undefined;
  status?: Array<ProjectStatus> | null | undefined;
};

export type ProjectProgressFilter = {
  ids?: Array<string | number> | null | undefined;
  projectId?: string | number | null | undefined;
  /** Text search on the note */
  q?: string | null | undefined;
  /** Reported on or after */
  reportedFrom?: string | null | undefined;
  /** Reported on or before */
  reportedTo?: string | null | undefined;
};

export type ProjectProgressSort = {
  direction: SortDirection;
  field: ProjectProgressSortField;
};

export type ProjectProgressSortField =
  | 'createdAt'
  | 'id'
  | 'percent'
  | 'reportedOn';

export type ProjectSort = {
  direction: SortDirection;
  field: ProjectSortField;
};

export type ProjectSortField =
  | 'bedsAdded'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'startedOn'
  | 'status'
  | 'totalInvestment';

export type ProjectStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_SERVICE'
  | 'PROPOSED'
  | 'UNDER_CONSTRUCTION';

export type RatingRoundFilter = {
  assessedFrom?: string | null | undefined;
  assessedTo?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  q?: string | null | undefined;
  status?: Array<RoundStatus> | null | undefined;
};

export type RatingRoundSort = {
  direction: SortDirection;
  field: RatingRoundSortField;
};

export type RatingRoundSortField =
  | 'assessedOn'
  | 'createdAt'
  | 'id'
  | 'name'
  | 'status';

/** What decided the level: NEW (open < 1 year), VETO (service score below the veto), THRESHOLD (the total) */
export type RatingRule =
  | 'NEW'
  | 'THRESHOLD'
  | 'VETO';

/** Changes to the default rating scheme; absent fields keep the default */
export type RatingSchemeInput = {
  /** m² at which the area score reaches 100 (default 300) */
  areaFullAt?: number | null | undefined;
  /** Fewer full years open than this is NEW (default 1) */
  newIfYearsBelow?: number | null | undefined;
  /** Elderly + disabled people at which the population score reaches 100 (default 1500) */
  populationFullAt?: number | null | undefined;
  /** Days after the assessment date a rectification is due (default 90) */
  rectificationDays?: number | null | undefined;
  /** Levels that get a rectification order (default ONE, FAIL) */
  rectifyLevels?: Array<StarLevel> | null | undefined;
  /** Points per full year open (default 20) */
  seniorityPointsPerYear?: number | null | undefined;
  /** A service score below this is FAIL whatever the total (default 50) */
  serviceVetoBelow?: number | null | undefined;
  thresholds?: RatingThresholdsInput | null | undefined;
  weights?: RatingWeightsInput | null | undefined;
};

/** Minimum total per level (up to 2 decimals; default 92 / 84 / 76 / 68 / 60) */
export type RatingThresholdsInput = {
  FIVE?: number | null | undefined;
  FOUR?: number | null | undefined;
  ONE?: number | null | undefined;
  THREE?: number | null | undefined;
  TWO?: number | null | undefined;
};

/** Weights of the four sub-scores (up to 3 decimals; default 0.55 / 0.15 / 0.10 / 0.20) */
export type RatingWeightsInput = {
  area?: number | null | undefined;
  population?: number | null | undefined;
  seniority?: number | null | undefined;
  service?: number | null | undefined;
};

export type RectificationFilter = {
  centerId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Not closed and past its due date (today in China) */
  overdue?: boolean | null | undefined;
  /** Note text */
  q?: string | null | undefined;
  roundId?: string | number | null | undefined;
  status?: Array<RectificationStatus> | null | undefined;
  streetId?: string | number | null | undefined;
};

export type RectificationSort = {
  direction: SortDirection;
  field: RectificationSortField;
};

export type RectificationSortField =
  | 'createdAt'
  | 'dueOn'
  | 'id'
  | 'status';

export type RectificationStatus =
  | 'FAILED'
  | 'OPEN'
  | 'PASSED'
  | 'SUBMITTED';

/** HOME 居家, WELFARE_CENTER 区社会福利中心, OTHER_INSTITUTION 其他机构 */
export type Residence =
  | 'HOME'
  | 'OTHER_INSTITUTION'
  | 'WELFARE_CENTER';

export type ResidentFilter = {
  /** Age in whole years on asOf, at most */
  ageMax?: number | null | undefined;
  /** Age in whole years on asOf, at least */
  ageMin?: number | null | undefined;
  /** true: no death date recorded (deceasedOn is null); false: deceased */
  alive?: boolean | null | undefined;
  /** The date ageMin, ageMax, centenarian and freeExamEligible refer to; default today (China) */
  asOf?: string | null | undefined;
  associationId?: string | number | null | undefined;
  /** Born on or after */
  bornFrom?: string | null | undefined;
  /** Born on or before */
  bornTo?: string | null | undefined;
  /** Aged 100 or more on asOf (false: under 100) */
  centenarian?: boolean | null | undefined;
  communityId?: string | number | null | undefined;
  disabled?: boolean | null | undefined;
  /** Alive on asOf, aged 60+ on asOf, householdRegistered and not hasEmployer (false: any of these fails) */
  freeExamEligible?: boolean | null | undefined;
  gender?: Gender | null | undefined;
  hardship?: boolean | null | undefined;
  hasEmployer?: boolean | null | undefined;
  householdRegistered?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** The name starts with this text (surname or full name); for ADMIN and OFFICER also the ID number, exactly or by a prefix of at least 10 characters */
  q?: string | null | undefined;
  /** Any of these (a single value is accepted too) */
  residence?: Array<Residence> | null | undefined;
  streetId?: string | number | null | undefined;
};

export type ResidentSort = {
  direction: SortDirection;
  field: ResidentSortField;
};

export type ResidentSortField =
  | 'birthDate'
  | 'communityId'
  | 'createdAt'
  | 'id'
  | 'name';

/** Partner apps are API keys, not users */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'OFFICER';

export type RoundStatus =
  | 'COMPUTED'
  | 'DRAFT'
  | 'FINALIZED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 五星 FIVE … 一星 ONE, 不及格 FAIL, 新建 NEW */
export type StarLevel =
  | 'FAIL'
  | 'FIVE'
  | 'FOUR'
  | 'NEW'
  | 'ONE'
  | 'THREE'
  | 'TWO';

/** What the statistics are about: a date and optionally a street and/or a community */
export type StatisticsFilter = {
  /** The date ages, “alive” and free-exam eligibility refer to; default today (China) */
  asOf?: string | null | undefined;
  /** Only this community */
  communityId?: string | number | null | undefined;
  /** Only this street */
  streetId?: string | number | null | undefined;
};

export type StreetFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Text search on the name */
  q?: string | null | undefined;
};

export type StreetSort = {
  direction: SortDirection;
  field: StreetSortField;
};

export type StreetSortField =
  | 'createdAt'
  | 'id'
  | 'name';

export type SubsidyAllocationFilter = {
  level?: Array<StarLevel> | null | undefined;
  /** Center code or name */
  q?: string | null | undefined;
  streetId?: string | number | null | undefined;
};

export type SubsidyAllocationSort = {
  direction: SortDirection;
  field: SubsidyAllocationSortField;
};

export type SubsidyAllocationSortField =
  | 'amount'
  | 'centerCode'
  | 'level';

export type SubsidyMode =
  | 'FIXED_PER_LEVEL'
  | 'WEIGHTED';

export type SubsidyRoundFilter = {
  fiscalYear?: number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  q?: string | null | undefined;
  ratingRoundId?: string | number | null | undefined;
  status?: Array<SubsidyStatus> | null | undefined;
};

export type SubsidyRoundSort = {
  direction: SortDirection;
  field: SubsidyRoundSortField;
};

export type SubsidyRoundSortField =
  | 'budget'
  | 'createdAt'
  | 'fiscalYear'
  | 'id'
  | 'name'
  | 'status';

export type SubsidyStatus =
  | 'APPROVED'
  | 'COMPUTED'
  | 'DRAFT';

export type UpdateAssociationInput = {
  /** null clears (required for a STREET-level association) */
  communityId?: string | number | null | undefined;
  foundedOn?: string | null | undefined;
  id: string | number;
  level?: AssociationLevel | null | undefined;
  memberCount?: number | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  presidentName?: string | null | undefined;
  streetId?: string | number | null | undefined;
  version: number;
};

export type UpdateCenterInput = {
  address?: string | null | undefined;
  associationId?: string | number | null | undefined;
  code?: string | null | undefined;
  communityId?: string | number | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  disabledCount?: number | null | undefined;
  elderlyCount?: number | null | undefined;
  floorArea?: number | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  plaqueDate?: string | null | undefined;
  serviceScore?: number | null | undefined;
  status?: CenterStatus | null | undefined;
  version: number;
};

export type UpdateCommunityInput = {
  id: string | number;
  name?: string | null | undefined;
  streetId?: string | number | null | undefined;
  version: number;
};

export type UpdateHealthExamInput = {
  completedOn?: string | null | undefined;
  id: string | number;
  notes?: string | null | undefined;
  provider?: string | null | undefined;
  residentId?: string | number | null | undefined;
  scheduledOn?: string | null | undefined;
  /** SCHEDULED → COMPLETED | MISSED, MISSED → SCHEDULED; COMPLETED is final */
  status?: ExamStatus | null | undefined;
  version: number;
  /** Follows scheduledOn when scheduledOn changes and year is absent */
  year?: number | null | undefined;
};

export type UpdateProjectInput = {
  approvalRef?: string | null | undefined;
  bedsAdded?: number | null | undefined;
  category?: ProjectCategory | null | undefined;
  completedOn?: string | null | undefined;
  floorArea?: number | null | undefined;
  id: string | number;
  leadUnit?: string | null | undefined;
  name?: string | null | undefined;
  plannedCompletionOn?: string | null | undefined;
  startedOn?: string | null | undefined;
  /** Forward only along PROPOSED → APPROVED → UNDER_CONSTRUCTION → COMPLETED → IN_SERVICE (skipping allowed), or to CANCELLED before IN_SERVICE */
  status?: ProjectStatus | null | undefined;
  totalInvestment?: string | null | undefined;
  version: number;
};

export type UpdateProjectProgressInput = {
  id: string | number;
  note?: string | null | undefined;
  percent?: number | null | undefined;
  reportedOn?: string | null | undefined;
  version: number;
};

/** Allowed while the round is not FINALIZED; changing the date or scheme of a COMPUTED round returns it to DRAFT */
export type UpdateRatingRoundInput = {
  assessedOn?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  scheme?: RatingSchemeInput | null | undefined;
  version: number;
};

/** OPEN → SUBMITTED → PASSED | FAILED; SUBMITTED may return to OPEN; FAILED may be resubmitted */
export type UpdateRectificationInput = {
  /** Defaults to today when the status becomes PASSED or FAILED */
  closedOn?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  status?: RectificationStatus | null | undefined;
  /** Defaults to today when the status becomes SUBMITTED */
  submittedOn?: string | null | undefined;
  version: number;
};

export type UpdateResidentInput = {
  /** null ends the membership */
  associationId?: string | number | null | undefined;
  /** Must still match the ID number */
  birthDate?: string | null | undefined;
  communityId?: string | number | null | undefined;
  /** null clears */
  deceasedOn?: string | null | undefined;
  disabled?: boolean | null | undefined;
  gender?: Gender | null | undefined;
  hardship?: boolean | null | undefined;
  hasEmployer?: boolean | null | undefined;
  householdRegistered?: boolean | null | undefined;
  id: string | number;
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  residence?: Residence | null | undefined;
  version: number;
};

export type UpdateStreetInput = {
  id: string | number;
  name?: string | null | undefined;
  version: number;
};

/** Allowed until APPROVED; changing money parameters of a COMPUTED round returns it to DRAFT */
export type UpdateSubsidyRoundInput = {
  budget?: string | null | undefined;
  fiscalYear?: number | null | undefined;
  fundSource?: string | null | undefined;
  id: string | number;
  levels?: Array<LevelAmountInput> | null | undefined;
  mode?: SubsidyMode | null | undefined;
  name?: string | null | undefined;
  ratingRoundId?: string | number | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  /** false disables the account and revokes its tokens */
  active?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** A new password (revokes existing tokens) */
  password?: string | null | undefined;
  role?: Role | null | undefined;
  version: number;
};

export type UpdateVisitInput = {
  cash?: string | null | undefined;
  centerId?: string | number | null | undefined;
  goods?: string | null | undefined;
  id: string | number;
  occasion?: VisitOccasion | null | undefined;
  residentId?: string | number | null | undefined;
  version: number;
  visitedOn?: string | null | undefined;
  visitingUnit?: string | null | undefined;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  q?: string | null | undefined;
  role?: Role | null | undefined;
};

export type UserSort = {
  direction: SortDirection;
  field: UserSortField;
};

export type UserSortField =
  | 'createdAt'
  | 'email'
  | 'id'
  | 'name'
  | 'role';

export type VisitFilter = {
  centerId?: string | number | null | undefined;
  /** Visits to residents or centers of this community */
  communityId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  occasion?: VisitOccasion | null | undefined;
  /** Text search on goods and visiting unit */
  q?: string | null | undefined;
  residentId?: string | number | null | undefined;
  /** Visits to residents or centers of this street */
  streetId?: string | number | null | undefined;
  /** Visited on or after */
  visitedFrom?: string | null | undefined;
  /** Visited on or before */
  visitedTo?: string | null | undefined;
};

/** 春节, 重阳, 百岁生日, 住院, 其他 */
export type VisitOccasion =
  | 'CENTENARIAN_BIRTHDAY'
  | 'DOUBLE_NINTH'
  | 'HOSPITAL'
  | 'OTHER'
  | 'SPRING_FESTIVAL';

export type VisitSort = {
  direction: SortDirection;
  field: VisitSortField;
};

export type VisitSortField =
  | 'cash'
  | 'createdAt'
  | 'id'
  | 'occasion'
  | 'visitedOn';

export type ZeroAmountReason =
  | 'LEVEL_AMOUNT_ZERO'
  | 'LEVEL_WEIGHT_ZERO'
  | 'ROUNDED_TO_ZERO';

export type StreetFieldsFragment = { id: string, version: number, name: string, communityCount: number, createdAt: string, updatedAt: string };

export type AdminStreetsQueryVariables = Exact<{
  filter?: StreetFilter | null | undefined;
  sort?: Array<StreetSort> | StreetSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminStreetsQuery = { streets: { totalItems: number, items: Array<{ id: string, version: number, name: string, communityCount: number, createdAt: string, updatedAt: string }> } };

export type AdminStreetQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminStreetQuery = { street: { id: string, version: number, name: string, communityCount: number, createdAt: string, updatedAt: string } | null };

export type AdminCreateStreetMutationVariables = Exact<{
  input: CreateStreetInput;
}>;


export type AdminCreateStreetMutation = { createStreet: { id: string, version: number, name: string, communityCount: number, createdAt: string, updatedAt: string } };

export type AdminUpdateStreetMutationVariables = Exact<{
  input: UpdateStreetInput;
}>;


export type AdminUpdateStreetMutation = { updateStreet: { id: string, version: number, name: string, communityCount: number, createdAt: string, updatedAt: string } };

export type AdminDeleteStreetMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteStreetMutation = { deleteStreet: string };

export type CommunityFieldsFragment = { id: string, version: number, name: string, streetId: string, createdAt: string, updatedAt: string, street: { id: string, name: string } };

export type AdminCommunitiesQueryVariables = Exact<{
  filter?: CommunityFilter | null | undefined;
  sort?: Array<CommunitySort> | CommunitySort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminCommunitiesQuery = { communities: { totalItems: number, items: Array<{ id: string, version: number, name: string, streetId: string, createdAt: string, updatedAt: string, street: { id: string, name: string } }> } };

export type AdminCommunityQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminCommunityQuery = { community: { id: string, version: number, name: string, streetId: string, createdAt: string, updatedAt: string, street: { id: string, name: string } } | null };

export type AdminCreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type AdminCreateCommunityMutation = { createCommunity: { id: string, version: number, name: string, streetId: string, createdAt: string, updatedAt: string, street: { id: string, name: string } } };

export type AdminUpdateCommunityMutationVariables = Exact<{
  input: UpdateCommunityInput;
}>;


export type AdminUpdateCommunityMutation = { updateCommunity: { id: string, version: number, name: string, streetId: string, createdAt: string, updatedAt: string, street: { id: string, name: string } } };

export type AdminDeleteCommunityMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteCommunityMutation = { deleteCommunity: string };

export type AssociationFieldsFragment = { id: string, version: number, name: string, level: AssociationLevel, streetId: string, communityId: string | null, presidentName: string | null, phone: string | null, memberCount: number, foundedOn: string | null, centerCount: number, memberResidentCount: number, createdAt: string, updatedAt: string, street: { id: string, name: string }, community: { id: string, name: string } | null };

export type AdminAssociationsQueryVariables = Exact<{
  filter?: AssociationFilter | null | undefined;
  sort?: Array<AssociationSort> | AssociationSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminAssociationsQuery = { associations: { totalItems: number, items: Array<{ id: string, version: number, name: string, level: AssociationLevel, streetId: string, communityId: string | null, presidentName: string | null, phone: string | null, memberCount: number, foundedOn: string | null, centerCount: number, memberResidentCount: number, createdAt: string, updatedAt: string, street: { id: string, name: string }, community: { id: string, name: string } | null }> } };

export type AdminAssociationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminAssociationQuery = { association: { id: string, version: number, name: string, level: AssociationLevel, streetId: string, communityId: string | null, presidentName: string | null, phone: string | null, memberCount: number, foundedOn: string | null, centerCount: number, memberResidentCount: number, createdAt: string, updatedAt: string, street: { id: string, name: string }, community: { id: string, name: string } | null } | null };

export type AdminCreateAssociationMutationVariables = Exact<{
  input: CreateAssociationInput;
}>;


export type AdminCreateAssociationMutation = { createAssociation: { id: string, version: number, name: string, level: AssociationLevel, streetId: string, communityId: string | null, presidentName: string | null, phone: string | null, memberCount: number, foundedOn: string | null, centerCount: number, memberResidentCount: number, createdAt: string, updatedAt: string, street: { id: string, name: string }, community: { id: string, name: string } | null } };

export type AdminUpdateAssociationMutationVariables = Exact<{
  input: UpdateAssociationInput;
}>;


export type AdminUpdateAssociationMutation = { updateAssociation: { id: string, version: number, name: string, level: AssociationLevel, streetId: string, communityId: string | null, presidentName: string | null, phone: string | null, memberCount: number, foundedOn: string | null, centerCount: number, memberResidentCount: number, createdAt: string, updatedAt: string, street: { id: string, name: string }, community: { id: string, name: string } | null } };

export type AdminDeleteAssociationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteAssociationMutation = { deleteAssociation: string };

export type AdminLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AdminLoginMutation = { login: { token: string, user: { id: string, email: string, name: string, role: Role } } };

export type AdminMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMeQuery = { me: { id: string, email: string, name: string, role: Role } | null };

export type CenterFieldsFragment = { id: string, version: number, code: string, name: string, communityId: string, address: string, plaqueDate: string, elderlyCount: number, disabledCount: number, status: CenterStatus, associationId: string | null, contactName: string | null, contactPhone: string | null, floorArea: number, serviceScore: number, currentLevel: StarLevel | null, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null };

export type AdminCentersQueryVariables = Exact<{
  filter?: CenterFilter | null | undefined;
  sort?: Array<CenterSort> | CenterSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminCentersQuery = { centers: { totalItems: number, items: Array<{ id: string, version: number, code: string, name: string, communityId: string, address: string, plaqueDate: string, elderlyCount: number, disabledCount: number, status: CenterStatus, associationId: string | null, contactName: string | null, contactPhone: string | null, floorArea: number, serviceScore: number, currentLevel: StarLevel | null, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null }> } };

export type AdminCenterQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminCenterQuery = { center: { id: string, version: number, code: string, name: string, communityId: string, address: string, plaqueDate: string, elderlyCount: number, disabledCount: number, status: CenterStatus, associationId: string | null, contactName: string | null, contactPhone: string | null, floorArea: number, serviceScore: number, currentLevel: StarLevel | null, createdAt: string, updatedAt: string, openRectifications: Array<{ id: string, level: StarLevel, dueOn: string, status: RectificationStatus, overdue: boolean }>, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null } | null };

export type AdminCreateCenterMutationVariables = Exact<{
  input: CreateCenterInput;
}>;


export type AdminCreateCenterMutation = { createCenter: { id: string, version: number, code: string, name: string, communityId: string, address: string, plaqueDate: string, elderlyCount: number, disabledCount: number, status: CenterStatus, associationId: string | null, contactName: string | null, contactPhone: string | null, floorArea: number, serviceScore: number, currentLevel: StarLevel | null, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null } };

export type AdminUpdateCenterMutationVariables = Exact<{
  input: UpdateCenterInput;
}>;


export type AdminUpdateCenterMutation = { updateCenter: { id: string, version: number, code: string, name: string, communityId: string, address: string, plaqueDate: string, elderlyCount: number, disabledCount: number, status: CenterStatus, associationId: string | null, contactName: string | null, contactPhone: string | null, floorArea: number, serviceScore: number, currentLevel: StarLevel | null, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null } };

export type AdminDeleteCenterMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteCenterMutation = { deleteCenter: string };

export type HealthExamFieldsFragment = { id: string, version: number, residentId: string, year: number, scheduledOn: string, provider: string, status: ExamStatus, completedOn: string | null, notes: string | null, createdAt: string, updatedAt: string, resident: { id: string, name: string, idNumber: string, community: { id: string, name: string } } };

export type AdminHealthExamsQueryVariables = Exact<{
  filter?: HealthExamFilter | null | undefined;
  sort?: Array<HealthExamSort> | HealthExamSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminHealthExamsQuery = { healthExams: { totalItems: number, items: Array<{ id: string, version: number, residentId: string, year: number, scheduledOn: string, provider: string, status: ExamStatus, completedOn: string | null, notes: string | null, createdAt: string, updatedAt: string, resident: { id: string, name: string, idNumber: string, community: { id: string, name: string } } }> } };

export type AdminHealthExamQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminHealthExamQuery = { healthExam: { id: string, version: number, residentId: string, year: number, scheduledOn: string, provider: string, status: ExamStatus, completedOn: string | null, notes: string | null, createdAt: string, updatedAt: string, resident: { id: string, name: string, idNumber: string, community: { id: string, name: string } } } | null };

export type AdminCreateHealthExamMutationVariables = Exact<{
  input: CreateHealthExamInput;
}>;


export type AdminCreateHealthExamMutation = { createHealthExam: { id: string, version: number, residentId: string, year: number, scheduledOn: string, provider: string, status: ExamStatus, completedOn: string | null, notes: string | null, createdAt: string, updatedAt: string, resident: { id: string, name: string, idNumber: string, community: { id: string, name: string } } } };

export type AdminUpdateHealthExamMutationVariables = Exact<{
  input: UpdateHealthExamInput;
}>;


export type AdminUpdateHealthExamMutation = { updateHealthExam: { id: string, version: number, residentId: string, year: number, scheduledOn: string, provider: string, status: ExamStatus, completedOn: string | null, notes: string | null, createdAt: string, updatedAt: string, resident: { id: string, name: string, idNumber: string, community: { id: string, name: string } } } };

export type AdminDeleteHealthExamMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteHealthExamMutation = { deleteHealthExam: string };

export type JobFieldsFragment = { id: string, version: number, type: JobType, status: JobStatus, targetType: string | null, targetId: string | null, progress: number, done: number | null, total: number | null, step: string | null, summary: string | null, error: string | null, errorCode: string | null, attempts: number, createdBy: string, instance: string | null, resultName: string | null, resultSize: number | null, resultUrl: string | null, createdAt: string, updatedAt: string, startedAt: string | null, finishedAt: string | null };

export type AdminJobsQueryVariables = Exact<{
  filter?: JobFilter | null | undefined;
  sort?: Array<JobSort> | JobSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminJobsQuery = { jobs: { totalItems: number, items: Array<{ id: string, version: number, type: JobType, status: JobStatus, targetType: string | null, targetId: string | null, progress: number, done: number | null, total: number | null, step: string | null, summary: string | null, error: string | null, errorCode: string | null, attempts: number, createdBy: string, instance: string | null, resultName: string | null, resultSize: number | null, resultUrl: string | null, createdAt: string, updatedAt: string, startedAt: string | null, finishedAt: string | null }> } };

export type AdminJobQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminJobQuery = { job: { id: string, version: number, type: JobType, status: JobStatus, targetType: string | null, targetId: string | null, progress: number, done: number | null, total: number | null, step: string | null, summary: string | null, error: string | null, errorCode: string | null, attempts: number, createdBy: string, instance: string | null, resultName: string | null, resultSize: number | null, resultUrl: string | null, createdAt: string, updatedAt: string, startedAt: string | null, finishedAt: string | null } | null };

export type AdminComputeRatingRoundJobMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AdminComputeRatingRoundJobMutation = { computeRatingRoundJob: { id: string, version: number, type: JobType, status: JobStatus, targetType: string | null, targetId: string | null, progress: number, done: number | null, total: number | null, step: string | null, summary: string | null, error: string | null, errorCode: string | null, attempts: number, createdBy: string, instance: string | null, resultName: string | null, resultSize: number | null, resultUrl: string | null, createdAt: string, updatedAt: string, startedAt: string | null, finishedAt: string | null } };

export type AdminComputeSubsidyRoundJobMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AdminComputeSubsidyRoundJobMutation = { computeSubsidyRoundJob: { id: string, version: number, type: JobType, status: JobStatus, targetType: string | null, targetId: string | null, progress: number, done: number | null, total: number | null, step: string | null, summary: string | null, error: string | null, errorCode: string | null, attempts: number, createdBy: string, instance: string | null, resultName: string | null, resultSize: number | null, resultUrl: string | null, createdAt: string, updatedAt: string, startedAt: string | null, finishedAt: string | null } };

export type ProjectFieldsFragment = { id: string, version: number, name: string, category: ProjectCategory, status: ProjectStatus, totalInvestment: string, bedsAdded: number, startedOn: string | null, plannedCompletionOn: string | null, completedOn: string | null, leadUnit: string, approvalRef: string | null, floorArea: number | null, createdAt: string, updatedAt: string, latestProgress: { id: string, percent: number, reportedOn: string } | null };

export type AdminProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  sort?: Array<ProjectSort> | ProjectSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminProjectsQuery = { projects: { totalItems: number, items: Array<{ id: string, version: number, name: string, category: ProjectCategory, status: ProjectStatus, totalInvestment: string, bedsAdded: number, startedOn: string | null, plannedCompletionOn: string | null, completedOn: string | null, leadUnit: string, approvalRef: string | null, floorArea: number | null, createdAt: string, updatedAt: string, latestProgress: { id: string, percent: number, reportedOn: string } | null }> } };

export type AdminProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminProjectQuery = { project: { id: string, version: number, name: string, category: ProjectCategory, status: ProjectStatus, totalInvestment: string, bedsAdded: number, startedOn: string | null, plannedCompletionOn: string | null, completedOn: string | null, leadUnit: string, approvalRef: string | null, floorArea: number | null, createdAt: string, updatedAt: string, latestProgress: { id: string, percent: number, reportedOn: string } | null } | null };

export type AdminCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type AdminCreateProjectMutation = { createProject: { id: string, version: number, name: string, category: ProjectCategory, status: ProjectStatus, totalInvestment: string, bedsAdded: number, startedOn: string | null, plannedCompletionOn: string | null, completedOn: string | null, leadUnit: string, approvalRef: string | null, floorArea: number | null, createdAt: string, updatedAt: string, latestProgress: { id: string, percent: number, reportedOn: string } | null } };

export type AdminUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type AdminUpdateProjectMutation = { updateProject: { id: string, version: number, name: string, category: ProjectCategory, status: ProjectStatus, totalInvestment: string, bedsAdded: number, startedOn: string | null, plannedCompletionOn: string | null, completedOn: string | null, leadUnit: string, approvalRef: string | null, floorArea: number | null, createdAt: string, updatedAt: string, latestProgress: { id: string, percent: number, reportedOn: string } | null } };

export type AdminDeleteProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteProjectMutation = { deleteProject: string };

export type ProjectProgressFieldsFragment = { id: string, version: number, projectId: string, reportedOn: string, percent: number, note: string, createdAt: string, updatedAt: string };

export type AdminProjectProgressesQueryVariables = Exact<{
  filter?: ProjectProgressFilter | null | undefined;
  sort?: Array<ProjectProgressSort> | ProjectProgressSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminProjectProgressesQuery = { projectProgresses: { totalItems: number, items: Array<{ id: string, version: number, projectId: string, reportedOn: string, percent: number, note: string, createdAt: string, updatedAt: string }> } };

export type AdminProjectProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminProjectProgressQuery = { projectProgress: { id: string, version: number, projectId: string, reportedOn: string, percent: number, note: string, createdAt: string, updatedAt: string } | null };

export type AdminCreateProjectProgressMutationVariables = Exact<{
  input: CreateProjectProgressInput;
}>;


export type AdminCreateProjectProgressMutation = { createProjectProgress: { id: string, version: number, projectId: string, reportedOn: string, percent: number, note: string, createdAt: string, updatedAt: string } };

export type AdminUpdateProjectProgressMutationVariables = Exact<{
  input: UpdateProjectProgressInput;
}>;


export type AdminUpdateProjectProgressMutation = { updateProjectProgress: { id: string, version: number, projectId: string, reportedOn: string, percent: number, note: string, createdAt: string, updatedAt: string } };

export type AdminDeleteProjectProgressMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteProjectProgressMutation = { deleteProjectProgress: string };

export type RatingRoundFieldsFragment = { id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, levelCounts: Array<{ level: StarLevel, count: number }> };

export type RatingSchemeFieldsFragment = { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } };

export type AdminRatingRoundsQueryVariables = Exact<{
  filter?: RatingRoundFilter | null | undefined;
  sort?: Array<RatingRoundSort> | RatingRoundSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminRatingRoundsQuery = { ratingRounds: { totalItems: number, items: Array<{ id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, levelCounts: Array<{ level: StarLevel, count: number }> }> } };

export type AdminRatingRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminRatingRoundQuery = { ratingRound: { id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, scheme: { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } }, levelCounts: Array<{ level: StarLevel, count: number }> } | null };

export type AdminCreateRatingRoundMutationVariables = Exact<{
  input: CreateRatingRoundInput;
}>;


export type AdminCreateRatingRoundMutation = { createRatingRound: { id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, scheme: { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } }, levelCounts: Array<{ level: StarLevel, count: number }> } };

export type AdminUpdateRatingRoundMutationVariables = Exact<{
  input: UpdateRatingRoundInput;
}>;


export type AdminUpdateRatingRoundMutation = { updateRatingRound: { id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, scheme: { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } }, levelCounts: Array<{ level: StarLevel, count: number }> } };

export type AdminDeleteRatingRoundMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteRatingRoundMutation = { deleteRatingRound: string };

export type AdminComputeRatingRoundMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AdminComputeRatingRoundMutation = { computeRatingRound: { id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, scheme: { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } }, levelCounts: Array<{ level: StarLevel, count: number }> } };

export type AdminFinalizeRatingRoundMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AdminFinalizeRatingRoundMutation = { finalizeRatingRound: { id: string, version: number, name: string, assessedOn: string, status: RoundStatus, centerCount: number, computedAt: string | null, finalizedAt: string | null, rectificationCount: number, createdAt: string, updatedAt: string, scheme: { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } }, levelCounts: Array<{ level: StarLevel, count: number }> } };

export type CenterRatingFieldsFragment = { id: string, roundId: string, centerId: string, level: StarLevel, rule: RatingRule, yearsOpen: number, plaqueDate: string, elderlyCount: number, disabledCount: number, floorArea: number, serviceInput: number, total: number | null, serviceScore: number | null, areaScore: number | null, seniorityScore: number | null, populationScore: number | null, explanation: string, center: { id: string, code: string, name: string, community: { id: string, name: string } } };

export type AdminRoundRatingsQueryVariables = Exact<{
  roundId: string | number;
  filter?: CenterRatingFilter | null | undefined;
  sort?: Array<CenterRatingSort> | CenterRatingSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminRoundRatingsQuery = { ratingRound: { id: string, ratings: { totalItems: number, items: Array<{ id: string, roundId: string, centerId: string, level: StarLevel, rule: RatingRule, yearsOpen: number, plaqueDate: string, elderlyCount: number, disabledCount: number, floorArea: number, serviceInput: number, total: number | null, serviceScore: number | null, areaScore: number | null, seniorityScore: number | null, populationScore: number | null, explanation: string, center: { id: string, code: string, name: string, community: { id: string, name: string } } }> } } | null };

export type RectificationFieldsFragment = { id: string, version: number, roundId: string, centerId: string, level: StarLevel, dueOn: string, status: RectificationStatus, note: string | null, submittedOn: string | null, closedOn: string | null, overdue: boolean, createdAt: string, updatedAt: string, center: { id: string, code: string, name: string, street: { id: string, name: string } }, round: { id: string, name: string } };

export type AdminRectificationsQueryVariables = Exact<{
  filter?: RectificationFilter | null | undefined;
  sort?: Array<RectificationSort> | RectificationSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminRectificationsQuery = { rectifications: { totalItems: number, items: Array<{ id: string, version: number, roundId: string, centerId: string, level: StarLevel, dueOn: string, status: RectificationStatus, note: string | null, submittedOn: string | null, closedOn: string | null, overdue: boolean, createdAt: string, updatedAt: string, center: { id: string, code: string, name: string, street: { id: string, name: string } }, round: { id: string, name: string } }> } };

export type AdminRectificationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminRectificationQuery = { rectification: { id: string, version: number, roundId: string, centerId: string, level: StarLevel, dueOn: string, status: RectificationStatus, note: string | null, submittedOn: string | null, closedOn: string | null, overdue: boolean, createdAt: string, updatedAt: string, center: { id: string, code: string, name: string, street: { id: string, name: string } }, round: { id: string, name: string } } | null };

export type AdminUpdateRectificationMutationVariables = Exact<{
  input: UpdateRectificationInput;
}>;


export type AdminUpdateRectificationMutation = { updateRectification: { id: string, version: number, roundId: string, centerId: string, level: StarLevel, dueOn: string, status: RectificationStatus, note: string | null, submittedOn: string | null, closedOn: string | null, overdue: boolean, createdAt: string, updatedAt: string, center: { id: string, code: string, name: string, street: { id: string, name: string } }, round: { id: string, name: string } } };

export type AdminPreviewRatingQueryVariables = Exact<{
  assessedOn: string;
  scheme?: RatingSchemeInput | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminPreviewRatingQuery = { previewRating: { assessedOn: string, centerCount: number, scheme: { areaFullAt: number, seniorityPointsPerYear: number, populationFullAt: number, serviceVetoBelow: number, newIfYearsBelow: number, rectifyLevels: Array<StarLevel>, rectificationDays: number, weights: { service: number, area: number, seniority: number, population: number }, thresholds: { FIVE: number, FOUR: number, THREE: number, TWO: number, ONE: number } }, levelCounts: Array<{ level: StarLevel, count: number }>, ratings: Array<{ id: string, roundId: string, centerId: string, level: StarLevel, rule: RatingRule, yearsOpen: number, plaqueDate: string, elderlyCount: number, disabledCount: number, floorArea: number, serviceInput: number, total: number | null, serviceScore: number | null, areaScore: number | null, seniorityScore: number | null, populationScore: number | null, explanation: string, center: { id: string, code: string, name: string, community: { id: string, name: string } } }> } };

export type AdminCompareRatingRoundsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type AdminCompareRatingRoundsQuery = { compareRatingRounds: { up: number, down: number, same: number, added: number, removed: number, changes: Array<{ centerId: string, fromLevel: StarLevel | null, toLevel: StarLevel | null, change: number, fromTotal: number | null, toTotal: number | null }> } };

export type ResidentFieldsFragment = { id: string, version: number, name: string, gender: Gender, birthDate: string, idNumber: string, phone: string | null, communityId: string, householdRegistered: boolean, hasEmployer: boolean, hardship: boolean, disabled: boolean, residence: Residence, associationId: string | null, deceasedOn: string | null, age: number | null, centenarian: boolean, freeExamEligible: boolean, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null };

export type AdminResidentsQueryVariables = Exact<{
  filter?: ResidentFilter | null | undefined;
  sort?: Array<ResidentSort> | ResidentSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminResidentsQuery = { residents: { totalItems: number, items: Array<{ id: string, version: number, name: string, gender: Gender, birthDate: string, idNumber: string, phone: string | null, communityId: string, householdRegistered: boolean, hasEmployer: boolean, hardship: boolean, disabled: boolean, residence: Residence, associationId: string | null, deceasedOn: string | null, age: number | null, centenarian: boolean, freeExamEligible: boolean, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null }> } };

export type AdminResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminResidentQuery = { resident: { id: string, version: number, name: string, gender: Gender, birthDate: string, idNumber: string, phone: string | null, communityId: string, householdRegistered: boolean, hasEmployer: boolean, hardship: boolean, disabled: boolean, residence: Residence, associationId: string | null, deceasedOn: string | null, age: number | null, centenarian: boolean, freeExamEligible: boolean, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null } | null };

export type AdminCreateResidentMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type AdminCreateResidentMutation = { createResident: { id: string, version: number, name: string, gender: Gender, birthDate: string, idNumber: string, phone: string | null, communityId: string, householdRegistered: boolean, hasEmployer: boolean, hardship: boolean, disabled: boolean, residence: Residence, associationId: string | null, deceasedOn: string | null, age: number | null, centenarian: boolean, freeExamEligible: boolean, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null } };

export type AdminUpdateResidentMutationVariables = Exact<{
  input: UpdateResidentInput;
}>;


export type AdminUpdateResidentMutation = { updateResident: { id: string, version: number, name: string, gender: Gender, birthDate: string, idNumber: string, phone: string | null, communityId: string, householdRegistered: boolean, hasEmployer: boolean, hardship: boolean, disabled: boolean, residence: Residence, associationId: string | null, deceasedOn: string | null, age: number | null, centenarian: boolean, freeExamEligible: boolean, createdAt: string, updatedAt: string, community: { id: string, name: string }, street: { id: string, name: string }, association: { id: string, name: string } | null } };

export type AdminDeleteResidentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteResidentMutation = { deleteResident: string };

export type AdminStatisticsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  fiscalYear?: number | null | undefined;
  year?: number | null | undefined;
}>;


export type AdminStatisticsQuery = { statistics: { asOf: string, centersByLevel: Array<{ level: StarLevel, count: number }>, subsidyByStreet: Array<{ streetId: string, streetName: string, fiscalYear: number, centers: number, amount: string }>, residentsByAgeBand: Array<{ band: string, count: number | null }>, examCoverageTotal: { year: number, eligible: number | null, scheduled: number | null, completed: number | null, missed: number | null }, projectsByStatus: Array<{ status: ProjectStatus, projects: number, investment: string, beds: number }> } };

export type SubsidyRoundFieldsFragment = { id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> };

export type AdminSubsidyRoundsQueryVariables = Exact<{
  filter?: SubsidyRoundFilter | null | undefined;
  sort?: Array<SubsidyRoundSort> | SubsidyRoundSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminSubsidyRoundsQuery = { subsidyRounds: { totalItems: number, items: Array<{ id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> }> } };

export type AdminSubsidyRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminSubsidyRoundQuery = { subsidyRound: { id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> } | null };

export type AdminCreateSubsidyRoundMutationVariables = Exact<{
  input: CreateSubsidyRoundInput;
}>;


export type AdminCreateSubsidyRoundMutation = { createSubsidyRound: { id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> } };

export type AdminUpdateSubsidyRoundMutationVariables = Exact<{
  input: UpdateSubsidyRoundInput;
}>;


export type AdminUpdateSubsidyRoundMutation = { updateSubsidyRound: { id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> } };

export type AdminDeleteSubsidyRoundMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteSubsidyRoundMutation = { deleteSubsidyRound: string };

export type AdminComputeSubsidyRoundMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AdminComputeSubsidyRoundMutation = { computeSubsidyRound: { id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> } };

export type AdminApproveSubsidyRoundMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AdminApproveSubsidyRoundMutation = { approveSubsidyRound: { id: string, version: number, name: string, fiscalYear: number, fundSource: string, budget: string, ratingRoundId: string, mode: SubsidyMode, status: SubsidyStatus, effectiveMode: EffectiveSubsidyMode | null, allocated: string, unallocated: string, computedAt: string | null, computedBy: string | null, approvedAt: string | null, approvedBy: string | null, createdAt: string, updatedAt: string, ratingRound: { id: string, name: string }, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }> } };

export type SubsidyAllocationFieldsFragment = { id: string, roundId: string, centerId: string, level: StarLevel, weight: number | null, demand: string | null, amount: string, reason: ZeroAmountReason | null, center: { id: string, code: string, name: string, street: { id: string, name: string } } };

export type AdminRoundAllocationsQueryVariables = Exact<{
  roundId: string | number;
  filter?: SubsidyAllocationFilter | null | undefined;
  sort?: Array<SubsidyAllocationSort> | SubsidyAllocationSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminRoundAllocationsQuery = { subsidyRound: { id: string, allocations: { totalItems: number, items: Array<{ id: string, roundId: string, centerId: string, level: StarLevel, weight: number | null, demand: string | null, amount: string, reason: ZeroAmountReason | null, center: { id: string, code: string, name: string, street: { id: string, name: string } } }> } } | null };

export type AdminPreviewSubsidyQueryVariables = Exact<{
  input: PreviewSubsidyInput;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminPreviewSubsidyQuery = { previewSubsidy: { effectiveMode: EffectiveSubsidyMode, budget: string, allocated: string, unallocated: string, levels: Array<{ level: StarLevel, weight: number, amount: string }>, byLevel: Array<{ level: StarLevel, centers: number, amount: string }>, allocations: Array<{ id: string, roundId: string, centerId: string, level: StarLevel, weight: number | null, demand: string | null, amount: string, reason: ZeroAmountReason | null, center: { id: string, code: string, name: string, street: { id: string, name: string } } }> } };

export type UserFieldsFragment = { id: string, version: number, email: string, name: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  sort?: Array<UserSort> | UserSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalItems: number, items: Array<{ id: string, version: number, email: string, name: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string }> } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, version: number, email: string, name: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string } | null };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string, version: number, email: string, name: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { id: string, version: number, email: string, name: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string } };

export type AdminDeleteUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteUserMutation = { deleteUser: string };

export type VisitFieldsFragment = { id: string, version: number, visitedOn: string, occasion: VisitOccasion, residentId: string | null, centerId: string | null, cash: string, goods: string | null, visitingUnit: string, createdAt: string, updatedAt: string, resident: { id: string, name: string } | null, center: { id: string, code: string, name: string } | null };

export type AdminVisitsQueryVariables = Exact<{
  filter?: VisitFilter | null | undefined;
  sort?: Array<VisitSort> | VisitSort | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type AdminVisitsQuery = { visits: { totalItems: number, items: Array<{ id: string, version: number, visitedOn: string, occasion: VisitOccasion, residentId: string | null, centerId: string | null, cash: string, goods: string | null, visitingUnit: string, createdAt: string, updatedAt: string, resident: { id: string, name: string } | null, center: { id: string, code: string, name: string } | null }> } };

export type AdminVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminVisitQuery = { visit: { id: string, version: number, visitedOn: string, occasion: VisitOccasion, residentId: string | null, centerId: string | null, cash: string, goods: string | null, visitingUnit: string, createdAt: string, updatedAt: string, resident: { id: string, name: string } | null, center: { id: string, code: string, name: string } | null } | null };

export type AdminCreateVisitMutationVariables = Exact<{
  input: CreateVisitInput;
}>;


export type AdminCreateVisitMutation = { createVisit: { id: string, version: number, visitedOn: string, occasion: VisitOccasion, residentId: string | null, centerId: string | null, cash: string, goods: string | null, visitingUnit: string, createdAt: string, updatedAt: string, resident: { id: string, name: string } | null, center: { id: string, code: string, name: string } | null } };

export type AdminUpdateVisitMutationVariables = Exact<{
  input: UpdateVisitInput;
}>;


export type AdminUpdateVisitMutation = { updateVisit: { id: string, version: number, visitedOn: string, occasion: VisitOccasion, residentId: string | null, centerId: string | null, cash: string, goods: string | null, visitingUnit: string, createdAt: string, updatedAt: string, resident: { id: string, name: string } | null, center: { id: string, code: string, name: string } | null } };

export type AdminDeleteVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AdminDeleteVisitMutation = { deleteVisit: string };

export type AdminWorkReportQueryVariables = Exact<{
  from: string;
  to: string;
  streetId?: string | number | null | undefined;
}>;


export type AdminWorkReportQuery = { workReport: { from: string, to: string, streetId: string | null, scopeName: string, periodLabel: string, title: string, sentences: Array<string>, centers: { ratingRoundId: string | null, ratingRoundName: string | null, assessedOn: string | null, rated: number, rectifications: number, opened: number, byLevel: Array<{ level: StarLevel, label: string, count: number }> }, associations: { total: number, street: number, community: number }, residents: { asOf: string, aged60Plus: number, aged80Plus: number, centenarians: number, hardship: number, welfareCenter: number }, visits: { visits: number, residents: number, cash: string, byOccasion: Array<{ occasion: VisitOccasion, label: string, visits: number, residents: number, cash: string }> }, exams: { year: number, eligible: number, scheduled: number, completed: number, missed: number, coveragePercent: string }, subsidy: { fiscalYears: Array<number>, centers: number, amount: string, byLevel: Array<{ level: StarLevel, label: string, centers: number, amount: string }> }, projects: { bedsTotal: number, byStatus: Array<{ status: ProjectStatus, label: string, projects: number, investment: string, beds: number }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StreetFieldsFragmentDoc = new TypedDocumentString(`
    fragment StreetFields on Street {
  id
  version
  name
  communityCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"StreetFields"}) as unknown as TypedDocumentString<StreetFieldsFragment, unknown>;
export const CommunityFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunityFields on Community {
  id
  version
  name
  streetId
  street {
    id
    name
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"CommunityFields"}) as unknown as TypedDocumentString<CommunityFieldsFragment, unknown>;
export const AssociationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssociationFields on Association {
  id
  version
  name
  level
  streetId
  communityId
  street {
    id
    name
  }
  community {
    id
    name
  }
  presidentName
  phone
  memberCount
  foundedOn
  centerCount
  memberResidentCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"AssociationFields"}) as unknown as TypedDocumentString<AssociationFieldsFragment, unknown>;
export const CenterFieldsFragmentDoc = new TypedDocumentString(`
    fragment CenterFields on Center {
  id
  version
  code
  name
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  address
  plaqueDate
  elderlyCount
  disabledCount
  status
  associationId
  association {
    id
    name
  }
  contactName
  contactPhone
  floorArea
  serviceScore
  currentLevel
  createdAt
  updatedAt
}
    `, {"fragmentName":"CenterFields"}) as unknown as TypedDocumentString<CenterFieldsFragment, unknown>;
export const HealthExamFieldsFragmentDoc = new TypedDocumentString(`
    fragment HealthExamFields on HealthExam {
  id
  version
  residentId
  resident {
    id
    name
    idNumber
    community {
      id
      name
    }
  }
  year
  scheduledOn
  provider
  status
  completedOn
  notes
  createdAt
  updatedAt
}
    `, {"fragmentName":"HealthExamFields"}) as unknown as TypedDocumentString<HealthExamFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobFields on Job {
  id
  version
  type
  status
  targetType
  targetId
  progress
  done
  total
  step
  summary
  error
  errorCode
  attempts
  createdBy
  instance
  resultName
  resultSize
  resultUrl
  createdAt
  updatedAt
  startedAt
  finishedAt
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFields on Project {
  id
  version
  name
  category
  status
  totalInvestment
  bedsAdded
  startedOn
  plannedCompletionOn
  completedOn
  leadUnit
  approvalRef
  floorArea
  latestProgress {
    id
    percent
    reportedOn
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"ProjectFields"}) as unknown as TypedDocumentString<ProjectFieldsFragment, unknown>;
export const ProjectProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectProgressFields on ProjectProgress {
  id
  version
  projectId
  reportedOn
  percent
  note
  createdAt
  updatedAt
}
    `, {"fragmentName":"ProjectProgressFields"}) as unknown as TypedDocumentString<ProjectProgressFieldsFragment, unknown>;
export const RatingRoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"RatingRoundFields"}) as unknown as TypedDocumentString<RatingRoundFieldsFragment, unknown>;
export const RatingSchemeFieldsFragmentDoc = new TypedDocumentString(`
    fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}
    `, {"fragmentName":"RatingSchemeFields"}) as unknown as TypedDocumentString<RatingSchemeFieldsFragment, unknown>;
export const CenterRatingFieldsFragmentDoc = new TypedDocumentString(`
    fragment CenterRatingFields on CenterRating {
  id
  roundId
  centerId
  center {
    id
    code
    name
    community {
      id
      name
    }
  }
  level
  rule
  yearsOpen
  plaqueDate
  elderlyCount
  disabledCount
  floorArea
  serviceInput
  total
  serviceScore
  areaScore
  seniorityScore
  populationScore
  explanation
}
    `, {"fragmentName":"CenterRatingFields"}) as unknown as TypedDocumentString<CenterRatingFieldsFragment, unknown>;
export const RectificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RectificationFields on Rectification {
  id
  version
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  round {
    id
    name
  }
  level
  dueOn
  status
  note
  submittedOn
  closedOn
  overdue
  createdAt
  updatedAt
}
    `, {"fragmentName":"RectificationFields"}) as unknown as TypedDocumentString<RectificationFieldsFragment, unknown>;
export const ResidentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResidentFields on Resident {
  id
  version
  name
  gender
  birthDate
  idNumber
  phone
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  householdRegistered
  hasEmployer
  hardship
  disabled
  residence
  associationId
  association {
    id
    name
  }
  deceasedOn
  age
  centenarian
  freeExamEligible
  createdAt
  updatedAt
}
    `, {"fragmentName":"ResidentFields"}) as unknown as TypedDocumentString<ResidentFieldsFragment, unknown>;
export const SubsidyRoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"SubsidyRoundFields"}) as unknown as TypedDocumentString<SubsidyRoundFieldsFragment, unknown>;
export const SubsidyAllocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubsidyAllocationFields on SubsidyAllocation {
  id
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  level
  weight
  demand
  amount
  reason
}
    `, {"fragmentName":"SubsidyAllocationFields"}) as unknown as TypedDocumentString<SubsidyAllocationFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  version
  email
  name
  role
  active
  lastLoginAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const VisitFieldsFragmentDoc = new TypedDocumentString(`
    fragment VisitFields on Visit {
  id
  version
  visitedOn
  occasion
  residentId
  centerId
  resident {
    id
    name
  }
  center {
    id
    code
    name
  }
  cash
  goods
  visitingUnit
  createdAt
  updatedAt
}
    `, {"fragmentName":"VisitFields"}) as unknown as TypedDocumentString<VisitFieldsFragment, unknown>;
export const AdminStreetsDocument = new TypedDocumentString(`
    query AdminStreets($filter: StreetFilter, $sort: [StreetSort!], $skip: Int, $take: Int) {
  streets(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...StreetFields
    }
    totalItems
  }
}
    fragment StreetFields on Street {
  id
  version
  name
  communityCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminStreetsQuery, AdminStreetsQueryVariables>;
export const AdminStreetDocument = new TypedDocumentString(`
    query AdminStreet($id: ID!) {
  street(id: $id) {
    ...StreetFields
  }
}
    fragment StreetFields on Street {
  id
  version
  name
  communityCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminStreetQuery, AdminStreetQueryVariables>;
export const AdminCreateStreetDocument = new TypedDocumentString(`
    mutation AdminCreateStreet($input: CreateStreetInput!) {
  createStreet(input: $input) {
    ...StreetFields
  }
}
    fragment StreetFields on Street {
  id
  version
  name
  communityCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateStreetMutation, AdminCreateStreetMutationVariables>;
export const AdminUpdateStreetDocument = new TypedDocumentString(`
    mutation AdminUpdateStreet($input: UpdateStreetInput!) {
  updateStreet(input: $input) {
    ...StreetFields
  }
}
    fragment StreetFields on Street {
  id
  version
  name
  communityCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateStreetMutation, AdminUpdateStreetMutationVariables>;
export const AdminDeleteStreetDocument = new TypedDocumentString(`
    mutation AdminDeleteStreet($id: ID!, $version: Int!) {
  deleteStreet(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteStreetMutation, AdminDeleteStreetMutationVariables>;
export const AdminCommunitiesDocument = new TypedDocumentString(`
    query AdminCommunities($filter: CommunityFilter, $sort: [CommunitySort!], $skip: Int, $take: Int) {
  communities(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...CommunityFields
    }
    totalItems
  }
}
    fragment CommunityFields on Community {
  id
  version
  name
  streetId
  street {
    id
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCommunitiesQuery, AdminCommunitiesQueryVariables>;
export const AdminCommunityDocument = new TypedDocumentString(`
    query AdminCommunity($id: ID!) {
  community(id: $id) {
    ...CommunityFields
  }
}
    fragment CommunityFields on Community {
  id
  version
  name
  streetId
  street {
    id
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCommunityQuery, AdminCommunityQueryVariables>;
export const AdminCreateCommunityDocument = new TypedDocumentString(`
    mutation AdminCreateCommunity($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    ...CommunityFields
  }
}
    fragment CommunityFields on Community {
  id
  version
  name
  streetId
  street {
    id
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateCommunityMutation, AdminCreateCommunityMutationVariables>;
export const AdminUpdateCommunityDocument = new TypedDocumentString(`
    mutation AdminUpdateCommunity($input: UpdateCommunityInput!) {
  updateCommunity(input: $input) {
    ...CommunityFields
  }
}
    fragment CommunityFields on Community {
  id
  version
  name
  streetId
  street {
    id
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateCommunityMutation, AdminUpdateCommunityMutationVariables>;
export const AdminDeleteCommunityDocument = new TypedDocumentString(`
    mutation AdminDeleteCommunity($id: ID!, $version: Int!) {
  deleteCommunity(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteCommunityMutation, AdminDeleteCommunityMutationVariables>;
export const AdminAssociationsDocument = new TypedDocumentString(`
    query AdminAssociations($filter: AssociationFilter, $sort: [AssociationSort!], $skip: Int, $take: Int) {
  associations(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...AssociationFields
    }
    totalItems
  }
}
    fragment AssociationFields on Association {
  id
  version
  name
  level
  streetId
  communityId
  street {
    id
    name
  }
  community {
    id
    name
  }
  presidentName
  phone
  memberCount
  foundedOn
  centerCount
  memberResidentCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminAssociationsQuery, AdminAssociationsQueryVariables>;
export const AdminAssociationDocument = new TypedDocumentString(`
    query AdminAssociation($id: ID!) {
  association(id: $id) {
    ...AssociationFields
  }
}
    fragment AssociationFields on Association {
  id
  version
  name
  level
  streetId
  communityId
  street {
    id
    name
  }
  community {
    id
    name
  }
  presidentName
  phone
  memberCount
  foundedOn
  centerCount
  memberResidentCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminAssociationQuery, AdminAssociationQueryVariables>;
export const AdminCreateAssociationDocument = new TypedDocumentString(`
    mutation AdminCreateAssociation($input: CreateAssociationInput!) {
  createAssociation(input: $input) {
    ...AssociationFields
  }
}
    fragment AssociationFields on Association {
  id
  version
  name
  level
  streetId
  communityId
  street {
    id
    name
  }
  community {
    id
    name
  }
  presidentName
  phone
  memberCount
  foundedOn
  centerCount
  memberResidentCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateAssociationMutation, AdminCreateAssociationMutationVariables>;
export const AdminUpdateAssociationDocument = new TypedDocumentString(`
    mutation AdminUpdateAssociation($input: UpdateAssociationInput!) {
  updateAssociation(input: $input) {
    ...AssociationFields
  }
}
    fragment AssociationFields on Association {
  id
  version
  name
  level
  streetId
  communityId
  street {
    id
    name
  }
  community {
    id
    name
  }
  presidentName
  phone
  memberCount
  foundedOn
  centerCount
  memberResidentCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateAssociationMutation, AdminUpdateAssociationMutationVariables>;
export const AdminDeleteAssociationDocument = new TypedDocumentString(`
    mutation AdminDeleteAssociation($id: ID!, $version: Int!) {
  deleteAssociation(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteAssociationMutation, AdminDeleteAssociationMutationVariables>;
export const AdminLoginDocument = new TypedDocumentString(`
    mutation AdminLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      email
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminLoginMutation, AdminLoginMutationVariables>;
export const AdminMeDocument = new TypedDocumentString(`
    query AdminMe {
  me {
    id
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<AdminMeQuery, AdminMeQueryVariables>;
export const AdminCentersDocument = new TypedDocumentString(`
    query AdminCenters($filter: CenterFilter, $sort: [CenterSort!], $skip: Int, $take: Int) {
  centers(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...CenterFields
    }
    totalItems
  }
}
    fragment CenterFields on Center {
  id
  version
  code
  name
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  address
  plaqueDate
  elderlyCount
  disabledCount
  status
  associationId
  association {
    id
    name
  }
  contactName
  contactPhone
  floorArea
  serviceScore
  currentLevel
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCentersQuery, AdminCentersQueryVariables>;
export const AdminCenterDocument = new TypedDocumentString(`
    query AdminCenter($id: ID!) {
  center(id: $id) {
    ...CenterFields
    openRectifications {
      id
      level
      dueOn
      status
      overdue
    }
  }
}
    fragment CenterFields on Center {
  id
  version
  code
  name
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  address
  plaqueDate
  elderlyCount
  disabledCount
  status
  associationId
  association {
    id
    name
  }
  contactName
  contactPhone
  floorArea
  serviceScore
  currentLevel
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCenterQuery, AdminCenterQueryVariables>;
export const AdminCreateCenterDocument = new TypedDocumentString(`
    mutation AdminCreateCenter($input: CreateCenterInput!) {
  createCenter(input: $input) {
    ...CenterFields
  }
}
    fragment CenterFields on Center {
  id
  version
  code
  name
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  address
  plaqueDate
  elderlyCount
  disabledCount
  status
  associationId
  association {
    id
    name
  }
  contactName
  contactPhone
  floorArea
  serviceScore
  currentLevel
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateCenterMutation, AdminCreateCenterMutationVariables>;
export const AdminUpdateCenterDocument = new TypedDocumentString(`
    mutation AdminUpdateCenter($input: UpdateCenterInput!) {
  updateCenter(input: $input) {
    ...CenterFields
  }
}
    fragment CenterFields on Center {
  id
  version
  code
  name
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  address
  plaqueDate
  elderlyCount
  disabledCount
  status
  associationId
  association {
    id
    name
  }
  contactName
  contactPhone
  floorArea
  serviceScore
  currentLevel
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateCenterMutation, AdminUpdateCenterMutationVariables>;
export const AdminDeleteCenterDocument = new TypedDocumentString(`
    mutation AdminDeleteCenter($id: ID!, $version: Int!) {
  deleteCenter(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteCenterMutation, AdminDeleteCenterMutationVariables>;
export const AdminHealthExamsDocument = new TypedDocumentString(`
    query AdminHealthExams($filter: HealthExamFilter, $sort: [HealthExamSort!], $skip: Int, $take: Int) {
  healthExams(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...HealthExamFields
    }
    totalItems
  }
}
    fragment HealthExamFields on HealthExam {
  id
  version
  residentId
  resident {
    id
    name
    idNumber
    community {
      id
      name
    }
  }
  year
  scheduledOn
  provider
  status
  completedOn
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminHealthExamsQuery, AdminHealthExamsQueryVariables>;
export const AdminHealthExamDocument = new TypedDocumentString(`
    query AdminHealthExam($id: ID!) {
  healthExam(id: $id) {
    ...HealthExamFields
  }
}
    fragment HealthExamFields on HealthExam {
  id
  version
  residentId
  resident {
    id
    name
    idNumber
    community {
      id
      name
    }
  }
  year
  scheduledOn
  provider
  status
  completedOn
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminHealthExamQuery, AdminHealthExamQueryVariables>;
export const AdminCreateHealthExamDocument = new TypedDocumentString(`
    mutation AdminCreateHealthExam($input: CreateHealthExamInput!) {
  createHealthExam(input: $input) {
    ...HealthExamFields
  }
}
    fragment HealthExamFields on HealthExam {
  id
  version
  residentId
  resident {
    id
    name
    idNumber
    community {
      id
      name
    }
  }
  year
  scheduledOn
  provider
  status
  completedOn
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateHealthExamMutation, AdminCreateHealthExamMutationVariables>;
export const AdminUpdateHealthExamDocument = new TypedDocumentString(`
    mutation AdminUpdateHealthExam($input: UpdateHealthExamInput!) {
  updateHealthExam(input: $input) {
    ...HealthExamFields
  }
}
    fragment HealthExamFields on HealthExam {
  id
  version
  residentId
  resident {
    id
    name
    idNumber
    community {
      id
      name
    }
  }
  year
  scheduledOn
  provider
  status
  completedOn
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateHealthExamMutation, AdminUpdateHealthExamMutationVariables>;
export const AdminDeleteHealthExamDocument = new TypedDocumentString(`
    mutation AdminDeleteHealthExam($id: ID!, $version: Int!) {
  deleteHealthExam(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteHealthExamMutation, AdminDeleteHealthExamMutationVariables>;
export const AdminJobsDocument = new TypedDocumentString(`
    query AdminJobs($filter: JobFilter, $sort: [JobSort!], $skip: Int, $take: Int) {
  jobs(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...JobFields
    }
    totalItems
  }
}
    fragment JobFields on Job {
  id
  version
  type
  status
  targetType
  targetId
  progress
  done
  total
  step
  summary
  error
  errorCode
  attempts
  createdBy
  instance
  resultName
  resultSize
  resultUrl
  createdAt
  updatedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<AdminJobsQuery, AdminJobsQueryVariables>;
export const AdminJobDocument = new TypedDocumentString(`
    query AdminJob($id: ID!) {
  job(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  version
  type
  status
  targetType
  targetId
  progress
  done
  total
  step
  summary
  error
  errorCode
  attempts
  createdBy
  instance
  resultName
  resultSize
  resultUrl
  createdAt
  updatedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<AdminJobQuery, AdminJobQueryVariables>;
export const AdminComputeRatingRoundJobDocument = new TypedDocumentString(`
    mutation AdminComputeRatingRoundJob($id: ID!, $version: Int) {
  computeRatingRoundJob(id: $id, version: $version) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  version
  type
  status
  targetType
  targetId
  progress
  done
  total
  step
  summary
  error
  errorCode
  attempts
  createdBy
  instance
  resultName
  resultSize
  resultUrl
  createdAt
  updatedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<AdminComputeRatingRoundJobMutation, AdminComputeRatingRoundJobMutationVariables>;
export const AdminComputeSubsidyRoundJobDocument = new TypedDocumentString(`
    mutation AdminComputeSubsidyRoundJob($id: ID!, $version: Int) {
  computeSubsidyRoundJob(id: $id, version: $version) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  version
  type
  status
  targetType
  targetId
  progress
  done
  total
  step
  summary
  error
  errorCode
  attempts
  createdBy
  instance
  resultName
  resultSize
  resultUrl
  createdAt
  updatedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<AdminComputeSubsidyRoundJobMutation, AdminComputeSubsidyRoundJobMutationVariables>;
export const AdminProjectsDocument = new TypedDocumentString(`
    query AdminProjects($filter: ProjectFilter, $sort: [ProjectSort!], $skip: Int, $take: Int) {
  projects(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...ProjectFields
    }
    totalItems
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  category
  status
  totalInvestment
  bedsAdded
  startedOn
  plannedCompletionOn
  completedOn
  leadUnit
  approvalRef
  floorArea
  latestProgress {
    id
    percent
    reportedOn
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminProjectsQuery, AdminProjectsQueryVariables>;
export const AdminProjectDocument = new TypedDocumentString(`
    query AdminProject($id: ID!) {
  project(id: $id) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  category
  status
  totalInvestment
  bedsAdded
  startedOn
  plannedCompletionOn
  completedOn
  leadUnit
  approvalRef
  floorArea
  latestProgress {
    id
    percent
    reportedOn
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminProjectQuery, AdminProjectQueryVariables>;
export const AdminCreateProjectDocument = new TypedDocumentString(`
    mutation AdminCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  category
  status
  totalInvestment
  bedsAdded
  startedOn
  plannedCompletionOn
  completedOn
  leadUnit
  approvalRef
  floorArea
  latestProgress {
    id
    percent
    reportedOn
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateProjectMutation, AdminCreateProjectMutationVariables>;
export const AdminUpdateProjectDocument = new TypedDocumentString(`
    mutation AdminUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  version
  name
  category
  status
  totalInvestment
  bedsAdded
  startedOn
  plannedCompletionOn
  completedOn
  leadUnit
  approvalRef
  floorArea
  latestProgress {
    id
    percent
    reportedOn
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateProjectMutation, AdminUpdateProjectMutationVariables>;
export const AdminDeleteProjectDocument = new TypedDocumentString(`
    mutation AdminDeleteProject($id: ID!, $version: Int!) {
  deleteProject(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteProjectMutation, AdminDeleteProjectMutationVariables>;
export const AdminProjectProgressesDocument = new TypedDocumentString(`
    query AdminProjectProgresses($filter: ProjectProgressFilter, $sort: [ProjectProgressSort!], $skip: Int, $take: Int) {
  projectProgresses(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...ProjectProgressFields
    }
    totalItems
  }
}
    fragment ProjectProgressFields on ProjectProgress {
  id
  version
  projectId
  reportedOn
  percent
  note
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminProjectProgressesQuery, AdminProjectProgressesQueryVariables>;
export const AdminProjectProgressDocument = new TypedDocumentString(`
    query AdminProjectProgress($id: ID!) {
  projectProgress(id: $id) {
    ...ProjectProgressFields
  }
}
    fragment ProjectProgressFields on ProjectProgress {
  id
  version
  projectId
  reportedOn
  percent
  note
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminProjectProgressQuery, AdminProjectProgressQueryVariables>;
export const AdminCreateProjectProgressDocument = new TypedDocumentString(`
    mutation AdminCreateProjectProgress($input: CreateProjectProgressInput!) {
  createProjectProgress(input: $input) {
    ...ProjectProgressFields
  }
}
    fragment ProjectProgressFields on ProjectProgress {
  id
  version
  projectId
  reportedOn
  percent
  note
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateProjectProgressMutation, AdminCreateProjectProgressMutationVariables>;
export const AdminUpdateProjectProgressDocument = new TypedDocumentString(`
    mutation AdminUpdateProjectProgress($input: UpdateProjectProgressInput!) {
  updateProjectProgress(input: $input) {
    ...ProjectProgressFields
  }
}
    fragment ProjectProgressFields on ProjectProgress {
  id
  version
  projectId
  reportedOn
  percent
  note
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateProjectProgressMutation, AdminUpdateProjectProgressMutationVariables>;
export const AdminDeleteProjectProgressDocument = new TypedDocumentString(`
    mutation AdminDeleteProjectProgress($id: ID!, $version: Int!) {
  deleteProjectProgress(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteProjectProgressMutation, AdminDeleteProjectProgressMutationVariables>;
export const AdminRatingRoundsDocument = new TypedDocumentString(`
    query AdminRatingRounds($filter: RatingRoundFilter, $sort: [RatingRoundSort!], $skip: Int, $take: Int) {
  ratingRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...RatingRoundFields
    }
    totalItems
  }
}
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminRatingRoundsQuery, AdminRatingRoundsQueryVariables>;
export const AdminRatingRoundDocument = new TypedDocumentString(`
    query AdminRatingRound($id: ID!) {
  ratingRound(id: $id) {
    ...RatingRoundFields
    scheme {
      ...RatingSchemeFields
    }
  }
}
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}
fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}`) as unknown as TypedDocumentString<AdminRatingRoundQuery, AdminRatingRoundQueryVariables>;
export const AdminCreateRatingRoundDocument = new TypedDocumentString(`
    mutation AdminCreateRatingRound($input: CreateRatingRoundInput!) {
  createRatingRound(input: $input) {
    ...RatingRoundFields
    scheme {
      ...RatingSchemeFields
    }
  }
}
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}
fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}`) as unknown as TypedDocumentString<AdminCreateRatingRoundMutation, AdminCreateRatingRoundMutationVariables>;
export const AdminUpdateRatingRoundDocument = new TypedDocumentString(`
    mutation AdminUpdateRatingRound($input: UpdateRatingRoundInput!) {
  updateRatingRound(input: $input) {
    ...RatingRoundFields
    scheme {
      ...RatingSchemeFields
    }
  }
}
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}
fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}`) as unknown as TypedDocumentString<AdminUpdateRatingRoundMutation, AdminUpdateRatingRoundMutationVariables>;
export const AdminDeleteRatingRoundDocument = new TypedDocumentString(`
    mutation AdminDeleteRatingRound($id: ID!, $version: Int!) {
  deleteRatingRound(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteRatingRoundMutation, AdminDeleteRatingRoundMutationVariables>;
export const AdminComputeRatingRoundDocument = new TypedDocumentString(`
    mutation AdminComputeRatingRound($id: ID!, $version: Int) {
  computeRatingRound(id: $id, version: $version) {
    ...RatingRoundFields
    scheme {
      ...RatingSchemeFields
    }
  }
}
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}
fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}`) as unknown as TypedDocumentString<AdminComputeRatingRoundMutation, AdminComputeRatingRoundMutationVariables>;
export const AdminFinalizeRatingRoundDocument = new TypedDocumentString(`
    mutation AdminFinalizeRatingRound($id: ID!, $version: Int) {
  finalizeRatingRound(id: $id, version: $version) {
    ...RatingRoundFields
    scheme {
      ...RatingSchemeFields
    }
  }
}
    fragment RatingRoundFields on RatingRound {
  id
  version
  name
  assessedOn
  status
  centerCount
  computedAt
  finalizedAt
  rectificationCount
  levelCounts {
    level
    count
  }
  createdAt
  updatedAt
}
fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}`) as unknown as TypedDocumentString<AdminFinalizeRatingRoundMutation, AdminFinalizeRatingRoundMutationVariables>;
export const AdminRoundRatingsDocument = new TypedDocumentString(`
    query AdminRoundRatings($roundId: ID!, $filter: CenterRatingFilter, $sort: [CenterRatingSort!], $skip: Int, $take: Int) {
  ratingRound(id: $roundId) {
    id
    ratings(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...CenterRatingFields
      }
      totalItems
    }
  }
}
    fragment CenterRatingFields on CenterRating {
  id
  roundId
  centerId
  center {
    id
    code
    name
    community {
      id
      name
    }
  }
  level
  rule
  yearsOpen
  plaqueDate
  elderlyCount
  disabledCount
  floorArea
  serviceInput
  total
  serviceScore
  areaScore
  seniorityScore
  populationScore
  explanation
}`) as unknown as TypedDocumentString<AdminRoundRatingsQuery, AdminRoundRatingsQueryVariables>;
export const AdminRectificationsDocument = new TypedDocumentString(`
    query AdminRectifications($filter: RectificationFilter, $sort: [RectificationSort!], $skip: Int, $take: Int) {
  rectifications(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...RectificationFields
    }
    totalItems
  }
}
    fragment RectificationFields on Rectification {
  id
  version
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  round {
    id
    name
  }
  level
  dueOn
  status
  note
  submittedOn
  closedOn
  overdue
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminRectificationsQuery, AdminRectificationsQueryVariables>;
export const AdminRectificationDocument = new TypedDocumentString(`
    query AdminRectification($id: ID!) {
  rectification(id: $id) {
    ...RectificationFields
  }
}
    fragment RectificationFields on Rectification {
  id
  version
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  round {
    id
    name
  }
  level
  dueOn
  status
  note
  submittedOn
  closedOn
  overdue
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminRectificationQuery, AdminRectificationQueryVariables>;
export const AdminUpdateRectificationDocument = new TypedDocumentString(`
    mutation AdminUpdateRectification($input: UpdateRectificationInput!) {
  updateRectification(input: $input) {
    ...RectificationFields
  }
}
    fragment RectificationFields on Rectification {
  id
  version
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  round {
    id
    name
  }
  level
  dueOn
  status
  note
  submittedOn
  closedOn
  overdue
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateRectificationMutation, AdminUpdateRectificationMutationVariables>;
export const AdminPreviewRatingDocument = new TypedDocumentString(`
    query AdminPreviewRating($assessedOn: Date!, $scheme: RatingSchemeInput, $skip: Int, $take: Int) {
  previewRating(
    assessedOn: $assessedOn
    scheme: $scheme
    skip: $skip
    take: $take
  ) {
    assessedOn
    centerCount
    scheme {
      ...RatingSchemeFields
    }
    levelCounts {
      level
      count
    }
    ratings {
      ...CenterRatingFields
    }
  }
}
    fragment RatingSchemeFields on RatingSchemeType {
  weights {
    service
    area
    seniority
    population
  }
  areaFullAt
  seniorityPointsPerYear
  populationFullAt
  thresholds {
    FIVE
    FOUR
    THREE
    TWO
    ONE
  }
  serviceVetoBelow
  newIfYearsBelow
  rectifyLevels
  rectificationDays
}
fragment CenterRatingFields on CenterRating {
  id
  roundId
  centerId
  center {
    id
    code
    name
    community {
      id
      name
    }
  }
  level
  rule
  yearsOpen
  plaqueDate
  elderlyCount
  disabledCount
  floorArea
  serviceInput
  total
  serviceScore
  areaScore
  seniorityScore
  populationScore
  explanation
}`) as unknown as TypedDocumentString<AdminPreviewRatingQuery, AdminPreviewRatingQueryVariables>;
export const AdminCompareRatingRoundsDocument = new TypedDocumentString(`
    query AdminCompareRatingRounds($fromId: ID!, $toId: ID!) {
  compareRatingRounds(fromId: $fromId, toId: $toId) {
    up
    down
    same
    added
    removed
    changes {
      centerId
      fromLevel
      toLevel
      change
      fromTotal
      toTotal
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCompareRatingRoundsQuery, AdminCompareRatingRoundsQueryVariables>;
export const AdminResidentsDocument = new TypedDocumentString(`
    query AdminResidents($filter: ResidentFilter, $sort: [ResidentSort!], $skip: Int, $take: Int) {
  residents(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...ResidentFields
    }
    totalItems
  }
}
    fragment ResidentFields on Resident {
  id
  version
  name
  gender
  birthDate
  idNumber
  phone
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  householdRegistered
  hasEmployer
  hardship
  disabled
  residence
  associationId
  association {
    id
    name
  }
  deceasedOn
  age
  centenarian
  freeExamEligible
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminResidentsQuery, AdminResidentsQueryVariables>;
export const AdminResidentDocument = new TypedDocumentString(`
    query AdminResident($id: ID!) {
  resident(id: $id) {
    ...ResidentFields
  }
}
    fragment ResidentFields on Resident {
  id
  version
  name
  gender
  birthDate
  idNumber
  phone
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  householdRegistered
  hasEmployer
  hardship
  disabled
  residence
  associationId
  association {
    id
    name
  }
  deceasedOn
  age
  centenarian
  freeExamEligible
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminResidentQuery, AdminResidentQueryVariables>;
export const AdminCreateResidentDocument = new TypedDocumentString(`
    mutation AdminCreateResident($input: CreateResidentInput!) {
  createResident(input: $input) {
    ...ResidentFields
  }
}
    fragment ResidentFields on Resident {
  id
  version
  name
  gender
  birthDate
  idNumber
  phone
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  householdRegistered
  hasEmployer
  hardship
  disabled
  residence
  associationId
  association {
    id
    name
  }
  deceasedOn
  age
  centenarian
  freeExamEligible
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateResidentMutation, AdminCreateResidentMutationVariables>;
export const AdminUpdateResidentDocument = new TypedDocumentString(`
    mutation AdminUpdateResident($input: UpdateResidentInput!) {
  updateResident(input: $input) {
    ...ResidentFields
  }
}
    fragment ResidentFields on Resident {
  id
  version
  name
  gender
  birthDate
  idNumber
  phone
  communityId
  community {
    id
    name
  }
  street {
    id
    name
  }
  householdRegistered
  hasEmployer
  hardship
  disabled
  residence
  associationId
  association {
    id
    name
  }
  deceasedOn
  age
  centenarian
  freeExamEligible
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateResidentMutation, AdminUpdateResidentMutationVariables>;
export const AdminDeleteResidentDocument = new TypedDocumentString(`
    mutation AdminDeleteResident($id: ID!, $version: Int!) {
  deleteResident(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteResidentMutation, AdminDeleteResidentMutationVariables>;
export const AdminStatisticsDocument = new TypedDocumentString(`
    query AdminStatistics($filter: StatisticsFilter, $fiscalYear: Int, $year: Int) {
  statistics(filter: $filter) {
    asOf
    centersByLevel {
      level
      count
    }
    subsidyByStreet(fiscalYear: $fiscalYear) {
      streetId
      streetName
      fiscalYear
      centers
      amount
    }
    residentsByAgeBand {
      band
      count
    }
    examCoverageTotal(year: $year) {
      year
      eligible
      scheduled
      completed
      missed
    }
    projectsByStatus {
      status
      projects
      investment
      beds
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStatisticsQuery, AdminStatisticsQueryVariables>;
export const AdminSubsidyRoundsDocument = new TypedDocumentString(`
    query AdminSubsidyRounds($filter: SubsidyRoundFilter, $sort: [SubsidyRoundSort!], $skip: Int, $take: Int) {
  subsidyRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...SubsidyRoundFields
    }
    totalItems
  }
}
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminSubsidyRoundsQuery, AdminSubsidyRoundsQueryVariables>;
export const AdminSubsidyRoundDocument = new TypedDocumentString(`
    query AdminSubsidyRound($id: ID!) {
  subsidyRound(id: $id) {
    ...SubsidyRoundFields
  }
}
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminSubsidyRoundQuery, AdminSubsidyRoundQueryVariables>;
export const AdminCreateSubsidyRoundDocument = new TypedDocumentString(`
    mutation AdminCreateSubsidyRound($input: CreateSubsidyRoundInput!) {
  createSubsidyRound(input: $input) {
    ...SubsidyRoundFields
  }
}
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateSubsidyRoundMutation, AdminCreateSubsidyRoundMutationVariables>;
export const AdminUpdateSubsidyRoundDocument = new TypedDocumentString(`
    mutation AdminUpdateSubsidyRound($input: UpdateSubsidyRoundInput!) {
  updateSubsidyRound(input: $input) {
    ...SubsidyRoundFields
  }
}
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateSubsidyRoundMutation, AdminUpdateSubsidyRoundMutationVariables>;
export const AdminDeleteSubsidyRoundDocument = new TypedDocumentString(`
    mutation AdminDeleteSubsidyRound($id: ID!, $version: Int!) {
  deleteSubsidyRound(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteSubsidyRoundMutation, AdminDeleteSubsidyRoundMutationVariables>;
export const AdminComputeSubsidyRoundDocument = new TypedDocumentString(`
    mutation AdminComputeSubsidyRound($id: ID!, $version: Int) {
  computeSubsidyRound(id: $id, version: $version) {
    ...SubsidyRoundFields
  }
}
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminComputeSubsidyRoundMutation, AdminComputeSubsidyRoundMutationVariables>;
export const AdminApproveSubsidyRoundDocument = new TypedDocumentString(`
    mutation AdminApproveSubsidyRound($id: ID!, $version: Int) {
  approveSubsidyRound(id: $id, version: $version) {
    ...SubsidyRoundFields
  }
}
    fragment SubsidyRoundFields on SubsidyRound {
  id
  version
  name
  fiscalYear
  fundSource
  budget
  ratingRoundId
  ratingRound {
    id
    name
  }
  mode
  status
  effectiveMode
  allocated
  unallocated
  computedAt
  computedBy
  approvedAt
  approvedBy
  levels {
    level
    weight
    amount
  }
  byLevel {
    level
    centers
    amount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminApproveSubsidyRoundMutation, AdminApproveSubsidyRoundMutationVariables>;
export const AdminRoundAllocationsDocument = new TypedDocumentString(`
    query AdminRoundAllocations($roundId: ID!, $filter: SubsidyAllocationFilter, $sort: [SubsidyAllocationSort!], $skip: Int, $take: Int) {
  subsidyRound(id: $roundId) {
    id
    allocations(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...SubsidyAllocationFields
      }
      totalItems
    }
  }
}
    fragment SubsidyAllocationFields on SubsidyAllocation {
  id
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  level
  weight
  demand
  amount
  reason
}`) as unknown as TypedDocumentString<AdminRoundAllocationsQuery, AdminRoundAllocationsQueryVariables>;
export const AdminPreviewSubsidyDocument = new TypedDocumentString(`
    query AdminPreviewSubsidy($input: PreviewSubsidyInput!, $skip: Int, $take: Int) {
  previewSubsidy(input: $input, skip: $skip, take: $take) {
    effectiveMode
    budget
    allocated
    unallocated
    levels {
      level
      weight
      amount
    }
    byLevel {
      level
      centers
      amount
    }
    allocations {
      ...SubsidyAllocationFields
    }
  }
}
    fragment SubsidyAllocationFields on SubsidyAllocation {
  id
  roundId
  centerId
  center {
    id
    code
    name
    street {
      id
      name
    }
  }
  level
  weight
  demand
  amount
  reason
}`) as unknown as TypedDocumentString<AdminPreviewSubsidyQuery, AdminPreviewSubsidyQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($filter: UserFilter, $sort: [UserSort!], $skip: Int, $take: Int) {
  users(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...UserFields
    }
    totalItems
  }
}
    fragment UserFields on User {
  id
  version
  email
  name
  role
  active
  lastLoginAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserDocument = new TypedDocumentString(`
    query AdminUser($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  version
  email
  name
  role
  active
  lastLoginAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUserQuery, AdminUserQueryVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  version
  email
  name
  role
  active
  lastLoginAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = new TypedDocumentString(`
    mutation AdminUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  version
  email
  name
  role
  active
  lastLoginAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminDeleteUserDocument = new TypedDocumentString(`
    mutation AdminDeleteUser($id: ID!, $version: Int!) {
  deleteUser(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteUserMutation, AdminDeleteUserMutationVariables>;
export const AdminVisitsDocument = new TypedDocumentString(`
    query AdminVisits($filter: VisitFilter, $sort: [VisitSort!], $skip: Int, $take: Int) {
  visits(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    items {
      ...VisitFields
    }
    totalItems
  }
}
    fragment VisitFields on Visit {
  id
  version
  visitedOn
  occasion
  residentId
  centerId
  resident {
    id
    name
  }
  center {
    id
    code
    name
  }
  cash
  goods
  visitingUnit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminVisitsQuery, AdminVisitsQueryVariables>;
export const AdminVisitDocument = new TypedDocumentString(`
    query AdminVisit($id: ID!) {
  visit(id: $id) {
    ...VisitFields
  }
}
    fragment VisitFields on Visit {
  id
  version
  visitedOn
  occasion
  residentId
  centerId
  resident {
    id
    name
  }
  center {
    id
    code
    name
  }
  cash
  goods
  visitingUnit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminVisitQuery, AdminVisitQueryVariables>;
export const AdminCreateVisitDocument = new TypedDocumentString(`
    mutation AdminCreateVisit($input: CreateVisitInput!) {
  createVisit(input: $input) {
    ...VisitFields
  }
}
    fragment VisitFields on Visit {
  id
  version
  visitedOn
  occasion
  residentId
  centerId
  resident {
    id
    name
  }
  center {
    id
    code
    name
  }
  cash
  goods
  visitingUnit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminCreateVisitMutation, AdminCreateVisitMutationVariables>;
export const AdminUpdateVisitDocument = new TypedDocumentString(`
    mutation AdminUpdateVisit($input: UpdateVisitInput!) {
  updateVisit(input: $input) {
    ...VisitFields
  }
}
    fragment VisitFields on Visit {
  id
  version
  visitedOn
  occasion
  residentId
  centerId
  resident {
    id
    name
  }
  center {
    id
    code
    name
  }
  cash
  goods
  visitingUnit
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AdminUpdateVisitMutation, AdminUpdateVisitMutationVariables>;
export const AdminDeleteVisitDocument = new TypedDocumentString(`
    mutation AdminDeleteVisit($id: ID!, $version: Int!) {
  deleteVisit(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AdminDeleteVisitMutation, AdminDeleteVisitMutationVariables>;
export const AdminWorkReportDocument = new TypedDocumentString(`
    query AdminWorkReport($from: Date!, $to: Date!, $streetId: ID) {
  workReport(from: $from, to: $to, streetId: $streetId) {
    from
    to
    streetId
    scopeName
    periodLabel
    title
    centers {
      ratingRoundId
      ratingRoundName
      assessedOn
      rated
      byLevel {
        level
        label
        count
      }
      rectifications
      opened
    }
    associations {
      total
      street
      community
    }
    residents {
      asOf
      aged60Plus
      aged80Plus
      centenarians
      hardship
      welfareCenter
    }
    visits {
      visits
      residents
      cash
      byOccasion {
        occasion
        label
        visits
        residents
        cash
      }
    }
    exams {
      year
      eligible
      scheduled
      completed
      missed
      coveragePercent
    }
    subsidy {
      fiscalYears
      centers
      amount
      byLevel {
        level
        label
        centers
        amount
      }
    }
    projects {
      byStatus {
        status
        label
        projects
        investment
        beds
      }
      bedsTotal
    }
    sentences
  }
}
    `) as unknown as TypedDocumentString<AdminWorkReportQuery, AdminWorkReportQueryVariables>;