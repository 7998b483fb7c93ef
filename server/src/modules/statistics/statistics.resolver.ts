import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { DateScalar } from '../../common/scalars';
import { services } from '../../services';
import { LevelCount } from '../rating/rating.inputs';
import { toScope } from './statistics.service';
import {
  AgeBandCount, ExamCoverage, KeyCount, LevelSubsidy, OccasionTotal, ProjectStatusTotal, ResidentDimension, Statistics, StatisticsFilter,
  StreetLevelCount, StreetSubsidy,
} from './statistics.types';

/** Roles that may run statistics (DOMAIN.md, Access). */
const STATISTICS_READERS = ['ADMIN', 'OFFICER', 'ANALYST'];

/**
 * `statistics(filter)`: the root only parses the filter (no SQL); each requested field runs one aggregate
 * statement, so a request costs at most one statement per field, whatever the size of the district.
 */
@Resolver(() => Statistics)
export class StatisticsResolver {
  @Authorized(...STATISTICS_READERS)
  @Query(() => Statistics, { description: 'Read-only aggregates over the district, a street or a community, as of a date' })
  statistics(@Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null, @GqlCtx() ctx: Ctx): Statistics {
    return { asOf: filter?.asOf ?? todayInChina(ctx.now), scope: toScope(filter) };
  }

  @FieldResolver(() => [LevelCount], { description: 'Centers per level (all seven) in a rating round; default the latest FINALIZED round' })
  centersByLevel(@Root() s: Statistics, @Arg('ratingRoundId', () => ID, { nullable: true }) ratingRoundId: string | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.centersByLevel(s.scope, ratingRoundId);
  }

  @FieldResolver(() => [StreetLevelCount], { description: 'Centers per street and level (count > 0), by street name (pinyin) then level FIVE..NEW; default the latest FINALIZED round' })
  centersByStreetAndLevel(@Root() s: Statistics, @Arg('ratingRoundId', () => ID, { nullable: true }) ratingRoundId: string | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.centersByStreetAndLevel(s.scope, ratingRoundId);
  }

  @FieldResolver(() => [StreetSubsidy], { description: 'Subsidy of APPROVED rounds per street and fiscal year (all years when fiscalYear is null), by year then street name' })
  subsidyByStreet(@Root() s: Statistics, @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.subsidyByStreet(s.scope, fiscalYear);
  }

  @FieldResolver(() => [LevelSubsidy], { description: 'Subsidy of APPROVED rounds per level and fiscal year (all years when fiscalYear is null), by year then level' })
  subsidyByLevel(@Root() s: Statistics, @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.subsidyByLevel(s.scope, fiscalYear);
  }

  @FieldResolver(() => [AgeBandCount], { description: 'Residents alive on asOf per age band 60-69 … 100+ ("<60" first, only when not empty)' })
  residentsByAgeBand(@Root() s: Statistics, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.residentsByAgeBand(s.scope, s.asOf);
  }

  @FieldResolver(() => [KeyCount], { description: 'Residents alive on asOf grouped by a dimension (every key, zeros included)' })
  residentsBy(@Root() s: Statistics, @Arg('dimension', () => ResidentDimension) dimension: ResidentDimension, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.residentsBy(s.scope, s.asOf, dimension);
  }

  @FieldResolver(() => Int, { description: '百岁老人: residents alive and aged 100 or more on asOf' })
  centenarians(@Root() s: Statistics, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.centenarians(s.scope, s.asOf);
  }

  @FieldResolver(() => [ExamCoverage], { description: 'Per community of the scope: eligible residents on asOf and the year’s exams by status; year defaults to asOf’s year' })
  examCoverage(@Root() s: Statistics, @Arg('year', () => Int, { nullable: true }) year: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.examCoverage(s.scope, s.asOf, year ?? Number(s.asOf.slice(0, 4)));
  }

  @FieldResolver(() => ExamCoverage, { description: 'examCoverage summed over the scope (communityId, communityName, streetName null)' })
  examCoverageTotal(@Root() s: Statistics, @Arg('year', () => Int, { nullable: true }) year: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.examCoverageTotal(s.scope, s.asOf, year ?? Number(s.asOf.slice(0, 4)));
  }

  @FieldResolver(() => [OccasionTotal], { description: 'Visits per occasion (all five), visited between from and to inclusive (each optional)' })
  visitsByOccasion(
    @Root() s: Statistics,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
    @GqlCtx() ctx: Ctx,
  ) {
    return services(ctx).statistics.visitsByOccasion(s.scope, from, to);
  }

  @FieldResolver(() => [ProjectStatusTotal], { description: 'Projects per status (all six): count, total investment, beds added. District-wide: projects belong to no street or community' })
  projectsByStatus(@GqlCtx() ctx: Ctx) {
    return services(ctx).statistics.projectsByStatus();
  }
}
