/**
 * Loads the demo district into any database:  npm run seed -- [DATABASE_URL] [--residents N]
 * (DATABASE_URL also from the environment). Applies pending migrations first; refuses a non-empty database.
 */
import 'reflect-metadata';
import { createDataSource } from '../config/data-source';
import { registerServices } from '../services';
import { Street } from '../modules/area/street.entity';
import { generateDemoDistrict } from './demo-district';
import { loadDemoDistrict, loadDemoRounds } from './load-demo';

async function main() {
  const args = process.argv.slice(2);
  const url = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? process.env.DATABASE_URL ?? 'sqlite:./data/eldergraph.sqlite';
  const ri = args.indexOf('--residents');
  const residents = ri >= 0 ? Number(args[ri + 1]) : undefined;
  const ds = await createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    if ((await ds.getRepository(Street).count()) > 0) {
      console.error('This database already has data; the demo district is only loaded into an empty one.');
      process.exitCode = 2;
      return;
    }
    registerServices(ds, { jwtSecret: 'unused-by-seeding-0123456789abcdef', jwtTtlSeconds: 60 });
    const t = Date.now();
    const counts = await loadDemoDistrict(ds, generateDemoDistrict({ residents }));
    const rounds = await loadDemoRounds(ds);
    console.log(JSON.stringify({ ...counts, ...rounds, ms: Date.now() - t }));
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
