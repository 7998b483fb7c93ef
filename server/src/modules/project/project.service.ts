import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, InvalidState, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { toScaled } from '../../common/fixed';
import { nonNegativeMoney } from '../../common/money';
import { writeAudit } from '../audit/audit.service';
import { Project, ProjectStatus } from './project.entity';
import { ProjectProgress } from './project-progress.entity';
import {
  CreateProjectInput, CreateProjectProgressInput, ProjectFilter, ProjectProgressFilter, UpdateProjectInput, UpdateProjectProgressInput,
} from './project.inputs';

/** The forward lifecycle; CANCELLED sits outside it. */
const LIFECYCLE: ProjectStatus[] = [
  ProjectStatus.PROPOSED,
  ProjectStatus.APPROVED,
  ProjectStatus.UNDER_CONSTRUCTION,
  ProjectStatus.COMPLETED,
  ProjectStatus.IN_SERVICE,
];
/** No status change leaves these. */
const FINAL: ProjectStatus[] = [ProjectStatus.IN_SERVICE, ProjectStatus.CANCELLED];
/** Construction has started: a start date (not in the future) is required. */
const STARTED: ProjectStatus[] = [ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.COMPLETED, ProjectStatus.IN_SERVICE];
/** Finished: a completion date is required. */
const FINISHED: ProjectStatus[] = [ProjectStatus.COMPLETED, ProjectStatus.IN_SERVICE];
/** Only these may be deleted (their progress entries go with them); later projects are part of the record. */
const DELETABLE: ProjectStatus[] = [ProjectStatus.PROPOSED, ProjectStatus.CANCELLED];

/**
 * A project moves forward only (PROPOSED → APPROVED → UNDER_CONSTRUCTION → COMPLETED → IN_SERVICE, skipping
 * allowed), or to CANCELLED from any non-final state. IN_SERVICE and CANCELLED are final.
 */
export function canMoveProject(from: ProjectStatus, to: ProjectStatus): boolean {
  if (from === to) return true;
  if (FINAL.includes(from)) return false;
  if (to === ProjectStatus.CANCELLED) return true;
  return LIFECYCLE.indexOf(to) > LIFECYCLE.indexOf(from);
}

/** Floor area m² → hundredths: > 0, ≤ 10,000,000 m², at most two decimals. */
export function projectFloorAreaCenti(v: number, field = 'floorArea'): number {
  const n = toScaled(v, 2, field);
  if (n <= 0 || n > 1_000_000_000) throw new BadInput(field, `${field} must be more than 0 and at most 10,000,000 m²`);
  return n;
}

export class ProjectService extends CrudService<Project, ProjectFilter, CreateProjectInput, UpdateProjectInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: Project,
      label: 'Project',
      alias: 'p',
      searchColumns: ['name', 'leadUnit', 'approvalRef'],
      sortColumns: {
        id: 'id', name: 'name', status: 'status', totalInvestment: 'totalInvestment', bedsAdded: 'bedsAdded', startedOn: 'startedOn', createdAt: 'createdAt',
      },
      applyFilter: (qb, f) => {
        if (f.category) qb.andWhere('p.category = :category', { category: f.category });
        if (f.status) {
          if (!f.status.length) qb.andWhere('1 = 0');
          else qb.andWhere('p.status IN (:...statuses)', { statuses: f.status });
        }
        if (f.startedFrom) qb.andWhere('p.startedOn >= :startedFrom', { startedFrom: f.startedFrom });
        if (f.startedTo) qb.andWhere('p.startedOn <= :startedTo', { startedTo: f.startedTo });
      },
    });
  }

  private validate(p: Project, current: Project | null, ctx: Ctx) {
    if (current && !canMoveProject(current.status, p.status)) {
      throw new InvalidState(
        FINAL.includes(current.status)
          ? `A ${current.status} project is final; its status cannot change`
          : `A project moves forward only (or to CANCELLED): ${current.status} → ${p.status} is not allowed`,
        { field: 'status', from: current.status, to: p.status },
      );
    }
    nonNegativeMoney(p.totalInvestment, 'totalInvestment');
    const today = todayInChina(ctx.now);
    if (p.startedOn && p.plannedCompletionOn && p.plannedCompletionOn < p.startedOn) {
      throw new BadInput('plannedCompletionOn', `plannedCompletionOn (${p.plannedCompletionOn}) cannot be before startedOn (${p.startedOn})`);
    }
    if (STARTED.includes(p.status)) {
      if (!p.startedOn) throw new BadInput('startedOn', `A ${p.status} project needs startedOn`);
      if (p.startedOn > today) throw new BadInput('startedOn', `A ${p.status} project cannot have started in the future`);
    }
    if (FINISHED.includes(p.status) && !p.completedOn) throw new BadInput('completedOn', `A ${p.status} project needs completedOn`);
    if (p.completedOn) {
      if (!FINISHED.includes(p.status) && p.status !== ProjectStatus.CANCELLED) {
        throw new BadInput('completedOn', `A ${p.status} project has no completedOn yet`);
      }
      if (p.completedOn > today) throw new BadInput('completedOn', 'completedOn cannot be in the future');
      if (p.startedOn && p.completedOn < p.startedOn) {
        throw new BadInput('completedOn', `completedOn (${p.completedOn}) cannot be before startedOn (${p.startedOn})`);
      }
    }
  }

  create(ctx: Ctx, i: CreateProjectInput) {
    if (i.status === null) throw new BadInput('status', 'status cannot be null');
    return this.insert(
      ctx,
      {
        name: i.name.trim(),
        category: i.category,
        status: i.status ?? ProjectStatus.PROPOSED,
        totalInvestment: nonNegativeMoney(i.totalInvestment, 'totalInvestment'),
        floorAreaCenti: i.floorArea == null ? null : projectFloorAreaCenti(i.floorArea),
        bedsAdded: i.bedsAdded ?? 0,
        startedOn: i.startedOn ?? null,
        plannedCompletionOn: i.plannedCompletionOn ?? null,
        completedOn: i.completedOn ?? null,
        leadUnit: i.leadUnit?.trim() ?? '',
        approvalRef: i.approvalRef?.trim() || null,
      },
      (p) => this.validate(p, null, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateProjectInput) {
    for (const k of ['name', 'category', 'status', 'totalInvestment', 'bedsAdded'] as const) {
      if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    }
    return this.patch(
      ctx,
      i.id,
      i.version,
      {
        name: i.name?.trim(),
        category: i.category,
        status: i.status,
        totalInvestment: i.totalInvestment === undefined ? undefined : nonNegativeMoney(i.totalInvestment, 'totalInvestment'),
        floorAreaCenti: i.floorArea === undefined ? undefined : i.floorArea === null ? null : projectFloorAreaCenti(i.floorArea),
        bedsAdded: i.bedsAdded,
        startedOn: i.startedOn,
        plannedCompletionOn: i.plannedCompletionOn,
        completedOn: i.completedOn,
        leadUnit: i.leadUnit === null ? '' : i.leadUnit?.trim(),
        approvalRef: i.approvalRef === null ? null : i.approvalRef === undefined ? undefined : i.approvalRef.trim() || null,
      },
      (p, _m, current) => this.validate(p, current, ctx),
    );
  }

  /**
   * Only a PROPOSED or CANCELLED project may be deleted, and its progress entries are deleted with it (each
   * with its own audit entry). Any other project is part of the office's record: INVALID_STATE.
   */
  remove(ctx: Ctx, id: string | number, version: number) {
    return super.remove(ctx, id, version, async (p, m) => {
      if (!DELETABLE.includes(p.status)) {
        throw new InvalidState(`A ${p.status} project cannot be deleted; only PROPOSED or CANCELLED projects can (cancel it first)`, { status: p.status });
      }
      const entries = await m.find(ProjectProgress, { where: { projectId: p.id }, order: { id: 'ASC' } });
      if (entries.length) {
        await m.delete(ProjectProgress, { projectId: p.id });
        await writeAudit(
          m,
          ctx.actor,
          ctx.requestId,
          entries.map((e) => ({ action: 'DELETE', entity: 'ProjectProgress', entityId: e.id, before: e })),
        );
      }
    });
  }
}

export class ProjectProgressService extends CrudService<ProjectProgress, ProjectProgressFilter, CreateProjectProgressInput, UpdateProjectProgressInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: ProjectProgress,
      label: 'ProjectProgress',
      alias: 'pp',
      searchColumns: ['note'],
      sortColumns: { id: 'id', reportedOn: 'reportedOn', percent: 'percent', createdAt: 'createdAt' },
      applyFilter: (qb, f) => {
        if (f.projectId) qb.andWhere('pp.projectId = :projectId', { projectId: parseId(f.projectId, 'filter.projectId') });
        if (f.reportedFrom) qb.andWhere('pp.reportedOn >= :reportedFrom', { reportedFrom: f.reportedFrom });
        if (f.reportedTo) qb.andWhere('pp.reportedOn <= :reportedTo', { reportedTo: f.reportedTo });
      },
    });
  }

  /**
   * A project's entries, in (reportedOn, id) order, never go down: every earlier entry has a percent ≤ this
   * one and every later entry ≥ (a correction that would break this is refused with BAD_USER_INPUT).
   */
  private async validate(e: ProjectProgress, m: EntityManager, ctx: Ctx) {
    if (e.reportedOn > todayInChina(ctx.now)) throw new BadInput('reportedOn', 'reportedOn cannot be in the future');
    if (!Number.isInteger(e.percent) || e.percent < 0 || e.percent > 100) throw new BadInput('percent', 'percent must be between 0 and 100');
    if (!(await m.findOne(Project, { where: { id: e.projectId } }))) throw new BadInput('projectId', `Project ${e.projectId} does not exist`);
    const others = await m.find(ProjectProgress, { where: { projectId: e.projectId } });
    const myId = e.id ?? Number.MAX_SAFE_INTEGER;
    for (const o of others) {
      if (o.id === e.id) continue;
      const before = o.reportedOn < e.reportedOn || (o.reportedOn === e.reportedOn && o.id < myId);
      if (before && o.percent > e.percent) {
        throw new BadInput('percent', `Progress cannot go down: the entry of ${o.reportedOn} already reports ${o.percent}% (this one ${e.percent}% on ${e.reportedOn})`);
      }
      if (!before && o.percent < e.percent) {
        throw new BadInput('percent', `Progress cannot go down: the later entry of ${o.reportedOn} reports ${o.percent}% (this one ${e.percent}% on ${e.reportedOn})`);
      }
    }
  }

  create(ctx: Ctx, i: CreateProjectProgressInput) {
    return this.insert(
      ctx,
      { projectId: parseId(i.projectId, 'projectId'), reportedOn: i.reportedOn, percent: i.percent, note: i.note?.trim() ?? '' },
      (e, m) => this.validate(e, m, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateProjectProgressInput) {
    for (const k of ['reportedOn', 'percent'] as const) if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    return this.patch(
      ctx,
      i.id,
      i.version,
      { reportedOn: i.reportedOn, percent: i.percent, note: i.note === null ? '' : i.note?.trim() },
      (e, m) => this.validate(e, m, ctx),
    );
  }
}
