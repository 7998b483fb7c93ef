import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { StarLevel } from '../rating/rating.entities';
import { VisitOccasion } from '../visit/visit.entity';
import { ProjectStatus } from '../project/project.entity';

/** The scope every aggregate is narrowed to (parsed ids; null = the whole district). */
export interface StatisticsScope {
  streetId: number | null;
  communityId: number | null;
}

@InputType({ description: 'What the statistics are about: a date and optionally a street and/or a community' })
export class StatisticsFilter {
  @Field(() => DateScalar, { nullable: true, description: 'The date ages, “alive” and free-exam eligibility refer to; default today (China)' })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this street' })
  streetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this community' })
  communityId?: string | null;
}

/**
 * The root of `statistics`: its fields are resolved one aggregate query each. `scope` is not a GraphQL field;
 * it carries the parsed filter to the field resolvers.
 */
@ObjectType({ description: '统计 Read-only aggregates, computed in the database, over the filter’s scope' })
export class Statistics {
  @Field(() => DateScalar)
  asOf: string;

  scope: StatisticsScope;
}

export enum ResidentDimension {
  GENDER = 'GENDER',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  REGISTRATION = 'REGISTRATION',
  HARDSHIP = 'HARDSHIP',
  RESIDENCE = 'RESIDENCE',
  DISABLED = 'DISABLED',
}
registerEnumType(ResidentDimension, {
  name: 'ResidentDimension',
  description: 'How residentsBy groups the residents alive on asOf: 性别, 街道, 社区, 户籍, 生活困难, 居住方式, 残疾',
});

@ObjectType({ description: 'Centers of one street at one level' })
export class StreetLevelCount {
  @Field(() => ID) streetId: string;
  @Field(() => String) streetName: string;
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Subsidy paid out (APPROVED rounds) to the centers of one street in one fiscal year' })
export class StreetSubsidy {
  @Field(() => ID) streetId: string;
  @Field(() => String) streetName: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => Int, { description: 'Centers with an allocation (a zero amount included)' }) centers: number;
  @Field(() => MoneyScalar) amount: bigint;
}

@ObjectType({ description: 'Subsidy paid out (APPROVED rounds) to the centers of one level in one fiscal year' })
export class LevelSubsidy {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => Int) fiscalYear: number;
  @Field(() => Int, { description: 'Centers with an allocation (a zero amount included)' }) centers: number;
  @Field(() => MoneyScalar) amount: bigint;
}

@ObjectType({ description: 'Residents alive on asOf whose age is in [minAge, maxAge]' })
export class AgeBandCount {
  @Field(() => String, { description: '"<60", "60-69", "70-79", "80-89", "90-99", "100+"' }) band: string;
  @Field(() => Int) minAge: number;
  @Field(() => Int, { nullable: true, description: 'null: no upper bound' }) maxAge: number | null;
  @Field(() => Int, { nullable: true, description: 'Residents (null for partner keys when 1–4 residents: small cells are suppressed)' }) count: number | null;
}

@ObjectType({ description: 'One group of residentsBy: a stable key, a Chinese label and the count' })
export class KeyCount {
  @Field(() => String, { description: 'Enum value (MALE, REGISTERED, HOME …) or the street / community id' }) key: string;
  @Field(() => String, { description: '男/女, 户籍/非户籍, the street or community name …' }) label: string;
  @Field(() => Int, { nullable: true, description: 'Residents (null for partner keys when 1–4 residents: small cells are suppressed)' }) count: number | null;
}

@ObjectType({ description: 'Free health exams of one community (or of the whole scope) in a year' })
export class ExamCoverage {
  @Field(() => ID, { nullable: true, description: 'null for the total' }) communityId: string | null;
  @Field(() => String, { nullable: true }) communityName: string | null;
  @Field(() => String, { nullable: true }) streetName: string | null;
  @Field(() => Int) year: number;
  @Field(() => Int, { nullable: true, description: 'Residents eligible for the free exam on asOf (alive, 60+, registered, no employer) (null for partner keys when 1–4 residents: small cells are suppressed)' }) eligible: number | null;
  @Field(() => Int, { nullable: true, description: 'Exams of the year still in status SCHEDULED (null for partner keys when 1–4 residents: small cells are suppressed)' }) scheduled: number | null;
  @Field(() => Int, { nullable: true, description: 'Exams of the year in status COMPLETED (null for partner keys when 1–4 residents: small cells are suppressed)' }) completed: number | null;
  @Field(() => Int, { nullable: true, description: 'Exams of the year in status MISSED (null for partner keys when 1–4 residents: small cells are suppressed)' }) missed: number | null;
}

@ObjectType({ description: 'Visits (慰问) of one occasion' })
export class OccasionTotal {
  @Field(() => VisitOccasion) occasion: VisitOccasion;
  @Field(() => Int, { nullable: true, description: 'Visits (null with residents when suppressed)' }) visits: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct residents visited (null for partner keys when 1–4 residents: small cells are suppressed)' }) residents: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Cash given (null with residents when suppressed)' }) cash: bigint | null;
}

@ObjectType({ description: 'Projects in one status' })
export class ProjectStatusTotal {
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => Int) projects: number;
  @Field(() => MoneyScalar) investment: bigint;
  @Field(() => Int) beds: number;
}
