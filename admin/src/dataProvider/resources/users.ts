import { graphql } from '../../gql';
import type { UpdateUserInput, UserFilter, UserSortField } from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    version
    email
    name
    role
    active
    lastLoginAt
    createdAt
    updatedAt
  }
`);
void UserFieldsFragment;

const UsersQuery = graphql(`
  query AdminUsers($filter: UserFilter, $sort: [UserSort!], $skip: Int, $take: Int) {
    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...UserFields
      }
      totalItems
    }
  }
`);
const UserQuery = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);
const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);
const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);
const DeleteUserMutation = graphql(`
  mutation AdminDeleteUser($id: ID!, $version: Int!) {
    deleteUser(id: $id, version: $version)
  }
`);

export const users: ResourceDef = {
  filters: ['ids', 'q', 'role', 'active'] satisfies (keyof UserFilter)[],
  sorts: ['id', 'email', 'name', 'role', 'createdAt'] satisfies UserSortField[],
  createFields: ['email', 'name', 'password', 'role'],
  updateFields: ['name', 'role', 'active', 'password'] satisfies (keyof UpdateUserInput)[],
  getList: (rq, v) => rq(UsersQuery, asVars(v)).then((d) => d.users),
  getOne: (rq, id) => rq(UserQuery, { id }).then((d) => d.user ?? null),
  create: (rq, input) => rq(CreateUserMutation, asVars({ input })).then((d) => d.createUser),
  update: (rq, input) => rq(UpdateUserMutation, asVars({ input })).then((d) => d.updateUser),
  delete: (rq, id, version) => rq(DeleteUserMutation, { id, version }).then((d) => d.deleteUser),
};
