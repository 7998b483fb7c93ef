// Placeholder until `statistics` is in server/schema.graphql.
import type { Request } from '../client';

export const statisticsOps = (_rq: Request) => ({
  statistics: async (_vars: { asOf?: string; fiscalYear?: number; year?: number }): Promise<null> => null,
});
