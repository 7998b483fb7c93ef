/**
 * The job types of the API. Each registers a handler (job.registry.ts); a module that adds a job type (imports,
 * exports) registers its handler in its own file and is imported here.
 */
import { Conflict, InvalidState, NotFound, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { formatMoney } from '../../common/money';
import { services } from '../../services';
import { CenterRating, RatingRound, RoundStatus } from '../rating/rating.entities';
import { STAR_LEVELS } from '../rating/rating.types';
import { SubsidyRound, SubsidyStatus } from '../subsidy/subsidy.entities';
import { STAR_LEVEL_SHORT } from '../export/labels';
import { JobType } from './job.entity';
import { JobRunContext, registerJobType } from './job.registry';
// the job types of other modules register themselves
import '../import/import.job';
import '../export/export.job';

export interface RoundJobInput {
  roundId: number;
  /** The round's version when the job was submitted: the compute fails with CONFLICT if the round changed since. */
  version: number;
}

/** Overall percent of a compute step: 读取 0–5, 评定/分配 5–60 by items done, 写入结果 60–95; success is 100. */
export function stepPercent(step: string, done: number, total: number): number {
  if (step === '写入结果') return 60;
  if (step === '评定' || step === '分配') return 5 + Math.floor((55 * (total ? done / total : 0)));
  return 0;
}

const reportTo = (rc: JobRunContext) => (step: string, done: number, total: number) => rc.progress({ percent: stepPercent(step, done, total), done, total: total || null, step });

/** The round of a job input, checked at submit time: exists, may still be computed, version current. */
async function checkRound<T extends { id: number; version: number; status: string }>(
  ctx: Ctx,
  raw: { id: string; version?: number | null },
  load: (id: number) => Promise<T | null>,
  label: string,
  frozen: string,
  frozenMessage: string,
): Promise<T> {
  const id = parseId(raw.id);
  const round = await load(id);
  if (!round) throw new NotFound(label, id);
  if (round.status === frozen) throw new InvalidState(frozenMessage);
  if (raw.version != null && raw.version !== round.version) throw new Conflict(`${label} was changed by someone else (your version ${raw.version}, current ${round.version})`);
  return round;
}

registerJobType<{ id: string; version?: number | null } & Partial<RoundJobInput>>({
  type: JobType.COMPUTE_RATING_ROUND,
  rerunnable: true,
  knownKey: (raw) => (raw.version != null && /^[1-9][0-9]{0,14}$/.test(String(raw.id)) ? `${JobType.COMPUTE_RATING_ROUND}:${raw.id}:v${raw.version}` : null),
  async prepare(ctx, raw) {
    const round = await checkRound(ctx, raw, (id) => ctx.ds.getRepository(RatingRound).findOneBy({ id }), 'RatingRound', RoundStatus.FINALIZED, 'This rating round is finalized; its ratings can no longer change');
    return {
      input: { id: String(round.id), roundId: round.id, version: round.version },
      targetType: 'RatingRound',
      targetId: round.id,
      dedupeKey: `${JobType.COMPUTE_RATING_ROUND}:${round.id}:v${round.version}`,
    };
  },
  async run(rc, input) {
    await services(rc.ctx).ratingRounds.compute(rc.ctx, String(input.roundId), input.version, {
      progress: reportTo(rc),
      inTx: async (m, round) => {
        const rows: { level: string; n: string | number }[] = await m
          .getRepository(CenterRating)
          .createQueryBuilder('r')
          .select('r.level', 'level')
          .addSelect('COUNT(*)', 'n')
          .where('r.roundId = :id', { id: round.id })
          .groupBy('r.level')
          .getRawMany();
        const counts = Object.fromEntries(STAR_LEVELS.map((l) => [l, Number(rows.find((r) => r.level === l)?.n ?? 0)]));
        const parts = STAR_LEVELS.map((l) => `${STAR_LEVEL_SHORT[l]} ${counts[l]}`).join('，');
        await rc.succeedIn(m, { summary: `「${round.name}」已评定 ${round.centerCount} 家中心：${parts}`, result: { roundId: round.id, version: round.version, centerCount: round.centerCount, levelCounts: counts }, count: round.centerCount });
      },
    });
  },
});

registerJobType<{ id: string; version?: number | null } & Partial<RoundJobInput>>({
  type: JobType.COMPUTE_SUBSIDY_ROUND,
  rerunnable: true,
  knownKey: (raw) => (raw.version != null && /^[1-9][0-9]{0,14}$/.test(String(raw.id)) ? `${JobType.COMPUTE_SUBSIDY_ROUND}:${raw.id}:v${raw.version}` : null),
  async prepare(ctx, raw) {
    const round = await checkRound(ctx, raw, (id) => ctx.ds.getRepository(SubsidyRound).findOneBy({ id }), 'SubsidyRound', SubsidyStatus.APPROVED, 'This subsidy round is approved; its allocations can no longer change');
    return {
      input: { id: String(round.id), roundId: round.id, version: round.version },
      targetType: 'SubsidyRound',
      targetId: round.id,
      dedupeKey: `${JobType.COMPUTE_SUBSIDY_ROUND}:${round.id}:v${round.version}`,
    };
  },
  async run(rc, input) {
    await services(rc.ctx).subsidyRounds.compute(rc.ctx, String(input.roundId), input.version, {
      progress: reportTo(rc),
      inTx: async (m, round) => {
        const n: { n: string | number }[] = await m.query('SELECT COUNT(*) AS n FROM subsidy_allocation WHERE round_id = ?', [round.id]);
        const centers = Number(n[0]?.n ?? 0);
        await rc.succeedIn(m, {
          summary: `「${round.name}」已分配 ${centers} 家中心，合计 ${formatMoney(round.allocated)} 元，未分配 ${formatMoney(round.unallocated)} 元`,
          result: { roundId: round.id, version: round.version, centers, allocated: formatMoney(round.allocated), unallocated: formatMoney(round.unallocated) },
          count: centers,
        });
      },
    });
  },
});
