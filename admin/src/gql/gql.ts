/* eslint-disable */
import * as types from './graphql';



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
    "\n  fragment StreetFields on Street {\n    id\n    version\n    name\n    communityCount\n    createdAt\n    updatedAt\n  }\n": typeof types.StreetFieldsFragmentDoc,
    "\n  query AdminStreets($filter: StreetFilter, $sort: [StreetSort!], $skip: Int, $take: Int) {\n    streets(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...StreetFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminStreetsDocument,
    "\n  query AdminStreet($id: ID!) {\n    street(id: $id) {\n      ...StreetFields\n    }\n  }\n": typeof types.AdminStreetDocument,
    "\n  mutation AdminCreateStreet($input: CreateStreetInput!) {\n    createStreet(input: $input) {\n      ...StreetFields\n    }\n  }\n": typeof types.AdminCreateStreetDocument,
    "\n  mutation AdminUpdateStreet($input: UpdateStreetInput!) {\n    updateStreet(input: $input) {\n      ...StreetFields\n    }\n  }\n": typeof types.AdminUpdateStreetDocument,
    "\n  mutation AdminDeleteStreet($id: ID!, $version: Int!) {\n    deleteStreet(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteStreetDocument,
    "\n  fragment CommunityFields on Community {\n    id\n    version\n    name\n    streetId\n    street {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.CommunityFieldsFragmentDoc,
    "\n  query AdminCommunities($filter: CommunityFilter, $sort: [CommunitySort!], $skip: Int, $take: Int) {\n    communities(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...CommunityFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminCommunitiesDocument,
    "\n  query AdminCommunity($id: ID!) {\n    community(id: $id) {\n      ...CommunityFields\n    }\n  }\n": typeof types.AdminCommunityDocument,
    "\n  mutation AdminCreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityFields\n    }\n  }\n": typeof types.AdminCreateCommunityDocument,
    "\n  mutation AdminUpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      ...CommunityFields\n    }\n  }\n": typeof types.AdminUpdateCommunityDocument,
    "\n  mutation AdminDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunity(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteCommunityDocument,
    "\n  fragment AssociationFields on Association {\n    id\n    version\n    name\n    level\n    streetId\n    communityId\n    street {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    presidentName\n    phone\n    memberCount\n    foundedOn\n    centerCount\n    memberResidentCount\n    createdAt\n    updatedAt\n  }\n": typeof types.AssociationFieldsFragmentDoc,
    "\n  query AdminAssociations($filter: AssociationFilter, $sort: [AssociationSort!], $skip: Int, $take: Int) {\n    associations(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...AssociationFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminAssociationsDocument,
    "\n  query AdminAssociation($id: ID!) {\n    association(id: $id) {\n      ...AssociationFields\n    }\n  }\n": typeof types.AdminAssociationDocument,
    "\n  mutation AdminCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      ...AssociationFields\n    }\n  }\n": typeof types.AdminCreateAssociationDocument,
    "\n  mutation AdminUpdateAssociation($input: UpdateAssociationInput!) {\n    updateAssociation(input: $input) {\n      ...AssociationFields\n    }\n  }\n": typeof types.AdminUpdateAssociationDocument,
    "\n  mutation AdminDeleteAssociation($id: ID!, $version: Int!) {\n    deleteAssociation(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteAssociationDocument,
    "\n  mutation AdminLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  query AdminMe {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  fragment CenterFields on Center {\n    id\n    version\n    code\n    name\n    communityId\n    community {\n      id\n      name\n    }\n    street {\n      id\n      name\n    }\n    address\n    plaqueDate\n    elderlyCount\n    disabledCount\n    status\n    associationId\n    association {\n      id\n      name\n    }\n    contactName\n    contactPhone\n    floorArea\n    serviceScore\n    currentLevel\n    createdAt\n    updatedAt\n  }\n": typeof types.CenterFieldsFragmentDoc,
    "\n  query AdminCenters($filter: CenterFilter, $sort: [CenterSort!], $skip: Int, $take: Int) {\n    centers(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...CenterFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminCentersDocument,
    "\n  query AdminCenter($id: ID!) {\n    center(id: $id) {\n      ...CenterFields\n      openRectifications {\n        id\n        level\n        dueOn\n        status\n        overdue\n      }\n    }\n  }\n": typeof types.AdminCenterDocument,
    "\n  mutation AdminCreateCenter($input: CreateCenterInput!) {\n    createCenter(input: $input) {\n      ...CenterFields\n    }\n  }\n": typeof types.AdminCreateCenterDocument,
    "\n  mutation AdminUpdateCenter($input: UpdateCenterInput!) {\n    updateCenter(input: $input) {\n      ...CenterFields\n    }\n  }\n": typeof types.AdminUpdateCenterDocument,
    "\n  mutation AdminDeleteCenter($id: ID!, $version: Int!) {\n    deleteCenter(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteCenterDocument,
    "\n  fragment HealthExamFields on HealthExam {\n    id\n    version\n    residentId\n    resident {\n      id\n      name\n      idNumber\n      community {\n        id\n        name\n      }\n    }\n    year\n    scheduledOn\n    provider\n    status\n    completedOn\n    notes\n    createdAt\n    updatedAt\n  }\n": typeof types.HealthExamFieldsFragmentDoc,
    "\n  query AdminHealthExams($filter: HealthExamFilter, $sort: [HealthExamSort!], $skip: Int, $take: Int) {\n    healthExams(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...HealthExamFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminHealthExamsDocument,
    "\n  query AdminHealthExam($id: ID!) {\n    healthExam(id: $id) {\n      ...HealthExamFields\n    }\n  }\n": typeof types.AdminHealthExamDocument,
    "\n  mutation AdminCreateHealthExam($input: CreateHealthExamInput!) {\n    createHealthExam(input: $input) {\n      ...HealthExamFields\n    }\n  }\n": typeof types.AdminCreateHealthExamDocument,
    "\n  mutation AdminUpdateHealthExam($input: UpdateHealthExamInput!) {\n    updateHealthExam(input: $input) {\n      ...HealthExamFields\n    }\n  }\n": typeof types.AdminUpdateHealthExamDocument,
    "\n  mutation AdminDeleteHealthExam($id: ID!, $version: Int!) {\n    deleteHealthExam(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteHealthExamDocument,
    "\n  fragment JobFields on Job {\n    id\n    version\n    type\n    status\n    targetType\n    targetId\n    progress\n    done\n    total\n    step\n    summary\n    error\n    errorCode\n    attempts\n    createdBy\n    instance\n    resultName\n    resultSize\n    resultUrl\n    createdAt\n    updatedAt\n    startedAt\n    finishedAt\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query AdminJobs($filter: JobFilter, $sort: [JobSort!], $skip: Int, $take: Int) {\n    jobs(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...JobFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminJobsDocument,
    "\n  query AdminJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.AdminJobDocument,
    "\n  mutation AdminComputeRatingRoundJob($id: ID!, $version: Int) {\n    computeRatingRoundJob(id: $id, version: $version) {\n      ...JobFields\n    }\n  }\n": typeof types.AdminComputeRatingRoundJobDocument,
    "\n  mutation AdminComputeSubsidyRoundJob($id: ID!, $version: Int) {\n    computeSubsidyRoundJob(id: $id, version: $version) {\n      ...JobFields\n    }\n  }\n": typeof types.AdminComputeSubsidyRoundJobDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    version\n    name\n    category\n    status\n    totalInvestment\n    bedsAdded\n    startedOn\n    plannedCompletionOn\n    completedOn\n    leadUnit\n    approvalRef\n    floorArea\n    latestProgress {\n      id\n      percent\n      reportedOn\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  query AdminProjects($filter: ProjectFilter, $sort: [ProjectSort!], $skip: Int, $take: Int) {\n    projects(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ProjectFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminProjectsDocument,
    "\n  query AdminProject($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n": typeof types.AdminProjectDocument,
    "\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.AdminCreateProjectDocument,
    "\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.AdminUpdateProjectDocument,
    "\n  mutation AdminDeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteProjectDocument,
    "\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    version\n    projectId\n    reportedOn\n    percent\n    note\n    createdAt\n    updatedAt\n  }\n": typeof types.ProjectProgressFieldsFragmentDoc,
    "\n  query AdminProjectProgresses($filter: ProjectProgressFilter, $sort: [ProjectProgressSort!], $skip: Int, $take: Int) {\n    projectProgresses(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ProjectProgressFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminProjectProgressesDocument,
    "\n  query AdminProjectProgress($id: ID!) {\n    projectProgress(id: $id) {\n      ...ProjectProgressFields\n    }\n  }\n": typeof types.AdminProjectProgressDocument,
    "\n  mutation AdminCreateProjectProgress($input: CreateProjectProgressInput!) {\n    createProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n": typeof types.AdminCreateProjectProgressDocument,
    "\n  mutation AdminUpdateProjectProgress($input: UpdateProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n": typeof types.AdminUpdateProjectProgressDocument,
    "\n  mutation AdminDeleteProjectProgress($id: ID!, $version: Int!) {\n    deleteProjectProgress(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteProjectProgressDocument,
    "\n  fragment RatingRoundFields on RatingRound {\n    id\n    version\n    name\n    assessedOn\n    status\n    centerCount\n    computedAt\n    finalizedAt\n    rectificationCount\n    levelCounts {\n      level\n      count\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.RatingRoundFieldsFragmentDoc,
    "\n  fragment RatingSchemeFields on RatingSchemeType {\n    weights {\n      service\n      area\n      seniority\n      population\n    }\n    areaFullAt\n    seniorityPointsPerYear\n    populationFullAt\n    thresholds {\n      FIVE\n      FOUR\n      THREE\n      TWO\n      ONE\n    }\n    serviceVetoBelow\n    newIfYearsBelow\n    rectifyLevels\n    rectificationDays\n  }\n": typeof types.RatingSchemeFieldsFragmentDoc,
    "\n  query AdminRatingRounds($filter: RatingRoundFilter, $sort: [RatingRoundSort!], $skip: Int, $take: Int) {\n    ratingRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...RatingRoundFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminRatingRoundsDocument,
    "\n  query AdminRatingRound($id: ID!) {\n    ratingRound(id: $id) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": typeof types.AdminRatingRoundDocument,
    "\n  mutation AdminCreateRatingRound($input: CreateRatingRoundInput!) {\n    createRatingRound(input: $input) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": typeof types.AdminCreateRatingRoundDocument,
    "\n  mutation AdminUpdateRatingRound($input: UpdateRatingRoundInput!) {\n    updateRatingRound(input: $input) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": typeof types.AdminUpdateRatingRoundDocument,
    "\n  mutation AdminDeleteRatingRound($id: ID!, $version: Int!) {\n    deleteRatingRound(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteRatingRoundDocument,
    "\n  mutation AdminComputeRatingRound($id: ID!, $version: Int) {\n    computeRatingRound(id: $id, version: $version) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": typeof types.AdminComputeRatingRoundDocument,
    "\n  mutation AdminFinalizeRatingRound($id: ID!, $version: Int) {\n    finalizeRatingRound(id: $id, version: $version) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": typeof types.AdminFinalizeRatingRoundDocument,
    "\n  fragment CenterRatingFields on CenterRating {\n    id\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      community {\n        id\n        name\n      }\n    }\n    level\n    rule\n    yearsOpen\n    plaqueDate\n    elderlyCount\n    disabledCount\n    floorArea\n    serviceInput\n    total\n    serviceScore\n    areaScore\n    seniorityScore\n    populationScore\n    explanation\n  }\n": typeof types.CenterRatingFieldsFragmentDoc,
    "\n  query AdminRoundRatings($roundId: ID!, $filter: CenterRatingFilter, $sort: [CenterRatingSort!], $skip: Int, $take: Int) {\n    ratingRound(id: $roundId) {\n      id\n      ratings(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n        items {\n          ...CenterRatingFields\n        }\n        totalItems\n      }\n    }\n  }\n": typeof types.AdminRoundRatingsDocument,
    "\n  fragment RectificationFields on Rectification {\n    id\n    version\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n    }\n    round {\n      id\n      name\n    }\n    level\n    dueOn\n    status\n    note\n    submittedOn\n    closedOn\n    overdue\n    createdAt\n    updatedAt\n  }\n": typeof types.RectificationFieldsFragmentDoc,
    "\n  query AdminRectifications($filter: RectificationFilter, $sort: [RectificationSort!], $skip: Int, $take: Int) {\n    rectifications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...RectificationFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminRectificationsDocument,
    "\n  query AdminRectification($id: ID!) {\n    rectification(id: $id) {\n      ...RectificationFields\n    }\n  }\n": typeof types.AdminRectificationDocument,
    "\n  mutation AdminUpdateRectification($input: UpdateRectificationInput!) {\n    updateRectification(input: $input) {\n      ...RectificationFields\n    }\n  }\n": typeof types.AdminUpdateRectificationDocument,
    "\n  query AdminPreviewRating($assessedOn: Date!, $scheme: RatingSchemeInput, $skip: Int, $take: Int) {\n    previewRating(assessedOn: $assessedOn, scheme: $scheme, skip: $skip, take: $take) {\n      assessedOn\n      centerCount\n      scheme {\n        ...RatingSchemeFields\n      }\n      levelCounts {\n        level\n        count\n      }\n      ratings {\n        ...CenterRatingFields\n      }\n    }\n  }\n": typeof types.AdminPreviewRatingDocument,
    "\n  query AdminCompareRatingRounds($fromId: ID!, $toId: ID!) {\n    compareRatingRounds(fromId: $fromId, toId: $toId) {\n      up\n      down\n      same\n      added\n      removed\n      changes {\n        centerId\n        fromLevel\n        toLevel\n        change\n        fromTotal\n        toTotal\n      }\n    }\n  }\n": typeof types.AdminCompareRatingRoundsDocument,
    "\n  fragment ResidentFields on Resident {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    communityId\n    community {\n      id\n      name\n    }\n    street {\n      id\n      name\n    }\n    householdRegistered\n    hasEmployer\n    hardship\n    disabled\n    residence\n    associationId\n    association {\n      id\n      name\n    }\n    deceasedOn\n    age\n    centenarian\n    freeExamEligible\n    createdAt\n    updatedAt\n  }\n": typeof types.ResidentFieldsFragmentDoc,
    "\n  query AdminResidents($filter: ResidentFilter, $sort: [ResidentSort!], $skip: Int, $take: Int) {\n    residents(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ResidentFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminResidentsDocument,
    "\n  query AdminResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentFields\n    }\n  }\n": typeof types.AdminResidentDocument,
    "\n  mutation AdminCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentFields\n    }\n  }\n": typeof types.AdminCreateResidentDocument,
    "\n  mutation AdminUpdateResident($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      ...ResidentFields\n    }\n  }\n": typeof types.AdminUpdateResidentDocument,
    "\n  mutation AdminDeleteResident($id: ID!, $version: Int!) {\n    deleteResident(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteResidentDocument,
    "\n  query AdminStatistics($filter: StatisticsFilter, $fiscalYear: Int, $year: Int) {\n    statistics(filter: $filter) {\n      asOf\n      centersByLevel {\n        level\n        count\n      }\n      subsidyByStreet(fiscalYear: $fiscalYear) {\n        streetId\n        streetName\n        fiscalYear\n        centers\n        amount\n      }\n      residentsByAgeBand {\n        band\n        count\n      }\n      examCoverageTotal(year: $year) {\n        year\n        eligible\n        scheduled\n        completed\n        missed\n      }\n      projectsByStatus {\n        status\n        projects\n        investment\n        beds\n      }\n    }\n  }\n": typeof types.AdminStatisticsDocument,
    "\n  fragment SubsidyRoundFields on SubsidyRound {\n    id\n    version\n    name\n    fiscalYear\n    fundSource\n    budget\n    ratingRoundId\n    ratingRound {\n      id\n      name\n    }\n    mode\n    status\n    effectiveMode\n    allocated\n    unallocated\n    computedAt\n    computedBy\n    approvedAt\n    approvedBy\n    levels {\n      level\n      weight\n      amount\n    }\n    byLevel {\n      level\n      centers\n      amount\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.SubsidyRoundFieldsFragmentDoc,
    "\n  query AdminSubsidyRounds($filter: SubsidyRoundFilter, $sort: [SubsidyRoundSort!], $skip: Int, $take: Int) {\n    subsidyRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...SubsidyRoundFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminSubsidyRoundsDocument,
    "\n  query AdminSubsidyRound($id: ID!) {\n    subsidyRound(id: $id) {\n      ...SubsidyRoundFields\n    }\n  }\n": typeof types.AdminSubsidyRoundDocument,
    "\n  mutation AdminCreateSubsidyRound($input: CreateSubsidyRoundInput!) {\n    createSubsidyRound(input: $input) {\n      ...SubsidyRoundFields\n    }\n  }\n": typeof types.AdminCreateSubsidyRoundDocument,
    "\n  mutation AdminUpdateSubsidyRound($input: UpdateSubsidyRoundInput!) {\n    updateSubsidyRound(input: $input) {\n      ...SubsidyRoundFields\n    }\n  }\n": typeof types.AdminUpdateSubsidyRoundDocument,
    "\n  mutation AdminDeleteSubsidyRound($id: ID!, $version: Int!) {\n    deleteSubsidyRound(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteSubsidyRoundDocument,
    "\n  mutation AdminComputeSubsidyRound($id: ID!, $version: Int) {\n    computeSubsidyRound(id: $id, version: $version) {\n      ...SubsidyRoundFields\n    }\n  }\n": typeof types.AdminComputeSubsidyRoundDocument,
    "\n  mutation AdminApproveSubsidyRound($id: ID!, $version: Int) {\n    approveSubsidyRound(id: $id, version: $version) {\n      ...SubsidyRoundFields\n    }\n  }\n": typeof types.AdminApproveSubsidyRoundDocument,
    "\n  fragment SubsidyAllocationFields on SubsidyAllocation {\n    id\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n    }\n    level\n    weight\n    demand\n    amount\n    reason\n  }\n": typeof types.SubsidyAllocationFieldsFragmentDoc,
    "\n  query AdminRoundAllocations($roundId: ID!, $filter: SubsidyAllocationFilter, $sort: [SubsidyAllocationSort!], $skip: Int, $take: Int) {\n    subsidyRound(id: $roundId) {\n      id\n      allocations(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n        items {\n          ...SubsidyAllocationFields\n        }\n        totalItems\n      }\n    }\n  }\n": typeof types.AdminRoundAllocationsDocument,
    "\n  query AdminPreviewSubsidy($input: PreviewSubsidyInput!, $skip: Int, $take: Int) {\n    previewSubsidy(input: $input, skip: $skip, take: $take) {\n      effectiveMode\n      budget\n      allocated\n      unallocated\n      levels {\n        level\n        weight\n        amount\n      }\n      byLevel {\n        level\n        centers\n        amount\n      }\n      allocations {\n        ...SubsidyAllocationFields\n      }\n    }\n  }\n": typeof types.AdminPreviewSubsidyDocument,
    "\n  fragment UserFields on User {\n    id\n    version\n    email\n    name\n    role\n    active\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $sort: [UserSort!], $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...UserFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminDeleteUser($id: ID!, $version: Int!) {\n    deleteUser(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteUserDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    version\n    visitedOn\n    occasion\n    residentId\n    centerId\n    resident {\n      id\n      name\n    }\n    center {\n      id\n      code\n      name\n    }\n    cash\n    goods\n    visitingUnit\n    createdAt\n    updatedAt\n  }\n": typeof types.VisitFieldsFragmentDoc,
    "\n  query AdminVisits($filter: VisitFilter, $sort: [VisitSort!], $skip: Int, $take: Int) {\n    visits(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...VisitFields\n      }\n      totalItems\n    }\n  }\n": typeof types.AdminVisitsDocument,
    "\n  query AdminVisit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n": typeof types.AdminVisitDocument,
    "\n  mutation AdminCreateVisit($input: CreateVisitInput!) {\n    createVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n": typeof types.AdminCreateVisitDocument,
    "\n  mutation AdminUpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n": typeof types.AdminUpdateVisitDocument,
    "\n  mutation AdminDeleteVisit($id: ID!, $version: Int!) {\n    deleteVisit(id: $id, version: $version)\n  }\n": typeof types.AdminDeleteVisitDocument,
    "\n  query AdminWorkReport($from: Date!, $to: Date!, $streetId: ID) {\n    workReport(from: $from, to: $to, streetId: $streetId) {\n      from\n      to\n      streetId\n      scopeName\n      periodLabel\n      title\n      centers {\n        ratingRoundId\n        ratingRoundName\n        assessedOn\n        rated\n        byLevel {\n          level\n          label\n          count\n        }\n        rectifications\n        opened\n      }\n      associations {\n        total\n        street\n        community\n      }\n      residents {\n        asOf\n        aged60Plus\n        aged80Plus\n        centenarians\n        hardship\n        welfareCenter\n      }\n      visits {\n        visits\n        residents\n        cash\n        byOccasion {\n          occasion\n          label\n          visits\n          residents\n          cash\n        }\n      }\n      exams {\n        year\n        eligible\n        scheduled\n        completed\n        missed\n        coveragePercent\n      }\n      subsidy {\n        fiscalYears\n        centers\n        amount\n        byLevel {\n          level\n          label\n          centers\n          amount\n        }\n      }\n      projects {\n        byStatus {\n          status\n          label\n          projects\n          investment\n          beds\n        }\n        bedsTotal\n      }\n      sentences\n    }\n  }\n": typeof types.AdminWorkReportDocument,
};
const documents: Documents = {
    "\n  fragment StreetFields on Street {\n    id\n    version\n    name\n    communityCount\n    createdAt\n    updatedAt\n  }\n": types.StreetFieldsFragmentDoc,
    "\n  query AdminStreets($filter: StreetFilter, $sort: [StreetSort!], $skip: Int, $take: Int) {\n    streets(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...StreetFields\n      }\n      totalItems\n    }\n  }\n": types.AdminStreetsDocument,
    "\n  query AdminStreet($id: ID!) {\n    street(id: $id) {\n      ...StreetFields\n    }\n  }\n": types.AdminStreetDocument,
    "\n  mutation AdminCreateStreet($input: CreateStreetInput!) {\n    createStreet(input: $input) {\n      ...StreetFields\n    }\n  }\n": types.AdminCreateStreetDocument,
    "\n  mutation AdminUpdateStreet($input: UpdateStreetInput!) {\n    updateStreet(input: $input) {\n      ...StreetFields\n    }\n  }\n": types.AdminUpdateStreetDocument,
    "\n  mutation AdminDeleteStreet($id: ID!, $version: Int!) {\n    deleteStreet(id: $id, version: $version)\n  }\n": types.AdminDeleteStreetDocument,
    "\n  fragment CommunityFields on Community {\n    id\n    version\n    name\n    streetId\n    street {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": types.CommunityFieldsFragmentDoc,
    "\n  query AdminCommunities($filter: CommunityFilter, $sort: [CommunitySort!], $skip: Int, $take: Int) {\n    communities(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...CommunityFields\n      }\n      totalItems\n    }\n  }\n": types.AdminCommunitiesDocument,
    "\n  query AdminCommunity($id: ID!) {\n    community(id: $id) {\n      ...CommunityFields\n    }\n  }\n": types.AdminCommunityDocument,
    "\n  mutation AdminCreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityFields\n    }\n  }\n": types.AdminCreateCommunityDocument,
    "\n  mutation AdminUpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      ...CommunityFields\n    }\n  }\n": types.AdminUpdateCommunityDocument,
    "\n  mutation AdminDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunity(id: $id, version: $version)\n  }\n": types.AdminDeleteCommunityDocument,
    "\n  fragment AssociationFields on Association {\n    id\n    version\n    name\n    level\n    streetId\n    communityId\n    street {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    presidentName\n    phone\n    memberCount\n    foundedOn\n    centerCount\n    memberResidentCount\n    createdAt\n    updatedAt\n  }\n": types.AssociationFieldsFragmentDoc,
    "\n  query AdminAssociations($filter: AssociationFilter, $sort: [AssociationSort!], $skip: Int, $take: Int) {\n    associations(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...AssociationFields\n      }\n      totalItems\n    }\n  }\n": types.AdminAssociationsDocument,
    "\n  query AdminAssociation($id: ID!) {\n    association(id: $id) {\n      ...AssociationFields\n    }\n  }\n": types.AdminAssociationDocument,
    "\n  mutation AdminCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      ...AssociationFields\n    }\n  }\n": types.AdminCreateAssociationDocument,
    "\n  mutation AdminUpdateAssociation($input: UpdateAssociationInput!) {\n    updateAssociation(input: $input) {\n      ...AssociationFields\n    }\n  }\n": types.AdminUpdateAssociationDocument,
    "\n  mutation AdminDeleteAssociation($id: ID!, $version: Int!) {\n    deleteAssociation(id: $id, version: $version)\n  }\n": types.AdminDeleteAssociationDocument,
    "\n  mutation AdminLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.AdminLoginDocument,
    "\n  query AdminMe {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.AdminMeDocument,
    "\n  fragment CenterFields on Center {\n    id\n    version\n    code\n    name\n    communityId\n    community {\n      id\n      name\n    }\n    street {\n      id\n      name\n    }\n    address\n    plaqueDate\n    elderlyCount\n    disabledCount\n    status\n    associationId\n    association {\n      id\n      name\n    }\n    contactName\n    contactPhone\n    floorArea\n    serviceScore\n    currentLevel\n    createdAt\n    updatedAt\n  }\n": types.CenterFieldsFragmentDoc,
    "\n  query AdminCenters($filter: CenterFilter, $sort: [CenterSort!], $skip: Int, $take: Int) {\n    centers(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...CenterFields\n      }\n      totalItems\n    }\n  }\n": types.AdminCentersDocument,
    "\n  query AdminCenter($id: ID!) {\n    center(id: $id) {\n      ...CenterFields\n      openRectifications {\n        id\n        level\n        dueOn\n        status\n        overdue\n      }\n    }\n  }\n": types.AdminCenterDocument,
    "\n  mutation AdminCreateCenter($input: CreateCenterInput!) {\n    createCenter(input: $input) {\n      ...CenterFields\n    }\n  }\n": types.AdminCreateCenterDocument,
    "\n  mutation AdminUpdateCenter($input: UpdateCenterInput!) {\n    updateCenter(input: $input) {\n      ...CenterFields\n    }\n  }\n": types.AdminUpdateCenterDocument,
    "\n  mutation AdminDeleteCenter($id: ID!, $version: Int!) {\n    deleteCenter(id: $id, version: $version)\n  }\n": types.AdminDeleteCenterDocument,
    "\n  fragment HealthExamFields on HealthExam {\n    id\n    version\n    residentId\n    resident {\n      id\n      name\n      idNumber\n      community {\n        id\n        name\n      }\n    }\n    year\n    scheduledOn\n    provider\n    status\n    completedOn\n    notes\n    createdAt\n    updatedAt\n  }\n": types.HealthExamFieldsFragmentDoc,
    "\n  query AdminHealthExams($filter: HealthExamFilter, $sort: [HealthExamSort!], $skip: Int, $take: Int) {\n    healthExams(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...HealthExamFields\n      }\n      totalItems\n    }\n  }\n": types.AdminHealthExamsDocument,
    "\n  query AdminHealthExam($id: ID!) {\n    healthExam(id: $id) {\n      ...HealthExamFields\n    }\n  }\n": types.AdminHealthExamDocument,
    "\n  mutation AdminCreateHealthExam($input: CreateHealthExamInput!) {\n    createHealthExam(input: $input) {\n      ...HealthExamFields\n    }\n  }\n": types.AdminCreateHealthExamDocument,
    "\n  mutation AdminUpdateHealthExam($input: UpdateHealthExamInput!) {\n    updateHealthExam(input: $input) {\n      ...HealthExamFields\n    }\n  }\n": types.AdminUpdateHealthExamDocument,
    "\n  mutation AdminDeleteHealthExam($id: ID!, $version: Int!) {\n    deleteHealthExam(id: $id, version: $version)\n  }\n": types.AdminDeleteHealthExamDocument,
    "\n  fragment JobFields on Job {\n    id\n    version\n    type\n    status\n    targetType\n    targetId\n    progress\n    done\n    total\n    step\n    summary\n    error\n    errorCode\n    attempts\n    createdBy\n    instance\n    resultName\n    resultSize\n    resultUrl\n    createdAt\n    updatedAt\n    startedAt\n    finishedAt\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query AdminJobs($filter: JobFilter, $sort: [JobSort!], $skip: Int, $take: Int) {\n    jobs(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...JobFields\n      }\n      totalItems\n    }\n  }\n": types.AdminJobsDocument,
    "\n  query AdminJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": types.AdminJobDocument,
    "\n  mutation AdminComputeRatingRoundJob($id: ID!, $version: Int) {\n    computeRatingRoundJob(id: $id, version: $version) {\n      ...JobFields\n    }\n  }\n": types.AdminComputeRatingRoundJobDocument,
    "\n  mutation AdminComputeSubsidyRoundJob($id: ID!, $version: Int) {\n    computeSubsidyRoundJob(id: $id, version: $version) {\n      ...JobFields\n    }\n  }\n": types.AdminComputeSubsidyRoundJobDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    version\n    name\n    category\n    status\n    totalInvestment\n    bedsAdded\n    startedOn\n    plannedCompletionOn\n    completedOn\n    leadUnit\n    approvalRef\n    floorArea\n    latestProgress {\n      id\n      percent\n      reportedOn\n    }\n    createdAt\n    updatedAt\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  query AdminProjects($filter: ProjectFilter, $sort: [ProjectSort!], $skip: Int, $take: Int) {\n    projects(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ProjectFields\n      }\n      totalItems\n    }\n  }\n": types.AdminProjectsDocument,
    "\n  query AdminProject($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n": types.AdminProjectDocument,
    "\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.AdminCreateProjectDocument,
    "\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.AdminUpdateProjectDocument,
    "\n  mutation AdminDeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n": types.AdminDeleteProjectDocument,
    "\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    version\n    projectId\n    reportedOn\n    percent\n    note\n    createdAt\n    updatedAt\n  }\n": types.ProjectProgressFieldsFragmentDoc,
    "\n  query AdminProjectProgresses($filter: ProjectProgressFilter, $sort: [ProjectProgressSort!], $skip: Int, $take: Int) {\n    projectProgresses(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ProjectProgressFields\n      }\n      totalItems\n    }\n  }\n": types.AdminProjectProgressesDocument,
    "\n  query AdminProjectProgress($id: ID!) {\n    projectProgress(id: $id) {\n      ...ProjectProgressFields\n    }\n  }\n": types.AdminProjectProgressDocument,
    "\n  mutation AdminCreateProjectProgress($input: CreateProjectProgressInput!) {\n    createProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n": types.AdminCreateProjectProgressDocument,
    "\n  mutation AdminUpdateProjectProgress($input: UpdateProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n": types.AdminUpdateProjectProgressDocument,
    "\n  mutation AdminDeleteProjectProgress($id: ID!, $version: Int!) {\n    deleteProjectProgress(id: $id, version: $version)\n  }\n": types.AdminDeleteProjectProgressDocument,
    "\n  fragment RatingRoundFields on RatingRound {\n    id\n    version\n    name\n    assessedOn\n    status\n    centerCount\n    computedAt\n    finalizedAt\n    rectificationCount\n    levelCounts {\n      level\n      count\n    }\n    createdAt\n    updatedAt\n  }\n": types.RatingRoundFieldsFragmentDoc,
    "\n  fragment RatingSchemeFields on RatingSchemeType {\n    weights {\n      service\n      area\n      seniority\n      population\n    }\n    areaFullAt\n    seniorityPointsPerYear\n    populationFullAt\n    thresholds {\n      FIVE\n      FOUR\n      THREE\n      TWO\n      ONE\n    }\n    serviceVetoBelow\n    newIfYearsBelow\n    rectifyLevels\n    rectificationDays\n  }\n": types.RatingSchemeFieldsFragmentDoc,
    "\n  query AdminRatingRounds($filter: RatingRoundFilter, $sort: [RatingRoundSort!], $skip: Int, $take: Int) {\n    ratingRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...RatingRoundFields\n      }\n      totalItems\n    }\n  }\n": types.AdminRatingRoundsDocument,
    "\n  query AdminRatingRound($id: ID!) {\n    ratingRound(id: $id) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": types.AdminRatingRoundDocument,
    "\n  mutation AdminCreateRatingRound($input: CreateRatingRoundInput!) {\n    createRatingRound(input: $input) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": types.AdminCreateRatingRoundDocument,
    "\n  mutation AdminUpdateRatingRound($input: UpdateRatingRoundInput!) {\n    updateRatingRound(input: $input) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": types.AdminUpdateRatingRoundDocument,
    "\n  mutation AdminDeleteRatingRound($id: ID!, $version: Int!) {\n    deleteRatingRound(id: $id, version: $version)\n  }\n": types.AdminDeleteRatingRoundDocument,
    "\n  mutation AdminComputeRatingRound($id: ID!, $version: Int) {\n    computeRatingRound(id: $id, version: $version) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": types.AdminComputeRatingRoundDocument,
    "\n  mutation AdminFinalizeRatingRound($id: ID!, $version: Int) {\n    finalizeRatingRound(id: $id, version: $version) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n": types.AdminFinalizeRatingRoundDocument,
    "\n  fragment CenterRatingFields on CenterRating {\n    id\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      community {\n        id\n        name\n      }\n    }\n    level\n    rule\n    yearsOpen\n    plaqueDate\n    elderlyCount\n    disabledCount\n    floorArea\n    serviceInput\n    total\n    serviceScore\n    areaScore\n    seniorityScore\n    populationScore\n    explanation\n  }\n": types.CenterRatingFieldsFragmentDoc,
    "\n  query AdminRoundRatings($roundId: ID!, $filter: CenterRatingFilter, $sort: [CenterRatingSort!], $skip: Int, $take: Int) {\n    ratingRound(id: $roundId) {\n      id\n      ratings(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n        items {\n          ...CenterRatingFields\n        }\n        totalItems\n      }\n    }\n  }\n": types.AdminRoundRatingsDocument,
    "\n  fragment RectificationFields on Rectification {\n    id\n    version\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n    }\n    round {\n      id\n      name\n    }\n    level\n    dueOn\n    status\n    note\n    submittedOn\n    closedOn\n    overdue\n    createdAt\n    updatedAt\n  }\n": types.RectificationFieldsFragmentDoc,
    "\n  query AdminRectifications($filter: RectificationFilter, $sort: [RectificationSort!], $skip: Int, $take: Int) {\n    rectifications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...RectificationFields\n      }\n      totalItems\n    }\n  }\n": types.AdminRectificationsDocument,
    "\n  query AdminRectification($id: ID!) {\n    rectification(id: $id) {\n      ...RectificationFields\n    }\n  }\n": types.AdminRectificationDocument,
    "\n  mutation AdminUpdateRectification($input: UpdateRectificationInput!) {\n    updateRectification(input: $input) {\n      ...RectificationFields\n    }\n  }\n": types.AdminUpdateRectificationDocument,
    "\n  query AdminPreviewRating($assessedOn: Date!, $scheme: RatingSchemeInput, $skip: Int, $take: Int) {\n    previewRating(assessedOn: $assessedOn, scheme: $scheme, skip: $skip, take: $take) {\n      assessedOn\n      centerCount\n      scheme {\n        ...RatingSchemeFields\n      }\n      levelCounts {\n        level\n        count\n      }\n      ratings {\n        ...CenterRatingFields\n      }\n    }\n  }\n": types.AdminPreviewRatingDocument,
    "\n  query AdminCompareRatingRounds($fromId: ID!, $toId: ID!) {\n    compareRatingRounds(fromId: $fromId, toId: $toId) {\n      up\n      down\n      same\n      added\n      removed\n      changes {\n        centerId\n        fromLevel\n        toLevel\n        change\n        fromTotal\n        toTotal\n      }\n    }\n  }\n": types.AdminCompareRatingRoundsDocument,
    "\n  fragment ResidentFields on Resident {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    communityId\n    community {\n      id\n      name\n    }\n    street {\n      id\n      name\n    }\n    householdRegistered\n    hasEmployer\n    hardship\n    disabled\n    residence\n    associationId\n    association {\n      id\n      name\n    }\n    deceasedOn\n    age\n    centenarian\n    freeExamEligible\n    createdAt\n    updatedAt\n  }\n": types.ResidentFieldsFragmentDoc,
    "\n  query AdminResidents($filter: ResidentFilter, $sort: [ResidentSort!], $skip: Int, $take: Int) {\n    residents(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ResidentFields\n      }\n      totalItems\n    }\n  }\n": types.AdminResidentsDocument,
    "\n  query AdminResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentFields\n    }\n  }\n": types.AdminResidentDocument,
    "\n  mutation AdminCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentFields\n    }\n  }\n": types.AdminCreateResidentDocument,
    "\n  mutation AdminUpdateResident($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      ...ResidentFields\n    }\n  }\n": types.AdminUpdateResidentDocument,
    "\n  mutation AdminDeleteResident($id: ID!, $version: Int!) {\n    deleteResident(id: $id, version: $version)\n  }\n": types.AdminDeleteResidentDocument,
    "\n  query AdminStatistics($filter: StatisticsFilter, $fiscalYear: Int, $year: Int) {\n    statistics(filter: $filter) {\n      asOf\n      centersByLevel {\n        level\n        count\n      }\n      subsidyByStreet(fiscalYear: $fiscalYear) {\n        streetId\n        streetName\n        fiscalYear\n        centers\n        amount\n      }\n      residentsByAgeBand {\n        band\n        count\n      }\n      examCoverageTotal(year: $year) {\n        year\n        eligible\n        scheduled\n        completed\n        missed\n      }\n      projectsByStatus {\n        status\n        projects\n        investment\n        beds\n      }\n    }\n  }\n": types.AdminStatisticsDocument,
    "\n  fragment SubsidyRoundFields on SubsidyRound {\n    id\n    version\n    name\n    fiscalYear\n    fundSource\n    budget\n    ratingRoundId\n    ratingRound {\n      id\n      name\n    }\n    mode\n    status\n    effectiveMode\n    allocated\n    unallocated\n    computedAt\n    computedBy\n    approvedAt\n    approvedBy\n    levels {\n      level\n      weight\n      amount\n    }\n    byLevel {\n      level\n      centers\n      amount\n    }\n    createdAt\n    updatedAt\n  }\n": types.SubsidyRoundFieldsFragmentDoc,
    "\n  query AdminSubsidyRounds($filter: SubsidyRoundFilter, $sort: [SubsidyRoundSort!], $skip: Int, $take: Int) {\n    subsidyRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...SubsidyRoundFields\n      }\n      totalItems\n    }\n  }\n": types.AdminSubsidyRoundsDocument,
    "\n  query AdminSubsidyRound($id: ID!) {\n    subsidyRound(id: $id) {\n      ...SubsidyRoundFields\n    }\n  }\n": types.AdminSubsidyRoundDocument,
    "\n  mutation AdminCreateSubsidyRound($input: CreateSubsidyRoundInput!) {\n    createSubsidyRound(input: $input) {\n      ...SubsidyRoundFields\n    }\n  }\n": types.AdminCreateSubsidyRoundDocument,
    "\n  mutation AdminUpdateSubsidyRound($input: UpdateSubsidyRoundInput!) {\n    updateSubsidyRound(input: $input) {\n      ...SubsidyRoundFields\n    }\n  }\n": types.AdminUpdateSubsidyRoundDocument,
    "\n  mutation AdminDeleteSubsidyRound($id: ID!, $version: Int!) {\n    deleteSubsidyRound(id: $id, version: $version)\n  }\n": types.AdminDeleteSubsidyRoundDocument,
    "\n  mutation AdminComputeSubsidyRound($id: ID!, $version: Int) {\n    computeSubsidyRound(id: $id, version: $version) {\n      ...SubsidyRoundFields\n    }\n  }\n": types.AdminComputeSubsidyRoundDocument,
    "\n  mutation AdminApproveSubsidyRound($id: ID!, $version: Int) {\n    approveSubsidyRound(id: $id, version: $version) {\n      ...SubsidyRoundFields\n    }\n  }\n": types.AdminApproveSubsidyRoundDocument,
    "\n  fragment SubsidyAllocationFields on SubsidyAllocation {\n    id\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n    }\n    level\n    weight\n    demand\n    amount\n    reason\n  }\n": types.SubsidyAllocationFieldsFragmentDoc,
    "\n  query AdminRoundAllocations($roundId: ID!, $filter: SubsidyAllocationFilter, $sort: [SubsidyAllocationSort!], $skip: Int, $take: Int) {\n    subsidyRound(id: $roundId) {\n      id\n      allocations(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n        items {\n          ...SubsidyAllocationFields\n        }\n        totalItems\n      }\n    }\n  }\n": types.AdminRoundAllocationsDocument,
    "\n  query AdminPreviewSubsidy($input: PreviewSubsidyInput!, $skip: Int, $take: Int) {\n    previewSubsidy(input: $input, skip: $skip, take: $take) {\n      effectiveMode\n      budget\n      allocated\n      unallocated\n      levels {\n        level\n        weight\n        amount\n      }\n      byLevel {\n        level\n        centers\n        amount\n      }\n      allocations {\n        ...SubsidyAllocationFields\n      }\n    }\n  }\n": types.AdminPreviewSubsidyDocument,
    "\n  fragment UserFields on User {\n    id\n    version\n    email\n    name\n    role\n    active\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $sort: [UserSort!], $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...UserFields\n      }\n      totalItems\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminDeleteUser($id: ID!, $version: Int!) {\n    deleteUser(id: $id, version: $version)\n  }\n": types.AdminDeleteUserDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    version\n    visitedOn\n    occasion\n    residentId\n    centerId\n    resident {\n      id\n      name\n    }\n    center {\n      id\n      code\n      name\n    }\n    cash\n    goods\n    visitingUnit\n    createdAt\n    updatedAt\n  }\n": types.VisitFieldsFragmentDoc,
    "\n  query AdminVisits($filter: VisitFilter, $sort: [VisitSort!], $skip: Int, $take: Int) {\n    visits(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...VisitFields\n      }\n      totalItems\n    }\n  }\n": types.AdminVisitsDocument,
    "\n  query AdminVisit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n": types.AdminVisitDocument,
    "\n  mutation AdminCreateVisit($input: CreateVisitInput!) {\n    createVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n": types.AdminCreateVisitDocument,
    "\n  mutation AdminUpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n": types.AdminUpdateVisitDocument,
    "\n  mutation AdminDeleteVisit($id: ID!, $version: Int!) {\n    deleteVisit(id: $id, version: $version)\n  }\n": types.AdminDeleteVisitDocument,
    "\n  query AdminWorkReport($from: Date!, $to: Date!, $streetId: ID) {\n    workReport(from: $from, to: $to, streetId: $streetId) {\n      from\n      to\n      streetId\n      scopeName\n      periodLabel\n      title\n      centers {\n        ratingRoundId\n        ratingRoundName\n        assessedOn\n        rated\n        byLevel {\n          level\n          label\n          count\n        }\n        rectifications\n        opened\n      }\n      associations {\n        total\n        street\n        community\n      }\n      residents {\n        asOf\n        aged60Plus\n        aged80Plus\n        centenarians\n        hardship\n        welfareCenter\n      }\n      visits {\n        visits\n        residents\n        cash\n        byOccasion {\n          occasion\n          label\n          visits\n          residents\n          cash\n        }\n      }\n      exams {\n        year\n        eligible\n        scheduled\n        completed\n        missed\n        coveragePercent\n      }\n      subsidy {\n        fiscalYears\n        centers\n        amount\n        byLevel {\n          level\n          label\n          centers\n          amount\n        }\n      }\n      projects {\n        byStatus {\n          status\n          label\n          projects\n          investment\n          beds\n        }\n        bedsTotal\n      }\n      sentences\n    }\n  }\n": types.AdminWorkReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StreetFields on Street {\n    id\n    version\n    name\n    communityCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').StreetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStreets($filter: StreetFilter, $sort: [StreetSort!], $skip: Int, $take: Int) {\n    streets(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...StreetFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminStreetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStreet($id: ID!) {\n    street(id: $id) {\n      ...StreetFields\n    }\n  }\n"): typeof import('./graphql').AdminStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateStreet($input: CreateStreetInput!) {\n    createStreet(input: $input) {\n      ...StreetFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateStreet($input: UpdateStreetInput!) {\n    updateStreet(input: $input) {\n      ...StreetFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteStreet($id: ID!, $version: Int!) {\n    deleteStreet(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityFields on Community {\n    id\n    version\n    name\n    streetId\n    street {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CommunityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommunities($filter: CommunityFilter, $sort: [CommunitySort!], $skip: Int, $take: Int) {\n    communities(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...CommunityFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommunity($id: ID!) {\n    community(id: $id) {\n      ...CommunityFields\n    }\n  }\n"): typeof import('./graphql').AdminCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      ...CommunityFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunity(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssociationFields on Association {\n    id\n    version\n    name\n    level\n    streetId\n    communityId\n    street {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    presidentName\n    phone\n    memberCount\n    foundedOn\n    centerCount\n    memberResidentCount\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').AssociationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAssociations($filter: AssociationFilter, $sort: [AssociationSort!], $skip: Int, $take: Int) {\n    associations(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...AssociationFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminAssociationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAssociation($id: ID!) {\n    association(id: $id) {\n      ...AssociationFields\n    }\n  }\n"): typeof import('./graphql').AdminAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      ...AssociationFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAssociation($input: UpdateAssociationInput!) {\n    updateAssociation(input: $input) {\n      ...AssociationFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteAssociation($id: ID!, $version: Int!) {\n    deleteAssociation(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMe {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').AdminMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CenterFields on Center {\n    id\n    version\n    code\n    name\n    communityId\n    community {\n      id\n      name\n    }\n    street {\n      id\n      name\n    }\n    address\n    plaqueDate\n    elderlyCount\n    disabledCount\n    status\n    associationId\n    association {\n      id\n      name\n    }\n    contactName\n    contactPhone\n    floorArea\n    serviceScore\n    currentLevel\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CenterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCenters($filter: CenterFilter, $sort: [CenterSort!], $skip: Int, $take: Int) {\n    centers(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...CenterFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminCentersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCenter($id: ID!) {\n    center(id: $id) {\n      ...CenterFields\n      openRectifications {\n        id\n        level\n        dueOn\n        status\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCenter($input: CreateCenterInput!) {\n    createCenter(input: $input) {\n      ...CenterFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCenter($input: UpdateCenterInput!) {\n    updateCenter(input: $input) {\n      ...CenterFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteCenter($id: ID!, $version: Int!) {\n    deleteCenter(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HealthExamFields on HealthExam {\n    id\n    version\n    residentId\n    resident {\n      id\n      name\n      idNumber\n      community {\n        id\n        name\n      }\n    }\n    year\n    scheduledOn\n    provider\n    status\n    completedOn\n    notes\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').HealthExamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHealthExams($filter: HealthExamFilter, $sort: [HealthExamSort!], $skip: Int, $take: Int) {\n    healthExams(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...HealthExamFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminHealthExamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHealthExam($id: ID!) {\n    healthExam(id: $id) {\n      ...HealthExamFields\n    }\n  }\n"): typeof import('./graphql').AdminHealthExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateHealthExam($input: CreateHealthExamInput!) {\n    createHealthExam(input: $input) {\n      ...HealthExamFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateHealthExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateHealthExam($input: UpdateHealthExamInput!) {\n    updateHealthExam(input: $input) {\n      ...HealthExamFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateHealthExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteHealthExam($id: ID!, $version: Int!) {\n    deleteHealthExam(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteHealthExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    id\n    version\n    type\n    status\n    targetType\n    targetId\n    progress\n    done\n    total\n    step\n    summary\n    error\n    errorCode\n    attempts\n    createdBy\n    instance\n    resultName\n    resultSize\n    resultUrl\n    createdAt\n    updatedAt\n    startedAt\n    finishedAt\n  }\n"): typeof import('./graphql').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJobs($filter: JobFilter, $sort: [JobSort!], $skip: Int, $take: Int) {\n    jobs(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...JobFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').AdminJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminComputeRatingRoundJob($id: ID!, $version: Int) {\n    computeRatingRoundJob(id: $id, version: $version) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').AdminComputeRatingRoundJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminComputeSubsidyRoundJob($id: ID!, $version: Int) {\n    computeSubsidyRoundJob(id: $id, version: $version) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').AdminComputeSubsidyRoundJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    version\n    name\n    category\n    status\n    totalInvestment\n    bedsAdded\n    startedOn\n    plannedCompletionOn\n    completedOn\n    leadUnit\n    approvalRef\n    floorArea\n    latestProgress {\n      id\n      percent\n      reportedOn\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProjects($filter: ProjectFilter, $sort: [ProjectSort!], $skip: Int, $take: Int) {\n    projects(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ProjectFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProject($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n"): typeof import('./graphql').AdminProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteProject($id: ID!, $version: Int!) {\n    deleteProject(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectProgressFields on ProjectProgress {\n    id\n    version\n    projectId\n    reportedOn\n    percent\n    note\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ProjectProgressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProjectProgresses($filter: ProjectProgressFilter, $sort: [ProjectProgressSort!], $skip: Int, $take: Int) {\n    projectProgresses(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ProjectProgressFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminProjectProgressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProjectProgress($id: ID!) {\n    projectProgress(id: $id) {\n      ...ProjectProgressFields\n    }\n  }\n"): typeof import('./graphql').AdminProjectProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProjectProgress($input: CreateProjectProgressInput!) {\n    createProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateProjectProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProjectProgress($input: UpdateProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectProgressFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateProjectProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteProjectProgress($id: ID!, $version: Int!) {\n    deleteProjectProgress(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteProjectProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingRoundFields on RatingRound {\n    id\n    version\n    name\n    assessedOn\n    status\n    centerCount\n    computedAt\n    finalizedAt\n    rectificationCount\n    levelCounts {\n      level\n      count\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').RatingRoundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingSchemeFields on RatingSchemeType {\n    weights {\n      service\n      area\n      seniority\n      population\n    }\n    areaFullAt\n    seniorityPointsPerYear\n    populationFullAt\n    thresholds {\n      FIVE\n      FOUR\n      THREE\n      TWO\n      ONE\n    }\n    serviceVetoBelow\n    newIfYearsBelow\n    rectifyLevels\n    rectificationDays\n  }\n"): typeof import('./graphql').RatingSchemeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRatingRounds($filter: RatingRoundFilter, $sort: [RatingRoundSort!], $skip: Int, $take: Int) {\n    ratingRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...RatingRoundFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminRatingRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRatingRound($id: ID!) {\n    ratingRound(id: $id) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRatingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRatingRound($input: CreateRatingRoundInput!) {\n    createRatingRound(input: $input) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateRatingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRatingRound($input: UpdateRatingRoundInput!) {\n    updateRatingRound(input: $input) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateRatingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteRatingRound($id: ID!, $version: Int!) {\n    deleteRatingRound(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteRatingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminComputeRatingRound($id: ID!, $version: Int) {\n    computeRatingRound(id: $id, version: $version) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminComputeRatingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFinalizeRatingRound($id: ID!, $version: Int) {\n    finalizeRatingRound(id: $id, version: $version) {\n      ...RatingRoundFields\n      scheme {\n        ...RatingSchemeFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminFinalizeRatingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CenterRatingFields on CenterRating {\n    id\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      community {\n        id\n        name\n      }\n    }\n    level\n    rule\n    yearsOpen\n    plaqueDate\n    elderlyCount\n    disabledCount\n    floorArea\n    serviceInput\n    total\n    serviceScore\n    areaScore\n    seniorityScore\n    populationScore\n    explanation\n  }\n"): typeof import('./graphql').CenterRatingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoundRatings($roundId: ID!, $filter: CenterRatingFilter, $sort: [CenterRatingSort!], $skip: Int, $take: Int) {\n    ratingRound(id: $roundId) {\n      id\n      ratings(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n        items {\n          ...CenterRatingFields\n        }\n        totalItems\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRoundRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RectificationFields on Rectification {\n    id\n    version\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n    }\n    round {\n      id\n      name\n    }\n    level\n    dueOn\n    status\n    note\n    submittedOn\n    closedOn\n    overdue\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').RectificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRectifications($filter: RectificationFilter, $sort: [RectificationSort!], $skip: Int, $take: Int) {\n    rectifications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...RectificationFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminRectificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRectification($id: ID!) {\n    rectification(id: $id) {\n      ...RectificationFields\n    }\n  }\n"): typeof import('./graphql').AdminRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRectification($input: UpdateRectificationInput!) {\n    updateRectification(input: $input) {\n      ...RectificationFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPreviewRating($assessedOn: Date!, $scheme: RatingSchemeInput, $skip: Int, $take: Int) {\n    previewRating(assessedOn: $assessedOn, scheme: $scheme, skip: $skip, take: $take) {\n      assessedOn\n      centerCount\n      scheme {\n        ...RatingSchemeFields\n      }\n      levelCounts {\n        level\n        count\n      }\n      ratings {\n        ...CenterRatingFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPreviewRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCompareRatingRounds($fromId: ID!, $toId: ID!) {\n    compareRatingRounds(fromId: $fromId, toId: $toId) {\n      up\n      down\n      same\n      added\n      removed\n      changes {\n        centerId\n        fromLevel\n        toLevel\n        change\n        fromTotal\n        toTotal\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCompareRatingRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentFields on Resident {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumber\n    phone\n    communityId\n    community {\n      id\n      name\n    }\n    street {\n      id\n      name\n    }\n    householdRegistered\n    hasEmployer\n    hardship\n    disabled\n    residence\n    associationId\n    association {\n      id\n      name\n    }\n    deceasedOn\n    age\n    centenarian\n    freeExamEligible\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ResidentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminResidents($filter: ResidentFilter, $sort: [ResidentSort!], $skip: Int, $take: Int) {\n    residents(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...ResidentFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentFields\n    }\n  }\n"): typeof import('./graphql').AdminResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateResident($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      ...ResidentFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteResident($id: ID!, $version: Int!) {\n    deleteResident(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStatistics($filter: StatisticsFilter, $fiscalYear: Int, $year: Int) {\n    statistics(filter: $filter) {\n      asOf\n      centersByLevel {\n        level\n        count\n      }\n      subsidyByStreet(fiscalYear: $fiscalYear) {\n        streetId\n        streetName\n        fiscalYear\n        centers\n        amount\n      }\n      residentsByAgeBand {\n        band\n        count\n      }\n      examCoverageTotal(year: $year) {\n        year\n        eligible\n        scheduled\n        completed\n        missed\n      }\n      projectsByStatus {\n        status\n        projects\n        investment\n        beds\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidyRoundFields on SubsidyRound {\n    id\n    version\n    name\n    fiscalYear\n    fundSource\n    budget\n    ratingRoundId\n    ratingRound {\n      id\n      name\n    }\n    mode\n    status\n    effectiveMode\n    allocated\n    unallocated\n    computedAt\n    computedBy\n    approvedAt\n    approvedBy\n    levels {\n      level\n      weight\n      amount\n    }\n    byLevel {\n      level\n      centers\n      amount\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').SubsidyRoundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSubsidyRounds($filter: SubsidyRoundFilter, $sort: [SubsidyRoundSort!], $skip: Int, $take: Int) {\n    subsidyRounds(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...SubsidyRoundFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminSubsidyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSubsidyRound($id: ID!) {\n    subsidyRound(id: $id) {\n      ...SubsidyRoundFields\n    }\n  }\n"): typeof import('./graphql').AdminSubsidyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSubsidyRound($input: CreateSubsidyRoundInput!) {\n    createSubsidyRound(input: $input) {\n      ...SubsidyRoundFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateSubsidyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSubsidyRound($input: UpdateSubsidyRoundInput!) {\n    updateSubsidyRound(input: $input) {\n      ...SubsidyRoundFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateSubsidyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteSubsidyRound($id: ID!, $version: Int!) {\n    deleteSubsidyRound(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteSubsidyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminComputeSubsidyRound($id: ID!, $version: Int) {\n    computeSubsidyRound(id: $id, version: $version) {\n      ...SubsidyRoundFields\n    }\n  }\n"): typeof import('./graphql').AdminComputeSubsidyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveSubsidyRound($id: ID!, $version: Int) {\n    approveSubsidyRound(id: $id, version: $version) {\n      ...SubsidyRoundFields\n    }\n  }\n"): typeof import('./graphql').AdminApproveSubsidyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidyAllocationFields on SubsidyAllocation {\n    id\n    roundId\n    centerId\n    center {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n    }\n    level\n    weight\n    demand\n    amount\n    reason\n  }\n"): typeof import('./graphql').SubsidyAllocationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoundAllocations($roundId: ID!, $filter: SubsidyAllocationFilter, $sort: [SubsidyAllocationSort!], $skip: Int, $take: Int) {\n    subsidyRound(id: $roundId) {\n      id\n      allocations(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n        items {\n          ...SubsidyAllocationFields\n        }\n        totalItems\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRoundAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPreviewSubsidy($input: PreviewSubsidyInput!, $skip: Int, $take: Int) {\n    previewSubsidy(input: $input, skip: $skip, take: $take) {\n      effectiveMode\n      budget\n      allocated\n      unallocated\n      levels {\n        level\n        weight\n        amount\n      }\n      byLevel {\n        level\n        centers\n        amount\n      }\n      allocations {\n        ...SubsidyAllocationFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPreviewSubsidyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    version\n    email\n    name\n    role\n    active\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $sort: [UserSort!], $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...UserFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').AdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteUser($id: ID!, $version: Int!) {\n    deleteUser(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitFields on Visit {\n    id\n    version\n    visitedOn\n    occasion\n    residentId\n    centerId\n    resident {\n      id\n      name\n    }\n    center {\n      id\n      code\n      name\n    }\n    cash\n    goods\n    visitingUnit\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').VisitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVisits($filter: VisitFilter, $sort: [VisitSort!], $skip: Int, $take: Int) {\n    visits(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      items {\n        ...VisitFields\n      }\n      totalItems\n    }\n  }\n"): typeof import('./graphql').AdminVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVisit($id: ID!) {\n    visit(id: $id) {\n      ...VisitFields\n    }\n  }\n"): typeof import('./graphql').AdminVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateVisit($input: CreateVisitInput!) {\n    createVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n"): typeof import('./graphql').AdminUpdateVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteVisit($id: ID!, $version: Int!) {\n    deleteVisit(id: $id, version: $version)\n  }\n"): typeof import('./graphql').AdminDeleteVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWorkReport($from: Date!, $to: Date!, $streetId: ID) {\n    workReport(from: $from, to: $to, streetId: $streetId) {\n      from\n      to\n      streetId\n      scopeName\n      periodLabel\n      title\n      centers {\n        ratingRoundId\n        ratingRoundName\n        assessedOn\n        rated\n        byLevel {\n          level\n          label\n          count\n        }\n        rectifications\n        opened\n      }\n      associations {\n        total\n        street\n        community\n      }\n      residents {\n        asOf\n        aged60Plus\n        aged80Plus\n        centenarians\n        hardship\n        welfareCenter\n      }\n      visits {\n        visits\n        residents\n        cash\n        byOccasion {\n          occasion\n          label\n          visits\n          residents\n          cash\n        }\n      }\n      exams {\n        year\n        eligible\n        scheduled\n        completed\n        missed\n        coveragePercent\n      }\n      subsidy {\n        fiscalYears\n        centers\n        amount\n        byLevel {\n          level\n          label\n          centers\n          amount\n        }\n      }\n      projects {\n        byStatus {\n          status\n          label\n          projects\n          investment\n          beds\n        }\n        bedsTotal\n      }\n      sentences\n    }\n  }\n"): typeof import('./graphql').AdminWorkReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
