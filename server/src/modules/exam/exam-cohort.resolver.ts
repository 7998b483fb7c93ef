import { Arg, Args, Authorized, Ctx as GqlCtx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Ctx, personalField } from '../../common/context';
import { READERS } from '../../common/crud.resolver';
import { maskIdNumber } from '../../common/id-number';
import { ageOn } from '../../common/resident-rules';
import { todayInChina } from '../../common/dates';
import { DateScalar } from '../../common/scalars';
import { checkPage, PageArgs } from '../../common/list';
import { parseId } from '../../common/errors';
import { services } from '../../services';
import { Community } from '../area/community.entity';
import { Gender, Resident } from '../resident/resident.entity';
import { HealthExam } from './health-exam.entity';

/** A member of a community's free-exam cohort: the minimum a health partner needs, ID number masked. */
@ObjectType({ description: 'A resident eligible for the free exam: minimal fields for partners (ID number masked)' })
export class ExamCohortMember {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
  @Field(() => Gender) gender: Gender;
  @Field(() => Int) age: number;
  @Field(() => String, { description: 'Masked (first 3 and last 4 characters) for everyone but ADMIN/OFFICER' }) idNumber: string;
  communityId: number;
  year: number;
}

@ObjectType()
export class ExamCohortList {
  @Field(() => [ExamCohortMember]) items: ExamCohortMember[];
  @Field(() => Int) totalItems: number;
}

/** The free-exam cohort of a community (issue: the health bureau's partner flow). */
@Resolver(() => ExamCohortMember)
export class ExamCohortResolver {
  @Authorized(...READERS, 'scope:exams:read', 'scope:exams:write')
  @Query(() => ExamCohortList, { description: 'Residents of a community eligible for the free exam on a date (default today), by name' })
  async examCohort(
    @Arg('communityId', () => ID) communityId: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOfArg: string | null,
    @Args(() => PageArgs) p: PageArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<ExamCohortList> {
    const asOf = asOfArg ?? todayInChina(ctx.now);
    const page = checkPage(p);
    const list = await services(ctx).residents.list(ctx, {
      filter: { communityId: String(parseId(communityId, 'communityId')), freeExamEligible: true, asOf } as never,
      sort: [{ field: 'name', direction: 'ASC' as never }],
      ...page,
    });
    const year = Number(asOf.slice(0, 4));
    return {
      totalItems: list.totalItems,
      items: list.items.map((r: Resident) => ({
        id: r.id, name: r.name, gender: r.gender, age: ageOn(r.birthDate, asOf), idNumber: personalField(ctx, 'Resident', r.id, r.idNumber, maskIdNumber)!, communityId: r.communityId, year,
      })),
    };
  }

  @FieldResolver(() => Community)
  async community(@Root() m: ExamCohortMember, @GqlCtx() ctx: Ctx): Promise<Community> {
    return (await ctx.loaders.byId(Community).load(m.communityId))!;
  }

  @FieldResolver(() => HealthExam, { nullable: true, description: 'This year’s exam, if scheduled' })
  async exam(@Root() m: ExamCohortMember, @GqlCtx() ctx: Ctx): Promise<HealthExam | null> {
    const exams = await ctx.loaders.groupBy(HealthExam, 'residentId').load(m.id);
    return exams.find((e) => e.year === m.year) ?? null;
  }
}
