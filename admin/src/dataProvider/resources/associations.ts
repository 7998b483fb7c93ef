import { graphql } from '../../gql';
import type { AssociationFilter, AssociationSortField, CreateAssociationInput, UpdateAssociationInput } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const AssociationFieldsFragment = graphql(`
  fragment AssociationFields on Association {
    id
    version
    name
    level
    streetId
    communityId
    street {
      id
      name
    }
    community {
      id
      name
    }
    presidentName
    phone
    memberCount
    foundedOn
    centerCount
    memberResidentCount
    createdAt
    updatedAt
  }
`);
void AssociationFieldsFragment;

const AssociationsQuery = graphql(`
  query AdminAssociations($filter: AssociationFilter, $sort: [AssociationSort!], $skip: Int, $take: Int) {
    associations(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...AssociationFields
      }
      totalItems
    }
  }
`);
const AssociationQuery = graphql(`
  query AdminAssociation($id: ID!) {
    association(id: $id) {
      ...AssociationFields
    }
  }
`);
const CreateAssociationMutation = graphql(`
  mutation AdminCreateAssociation($input: CreateAssociationInput!) {
    createAssociation(input: $input) {
      ...AssociationFields
    }
  }
`);
const UpdateAssociationMutation = graphql(`
  mutation AdminUpdateAssociation($input: UpdateAssociationInput!) {
    updateAssociation(input: $input) {
      ...AssociationFields
    }
  }
`);
const DeleteAssociationMutation = graphql(`
  mutation AdminDeleteAssociation($id: ID!, $version: Int!) {
    deleteAssociation(id: $id, version: $version)
  }
`);

const fields = ['name', 'level', 'streetId', 'communityId', 'presidentName', 'phone', 'memberCount', 'foundedOn'] as const satisfies readonly (keyof CreateAssociationInput & keyof UpdateAssociationInput)[];

export const associations: ResourceDef = {
  filters: ['ids', 'q', 'streetId', 'communityId', 'level'] satisfies (keyof AssociationFilter)[],
  sorts: ['id', 'name', 'level', 'memberCount', 'foundedOn', 'createdAt'] satisfies AssociationSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(AssociationsQuery, asVars(v)).then((d) => d.associations),
  getOne: (rq, id) => rq(AssociationQuery, { id }).then((d) => d.association ?? null),
  create: (rq, input) => rq(CreateAssociationMutation, asVars({ input })).then((d) => d.createAssociation),
  update: (rq, input) => rq(UpdateAssociationMutation, asVars({ input })).then((d) => d.updateAssociation),
  delete: (rq, id, version) => rq(DeleteAssociationMutation, { id, version }).then((d) => d.deleteAssociation),
};
