import { AuthResolver } from './modules/auth/auth.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { ApiKeyResolver } from './modules/auth/api-key.resolver';
import { ExamCohortResolver } from './modules/exam/exam-cohort.resolver';
import { StreetResolver, CommunityResolver } from './modules/area/area.resolver';
import { CenterResolver } from './modules/center/center.resolver';
import { AssociationResolver } from './modules/association/association.resolver';
import { ResidentResolver } from './modules/resident/resident.resolver';
import { HealthExamResolver } from './modules/exam/exam.resolver';
import { VisitResolver } from './modules/visit/visit.resolver';
import { ProjectResolver, ProjectProgressResolver } from './modules/project/project.resolver';
import { RatingRoundResolver, CenterRatingResolver, RectificationResolver, CenterRatingFieldsResolver } from './modules/rating/rating.resolver';
import { SubsidyRoundResolver, SubsidyAllocationResolver } from './modules/subsidy/subsidy.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import { JobResolver } from './modules/jobs/job.resolver';
import { WorkReportResolver } from './modules/report/work-report.resolver';

/** Every TypeGraphQL resolver class of the API. */
export const RESOLVERS = [AuthResolver, AuditResolver, ApiKeyResolver, ExamCohortResolver, StreetResolver, CommunityResolver, CenterResolver, AssociationResolver, ResidentResolver, HealthExamResolver, VisitResolver, ProjectResolver, ProjectProgressResolver,
  RatingRoundResolver, CenterRatingResolver, RectificationResolver, CenterRatingFieldsResolver, SubsidyRoundResolver, SubsidyAllocationResolver, StatisticsResolver, WorkReportResolver, JobResolver] as const;
