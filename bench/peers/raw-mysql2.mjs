// Peer (a), the physical floor: node:http + a mysql2 pool + hand-written SQL, no GraphQL at all. Answers
// POST /graphql for the benchmark's two operations, recognised by operationName, with the JSON our server
// returns for them:
//   CentersList($take, $skip): centers { totalItems items { id code name status community { id name }
//                              association { id name } currentLevel } }   — ONE statement
//   Trivial: { __typename }                                               — no statement
// totalItems counts as our server does: up to LIST_COUNT_LIMIT matches, no further
// (bench/peers.mjs passes our server's value).
// Each response carries `x-sql-statements`. Env: DATABASE_URL (mysql://…/db), PORT, POOL_SIZE (default 10).
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mysql = createRequire(path.join(root, 'server/package.json'))('mysql2/promise');

const COUNT_LIMIT = Number(process.env.LIST_COUNT_LIMIT || 100_000);
const url = new URL(process.env.DATABASE_URL);
const pool = mysql.createPool({
  host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password),
  database: url.pathname.slice(1), connectionLimit: Number(process.env.POOL_SIZE || 10), charset: 'utf8mb4_unicode_520_ci',
});

// The page first (LIMIT before any join), then its community, association and rating in the latest FINALIZED
// round (unique index round_id + center_id); the (limited) total rides along as a scalar subquery.
const CENTERS_SQL = `
SELECT c.id, c.code, c.name, c.status, cm.id AS cm_id, cm.name AS cm_name, a.id AS a_id, a.name AS a_name, r.level,
       (SELECT COUNT(*) FROM (SELECT id FROM center LIMIT ${COUNT_LIMIT + 1}) counted) AS total
FROM (SELECT id, code, name, status, community_id, association_id FROM center ORDER BY id LIMIT ? OFFSET ?) c
JOIN community cm ON cm.id = c.community_id
LEFT JOIN association a ON a.id = c.association_id
LEFT JOIN center_rating r ON r.center_id = c.id
  AND r.round_id = (SELECT id FROM rating_round WHERE status = 'FINALIZED' ORDER BY assessed_on DESC, id DESC LIMIT 1)
ORDER BY c.id`;

async function centers(take, skip) {
  const [rows] = await pool.execute(CENTERS_SQL, [String(take), String(skip)]);
  const counted = rows.length ? Number(rows[0].total) : Number((await pool.query(`SELECT COUNT(*) AS n FROM (SELECT id FROM center LIMIT ${COUNT_LIMIT + 1}) counted`))[0][0].n);
  const totalItems = Math.min(counted, COUNT_LIMIT);
  return {
    statements: rows.length ? 1 : 2,
    data: {
      centers: {
        totalItems,
        items: rows.map((r) => ({
          id: String(r.id), code: r.code, name: r.name, status: r.status,
          community: { id: String(r.cm_id), name: r.cm_name },
          association: r.a_id === null ? null : { id: String(r.a_id), name: r.a_name },
          currentLevel: r.level ?? null,
        })),
      },
    },
  };
}

function send(res, status, body, statements = 0) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), 'x-sql-statements': String(statements) });
  res.end(json);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/readyz') return send(res, 200, { status: 'ready' });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'not found' }] });
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const v = body.variables ?? {};
      if (body.operationName === 'Trivial') return send(res, 200, { data: { __typename: 'Query' } });
      if (body.operationName === 'CentersList') {
        const take = Math.min(Math.max(Number(v.take ?? 25), 1), 500);
        const skip = Math.max(Number(v.skip ?? 0), 0);
        const { data, statements } = await centers(take, skip);
        return send(res, 200, { data }, statements);
      }
      return send(res, 400, { errors: [{ message: `unknown operation ${body.operationName}` }] });
    } catch (e) {
      return send(res, 500, { errors: [{ message: String(e?.message ?? e) }] });
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => console.log(`raw-mysql2 peer listening on ${server.address().port}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
