import { graphql } from '../../gql';
import type {
  CenterRatingFilter,
  CenterRatingSortField,
  RatingRoundFilter,
  RatingRoundSortField,
  RatingSchemeInput,
  RectificationFilter,
  RectificationSortField,
  UpdateRatingRoundInput,
  UpdateRectificationInput,
} from '../../gql/graphql';
import type { Request } from '../client';
import { asVars, type ResourceDef } from '../types';

const RatingRoundFieldsFragment = graphql(`
  fragment RatingRoundFields on RatingRound {
    id
    version
    name
    assessedOn
    status
    centerCount
    computedAt
    finalizedAt
    rectificationCount
    levelCounts {
      level
      count
    }
    createdAt
    updatedAt
  }
`);
void RatingRoundFieldsFragment;

const RatingSchemeFieldsFragment = graphql(`
  fragment RatingSchemeFields on RatingSchemeType {
    weights {
      service
      area
      seniority
      population
    }
    areaFullAt
    seniorityPointsPerYear
    populationFullAt
    thresholds {
      FIVE
      FOUR
      THREE
      TWO
      ONE
    }
    serviceVetoBelow
    newIfYearsBelow
    rectifyLevels
    rectificationDays
  }
`);
void RatingSchemeFieldsFragment;

const RatingRoundsQuery = graphql(`
  query AdminRatingRounds($filter: RatingRoundFilter, $sort: [RatingRoundSort!], $skip: Int, $take: Int) {
    ratingRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...RatingRoundFields
      }
      totalItems
    }
  }
`);
const RatingRoundQuery = graphql(`
  query AdminRatingRound($id: ID!) {
    ratingRound(id: $id) {
      ...RatingRoundFields
      scheme {
        ...RatingSchemeFields
      }
    }
  }
`);
const CreateRatingRoundMutation = graphql(`
  mutation AdminCreateRatingRound($input: CreateRatingRoundInput!) {
    createRatingRound(input: $input) {
      ...RatingRoundFields
      scheme {
        ...RatingSchemeFields
      }
    }
  }
`);
const UpdateRatingRoundMutation = graphql(`
  mutation AdminUpdateRatingRound($input: UpdateRatingRoundInput!) {
    updateRatingRound(input: $input) {
      ...RatingRoundFields
      scheme {
        ...RatingSchemeFields
      }
    }
  }
`);
const DeleteRatingRoundMutation = graphql(`
  mutation AdminDeleteRatingRound($id: ID!, $version: Int!) {
    deleteRatingRound(id: $id, version: $version)
  }
`);
const ComputeRatingRoundMutation = graphql(`
  mutation AdminComputeRatingRound($id: ID!, $version: Int) {
    computeRatingRound(id: $id, version: $version) {
      ...RatingRoundFields
      scheme {
        ...RatingSchemeFields
      }
    }
  }
`);
const FinalizeRatingRoundMutation = graphql(`
  mutation AdminFinalizeRatingRound($id: ID!, $version: Int) {
    finalizeRatingRound(id: $id, version: $version) {
      ...RatingRoundFields
      scheme {
        ...RatingSchemeFields
      }
    }
  }
`);

export const ratingRounds: ResourceDef = {
  filters: ['ids', 'q', 'status', 'assessedFrom', 'assessedTo'] satisfies (keyof RatingRoundFilter)[],
  arrayFilters: ['status'],
  sorts: ['id', 'name', 'assessedOn', 'status', 'createdAt'] satisfies RatingRoundSortField[],
  createFields: ['name', 'assessedOn', 'scheme'],
  updateFields: ['name', 'assessedOn', 'scheme'] satisfies (keyof UpdateRatingRoundInput)[],
  getList: (rq, v) => rq(RatingRoundsQuery, asVars(v)).then((d) => d.ratingRounds),
  getOne: (rq, id) => rq(RatingRoundQuery, { id }).then((d) => d.ratingRound ?? null),
  create: (rq, input) => rq(CreateRatingRoundMutation, asVars({ input })).then((d) => d.createRatingRound),
  update: (rq, input) => rq(UpdateRatingRoundMutation, asVars({ input })).then((d) => d.updateRatingRound),
  delete: (rq, id, version) => rq(DeleteRatingRoundMutation, { id, version }).then((d) => d.deleteRatingRound),
};

const CenterRatingFieldsFragment = graphql(`
  fragment CenterRatingFields on CenterRating {
    id
    roundId
    centerId
    center {
      id
      code
      name
      community {
        id
        name
      }
    }
    level
    rule
    yearsOpen
    plaqueDate
    elderlyCount
    disabledCount
    floorArea
    serviceInput
    total
    serviceScore
    areaScore
    seniorityScore
    populationScore
    explanation
  }
`);
void CenterRatingFieldsFragment;

const RoundRatingsQuery = graphql(`
  query AdminRoundRatings($roundId: ID!, $filter: CenterRatingFilter, $sort: [CenterRatingSort!], $skip: Int, $take: Int) {
    ratingRound(id: $roundId) {
      id
      ratings(filter: $filter, sort: $sort, skip: $skip, take: $take) {
        items {
          ...CenterRatingFields
        }
        totalItems
      }
    }
  }
`);

/** The ratings of one round (a nested list: `roundId` comes from getManyReference or the filter). */
export const centerRatings: ResourceDef = {
  parent: 'roundId',
  filters: ['level', 'streetId', 'communityId', 'q'] satisfies (keyof CenterRatingFilter)[],
  arrayFilters: ['level'],
  sorts: ['total', 'level', 'centerCode', 'serviceScore'] satisfies CenterRatingSortField[],
  getList: (rq, { filter, ...v }) => {
    const { roundId, ...rest } = (filter ?? {}) as { roundId: string };
    return rq(RoundRatingsQuery, asVars({ ...v, roundId, filter: rest })).then((d) => d.ratingRound?.ratings ?? { items: [], totalItems: 0 });
  },
};

const RectificationFieldsFragment = graphql(`
  fragment RectificationFields on Rectification {
    id
    version
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
    round {
      id
      name
    }
    level
    dueOn
    status
    note
    submittedOn
    closedOn
    overdue
    createdAt
    updatedAt
  }
`);
void RectificationFieldsFragment;

const RectificationsQuery = graphql(`
  query AdminRectifications($filter: RectificationFilter, $sort: [RectificationSort!], $skip: Int, $take: Int) {
    rectifications(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      items {
        ...RectificationFields
      }
      totalItems
    }
  }
`);
const RectificationQuery = graphql(`
  query AdminRectification($id: ID!) {
    rectification(id: $id) {
      ...RectificationFields
    }
  }
`);
const UpdateRectificationMutation = graphql(`
  mutation AdminUpdateRectification($input: UpdateRectificationInput!) {
    updateRectification(input: $input) {
      ...RectificationFields
    }
  }
`);

export const rectifications: ResourceDef = {
  filters: ['ids', 'q', 'roundId', 'centerId', 'streetId', 'status', 'overdue'] satisfies (keyof RectificationFilter)[],
  arrayFilters: ['status'],
  sorts: ['id', 'dueOn', 'status', 'createdAt'] satisfies RectificationSortField[],
  updateFields: ['status', 'note', 'submittedOn', 'closedOn'] satisfies (keyof UpdateRectificationInput)[],
  getList: (rq, v) => rq(RectificationsQuery, asVars(v)).then((d) => d.rectifications),
  getOne: (rq, id) => rq(RectificationQuery, { id }).then((d) => d.rectification ?? null),
  update: (rq, input) => rq(UpdateRectificationMutation, asVars({ input })).then((d) => d.updateRectification),
};

const PreviewRatingQuery = graphql(`
  query AdminPreviewRating($assessedOn: Date!, $scheme: RatingSchemeInput, $skip: Int, $take: Int) {
    previewRating(assessedOn: $assessedOn, scheme: $scheme, skip: $skip, take: $take) {
      assessedOn
      centerCount
      scheme {
        ...RatingSchemeFields
      }
      levelCounts {
        level
        count
      }
      ratings {
        ...CenterRatingFields
      }
    }
  }
`);

const CompareRatingRoundsQuery = graphql(`
  query AdminCompareRatingRounds($fromId: ID!, $toId: ID!) {
    compareRatingRounds(fromId: $fromId, toId: $toId) {
      up
      down
      same
      added
      removed
      changes {
        centerId
        fromLevel
        toLevel
        change
        fromTotal
        toTotal
      }
    }
  }
`);

export const ratingOps = (rq: Request) => ({
  computeRatingRound: (id: string, version?: number) => rq(ComputeRatingRoundMutation, { id, version }).then((d) => d.computeRatingRound),
  finalizeRatingRound: (id: string, version?: number) => rq(FinalizeRatingRoundMutation, { id, version }).then((d) => d.finalizeRatingRound),
  previewRating: (assessedOn: string, scheme: RatingSchemeInput | null, skip = 0, take = 500) =>
    rq(PreviewRatingQuery, { assessedOn, scheme, skip, take }).then((d) => d.previewRating),
  compareRatingRounds: (fromId: string, toId: string) => rq(CompareRatingRoundsQuery, { fromId, toId }).then((d) => d.compareRatingRounds),
});
