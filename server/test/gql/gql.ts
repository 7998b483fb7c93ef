/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nquery DistrictFigures {\n  ratingRounds(filter: {status: [FINALIZED]}, take: 1) {\n    items {\n      id\n      name\n      assessedOn\n      levelCounts {\n        level\n        count\n      }\n      rectificationCount\n    }\n  }\n  subsidyRounds(filter: {status: [APPROVED]}, take: 1) {\n    items {\n      id\n      budget\n      allocated\n      fundSource\n    }\n  }\n  centers {\n    totalItems\n  }\n  associations {\n    totalItems\n  }\n  residents {\n    totalItems\n  }\n  centenarians: residents(filter: {centenarian: true, asOf: \"2016-06-30\"}) {\n    totalItems\n  }\n  hardship: residents(filter: {hardship: true}) {\n    totalItems\n  }\n  welfareCenter: residents(filter: {residence: WELFARE_CENTER}) {\n    totalItems\n  }\n  projects(sort: [{field: totalInvestment, direction: DESC}]) {\n    items {\n      name\n      status\n      totalInvestment\n      bedsAdded\n    }\n  }\n}": typeof types.LoginDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nquery DistrictFigures {\n  ratingRounds(filter: {status: [FINALIZED]}, take: 1) {\n    items {\n      id\n      name\n      assessedOn\n      levelCounts {\n        level\n        count\n      }\n      rectificationCount\n    }\n  }\n  subsidyRounds(filter: {status: [APPROVED]}, take: 1) {\n    items {\n      id\n      budget\n      allocated\n      fundSource\n    }\n  }\n  centers {\n    totalItems\n  }\n  associations {\n    totalItems\n  }\n  residents {\n    totalItems\n  }\n  centenarians: residents(filter: {centenarian: true, asOf: \"2016-06-30\"}) {\n    totalItems\n  }\n  hardship: residents(filter: {hardship: true}) {\n    totalItems\n  }\n  welfareCenter: residents(filter: {residence: WELFARE_CENTER}) {\n    totalItems\n  }\n  projects(sort: [{field: totalInvestment, direction: DESC}]) {\n    items {\n      name\n      status\n      totalInvestment\n      bedsAdded\n    }\n  }\n}": types.LoginDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = gql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function gql(source: string): unknown;

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nquery DistrictFigures {\n  ratingRounds(filter: {status: [FINALIZED]}, take: 1) {\n    items {\n      id\n      name\n      assessedOn\n      levelCounts {\n        level\n        count\n      }\n      rectificationCount\n    }\n  }\n  subsidyRounds(filter: {status: [APPROVED]}, take: 1) {\n    items {\n      id\n      budget\n      allocated\n      fundSource\n    }\n  }\n  centers {\n    totalItems\n  }\n  associations {\n    totalItems\n  }\n  residents {\n    totalItems\n  }\n  centenarians: residents(filter: {centenarian: true, asOf: \"2016-06-30\"}) {\n    totalItems\n  }\n  hardship: residents(filter: {hardship: true}) {\n    totalItems\n  }\n  welfareCenter: residents(filter: {residence: WELFARE_CENTER}) {\n    totalItems\n  }\n  projects(sort: [{field: totalInvestment, direction: DESC}]) {\n    items {\n      name\n      status\n      totalInvestment\n      bedsAdded\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nquery DistrictFigures {\n  ratingRounds(filter: {status: [FINALIZED]}, take: 1) {\n    items {\n      id\n      name\n      assessedOn\n      levelCounts {\n        level\n        count\n      }\n      rectificationCount\n    }\n  }\n  subsidyRounds(filter: {status: [APPROVED]}, take: 1) {\n    items {\n      id\n      budget\n      allocated\n      fundSource\n    }\n  }\n  centers {\n    totalItems\n  }\n  associations {\n    totalItems\n  }\n  residents {\n    totalItems\n  }\n  centenarians: residents(filter: {centenarian: true, asOf: \"2016-06-30\"}) {\n    totalItems\n  }\n  hardship: residents(filter: {hardship: true}) {\n    totalItems\n  }\n  welfareCenter: residents(filter: {residence: WELFARE_CENTER}) {\n    totalItems\n  }\n  projects(sort: [{field: totalInvestment, direction: DESC}]) {\n    items {\n      name\n      status\n      totalInvestment\n      bedsAdded\n    }\n  }\n}"];

export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;