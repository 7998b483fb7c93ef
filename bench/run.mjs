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
];
const sections = [];
for (const s of scenarios) {
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
  sections.push(`## ${s.name}\n\n${fs.readFileSync(path.join(here, 'out', s.out), 'utf8')}`);
}
const header = `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
  `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Figures are one run; compare ratios within a run, not across machines.\n`;
fs.writeFileSync(path.join(here, 'RESULTS.md'), [header, ...sections].join('\n'));
console.log('\nwrote bench/RESULTS.md');
