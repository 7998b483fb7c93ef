// `npm run bench`: builds the server, runs each benchmark scenario and writes bench/RESULTS.md.
// Never part of `npm test`. Needs MariaDB at MYSQL_URL (default mysql://root@127.0.0.1:3306).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: root, stdio: 'inherit' });

const scenarios = [
  { name: 'Rating and subsidy compute at scale', script: 'rounds.mjs', out: 'rounds.md' },
  { name: 'Soak: mixed load at 70% of maximum throughput for 5 minutes (SQLite)', script: 'soak.mjs', out: 'soak.md' },
  { name: 'Residents at city scale: 1,000,000 residents, every filter and sort, keyset and offset pages', script: 'residents.mjs', out: 'residents.md' },
  { name: 'Statistics at city scale: every statistics field on 1,000,000 residents', script: 'statistics.mjs', out: 'statistics.md' },
  { name: 'Instances: 1, 2 and 3 server processes behind a balancer on one MariaDB (throughput, memory)', script: 'instances.mjs', out: 'instances.md' },
  { name: 'Peers: ElderGraph against raw mysql2, the same schema without DataLoaders, plain Apollo and GraphQL Mesh (50,000 centers, MariaDB)', script: 'peers.mjs', out: 'peers.md' },
];
const sections = [];
const timings = [];
const benchStart = Date.now();
for (const s of scenarios) {
  const t0 = Date.now();
  console.log(`\n== ${s.name}`);
  fs.rmSync(path.join(here, 'out', s.out), { force: true }); // no stale report stands in for a crashed run
  try {
    execFileSync(process.execPath, [path.join(here, s.script)], { cwd: root, stdio: 'inherit' });
  } catch (e) {
    // a scenario with a verdict (soak) still writes its report; keep it in RESULTS.md and fail at the end
    if (!fs.existsSync(path.join(here, 'out', s.out))) throw e;
    console.error(`scenario failed: ${s.name} (exit ${e.status})`);
    process.exitCode = 1;
  }
  timings.push(`${s.script} ${((Date.now() - t0) / 60000).toFixed(1)} min`);
  sections.push(`## ${s.name}\n\n${fs.readFileSync(path.join(here, 'out', s.out), 'utf8')}`);
}
const header = `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
  `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Figures are one run; compare ratios within a run, not across machines.\n\n` +
  `The whole run took **${((Date.now() - benchStart) / 60000).toFixed(1)} minutes** (${timings.join(', ')}).\n`;
fs.writeFileSync(path.join(here, 'RESULTS.md'), [header, ...sections].join('\n'));
console.log('\nwrote bench/RESULTS.md');
