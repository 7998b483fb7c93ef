import type { ResourceDef } from '../types';
import { communities, streets } from './areas';
import { associations } from './associations';
import { centers } from './centers';
import { healthExams } from './exams';
import { projectProgresses, projects } from './projects';
import { centerRatings, ratingRounds, rectifications } from './rating';
import { residents } from './residents';
import { subsidyAllocations, subsidyRounds } from './subsidy';
import { users } from './users';
import { visits } from './visits';
import { jobs } from './jobs';

/** react-admin resource name → GraphQL operations. */
export const resources: Record<string, ResourceDef> = {
  streets,
  communities,
  centers,
  associations,
  residents,
  healthExams,
  visits,
  projects,
  projectProgresses,
  ratingRounds,
  centerRatings,
  rectifications,
  subsidyRounds,
  subsidyAllocations,
  users,
  jobs,
};
