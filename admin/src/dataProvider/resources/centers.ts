import { graphql } from '../../gql';
import type { CenterFilter, CenterSortField, CreateCenterInput, UpdateCenterInput } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const CenterFieldsFragment = graphql(`
  fragment CenterFields on Center {
    id
    version
    code
    name
    communityId
    community {
      id
      name
    }
    street {
      id
      name
    }
    address
    plaqueDate
    elderlyCount
    disabledCount
    status
    associationId
    association {
      id
      name
    }
    contactName
    contactPhone
    floorArea
    serviceScore
    currentLevel
    createdAt
    updatedAt
  }
`);
void CenterFieldsFragment;

const CentersQuery = graphql(`
  query AdminCenters($filter: CenterFilter, $sort: [CenterSort!], $skip: Int, $take: Int) {
    centers(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...CenterFields
      }
      totalItems
    }
  }
`);
const CenterQuery = graphql(`
  query AdminCenter($id: ID!) {
    center(id: $id) {
      ...CenterFields
      openRectifications {
        id
        level
        dueOn
        status
        overdue
      }
    }
  }
`);
const CreateCenterMutation = graphql(`
  mutation AdminCreateCenter($input: CreateCenterInput!) {
    createCenter(input: $input) {
      ...CenterFields
    }
  }
`);
const UpdateCenterMutation = graphql(`
  mutation AdminUpdateCenter($input: UpdateCenterInput!) {
    updateCenter(input: $input) {
      ...CenterFields
    }
  }
`);
const DeleteCenterMutation = graphql(`
  mutation AdminDeleteCenter($id: ID!, $version: Int!) {
    deleteCenter(id: $id, version: $version)
  }
`);

const fields = [
  'code',
  'name',
  'communityId',
  'address',
  'floorArea',
  'plaqueDate',
  'elderlyCount',
  'disabledCount',
  'serviceScore',
  'status',
  'associationId',
  'contactName',
  'contactPhone',
] as const satisfies readonly (keyof CreateCenterInput & keyof UpdateCenterInput)[];

export const centers: ResourceDef = {
  filters: [
    'ids',
    'q',
    'streetId',
    'communityId',
    'associationId',
    'status',
    'plaqueFrom',
    'plaqueTo',
    'serviceScoreMin',
    'serviceScoreMax',
    'floorAreaMin',
    'floorAreaMax',
  ] satisfies (keyof CenterFilter)[],
  arrayFilters: ['status'],
  sorts: [
    'id',
    'code',
    'name',
    'floorArea',
    'plaqueDate',
    'serviceScore',
    'elderlyCount',
    'disabledCount',
    'status',
    'createdAt',
    'updatedAt',
  ] satisfies CenterSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(CentersQuery, asVars(v)).then((d) => d.centers),
  getOne: (rq, id) => rq(CenterQuery, { id }).then((d) => d.center ?? null),
  create: (rq, input) => rq(CreateCenterMutation, asVars({ input })).then((d) => d.createCenter),
  update: (rq, input) => rq(UpdateCenterMutation, asVars({ input })).then((d) => d.updateCenter),
  delete: (rq, id, version) => rq(DeleteCenterMutation, { id, version }).then((d) => d.deleteCenter),
};
