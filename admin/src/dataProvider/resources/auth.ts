import { graphql } from '../../gql';

export const LoginMutation = graphql(`
  mutation AdminLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        email
        name
        role
      }
    }
  }
`);

export const MeQuery = graphql(`
  query AdminMe {
    me {
      id
      email
      name
      role
    }
  }
`);
