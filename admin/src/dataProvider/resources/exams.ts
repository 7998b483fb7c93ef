import { graphql } from '../../gql';
import type { CreateHealthExamInput, HealthExamFilter, HealthExamSortField, UpdateHealthExamInput } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const HealthExamFieldsFragment = graphql(`
  fragment HealthExamFields on HealthExam {
    id
    version
    residentId
    resident {
      id
      name
      idNumber
      community {
        id
        name
      }
    }
    year
    scheduledOn
    provider
    status
    completedOn
    notes
    createdAt
    updatedAt
  }
`);
void HealthExamFieldsFragment;

const HealthExamsQuery = graphql(`
  query AdminHealthExams($filter: HealthExamFilter, $sort: [HealthExamSort!], $skip: Int, $take: Int) {
    healthExams(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...HealthExamFields
      }
      totalItems
    }
  }
`);
const HealthExamQuery = graphql(`
  query AdminHealthExam($id: ID!) {
    healthExam(id: $id) {
      ...HealthExamFields
    }
  }
`);
const CreateHealthExamMutation = graphql(`
  mutation AdminCreateHealthExam($input: CreateHealthExamInput!) {
    createHealthExam(input: $input) {
      ...HealthExamFields
    }
  }
`);
const UpdateHealthExamMutation = graphql(`
  mutation AdminUpdateHealthExam($input: UpdateHealthExamInput!) {
    updateHealthExam(input: $input) {
      ...HealthExamFields
    }
  }
`);
const DeleteHealthExamMutation = graphql(`
  mutation AdminDeleteHealthExam($id: ID!, $version: Int!) {
    deleteHealthExam(id: $id, version: $version)
  }
`);

const fields = ['residentId', 'year', 'scheduledOn', 'provider', 'status', 'completedOn', 'notes'] as const satisfies readonly (keyof CreateHealthExamInput & keyof UpdateHealthExamInput)[];

export const healthExams: ResourceDef = {
  filters: ['ids', 'q', 'residentId', 'communityId', 'streetId', 'year', 'status', 'scheduledFrom', 'scheduledTo'] satisfies (keyof HealthExamFilter)[],
  sorts: ['id', 'year', 'scheduledOn', 'status', 'completedOn', 'createdAt'] satisfies HealthExamSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(HealthExamsQuery, asVars(v)).then((d) => d.healthExams),
  getOne: (rq, id) => rq(HealthExamQuery, { id }).then((d) => d.healthExam ?? null),
  create: (rq, input) => rq(CreateHealthExamMutation, asVars({ input })).then((d) => d.createHealthExam),
  update: (rq, input) => rq(UpdateHealthExamMutation, asVars({ input })).then((d) => d.updateHealthExam),
  delete: (rq, id, version) => rq(DeleteHealthExamMutation, { id, version }).then((d) => d.deleteHealthExam),
};
