import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, Conflict, InvalidState, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { ageOn, isAliveOn } from '../../common/resident-rules';
import { Resident } from '../resident/resident.entity';
import { ExamStatus, HealthExam } from './health-exam.entity';
import { CreateHealthExamInput, HealthExamFilter, UpdateHealthExamInput } from './exam.inputs';

/** Allowed status changes (DOMAIN.md, HealthExam): SCHEDULED → COMPLETED | MISSED, MISSED → SCHEDULED (rescheduled). */
const EXAM_TRANSITIONS: Record<ExamStatus, ExamStatus[]> = {
  [ExamStatus.SCHEDULED]: [ExamStatus.COMPLETED, ExamStatus.MISSED],
  [ExamStatus.MISSED]: [ExamStatus.SCHEDULED],
  [ExamStatus.COMPLETED]: [],
};

/**
 * Why a resident may not have a free exam on `date`, or null when eligible. Same rule as isFreeExamEligible
 * (resident-rules.ts), spelled out so that the message says which condition fails.
 */
export function freeExamProblem(r: Resident, date: string): string | null {
  const who = `${r.name} (resident ${r.id})`;
  if (!isAliveOn(r.deceasedOn, date)) return `${who} died on ${r.deceasedOn} and cannot have an exam on ${date}`;
  const age = ageOn(r.birthDate, date);
  if (age < 60) return `${who} is ${age} on ${date}; the free exam is for residents aged 60 or more`;
  if (!r.householdRegistered) return `${who} is not household-registered (户籍) in the district; the free exam is for registered residents`;
  if (r.hasEmployer) return `${who} has an employer that pays for health exams; the free exam is for residents without one`;
  return null;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export class HealthExamService extends CrudService<HealthExam, HealthExamFilter, CreateHealthExamInput, UpdateHealthExamInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: HealthExam,
      label: 'HealthExam',
      alias: 'e',
      searchColumns: ['provider', 'notes'],
      sortColumns: { id: 'id', year: 'year', scheduledOn: 'scheduledOn', status: 'status', completedOn: 'completedOn', createdAt: 'createdAt' },
      applyFilter: (qb, f) => {
        if (f.residentId) qb.andWhere('e.residentId = :residentId', { residentId: parseId(f.residentId, 'filter.residentId') });
        // community and street through a subquery on resident: no join, so LIMIT applies to exams alone
        if (f.communityId) {
          qb.andWhere('e.residentId IN (SELECT r.id FROM resident r WHERE r.community_id = :communityId)', {
            communityId: parseId(f.communityId, 'filter.communityId'),
          });
        }
        if (f.streetId) {
          qb.andWhere('e.residentId IN (SELECT r.id FROM resident r WHERE r.community_id IN (SELECT cm.id FROM community cm WHERE cm.street_id = :streetId))', {
            streetId: parseId(f.streetId, 'filter.streetId'),
          });
        }
        if (f.year != null) qb.andWhere('e.year = :year', { year: f.year });
        if (f.status) qb.andWhere('e.status = :status', { status: f.status });
        if (f.scheduledFrom) qb.andWhere('e.scheduledOn >= :scheduledFrom', { scheduledFrom: f.scheduledFrom });
        if (f.scheduledTo) qb.andWhere('e.scheduledOn <= :scheduledTo', { scheduledTo: f.scheduledTo });
      },
    });
  }

  private async validate(e: HealthExam, m: EntityManager, current: HealthExam | null, ctx: Ctx) {
    if (current && current.status !== e.status && !EXAM_TRANSITIONS[current.status].includes(e.status)) {
      throw new InvalidState(
        current.status === ExamStatus.COMPLETED
          ? 'A COMPLETED exam is final; its status cannot change'
          : `An exam cannot go from ${current.status} to ${e.status} (allowed: ${EXAM_TRANSITIONS[current.status].join(', ')})`,
        { field: 'status', from: current.status, to: e.status },
      );
    }
    if (e.year !== yearOf(e.scheduledOn)) {
      throw new BadInput('year', `year ${e.year} must be the year of scheduledOn (${e.scheduledOn})`);
    }
    const today = todayInChina(ctx.now);
    if (e.status === ExamStatus.COMPLETED) {
      if (!e.completedOn) throw new BadInput('completedOn', 'A COMPLETED exam needs completedOn');
      if (e.completedOn < e.scheduledOn) throw new BadInput('completedOn', `completedOn (${e.completedOn}) cannot be before scheduledOn (${e.scheduledOn})`);
      if (e.completedOn > today) throw new BadInput('completedOn', 'completedOn cannot be in the future');
    } else {
      if (e.completedOn) throw new BadInput('completedOn', `A ${e.status} exam has no completedOn; set status COMPLETED or clear it`);
      if (e.status === ExamStatus.MISSED && e.scheduledOn > today) {
        throw new BadInput('status', `An exam scheduled for ${e.scheduledOn} cannot have been missed yet`);
      }
    }
    // Eligibility is checked when the resident or the date is set, not on every later edit (a resident who
    // takes a job after the exam does not make the record invalid).
    if (!current || current.residentId !== e.residentId || current.scheduledOn !== e.scheduledOn) {
      const resident = await m.findOne(Resident, { where: { id: e.residentId } });
      if (!resident) throw new BadInput('residentId', `Resident ${e.residentId} does not exist`);
      const problem = freeExamProblem(resident, e.scheduledOn);
      if (problem) throw new BadInput('residentId', `Not eligible for the free exam: ${problem}`);
    }
    if (!current || current.residentId !== e.residentId || current.year !== e.year) {
      const other = await m.findOne(HealthExam, { where: { residentId: e.residentId, year: e.year } });
      if (other && other.id !== e.id) {
        throw new Conflict(`Resident ${e.residentId} already has a health exam in ${e.year} (exam ${other.id})`, { field: 'year', existingId: String(other.id) });
      }
    }
  }

  create(ctx: Ctx, i: CreateHealthExamInput) {
    if (i.status === null) throw new BadInput('status', 'status cannot be null');
    return this.insert(
      ctx,
      {
        residentId: parseId(i.residentId, 'residentId'),
        year: i.year ?? yearOf(i.scheduledOn),
        scheduledOn: i.scheduledOn,
        provider: i.provider?.trim() ?? '',
        status: i.status ?? ExamStatus.SCHEDULED,
        completedOn: i.completedOn ?? null,
        notes: i.notes?.trim() || null,
      },
      (e, m) => this.validate(e, m, null, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateHealthExamInput) {
    for (const k of ['residentId', 'year', 'scheduledOn', 'status'] as const) if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    const year = i.year ?? (i.scheduledOn ? yearOf(i.scheduledOn) : undefined);
    return this.patch(
      ctx,
      i.id,
      i.version,
      {
        residentId: i.residentId === undefined ? undefined : parseId(i.residentId, 'residentId'),
        year,
        scheduledOn: i.scheduledOn,
        provider: i.provider === null ? '' : i.provider?.trim(),
        status: i.status,
        completedOn: i.completedOn,
        notes: i.notes === null ? null : i.notes === undefined ? undefined : i.notes.trim() || null,
      },
      (e, m, current) => this.validate(e, m, current, ctx),
    );
  }

  /** A COMPLETED exam is a record of a service delivered: it can be corrected, not deleted. */
  remove(ctx: Ctx, id: string | number, version: number) {
    return super.remove(ctx, id, version, async (e) => {
      if (e.status === ExamStatus.COMPLETED) throw new InvalidState('A COMPLETED exam cannot be deleted; correct it instead', { status: e.status });
    });
  }
}
