import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, parseId } from '../../common/errors';
import { Ctx } from '../../common/context';
import { todayInChina } from '../../common/dates';
import { Street } from '../area/street.entity';
import { Community } from '../area/community.entity';
import { refPatch } from '../area/area.service';
import { Center } from '../center/center.entity';
import { Resident } from '../resident/resident.entity';
import { Association, AssociationLevel } from './association.entity';
import { AssociationFilter, CreateAssociationInput, UpdateAssociationInput } from './association.inputs';

/** A patch value for optional text: undefined stays unchanged, null or blank clears, else trimmed. */
export function optionalText(v: string | null | undefined): string | null | undefined {
  return v === undefined ? undefined : v?.trim() || null;
}

export class AssociationService extends CrudService<Association, AssociationFilter, CreateAssociationInput, UpdateAssociationInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: Association,
      label: 'Association',
      alias: 'a',
      referencedBy: [
        { entity: Center, column: 'associationId', label: 'center(s)' },
        { entity: Resident, column: 'associationId', label: 'resident(s)' },
      ],
      searchColumns: ['name', 'presidentName'],
      sortColumns: { id: 'id', name: 'name', level: 'level', memberCount: 'memberCount', foundedOn: 'foundedOn', createdAt: 'createdAt' },
      applyFilter: (qb, f) => {
        if (f.streetId) qb.andWhere('a.streetId = :streetId', { streetId: parseId(f.streetId, 'filter.streetId') });
        if (f.communityId) qb.andWhere('a.communityId = :communityId', { communityId: parseId(f.communityId, 'filter.communityId') });
        if (f.level) qb.andWhere('a.level = :level', { level: f.level });
      },
    });
  }

  /** The rules of DOMAIN.md on the whole (merged) record. */
  private async validate(a: Association, m: EntityManager, ctx: Ctx) {
    if (!a.name) throw new BadInput('name', 'name cannot be empty');
    if (!Number.isInteger(a.memberCount) || a.memberCount < 0) throw new BadInput('memberCount', 'memberCount must be 0 or more');
    if (a.foundedOn !== null && a.foundedOn > todayInChina(ctx.now)) throw new BadInput('foundedOn', 'foundedOn cannot be in the future');
    if (!(await m.findOne(Street, { where: { id: a.streetId } }))) throw new BadInput('streetId', `Street ${a.streetId} does not exist`);
    if (a.level === AssociationLevel.COMMUNITY) {
      if (a.communityId === null) throw new BadInput('communityId', 'A COMMUNITY-level association needs a communityId');
      const community = await m.findOne(Community, { where: { id: a.communityId } });
      if (!community) throw new BadInput('communityId', `Community ${a.communityId} does not exist`);
      if (community.streetId !== a.streetId) {
        throw new BadInput('communityId', `Community ${community.name} belongs to street ${community.streetId}, not to street ${a.streetId}`);
      }
    } else if (a.communityId !== null) {
      throw new BadInput('communityId', 'A STREET-level association has no community: leave communityId out (or send null when updating)');
    }
  }

  create(ctx: Ctx, i: CreateAssociationInput) {
    return this.insert(
      ctx,
      {
        name: i.name.trim(),
        level: i.level,
        streetId: parseId(i.streetId, 'streetId'),
        communityId: i.communityId ? parseId(i.communityId, 'communityId') : null,
        presidentName: i.presidentName?.trim() || null,
        phone: i.phone?.trim() || null,
        memberCount: i.memberCount ?? 0,
        foundedOn: i.foundedOn ?? null,
      },
      (a, m) => this.validate(a, m, ctx),
    );
  }

  update(ctx: Ctx, i: UpdateAssociationInput) {
    const required = ['name', 'level', 'streetId', 'memberCount'] as const;
    for (const k of required) if (i[k] === null) throw new BadInput(k, `${k} cannot be cleared`);
    return this.patch(
      ctx,
      i.id,
      i.version,
      {
        name: i.name?.trim(),
        level: i.level,
        streetId: refPatch(i.streetId, 'streetId') ?? undefined,
        communityId: refPatch(i.communityId, 'communityId'),
        presidentName: optionalText(i.presidentName),
        phone: optionalText(i.phone),
        memberCount: i.memberCount,
        foundedOn: i.foundedOn,
      },
      (a, m) => this.validate(a, m, ctx),
    );
  }
}
