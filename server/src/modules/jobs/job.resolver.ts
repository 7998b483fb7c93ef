import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { READERS, WRITERS } from '../../common/crud.resolver';
import { SortItem } from '../../common/crud.service';
import { checkPage, PageArgs } from '../../common/list';
import { services } from '../../services';
import { Job, JobType } from './job.entity';
import { JobFilter, JobList, JobSort } from './job.inputs';

@Resolver(() => Job)
export class JobResolver {
  @Authorized(...READERS)
  @Query(() => Job, { nullable: true, description: 'One background job by id (any instance answers), or null' })
  async job(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx) {
    return services(ctx).jobs.get(ctx, id);
  }

  @Authorized(...READERS)
  @Query(() => JobList, { description: 'Background jobs, newest first by default' })
  async jobs(
    @Arg('filter', () => JobFilter, { nullable: true }) filter: JobFilter | null,
    @Arg('sort', () => [JobSort], { nullable: true }) sort: SortItem[] | null,
    @Args(() => PageArgs) p: PageArgs,
    @GqlCtx() ctx: Ctx,
  ) {
    return services(ctx).jobs.list(ctx, { filter, sort, ...checkPage(p) });
  }

  @Authorized(...WRITERS)
  @Mutation(() => Job, {
    description:
      'Compute a rating round as a background job (for large rounds); returns the job at once. Submitting again while the job for the ' +
      'same round version is queued, running or done returns that job. The job fails with CONFLICT if the round changes meanwhile.',
  })
  async computeRatingRoundJob(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).jobs.submit(ctx, JobType.COMPUTE_RATING_ROUND, { id, version });
  }

  @Authorized(...WRITERS)
  @Mutation(() => Job, { description: 'Compute a subsidy round as a background job; same rules as computeRatingRoundJob' })
  async computeSubsidyRoundJob(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).jobs.submit(ctx, JobType.COMPUTE_SUBSIDY_ROUND, { id, version });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to download the result file (GET with the bearer token), when the job has one' })
  resultUrl(@Root() j: Job): string | null {
    return j.resultName ? `/jobs/${j.id}/result` : null;
  }
}
