/**
 * Several real server processes (`node server/dist/main.js`) against ONE database, behind the round-robin balancer
 * of scripts/lb-proxy.cjs: what a city office runs when one process is not enough. For the multi-instance and job
 * suites; every instance shares the JWT secret and, when `redis` is given, one BullMQ queue (a prefix unique to
 * the run, removed by close()).
 */
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/config/data-source';
import { bulkInsert } from '../src/common/bulk';
import { Center } from '../src/modules/center/center.entity';
import { ADMIN, ensureBuilt, GqlAnswer, gqlAt, ServerProc, startServer } from './proc';

export { GqlAnswer, gqlAt };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createBalancer } = require('../../scripts/lb-proxy.cjs') as {
  createBalancer(upstreams: string[], opts?: { port?: number; probeMs?: number }): Promise<Balancer>;
};

export interface Balancer {
  url: string;
  stats(): { url: string; alive: boolean; served: number; failures: number }[];
  close(): Promise<void>;
}

export const MYSQL_SERVER = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** A fresh MariaDB database; drop() removes it. */
export async function freshMysqlDatabase(tag: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `eg_${tag}_${process.pid}_${randomBytes(3).toString('hex')}`;
  let conn: mysql.Connection;
  try {
    conn = await mysql.createConnection(MYSQL_SERVER);
  } catch (e) {
    throw new Error(`MariaDB/MySQL is not reachable at ${MYSQL_SERVER}: ${(e as Error).message}`);
  }
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    url: `${MYSQL_SERVER}/${name}`,
    async drop() {
      const c = await mysql.createConnection(MYSQL_SERVER);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** Redis answers PING at `url`; throws a clear error otherwise (the suites that need Redis fail loudly). */
export async function requireRedis(url = REDIS_URL): Promise<void> {
  const u = new URL(url);
  const ok = await new Promise<boolean>((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (v: boolean) => {
      s.destroy();
      resolve(v);
    };
    s.setTimeout(2000, () => done(false));
    s.on('error', () => done(false));
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
  if (!ok) throw new Error(`Redis is not reachable at ${url} (the jobs queue needs it; CI starts it in .ci/run)`);
}

/** Deletes every Redis key under a BullMQ prefix (the test run's own queue) and returns how many were left. */
export function dropRedisPrefix(prefix: string, url = REDIS_URL): number {
  if (!/^[\w:-]+$/.test(prefix)) throw new Error(`unsafe prefix ${prefix}`);
  const u = new URL(url);
  const script = "local n = 0 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) n = n + 1 end return n";
  execFileSync('redis-cli', ['-h', u.hostname, '-p', String(u.port || 6379), 'EVAL', script, '0', `${prefix}:*`], { encoding: 'utf8' });
  return Number(execFileSync('redis-cli', ['-h', u.hostname, '-p', String(u.port || 6379), 'EVAL', "return #redis.call('KEYS', ARGV[1])", '0', `${prefix}:*`], { encoding: 'utf8' }).trim());
}

/** Keys under a BullMQ prefix matching `pattern` (e.g. `jobs:job-*`). */
export function redisKeys(prefix: string, pattern: string, url = REDIS_URL): string[] {
  const u = new URL(url);
  const out = execFileSync('redis-cli', ['-h', u.hostname, '-p', String(u.port || 6379), '--scan', '--pattern', `${prefix}:${pattern}`], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

export interface Cluster {
  /** the balancer's URL */
  url: string;
  databaseUrl: string;
  instances: ServerProc[];
  balancer: Balancer;
  /** BullMQ prefix of this cluster (null without Redis) */
  queuePrefix: string | null;
  /** host:pid of instance i, as in X-Served-By */
  servedBy(i: number): string;
  /** index of the instance whose X-Served-By is `id` (-1: unknown) */
  indexOf(id: string | null): number;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlAnswer<T>>;
  login(email?: string, password?: string): Promise<string>;
  /** SIGKILL instance i and wait until it is gone */
  kill(i: number): Promise<void>;
  close(): Promise<void>;
}

export interface ClusterOptions {
  /** extra environment for every instance */
  env?: Record<string, string>;
  /** use BullMQ on Redis (REDIS_URL) with a queue prefix of its own; otherwise jobs run in-process */
  redis?: boolean;
  /** an existing database (not dropped by close()); default a fresh MariaDB database */
  databaseUrl?: string;
}

/** Starts `n` instances against one database (the first applies the migrations), and the balancer in front. */
export async function startCluster(n: number, opts: ClusterOptions = {}): Promise<Cluster> {
  ensureBuilt();
  const db = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => undefined } : await freshMysqlDatabase('cluster');
  const queuePrefix = opts.redis ? `egtest:${process.pid}:${randomBytes(3).toString('hex')}` : null;
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    REDIS_URL: opts.redis ? REDIS_URL : '',
    ...(queuePrefix ? { JOBS_QUEUE_PREFIX: queuePrefix } : {}),
    ...opts.env,
  };
  const instances: ServerProc[] = [];
  let balancer: Balancer | null = null;
  const stopAll = async () => {
    await balancer?.close();
    for (const p of instances) p.kill('SIGKILL');
    await Promise.all(instances.map((p) => p.exited));
  };
  try {
    instances.push(await startServer(env));
    instances.push(...(await Promise.all(Array.from({ length: n - 1 }, () => startServer(env)))));
    balancer = await createBalancer(instances.map((p) => p.url));
  } catch (e) {
    await stopAll();
    await db.drop();
    throw e;
  }
  const ids = instances.map((p) => `${os.hostname()}:${p.proc.pid}`);
  const b = balancer;
  return {
    url: b.url,
    databaseUrl: db.url,
    instances,
    balancer: b,
    queuePrefix,
    servedBy: (i) => ids[i],
    indexOf: (id) => (id ? ids.indexOf(id) : -1),
    gql: (query, variables, token) => gqlAt(b.url, query, variables, token),
    async login(email = ADMIN.email, password = ADMIN.password) {
      const r = await gqlAt(b.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
      if (!r.data?.login?.token) throw new Error(`login failed: ${JSON.stringify(r)}`);
      return r.data.login.token as string;
    },
    async kill(i) {
      instances[i].kill('SIGKILL');
      await instances[i].exited;
    },
    async close() {
      await stopAll();
      if (queuePrefix) dropRedisPrefix(queuePrefix);
      await db.drop();
    },
  };
}

/** A TypeORM data source on `url` for direct seeding and SQL checks (the test process's own pool). */
export async function openDatabase(url: string): Promise<DataSource> {
  const ds = await createDataSource(url);
  await ds.initialize();
  return ds;
}

/**
 * Inserts `n` centers in community `communityId` with a deterministic spread of inputs (every star level occurs),
 * codes `<prefix>-000000`…, in one or a few statements.
 */
export async function seedCenters(ds: DataSource, communityId: number, n: number, prefix = 'S'): Promise<void> {
  let x = 4242;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = Array.from({ length: n }, (_, i) => ({
    code: `${prefix}-${String(i).padStart(6, '0')}`, name: `中心${prefix}${i}`, communityId, address: '',
    floorAreaCenti: 5000 + Math.floor(rnd() * 50000), plaqueDate: `${2005 + Math.floor(rnd() * 11)}-0${1 + Math.floor(rnd() * 9)}-15`,
    elderlyCount: Math.floor(rnd() * 2500), disabledCount: Math.floor(rnd() * 100), serviceScoreTenths: 400 + Math.floor(rnd() * 600),
    status: 'ACTIVE', associationId: null, contactName: null, contactPhone: null, version: 1,
  }));
  await ds.transaction((m) => bulkInsert(m, Center, Object.keys(rows[0]) as (keyof Center & string)[], rows as never));
}

export const SERVER_MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
