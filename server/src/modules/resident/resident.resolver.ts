import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Ctx, personalField } from '../../common/context';
import { createCrudResolver, READERS } from '../../common/crud.resolver';
import { todayInChina } from '../../common/dates';
import { maskIdNumber, maskPhone } from '../../common/id-number';
import { isCentenarian, isFreeExamEligible, lifeAge } from '../../common/resident-rules';
import { DateScalar } from '../../common/scalars';
import { services } from '../../services';
import { Community } from '../area/community.entity';
import { Street } from '../area/street.entity';
import { Association } from '../association/association.entity';
import { HealthExam } from '../exam/health-exam.entity';
import { Visit } from '../visit/visit.entity';
import { Resident } from './resident.entity';
import { CreateResidentInput, ResidentFilter, ResidentList, ResidentPage, ResidentSort, UpdateResidentInput } from './resident.inputs';

const ResidentCrud = createCrudResolver({
  one: 'resident', many: 'residents', typeName: 'Resident', entity: Resident, list: ResidentList, filter: ResidentFilter, sort: ResidentSort,
  createInput: CreateResidentInput, updateInput: UpdateResidentInput, facade: (ctx) => services(ctx).residents,
});

const AS_OF = 'The date it refers to; default today (China)';

@Resolver(() => Resident)
export class ResidentResolver extends ResidentCrud {
  @Authorized(...READERS, 'scope:exams:read', 'scope:exams:write')
  @Query(() => ResidentPage, {
    description:
      'Bulk sync: residents by id ascending after a cursor (keyset, no OFFSET), with the filters and masking of `residents`. ' +
      'Start with after: null and pass nextCursor until it is null. API keys get only residents eligible for the free exam.',
  })
  async residentsAfter(
    @Arg('after', () => String, { nullable: true, description: 'nextCursor of the previous page; null for the first' }) after: string | null,
    @Arg('take', () => Int, { nullable: true, defaultValue: 500, description: 'Page size, 1..500' }) take: number | null,
    @Arg('filter', () => ResidentFilter, { nullable: true }) filter: ResidentFilter | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<ResidentPage> {
    return services(ctx).residents.keysetPage(ctx, { after, take: take ?? 500, filter });
  }

  @FieldResolver(() => String, { description: 'Resident ID number (GB 11643); masked (440***********123X) for roles without access to personal data' })
  idNumber(@Root() r: Resident, @GqlCtx() ctx: Ctx): string {
    return personalField(ctx, 'Resident', r.id, r.idNumber, maskIdNumber)!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (last 4 digits) for roles without access to personal data' })
  phone(@Root() r: Resident, @GqlCtx() ctx: Ctx): string | null {
    return personalField(ctx, 'Resident', r.id, r.phone, maskPhone);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Age in whole years on asOf, or at death for a resident who died before it (null before the birth date)' })
  age(@Root() r: Resident, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null, @GqlCtx() ctx: Ctx): number | null {
    return lifeAge(r.birthDate, asOf ?? todayInChina(ctx.now), r.deceasedOn);
  }

  @FieldResolver(() => Boolean, { description: '百岁老人: alive and aged 100 or more on asOf' })
  centenarian(@Root() r: Resident, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null, @GqlCtx() ctx: Ctx): boolean {
    return isCentenarian(r.birthDate, asOf ?? todayInChina(ctx.now), r.deceasedOn);
  }

  @FieldResolver(() => Boolean, { description: 'Free yearly exam: alive on asOf, aged 60+, householdRegistered, no employer paying for exams' })
  freeExamEligible(
    @Root() r: Resident,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @GqlCtx() ctx: Ctx,
  ): boolean {
    return isFreeExamEligible(r, asOf ?? todayInChina(ctx.now));
  }

  @FieldResolver(() => Community)
  async community(@Root() r: Resident, @GqlCtx() ctx: Ctx): Promise<Community> {
    return (await ctx.loaders.byId(Community).load(r.communityId))!;
  }

  @FieldResolver(() => Street)
  async street(@Root() r: Resident, @GqlCtx() ctx: Ctx): Promise<Street> {
    const community = (await ctx.loaders.byId(Community).load(r.communityId))!;
    return (await ctx.loaders.byId(Street).load(community.streetId))!;
  }

  @FieldResolver(() => Association, { nullable: true })
  async association(@Root() r: Resident, @GqlCtx() ctx: Ctx): Promise<Association | null> {
    return r.associationId ? ctx.loaders.byId(Association).load(r.associationId) : null;
  }

  @FieldResolver(() => [HealthExam], { description: 'Free health exams, by id' })
  async exams(@Root() r: Resident, @GqlCtx() ctx: Ctx): Promise<HealthExam[]> {
    return ctx.loaders.groupBy(HealthExam, 'residentId').load(r.id);
  }

  @FieldResolver(() => [Visit], { description: 'Condolence visits, by id' })
  async visits(@Root() r: Resident, @GqlCtx() ctx: Ctx): Promise<Visit[]> {
    return ctx.loaders.groupBy(Visit, 'residentId').load(r.id);
  }
}
