// `npm run gateway`: builds the server when its build output is missing or older than its sources, then runs the
// federation gateway (server/src/gateway) with GATEWAY_CONFIG, default gateway.config.json in this folder's parent.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const main = path.join(root, 'server/dist/gateway/main.js');

function newest(dir) {
  let max = 0;
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && e !== 'dist' && !e.startsWith('.')) walk(path.join(p, e));
    } else max = Math.max(max, st.mtimeMs);
  };
  if (fs.existsSync(dir)) walk(dir);
  return max;
}

if (!fs.existsSync(main) || fs.statSync(main).mtimeMs < newest(path.join(root, 'server/src'))) {
  console.log('Building the server…');
  const r = spawnSync(npm, ['run', 'build', '-w', 'server'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(process.execPath, [main], { cwd: root, stdio: 'inherit', env: { GATEWAY_CONFIG: path.join(root, 'gateway.config.json'), ...process.env } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
