import { Ctx } from './common/context';
import { Forbidden, parseId } from './common/errors';
import { Community } from './modules/area/community.entity';
import { Center } from './modules/center/center.entity';
import { Association } from './modules/association/association.entity';
import { Resident } from './modules/resident/resident.entity';
import { Project } from './modules/project/project.entity';
import { partnerMayResolve } from './modules/security/partner-access';

/** The single-record query of an entity type (`Center` → `center`): an API key resolves the type by key only when its scopes open it. */
export const entityQueryOf = (typeName: string) => typeName[0].toLowerCase() + typeName.slice(1);

/**
 * `_entities` resolution for the types with `@key(fields: "id")`, through the request's DataLoaders. `_entities`
 * itself has no @Authorized and no PartnerFieldGuard: without this check an `exams:read` key could read the
 * name, age and community of every resident by id, not only of the free-exam cohort.
 */
const byKey = (typeName: string, entity: Parameters<Ctx['loaders']['byId']>[0]) => ({
  __resolveReference: (ref: { id: string }, ctx: Ctx) => {
    const actor = ctx.actor;
    if (actor?.kind === 'API_KEY' && !partnerMayResolve(actor.scopes ?? [], 'Query', entityQueryOf(typeName))) {
      throw new Forbidden(`This API key's scopes do not include Query.${entityQueryOf(typeName)}, so ${typeName} cannot be resolved by key`);
    }
    return ctx.loaders.byId(entity).load(parseId(ref.id));
  },
});

export const referenceResolvers: Record<string, { __resolveReference: (ref: { id: string }, ctx: Ctx) => unknown }> = {
  Community: byKey('Community', Community),
  Center: byKey('Center', Center),
  Association: byKey('Association', Association),
  Resident: byKey('Resident', Resident),
  Project: byKey('Project', Project),
};
