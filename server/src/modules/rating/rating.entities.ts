import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn } from '../../common/base.entity';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { Center } from '../center/center.entity';
import { STAR_LEVELS, StarLevel as StarLevelType } from './rating.types';

export enum StarLevel {
  FIVE = 'FIVE',
  FOUR = 'FOUR',
  THREE = 'THREE',
  TWO = 'TWO',
  ONE = 'ONE',
  FAIL = 'FAIL',
  NEW = 'NEW',
}
registerEnumType(StarLevel, { name: 'StarLevel', description: '五星 FIVE … 一星 ONE, 不及格 FAIL, 新建 NEW' });
export const ALL_LEVELS = STAR_LEVELS as readonly StarLevelType[];

export enum RoundStatus {
  DRAFT = 'DRAFT',
  COMPUTED = 'COMPUTED',
  FINALIZED = 'FINALIZED',
}
registerEnumType(RoundStatus, { name: 'RoundStatus' });

export enum RatingRule {
  NEW = 'NEW',
  VETO = 'VETO',
  THRESHOLD = 'THRESHOLD',
}
registerEnumType(RatingRule, { name: 'RatingRule', description: 'What decided the level: NEW (open < 1 year), VETO (service score below the veto), THRESHOLD (the total)' });

export enum RectificationStatus {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(RectificationStatus, { name: 'RectificationStatus' });

/** 星级评定: one yearly assessment of every active center. Its scheme is a copy, so defaults can change later. */
@ObjectType({ description: '星级评定 Star-rating round' })
@Entity('rating_round')
export class RatingRound extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => DateScalar, { description: 'Assessment date D' })
  @Column(dateColumn('assessed_on'))
  assessedOn: string;

  /** RatingScheme as JSON (integers: hundredths / thousandths). */
  @Column({ type: 'text', name: 'scheme_json' })
  schemeJson: string;

  @Field(() => RoundStatus)
  @Column(enumColumn('status', 16, { default: 'DRAFT' }))
  status: RoundStatus;

  @Field(() => Int, { description: 'Centers rated by the last compute' })
  @Column({ type: 'int', name: 'center_count', default: 0 })
  centerCount: number;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'computed_at', nullable: true })
  computedAt: Date | null;

  @Column({ type: 'int', name: 'computed_by_id', nullable: true })
  computedById: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'finalized_at', nullable: true })
  finalizedAt: Date | null;

  @Column({ type: 'int', name: 'finalized_by_id', nullable: true })
  finalizedById: number | null;
}

/** One center's result in a round, with every input and sub-score so that it can be explained line by line. */
@ObjectType({ description: 'A center’s rating in a round, with its inputs and sub-scores' })
@Entity('center_rating')
@Index('uq_center_rating_round_center', ['roundId', 'centerId'], { unique: true })
@Index('idx_center_rating_center', ['centerId'])
@Index('idx_center_rating_round_level', ['roundId', 'level'])
export class CenterRating {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => ID)
  @Column({ type: 'int', name: 'round_id' })
  roundId: number;

  @ManyToOne(() => RatingRound, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'round_id' })
  round?: RatingRound;

  @Field(() => ID)
  @Column({ type: 'int', name: 'center_id' })
  centerId: number;

  @ManyToOne(() => Center, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'center_id' })
  center?: Center;

  @Field(() => StarLevel)
  @Column(enumColumn('level', 8))
  level: StarLevel;

  @Field(() => RatingRule)
  @Column(enumColumn('rule', 16))
  rule: RatingRule;

  @Field(() => Int, { description: 'Full years from plaque date to the assessment date' })
  @Column({ type: 'int', name: 'years_open' })
  yearsOpen: number;

  // Inputs as they were on the assessment (hundredths / tenths; exposed through resolvers)
  @Column({ type: 'int', name: 'floor_area_centi' })
  floorAreaCenti: number;

  @Field(() => DateScalar)
  @Column(dateColumn('plaque_date'))
  plaqueDate: string;

  @Field(() => Int)
  @Column({ type: 'int', name: 'elderly_count' })
  elderlyCount: number;

  @Field(() => Int)
  @Column({ type: 'int', name: 'disabled_count' })
  disabledCount: number;

  @Column({ type: 'int', name: 'service_input_tenths' })
  serviceInputTenths: number;

  // Sub-scores and total in hundredths; null for NEW
  @Column({ type: 'int', name: 'service_score', nullable: true })
  serviceScoreH: number | null;

  @Column({ type: 'int', name: 'area_score', nullable: true })
  areaScoreH: number | null;

  @Column({ type: 'int', name: 'seniority_score', nullable: true })
  seniorityScoreH: number | null;

  @Column({ type: 'int', name: 'population_score', nullable: true })
  populationScoreH: number | null;

  @Column({ type: 'int', name: 'total', nullable: true })
  totalH: number | null;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt: Date;
}

/** 责令整改: opened at finalization for each center rated ONE or FAIL. */
@ObjectType({ description: '责令整改 Rectification order' })
@Entity('rectification')
@Index('uq_rectification_round_center', ['roundId', 'centerId'], { unique: true })
@Index('idx_rectification_center_status', ['centerId', 'status'])
@Index('idx_rectification_status_due', ['status', 'dueOn'])
export class Rectification extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'int', name: 'round_id' })
  roundId: number;

  @ManyToOne(() => RatingRound, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'round_id' })
  round?: RatingRound;

  @Field(() => ID)
  @Column({ type: 'int', name: 'center_id' })
  centerId: number;

  @ManyToOne(() => Center, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'center_id' })
  center?: Center;

  @Field(() => StarLevel, { description: 'The level that caused the order' })
  @Column(enumColumn('level', 8))
  level: StarLevel;

  @Field(() => DateScalar)
  @Column(dateColumn('due_on'))
  dueOn: string;

  @Field(() => RectificationStatus)
  @Column(enumColumn('status', 16, { default: 'OPEN' }))
  status: RectificationStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('submitted_on', true))
  submittedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('closed_on', true))
  closedOn: string | null;
}
