/**
 * Generates the city-scale data set (seed/scale.ts) into an empty database:
 *
 *   npm run seed:scale -w server -- --db mysql://root@127.0.0.1:3306/eg_scale [--residents 1000000] [--centers 50000]
 *     [--associations 2000] [--streets 100] [--communities-per-street 19] [--big-street 100000] [--seed 20160630]
 *     [--no-rounds] [--summary <file>]
 *
 * DATABASE_URL is used when --db is absent. Defaults: 1,000,000 residents and 50,000 centers on MariaDB/MySQL,
 * a tenth of that on SQLite. Creates the schema through the migrations, then streams the rows in batched
 * multi-row INSERTs with a progress bar (plain progress lines when stdout is not a terminal), then computes and
 * finalizes the 2016 rating round and the approved 2016 subsidy round through the services (as the demo seed).
 * A database that already holds exactly this data set (same options, same row counts) is left as it is (exit 0);
 * any other non-empty database is refused (exit 2). `--summary` also writes the final JSON line to a file.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import { dbTypeOf } from '../config/config';
import { createDataSource } from '../config/data-source';
import { registerServices } from '../services';
import { Street } from '../modules/area/street.entity';
import { loadDemoRounds } from './load-demo';
import { loadScale, markScale, recordedScale, scaleDefaults, ScaleOptions, ScaleProgress, tableCounts } from './scale';

const FLAGS: Record<string, keyof ScaleOptions> = {
  '--residents': 'residents',
  '--centers': 'centers',
  '--associations': 'associations',
  '--streets': 'streets',
  '--communities-per-street': 'communitiesPerStreet',
  '--big-street': 'bigStreetResidents',
  '--seed': 'seed',
  '--batch': 'batch',
};

export function parseScaleArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): { url: string; options: ScaleOptions; rounds: boolean; summary: string | null } {
  const url = argv.includes('--db') ? argv[argv.indexOf('--db') + 1] : env.DATABASE_URL;
  if (!url) throw new Error('usage: seed:scale -- --db <DATABASE_URL> [--residents N] [--centers N] …');
  const options = scaleDefaults(dbTypeOf(url));
  let bigGiven = false;
  for (const [flag, key] of Object.entries(FLAGS)) {
    const i = argv.indexOf(flag);
    if (i < 0) continue;
    const v = Number(argv[i + 1]);
    if (!Number.isSafeInteger(v) || v < (key === 'bigStreetResidents' ? 0 : 1)) throw new Error(`${flag} needs a whole number, got ${argv[i + 1]}`);
    (options as unknown as Record<string, number>)[key] = v;
    if (key === 'bigStreetResidents') bigGiven = true;
  }
  if (!bigGiven) options.bigStreetResidents = Math.round(options.residents / 10);
  const summary = argv.includes('--summary') ? argv[argv.indexOf('--summary') + 1] : null;
  return { url, options, rounds: !argv.includes('--no-rounds'), summary };
}

/** A cli-progress bar on a terminal; otherwise a line per phase and every 10%. */
function progressReporter(): ScaleProgress {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar({ format: '{phase} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic);
    let running = false;
    return {
      start(phase, total) {
        if (running) bar.stop();
        bar.start(total, 0, { phase: phase.padEnd(9) });
        running = true;
      },
      update: (done) => bar.update(done),
      stop() {
        if (running) bar.stop();
        running = false;
      },
    };
  }
  let phase = '';
  let total = 0;
  let shown = -1;
  const t0 = Date.now();
  return {
    start(p, n) {
      phase = p;
      total = n;
      shown = -1;
    },
    update(done) {
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth === shown) return;
      shown = tenth;
      console.log(`${phase}: ${done}/${total} (${tenth * 10}%) after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    },
    stop() {},
  };
}

async function main() {
  const { url, options, rounds, summary } = parseScaleArgs(process.argv.slice(2));
  const report = (x: object) => {
    console.log(JSON.stringify(x));
    if (summary) fs.writeFileSync(summary, JSON.stringify(x));
  };
  const ds = await createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    if ((await ds.getRepository(Street).count()) > 0) {
      const recorded = await recordedScale(ds, options);
      const now = recorded ? await tableCounts(ds) : null;
      if (recorded && JSON.stringify(recorded.counts) === JSON.stringify(now)) {
        report({ reused: true, options, counts: now, generated: { at: recorded.at, ms: recorded.ms } });
        return;
      }
      console.error('This database already has other data; the scale data set is only loaded into an empty database.');
      process.exitCode = 2;
      return;
    }
    registerServices(ds, { jwtSecret: 'unused-by-seeding-0123456789abcdef', jwtTtlSeconds: 60 });
    const t = Date.now();
    const result = await loadScale(ds, options, progressReporter());
    if (rounds) {
      const t2 = Date.now();
      await loadDemoRounds(ds);
      result.ms.rounds = Date.now() - t2;
    }
    // fresh index statistics for the planner (InnoDB would recompute them in the background after a while; the
    // server runs SQLite's PRAGMA optimize when it opens the file)
    const t3 = Date.now();
    if (ds.options.type !== 'better-sqlite3') await ds.query('ANALYZE TABLE street, community, association, center, resident, health_exam, visit, center_rating, subsidy_allocation');
    else await ds.query('ANALYZE');
    result.ms.analyze = Date.now() - t3;
    const ms = { ...result.ms, total: Date.now() - t };
    await markScale(ds, options, result.counts, ms);
    report({ reused: false, options, counts: result.counts, ms });
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
