import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, Max, Min } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar } from '../../common/scalars';
import { ExamStatus, HealthExam } from './health-exam.entity';

@InputType()
export class CreateHealthExamInput {
  @Field(() => ID, { description: 'The resident; must be eligible for the free exam on scheduledOn' })
  residentId: string;

  @Field(() => Int, { nullable: true, description: 'Exam year; defaults to, and must equal, the year of scheduledOn' })
  @IsOptional()
  @Min(1900)
  @Max(2999)
  year?: number | null;

  @Field(() => DateScalar)
  scheduledOn: string;

  @Field(() => String, { nullable: true, description: 'Hospital or health station running the exam' })
  @IsOptional()
  @MaxLength(200)
  provider?: string | null;

  @Field(() => ExamStatus, { nullable: true, defaultValue: ExamStatus.SCHEDULED })
  status?: ExamStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Required when COMPLETED (on or after scheduledOn, not in the future); absent otherwise' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  notes?: string | null;
}

@InputType()
export class UpdateHealthExamInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true })
  residentId?: string;

  @Field(() => Int, { nullable: true, description: 'Follows scheduledOn when scheduledOn changes and year is absent' })
  @IsOptional()
  @Min(1900)
  @Max(2999)
  year?: number;

  @Field(() => DateScalar, { nullable: true })
  scheduledOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  provider?: string | null;

  @Field(() => ExamStatus, { nullable: true, description: 'SCHEDULED → COMPLETED | MISSED, MISSED → SCHEDULED; COMPLETED is final' })
  status?: ExamStatus;

  @Field(() => DateScalar, { nullable: true })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  notes?: string | null;
}

@InputType()
export class HealthExamFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on provider and notes' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true })
  residentId?: string;

  @Field(() => ID, { nullable: true, description: "The resident's community" })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "The resident's street" })
  streetId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ExamStatus, { nullable: true })
  status?: ExamStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Scheduled on or after' })
  scheduledFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Scheduled on or before' })
  scheduledTo?: string;
}

export enum HealthExamSortField {
  id = 'id',
  year = 'year',
  scheduledOn = 'scheduledOn',
  status = 'status',
  completedOn = 'completedOn',
  createdAt = 'createdAt',
}
registerEnumType(HealthExamSortField, { name: 'HealthExamSortField' });

@InputType()
export class HealthExamSort extends SortInput<HealthExamSortField>(HealthExamSortField, 'HealthExamSort') {}

@ObjectType()
export class HealthExamList extends ListResponse(HealthExam, 'HealthExamList') {}
