import { graphql } from '../../gql';
import type { JobFilter, JobSortField } from '../../gql/graphql';
import type { Request } from '../client';
import { asVars, type ResourceDef } from '../types';

const JobFieldsFragment = graphql(`
  fragment JobFields on Job {
    id
    version
    type
    status
    targetType
    targetId
    progress
    done
    total
    step
    summary
    error
    errorCode
    attempts
    createdBy
    instance
    resultName
    resultSize
    resultUrl
    createdAt
    updatedAt
    startedAt
    finishedAt
  }
`);
void JobFieldsFragment;

const JobsQuery = graphql(`
  query AdminJobs($filter: JobFilter, $sort: [JobSort!], $skip: Int, $take: Int) {
    jobs(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...JobFields
      }
      totalItems
    }
  }
`);
const JobQuery = graphql(`
  query AdminJob($id: ID!) {
    job(id: $id) {
      ...JobFields
    }
  }
`);
const ComputeRatingRoundJobMutation = graphql(`
  mutation AdminComputeRatingRoundJob($id: ID!, $version: Int) {
    computeRatingRoundJob(id: $id, version: $version) {
      ...JobFields
    }
  }
`);
const ComputeSubsidyRoundJobMutation = graphql(`
  mutation AdminComputeSubsidyRoundJob($id: ID!, $version: Int) {
    computeSubsidyRoundJob(id: $id, version: $version) {
      ...JobFields
    }
  }
`);

/** Background jobs: read-only (they are started by the actions that need them, e.g. 后台计算). */
export const jobs: ResourceDef = {
  filters: ['ids', 'q', 'status', 'type', 'targetType', 'targetId', 'mine'] satisfies (keyof JobFilter)[],
  arrayFilters: ['status', 'type'],
  sorts: ['id', 'createdAt', 'finishedAt', 'status', 'type'] satisfies JobSortField[],
  getList: (rq, v) => rq(JobsQuery, asVars(v)).then((d) => d.jobs),
  getOne: (rq, id) => rq(JobQuery, { id }).then((d) => d.job ?? null),
};

export const jobOps = (rq: Request) => ({
  computeRatingRoundJob: (id: string, version?: number) => rq(ComputeRatingRoundJobMutation, { id, version }).then((d) => d.computeRatingRoundJob),
  computeSubsidyRoundJob: (id: string, version?: number) => rq(ComputeSubsidyRoundJobMutation, { id, version }).then((d) => d.computeSubsidyRoundJob),
});
