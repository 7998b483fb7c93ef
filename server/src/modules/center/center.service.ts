import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, Conflict, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { toScaled } from '../../common/fixed';
import { todayInChina } from '../../common/dates';
import { Community } from '../area/community.entity';
import { Association } from '../association/association.entity';
import { refPatch } from '../area/area.service';
import { Center } from './center.entity';
import { CenterFilter, CreateCenterInput, UpdateCenterInput } from './center.inputs';

export function floorAreaCenti(v: number, field = 'floorArea'): number {
  const n = toScaled(v, 2, field);
  if (n <= 0 || n > 500000) throw new BadInput(field, `${field} must be more than 0 and at most 5000 m²`);
  return n;
}

export function serviceScoreTenths(v: number, field = 'serviceScore'): number {
  const n = toScaled(v, 1, field);
  if (n < 0 || n > 1000) throw new BadInput(field, `${field} must be between 0 and 100`);
  return n;
}

export class CenterService extends CrudService<Center, CenterFilter, CreateCenterInput, UpdateCenterInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: Center,
      label: 'Center',
      alias: 'c',
      searchColumns: ['code', 'name', 'address'],
      sortColumns: {
        id: 'id', code: 'code', name: 'name', floorArea: 'floorAreaCenti', plaqueDate: 'plaqueDate', serviceScore: 'serviceScoreTenths',
        elderlyCount: 'elderlyCount', disabledCount: 'disabledCount', status: 'status', createdAt: 'createdAt', updatedAt: 'updatedAt',
      },
      applyFilter: (qb, f) => {
        if (f.streetId) {
          qb.andWhere('c.communityId IN (SELECT cm.id FROM community cm WHERE cm.street_id = :streetId)', { streetId: parseId(f.streetId, 'filter.streetId') });
        }
        if (f.communityId) qb.andWhere('c.communityId = :communityId', { communityId: parseId(f.communityId, 'filter.communityId') });
        if (f.associationId) qb.andWhere('c.associationId = :associationId', { associationId: parseId(f.associationId, 'filter.associationId') });
        if (f.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: f.status });
        if (f.plaqueFrom) qb.andWhere('c.plaqueDate >= :plaqueFrom', { plaqueFrom: f.plaqueFrom });
        if (f.plaqueTo) qb.andWhere('c.plaqueDate <= :plaqueTo', { plaqueTo: f.plaqueTo });
        if (f.serviceScoreMin != null) qb.andWhere('c.serviceScoreTenths >= :ssMin', { ssMin: toScaled(f.serviceScoreMin, 1, 'filter.serviceScoreMin') });
        if (f.serviceScoreMax != null) qb.andWhere('c.serviceScoreTenths <= :ssMax', { ssMax: toScaled(f.serviceScoreMax, 1, 'filter.serviceScoreMax') });
        if (f.floorAreaMin != null) qb.andWhere('c.floorAreaCenti >= :faMin', { faMin: toScaled(f.floorAreaMin, 2, 'filter.floorAreaMin') });
        if (f.floorAreaMax != null) qb.andWhere('c.floorAreaCenti <= :faMax', { faMax: toScaled(f.floorAreaMax, 2, 'filter.floorAreaMax') });
      },
    });
  }

  /** As CrudService.tx, but a unique-index violation (a concurrent create the pre-check in validate missed) names `code`. */
  override async tx<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await super.tx(work);
    } catch (err) {
      const ext = (err as Conflict)?.extensions;
      const uniqueViolation = err instanceof Conflict && ext.field === undefined && !('currentVersion' in ext) && !ext.retryable;
      throw uniqueViolation ? new Conflict('A center with this code already exists', { field: 'code' }) : err;
    }
  }

  private async validate(c: Center, m: EntityManager, ctx: Ctx) {
    if (c.plaqueDate > todayInChina(ctx.now)) throw new BadInput('plaqueDate', 'plaqueDate cannot be in the future');
    if (!(await m.findOne(Community, { where: { id: c.communityId } }))) throw new BadInput('communityId', `Community ${c.communityId} does not exist`);
    if (c.associationId !== null && !(await m.findOne(Association, { where: { id: c.associationId } }))) {
      throw new BadInput('associationId', `Association ${c.associationId} does not exist`);
    }
    const other = await m.findOne(Center, { where: { code: c.code } });
    if (other && other.id !== c.id) throw new Conflict(`A center with code ${c.code} already exists`, { field: 'code' });
  }

  create(ctx: Ctx, i: CreateCenterInput) {
    return this.insert(
      ctx,
      {
        code: i.code.trim(),
        name: i.name.trim(),
        communityId: parseId(i.communityId, 'communityId'),
        address: i.address?.trim() ?? '',
        floorAreaCenti: floorAreaCenti(i.floorArea),
        plaqueDate: i.plaqueDate,
        elderlyCount: i.elderlyCount,
        disabledCount: i.disabledCount,
        serviceScoreTenths: serviceScoreTenths(i.serviceScore),
        status: i.status ?? undefined,
        associationId: i.associationId ? parseId(i.associationId, 'associationId') : null,
        contactName: i.contactName?.trim() || null,
        contactPhone: i.contactPhone?.trim() || null,
      },
      (c, m) => this.validate(c, m, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateCenterInput) {
    const required = ['code', 'name', 'communityId', 'floorArea', 'plaqueDate', 'elderlyCount', 'disabledCount', 'serviceScore', 'status'] as const;
    for (const k of required) if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    return this.patch(
      ctx,
      i.id,
      i.version,
      {
        code: i.code?.trim(),
        name: i.name?.trim(),
        communityId: refPatch(i.communityId, 'communityId') ?? undefined,
        address: i.address === null ? '' : i.address?.trim(),
        floorAreaCenti: i.floorArea === undefined ? undefined : floorAreaCenti(i.floorArea),
        plaqueDate: i.plaqueDate,
        elderlyCount: i.elderlyCount,
        disabledCount: i.disabledCount,
        serviceScoreTenths: i.serviceScore === undefined ? undefined : serviceScoreTenths(i.serviceScore),
        status: i.status,
        associationId: refPatch(i.associationId, 'associationId'),
        contactName: i.contactName === null ? null : i.contactName?.trim(),
        contactPhone: i.contactPhone === null ? null : i.contactPhone?.trim(),
      },
      (c, m) => this.validate(c, m, ctx),
    );
  }
}
