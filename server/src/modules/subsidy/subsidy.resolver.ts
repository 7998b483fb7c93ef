import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver, READERS, WRITERS } from '../../common/crud.resolver';
import { SortItem } from '../../common/crud.service';
import { parseId } from '../../common/errors';
import { checkPage, PageArgs } from '../../common/list';
import { services } from '../../services';
import { Center } from '../center/center.entity';
import { RatingRound } from '../rating/rating.entities';
import { pageCenterRows } from '../rating/center-rows';
import { SubsidyAllocation, SubsidyRound } from './subsidy.entities';
import {
  CreateSubsidyRoundInput, LevelParam, LevelTotal, PreviewSubsidyInput, SubsidyAllocationFilter, SubsidyAllocationList, SubsidyAllocationSort,
  SubsidyPreview, SubsidyRoundFilter, SubsidyRoundList, SubsidyRoundSort, UpdateSubsidyRoundInput,
} from './subsidy.inputs';
import { allocationRows, levelParams, levelsFromInput, runAllocation, totalsByLevel, wholeYuan } from './subsidy.service';

const RoundCrud = createCrudResolver({
  one: 'subsidyRound', many: 'subsidyRounds', typeName: 'SubsidyRound', entity: SubsidyRound, list: SubsidyRoundList, filter: SubsidyRoundFilter,
  sort: SubsidyRoundSort, createInput: CreateSubsidyRoundInput, updateInput: UpdateSubsidyRoundInput, facade: (ctx) => services(ctx).subsidyRounds,
});

@Resolver(() => SubsidyRound)
export class SubsidyRoundResolver extends RoundCrud {
  @Authorized(...WRITERS)
  @Mutation(() => SubsidyRound, { description: 'Allocate the budget over the rated centers; replaces an earlier compute' })
  async computeSubsidyRound(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).subsidyRounds.compute(ctx, id, version);
  }

  @Authorized('ADMIN')
  @Mutation(() => SubsidyRound, { description: 'ADMIN only, and not the user who last computed the round (four-eyes); an approved round is immutable' })
  async approveSubsidyRound(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @GqlCtx() ctx: Ctx) {
    return services(ctx).subsidyRounds.approve(ctx, id, version);
  }

  @Authorized(...READERS)
  @Query(() => SubsidyPreview, { description: 'What-if: the allocation for a budget, mode and levels, without saving anything' })
  async previewSubsidy(@Arg('input', () => PreviewSubsidyInput) input: PreviewSubsidyInput, @Args(() => PageArgs) p: PageArgs, @GqlCtx() ctx: Ctx): Promise<SubsidyPreview> {
    const { skip, take } = checkPage(p);
    const budget = wholeYuan(input.budget, 'budget') * 100n;
    const levels = levelsFromInput(input.levels);
    const svc = services(ctx).subsidyRounds;
    const centers = await svc.ratedCenters(ctx.ds.manager, parseId(input.ratingRoundId, 'ratingRoundId'));
    const outcome = runAllocation(budget, input.mode, levels, centers);
    const rows = allocationRows(0, outcome);
    return {
      effectiveMode: outcome.effectiveMode as never,
      budget,
      allocated: outcome.allocatedYuan * 100n,
      unallocated: outcome.unallocatedYuan * 100n,
      levels: levelParams(levels),
      byLevel: totalsByLevel(rows),
      allocations: rows.slice(skip, skip + take),
    };
  }

  @FieldResolver(() => [LevelParam], { description: 'Per-level weights and amounts this round uses' })
  levels(@Root() r: SubsidyRound): LevelParam[] {
    return levelParams(JSON.parse(r.levelsJson));
  }

  @FieldResolver(() => RatingRound)
  async ratingRound(@Root() r: SubsidyRound, @GqlCtx() ctx: Ctx): Promise<RatingRound> {
    return (await ctx.loaders.byId(RatingRound).load(r.ratingRoundId))!;
  }

  @FieldResolver(() => [LevelTotal], { description: 'Centers and amount per level (all seven levels)' })
  async byLevel(@Root() r: SubsidyRound, @GqlCtx() ctx: Ctx): Promise<LevelTotal[]> {
    return ctx.loaders.custom<number, LevelTotal[]>('subsidy.byLevel', (ids) => services(ctx).subsidyRounds.byLevelFor(ids)).load(r.id);
  }

  @FieldResolver(() => SubsidyAllocationList)
  async allocations(
    @Root() r: SubsidyRound,
    @Arg('filter', () => SubsidyAllocationFilter, { nullable: true }) filter: SubsidyAllocationFilter | null,
    @Arg('sort', () => [SubsidyAllocationSort], { nullable: true }) sort: SortItem[] | null,
    @Args(() => PageArgs) p: PageArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<SubsidyAllocationList> {
    return pageCenterRows(ctx, SubsidyAllocation, r.id, filter, sort, { amount: 'x.amount', level: 'x.level' }, p);
  }
}

@Resolver(() => SubsidyAllocation)
export class SubsidyAllocationResolver {
  @FieldResolver(() => Center)
  async center(@Root() a: SubsidyAllocation, @GqlCtx() ctx: Ctx): Promise<Center> {
    return (await ctx.loaders.byId(Center).load(a.centerId))!;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The level weight (WEIGHTED mode)' })
  weight(@Root() a: SubsidyAllocation): number | null {
    return a.weightMilli === null ? null : a.weightMilli / 1000;
  }
}
