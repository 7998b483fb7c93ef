import { Ctx as GqlCtx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { services } from '../../services';
import { Center } from '../center/center.entity';
import { Resident } from '../resident/resident.entity';
import { Visit } from './visit.entity';
import { CreateVisitInput, UpdateVisitInput, VisitFilter, VisitList, VisitSort } from './visit.inputs';

const VisitCrud = createCrudResolver({
  one: 'visit', many: 'visits', typeName: 'Visit', entity: Visit, list: VisitList, filter: VisitFilter, sort: VisitSort,
  createInput: CreateVisitInput, updateInput: UpdateVisitInput, facade: (ctx) => services(ctx).visits,
});

@Resolver(() => Visit)
export class VisitResolver extends VisitCrud {
  @FieldResolver(() => Resident, { nullable: true })
  async resident(@Root() v: Visit, @GqlCtx() ctx: Ctx): Promise<Resident | null> {
    return v.residentId ? ctx.loaders.byId(Resident).load(v.residentId) : null;
  }

  @FieldResolver(() => Center, { nullable: true })
  async center(@Root() v: Visit, @GqlCtx() ctx: Ctx): Promise<Center | null> {
    return v.centerId ? ctx.loaders.byId(Center).load(v.centerId) : null;
  }
}
