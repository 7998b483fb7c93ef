import { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { BadInput, Conflict, InvalidState, parseId } from '../../common/errors';
import { Association } from '../association/association.entity';
import { Ctx } from '../../common/context';
import { Street } from './street.entity';
import { Community } from './community.entity';
import { CommunityFilter, CreateCommunityInput, CreateStreetInput, StreetFilter, UpdateCommunityInput, UpdateStreetInput } from './area.inputs';

/** A patch value for an optional reference id: undefined stays unchanged, null clears, else a parsed id. */
export function refPatch(value: string | null | undefined, field: string): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return parseId(value, field);
}

export class StreetService extends CrudService<Street, StreetFilter, CreateStreetInput, UpdateStreetInput> {
  constructor(ds: DataSource) {
    super(ds, { entity: Street, label: 'Street', alias: 's', searchColumns: ['name'], sortColumns: { id: 'id', name: 'name', createdAt: 'createdAt' } });
  }

  private async uniqueName(m: EntityManager, s: Street) {
    const other = await m.findOne(Street, { where: { name: s.name } });
    if (other && other.id !== s.id) throw new Conflict(`A street named ${s.name} already exists`, { field: 'name' });
  }

  create(ctx: Ctx, input: CreateStreetInput) {
    return this.insert(ctx, { name: input.name.trim() }, (s, m) => this.uniqueName(m, s));
  }

  update(ctx: Ctx, input: UpdateStreetInput) {
    return this.patch(ctx, input.id, input.version, { name: input.name?.trim() }, (s, m) => this.uniqueName(m, s));
  }
}

export class CommunityService extends CrudService<Community, CommunityFilter, CreateCommunityInput, UpdateCommunityInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: Community,
      label: 'Community',
      alias: 'cm',
      searchColumns: ['name'],
      sortColumns: { id: 'id', name: 'name', streetId: 'streetId', createdAt: 'createdAt' },
      applyFilter: (qb, f) => {
        if (f.streetId) qb.andWhere('cm.streetId = :streetId', { streetId: parseId(f.streetId, 'filter.streetId') });
      },
    });
  }

  private async validate(c: Community, m: EntityManager, current: Community | null) {
    if (!(await m.findOne(Street, { where: { id: c.streetId } }))) throw new BadInput('streetId', `Street ${c.streetId} does not exist`);
    // an association belongs to a street and one of its communities: moving the community would split them
    if (current && current.streetId !== c.streetId && (await m.count(Association, { where: { communityId: c.id } }))) {
      throw new InvalidState('This community has associations; move or change them before moving the community to another street');
    }
    const other = await m.findOne(Community, { where: { streetId: c.streetId, name: c.name } });
    if (other && other.id !== c.id) throw new Conflict(`This street already has a community named ${c.name}`, { field: 'name' });
  }

  create(ctx: Ctx, input: CreateCommunityInput) {
    return this.insert(ctx, { name: input.name.trim(), streetId: parseId(input.streetId, 'streetId') }, (c, m) => this.validate(c, m, null));
  }

  update(ctx: Ctx, input: UpdateCommunityInput) {
    const streetId = refPatch(input.streetId, 'streetId');
    if (streetId === null) throw new BadInput('streetId', 'A community must belong to a street');
    return this.patch(ctx, input.id, input.version, { name: input.name?.trim(), streetId }, (c, m, current) => this.validate(c, m, current));
  }
}
