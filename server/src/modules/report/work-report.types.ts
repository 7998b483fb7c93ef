import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { RoundStatus, StarLevel } from '../rating/rating.entities';
import { VisitOccasion } from '../visit/visit.entity';
import { ProjectCategory, ProjectStatus } from '../project/project.entity';

@ObjectType({ description: 'Centers of one star level in the report’s rating round' })
export class WorkReportLevel {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => String, { description: '五星级 … 不及格, 新建' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '星光老年之家: the latest FINALIZED rating round assessed within the period, and centers opened in it' })
export class WorkReportCenters {
  @Field(() => ID, { nullable: true, description: 'null when no rating round was finalized with an assessment date in the period' }) ratingRoundId: string | null;
  @Field(() => String, { nullable: true }) ratingRoundName: string | null;
  @Field(() => DateScalar, { nullable: true }) assessedOn: string | null;
  @Field(() => RoundStatus, { nullable: true }) ratingRoundStatus: RoundStatus | null;
  @Field(() => Int, { description: 'Centers rated in that round (all seven levels)' }) rated: number;
  @Field(() => [WorkReportLevel], { description: 'All seven levels, FIVE … NEW' }) byLevel: WorkReportLevel[];
  @Field(() => Int, { description: 'Rectification orders the round opened (一星级 and 不及格)' }) rectifications: number;
  @Field(() => Int, { description: 'Centers whose plaque date (挂牌时间) falls in the period' }) opened: number;
}

@ObjectType({ description: '老年协会 on the last day of the period (founded on or before it, or founding date unknown)' })
export class WorkReportAssociations {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: '街道级' }) street: number;
  @Field(() => Int, { description: '社区级' }) community: number;
}

@ObjectType({ description: 'Residents alive on the last day of the period' })
export class WorkReportResidents {
  @Field(() => DateScalar, { description: 'The date ages and “alive” refer to: the period’s last day' }) asOf: string;
  @Field(() => Int, { description: 'All residents on record, alive on asOf' }) total: number;
  @Field(() => Int, { description: '60周岁以上' }) aged60Plus: number;
  @Field(() => Int, { description: '80周岁以上' }) aged80Plus: number;
  @Field(() => Int, { description: '百岁老人 (100+)' }) centenarians: number;
  @Field(() => Int, { description: '生活困难' }) hardship: number;
  @Field(() => Int, { description: 'Living in the district welfare center (区社会福利中心)' }) welfareCenter: number;
}

@ObjectType({ description: 'Condolence visits (慰问) of one occasion within the period' })
export class WorkReportVisitOccasion {
  @Field(() => VisitOccasion) occasion: VisitOccasion;
  @Field(() => String, { description: '春节, 重阳节, 百岁生日, 住院, 其他' }) label: string;
  @Field(() => Int) visits: number;
  @Field(() => Int, { description: 'Distinct residents visited on this occasion' }) residents: number;
  @Field(() => MoneyScalar, { description: 'Cash given, yuan' }) cash: bigint;
}

@ObjectType({ description: 'Condolence visits within the period' })
export class WorkReportVisits {
  @Field(() => Int) visits: number;
  @Field(() => Int, { description: 'Distinct residents visited' }) residents: number;
  @Field(() => Int, { description: 'Visits to centers' }) centers: number;
  @Field(() => MoneyScalar) cash: bigint;
  @Field(() => [WorkReportVisitOccasion], { description: 'All five occasions' }) byOccasion: WorkReportVisitOccasion[];
}

@ObjectType({ description: 'Free health exams (免费体检) of the calendar year of the period’s last day' })
export class WorkReportExams {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'Residents eligible on the period’s last day' }) eligible: number;
  @Field(() => Int) scheduled: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) missed: number;
  @Field(() => String, { description: 'completed ÷ eligible in percent, one decimal, rounded half up ("45.3"); "0.0" without eligible residents' }) coveragePercent: string;
}

@ObjectType({ description: 'Subsidy of one star level' })
export class WorkReportSubsidyLevel {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => String) label: string;
  @Field(() => Int) centers: number;
  @Field(() => MoneyScalar) amount: bigint;
}

@ObjectType({ description: 'Subsidy of APPROVED rounds whose fiscal year falls in the period' })
export class WorkReportSubsidy {
  @Field(() => [Int]) fiscalYears: number[];
  @Field(() => Int, { description: 'Center allocations (a center funded in two years counts twice)' }) centers: number;
  @Field(() => MoneyScalar, { description: 'Exact sum, yuan' }) amount: bigint;
  @Field(() => [WorkReportSubsidyLevel], { description: 'All seven levels' }) byLevel: WorkReportSubsidyLevel[];
}

@ObjectType({ description: 'Projects of one status (district-wide)' })
export class WorkReportProjectStatus {
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => String) label: string;
  @Field(() => Int) projects: number;
  @Field(() => MoneyScalar) investment: bigint;
  @Field(() => Int) beds: number;
}

@ObjectType({ description: 'A project whose construction started within the period' })
export class WorkReportProject {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ProjectCategory) category: ProjectCategory;
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => MoneyScalar) totalInvestment: bigint;
  @Field(() => Int) bedsAdded: number;
  @Field(() => DateScalar, { nullable: true }) startedOn: string | null;
}

@ObjectType({ description: 'Care investment projects: district-wide (projects belong to no street)' })
export class WorkReportProjects {
  @Field(() => [WorkReportProjectStatus], { description: 'All six statuses' }) byStatus: WorkReportProjectStatus[];
  @Field(() => MoneyScalar, { description: 'Total investment of projects under construction' }) investmentUnderConstruction: bigint;
  @Field(() => Int, { description: 'Beds of projects in service' }) bedsInService: number;
  @Field(() => Int, { description: 'Beds of projects under construction' }) bedsUnderConstruction: number;
  @Field(() => Int, { description: 'bedsInService + bedsUnderConstruction' }) bedsTotal: number;
  @Field(() => [WorkReportProject], { description: 'Projects started within the period, by start date' }) started: WorkReportProject[];
}

@ObjectType({ description: '半年工作总结（数据部分）: the figures of the office’s work report for a period, district-wide or for one street' })
export class WorkReport {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => ID, { nullable: true }) streetId: string | null;
  @Field(() => String, { description: '全区, or the street’s name' }) scopeName: string;
  @Field(() => String, { description: 'e.g. 2016年上半年' }) periodLabel: string;
  @Field(() => String, { description: 'e.g. 老龄办2016年上半年工作总结（数据部分）' }) title: string;
  @Field(() => WorkReportCenters) centers: WorkReportCenters;
  @Field(() => WorkReportAssociations) associations: WorkReportAssociations;
  @Field(() => WorkReportResidents) residents: WorkReportResidents;
  @Field(() => WorkReportVisits) visits: WorkReportVisits;
  @Field(() => WorkReportExams) exams: WorkReportExams;
  @Field(() => WorkReportSubsidy) subsidy: WorkReportSubsidy;
  @Field(() => WorkReportProjects) projects: WorkReportProjects;
  @Field(() => [String], { description: 'The figures written as the report’s sentences, in Chinese, one paragraph each' }) sentences: string[];
}
