// `npm start`: builds the server and the admin panel when their build output is missing or older than
// their sources, then runs the server (which serves the API, the explorer and the panel).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Newest modification time of the files under `dirs` (skipping node_modules and build output). */
function newest(dirs) {
  let max = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && e !== 'dist' && !e.startsWith('.')) walk(path.join(p, e));
    } else max = Math.max(max, st.mtimeMs);
  };
  dirs.forEach((d) => walk(path.join(root, d)));
  return max;
}

function stale(output, sources) {
  const out = path.join(root, output);
  return !fs.existsSync(out) || fs.statSync(out).mtimeMs < newest(sources);
}

function build(workspace, what) {
  console.log(`Building ${what}…`);
  const r = spawnSync(npm, ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (stale('server/dist/main.js', ['server/src', 'server/package.json', 'tsconfig.base.json'])) build('server', 'the server');
const adminPkg = JSON.parse(fs.readFileSync(path.join(root, 'admin/package.json'), 'utf8'));
if (adminPkg.scripts?.build && stale('admin/dist/index.html', ['admin/src', 'admin/index.html', 'admin/package.json', 'admin/vite.config.ts'])) {
  build('admin', 'the admin panel');
}
if (adminPkg.scripts?.['build:explorer'] && stale('admin/dist/explorer/index.html', ['admin/explorer', 'admin/package.json'])) {
  console.log('Building the GraphQL explorer…');
  const r = spawnSync(npm, ['run', 'build:explorer', '-w', 'admin'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// the server's Node flags (a larger young generation, fewer full collections) are kept in server/package.json
const { nodeFlags = [] } = JSON.parse(fs.readFileSync(path.join(root, 'server/package.json'), 'utf8'));
const child = spawn(process.execPath, [...nodeFlags, path.join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
