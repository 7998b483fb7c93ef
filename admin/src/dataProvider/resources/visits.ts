import { graphql } from '../../gql';
import type { CreateVisitInput, UpdateVisitInput, VisitFilter, VisitSortField } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const VisitFieldsFragment = graphql(`
  fragment VisitFields on Visit {
    id
    version
    visitedOn
    occasion
    residentId
    centerId
    resident {
      id
      name
    }
    center {
      id
      code
      name
    }
    cash
    goods
    visitingUnit
    createdAt
    updatedAt
  }
`);
void VisitFieldsFragment;

const VisitsQuery = graphql(`
  query AdminVisits($filter: VisitFilter, $sort: [VisitSort!], $skip: Int, $take: Int) {
    visits(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...VisitFields
      }
      totalItems
    }
  }
`);
const VisitQuery = graphql(`
  query AdminVisit($id: ID!) {
    visit(id: $id) {
      ...VisitFields
    }
  }
`);
const CreateVisitMutation = graphql(`
  mutation AdminCreateVisit($input: CreateVisitInput!) {
    createVisit(input: $input) {
      ...VisitFields
    }
  }
`);
const UpdateVisitMutation = graphql(`
  mutation AdminUpdateVisit($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      ...VisitFields
    }
  }
`);
const DeleteVisitMutation = graphql(`
  mutation AdminDeleteVisit($id: ID!, $version: Int!) {
    deleteVisit(id: $id, version: $version)
  }
`);

const fields = ['visitedOn', 'occasion', 'residentId', 'centerId', 'cash', 'goods', 'visitingUnit'] as const satisfies readonly (keyof CreateVisitInput & keyof UpdateVisitInput)[];

export const visits: ResourceDef = {
  filters: ['ids', 'q', 'occasion', 'residentId', 'centerId', 'streetId', 'communityId', 'visitedFrom', 'visitedTo'] satisfies (keyof VisitFilter)[],
  sorts: ['id', 'visitedOn', 'occasion', 'cash', 'createdAt'] satisfies VisitSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(VisitsQuery, asVars(v)).then((d) => d.visits),
  getOne: (rq, id) => rq(VisitQuery, { id }).then((d) => d.visit ?? null),
  create: (rq, input) => rq(CreateVisitMutation, asVars({ input })).then((d) => d.createVisit),
  update: (rq, input) => rq(UpdateVisitMutation, asVars({ input })).then((d) => d.updateVisit),
  delete: (rq, id, version) => rq(DeleteVisitMutation, { id, version }).then((d) => d.deleteVisit),
};
