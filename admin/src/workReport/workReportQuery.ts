import { graphql } from '../gql';

/** The figures of the work report (server: workReport), one aggregate query on the server; nothing summed here. */
export const WorkReportQuery = graphql(`
  query AdminWorkReport($from: Date!, $to: Date!, $streetId: ID) {
    workReport(from: $from, to: $to, streetId: $streetId) {
      from
      to
      streetId
      scopeName
      periodLabel
      title
      centers {
        ratingRoundId
        ratingRoundName
        assessedOn
        rated
        byLevel {
          level
          label
          count
        }
        rectifications
        opened
      }
      associations {
        total
        street
        community
      }
      residents {
        asOf
        aged60Plus
        aged80Plus
        centenarians
        hardship
        welfareCenter
      }
      visits {
        visits
        residents
        cash
        byOccasion {
          occasion
          label
          visits
          residents
          cash
        }
      }
      exams {
        year
        eligible
        scheduled
        completed
        missed
        coveragePercent
      }
      subsidy {
        fiscalYears
        centers
        amount
        byLevel {
          level
          label
          centers
          amount
        }
      }
      projects {
        byStatus {
          status
          label
          projects
          investment
          beds
        }
        bedsTotal
      }
      sentences
    }
  }
`);
