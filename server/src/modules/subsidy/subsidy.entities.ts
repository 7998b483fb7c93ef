import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, enumColumn, moneyColumn } from '../../common/base.entity';
import { DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { Center } from '../center/center.entity';
import { RatingRound, StarLevel } from '../rating/rating.entities';

export enum SubsidyMode {
  WEIGHTED = 'WEIGHTED',
  FIXED_PER_LEVEL = 'FIXED_PER_LEVEL',
}
registerEnumType(SubsidyMode, { name: 'SubsidyMode' });

export enum SubsidyStatus {
  DRAFT = 'DRAFT',
  COMPUTED = 'COMPUTED',
  APPROVED = 'APPROVED',
}
registerEnumType(SubsidyStatus, { name: 'SubsidyStatus' });

export enum EffectiveMode {
  WEIGHTED = 'WEIGHTED',
  FIXED = 'FIXED',
  FIXED_SCALED = 'FIXED_SCALED',
}
registerEnumType(EffectiveMode, { name: 'EffectiveSubsidyMode', description: 'FIXED_SCALED: the level amounts exceeded the budget and were used as weights' });

export enum ZeroReason {
  LEVEL_WEIGHT_ZERO = 'LEVEL_WEIGHT_ZERO',
  LEVEL_AMOUNT_ZERO = 'LEVEL_AMOUNT_ZERO',
  ROUNDED_TO_ZERO = 'ROUNDED_TO_ZERO',
}
registerEnumType(ZeroReason, { name: 'ZeroAmountReason' });

/** 福彩公益金资助: a yearly operating-subsidy round allocated over a finalized rating round. */
@ObjectType({ description: '福彩公益金资助 Subsidy round' })
@Entity('subsidy_round')
@Index('idx_subsidy_round_rating', ['ratingRoundId'])
export class SubsidyRound extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int', name: 'fiscal_year' })
  fiscalYear: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100, name: 'fund_source', default: '市福彩公益金' })
  fundSource: string;

  @Field(() => MoneyScalar)
  @Column(moneyColumn('budget_fen'))
  budget: bigint;

  @Field(() => ID)
  @Column({ type: 'int', name: 'rating_round_id' })
  ratingRoundId: number;

  @ManyToOne(() => RatingRound, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'rating_round_id' })
  ratingRound?: RatingRound;

  @Field(() => SubsidyMode)
  @Column(enumColumn('mode', 24))
  mode: SubsidyMode;

  /** Per-level weights (thousandths) and amounts (yuan) as JSON: { weights: {...}, amounts: {...} }. */
  @Column({ type: 'text', name: 'levels_json' })
  levelsJson: string;

  @Field(() => SubsidyStatus)
  @Column(enumColumn('status', 16, { default: 'DRAFT' }))
  status: SubsidyStatus;

  @Field(() => EffectiveMode, { nullable: true })
  @Column({ type: 'varchar', length: 16, name: 'effective_mode', nullable: true })
  effectiveMode: EffectiveMode | null;

  @Field(() => MoneyScalar, { description: 'Sum of the allocations (0 before compute)' })
  @Column(moneyColumn('allocated_fen'))
  allocated: bigint;

  @Field(() => MoneyScalar, { description: 'Budget left unallocated (FIXED_PER_LEVEL under budget)' })
  @Column(moneyColumn('unallocated_fen'))
  unallocated: bigint;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'computed_at', nullable: true })
  computedAt: Date | null;

  @Column({ type: 'int', name: 'computed_by_id', nullable: true })
  computedById: number | null;

  @Field(() => String, { nullable: true, description: 'Who last computed the round' })
  @Column({ type: 'varchar', length: 200, name: 'computed_by', nullable: true })
  computedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'int', name: 'approved_by_id', nullable: true })
  approvedById: number | null;

  @Field(() => String, { nullable: true, description: 'Who approved the round' })
  @Column({ type: 'varchar', length: 200, name: 'approved_by', nullable: true })
  approvedBy: string | null;
}

/** One center's allocation in a subsidy round. */
@ObjectType({ description: 'A center’s allocation in a subsidy round' })
@Entity('subsidy_allocation')
@Index('uq_allocation_round_center', ['roundId', 'centerId'], { unique: true })
@Index('idx_allocation_center', ['centerId'])
export class SubsidyAllocation {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => ID)
  @Column({ type: 'int', name: 'round_id' })
  roundId: number;

  @ManyToOne(() => SubsidyRound, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'round_id' })
  round?: SubsidyRound;

  @Field(() => ID)
  @Column({ type: 'int', name: 'center_id' })
  centerId: number;

  @ManyToOne(() => Center, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'center_id' })
  center?: Center;

  @Field(() => StarLevel)
  @Column(enumColumn('level', 8))
  level: StarLevel;

  /** level weight in thousandths (WEIGHTED); exposed as a Float resolver */
  @Column({ type: 'int', name: 'weight_milli', nullable: true })
  weightMilli: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The level amount asked for (FIXED_PER_LEVEL)' })
  @Column({ ...moneyColumn('demand_fen', true) })
  demand: bigint | null;

  @Field(() => MoneyScalar)
  @Column(moneyColumn('amount_fen'))
  amount: bigint;

  @Field(() => ZeroReason, { nullable: true, description: 'Why the amount is zero' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  reason: ZeroReason | null;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt: Date;
}
