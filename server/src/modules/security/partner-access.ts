import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { Ctx } from '../../common/context';
import { Forbidden } from '../../common/errors';
import type { Scope } from '../auth/api-key.service';

/**
 * What a partner app's API key may reach, per scope: GraphQL type → fields. A key gets the union over its
 * scopes and nothing else — every other field, on any type, is FORBIDDEN to it (checked by PartnerFieldGuard
 * on every field resolution, nested results included). User roles are governed by @Authorized instead.
 */
const CENTER_FIELDS = ['id', 'code', 'name', 'address', 'floorArea', 'plaqueDate', 'elderlyCount', 'disabledCount', 'serviceScore', 'status', 'currentLevel', 'community', 'street', 'version', 'createdAt', 'updatedAt'];
const AREA = { Community: ['id', 'name', 'street'], Street: ['id', 'name'] };
const EXAM_FIELDS = ['id', 'residentId', 'resident', 'year', 'scheduledOn', 'provider', 'status', 'completedOn', 'notes', 'version', 'createdAt', 'updatedAt'];
const EXAM_RESIDENT = ['id', 'name', 'gender', 'idNumber', 'age', 'community'];
const COHORT = { ExamCohortList: ['items', 'totalItems'], ExamCohortMember: ['id', 'name', 'gender', 'age', 'idNumber', 'community', 'exam'] };

/** The exam cohort, bulk sync and exam records: read by exams:read, and by exams:write with its two mutations. */
const EXAMS_READ = {
  Query: ['healthExam', 'healthExams', 'examCohort', 'residentsAfter'],
  ResidentPage: ['items', 'nextCursor'],
  HealthExamList: ['items', 'totalItems', 'totalItemsExact'],
  HealthExam: EXAM_FIELDS,
  Resident: EXAM_RESIDENT,
  ...COHORT,
  ...AREA,
};

export const PARTNER_ACCESS: Record<Scope, Record<string, readonly string[]>> = {
  'centers:read': { Query: ['center', 'centers'], CenterList: ['items', 'totalItems', 'totalItemsExact'], Center: CENTER_FIELDS, ...AREA },
  'exams:read': EXAMS_READ,
  'exams:write': { ...EXAMS_READ, Mutation: ['createHealthExam', 'updateHealthExam'] },
  'statistics:read': {
    Query: ['statistics'],
    // every field of the statistics types; small cells are suppressed for partners by the statistics service
    Statistics: ['*'], LevelCount: ['*'], StreetLevelCount: ['*'], StreetSubsidy: ['*'], LevelSubsidy: ['*'], AgeBandCount: ['*'], KeyCount: ['*'],
    ExamCoverage: ['*'], OccasionTotal: ['*'], ProjectStatusTotal: ['*'],
  },
};

const cache = new Map<string, Set<string>>();

/** The `Type.field` pairs a set of scopes opens (memoised per scope set). */
export function partnerFields(scopes: readonly string[]): Set<string> {
  const key = [...scopes].sort().join(' ');
  let set = cache.get(key);
  if (!set) {
    set = new Set();
    for (const s of scopes) {
      for (const [type, fields] of Object.entries(PARTNER_ACCESS[s as Scope] ?? {})) for (const f of fields) set.add(`${type}.${f}`);
    }
    cache.set(key, set);
  }
  return set;
}

export function partnerMayResolve(scopes: readonly string[], type: string, field: string): boolean {
  const set = partnerFields(scopes);
  return set.has(`${type}.${field}`) || set.has(`${type}.*`);
}

/**
 * PartnerFieldGuard: an API key resolves only the fields its scopes open, checked on every field resolution
 * (nested results included). Applied to every object-type field of the TypeGraphQL schema (before federation adds
 * `_service` / `_entities`) as a plain synchronous wrapper around the field's resolver. It used to be a TypeGraphQL
 * global middleware, which turns every field of every row — plain columns included — into an async middleware
 * chain: the n = 100 centers list spent most of its time in those promises (bench/RESULTS.md, peer benchmarks).
 */
export function applyPartnerFieldGuard(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const typeName = type.name;
      const fieldName = field.name;
      field.resolve = (source, args, context: Ctx, info) => {
        const actor = context?.actor;
        if (actor?.kind === 'API_KEY' && !partnerMayResolve(actor.scopes ?? [], typeName, fieldName)) {
          throw new Forbidden(`This API key's scopes do not include ${typeName}.${fieldName}`);
        }
        return resolve(source, args, context, info);
      };
    }
  }
}
