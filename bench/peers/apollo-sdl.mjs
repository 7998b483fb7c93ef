// Peer (c): plain Apollo Server 5 (standalone, node:http) with an SDL schema for the same types and plain-JS
// resolvers over a mysql2 pool — what a competent developer writes without our framework layers: one
// DataLoader per relation per request, the latest rating in one batched statement, no auth, no limits, no audit.
// totalItems counts as our server does: up to LIST_COUNT_LIMIT matches, no further
// (bench/peers.mjs passes our server's value).
// Each response carries `x-sql-statements`. Env: DATABASE_URL (mysql://…/db), PORT, POOL_SIZE (default 10).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'server/package.json'));
const mysql = require('mysql2/promise');
const DataLoader = require('dataloader');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const COUNT_LIMIT = Number(process.env.LIST_COUNT_LIMIT || 100_000);
const url = new URL(process.env.DATABASE_URL);
const pool = mysql.createPool({
  host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password),
  database: url.pathname.slice(1), connectionLimit: Number(process.env.POOL_SIZE || 10), charset: 'utf8mb4_unicode_520_ci',
});

const typeDefs = `#graphql
  enum CenterStatus { ACTIVE SUSPENDED CLOSED }
  enum StarLevel { FIVE FOUR THREE TWO ONE FAIL NEW }
  enum AssociationLevel { STREET COMMUNITY }
  type Street { id: ID! name: String! }
  type Community { id: ID! name: String! street: Street! }
  type Association { id: ID! name: String! level: AssociationLevel! memberCount: Int! }
  type Center {
    id: ID!
    code: String!
    name: String!
    address: String!
    status: CenterStatus!
    elderlyCount: Int!
    community: Community!
    association: Association
    "Level in the latest FINALIZED rating round"
    currentLevel: StarLevel
  }
  type CenterList { items: [Center!]! totalItems: Int! }
  type Query { centers(skip: Int = 0, take: Int = 25): CenterList! }
`;

/** Runs one statement for the request (counted for the x-sql-statements header). */
async function sql(ctx, text, params) {
  ctx.counter.statements++;
  const [rows] = await pool.execute(text, params);
  return rows;
}

const byId = (ctx, table, columns) =>
  new DataLoader(async (ids) => {
    const rows = await sql(ctx, `SELECT ${columns} FROM \`${table}\` WHERE id IN (${ids.map(() => '?').join(',')})`, ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

function context() {
  const ctx = { counter: { statements: 0 } }; // Apollo shallow-copies the context per operation: count in a shared object
  ctx.community = byId(ctx, 'community', 'id, name, street_id');
  ctx.street = byId(ctx, 'street', 'id, name');
  ctx.association = byId(ctx, 'association', 'id, name, level, member_count');
  ctx.latestRating = new DataLoader(async (ids) => {
    const rows = await sql(
      ctx,
      `SELECT center_id, level FROM center_rating WHERE center_id IN (${ids.map(() => '?').join(',')})
         AND round_id = (SELECT id FROM rating_round WHERE status = 'FINALIZED' ORDER BY assessed_on DESC, id DESC LIMIT 1)`,
      ids,
    );
    const map = new Map(rows.map((r) => [r.center_id, r.level]));
    return ids.map((id) => map.get(id) ?? null);
  });
  return ctx;
}

const resolvers = {
  Query: {
    async centers(_, { skip, take }, ctx) {
      const [count, items] = await Promise.all([
        sql(ctx, `SELECT COUNT(*) AS n FROM (SELECT id FROM center LIMIT ${COUNT_LIMIT + 1}) counted`, []),
        sql(ctx, 'SELECT id, code, name, address, status, elderly_count, community_id, association_id FROM center ORDER BY id LIMIT ? OFFSET ?', [String(take), String(skip)]),
      ]);
      return { totalItems: Math.min(Number(count[0].n), COUNT_LIMIT), items };
    },
  },
  Center: {
    elderlyCount: (c) => c.elderly_count,
    community: (c, _, ctx) => ctx.community.load(c.community_id),
    association: (c, _, ctx) => (c.association_id === null ? null : ctx.association.load(c.association_id)),
    currentLevel: (c, _, ctx) => ctx.latestRating.load(c.id),
  },
  Community: { street: (cm, _, ctx) => ctx.street.load(cm.street_id) },
  Association: { memberCount: (a) => a.member_count },
};

const countHeader = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('x-sql-statements', String(contextValue.counter.statements));
      },
    };
  },
};

const server = new ApolloServer({ typeDefs, resolvers, plugins: [countHeader] });
const { url: listening } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT || 0), host: '127.0.0.1' }, context: async () => context() });
console.log(`apollo-sdl peer listening on ${listening}`);
const stop = async () => {
  await server.stop();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
