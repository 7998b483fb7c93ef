import { DataSource } from 'typeorm';
import { AppConfig, requestLimits } from './config/config';
import { setListLimits } from './common/list';
import { Ctx } from './common/context';
import { AuthService } from './modules/auth/auth.service';
import { UserService } from './modules/auth/user.service';
import { ApiKeyService } from './modules/auth/api-key.service';
import { StreetService, CommunityService } from './modules/area/area.service';
import { CenterService } from './modules/center/center.service';
import { AssociationService } from './modules/association/association.service';
import { ResidentService } from './modules/resident/resident.service';
import { HealthExamService } from './modules/exam/exam.service';
import { VisitService } from './modules/visit/visit.service';
import { ProjectService, ProjectProgressService } from './modules/project/project.service';
import { RatingRoundService, RectificationService } from './modules/rating/rating.service';
import { SubsidyRoundService } from './modules/subsidy/subsidy.service';
import { StatisticsService } from './modules/statistics/statistics.service';
import { JobService } from './modules/jobs/job.service';
import { WorkReportService } from './modules/report/work-report.service';

/** One instance of every service per data source (the app's and each test's). */
export function createServices(ds: DataSource, config: Pick<AppConfig, 'jwtSecret' | 'jwtTtlSeconds'>) {
  return {
    auth: new AuthService(ds, config),
    users: new UserService(ds),
    apiKeys: new ApiKeyService(ds),
    streets: new StreetService(ds),
    communities: new CommunityService(ds),
    centers: new CenterService(ds),
    associations: new AssociationService(ds),
    residents: new ResidentService(ds),
    healthExams: new HealthExamService(ds),
    visits: new VisitService(ds),
    projects: new ProjectService(ds),
    projectProgress: new ProjectProgressService(ds),
    ratingRounds: new RatingRoundService(ds),
    rectifications: new RectificationService(ds),
    subsidyRounds: new SubsidyRoundService(ds),
    statistics: new StatisticsService(ds),
    jobs: new JobService(ds),
    workReport: new WorkReportService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;

const registry = new WeakMap<DataSource, Services>();

export function registerServices(ds: DataSource, config: Pick<AppConfig, 'jwtSecret' | 'jwtTtlSeconds'> & Partial<Pick<AppConfig, 'limits'>>): Services {
  const limits = requestLimits(config);
  setListLimits(ds, { countLimit: limits.listCountLimit, maxSkip: limits.listMaxSkip });
  const s = createServices(ds, config);
  registry.set(ds, s);
  return s;
}

export function services(ctx: Pick<Ctx, 'ds'>): Services {
  const s = registry.get(ctx.ds);
  if (!s) throw new Error('services not registered for this data source');
  return s;
}
