// Enum values (typed against the generated schema types) and their translated choices for fields and inputs.
import type {
  AssociationLevel,
  CenterStatus,
  ExamStatus,
  Gender,
  ProjectCategory,
  ProjectStatus,
  RectificationStatus,
  Residence,
  Role,
  RoundStatus,
  StarLevel,
  SubsidyMode,
  SubsidyStatus,
  VisitOccasion,
} from '../gql/graphql';

export const ENUMS = {
  CenterStatus: ['ACTIVE', 'SUSPENDED', 'CLOSED'] satisfies CenterStatus[],
  StarLevel: ['FIVE', 'FOUR', 'THREE', 'TWO', 'ONE', 'FAIL', 'NEW'] satisfies StarLevel[],
  AssociationLevel: ['STREET', 'COMMUNITY'] satisfies AssociationLevel[],
  Gender: ['MALE', 'FEMALE'] satisfies Gender[],
  Residence: ['HOME', 'WELFARE_CENTER', 'OTHER_INSTITUTION'] satisfies Residence[],
  ExamStatus: ['SCHEDULED', 'COMPLETED', 'MISSED'] satisfies ExamStatus[],
  VisitOccasion: ['SPRING_FESTIVAL', 'DOUBLE_NINTH', 'CENTENARIAN_BIRTHDAY', 'HOSPITAL', 'OTHER'] satisfies VisitOccasion[],
  ProjectCategory: ['PUBLIC_INSTITUTION', 'HOME_CARE_CENTER', 'DAY_CARE_CENTER', 'PRIVATE_INSTITUTION', 'TRAINING', 'OTHER'] satisfies ProjectCategory[],
  ProjectStatus: ['PROPOSED', 'APPROVED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_SERVICE', 'CANCELLED'] satisfies ProjectStatus[],
  RoundStatus: ['DRAFT', 'COMPUTED', 'FINALIZED'] satisfies RoundStatus[],
  SubsidyStatus: ['DRAFT', 'COMPUTED', 'APPROVED'] satisfies SubsidyStatus[],
  SubsidyMode: ['WEIGHTED', 'FIXED_PER_LEVEL'] satisfies SubsidyMode[],
  RectificationStatus: ['OPEN', 'SUBMITTED', 'PASSED', 'FAILED'] satisfies RectificationStatus[],
  Role: ['ADMIN', 'OFFICER', 'ANALYST'] satisfies Role[],
} as const;

export type EnumName = keyof typeof ENUMS | 'EffectiveSubsidyMode' | 'RatingRule' | 'ZeroAmountReason';

/** Choices whose names are translation keys (react-admin translates them). */
export const choices = (name: keyof typeof ENUMS) => ENUMS[name].map((id) => ({ id, name: `eg.enum.${name}.${id}` }));
