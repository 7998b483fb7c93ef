import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { nonNegativeMoney } from '../../common/money';
import { ageOn } from '../../common/resident-rules';
import { refPatch } from '../area/area.service';
import { Center } from '../center/center.entity';
import { Resident } from '../resident/resident.entity';
import { Visit, VisitOccasion } from './visit.entity';
import { CreateVisitInput, UpdateVisitInput, VisitFilter } from './visit.inputs';

/**
 * A CENTENARIAN_BIRTHDAY visit (百岁生日) needs a resident aged at least this much on the visit date: 99, so that
 * a visit on the eve of (or in the days before) the 100th birthday is accepted; later birthdays (101st …) too.
 */
export const CENTENARIAN_VISIT_MIN_AGE = 99;

export class VisitService extends CrudService<Visit, VisitFilter, CreateVisitInput, UpdateVisitInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: Visit,
      label: 'Visit',
      alias: 'v',
      searchColumns: ['goods', 'visitingUnit'],
      sortColumns: { id: 'id', visitedOn: 'visitedOn', occasion: 'occasion', cash: 'cash', createdAt: 'createdAt' },
      applyFilter: (qb, f) => {
        if (f.occasion) qb.andWhere('v.occasion = :occasion', { occasion: f.occasion });
        if (f.residentId) qb.andWhere('v.residentId = :residentId', { residentId: parseId(f.residentId, 'filter.residentId') });
        if (f.centerId) qb.andWhere('v.centerId = :centerId', { centerId: parseId(f.centerId, 'filter.centerId') });
        // a visit belongs to the community of its resident or of its center (subqueries, no join before LIMIT)
        if (f.communityId) {
          qb.andWhere(
            '(v.residentId IN (SELECT r.id FROM resident r WHERE r.community_id = :communityId) OR v.centerId IN (SELECT c.id FROM center c WHERE c.community_id = :communityId))',
            { communityId: parseId(f.communityId, 'filter.communityId') },
          );
        }
        if (f.streetId) {
          const inStreet = '(SELECT cm.id FROM community cm WHERE cm.street_id = :streetId)';
          qb.andWhere(
            `(v.residentId IN (SELECT r.id FROM resident r WHERE r.community_id IN ${inStreet}) OR v.centerId IN (SELECT c.id FROM center c WHERE c.community_id IN ${inStreet}))`,
            { streetId: parseId(f.streetId, 'filter.streetId') },
          );
        }
        if (f.visitedFrom) qb.andWhere('v.visitedOn >= :visitedFrom', { visitedFrom: f.visitedFrom });
        if (f.visitedTo) qb.andWhere('v.visitedOn <= :visitedTo', { visitedTo: f.visitedTo });
      },
    });
  }

  private async validate(v: Visit, m: EntityManager, ctx: Ctx) {
    if (v.visitedOn > todayInChina(ctx.now)) throw new BadInput('visitedOn', 'visitedOn cannot be in the future');
    if (v.residentId === null && v.centerId === null) throw new BadInput('residentId', 'A visit needs a resident, a center, or both');
    nonNegativeMoney(v.cash, 'cash');
    let resident: Resident | null = null;
    if (v.residentId !== null) {
      resident = await m.findOne(Resident, { where: { id: v.residentId } });
      if (!resident) throw new BadInput('residentId', `Resident ${v.residentId} does not exist`);
      // a visit on the day of death is still possible (hospital); one after it is a data error
      if (resident.deceasedOn && resident.deceasedOn < v.visitedOn) {
        throw new BadInput('visitedOn', `${resident.name} died on ${resident.deceasedOn}; a visit on ${v.visitedOn} cannot be to this resident`);
      }
    }
    if (v.centerId !== null && !(await m.findOne(Center, { where: { id: v.centerId } }))) {
      throw new BadInput('centerId', `Center ${v.centerId} does not exist`);
    }
    if (v.occasion === VisitOccasion.CENTENARIAN_BIRTHDAY) {
      if (!resident) throw new BadInput('occasion', 'A CENTENARIAN_BIRTHDAY visit needs the resident (residentId)');
      const age = ageOn(resident.birthDate, v.visitedOn);
      if (age < CENTENARIAN_VISIT_MIN_AGE) {
        throw new BadInput(
          'occasion',
          `A CENTENARIAN_BIRTHDAY visit needs a resident aged ${CENTENARIAN_VISIT_MIN_AGE} or more on the visit date; ${resident.name} is ${age} on ${v.visitedOn}`,
        );
      }
    }
  }

  create(ctx: Ctx, i: CreateVisitInput) {
    if (i.occasion === null) throw new BadInput('occasion', 'occasion is required');
    return this.insert(
      ctx,
      {
        visitedOn: i.visitedOn,
        occasion: i.occasion,
        residentId: i.residentId ? parseId(i.residentId, 'residentId') : null,
        centerId: i.centerId ? parseId(i.centerId, 'centerId') : null,
        cash: i.cash == null ? 0n : nonNegativeMoney(i.cash, 'cash'),
        goods: i.goods?.trim() || null,
        visitingUnit: i.visitingUnit?.trim() ?? '',
      },
      (v, m) => this.validate(v, m, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateVisitInput) {
    for (const k of ['visitedOn', 'occasion', 'cash'] as const) {
      if (i[k] === null) throw new BadInput(k, k === 'cash' ? 'cash cannot be cleared; send "0.00" for no cash' : `${k} cannot be cleared`);
    }
    return this.patch(
      ctx,
      i.id,
      i.version,
      {
        visitedOn: i.visitedOn,
        occasion: i.occasion,
        residentId: refPatch(i.residentId, 'residentId'),
        centerId: refPatch(i.centerId, 'centerId'),
        cash: i.cash === undefined ? undefined : nonNegativeMoney(i.cash, 'cash'),
        goods: i.goods === null ? null : i.goods === undefined ? undefined : i.goods.trim() || null,
        visitingUnit: i.visitingUnit === null ? '' : i.visitingUnit?.trim(),
      },
      (v, m) => this.validate(v, m, ctx),
    );
  }
}
