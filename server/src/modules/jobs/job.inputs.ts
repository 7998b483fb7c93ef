import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { Job, JobStatus, JobType } from './job.entity';

@InputType()
export class JobFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on the summary, the error and who submitted the job' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => [JobStatus], { nullable: true })
  status?: JobStatus[];

  @Field(() => [JobType], { nullable: true })
  type?: JobType[];

  @Field(() => String, { nullable: true, description: 'e.g. RatingRound, SubsidyRound' })
  @IsOptional()
  @MaxLength(40)
  targetType?: string;

  @Field(() => ID, { nullable: true })
  targetId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only jobs submitted by the caller' })
  mine?: boolean;
}

export enum JobSortField {
  id = 'id',
  createdAt = 'createdAt',
  finishedAt = 'finishedAt',
  status = 'status',
  type = 'type',
}
registerEnumType(JobSortField, { name: 'JobSortField' });

@InputType()
export class JobSort extends SortInput<JobSortField>(JobSortField, 'JobSort') {}

@ObjectType()
export class JobList extends ListResponse(Job, 'JobList') {}
