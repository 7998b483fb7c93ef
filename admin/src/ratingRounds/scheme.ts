// The default rating scheme (DOMAIN.md) as form defaults, and the cleanup that turns form values into RatingSchemeInput.
import type { RatingSchemeInput } from '../gql/graphql';

export const DEFAULT_SCHEME: RatingSchemeInput = {
  weights: { service: 0.55, area: 0.15, seniority: 0.1, population: 0.2 },
  areaFullAt: 300,
  seniorityPointsPerYear: 20,
  populationFullAt: 1500,
  thresholds: { FIVE: 92, FOUR: 84, THREE: 76, TWO: 68, ONE: 60 },
  serviceVetoBelow: 50,
  newIfYearsBelow: 1,
  rectifyLevels: ['ONE', 'FAIL'],
  rectificationDays: 90,
};

/** Drops empty values (null, '', undefined) and empty objects, so absent parameters keep the server's default. */
export function cleanScheme(value: unknown): RatingSchemeInput | undefined {
  const clean = (v: unknown): unknown => {
    if (v === null || v === undefined || v === '') return undefined;
    if (Array.isArray(v)) return v;
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === '__typename') continue;
        const c = clean(x);
        if (c !== undefined) out[k] = c;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return v;
  };
  return clean(value) as RatingSchemeInput | undefined;
}
