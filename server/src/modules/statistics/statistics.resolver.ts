import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { DateScalar } from '../../common/scalars';
import { services } from '../../services';
import { readOn } from '../replica/read-router';
import { StatisticsService } from './statistics.service';
import { LevelCount } from '../rating/rating.inputs';
import { toScope } from './statistics.service';
import {
  AgeBandCount, ExamCoverage, KeyCount, LevelSubsidy, OccasionTotal, ProjectStatusTotal, ResidentDimension, Statistics, StatisticsFilter,
  StreetLevelCount, StreetSubsidy,
} from './statistics.types';

/** Roles that may run statistics (DOMAIN.md, Access), and partner keys with the statistics:read scope. */
const STATISTICS_READERS = ['ADMIN', 'OFFICER', 'ANALYST', 'scope:statistics:read'];

/** Partners never see a count of 1–4 residents (it could single a person out): such cells become null. */
export const SMALL_CELL = 5;
const small = (n: number) => n > 0 && n < SMALL_CELL;
const forPartner = (ctx: Ctx) => ctx.actor?.kind === 'API_KEY';
/** Nulls the given count fields of each row (and `also` fields of rows with a suppressed count) for partners. */
function suppress<T extends object>(ctx: Ctx, rows: T[], fields: (keyof T)[], also: (keyof T)[] = []): T[] {
  if (!forPartner(ctx)) return rows;
  return rows.map((r) => {
    const out = { ...r } as Record<keyof T, unknown>;
    let hid = false;
    for (const f of fields) {
      if (small(Number(r[f]))) {
        out[f] = null;
        hid = true;
      }
    }
    if (hid) for (const f of also) out[f] = null;
    return out as T;
  });
}

/** Runs a statistics read on a replica when the replica router allows it (modules/replica), else on the primary. */
const stats = <T>(ctx: Ctx, fn: (s: StatisticsService) => Promise<T>): Promise<T> => readOn(ctx, 'statistics', (runner) => fn(services(ctx).statistics.on(runner)));

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
    return stats(ctx, (svc) => svc.centersByLevel(s.scope, ratingRoundId));
  }

  @FieldResolver(() => [StreetLevelCount], { description: 'Centers per street and level (count > 0), by street name (pinyin) then level FIVE..NEW; default the latest FINALIZED round' })
  centersByStreetAndLevel(@Root() s: Statistics, @Arg('ratingRoundId', () => ID, { nullable: true }) ratingRoundId: string | null, @GqlCtx() ctx: Ctx) {
    return stats(ctx, (svc) => svc.centersByStreetAndLevel(s.scope, ratingRoundId));
  }

  @FieldResolver(() => [StreetSubsidy], { description: 'Subsidy of APPROVED rounds per street and fiscal year (all years when fiscalYear is null), by year then street name' })
  subsidyByStreet(@Root() s: Statistics, @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null, @GqlCtx() ctx: Ctx) {
    return stats(ctx, (svc) => svc.subsidyByStreet(s.scope, fiscalYear));
  }

  @FieldResolver(() => [LevelSubsidy], { description: 'Subsidy of APPROVED rounds per level and fiscal year (all years when fiscalYear is null), by year then level' })
  subsidyByLevel(@Root() s: Statistics, @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null, @GqlCtx() ctx: Ctx) {
    return stats(ctx, (svc) => svc.subsidyByLevel(s.scope, fiscalYear));
  }

  @FieldResolver(() => [AgeBandCount], { description: 'Residents alive on asOf per age band 60-69 … 100+ ("<60" first, only when not empty)' })
  async residentsByAgeBand(@Root() s: Statistics, @GqlCtx() ctx: Ctx) {
    return suppress(ctx, await stats(ctx, (svc) => svc.residentsByAgeBand(s.scope, s.asOf)), ['count']);
  }

  @FieldResolver(() => [KeyCount], { description: 'Residents alive on asOf grouped by a dimension (every key, zeros included)' })
  async residentsBy(@Root() s: Statistics, @Arg('dimension', () => ResidentDimension) dimension: ResidentDimension, @GqlCtx() ctx: Ctx) {
    return suppress(ctx, await stats(ctx, (svc) => svc.residentsBy(s.scope, s.asOf, dimension)), ['count']);
  }

  @FieldResolver(() => Int, { nullable: true, description: '百岁老人: residents alive and aged 100 or more on asOf (null for partners when 1–4)' })
  async centenarians(@Root() s: Statistics, @GqlCtx() ctx: Ctx) {
    const n = await stats(ctx, (svc) => svc.centenarians(s.scope, s.asOf));
    return forPartner(ctx) && small(n) ? null : n;
  }

  @FieldResolver(() => [ExamCoverage], { description: 'Per community of the scope: eligible residents on asOf and the year’s exams by status; year defaults to asOf’s year' })
  async examCoverage(@Root() s: Statistics, @Arg('year', () => Int, { nullable: true }) year: number | null, @GqlCtx() ctx: Ctx) {
    return suppress(ctx, await stats(ctx, (svc) => svc.examCoverage(s.scope, s.asOf, year ?? Number(s.asOf.slice(0, 4)))), ['eligible', 'scheduled', 'completed', 'missed']);
  }

  @FieldResolver(() => ExamCoverage, { description: 'examCoverage summed over the scope (communityId, communityName, streetName null)' })
  async examCoverageTotal(@Root() s: Statistics, @Arg('year', () => Int, { nullable: true }) year: number | null, @GqlCtx() ctx: Ctx) {
    const total = await stats(ctx, (svc) => svc.examCoverageTotal(s.scope, s.asOf, year ?? Number(s.asOf.slice(0, 4))));
    return suppress(ctx, [total], ['eligible', 'scheduled', 'completed', 'missed'])[0];
  }

  @FieldResolver(() => [OccasionTotal], { description: 'Visits per occasion (all five), visited between from and to inclusive (each optional)' })
  async visitsByOccasion(
    @Root() s: Statistics,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
    @GqlCtx() ctx: Ctx,
  ) {
    return suppress(ctx, await stats(ctx, (svc) => svc.visitsByOccasion(s.scope, from, to)), ['residents'], ['visits', 'cash']);
  }

  @FieldResolver(() => [ProjectStatusTotal], { description: 'Projects per status (all six): count, total investment, beds added. District-wide: projects belong to no street or community' })
  projectsByStatus(@GqlCtx() ctx: Ctx) {
    return stats(ctx, (svc) => svc.projectsByStatus());
  }
}
