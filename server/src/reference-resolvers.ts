import { Ctx } from './common/context';
import { parseId } from './common/errors';
import { Community } from './modules/area/community.entity';
import { Center } from './modules/center/center.entity';
import { Association } from './modules/association/association.entity';
import { Resident } from './modules/resident/resident.entity';
import { Project } from './modules/project/project.entity';

/** `_entities` resolution for the types with `@key(fields: "id")`, through the request's DataLoaders. */
const byKey = (entity: Parameters<Ctx['loaders']['byId']>[0]) => ({
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.byId(entity).load(parseId(ref.id)),
});

export const referenceResolvers: Record<string, { __resolveReference: (ref: { id: string }, ctx: Ctx) => unknown }> = {
  Community: byKey(Community),
  Center: byKey(Center),
  Association: byKey(Association),
  Resident: byKey(Resident),
  Project: byKey(Project),
};
