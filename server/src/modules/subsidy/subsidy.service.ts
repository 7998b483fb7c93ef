import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { AppError, BadInput, Conflict, Forbidden, InvalidState, NotFound, parseId } from '../../common/errors';
import { Actor, Ctx } from '../../common/context';
import { ComputeHooks } from '../../common/progress';
import { bulkInsert } from '../../common/bulk';
import { parseFixed } from '../../common/fixed';
import { STAR_LEVELS, StarLevel as Level } from '../rating/rating.types';
import { CenterRating, RatingRound, RoundStatus, StarLevel } from '../rating/rating.entities';
import { Center } from '../center/center.entity';
import { writeAudit } from '../audit/audit.service';
import { allocate, AllocationError, AllocationOutcome, DEFAULT_LEVEL_AMOUNTS, DEFAULT_LEVEL_WEIGHTS } from './allocation';
import { EffectiveMode, SubsidyAllocation, SubsidyMode, SubsidyRound, SubsidyStatus, ZeroReason } from './subsidy.entities';
import { CreateSubsidyRoundInput, LevelAmountInput, LevelParam, LevelTotal, SubsidyRoundFilter, UpdateSubsidyRoundInput } from './subsidy.inputs';

export interface LevelsJson {
  weights: Record<Level, number>;
  amounts: Record<Level, string>;
}

/** Whole yuan from fen, or BAD_USER_INPUT on `field` when the amount has fen. */
export function wholeYuan(fen: bigint, field: string): bigint {
  if (fen < 0n) throw new BadInput(field, `${field} cannot be negative`);
  if (fen % 100n !== 0n) throw new BadInput(field, `${field} must be whole yuan (no fen)`);
  return fen / 100n;
}

/** Defaults with the input's per-level changes; weights in thousandths, amounts in yuan. */
export function levelsFromInput(levels: LevelAmountInput[] | null | undefined, base?: LevelsJson): LevelsJson {
  const out: LevelsJson = base
    ? JSON.parse(JSON.stringify(base))
    : { weights: { ...DEFAULT_LEVEL_WEIGHTS }, amounts: Object.fromEntries(STAR_LEVELS.map((l) => [l, DEFAULT_LEVEL_AMOUNTS[l].toString()])) as Record<Level, string> };
  const seen = new Set<string>();
  for (const [i, l] of (levels ?? []).entries()) {
    if (seen.has(l.level)) throw new BadInput(`levels.${i}.level`, `Level ${l.level} is listed twice`);
    seen.add(l.level);
    if (l.weight !== undefined && l.weight !== null) {
      const w = parseFixed(l.weight, 3);
      if (w === null || w < 0 || w > 1_000_000) throw new BadInput(`levels.${i}.weight`, 'A level weight must be 0 or more with at most 3 decimals');
      out.weights[l.level as Level] = w;
    }
    if (l.amount !== undefined && l.amount !== null) out.amounts[l.level as Level] = wholeYuan(l.amount, `levels.${i}.amount`).toString();
  }
  return out;
}

export function levelParams(levels: LevelsJson): LevelParam[] {
  return STAR_LEVELS.map((l) => ({ level: l as StarLevel, weight: levels.weights[l] / 1000, amount: BigInt(levels.amounts[l]) * 100n }));
}

/** Runs the pure allocation, turning its input errors into BAD_USER_INPUT. */
export function runAllocation(budgetFen: bigint, mode: SubsidyMode, levels: LevelsJson, centers: { key: string; code: string; level: Level }[]): AllocationOutcome {
  try {
    return allocate({
      budgetYuan: budgetFen / 100n,
      mode,
      weights: levels.weights,
      amounts: Object.fromEntries(STAR_LEVELS.map((l) => [l, BigInt(levels.amounts[l])])) as Record<Level, bigint>,
      centers,
    });
  } catch (e) {
    if (e instanceof AllocationError) {
      const field = e.field === 'weights' ? 'levels' : e.field;
      throw new BadInput(field, e.field === 'weights' ? 'All centers of this rating round have levels of weight 0: nothing can be allocated (W = 0)' : e.message);
    }
    throw e;
  }
}

/** Allocation rows in memory (not saved) for a round id. */
export function allocationRows(roundId: number, outcome: AllocationOutcome): SubsidyAllocation[] {
  return outcome.allocations.map((a) =>
    Object.assign(new SubsidyAllocation(), {
      id: Number(a.key),
      roundId,
      centerId: Number(a.key),
      level: a.level as StarLevel,
      weightMilli: a.weight,
      demand: a.demandYuan === null ? null : a.demandYuan * 100n,
      amount: a.amountYuan * 100n,
      reason: a.reason as ZeroReason | null,
    }),
  );
}

export function totalsByLevel(rows: Pick<SubsidyAllocation, 'level' | 'amount'>[]): LevelTotal[] {
  return STAR_LEVELS.map((l) => {
    const of = rows.filter((r) => r.level === l);
    return { level: l as StarLevel, centers: of.length, amount: of.reduce((s, r) => s + r.amount, 0n) };
  });
}

const ALLOCATION_PROPS: (keyof SubsidyAllocation & string)[] = ['roundId', 'centerId', 'level', 'weightMilli', 'demand', 'amount', 'reason'];

/** Who acted, as people read it (a user's email, a system job's name). */
const actorName = (a: Actor | null) => a?.name ?? 'anonymous';

/** Four-eyes: the same user (by id), or the same system job (by name), as the one who computed. */
export function sameActor(round: Pick<SubsidyRound, 'computedById' | 'computedBy'>, a: Actor | null): boolean {
  if (round.computedById !== null) return a?.kind === 'USER' && a.id === round.computedById;
  return round.computedBy === actorName(a);
}

export class SubsidyRoundService extends CrudService<SubsidyRound, SubsidyRoundFilter, CreateSubsidyRoundInput, UpdateSubsidyRoundInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: SubsidyRound,
      label: 'SubsidyRound',
      alias: 'sr',
      searchColumns: ['name', 'fundSource'],
      sortColumns: { id: 'id', name: 'name', fiscalYear: 'fiscalYear', budget: 'budget', status: 'status', createdAt: 'createdAt' },
      defaultSort: [{ field: 'fiscalYear', direction: 'DESC' as never }],
      applyFilter: (qb, f) => {
        if (f.fiscalYear) qb.andWhere('sr.fiscalYear = :fy', { fy: f.fiscalYear });
        if (f.status?.length) qb.andWhere('sr.status IN (:...st)', { st: f.status });
        if (f.ratingRoundId) qb.andWhere('sr.ratingRoundId = :rr', { rr: parseId(f.ratingRoundId, 'filter.ratingRoundId') });
      },
    });
  }

  /** The rated centers of a finalized rating round, by code (the allocation's tie-break order). */
  async ratedCenters(m: EntityManager, ratingRoundId: number, field = 'ratingRoundId') {
    const rr = await m.findOneBy(RatingRound, { id: ratingRoundId });
    if (!rr) throw new BadInput(field, `Rating round ${ratingRoundId} does not exist`);
    if (rr.status !== RoundStatus.FINALIZED) throw new BadInput(field, 'Subsidies are allocated over a FINALIZED rating round; finalize it first');
    const rows: { centerId: number; level: Level; code: string }[] = await m
      .getRepository(CenterRating)
      .createQueryBuilder('r')
      .innerJoin(Center, 'c', 'c.id = r.centerId')
      .select('r.centerId', 'centerId')
      .addSelect('r.level', 'level')
      .addSelect('c.code', 'code')
      .where('r.roundId = :id', { id: ratingRoundId })
      .orderBy('c.code', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ key: String(r.centerId), code: r.code, level: r.level }));
  }

  async create(ctx: Ctx, i: CreateSubsidyRoundInput) {
    const budget = wholeYuan(i.budget, 'budget') * 100n;
    const levels = levelsFromInput(i.levels);
    const ratingRoundId = parseId(i.ratingRoundId, 'ratingRoundId');
    return this.insert(
      ctx,
      {
        name: i.name.trim(), fiscalYear: i.fiscalYear, fundSource: i.fundSource?.trim() || '市福彩公益金', budget, ratingRoundId, mode: i.mode ?? SubsidyMode.WEIGHTED,
        levelsJson: JSON.stringify(levels), status: SubsidyStatus.DRAFT, allocated: 0n, unallocated: 0n, effectiveMode: null,
      },
      async (_r, m) => {
        await this.ratedCenters(m, ratingRoundId);
      },
    );
  }

  async update(ctx: Ctx, i: UpdateSubsidyRoundInput) {
    const current = await this.getOrFail(i.id);
    if (current.status === SubsidyStatus.APPROVED) throw new InvalidState('An approved subsidy round cannot be changed');
    for (const k of ['name', 'fiscalYear', 'budget', 'ratingRoundId', 'mode', 'fundSource', 'levels'] as const) {
      if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    }
    const changes: Partial<SubsidyRound> = { name: i.name?.trim(), fiscalYear: i.fiscalYear, fundSource: i.fundSource?.trim(), mode: i.mode };
    if (i.budget !== undefined) changes.budget = wholeYuan(i.budget, 'budget') * 100n;
    if (i.ratingRoundId !== undefined) changes.ratingRoundId = parseId(i.ratingRoundId, 'ratingRoundId');
    if (i.levels !== undefined) changes.levelsJson = JSON.stringify(levelsFromInput(i.levels, JSON.parse(current.levelsJson)));
    const resets = ['budget', 'ratingRoundId', 'mode', 'levels'].some((k) => i[k as keyof UpdateSubsidyRoundInput] !== undefined);
    if (resets && current.status === SubsidyStatus.COMPUTED) {
      Object.assign(changes, { status: SubsidyStatus.DRAFT, allocated: 0n, unallocated: 0n, effectiveMode: null, computedAt: null, computedById: null, computedBy: null });
    }
    // the rating-round check and the stale allocations go in the same transaction as the patch
    return this.patch(
      ctx,
      i.id,
      i.version,
      changes,
      async (merged, m, before) => {
        if (before?.status === SubsidyStatus.APPROVED) throw new InvalidState('An approved subsidy round cannot be changed');
        if (changes.ratingRoundId !== undefined) await this.ratedCenters(m, merged.ratingRoundId);
      },
      async (updated, m, before) => {
        if (resets && before.status === SubsidyStatus.COMPUTED) await m.delete(SubsidyAllocation, { roundId: updated.id });
      },
    );
  }

  override async remove(ctx: Ctx, id: string | number, version: number) {
    return super.remove(ctx, id, version, async (r) => {
      if (r.status === SubsidyStatus.APPROVED) throw new InvalidState('An approved subsidy round cannot be deleted: it has been paid out');
    });
  }

  /** Why a conditional write touched no row: the round is gone, approved, or changed by someone else. */
  private async lost(m: EntityManager, id: number): Promise<AppError> {
    const now = await m.findOneBy(SubsidyRound, { id });
    if (!now) return new NotFound('SubsidyRound', id);
    if (now.status === SubsidyStatus.APPROVED) return new InvalidState('This subsidy round is already approved and can no longer change');
    return new Conflict('The subsidy round was changed by someone else at the same time; reload and try again');
  }

  /** Allocates the budget and stores one row per rated center, replacing an earlier compute, in one transaction. */
  async compute(ctx: Ctx, idValue: string, version?: number | null, hooks?: ComputeHooks<SubsidyRound>) {
    const round = await this.getOrFail(idValue);
    if (round.status === SubsidyStatus.APPROVED) throw new InvalidState('This subsidy round is approved; its allocations can no longer change');
    if (version != null && version !== round.version) throw new Conflict(`SubsidyRound was changed by someone else (your version ${version}, current ${round.version})`);
    return this.tx(async (m) => {
      hooks?.progress?.('读取评定结果', 0, 0);
      const centers = await this.ratedCenters(m, round.ratingRoundId);
      hooks?.progress?.('分配', 0, centers.length);
      const outcome = runAllocation(round.budget, round.mode, JSON.parse(round.levelsJson), centers);
      hooks?.progress?.('写入结果', centers.length, centers.length);
      const res = await m
        .createQueryBuilder()
        .update(SubsidyRound)
        .set({
          status: SubsidyStatus.COMPUTED, allocated: outcome.allocatedYuan * 100n, unallocated: outcome.unallocatedYuan * 100n,
          effectiveMode: outcome.effectiveMode as EffectiveMode, computedAt: new Date(), computedById: ctx.actor?.kind === 'USER' ? ctx.actor.id : null, computedBy: actorName(ctx.actor),
          version: () => 'version + 1',
        } as never)
        .where("id = :id AND version = :version AND status <> 'APPROVED'", { id: round.id, version: round.version })
        .execute();
      if (!res.affected) throw await this.lost(m, round.id);
      await m.delete(SubsidyAllocation, { roundId: round.id });
      await bulkInsert(m, SubsidyAllocation, ALLOCATION_PROPS, allocationRows(round.id, outcome));
      await writeAudit(m, ctx.actor, ctx.requestId, {
        action: 'COMPUTE', entity: 'SubsidyRound', entityId: round.id, before: { status: round.status },
        after: { status: SubsidyStatus.COMPUTED, allocated: outcome.allocatedYuan * 100n, unallocated: outcome.unallocatedYuan * 100n, centers: centers.length },
      });
      const updated = await m.findOneByOrFail(SubsidyRound, { id: round.id });
      await hooks?.inTx?.(m, updated);
      return updated;
    });
  }

  /** Approves a COMPUTED round; the approver must not be whoever last computed it (four-eyes rule). */
  async approve(ctx: Ctx, idValue: string, version?: number | null) {
    const round = await this.getOrFail(idValue);
    if (round.status === SubsidyStatus.APPROVED) throw new InvalidState('This subsidy round is already approved');
    if (round.status !== SubsidyStatus.COMPUTED) throw new InvalidState('Compute the subsidy round before approving it');
    if (version != null && version !== round.version) throw new Conflict(`SubsidyRound was changed by someone else (your version ${version}, current ${round.version})`);
    if (sameActor(round, ctx.actor)) {
      throw new Forbidden('Four-eyes rule: the round must be approved by someone other than the person who computed it');
    }
    return this.tx(async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(SubsidyRound)
        .set({ status: SubsidyStatus.APPROVED, approvedAt: new Date(), approvedById: ctx.actor?.kind === 'USER' ? ctx.actor.id : null, approvedBy: actorName(ctx.actor), version: () => 'version + 1' } as never)
        .where("id = :id AND version = :version AND status = 'COMPUTED'", { id: round.id, version: round.version })
        .execute();
      if (!res.affected) throw await this.lost(m, round.id);
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'APPROVE', entity: 'SubsidyRound', entityId: round.id, before: { status: round.status }, after: { status: SubsidyStatus.APPROVED, allocated: round.allocated } });
      return m.findOneByOrFail(SubsidyRound, { id: round.id });
    });
  }

  /** Sum and count per level of a round's stored allocations (one GROUP BY). */
  /** Centers and amount per level of each round, all seven levels: one statement for a page of rounds. */
  async byLevelFor(roundIds: readonly number[]): Promise<LevelTotal[][]> {
    const rows: { roundId: number | string; level: Level; n: string | number; total: string | number }[] = await this.ds
      .getRepository(SubsidyAllocation)
      .createQueryBuilder('a')
      .select('a.roundId', 'roundId')
      .addSelect('a.level', 'level')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(a.amount_fen)', 'total')
      .where('a.roundId IN (:...ids)', { ids: [...roundIds] })
      .groupBy('a.roundId')
      .addGroupBy('a.level')
      .getRawMany();
    return roundIds.map((id) =>
      STAR_LEVELS.map((l) => {
        const r = rows.find((x) => Number(x.roundId) === id && x.level === l);
        return { level: l as StarLevel, centers: r ? Number(r.n) : 0, amount: r ? BigInt(String(r.total).split('.')[0]) : 0n };
      }),
    );
  }

}
