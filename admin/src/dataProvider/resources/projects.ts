import { graphql } from '../../gql';
import type {
  CreateProjectInput,
  ProjectFilter,
  ProjectProgressFilter,
  ProjectProgressSortField,
  ProjectSortField,
  UpdateProjectInput,
  UpdateProjectProgressInput,
} from '../../gql/graphql';
import { asVars, type ResourceDef } from '../types';

const ProjectFieldsFragment = graphql(`
  fragment ProjectFields on Project {
    id
    version
    name
    category
    status
    totalInvestment
    bedsAdded
    startedOn
    plannedCompletionOn
    completedOn
    leadUnit
    approvalRef
    floorArea
    latestProgress {
      id
      percent
      reportedOn
    }
    createdAt
    updatedAt
  }
`);
void ProjectFieldsFragment;

const ProjectsQuery = graphql(`
  query AdminProjects($filter: ProjectFilter, $sort: [ProjectSort!], $skip: Int, $take: Int) {
    projects(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...ProjectFields
      }
      totalItems
    }
  }
`);
const ProjectQuery = graphql(`
  query AdminProject($id: ID!) {
    project(id: $id) {
      ...ProjectFields
    }
  }
`);
const CreateProjectMutation = graphql(`
  mutation AdminCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectFields
    }
  }
`);
const UpdateProjectMutation = graphql(`
  mutation AdminUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      ...ProjectFields
    }
  }
`);
const DeleteProjectMutation = graphql(`
  mutation AdminDeleteProject($id: ID!, $version: Int!) {
    deleteProject(id: $id, version: $version)
  }
`);

const fields = [
  'name',
  'category',
  'status',
  'totalInvestment',
  'floorArea',
  'bedsAdded',
  'startedOn',
  'plannedCompletionOn',
  'completedOn',
  'leadUnit',
  'approvalRef',
] as const satisfies readonly (keyof CreateProjectInput & keyof UpdateProjectInput)[];

export const projects: ResourceDef = {
  filters: ['ids', 'q', 'category', 'status', 'startedFrom', 'startedTo'] satisfies (keyof ProjectFilter)[],
  arrayFilters: ['status'],
  sorts: ['id', 'name', 'status', 'totalInvestment', 'bedsAdded', 'startedOn', 'createdAt'] satisfies ProjectSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(ProjectsQuery, asVars(v)).then((d) => d.projects),
  getOne: (rq, id) => rq(ProjectQuery, { id }).then((d) => d.project ?? null),
  create: (rq, input) => rq(CreateProjectMutation, asVars({ input })).then((d) => d.createProject),
  update: (rq, input) => rq(UpdateProjectMutation, asVars({ input })).then((d) => d.updateProject),
  delete: (rq, id, version) => rq(DeleteProjectMutation, { id, version }).then((d) => d.deleteProject),
};

const ProjectProgressFieldsFragment = graphql(`
  fragment ProjectProgressFields on ProjectProgress {
    id
    version
    projectId
    reportedOn
    percent
    note
    createdAt
    updatedAt
  }
`);
void ProjectProgressFieldsFragment;

const ProgressesQuery = graphql(`
  query AdminProjectProgresses($filter: ProjectProgressFilter, $sort: [ProjectProgressSort!], $skip: Int, $take: Int) {
    projectProgresses(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...ProjectProgressFields
      }
      totalItems
    }
  }
`);
const ProgressQuery = graphql(`
  query AdminProjectProgress($id: ID!) {
    projectProgress(id: $id) {
      ...ProjectProgressFields
    }
  }
`);
const CreateProgressMutation = graphql(`
  mutation AdminCreateProjectProgress($input: CreateProjectProgressInput!) {
    createProjectProgress(input: $input) {
      ...ProjectProgressFields
    }
  }
`);
const UpdateProgressMutation = graphql(`
  mutation AdminUpdateProjectProgress($input: UpdateProjectProgressInput!) {
    updateProjectProgress(input: $input) {
      ...ProjectProgressFields
    }
  }
`);
const DeleteProgressMutation = graphql(`
  mutation AdminDeleteProjectProgress($id: ID!, $version: Int!) {
    deleteProjectProgress(id: $id, version: $version)
  }
`);

export const projectProgresses: ResourceDef = {
  filters: ['ids', 'q', 'projectId', 'reportedFrom', 'reportedTo'] satisfies (keyof ProjectProgressFilter)[],
  sorts: ['id', 'reportedOn', 'percent', 'createdAt'] satisfies ProjectProgressSortField[],
  createFields: ['projectId', 'reportedOn', 'percent', 'note'],
  updateFields: ['reportedOn', 'percent', 'note'] satisfies (keyof UpdateProjectProgressInput)[],
  getList: (rq, v) => rq(ProgressesQuery, asVars(v)).then((d) => d.projectProgresses),
  getOne: (rq, id) => rq(ProgressQuery, { id }).then((d) => d.projectProgress ?? null),
  create: (rq, input) => rq(CreateProgressMutation, asVars({ input })).then((d) => d.createProjectProgress),
  update: (rq, input) => rq(UpdateProgressMutation, asVars({ input })).then((d) => d.updateProjectProgress),
  delete: (rq, id, version) => rq(DeleteProgressMutation, { id, version }).then((d) => d.deleteProjectProgress),
};
