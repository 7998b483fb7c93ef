import { Street } from './modules/area/street.entity';
import { Community } from './modules/area/community.entity';
import { Center } from './modules/center/center.entity';
import { Association } from './modules/association/association.entity';
import { Resident } from './modules/resident/resident.entity';
import { HealthExam } from './modules/exam/health-exam.entity';
import { Visit } from './modules/visit/visit.entity';
import { Project } from './modules/project/project.entity';
import { ProjectProgress } from './modules/project/project-progress.entity';
import { User } from './modules/auth/user.entity';
import { AuditLog } from './modules/audit/audit.entity';
import { RatingRound, CenterRating, Rectification } from './modules/rating/rating.entities';
import { SubsidyRound, SubsidyAllocation } from './modules/subsidy/subsidy.entities';
import { ApiKey } from './modules/auth/api-key.entity';
import { AuthThrottle, RateLimitBucket, AuditHead } from './modules/security/security.entities';
import { Job, JobFile } from './modules/jobs/job.entity';
import { ReplicaHeartbeat, WriteMark } from './modules/replica/replica.entities';

/** Every TypeORM entity; migrations are generated from this list for both databases. */
export const ENTITIES = [Street, Community, Center, Association, Resident, HealthExam, Visit, Project, ProjectProgress, User, AuditLog,
  RatingRound, CenterRating, Rectification, SubsidyRound, SubsidyAllocation, ApiKey, AuthThrottle, RateLimitBucket, AuditHead,
  ReplicaHeartbeat, WriteMark, Job, JobFile];
