/**
 * Saved example operations of the explorer (GraphiQL tabs). The server's explorer test validates every one of
 * them against the live schema, so a renamed field breaks the build, not the analyst's morning.
 * Plain data, no imports: the server's tests import this file too.
 */
export interface Example {
  title: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Centers per level and street, subsidy per street (2016)',
    query: `# Centers per star level per street, and the subsidy paid per street in fiscal 2016, in one request
query CentersAndSubsidyByStreet2016 {
  statistics(filter: { asOf: "2016-06-30" }) {
    centersByStreetAndLevel { streetName level count }
    subsidyByStreet(fiscalYear: 2016) { streetName amount }
  }
}
`,
  },
  {
    title: 'Centenarians',
    query: `# 百岁老人: how many, and who (ID numbers and phones are masked for analysts)
query Centenarians($asOf: Date = "2016-06-30") {
  statistics(filter: { asOf: $asOf }) { centenarians }
  residents(filter: { centenarian: true, alive: true, asOf: $asOf }, sort: [{ field: birthDate, direction: ASC }], take: 50) {
    totalItems
    items { id name gender birthDate age(asOf: $asOf) idNumber community { name street { name } } }
  }
}
`,
    variables: '{ "asOf": "2016-06-30" }',
  },
  {
    title: 'Exam coverage per community',
    query: `# Free health exams: eligible residents and the year's exams by status, per community and in total
query ExamCoverage($asOf: Date = "2016-06-30", $year: Int = 2016) {
  statistics(filter: { asOf: $asOf }) {
    examCoverage(year: $year) { streetName communityName eligible scheduled completed missed }
    examCoverageTotal(year: $year) { eligible scheduled completed missed }
  }
}
`,
  },
  {
    title: "A rating round's explanations",
    query: `# The latest rating rounds, their level counts, and each center's sub-scores with the explanation of its level
query RatingExplanations {
  ratingRounds(sort: [{ field: assessedOn, direction: DESC }], take: 3) {
    items {
      id name assessedOn status
      levelCounts { level count }
      ratings(take: 25) {
        totalItems
        items { center { code name } level rule total serviceScore areaScore seniorityScore populationScore explanation }
      }
    }
  }
}
`,
  },
  {
    title: 'Project investment and beds',
    query: `# Projects per status (count, investment, beds), and the projects themselves by investment
query ProjectInvestmentAndBeds {
  statistics { projectsByStatus { status projects investment beds } }
  projects(sort: [{ field: totalInvestment, direction: DESC }], take: 25) {
    totalItems
    items { name category status totalInvestment bedsAdded startedOn plannedCompletionOn completedOn leadUnit }
  }
}
`,
  },
];
