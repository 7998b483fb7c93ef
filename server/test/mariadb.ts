/**
 * Throwaway MariaDB servers for suites that stop, kill or replicate a database (db-faults, replica): each one
 * has its own datadir in a temp folder (mariadb-install-db), port and socket. Needs the MariaDB server binaries.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './proc';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function binary(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'])) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`${name} not found: this suite needs the MariaDB server binaries (apt-get install mariadb-server)`);
}

/** One throwaway MariaDB server: its own datadir, port and socket. */
export class OwnMariaDb {
  proc: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-mdb-'));
  port = 0;

  /** `args`: extra server options (default: no binary log; a replication primary passes `--log-bin` …). */
  constructor(private readonly args: string[] = ['--skip-log-bin']) {}

  /** A fresh datadir: mariadb-install-db, or a copy of another stopped-or-idle instance's fresh datadir (faster). */
  async install(copyFrom?: OwnMariaDb) {
    this.port = await freePort();
    if (copyFrom) {
      fs.cpSync(`${copyFrom.dir}/data`, `${this.dir}/data`, { recursive: true });
      return;
    }
    execFileSync(binary('mariadb-install-db'), ['--no-defaults', `--datadir=${this.dir}/data`, '--auth-root-authentication-method=normal', `--user=${os.userInfo().username}`, '--skip-test-db'], { stdio: 'pipe' });
  }

  /** Starts the server and resolves (with the time) once it accepts connections. */
  async start(): Promise<number> {
    const args = ['--no-defaults', `--datadir=${this.dir}/data`, `--port=${this.port}`, `--socket=${this.dir}/sock`, '--bind-address=127.0.0.1', `--user=${os.userInfo().username}`,
      ...this.args, '--innodb-buffer-pool-size=128M', `--pid-file=${this.dir}/pid`, `--log-error=${this.dir}/error.log`];
    this.proc = spawn(binary('mariadbd'), args, { stdio: 'ignore' });
    const t0 = Date.now();
    for (;;) {
      try {
        const c = await mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 1000 });
        await c.end();
        return Date.now();
      } catch {
        if (this.proc.exitCode !== null || Date.now() - t0 > 60000) throw new Error(`mariadbd did not start:\n${this.errorLog()}`);
        await sleep(50);
      }
    }
  }

  /** Sends `signal` and resolves when the process has exited. */
  async stop(signal: NodeJS.Signals) {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise((r) => p.once('exit', r));
    p.kill(signal);
    await gone;
  }

  url(db: string) {
    return `mysql://root@127.0.0.1:${this.port}/${db}`;
  }

  /** A root connection (to `database` when given). */
  connect(database?: string) {
    return mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root', database, supportBigNumbers: true, bigNumberStrings: true });
  }

  errorLog(): string {
    try {
      return fs.readFileSync(`${this.dir}/error.log`, 'utf8').slice(-2000);
    } catch {
      return '(no error log)';
    }
  }

  cleanup() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
