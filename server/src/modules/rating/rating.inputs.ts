import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar } from '../../common/scalars';
import { CenterRating, RatingRound, Rectification, RectificationStatus, RoundStatus, StarLevel } from './rating.entities';

@InputType({ description: 'Weights of the four sub-scores (up to 3 decimals; default 0.55 / 0.15 / 0.10 / 0.20)' })
export class RatingWeightsInput {
  @Field(() => Float, { nullable: true }) service?: number;
  @Field(() => Float, { nullable: true }) area?: number;
  @Field(() => Float, { nullable: true }) seniority?: number;
  @Field(() => Float, { nullable: true }) population?: number;
}

@InputType({ description: 'Minimum total per level (up to 2 decimals; default 92 / 84 / 76 / 68 / 60)' })
export class RatingThresholdsInput {
  @Field(() => Float, { nullable: true }) FIVE?: number;
  @Field(() => Float, { nullable: true }) FOUR?: number;
  @Field(() => Float, { nullable: true }) THREE?: number;
  @Field(() => Float, { nullable: true }) TWO?: number;
  @Field(() => Float, { nullable: true }) ONE?: number;
}

@InputType({ description: 'Changes to the default rating scheme; absent fields keep the default' })
export class RatingSchemeInput {
  @Field(() => RatingWeightsInput, { nullable: true }) weights?: RatingWeightsInput;
  @Field(() => Int, { nullable: true, description: 'm² at which the area score reaches 100 (default 300)' }) areaFullAt?: number;
  @Field(() => Int, { nullable: true, description: 'Points per full year open (default 20)' }) seniorityPointsPerYear?: number;
  @Field(() => Int, { nullable: true, description: 'Elderly + disabled people at which the population score reaches 100 (default 1500)' })
  populationFullAt?: number;
  @Field(() => RatingThresholdsInput, { nullable: true }) thresholds?: RatingThresholdsInput;
  @Field(() => Float, { nullable: true, description: 'A service score below this is FAIL whatever the total (default 50)' }) serviceVetoBelow?: number;
  @Field(() => Int, { nullable: true, description: 'Fewer full years open than this is NEW (default 1)' }) newIfYearsBelow?: number;
  @Field(() => [StarLevel], { nullable: true, description: 'Levels that get a rectification order (default ONE, FAIL)' }) rectifyLevels?: StarLevel[];
  @Field(() => Int, { nullable: true, description: 'Days after the assessment date a rectification is due (default 90)' }) rectificationDays?: number;
}

@ObjectType()
export class RatingWeights {
  @Field(() => Float) service: number;
  @Field(() => Float) area: number;
  @Field(() => Float) seniority: number;
  @Field(() => Float) population: number;
}

@ObjectType()
export class RatingThresholds {
  @Field(() => Float) FIVE: number;
  @Field(() => Float) FOUR: number;
  @Field(() => Float) THREE: number;
  @Field(() => Float) TWO: number;
  @Field(() => Float) ONE: number;
}

@ObjectType({ description: 'The parameters a round was (or will be) computed with' })
export class RatingSchemeType {
  @Field(() => RatingWeights) weights: RatingWeights;
  @Field(() => Int) areaFullAt: number;
  @Field(() => Int) seniorityPointsPerYear: number;
  @Field(() => Int) populationFullAt: number;
  @Field(() => RatingThresholds) thresholds: RatingThresholds;
  @Field(() => Float) serviceVetoBelow: number;
  @Field(() => Int) newIfYearsBelow: number;
  @Field(() => [StarLevel]) rectifyLevels: StarLevel[];
  @Field(() => Int) rectificationDays: number;
}

@ObjectType()
export class LevelCount {
  @Field(() => StarLevel) level: StarLevel;
  @Field(() => Int) count: number;
}

@InputType()
export class CreateRatingRoundInput {
  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => DateScalar)
  assessedOn: string;

  @Field(() => RatingSchemeInput, { nullable: true })
  scheme?: RatingSchemeInput | null;
}

@InputType({ description: 'Allowed while the round is not FINALIZED; changing the date or scheme of a COMPUTED round returns it to DRAFT' })
export class UpdateRatingRoundInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

  @Field(() => DateScalar, { nullable: true }) assessedOn?: string;
  @Field(() => RatingSchemeInput, { nullable: true }) scheme?: RatingSchemeInput;
}

@InputType()
export class RatingRoundFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => [RoundStatus], { nullable: true }) status?: RoundStatus[];
  @Field(() => DateScalar, { nullable: true }) assessedFrom?: string;
  @Field(() => DateScalar, { nullable: true }) assessedTo?: string;
}

export enum RatingRoundSortField {
  id = 'id',
  name = 'name',
  assessedOn = 'assessedOn',
  status = 'status',
  createdAt = 'createdAt',
}
registerEnumType(RatingRoundSortField, { name: 'RatingRoundSortField' });

@InputType()
export class RatingRoundSort extends SortInput<RatingRoundSortField>(RatingRoundSortField, 'RatingRoundSort') {}

@ObjectType()
export class RatingRoundList extends ListResponse(RatingRound, 'RatingRoundList') {}

@ObjectType()
export class CenterRatingList extends ListResponse(CenterRating, 'CenterRatingList') {}

@InputType()
export class CenterRatingFilter {
  @Field(() => [StarLevel], { nullable: true }) level?: StarLevel[];
  @Field(() => ID, { nullable: true }) streetId?: string;
  @Field(() => ID, { nullable: true }) communityId?: string;

  @Field(() => String, { nullable: true, description: 'Center code or name' })
  @IsOptional()
  @MaxLength(200)
  q?: string;
}

export enum CenterRatingSortField {
  total = 'total',
  level = 'level',
  centerCode = 'centerCode',
  serviceScore = 'serviceScore',
}
registerEnumType(CenterRatingSortField, { name: 'CenterRatingSortField' });

@InputType()
export class CenterRatingSort extends SortInput<CenterRatingSortField>(CenterRatingSortField, 'CenterRatingSort') {}

@ObjectType({ description: 'What a rating would be under changed parameters (nothing saved)' })
export class RatingPreview {
  @Field(() => DateScalar) assessedOn: string;
  @Field(() => RatingSchemeType) scheme: RatingSchemeType;
  @Field(() => Int) centerCount: number;
  @Field(() => [LevelCount]) levelCounts: LevelCount[];
  @Field(() => [CenterRating], { description: 'Ratings ordered by center code (first `take` after `skip`)' }) ratings: CenterRating[];
}

@ObjectType()
export class LevelChange {
  @Field(() => ID) centerId: number;
  @Field(() => StarLevel, { nullable: true, description: 'null: not rated in the first round' }) fromLevel: StarLevel | null;
  @Field(() => StarLevel, { nullable: true, description: 'null: not rated in the second round' }) toLevel: StarLevel | null;
  @Field(() => Int, { description: 'Steps up (positive) or down (negative); FAIL counts as 0 stars, NEW and missing as no change' }) change: number;
  @Field(() => Float, { nullable: true }) fromTotal: number | null;
  @Field(() => Float, { nullable: true }) toTotal: number | null;
}

@ObjectType({ description: 'Which centers moved up or down between two rounds' })
export class RatingComparison {
  @Field(() => Int) up: number;
  @Field(() => Int) down: number;
  @Field(() => Int) same: number;
  @Field(() => Int, { description: 'Rated only in the second round' }) added: number;
  @Field(() => Int, { description: 'Rated only in the first round' }) removed: number;
  @Field(() => [LevelChange], { description: 'Centers whose level changed (or that appear in only one round), biggest moves first' }) changes: LevelChange[];
}

@InputType()
export class RectificationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];

  @Field(() => String, { nullable: true, description: 'Note text' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true }) roundId?: string;
  @Field(() => ID, { nullable: true }) centerId?: string;
  @Field(() => ID, { nullable: true }) streetId?: string;
  @Field(() => [RectificationStatus], { nullable: true }) status?: RectificationStatus[];
  @Field(() => Boolean, { nullable: true, description: 'Not closed and past its due date (today in China)' }) overdue?: boolean;
}

export enum RectificationSortField {
  id = 'id',
  dueOn = 'dueOn',
  status = 'status',
  createdAt = 'createdAt',
}
registerEnumType(RectificationSortField, { name: 'RectificationSortField' });

@InputType()
export class RectificationSort extends SortInput<RectificationSortField>(RectificationSortField, 'RectificationSort') {}

@ObjectType()
export class RectificationList extends ListResponse(Rectification, 'RectificationList') {}

@InputType({ description: 'OPEN → SUBMITTED → PASSED | FAILED; SUBMITTED may return to OPEN; FAILED may be resubmitted' })
export class UpdateRectificationInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => RectificationStatus, { nullable: true }) status?: RectificationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today when the status becomes SUBMITTED' }) submittedOn?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today when the status becomes PASSED or FAILED' }) closedOn?: string;
}

