// What every benchmark scenario needs around the server: a free port, and server/dist built from the current
// sources (a scenario run on its own, outside `npm run bench`, builds it when stale).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverDir = path.join(root, 'server');
export const MAIN = path.join(serverDir, 'dist/main.js');
/** The Node flags the server runs with (server/package.json `nodeFlags`, read by `npm start`; the Dockerfile repeats them). */
export const SERVER_NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8')).nodeFlags ?? [];

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds server/dist when it is missing or older than server/src. */
export function ensureBuilt() {
  if (!fs.existsSync(MAIN) || fs.statSync(MAIN).mtimeMs < newest(path.join(serverDir, 'src'))) {
    console.log('building the server (dist is stale)');
    execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: root, stdio: 'inherit' });
  }
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
