import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver, READERS, WRITERS } from '../../common/crud.resolver';
import { SortItem } from '../../common/crud.service';
import { fromScaled } from '../../common/fixed';
import { checkPage, PageArgs } from '../../common/list';
import { DateScalar } from '../../common/scalars';
import { todayInChina } from '../../common/dates';
import { services } from '../../services';
import { Center } from '../center/center.entity';
import { levelCounts } from './rating.engine';
import { RatingScheme, STAR_LEVELS } from './rating.types';
import { CenterRating, RatingRound, RatingRule, Rectification, RectificationStatus, StarLevel } from './rating.entities';
import {
  CenterRatingFilter, CenterRatingList, CenterRatingSort, CreateRatingRoundInput, LevelCount, RatingComparison, RatingPreview,
  RatingRoundFilter, RatingRoundList, RatingRoundSort, RatingSchemeInput, RatingSchemeType, RectificationFilter, RectificationList,
  RectificationSort, UpdateRatingRoundInput, UpdateRectificationInput,
} from './rating.inputs';
import { parseScheme, rateCenters, schemeFromInput, schemeToType } from './rating.service';
import { pageCenterRows } from './center-rows';
import { STAR_LEVEL_SHORT } from '../export/labels';

export const toLevelCounts = (counts: Record<string, number>): LevelCount[] => STAR_LEVELS.map((level) => ({ level: level as StarLevel, count: counts[level] ?? 0 }));

const RoundCrud = createCrudResolver({
  one: 'ratingRound', many: 'ratingRounds', typeName: 'RatingRound', entity: RatingRound, list: RatingRoundList, filter: RatingRoundFilter,
  sort: RatingRoundSort, createInput: CreateRatingRoundInput, updateInput: UpdateRatingRoundInput, facade: (ctx) => services(ctx).ratingRounds,
});

/** A transient scheme attached to preview ratings (stored ratings read their round's scheme). */
type WithScheme = CenterRating & { previewScheme?: RatingScheme };

@Resolver(() => RatingRound)
export class RatingRoundResolver extends RoundCrud {
  @Authorized(...WRITERS)
  @Mutation(() => RatingRound, { description: 'Rate every ACTIVE center with a plaque on or before the assessment date; replaces an earlier compute' })
  async computeRatingRound(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).ratingRounds.compute(ctx, id, version);
  }

  @Authorized(...WRITERS)
  @Mutation(() => RatingRound, { description: 'Freeze the round and open rectification orders for ONE and FAIL' })
  async finalizeRatingRound(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).ratingRounds.finalize(ctx, id, version);
  }

  @Authorized(...READERS)
  @Query(() => RatingPreview, { description: 'What-if: rate the current centers on a date with a changed scheme, without saving anything' })
  async previewRating(
    @Arg('assessedOn', () => DateScalar) assessedOn: string,
    @Arg('scheme', () => RatingSchemeInput, { nullable: true }) schemeInput: RatingSchemeInput | null,
    @Args(() => PageArgs) p: PageArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<RatingPreview> {
    const { skip, take } = checkPage(p);
    const scheme = schemeFromInput(schemeInput);
    const svc = services(ctx).ratingRounds;
    const ratings = await rateCenters(await svc.centersFor(assessedOn), assessedOn, scheme, 0);
    const pageItems = ratings.slice(skip, skip + take).map((r) => Object.assign(r, { previewScheme: scheme }));
    return { assessedOn, scheme: schemeToType(scheme), centerCount: ratings.length, levelCounts: toLevelCounts(levelCounts(ratings.map((r) => r.level))), ratings: pageItems };
  }

  @Authorized(...READERS)
  @Query(() => RatingComparison, { description: 'Which centers moved up or down a level between two rounds' })
  async compareRatingRounds(@Arg('fromId', () => ID) fromId: string, @Arg('toId', () => ID) toId: string, @GqlCtx() ctx: Ctx) {
    return services(ctx).ratingRounds.compare(fromId, toId);
  }

  @FieldResolver(() => RatingSchemeType)
  scheme(@Root() r: RatingRound): RatingSchemeType {
    return schemeToType(parseScheme(r));
  }

  @FieldResolver(() => [LevelCount], { description: 'Centers per level, all seven levels' })
  async levelCounts(@Root() r: RatingRound, @GqlCtx() ctx: Ctx): Promise<LevelCount[]> {
    const loader = ctx.loaders.custom<number, Record<string, number>>('rating.levelCounts', (ids) => services(ctx).ratingRounds.levelCountsFor(ids));
    return toLevelCounts(await loader.load(r.id));
  }

  @FieldResolver(() => CenterRatingList)
  async ratings(
    @Root() r: RatingRound,
    @Arg('filter', () => CenterRatingFilter, { nullable: true }) filter: CenterRatingFilter | null,
    @Arg('sort', () => [CenterRatingSort], { nullable: true }) sort: SortItem[] | null,
    @Args(() => PageArgs) p: PageArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<CenterRatingList> {
    return pageCenterRows(ctx, CenterRating, r.id, filter, sort, { total: 'x.totalH', level: 'x.level', serviceScore: 'x.serviceScoreH' }, p);
  }

  @FieldResolver(() => Int, { description: 'Rectification orders opened by finalizing this round' })
  async rectificationCount(@Root() r: RatingRound, @GqlCtx() ctx: Ctx): Promise<number> {
    return (await ctx.loaders.groupBy(Rectification, 'roundId').load(r.id)).length;
  }
}

@Resolver(() => CenterRating)
export class CenterRatingResolver {
  @FieldResolver(() => Center)
  async center(@Root() r: CenterRating, @GqlCtx() ctx: Ctx): Promise<Center> {
    return (await ctx.loaders.byId(Center).load(r.centerId))!;
  }

  @FieldResolver(() => RatingRound, { nullable: true, description: 'null in a preview' })
  async round(@Root() r: CenterRating, @GqlCtx() ctx: Ctx): Promise<RatingRound | null> {
    return r.roundId ? ctx.loaders.byId(RatingRound).load(r.roundId) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Weighted total 0–100 (two decimals); null for NEW' })
  total(@Root() r: CenterRating) {
    return fromScaled(r.totalH, 2);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Service sub-score (= the inspection score)' })
  serviceScore(@Root() r: CenterRating) {
    return fromScaled(r.serviceScoreH, 2);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Area sub-score = min(100, floorArea ÷ 3)' })
  areaScore(@Root() r: CenterRating) {
    return fromScaled(r.areaScoreH, 2);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Seniority sub-score = min(100, 20 × full years)' })
  seniorityScore(@Root() r: CenterRating) {
    return fromScaled(r.seniorityScoreH, 2);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Population sub-score = min(100, (elderly + disabled) ÷ 15)' })
  populationScore(@Root() r: CenterRating) {
    return fromScaled(r.populationScoreH, 2);
  }

  @FieldResolver(() => Float, { description: 'Input: floor area (m²) on the assessment' })
  floorArea(@Root() r: CenterRating) {
    return fromScaled(r.floorAreaCenti, 2);
  }

  @FieldResolver(() => Float, { description: 'Input: inspection score on the assessment' })
  serviceInput(@Root() r: CenterRating) {
    return fromScaled(r.serviceInputTenths, 1);
  }

  @FieldResolver(() => String, { description: 'Why this level, in Chinese (e.g. 服务 88.50×0.55 + … = 84.10 ≥ 84 → 四星)' })
  async explanation(@Root() r: WithScheme, @GqlCtx() ctx: Ctx): Promise<string> {
    const scheme = r.previewScheme ?? parseScheme((await ctx.loaders.byId(RatingRound).load(r.roundId))!);
    return explainRating(r, scheme);
  }
}

const f2 = (h: number | null) => (h === null ? '—' : (h / 100).toFixed(2));
const w3 = (w: number) => String(w / 1000);

/** A person-readable explanation of one rating under its scheme. */
export function explainRating(r: CenterRating, s: RatingScheme): string {
  if (r.rule === RatingRule.NEW) return `新建：挂牌 ${r.plaqueDate}，至评定日满 ${r.yearsOpen} 年（不足 ${s.newIfYearsBelow} 年），不评分`;
  const sum =
    `服务 ${f2(r.serviceScoreH)}×${w3(s.weights.service)} + 面积 ${f2(r.areaScoreH)}×${w3(s.weights.area)} + ` +
    `年限 ${f2(r.seniorityScoreH)}×${w3(s.weights.seniority)} + 人口 ${f2(r.populationScoreH)}×${w3(s.weights.population)} = ${f2(r.totalH)}`;
  if (r.rule === RatingRule.VETO) return `一票否决：服务情况 ${f2(r.serviceScoreH)} 低于 ${f2(s.serviceVetoBelow)} → 不及格（${sum}）`;
  const t = s.thresholds as Record<string, number>;
  if (r.level === StarLevel.FAIL) return `${sum} < ${f2(t.ONE)} → 不及格`;
  return `${sum} ≥ ${f2(t[r.level])} → ${STAR_LEVEL_SHORT[r.level]}`;
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @Authorized(...READERS)
  @Query(() => Rectification, { nullable: true })
  async rectification(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx) {
    return services(ctx).rectifications.get(ctx, id);
  }

  @Authorized(...READERS)
  @Query(() => RectificationList)
  async rectifications(
    @Arg('filter', () => RectificationFilter, { nullable: true }) filter: RectificationFilter | null,
    @Arg('sort', () => [RectificationSort], { nullable: true }) sort: SortItem[] | null,
    @Args(() => PageArgs) p: PageArgs,
    @GqlCtx() ctx: Ctx,
  ) {
    return services(ctx).rectifications.list(ctx, { filter, sort, ...checkPage(p) });
  }

  @Authorized(...WRITERS)
  @Mutation(() => Rectification, { description: 'Move a rectification through OPEN → SUBMITTED → PASSED | FAILED, or edit its note' })
  async updateRectification(@Arg('input', () => UpdateRectificationInput) input: UpdateRectificationInput, @GqlCtx() ctx: Ctx) {
    return services(ctx).rectifications.update(ctx, input);
  }

  @FieldResolver(() => Center)
  async center(@Root() r: Rectification, @GqlCtx() ctx: Ctx): Promise<Center> {
    return (await ctx.loaders.byId(Center).load(r.centerId))!;
  }

  @FieldResolver(() => RatingRound)
  async round(@Root() r: Rectification, @GqlCtx() ctx: Ctx): Promise<RatingRound> {
    return (await ctx.loaders.byId(RatingRound).load(r.roundId))!;
  }

  @FieldResolver(() => Boolean, { description: 'Not passed and past its due date (today in China)' })
  overdue(@Root() r: Rectification, @GqlCtx() ctx: Ctx): boolean {
    return r.status !== RectificationStatus.PASSED && r.dueOn < todayInChina(ctx.now);
  }
}

/** Center fields that come from the rating module. */
@Resolver(() => Center)
export class CenterRatingFieldsResolver {
  @FieldResolver(() => StarLevel, { nullable: true, description: 'Level in the latest FINALIZED rating round (null if not rated there)' })
  async currentLevel(@Root() c: Center, @GqlCtx() ctx: Ctx): Promise<StarLevel | null> {
    // one statement per page: the latest FINALIZED round is a scalar subquery, and only the two columns needed
    // are read (the unique index round_id + center_id finds them)
    const loader = ctx.loaders.custom<number, StarLevel | null>('center.currentLevel', async (ids) => {
      const rows: { centerId: number | string; level: StarLevel }[] = await ctx.ds
        .getRepository(CenterRating)
        .createQueryBuilder('r')
        .select('r.centerId', 'centerId')
        .addSelect('r.level', 'level')
        .where((qb) => {
          const latest = qb.subQuery().select('rr.id').from(RatingRound, 'rr').where("rr.status = 'FINALIZED'").orderBy('rr.assessedOn', 'DESC').addOrderBy('rr.id', 'DESC').limit(1);
          return `r.roundId = ${latest.getQuery()}`;
        })
        .andWhere('r.centerId IN (:...ids)', { ids: [...ids] })
        .getRawMany();
      const map = new Map(rows.map((r) => [Number(r.centerId), r.level]));
      return ids.map((id) => map.get(id) ?? null);
    });
    return loader.load(c.id);
  }

  @FieldResolver(() => [Rectification], { description: 'Rectification orders not yet passed' })
  async openRectifications(@Root() c: Center, @GqlCtx() ctx: Ctx): Promise<Rectification[]> {
    return ctx.loaders.custom<number, Rectification[]>('center.openRectifications', (ids) => services(ctx).rectifications.openFor(ids)).load(c.id);
  }
}
