import { graphql } from '../../gql';
import type { PreviewSubsidyInput, SubsidyAllocationFilter, SubsidyAllocationSortField, SubsidyRoundFilter, SubsidyRoundSortField, UpdateSubsidyRoundInput } from '../../gql/graphql';
import type { Request } from '../client';
import { asVars, type ResourceDef } from '../types';

const SubsidyRoundFieldsFragment = graphql(`
  fragment SubsidyRoundFields on SubsidyRound {
    id
    version
    name
    fiscalYear
    fundSource
    budget
    ratingRoundId
    ratingRound {
      id
      name
    }
    mode
    status
    effectiveMode
    allocated
    unallocated
    computedAt
    computedBy
    approvedAt
    approvedBy
    levels {
      level
      weight
      amount
    }
    byLevel {
      level
      centers
      amount
    }
    createdAt
    updatedAt
  }
`);
void SubsidyRoundFieldsFragment;

const SubsidyRoundsQuery = graphql(`
  query AdminSubsidyRounds($filter: SubsidyRoundFilter, $sort: [SubsidyRoundSort!], $skip: Int, $take: Int) {
    subsidyRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...SubsidyRoundFields
      }
      totalItems
    }
  }
`);
const SubsidyRoundQuery = graphql(`
  query AdminSubsidyRound($id: ID!) {
    subsidyRound(id: $id) {
      ...SubsidyRoundFields
    }
  }
`);
const CreateSubsidyRoundMutation = graphql(`
  mutation AdminCreateSubsidyRound($input: CreateSubsidyRoundInput!) {
    createSubsidyRound(input: $input) {
      ...SubsidyRoundFields
    }
  }
`);
const UpdateSubsidyRoundMutation = graphql(`
  mutation AdminUpdateSubsidyRound($input: UpdateSubsidyRoundInput!) {
    updateSubsidyRound(input: $input) {
      ...SubsidyRoundFields
    }
  }
`);
const DeleteSubsidyRoundMutation = graphql(`
  mutation AdminDeleteSubsidyRound($id: ID!, $version: Int!) {
    deleteSubsidyRound(id: $id, version: $version)
  }
`);
const ComputeSubsidyRoundMutation = graphql(`
  mutation AdminComputeSubsidyRound($id: ID!, $version: Int) {
    computeSubsidyRound(id: $id, version: $version) {
      ...SubsidyRoundFields
    }
  }
`);
const ApproveSubsidyRoundMutation = graphql(`
  mutation AdminApproveSubsidyRound($id: ID!, $version: Int) {
    approveSubsidyRound(id: $id, version: $version) {
      ...SubsidyRoundFields
    }
  }
`);

const fields = ['name', 'fiscalYear', 'budget', 'ratingRoundId', 'mode', 'fundSource', 'levels'] as const satisfies readonly (keyof UpdateSubsidyRoundInput)[];

export const subsidyRounds: ResourceDef = {
  filters: ['ids', 'q', 'fiscalYear', 'status', 'ratingRoundId'] satisfies (keyof SubsidyRoundFilter)[],
  arrayFilters: ['status'],
  sorts: ['id', 'name', 'fiscalYear', 'budget', 'status', 'createdAt'] satisfies SubsidyRoundSortField[],
  createFields: fields,
  updateFields: fields,
  getList: (rq, v) => rq(SubsidyRoundsQuery, asVars(v)).then((d) => d.subsidyRounds),
  getOne: (rq, id) => rq(SubsidyRoundQuery, { id }).then((d) => d.subsidyRound ?? null),
  create: (rq, input) => rq(CreateSubsidyRoundMutation, asVars({ input })).then((d) => d.createSubsidyRound),
  update: (rq, input) => rq(UpdateSubsidyRoundMutation, asVars({ input })).then((d) => d.updateSubsidyRound),
  delete: (rq, id, version) => rq(DeleteSubsidyRoundMutation, { id, version }).then((d) => d.deleteSubsidyRound),
};

const SubsidyAllocationFieldsFragment = graphql(`
  fragment SubsidyAllocationFields on SubsidyAllocation {
    id
    roundId
    centerId
    center {
      id
      code
      name
      street {
        id
        name
      }
    }
    level
    weight
    demand
    amount
    reason
  }
`);
void SubsidyAllocationFieldsFragment;

const RoundAllocationsQuery = graphql(`
  query AdminRoundAllocations($roundId: ID!, $filter: SubsidyAllocationFilter, $sort: [SubsidyAllocationSort!], $skip: Int, $take: Int) {
    subsidyRound(id: $roundId) {
      id
      allocations(filter: $filter, sort: $sort, skip: $skip, take: $take) {
        items {
          ...SubsidyAllocationFields
        }
        totalItems
      }
    }
  }
`);

export const subsidyAllocations: ResourceDef = {
  parent: 'roundId',
  filters: ['level', 'streetId', 'q'] satisfies (keyof SubsidyAllocationFilter)[],
  arrayFilters: ['level'],
  sorts: ['centerCode', 'amount', 'level'] satisfies SubsidyAllocationSortField[],
  getList: (rq, { filter, ...v }) => {
    const { roundId, ...rest } = (filter ?? {}) as { roundId: string };
    return rq(RoundAllocationsQuery, asVars({ ...v, roundId, filter: rest })).then((d) => d.subsidyRound?.allocations ?? { items: [], totalItems: 0 });
  },
};

const PreviewSubsidyQuery = graphql(`
  query AdminPreviewSubsidy($input: PreviewSubsidyInput!, $skip: Int, $take: Int) {
    previewSubsidy(input: $input, skip: $skip, take: $take) {
      effectiveMode
      budget
      allocated
      unallocated
      levels {
        level
        weight
        amount
      }
      byLevel {
        level
        centers
        amount
      }
      allocations {
        ...SubsidyAllocationFields
      }
    }
  }
`);

export const subsidyOps = (rq: Request) => ({
  computeSubsidyRound: (id: string, version?: number) => rq(ComputeSubsidyRoundMutation, { id, version }).then((d) => d.computeSubsidyRound),
  approveSubsidyRound: (id: string, version?: number) => rq(ApproveSubsidyRoundMutation, { id, version }).then((d) => d.approveSubsidyRound),
  previewSubsidy: (input: PreviewSubsidyInput, skip = 0, take = 500) => rq(PreviewSubsidyQuery, { input, skip, take }).then((d) => d.previewSubsidy),
});
