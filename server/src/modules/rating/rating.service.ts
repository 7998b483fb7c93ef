import { DataSource, EntityManager, In } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, Conflict, InvalidState, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { ComputeHooks } from '../../common/progress';
import { bulkInsert } from '../../common/bulk';
import { CHUNK_ROWS, yieldToLoop } from '../../common/rows';
import { todayInChina } from '../../common/dates';
import { parseFixed } from '../../common/fixed';
import { writeAudit } from '../audit/audit.service';
import { Center, CenterStatus } from '../center/center.entity';
import { DEFAULT_RATING_SCHEME, levelCounts, rateCenter, rectificationDue, validateScheme } from './rating.engine';
import { RatingScheme, StarLevel as Level } from './rating.types';
import { CenterRating, RatingRound, RatingRule, Rectification, RectificationStatus, RoundStatus, StarLevel } from './rating.entities';
import {
  CreateRatingRoundInput, LevelChange, RatingComparison, RatingRoundFilter, RatingSchemeInput, RatingSchemeType, RectificationFilter,
  UpdateRatingRoundInput, UpdateRectificationInput,
} from './rating.inputs';

/** Levels ranked for comparisons: FAIL is 0 stars; NEW has no rank. */
export const LEVEL_RANK: Record<Level, number | null> = { FIVE: 5, FOUR: 4, THREE: 3, TWO: 2, ONE: 1, FAIL: 0, NEW: null };

/** The default scheme with the input's changes, as exact integers; BAD_USER_INPUT on `scheme.<path>`. */
export function schemeFromInput(input: RatingSchemeInput | null | undefined, base: RatingScheme = DEFAULT_RATING_SCHEME): RatingScheme {
  const s: RatingScheme = JSON.parse(JSON.stringify(base));
  const fixed = (v: number | undefined | null, decimals: number, path: string, current: number): number => {
    if (v === undefined || v === null) return current;
    const n = parseFixed(v, decimals);
    if (n === null) throw new BadInput(path, `${path} must be a number with at most ${decimals} decimals`);
    return n;
  };
  if (input?.weights) {
    for (const k of ['service', 'area', 'seniority', 'population'] as const) s.weights[k] = fixed(input.weights[k], 3, `scheme.weights.${k}`, s.weights[k]);
  }
  if (input?.thresholds) {
    for (const k of ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE'] as const) s.thresholds[k] = fixed(input.thresholds[k], 2, `scheme.thresholds.${k}`, s.thresholds[k]);
  }
  s.serviceVetoBelow = fixed(input?.serviceVetoBelow, 2, 'scheme.serviceVetoBelow', s.serviceVetoBelow);
  for (const k of ['areaFullAt', 'seniorityPointsPerYear', 'populationFullAt', 'newIfYearsBelow', 'rectificationDays'] as const) {
    const v = input?.[k];
    if (v !== undefined && v !== null) s[k] = v;
  }
  if (input?.rectifyLevels) s.rectifyLevels = [...input.rectifyLevels] as Level[];
  const err = validateScheme(s);
  if (err) throw new BadInput(`scheme.${err.field}`, err.message);
  return s;
}

export function schemeToType(s: RatingScheme): RatingSchemeType {
  return {
    weights: { service: s.weights.service / 1000, area: s.weights.area / 1000, seniority: s.weights.seniority / 1000, population: s.weights.population / 1000 },
    areaFullAt: s.areaFullAt,
    seniorityPointsPerYear: s.seniorityPointsPerYear,
    populationFullAt: s.populationFullAt,
    thresholds: { FIVE: s.thresholds.FIVE / 100, FOUR: s.thresholds.FOUR / 100, THREE: s.thresholds.THREE / 100, TWO: s.thresholds.TWO / 100, ONE: s.thresholds.ONE / 100 },
    serviceVetoBelow: s.serviceVetoBelow / 100,
    newIfYearsBelow: s.newIfYearsBelow,
    rectifyLevels: s.rectifyLevels as StarLevel[],
    rectificationDays: s.rectificationDays,
  };
}

export const parseScheme = (round: Pick<RatingRound, 'schemeJson'>): RatingScheme => JSON.parse(round.schemeJson) as RatingScheme;

/** Lets other requests run between chunks of a long computation (the event loop is never blocked for long). */

const RATING_PROPS: (keyof CenterRating & string)[] = [
  'roundId', 'centerId', 'level', 'rule', 'yearsOpen', 'floorAreaCenti', 'plaqueDate', 'elderlyCount', 'disabledCount', 'serviceInputTenths',
  'serviceScoreH', 'areaScoreH', 'seniorityScoreH', 'populationScoreH', 'totalH',
];

/** Rates centers in memory (no database), yielding to the event loop every few thousand centers. */
export async function rateCenters(centers: Center[], assessedOn: string, scheme: RatingScheme, roundId: number, onProgress?: (done: number, total: number) => void): Promise<CenterRating[]> {
  const out: CenterRating[] = [];
  for (let i = 0; i < centers.length; i++) {
    if (i > 0 && i % CHUNK_ROWS === 0) {
      onProgress?.(i, centers.length);
      await yieldToLoop();
    }
    const c = centers[i];
    const r = rateCenter(
      { floorAreaCenti: c.floorAreaCenti, plaqueDate: c.plaqueDate, elderlyCount: c.elderlyCount, disabledCount: c.disabledCount, serviceScoreTenths: c.serviceScoreTenths },
      assessedOn,
      scheme,
    );
    const row = new CenterRating();
    Object.assign(row, {
      id: c.id,
      roundId,
      centerId: c.id,
      level: r.level as StarLevel,
      rule: r.rule as RatingRule,
      yearsOpen: r.yearsOpen,
      floorAreaCenti: c.floorAreaCenti,
      plaqueDate: c.plaqueDate,
      elderlyCount: c.elderlyCount,
      disabledCount: c.disabledCount,
      serviceInputTenths: c.serviceScoreTenths,
      serviceScoreH: r.serviceScore,
      areaScoreH: r.areaScore,
      seniorityScoreH: r.seniorityScore,
      populationScoreH: r.populationScore,
      totalH: r.total,
    });
    out.push(row);
  }
  return out;
}

export class RatingRoundService extends CrudService<RatingRound, RatingRoundFilter, CreateRatingRoundInput, UpdateRatingRoundInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: RatingRound,
      label: 'RatingRound',
      alias: 'rr',
      searchColumns: ['name'],
      sortColumns: { id: 'id', name: 'name', assessedOn: 'assessedOn', status: 'status', createdAt: 'createdAt' },
      defaultSort: [{ field: 'assessedOn', direction: 'DESC' as never }],
      applyFilter: (qb, f) => {
        if (f.status?.length) qb.andWhere('rr.status IN (:...st)', { st: f.status });
        if (f.assessedFrom) qb.andWhere('rr.assessedOn >= :af', { af: f.assessedFrom });
        if (f.assessedTo) qb.andWhere('rr.assessedOn <= :at', { at: f.assessedTo });
      },
    });
  }

  create(ctx: Ctx, i: CreateRatingRoundInput) {
    const scheme = schemeFromInput(i.scheme);
    return this.insert(ctx, { name: i.name.trim(), assessedOn: i.assessedOn, schemeJson: JSON.stringify(scheme), status: RoundStatus.DRAFT, centerCount: 0 });
  }

  async update(ctx: Ctx, i: UpdateRatingRoundInput) {
    const current = await this.getOrFail(i.id);
    if (current.status === RoundStatus.FINALIZED) throw new InvalidState('A finalized rating round cannot be changed');
    const changes: Partial<RatingRound> = { name: i.name?.trim() };
    const resets = i.assessedOn !== undefined || i.scheme !== undefined;
    if (i.assessedOn === null || i.scheme === null) throw new BadInput(i.assessedOn === null ? 'assessedOn' : 'scheme', 'cannot be cleared');
    if (i.assessedOn) changes.assessedOn = i.assessedOn;
    if (i.scheme) changes.schemeJson = JSON.stringify(schemeFromInput(i.scheme, parseScheme(current)));
    if (resets && current.status === RoundStatus.COMPUTED) Object.assign(changes, { status: RoundStatus.DRAFT, centerCount: 0, computedAt: null, computedById: null });
    // the stale ratings go in the same transaction as the return to DRAFT
    return this.patch(
      ctx,
      i.id,
      i.version,
      changes,
      (r) => {
        if (r.status === RoundStatus.FINALIZED) throw new InvalidState('A finalized rating round cannot be changed');
      },
      async (updated, m, before) => {
        if (resets && before.status === RoundStatus.COMPUTED) await m.delete(CenterRating, { roundId: updated.id });
      },
    );
  }

  override async remove(ctx: Ctx, id: string | number, version: number) {
    return super.remove(ctx, id, version, async (r) => {
      if (r.status === RoundStatus.FINALIZED) throw new InvalidState('A finalized rating round cannot be deleted');
    });
  }

  /**
   * The centers a round rates: ACTIVE, plaque on or before D. Raw rows, not entities: mysql2 parses a big result
   * packet by packet as it arrives (the event loop runs in between); hydrating 50,000 entities at the end would not.
   */
  async centersFor(assessedOn: string): Promise<Center[]> {
    const qb = this.ds.getRepository(Center).createQueryBuilder('c').select('c.id', 'id');
    for (const p of ['code', 'floorAreaCenti', 'plaqueDate', 'elderlyCount', 'disabledCount', 'serviceScoreTenths']) qb.addSelect(`c.${p}`, p);
    const rows = await qb
      .where('c.status = :status AND c.plaqueDate <= :on', { status: CenterStatus.ACTIVE, on: assessedOn })
      .orderBy('c.code', 'ASC')
      .getRawMany<Center>();
    for (const r of rows) for (const k of ['id', 'floorAreaCenti', 'elderlyCount', 'disabledCount', 'serviceScoreTenths'] as const) r[k] = Number(r[k]);
    return rows;
  }

  /**
   * Rates every eligible center and stores the results, replacing an earlier compute. The round is claimed
   * with `UPDATE … WHERE version = ?` first, so of two computes racing on one round exactly one takes effect.
   */
  async compute(ctx: Ctx, idValue: string, version?: number | null, hooks?: ComputeHooks<RatingRound>): Promise<RatingRound> {
    const round = await this.getOrFail(idValue);
    if (round.status === RoundStatus.FINALIZED) throw new InvalidState('This rating round is finalized; its ratings can no longer change');
    if (version != null && version !== round.version) throw new Conflict(`RatingRound was changed by someone else (your version ${version}, current ${round.version})`);
    hooks?.progress?.('读取中心', 0, 0);
    const centers = await this.centersFor(round.assessedOn);
    hooks?.progress?.('评定', 0, centers.length);
    const ratings = await rateCenters(centers, round.assessedOn, parseScheme(round), round.id, hooks?.progress && ((done, total) => hooks.progress!('评定', done, total)));
    hooks?.progress?.('写入结果', ratings.length, ratings.length);
    return this.tx(async (m) => {
      await this.claim(m, round, { status: RoundStatus.COMPUTED, centerCount: ratings.length, computedAt: new Date(), computedById: ctx.actor?.id ?? null }, [RoundStatus.DRAFT, RoundStatus.COMPUTED]);
      await m.delete(CenterRating, { roundId: round.id });
      await bulkInsert(m, CenterRating, RATING_PROPS, ratings);
      const counts = levelCounts(ratings.map((r) => r.level as Level));
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'COMPUTE', entity: 'RatingRound', entityId: round.id, before: { status: round.status }, after: { status: RoundStatus.COMPUTED, levelCounts: counts } });
      const updated = await m.findOneByOrFail(RatingRound, { id: round.id });
      await hooks?.inTx?.(m, updated);
      return updated;
    });
  }

  /** Freezes the round and opens a rectification order for every center rated at a rectify level (ONE, FAIL). */
  async finalize(ctx: Ctx, idValue: string, version?: number | null): Promise<RatingRound> {
    const round = await this.getOrFail(idValue);
    if (round.status === RoundStatus.FINALIZED) throw new InvalidState('This rating round is already finalized');
    if (round.status !== RoundStatus.COMPUTED) throw new InvalidState('Compute the rating round before finalizing it');
    if (version != null && version !== round.version) throw new Conflict(`RatingRound was changed by someone else (your version ${version}, current ${round.version})`);
    const scheme = parseScheme(round);
    return this.tx(async (m) => {
      await this.claim(m, round, { status: RoundStatus.FINALIZED, finalizedAt: new Date(), finalizedById: ctx.actor?.id ?? null }, [RoundStatus.COMPUTED]);
      const levels = scheme.rectifyLevels.filter((l) => l !== 'NEW');
      let opened = 0;
      if (levels.length) {
        const due = rectificationDue(round.assessedOn, scheme);
        const res = await m.query(
          `INSERT INTO rectification (round_id, center_id, level, due_on, status, version) ` +
            `SELECT round_id, center_id, level, ?, 'OPEN', 1 FROM center_rating WHERE round_id = ? AND level IN (${levels.map(() => '?').join(', ')})`,
          [due, round.id, ...levels],
        );
        opened = Number((res as { affectedRows?: number })?.affectedRows ?? (res as { changes?: number })?.changes ?? 0);
      }
      await writeAudit(m, ctx.actor, ctx.requestId, { action: 'FINALIZE', entity: 'RatingRound', entityId: round.id, before: { status: round.status }, after: { status: RoundStatus.FINALIZED, rectificationsOpened: opened } });
      return m.findOneByOrFail(RatingRound, { id: round.id });
    });
  }

  /** Conditional status change: 0 rows means another request changed the round first. */
  private async claim(m: EntityManager, round: RatingRound, set: Partial<RatingRound>, from: RoundStatus[]) {
    const res = await m
      .createQueryBuilder()
      .update(RatingRound)
      .set({ ...set, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version AND status IN (:...from)', { id: round.id, version: round.version, from })
      .execute();
    if (!res.affected) {
      const now = await m.findOneBy(RatingRound, { id: round.id });
      if (now && !from.includes(now.status)) throw new InvalidState(`The rating round is now ${now.status}; reload it`);
      throw new Conflict('The rating round was changed by someone else at the same time; reload and try again');
    }
  }

  /** Level counts of rounds (one GROUP BY for a batch of rounds), all seven levels present. */
  async levelCountsFor(roundIds: readonly number[]): Promise<Record<Level, number>[]> {
    const rows: { roundId: number; level: Level; n: string | number }[] = await this.ds
      .getRepository(CenterRating)
      .createQueryBuilder('r')
      .select('r.roundId', 'roundId')
      .addSelect('r.level', 'level')
      .addSelect('COUNT(*)', 'n')
      .where('r.roundId IN (:...ids)', { ids: [...roundIds] })
      .groupBy('r.roundId')
      .addGroupBy('r.level')
      .getRawMany();
    return roundIds.map((id) => {
      const counts = levelCounts([]);
      for (const r of rows) if (Number(r.roundId) === id) counts[r.level] = Number(r.n);
      return counts;
    });
  }

  async compare(fromId: string, toId: string): Promise<RatingComparison> {
    const [a, b] = [parseId(fromId, 'fromId'), parseId(toId, 'toId')];
    await this.getOrFail(a);
    await this.getOrFail(b);
    const repo = this.ds.getRepository(CenterRating);
    const select = { centerId: true, level: true, totalH: true } as const;
    const [ra, rb] = await Promise.all([repo.find({ where: { roundId: a }, select }), repo.find({ where: { roundId: b }, select })]);
    const from = new Map(ra.map((r) => [r.centerId, r]));
    const to = new Map(rb.map((r) => [r.centerId, r]));
    const out: RatingComparison = { up: 0, down: 0, same: 0, added: 0, removed: 0, changes: [] };
    for (const id of new Set([...from.keys(), ...to.keys()])) {
      const f = from.get(id);
      const t = to.get(id);
      const fr = f ? LEVEL_RANK[f.level] : null;
      const tr = t ? LEVEL_RANK[t.level] : null;
      const change = fr !== null && tr !== null ? tr - fr : 0;
      if (!f) out.added++;
      else if (!t) out.removed++;
      else if (change > 0) out.up++;
      else if (change < 0) out.down++;
      else out.same++;
      if (!f || !t || f.level !== t.level) {
        const c: LevelChange = { centerId: id, fromLevel: f?.level ?? null, toLevel: t?.level ?? null, change, fromTotal: f?.totalH != null ? f.totalH / 100 : null, toTotal: t?.totalH != null ? t.totalH / 100 : null };
        out.changes.push(c);
      }
    }
    out.changes.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || x.centerId - y.centerId);
    return out;
  }
}

/** Rectification orders: opened by finalization only; staff move them through their status flow. */
export class RectificationService extends CrudService<Rectification, RectificationFilter, never, UpdateRectificationInput> {
  static readonly FLOW: Record<RectificationStatus, RectificationStatus[]> = {
    OPEN: [RectificationStatus.SUBMITTED],
    SUBMITTED: [RectificationStatus.PASSED, RectificationStatus.FAILED, RectificationStatus.OPEN],
    FAILED: [RectificationStatus.SUBMITTED],
    PASSED: [],
  };

  constructor(ds: DataSource) {
    super(ds, {
      entity: Rectification,
      label: 'Rectification',
      alias: 'rc',
      searchColumns: ['note'],
      sortColumns: { id: 'id', dueOn: 'dueOn', status: 'status', createdAt: 'createdAt' },
      defaultSort: [{ field: 'dueOn', direction: 'ASC' as never }],
      applyFilter: (qb, f, ctx) => {
        if (f.roundId) qb.andWhere('rc.roundId = :rid', { rid: parseId(f.roundId, 'filter.roundId') });
        if (f.centerId) qb.andWhere('rc.centerId = :cid', { cid: parseId(f.centerId, 'filter.centerId') });
        if (f.streetId) {
          qb.andWhere('rc.centerId IN (SELECT c.id FROM center c JOIN community cm ON cm.id = c.community_id WHERE cm.street_id = :sid)', { sid: parseId(f.streetId, 'filter.streetId') });
        }
        if (f.status?.length) qb.andWhere('rc.status IN (:...st)', { st: f.status });
        if (f.overdue === true) qb.andWhere("rc.status IN ('OPEN', 'SUBMITTED', 'FAILED') AND rc.dueOn < :today", { today: todayInChina(ctx.now) });
        if (f.overdue === false) qb.andWhere("(rc.status = 'PASSED' OR rc.dueOn >= :today)", { today: todayInChina(ctx.now) });
      },
    });
  }

  create(): Promise<Rectification> {
    throw new InvalidState('Rectifications are opened by finalizing a rating round');
  }

  override async remove(): Promise<string> {
    throw new InvalidState('Rectification orders cannot be deleted; they are part of the rating record');
  }

  async update(ctx: Ctx, i: UpdateRectificationInput) {
    const current = await this.getOrFail(i.id);
    const today = todayInChina(ctx.now);
    const changes: Partial<Rectification> = { note: i.note === null ? null : i.note?.trim() };
    if (i.status && i.status !== current.status) {
      if (!RectificationService.FLOW[current.status].includes(i.status)) {
        throw new InvalidState(`A rectification cannot go from ${current.status} to ${i.status}`);
      }
      changes.status = i.status;
      if (i.status === RectificationStatus.SUBMITTED) changes.submittedOn = i.submittedOn ?? today;
      if (i.status === RectificationStatus.PASSED || i.status === RectificationStatus.FAILED) changes.closedOn = i.closedOn ?? today;
      if (i.status === RectificationStatus.OPEN) changes.submittedOn = null;
    }
    for (const k of ['submittedOn', 'closedOn'] as const) {
      const v = changes[k];
      if (v && v > today) throw new BadInput(k, `${k} cannot be in the future`);
    }
    return this.patch(ctx, i.id, i.version, changes);
  }

  /** Open (not passed) rectifications of centers, for Center.openRectifications. */
  async openFor(centerIds: readonly number[]): Promise<Rectification[][]> {
    const rows = await this.repo.find({ where: { centerId: In([...centerIds]), status: In([RectificationStatus.OPEN, RectificationStatus.SUBMITTED, RectificationStatus.FAILED]) }, order: { dueOn: 'ASC' } });
    return centerIds.map((id) => rows.filter((r) => r.centerId === id));
  }
}
