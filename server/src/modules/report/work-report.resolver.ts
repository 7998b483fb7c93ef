import { Arg, Authorized, Ctx as GqlCtx, ID, Query, Resolver } from 'type-graphql';
import { Ctx } from '../../common/context';
import { READERS } from '../../common/crud.resolver';
import { DateScalar } from '../../common/scalars';
import { services } from '../../services';
import { WorkReport } from './work-report.types';

@Resolver(() => WorkReport)
export class WorkReportResolver {
  @Authorized(...READERS)
  @Query(() => WorkReport, {
    description:
      'The figures section of the office’s work report for a period (e.g. 2016-01-01..2016-06-30 = 2016年上半年), district-wide or for one street, ' +
      'with the figures written as the report’s Chinese sentences. Aggregates only, no personal data. As a Word file: GET /export/work-report.docx?from=&to=&streetId=',
  })
  workReport(
    @Arg('from', () => DateScalar, { description: 'First day of the period' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period: ages, “alive” and eligibility refer to it' }) to: string,
    @Arg('streetId', () => ID, { nullable: true, description: 'Only this street (projects stay district-wide)' }) streetId: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<WorkReport> {
    return services(ctx).workReport.build(ctx, { from, to, streetId });
  }
}
