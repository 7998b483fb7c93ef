// The MariaDB database every peer of bench/peers.mjs reads: our schema (migrations of server/dist), 10 streets,
// 500 communities, 510 associations (one per community, one per street), N centers (default 50,000; 80% with
// their community's association) and three FINALIZED rating rounds (2014–2016) computed by our own services,
// so that a center's "latest rating" is a real lookup among 3 × N ratings. Also the first ADMIN.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { centerRows } from '../lib/centers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'server/package.json'));
require('reflect-metadata');
const mysql = require('mysql2/promise');
const dist = (p) => require(path.join(root, 'server/dist', p));

export const STREETS = 10;
export const COMMUNITIES_PER_STREET = 50;
export const ROUND_DATES = ['2014-06-30', '2015-06-30', '2016-06-30'];

/** Creates and fills a fresh database on `mysqlServer`; returns its URL and a function that drops it. */
export async function createPeerDataset(mysqlServer, { centers = 50_000, admin, log = () => {} }) {
  const { createDataSource } = dist('config/data-source.js');
  const { registerServices } = dist('services.js');
  const { Loaders } = dist('common/loaders.js');
  const { bulkInsert } = dist('common/bulk.js');
  const { Street } = dist('modules/area/street.entity.js');
  const { Community } = dist('modules/area/community.entity.js');
  const { Association } = dist('modules/association/association.entity.js');
  const { Center } = dist('modules/center/center.entity.js');

  const name = `eg_peers_${process.pid}`;
  const server = mysqlServer.replace(/\/$/, '');
  const c = await mysql.createConnection(server);
  await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  const url = `${server}/${name}`;
  const drop = async () => {
    const c2 = await mysql.createConnection(server);
    await c2.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c2.end();
  };

  const t0 = Date.now();
  let ratings = 0;
  const ds = await createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const svc = registerServices(ds, { jwtSecret: 'x'.repeat(32), jwtTtlSeconds: 60 });
    await svc.auth.ensureFirstAdmin(admin.email, admin.password);

    await ds.getRepository(Street).insert(Array.from({ length: STREETS }, (_, i) => ({ name: `基准街道${i}`, version: 1 })));
    const streets = await ds.getRepository(Street).find({ order: { id: 'ASC' } });
    await ds.getRepository(Community).insert(
      streets.flatMap((s, si) => Array.from({ length: COMMUNITIES_PER_STREET }, (_, i) => ({ name: `社区${si}-${i}`, streetId: s.id, version: 1 }))),
    );
    const communities = await ds.getRepository(Community).find({ order: { id: 'ASC' } });
    await ds.getRepository(Association).insert([
      ...streets.map((s) => ({ name: `${s.name}老年协会`, level: 'STREET', streetId: s.id, communityId: null, memberCount: 200, version: 1 })),
      ...communities.map((cm) => ({ name: `${cm.name}老年协会`, level: 'COMMUNITY', streetId: cm.streetId, communityId: cm.id, memberCount: 40, version: 1 })),
    ]);
    const associationOfCommunity = new Map((await ds.getRepository(Association).find({ where: { level: 'COMMUNITY' } })).map((a) => [a.communityId, a.id]));
    const rows = centerRows(centers, communities.map((cm) => cm.id), (i, communityId) => (i % 5 === 4 ? null : associationOfCommunity.get(communityId)));
    await ds.transaction((m) => bulkInsert(m, Center, Object.keys(rows[0]), rows));
    log(`  ${centers} centers inserted (${Date.now() - t0} ms)`);

    const ctx = { requestId: 'bench-peers', ds, loaders: new Loaders(ds), actor: { kind: 'SYSTEM', id: null, name: 'bench', role: 'SYSTEM' }, now: new Date() };
    for (const assessedOn of ROUND_DATES) {
      const round = await svc.ratingRounds.create(ctx, { name: `星级评定 ${assessedOn.slice(0, 4)}`, assessedOn });
      await svc.ratingRounds.compute(ctx, String(round.id));
      await svc.ratingRounds.finalize(ctx, String(round.id));
    }
    for (const t of ['street', 'community', 'association', 'center', 'rating_round', 'center_rating']) await ds.query(`ANALYZE TABLE \`${t}\``);
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM center_rating');
    log(`  ${ROUND_DATES.length} rating rounds finalized, ${n} ratings (${Date.now() - t0} ms in all)`);
    ratings = Number(n);
  } catch (e) {
    await ds.destroy();
    await drop();
    throw e;
  }
  await ds.destroy();
  return { url, name, drop, ratings };
}
