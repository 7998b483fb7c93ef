import { Ctx as GqlCtx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Ctx, personalField } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { maskPhone } from '../../common/id-number';
import { services } from '../../services';
import { Community } from '../area/community.entity';
import { Street } from '../area/street.entity';
import { Center } from '../center/center.entity';
import { Resident } from '../resident/resident.entity';
import { Association } from './association.entity';
import { AssociationFilter, AssociationList, AssociationSort, CreateAssociationInput, UpdateAssociationInput } from './association.inputs';

const AssociationCrud = createCrudResolver({
  one: 'association', many: 'associations', typeName: 'Association', entity: Association, list: AssociationList,
  filter: AssociationFilter, sort: AssociationSort, createInput: CreateAssociationInput, updateInput: UpdateAssociationInput,
  facade: (ctx) => services(ctx).associations,
});

/** Residents per association, one `COUNT … GROUP BY` per request whatever the page size. */
function memberCountLoader(ctx: Ctx) {
  return ctx.loaders.custom<number, number>('Association.memberResidentCount', async (ids) => {
    const rows: { aid: unknown; n: unknown }[] = await ctx.ds
      .getRepository(Resident)
      .createQueryBuilder('r')
      .select('r.associationId', 'aid')
      .addSelect('COUNT(*)', 'n')
      .where('r.associationId IN (:...ids)', { ids: [...ids] })
      .groupBy('r.associationId')
      .getRawMany();
    const map = new Map(rows.map((r) => [Number(r.aid), Number(r.n)]));
    return ids.map((id) => map.get(id) ?? 0);
  });
}

@Resolver(() => Association)
export class AssociationResolver extends AssociationCrud {
  @FieldResolver(() => Street)
  async street(@Root() a: Association, @GqlCtx() ctx: Ctx): Promise<Street> {
    return (await ctx.loaders.byId(Street).load(a.streetId))!;
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community of a COMMUNITY-level association' })
  async community(@Root() a: Association, @GqlCtx() ctx: Ctx): Promise<Community | null> {
    return a.communityId ? ctx.loaders.byId(Community).load(a.communityId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The president's phone; masked (last 4 digits) for roles without access to personal data" })
  phone(@Root() a: Association, @GqlCtx() ctx: Ctx): string | null {
    return personalField(ctx, 'Association', a.id, a.phone, maskPhone);
  }

  @FieldResolver(() => [Center], { description: 'The centers run by or attached to this association, by id' })
  async centers(@Root() a: Association, @GqlCtx() ctx: Ctx): Promise<Center[]> {
    return ctx.loaders.groupBy(Center, 'associationId').load(a.id);
  }

  @FieldResolver(() => Int)
  async centerCount(@Root() a: Association, @GqlCtx() ctx: Ctx): Promise<number> {
    return (await ctx.loaders.groupBy(Center, 'associationId').load(a.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Residents recorded as members (as residents(filter: { associationId }) counts them)' })
  async memberResidentCount(@Root() a: Association, @GqlCtx() ctx: Ctx): Promise<number> {
    return memberCountLoader(ctx).load(a.id);
  }
}
