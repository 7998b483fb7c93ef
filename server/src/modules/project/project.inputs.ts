import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { Project, ProjectCategory, ProjectStatus } from './project.entity';
import { ProjectProgress } from './project-progress.entity';

@InputType()
export class CreateProjectInput {
  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => ProjectCategory)
  category: ProjectCategory;

  @Field(() => ProjectStatus, { nullable: true, defaultValue: ProjectStatus.PROPOSED })
  status?: ProjectStatus;

  @Field(() => MoneyScalar, { description: 'Total investment, yuan (≥ 0, at most two decimals)' })
  totalInvestment: bigint;

  @Field(() => Float, { nullable: true, description: 'm², > 0, at most two decimals' })
  floorArea?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Beds the project adds (≥ 0)' })
  @IsOptional()
  @Min(0, { message: 'bedsAdded must be 0 or more' })
  @Max(1_000_000)
  bedsAdded?: number;

  @Field(() => DateScalar, { nullable: true, description: 'Required from UNDER_CONSTRUCTION on; may be a planned date before that' })
  startedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after startedOn' })
  plannedCompletionOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Required for COMPLETED and IN_SERVICE; not in the future, on or after startedOn' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Lead unit (牵头单位)' })
  @IsOptional()
  @MaxLength(200)
  leadUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'Approval reference (文号)' })
  @IsOptional()
  @MaxLength(100)
  approvalRef?: string | null;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

  @Field(() => ProjectCategory, { nullable: true })
  category?: ProjectCategory;

  @Field(() => ProjectStatus, {
    nullable: true,
    description: 'Forward only along PROPOSED → APPROVED → UNDER_CONSTRUCTION → COMPLETED → IN_SERVICE (skipping allowed), or to CANCELLED before IN_SERVICE',
  })
  status?: ProjectStatus;

  @Field(() => MoneyScalar, { nullable: true })
  totalInvestment?: bigint;

  @Field(() => Float, { nullable: true })
  floorArea?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'bedsAdded must be 0 or more' })
  @Max(1_000_000)
  bedsAdded?: number;

  @Field(() => DateScalar, { nullable: true })
  startedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  plannedCompletionOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  leadUnit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  approvalRef?: string | null;
}

@InputType()
export class ProjectFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on name, lead unit and approval reference' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ProjectCategory, { nullable: true })
  category?: ProjectCategory;

  @Field(() => [ProjectStatus], { nullable: true })
  status?: ProjectStatus[];

  @Field(() => DateScalar, { nullable: true, description: 'Started on or after' })
  startedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or before' })
  startedTo?: string;
}

export enum ProjectSortField {
  id = 'id',
  name = 'name',
  status = 'status',
  totalInvestment = 'totalInvestment',
  bedsAdded = 'bedsAdded',
  startedOn = 'startedOn',
  createdAt = 'createdAt',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

@InputType()
export class ProjectSort extends SortInput<ProjectSortField>(ProjectSortField, 'ProjectSort') {}

@ObjectType()
export class ProjectList extends ListResponse(Project, 'ProjectList') {}

// ---------------------------------------------------------------------------------------------------
// Progress entries
// ---------------------------------------------------------------------------------------------------

@InputType()
export class CreateProjectProgressInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => DateScalar, { description: 'Not in the future' })
  reportedOn: string;

  @Field(() => Int, { description: '0–100; never below an earlier entry of the project, never above a later one' })
  @Min(0, { message: 'percent must be between 0 and 100' })
  @Max(100, { message: 'percent must be between 0 and 100' })
  percent: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class UpdateProjectProgressInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => DateScalar, { nullable: true })
  reportedOn?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'percent must be between 0 and 100' })
  @Max(100, { message: 'percent must be between 0 and 100' })
  percent?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class ProjectProgressFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on the note' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Reported on or after' })
  reportedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Reported on or before' })
  reportedTo?: string;
}

export enum ProjectProgressSortField {
  id = 'id',
  reportedOn = 'reportedOn',
  percent = 'percent',
  createdAt = 'createdAt',
}
registerEnumType(ProjectProgressSortField, { name: 'ProjectProgressSortField' });

@InputType()
export class ProjectProgressSort extends SortInput<ProjectProgressSortField>(ProjectProgressSortField, 'ProjectProgressSort') {}

@ObjectType()
export class ProjectProgressList extends ListResponse(ProjectProgress, 'ProjectProgressList') {}
