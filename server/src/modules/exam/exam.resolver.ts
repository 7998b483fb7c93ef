import { Ctx as GqlCtx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver, READERS, WRITERS } from '../../common/crud.resolver';
import { services } from '../../services';
import { Resident } from '../resident/resident.entity';
import { HealthExam } from './health-exam.entity';
import { CreateHealthExamInput, HealthExamFilter, HealthExamList, HealthExamSort, UpdateHealthExamInput } from './exam.inputs';

const HealthExamCrud = createCrudResolver({
  one: 'healthExam', many: 'healthExams', typeName: 'HealthExam', entity: HealthExam, list: HealthExamList, filter: HealthExamFilter,
  sort: HealthExamSort, createInput: CreateHealthExamInput, updateInput: UpdateHealthExamInput, facade: (ctx) => services(ctx).healthExams,
  // partner apps of the health bureau (DOMAIN.md, Access): API keys with exams:read / exams:write
  readRoles: [...READERS, 'scope:exams:read', 'scope:exams:write'],
  writeRoles: [...WRITERS, 'scope:exams:write'],
});

@Resolver(() => HealthExam)
export class HealthExamResolver extends HealthExamCrud {
  @FieldResolver(() => Resident)
  async resident(@Root() e: HealthExam, @GqlCtx() ctx: Ctx): Promise<Resident> {
    return (await ctx.loaders.byId(Resident).load(e.residentId))!;
  }
}
