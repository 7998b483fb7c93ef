import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { MoneyScalar } from '../../common/scalars';
import { StarLevel } from '../rating/rating.entities';
import { EffectiveMode, SubsidyAllocation, SubsidyMode, SubsidyRound, SubsidyStatus } from './subsidy.entities';

@InputType({ description: 'A per-level parameter: weight (WEIGHTED, up to 3 decimals) and/or amount (FIXED_PER_LEVEL, whole yuan)' })
export class LevelAmountInput {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => Float, { nullable: true }) weight?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) amount?: bigint | null;
}

@ObjectType()
export class LevelParam {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => Float) weight: number;
  @Field(() => MoneyScalar) amount: bigint;
}

@InputType()
export class CreateSubsidyRoundInput {
  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => Int)
  @Min(2000, { message: 'fiscalYear must be between 2000 and 2100' })
  @Max(2100, { message: 'fiscalYear must be between 2000 and 2100' })
  fiscalYear: number;

  @Field(() => MoneyScalar, { description: 'Whole yuan' })
  budget: bigint;

  @Field(() => ID, { description: 'A FINALIZED rating round' })
  ratingRoundId: string;

  @Field(() => SubsidyMode, { defaultValue: SubsidyMode.WEIGHTED })
  mode: SubsidyMode;

  @Field(() => String, { nullable: true, description: 'Default 市福彩公益金' })
  @IsOptional()
  @Length(1, 100)
  fundSource?: string | null;

  @Field(() => [LevelAmountInput], { nullable: true, description: 'Changes to the default per-level weights / amounts' })
  levels?: LevelAmountInput[] | null;
}

@InputType({ description: 'Allowed until APPROVED; changing money parameters of a COMPUTED round returns it to DRAFT' })
export class UpdateSubsidyRoundInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field(() => MoneyScalar, { nullable: true }) budget?: bigint;
  @Field(() => ID, { nullable: true }) ratingRoundId?: string;
  @Field(() => SubsidyMode, { nullable: true }) mode?: SubsidyMode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  fundSource?: string;

  @Field(() => [LevelAmountInput], { nullable: true }) levels?: LevelAmountInput[];
}

@InputType({ description: 'What-if allocation over a finalized rating round, nothing saved' })
export class PreviewSubsidyInput {
  @Field(() => MoneyScalar) budget: bigint;
  @Field(() => ID) ratingRoundId: string;
  @Field(() => SubsidyMode, { defaultValue: SubsidyMode.WEIGHTED }) mode: SubsidyMode;
  @Field(() => [LevelAmountInput], { nullable: true }) levels?: LevelAmountInput[] | null;
}

@InputType()
export class SubsidyRoundFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => Int, { nullable: true }) fiscalYear?: number;
  @Field(() => [SubsidyStatus], { nullable: true }) status?: SubsidyStatus[];
  @Field(() => ID, { nullable: true }) ratingRoundId?: string;
}

export enum SubsidyRoundSortField {
  id = 'id',
  name = 'name',
  fiscalYear = 'fiscalYear',
  budget = 'budget',
  status = 'status',
  createdAt = 'createdAt',
}
registerEnumType(SubsidyRoundSortField, { name: 'SubsidyRoundSortField' });

@InputType()
export class SubsidyRoundSort extends SortInput<SubsidyRoundSortField>(SubsidyRoundSortField, 'SubsidyRoundSort') {}

@ObjectType()
export class SubsidyRoundList extends ListResponse(SubsidyRound, 'SubsidyRoundList') {}

@ObjectType()
export class SubsidyAllocationList extends ListResponse(SubsidyAllocation, 'SubsidyAllocationList') {}

@InputType()
export class SubsidyAllocationFilter {
  @Field(() => [StarLevel], { nullable: true }) level?: StarLevel[];
  @Field(() => ID, { nullable: true }) streetId?: string;

  @Field(() => String, { nullable: true, description: 'Center code or name' })
  @IsOptional()
  @MaxLength(200)
  q?: string;
}

export enum SubsidyAllocationSortField {
  centerCode = 'centerCode',
  amount = 'amount',
  level = 'level',
}
registerEnumType(SubsidyAllocationSortField, { name: 'SubsidyAllocationSortField' });

@InputType()
export class SubsidyAllocationSort extends SortInput<SubsidyAllocationSortField>(SubsidyAllocationSortField, 'SubsidyAllocationSort') {}

@ObjectType()
export class LevelTotal {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => Int) centers: number;
  @Field(() => MoneyScalar) amount: bigint;
}

@ObjectType()
export class SubsidyPreview {
  @Field(() => EffectiveMode) effectiveMode: EffectiveMode;
  @Field(() => MoneyScalar) budget: bigint;
  @Field(() => MoneyScalar) allocated: bigint;
  @Field(() => MoneyScalar) unallocated: bigint;
  @Field(() => [LevelParam]) levels: LevelParam[];
  @Field(() => [LevelTotal]) byLevel: LevelTotal[];
  @Field(() => [SubsidyAllocation], { description: 'Allocations ordered by center code (first `take` after `skip`)' }) allocations: SubsidyAllocation[];
}
