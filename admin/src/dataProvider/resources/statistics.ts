import { graphql } from '../../gql';
import type { Request } from '../client';

/** One request, each field one aggregate statement on the server; nothing is summed in the browser. */
const StatisticsQuery = graphql(`
  query AdminStatistics($filter: StatisticsFilter, $fiscalYear: Int, $year: Int) {
    statistics(filter: $filter) {
      asOf
      centersByLevel {
        level
        count
      }
      subsidyByStreet(fiscalYear: $fiscalYear) {
        streetId
        streetName
        fiscalYear
        centers
        amount
      }
      residentsByAgeBand {
        band
        count
      }
      examCoverageTotal(year: $year) {
        year
        eligible
        scheduled
        completed
        missed
      }
      projectsByStatus {
        status
        projects
        investment
        beds
      }
    }
  }
`);

export interface StatisticsVars {
  asOf?: string;
  streetId?: string;
  communityId?: string;
  fiscalYear?: number;
  year?: number;
}

export const statisticsOps = (rq: Request) => ({
  statistics: ({ asOf, streetId, communityId, fiscalYear, year }: StatisticsVars) =>
    rq(StatisticsQuery, { filter: { asOf, streetId, communityId }, fiscalYear, year }).then((d) => d.statistics),
});
