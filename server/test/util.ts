import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import { AppConfig, dbTypeOf } from '../src/config/config';
import { CountingLogger } from '../src/config/data-source';
import { bootstrap, Started } from '../src/bootstrap';
import { services } from '../src/services';
import { RoleEnum } from '../src/modules/auth/user.entity';
import { hashPassword } from '../src/modules/auth/password';
import { User } from '../src/modules/auth/user.entity';
import { Gender, Residence, Resident } from '../src/modules/resident/resident.entity';
import { makeIdNumber } from '../src/common/id-number';

/** `DB=mysql` runs the e2e suites on MariaDB/MySQL (MYSQL_URL, default root@127.0.0.1:3306); otherwise SQLite. */
export const DB_KIND: 'sqlite' | 'mysql' = process.env.DB === 'mysql' ? 'mysql' : 'sqlite';
const MYSQL_SERVER = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export const PASSWORD = 'correct-horse-battery';
export const USERS = {
  admin: 'admin@test.example',
  officer: 'officer@test.example',
  officer2: 'officer2@test.example',
  analyst: 'analyst@test.example',
} as const;

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  body: any;
}

export interface TestApp {
  url: string;
  started: Started;
  sql: CountingLogger;
  tokens: Record<keyof typeof USERS, string>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Runs `fn` and returns how many SQL statements it sent. */
  countSql(fn: () => Promise<unknown>): Promise<number>;
  /** The SQL statements `fn` runs (background housekeeping left out). */
  captureSql(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/** Creates a fresh database (a temp SQLite file, or a new MariaDB database that close() drops). */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (DB_KIND === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-test-'));
    return { url: `sqlite:${path.join(dir, 'test.sqlite')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `eg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  let conn: mysql.Connection;
  try {
    conn = await mysql.createConnection(MYSQL_SERVER);
  } catch (e) {
    throw new Error(`DB=mysql but MariaDB/MySQL is not reachable at ${MYSQL_SERVER}: ${(e as Error).message}`);
  }
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    url: `${MYSQL_SERVER}/${name}`,
    drop: async () => {
      const c = await mysql.createConnection(MYSQL_SERVER);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

export function testConfig(databaseUrl: string, extra: Partial<AppConfig> = {}): AppConfig {
  return {
    databaseUrl,
    dbType: DB_KIND,
    port: 0,
    host: '127.0.0.1',
    demoData: false,
    adminEmail: USERS.admin,
    adminPassword: PASSWORD,
    jwtSecret: randomBytes(32).toString('hex'),
    jwtTtlSeconds: 3600,
    corsOrigins: ['http://allowed.example'],
    production: false,
    adminDist: null,
    logQueries: false,
    ...extra,
  };
}

/** Starts the whole app over HTTP on a random port against a fresh database, with one user per role. */
export async function startTestApp(opts: { demoData?: boolean; config?: Partial<AppConfig>; /** use this (existing, empty) database instead of a fresh one; close() leaves it */ databaseUrl?: string } = {}): Promise<TestApp> {
  const db = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => {} } : await freshDatabase();
  const sql = new CountingLogger(process.env.LOG_SQL === '1');
  const config = testConfig(db.url, { demoData: !!opts.demoData, ...(opts.databaseUrl ? { dbType: dbTypeOf(opts.databaseUrl) } : {}), ...opts.config });
  const started = await bootstrap(config, sql);
  const { ds, app } = started;
  const hash = await hashPassword(PASSWORD);
  await ds.getRepository(User).insert([
    { email: USERS.officer, name: '办事员', role: RoleEnum.OFFICER, passwordHash: hash, active: true, version: 1, tokenVersion: 1 },
    { email: USERS.officer2, name: '办事员二', role: RoleEnum.OFFICER, passwordHash: hash, active: true, version: 1, tokenVersion: 1 },
    { email: USERS.analyst, name: '分析员', role: RoleEnum.ANALYST, passwordHash: hash, active: true, version: 1, tokenVersion: 1 },
  ]);
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string | null, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = { raw: text };
    }
    return { status: res.status, data: body.data, errors: body.errors, body };
  };

  const svc = services({ ds });
  const tokens = {} as Record<keyof typeof USERS, string>;
  for (const [k, email] of Object.entries(USERS)) {
    const u = await ds.getRepository(User).findOneByOrFail({ email });
    tokens[k as keyof typeof USERS] = svc.auth.sign(u);
  }

  return {
    url,
    started,
    sql,
    tokens,
    gql,
    async captureSql(fn) {
      const seen: string[] = [];
      sql.captured = seen;
      try {
        await fn();
      } finally {
        sql.captured = null;
      }
      return seen;
    },
    async countSql(fn) {
      const before = sql.count;
      await fn();
      return sql.count - before;
    },
    async close() {
      await app.stop();
      await ds.destroy();
      await db.drop();
    },
  };
}

/** Asserts a GraphQL error with `code` (and `field` when given) and returns it. */
export function expectError(res: GqlResult, code: string, field?: string) {
  if (!res.errors?.length) throw new Error(`expected ${code}, got data ${JSON.stringify(res.data)}`);
  const e = res.errors[0];
  if (e.extensions?.code !== code) throw new Error(`expected ${code}, got ${JSON.stringify(res.errors)}`);
  if (field !== undefined && e.extensions?.field !== field) throw new Error(`expected field ${field}, got ${JSON.stringify(e)}`);
  return e;
}

/** `it` for a test that concerns one database only: in the other database's run it is not registered at all. */
export function itOn(kind: 'sqlite' | 'mysql'): (name: string, fn: () => Promise<unknown>, timeout?: number) => void {
  return DB_KIND === kind ? (name, fn, timeout) => it(name, fn, timeout) : () => undefined;
}

/** `describe` for a suite that concerns one database only (see itOn). */
export function describeOn(kind: 'sqlite' | 'mysql'): (name: string, fn: () => void) => void {
  return DB_KIND === kind ? describe : () => undefined;
}

let residentSeq = 0;

/**
 * Inserts a resident straight through the repository (for suites that must not depend on the resident module):
 * a valid ID number, registered in the district, no employer, alive, at home — `over` changes any of it.
 */
export async function insertResident(
  t: TestApp,
  name: string,
  birthDate: string,
  communityId: string | number,
  over: Partial<Resident> = {},
  gender: 'MALE' | 'FEMALE' = 'FEMALE',
): Promise<string> {
  const repo = t.started.ds.getRepository(Resident);
  const saved = await repo.save(
    repo.create({
      name, gender: gender as Gender, idNumber: makeIdNumber('440303', birthDate, (residentSeq += 2) % 1000, gender), birthDate,
      communityId: Number(communityId), householdRegistered: true, hasEmployer: false, hardship: false, disabled: false,
      residence: Residence.HOME, associationId: null, deceasedOn: null, phone: null, version: 1, ...over,
    }),
  );
  return String(saved.id);
}
