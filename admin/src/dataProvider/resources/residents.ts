import { graphql } from '../../gql';
import type { CreateResidentInput, ResidentFilter, ResidentSortField, UpdateResidentInput } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const ResidentFieldsFragment = graphql(`
  fragment ResidentFields on Resident {
    id
    version
    name
    gender
    birthDate
    idNumber
    phone
    communityId
    community {
      id
      name
    }
    street {
      id
      name
    }
    householdRegistered
    hasEmployer
    hardship
    disabled
    residence
    associationId
    association {
      id
      name
    }
    deceasedOn
    age
    centenarian
    freeExamEligible
    createdAt
    updatedAt
  }
`);
void ResidentFieldsFragment;

const ResidentsQuery = graphql(`
  query AdminResidents($filter: ResidentFilter, $sort: [ResidentSort!], $skip: Int, $take: Int) {
    residents(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...ResidentFields
      }
      totalItems
    }
  }
`);
const ResidentQuery = graphql(`
  query AdminResident($id: ID!) {
    resident(id: $id) {
      ...ResidentFields
    }
  }
`);
const CreateResidentMutation = graphql(`
  mutation AdminCreateResident($input: CreateResidentInput!) {
    createResident(input: $input) {
      ...ResidentFields
    }
  }
`);
const UpdateResidentMutation = graphql(`
  mutation AdminUpdateResident($input: UpdateResidentInput!) {
    updateResident(input: $input) {
      ...ResidentFields
    }
  }
`);
const DeleteResidentMutation = graphql(`
  mutation AdminDeleteResident($id: ID!, $version: Int!) {
    deleteResident(id: $id, version: $version)
  }
`);

const fields = [
  'name',
  'gender',
  'idNumber',
  'birthDate',
  'phone',
  'communityId',
  'householdRegistered',
  'hasEmployer',
  'hardship',
  'disabled',
  'residence',
  'associationId',
  'deceasedOn',
] as const satisfies readonly (keyof CreateResidentInput & keyof UpdateResidentInput)[];

export const residents: ResourceDef = {
  filters: [
    'ids',
    'q',
    'streetId',
    'communityId',
    'associationId',
    'gender',
    'residence',
    'householdRegistered',
    'hasEmployer',
    'hardship',
    'disabled',
    'alive',
    'ageMin',
    'ageMax',
    'centenarian',
    'freeExamEligible',
    'asOf',
    'bornFrom',
    'bornTo',
  ] satisfies (keyof ResidentFilter)[],
  arrayFilters: ['residence'],
  sorts: ['id', 'name', 'birthDate', 'communityId', 'createdAt'] satisfies ResidentSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(ResidentsQuery, asVars(v)).then((d) => d.residents),
  getOne: (rq, id) => rq(ResidentQuery, { id }).then((d) => d.resident ?? null),
  create: (rq, input) => rq(CreateResidentMutation, asVars({ input })).then((d) => d.createResident),
  update: (rq, input) => rq(UpdateResidentMutation, asVars({ input })).then((d) => d.updateResident),
  delete: (rq, id, version) => rq(DeleteResidentMutation, { id, version }).then((d) => d.deleteResident),
};
