import { DataSource } from 'typeorm';
import { Ctx } from '../../common/context';
import { BadInput, parseId } from '../../common/errors';
import { isValidDate, API_DATE_YEARS } from '../../common/dates';
import { services } from '../../services';
import { Street } from '../area/street.entity';
import { AssociationLevel } from '../association/association.entity';
import { ProjectStatus } from '../project/project.entity';
import { RoundStatus, StarLevel } from '../rating/rating.entities';
import { STAR_LEVELS } from '../rating/rating.types';
import { ResidentDimension, StatisticsScope } from '../statistics/statistics.types';
import { toCount, toFen } from '../statistics/statistics.service';
import { zh } from '../export/labels';
import { coveragePercent, periodLabel, reportSentences, reportTitle } from './work-report.text';
import { WorkReport, WorkReportSubsidyLevel } from './work-report.types';

export interface WorkReportArgs {
  from: string;
  to: string;
  streetId?: string | null;
}

/** A period is at most this long (a report covers a half-year, a year, a few years at most). */
const MAX_PERIOD_YEARS = 10;

/**
 * The figures section of the office's half-year work report (the 2016 report's 星光老年之家, 老年协会, 老年人,
 * 慰问, 免费体检, 资助, 项目), for a period and optionally one street. Every figure is an aggregate computed in the
 * database: the statistics service's GROUP BY queries where it has them, the list services' own filters with a
 * COUNT/SUM otherwise — so a report figure always equals the matching list's totalItems. No personal data.
 */
export class WorkReportService {
  constructor(readonly ds: DataSource) {}

  async build(ctx: Ctx, args: WorkReportArgs): Promise<WorkReport> {
    const { from, to } = args;
    if (!isValidDate(from, API_DATE_YEARS)) throw new BadInput('from', 'from must be a date YYYY-MM-DD');
    if (!isValidDate(to, API_DATE_YEARS)) throw new BadInput('to', 'to must be a date YYYY-MM-DD');
    if (from > to) throw new BadInput('to', `to (${to}) must not be before from (${from})`);
    const fromYear = Number(from.slice(0, 4));
    const toYear = Number(to.slice(0, 4));
    if (toYear - fromYear >= MAX_PERIOD_YEARS) throw new BadInput('to', `A report covers at most ${MAX_PERIOD_YEARS} years`);
    const streetId = args.streetId != null && args.streetId !== '' ? parseId(args.streetId, 'streetId') : null;
    const street = streetId === null ? null : await this.ds.getRepository(Street).findOneBy({ id: streetId });
    if (streetId !== null && !street) throw new BadInput('streetId', `Street ${streetId} does not exist`);

    const svc = services(ctx);
    const stats = svc.statistics;
    const scope: StatisticsScope = { streetId, communityId: null };
    const sid = streetId === null ? undefined : String(streetId);

    // 星光老年之家: the latest FINALIZED round assessed within the period (the rating list's own filter)
    const round = await svc.ratingRounds
      .filtered({ status: [RoundStatus.FINALIZED], assessedFrom: from, assessedTo: to } as never, ctx)
      .orderBy('rr.assessedOn', 'DESC')
      .addOrderBy('rr.id', 'DESC')
      .getOne();
    const levelCounts = round ? await stats.centersByLevel(scope, String(round.id)) : STAR_LEVELS.map((level) => ({ level: level as StarLevel, count: 0 }));
    const rectifications = round ? await svc.rectifications.filtered({ roundId: String(round.id), streetId: sid } as never, ctx).getCount() : 0;
    const opened = await svc.centers.filtered({ streetId: sid, plaqueFrom: from, plaqueTo: to } as never, ctx).getCount();

    // 老年协会 existing on the last day (founded by then, or founding date not recorded)
    const assocRows: { level: string; n: unknown }[] = await svc.associations
      .filtered({ streetId: sid } as never, ctx)
      .andWhere('(a.foundedOn IS NULL OR a.foundedOn <= :wrTo)', { wrTo: to })
      .select('a.level', 'level')
      .addSelect('COUNT(*)', 'n')
      .groupBy('a.level')
      .getRawMany();
    const assoc = (l: AssociationLevel) => toCount(assocRows.find((r) => r.level === l)?.n);

    // 老年人 alive on the last day
    const bands = await stats.residentsByAgeBand(scope, to);
    const band = (min: number) => bands.filter((b) => b.minAge >= min).reduce((s, b) => s + (b.count ?? 0), 0);
    const hardship = (await stats.residentsBy(scope, to, ResidentDimension.HARDSHIP)).find((k) => k.key === 'HARDSHIP')?.count ?? 0;
    const welfare = (await stats.residentsBy(scope, to, ResidentDimension.RESIDENCE)).find((k) => k.key === 'WELFARE_CENTER')?.count ?? 0;

    // 慰问 within the period: per occasion (statistics) and totals with the visits list's own filter
    const occasions = await stats.visitsByOccasion(scope, from, to);
    const totals: { n: unknown; residents: unknown; centers: unknown; cash: unknown } | undefined = await svc.visits
      .filtered({ visitedFrom: from, visitedTo: to, streetId: sid } as never, ctx)
      .select('COUNT(*)', 'n')
      .addSelect('COUNT(DISTINCT v.residentId)', 'residents')
      .addSelect('COUNT(v.centerId)', 'centers')
      .addSelect('CAST(COALESCE(SUM(v.cash), 0) AS CHAR)', 'cash')
      .getRawOne();

    // 免费体检 of the year of the last day
    const examYear = toYear;
    const exams = await stats.examCoverageTotal(scope, to, examYear);
    const eligible = exams.eligible ?? 0;
    const completed = exams.completed ?? 0;

    // 资助: APPROVED rounds of the fiscal years in the period (one GROUP BY over years and levels)
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
    const subsidyRows = (await stats.subsidyByLevel(scope, null)).filter((r) => r.fiscalYear >= fromYear && r.fiscalYear <= toYear);
    const byLevel: WorkReportSubsidyLevel[] = STAR_LEVELS.map((level) => {
      const rows = subsidyRows.filter((r) => r.level === level);
      return {
        level: level as StarLevel,
        label: zh('StarLevel', level)!,
        centers: rows.reduce((s, r) => s + r.centers, 0),
        amount: rows.reduce((s, r) => s + r.amount, 0n),
      };
    });

    // 项目 (district-wide)
    const byStatus = await stats.projectsByStatus();
    const status = (s: ProjectStatus) => byStatus.find((x) => x.status === s)!;
    const started = await svc.projects
      .filtered({ startedFrom: from, startedTo: to } as never, ctx)
      .orderBy('p.startedOn', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();

    const period = periodLabel(from, to);
    const figures: Omit<WorkReport, 'sentences'> = {
      from,
      to,
      streetId: street ? String(street.id) : null,
      scopeName: street?.name ?? '全区',
      periodLabel: period,
      title: reportTitle(period, street?.name ?? null),
      centers: {
        ratingRoundId: round ? String(round.id) : null,
        ratingRoundName: round?.name ?? null,
        assessedOn: round?.assessedOn ?? null,
        ratingRoundStatus: round?.status ?? null,
        rated: levelCounts.reduce((s, l) => s + l.count, 0),
        byLevel: levelCounts.map((l) => ({ level: l.level, label: zh('StarLevel', l.level)!, count: l.count })),
        rectifications,
        opened,
      },
      associations: {
        total: assocRows.reduce((s, r) => s + toCount(r.n), 0),
        street: assoc(AssociationLevel.STREET),
        community: assoc(AssociationLevel.COMMUNITY),
      },
      residents: {
        asOf: to,
        total: band(0),
        aged60Plus: band(60),
        aged80Plus: band(80),
        centenarians: band(100),
        hardship,
        welfareCenter: welfare,
      },
      visits: {
        visits: toCount(totals?.n),
        residents: toCount(totals?.residents),
        centers: toCount(totals?.centers),
        cash: toFen(totals?.cash),
        byOccasion: occasions.map((o) => ({ occasion: o.occasion, label: zh('VisitOccasion', o.occasion)!, visits: o.visits ?? 0, residents: o.residents ?? 0, cash: o.cash ?? 0n })),
      },
      exams: {
        year: examYear,
        eligible,
        scheduled: exams.scheduled ?? 0,
        completed,
        missed: exams.missed ?? 0,
        coveragePercent: coveragePercent(completed, eligible),
      },
      subsidy: {
        fiscalYears: years,
        centers: byLevel.reduce((s, l) => s + l.centers, 0),
        amount: byLevel.reduce((s, l) => s + l.amount, 0n),
        byLevel,
      },
      projects: {
        byStatus: byStatus.map((x) => ({ status: x.status, label: zh('ProjectStatus', x.status)!, projects: x.projects, investment: x.investment, beds: x.beds })),
        investmentUnderConstruction: status(ProjectStatus.UNDER_CONSTRUCTION).investment,
        bedsInService: status(ProjectStatus.IN_SERVICE).beds,
        bedsUnderConstruction: status(ProjectStatus.UNDER_CONSTRUCTION).beds,
        bedsTotal: status(ProjectStatus.IN_SERVICE).beds + status(ProjectStatus.UNDER_CONSTRUCTION).beds,
        started: started.map((p) => ({
          id: String(p.id),
          name: p.name,
          category: p.category,
          status: p.status,
          totalInvestment: p.totalInvestment,
          bedsAdded: p.bedsAdded,
          startedOn: p.startedOn,
        })),
      },
    };
    return { ...figures, sentences: reportSentences(figures) };
  }
}
