import { Ctx as GqlCtx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { services } from '../../services';
import { Street } from './street.entity';
import { Community } from './community.entity';
import {
  CommunityFilter, CommunityList, CommunitySort, CreateCommunityInput, CreateStreetInput, StreetFilter, StreetList, StreetSort,
  UpdateCommunityInput, UpdateStreetInput,
} from './area.inputs';

const StreetCrud = createCrudResolver({
  one: 'street', many: 'streets', typeName: 'Street', entity: Street, list: StreetList, filter: StreetFilter, sort: StreetSort,
  createInput: CreateStreetInput, updateInput: UpdateStreetInput, facade: (ctx) => services(ctx).streets,
});

@Resolver(() => Street)
export class StreetResolver extends StreetCrud {
  @FieldResolver(() => [Community], { description: 'The communities of this street, by name' })
  async communities(@Root() s: Street, @GqlCtx() ctx: Ctx): Promise<Community[]> {
    const rows = await ctx.loaders.groupBy(Community, 'streetId').load(s.id);
    return [...rows].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }

  @FieldResolver(() => Int)
  async communityCount(@Root() s: Street, @GqlCtx() ctx: Ctx): Promise<number> {
    return (await ctx.loaders.groupBy(Community, 'streetId').load(s.id)).length;
  }
}

const CommunityCrud = createCrudResolver({
  one: 'community', many: 'communities', typeName: 'Community', entity: Community, list: CommunityList, filter: CommunityFilter,
  sort: CommunitySort, createInput: CreateCommunityInput, updateInput: UpdateCommunityInput, facade: (ctx) => services(ctx).communities,
});

@Resolver(() => Community)
export class CommunityResolver extends CommunityCrud {
  @FieldResolver(() => Street)
  async street(@Root() c: Community, @GqlCtx() ctx: Ctx): Promise<Street> {
    return (await ctx.loaders.byId(Street).load(c.streetId))!;
  }
}
