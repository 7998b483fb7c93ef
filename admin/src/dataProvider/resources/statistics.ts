// Placeholder until `statistics` is in server/schema.graphql.
import type { Request } from '../client';
import type { Stats } from '../../dashboard/types';

export const statisticsOps = (_rq: Request) => ({
  statistics: async (_vars: { asOf?: string; fiscalYear?: number; year?: number }): Promise<Stats | null> => null,
});
