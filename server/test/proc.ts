/**
 * Helpers for suites that run the real server process (`node server/dist/main.js`): build when stale, spawn,
 * collect its JSON log lines, talk GraphQL to it, and wait for its exit.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const SERVER_DIR = path.resolve(__dirname, '..');
const MAIN = path.join(SERVER_DIR, 'dist', 'main.js');
export const ADMIN = { email: 'admin@proc.example', password: 'correct-horse-battery' };

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** `npm run build -w server` unless dist/main.js is newer than every file under src/. */
export function ensureBuilt(): void {
  if (fs.existsSync(MAIN) && fs.statSync(MAIN).mtimeMs >= newest(path.join(SERVER_DIR, 'src'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: path.resolve(SERVER_DIR, '..'), stdio: 'pipe' });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProc {
  url: string;
  proc: ChildProcess;
  /** Every output line so far (stdout and stderr). */
  lines: string[];
  /** The JSON log lines so far, parsed. */
  logs(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null, headers?: Record<string, string>, timeoutMs?: number): Promise<{ status: number; data?: T; errors?: any[]; ms: number }>;
  login(): Promise<string>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Spawns the built server on a free port with `env` (DATABASE_URL …) and resolves when it listens. Jobs run in the
 * process unless `env` sets REDIS_URL: the REDIS_URL that CI exports for the multi-instance suites is not inherited.
 */
export async function startServer(env: Record<string, string>, startTimeoutMs = 60000): Promise<ServerProc> {
  const port = await freePort();
  const childEnv: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_DIST: '', LOG_LEVEL: 'info', RATE_LIMIT_COST_PER_MINUTE: '0', REDIS_URL: '', ...env };
  delete childEnv.JEST_WORKER_ID; // the logger is silent under jest
  const proc = spawn(process.execPath, [MAIN], { cwd: SERVER_DIR, env: childEnv as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (s: NodeJS.ReadableStream) => {
    let buf = '';
    s.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        lines.push(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  };
  collect(proc.stdout!);
  collect(proc.stderr!);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`server exited during start:\n${lines.join('\n')}`);
    if (lines.some((l) => l.includes('GraphQL API:'))) break;
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not start in ${startTimeoutMs} ms:\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const gql = (query: string, variables?: Record<string, unknown>, token?: string | null, headers: Record<string, string> = {}, timeoutMs = 30000) =>
    gqlAt(url, query, variables, token, timeoutMs, headers);

  return {
    url,
    proc,
    lines,
    logs: () =>
      lines.flatMap((l) => {
        try {
          const o = JSON.parse(l);
          return o && typeof o === 'object' ? [o] : [];
        } catch {
          return [];
        }
      }),
    exited,
    gql,
    async login() {
      const r = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: ADMIN.email, p: ADMIN.password });
      if (!r.data?.login?.token) throw new Error(`login failed: ${JSON.stringify(r)}`);
      return r.data.login.token;
    },
    kill(signal) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    },
  };
}

/**
 * Server processes on one fresh SQLite file for a describe block (REDIS_URL empty: jobs run in the process), as a
 * restart test needs them: `start()` starts one more on the same file; all are killed and the file removed after.
 */
export function sqliteServers(prefix: string) {
  const procs: ServerProc[] = [];
  const s = {
    dir: '',
    file: '',
    env: {} as Record<string, string>,
    async start(): Promise<ServerProc> {
      const p = await startServer(s.env);
      procs.push(p);
      return p;
    },
  };
  beforeAll(() => {
    ensureBuilt();
    s.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    s.file = path.join(s.dir, 'eg.sqlite');
    s.env = { DATABASE_URL: `sqlite:${s.file}` };
  });
  afterAll(async () => {
    for (const p of procs) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    fs.rmSync(s.dir, { recursive: true, force: true });
  });
  return s;
}

export interface GqlAnswer<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** X-Served-By of the instance that answered (host:pid), null when the balancer answered itself */
  servedBy: string | null;
  ms: number;
}

/** POST /graphql to `url` (an instance or the balancer), with the instance that answered. */
export async function gqlAt<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string | null, timeoutMs = 60_000, headers: Record<string, string> = {}): Promise<GqlAnswer<T>> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, data: body.data, errors: body.errors, servedBy: res.headers.get('x-served-by'), ms: performance.now() - t0 };
}
