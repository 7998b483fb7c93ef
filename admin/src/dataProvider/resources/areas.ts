import { graphql } from '../../gql';
import type { CommunityFilter, CommunitySortField, StreetFilter, StreetSortField, UpdateCommunityInput, UpdateStreetInput } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const StreetFieldsFragment = graphql(`
  fragment StreetFields on Street {
    id
    version
    name
    communityCount
    createdAt
    updatedAt
  }
`);
void StreetFieldsFragment;

const StreetsQuery = graphql(`
  query AdminStreets($filter: StreetFilter, $sort: [StreetSort!], $skip: Int, $take: Int) {
    streets(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...StreetFields
      }
      totalItems
    }
  }
`);
const StreetQuery = graphql(`
  query AdminStreet($id: ID!) {
    street(id: $id) {
      ...StreetFields
    }
  }
`);
const CreateStreetMutation = graphql(`
  mutation AdminCreateStreet($input: CreateStreetInput!) {
    createStreet(input: $input) {
      ...StreetFields
    }
  }
`);
const UpdateStreetMutation = graphql(`
  mutation AdminUpdateStreet($input: UpdateStreetInput!) {
    updateStreet(input: $input) {
      ...StreetFields
    }
  }
`);
const DeleteStreetMutation = graphql(`
  mutation AdminDeleteStreet($id: ID!, $version: Int!) {
    deleteStreet(id: $id, version: $version)
  }
`);

export const streets: ResourceDef = {
  filters: ['ids', 'q'] satisfies (keyof StreetFilter)[],
  sorts: ['id', 'name', 'createdAt'] satisfies StreetSortField[],
  createFields: ['name'],
  updateFields: ['name'] satisfies (keyof UpdateStreetInput)[],
  getList: (rq, v) => rq(StreetsQuery, asVars(v)).then((d) => d.streets),
  getOne: (rq, id) => rq(StreetQuery, { id }).then((d) => d.street ?? null),
  create: (rq, input) => rq(CreateStreetMutation, asVars({ input })).then((d) => d.createStreet),
  update: (rq, input) => rq(UpdateStreetMutation, asVars({ input })).then((d) => d.updateStreet),
  delete: (rq, id, version) => rq(DeleteStreetMutation, { id, version }).then((d) => d.deleteStreet),
};

const CommunityFieldsFragment = graphql(`
  fragment CommunityFields on Community {
    id
    version
    name
    streetId
    street {
      id
      name
    }
    createdAt
    updatedAt
  }
`);
void CommunityFieldsFragment;

const CommunitiesQuery = graphql(`
  query AdminCommunities($filter: CommunityFilter, $sort: [CommunitySort!], $skip: Int, $take: Int) {
    communities(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...CommunityFields
      }
      totalItems
    }
  }
`);
const CommunityQuery = graphql(`
  query AdminCommunity($id: ID!) {
    community(id: $id) {
      ...CommunityFields
    }
  }
`);
const CreateCommunityMutation = graphql(`
  mutation AdminCreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      ...CommunityFields
    }
  }
`);
const UpdateCommunityMutation = graphql(`
  mutation AdminUpdateCommunity($input: UpdateCommunityInput!) {
    updateCommunity(input: $input) {
      ...CommunityFields
    }
  }
`);
const DeleteCommunityMutation = graphql(`
  mutation AdminDeleteCommunity($id: ID!, $version: Int!) {
    deleteCommunity(id: $id, version: $version)
  }
`);

export const communities: ResourceDef = {
  filters: ['ids', 'q', 'streetId'] satisfies (keyof CommunityFilter)[],
  sorts: ['id', 'name', 'streetId', 'createdAt'] satisfies CommunitySortField[],
  createFields: ['name', 'streetId'],
  updateFields: ['name', 'streetId'] satisfies (keyof UpdateCommunityInput)[],
  getList: (rq, v) => rq(CommunitiesQuery, asVars(v)).then((d) => d.communities),
  getOne: (rq, id) => rq(CommunityQuery, { id }).then((d) => d.community ?? null),
  create: (rq, input) => rq(CreateCommunityMutation, asVars({ input })).then((d) => d.createCommunity),
  update: (rq, input) => rq(UpdateCommunityMutation, asVars({ input })).then((d) => d.updateCommunity),
  delete: (rq, id, version) => rq(DeleteCommunityMutation, { id, version }).then((d) => d.deleteCommunity),
};
