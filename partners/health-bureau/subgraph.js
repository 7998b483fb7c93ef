// The health bureau's exam-results service: a tiny Apollo Federation v2 subgraph that extends ElderGraph's
// `Resident` entity with `examResults`. A sample partner for the demo and for ElderGraph's composition test
// (server/test/federation.e2e-spec.ts). Plain CommonJS so that `node partners/health-bureau/server.js` runs it
// with the packages the repository already installs (@apollo/server, @apollo/subgraph, graphql).
'use strict';
const { parse } = require('graphql');
const { buildSubgraphSchema } = require('@apollo/subgraph');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const { ApolloServerPluginInlineTraceDisabled } = require('@apollo/server/plugin/disabled');

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "ElderGraph's resident, known here by its id only"
  type Resident @key(fields: "id") {
    id: ID!
    """
    Results of the free health exams the bureau's hospitals recorded, newest first. Nullable on purpose: when this
    service is down, a gateway answers null here (with an error) and the rest of the resident still comes back.
    """
    examResults: [ExamResult!]
  }

  "One exam's results as the health bureau records them"
  type ExamResult {
    id: ID!
    examinedOn: String!
    hospital: String!
    bloodPressure: String
    fastingGlucose: Float
    conclusion: String!
    resident: Resident!
  }

  type Query {
    "One exam result by id (the gateway fetches its resident from ElderGraph)"
    examResult(id: ID!): ExamResult
  }
`);

/** Demo results for any resident id: deterministic, so the demo and the tests agree. */
function demoResults(residentId) {
  const n = Number(residentId);
  if (!Number.isInteger(n) || n <= 0 || n % 3 === 0) return []; // every third resident was not examined
  return [
    { id: `${n}-2016`, residentId: String(n), examinedOn: '2016-05-20', hospital: '罗湖区人民医院', bloodPressure: `${120 + (n % 20)}/${75 + (n % 10)}`, fastingGlucose: 5 + (n % 10) / 10, conclusion: n % 5 === 0 ? '建议复查' : '未见明显异常' },
  ];
}

/**
 * The subgraph's schema. `results(residentId)` supplies the exam results (default: demoResults); the bureau's
 * real service reads its own database here.
 */
function createHealthBureauSchema({ results = demoResults } = {}) {
  const byId = (id) => {
    const [residentId] = String(id).split('-');
    return results(residentId).find((r) => r.id === String(id)) ?? null;
  };
  const resolvers = {
    Query: { examResult: (_root, { id }) => byId(id) },
    Resident: {
      __resolveReference: (ref) => ({ id: ref.id }),
      examResults: (resident) => results(resident.id),
    },
    ExamResult: { resident: (r) => ({ __typename: 'Resident', id: r.residentId }) },
  };
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

/** Starts the subgraph over HTTP; resolves to { url, stop }. */
async function startHealthBureau({ port = 4001, host = '127.0.0.1', results } = {}) {
  const server = new ApolloServer({ schema: createHealthBureauSchema({ results }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port, host } });
  return { url, stop: () => server.stop() };
}

module.exports = { typeDefs, demoResults, createHealthBureauSchema, startHealthBureau };
