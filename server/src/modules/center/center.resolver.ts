import { Ctx as GqlCtx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { Ctx, personalField } from '../../common/context';
import { createCrudResolver, READERS } from '../../common/crud.resolver';
import { fromScaled } from '../../common/fixed';
import { maskPhone } from '../../common/id-number';
import { services } from '../../services';
import { Community } from '../area/community.entity';
import { Street } from '../area/street.entity';
import { Association } from '../association/association.entity';
import { Center } from './center.entity';
import { CenterFilter, CenterList, CenterSort, CreateCenterInput, UpdateCenterInput } from './center.inputs';

const CenterCrud = createCrudResolver({
  one: 'center', many: 'centers', typeName: 'Center', entity: Center, list: CenterList, filter: CenterFilter, sort: CenterSort,
  createInput: CreateCenterInput, updateInput: UpdateCenterInput, facade: (ctx) => services(ctx).centers,
  readRoles: [...READERS, 'scope:centers:read'],
});

@Resolver(() => Center)
export class CenterResolver extends CenterCrud {
  @FieldResolver(() => Float, { description: 'Floor area in m² (two decimals)' })
  floorArea(@Root() c: Center): number {
    return fromScaled(c.floorAreaCenti, 2)!;
  }

  @FieldResolver(() => Float, { description: '服务情况: last inspection score 0–100 (one decimal)' })
  serviceScore(@Root() c: Center): number {
    return fromScaled(c.serviceScoreTenths, 1)!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (last 4 digits) for roles without access to personal data' })
  contactPhone(@Root() c: Center, @GqlCtx() ctx: Ctx): string | null {
    return personalField(ctx, 'Center', c.id, c.contactPhone, maskPhone);
  }

  @FieldResolver(() => Community)
  async community(@Root() c: Center, @GqlCtx() ctx: Ctx): Promise<Community> {
    return (await ctx.loaders.byId(Community).load(c.communityId))!;
  }

  @FieldResolver(() => Street)
  async street(@Root() c: Center, @GqlCtx() ctx: Ctx): Promise<Street> {
    const community = (await ctx.loaders.byId(Community).load(c.communityId))!;
    return (await ctx.loaders.byId(Street).load(community.streetId))!;
  }

  @FieldResolver(() => Association, { nullable: true })
  async association(@Root() c: Center, @GqlCtx() ctx: Ctx): Promise<Association | null> {
    return c.associationId ? ctx.loaders.byId(Association).load(c.associationId) : null;
  }
}
