import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import {
  getIntrospectionQuery, parse, validate, specifiedRules, typeFromAST, isNonNullType, isListType, isEnumType, isInputObjectType,
  GraphQLError, GraphQLInputType, OperationDefinitionNode, Kind,
} from 'graphql';
import { formatError } from '../src/app';
import { getComplexity } from 'graphql-query-complexity';
import { DataSource } from 'typeorm';
import { startTestApp, testConfig, TestApp, DB_KIND, USERS, itOn } from './util';
import { bootstrap, Started } from '../src/bootstrap';
import { DEFAULT_LIMITS } from '../src/config/config';
import { buildAppSchema } from '../src/schema';
import { costEstimator, limitRules } from '../src/modules/security/hardening';
import { Street } from '../src/modules/area/street.entity';
import { User } from '../src/modules/auth/user.entity';

/**
 * Request hardening over real HTTP (security issue point 5): every probe gets one status and one error code,
 * never a 5xx, a stack trace or SQL text.
 */

interface Res {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function send(url: string, init: RequestInit & { path?: string } = {}): Promise<Res> {
  const res = await fetch(`${url}${init.path ?? '/graphql'}`, init);
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, headers: res.headers, text, body };
}

const json = (token: string | null, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...extra,
});

const post = (url: string, query: string, token: string | null, variables?: Record<string, unknown>) =>
  send(url, { method: 'POST', headers: json(token), body: JSON.stringify({ query, variables }) });

/** The probe's status and code, and nothing a client should never see. */
function expectRefused(r: Res, status: number, code: string, reason?: string) {
  expect(r.text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|\.ts:\d+|\bSELECT\b|\bINSERT\b|\bUPDATE\b|\bDELETE\b|better-sqlite3|mysql2|QueryFailedError/i);
  expect({ status: r.status, code: r.body?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  if (reason !== undefined) expect(r.body.errors[0].extensions.reason).toBe(reason);
  expect(r.body.errors[0].message).toEqual(expect.any(String));
  expect(r.body.data ?? null).toBeNull();
  return r.body.errors[0];
}

/** Waits, if needed, so that the next few seconds fall inside one rate-limit window (epoch minute). */
async function awayFromMinuteEdge(seconds = 15) {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 200));
}

/** A second server on the same database, as another instance behind the load balancer would be. */
async function secondInstance(t: TestApp, extra: Parameters<typeof testConfig>[1]): Promise<{ started: Started; url: string; close(): Promise<void> }> {
  const o = t.started.ds.options as { type: string; database?: string };
  const url = o.type === 'better-sqlite3' ? `sqlite:${o.database}` : `${process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306'}/${o.database}`;
  const started = await bootstrap(testConfig(url, extra));
  await new Promise<void>((r) => started.app.httpServer.listen(0, '127.0.0.1', r));
  return {
    started,
    url: `http://127.0.0.1:${(started.app.httpServer.address() as AddressInfo).port}`,
    async close() {
      await started.app.stop();
      await started.ds.destroy();
    },
  };
}

/** A valid value of a variable's type, so that the cost of every operation can be computed offline. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  const scalars: Record<string, unknown> = { ID: '1', Int: 1, Float: 1, Boolean: true, String: 'x', Date: '2016-06-30', DateTime: '2016-06-30T08:00:00.000Z', Money: '1.00' };
  return scalars[(type as { name: string }).name] ?? 'x';
}

describe('request hardening', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = t.tokens.analyst;
  }, 60_000);
  afterAll(() => t.close());

  describe('operation limits (graphql-armor rules, cost, tokens)', () => {
    it('depth bomb → 400 TOO_COMPLEX (DEPTH)', async () => {
      // streets › items › (communities › street) × 4 › name: 11 levels
      const q = `{ streets { items { ${'communities { street { '.repeat(4)}name ${'} } '.repeat(4)}} } }`;
      const e = expectRefused(await post(t.url, q, token), 400, 'TOO_COMPLEX', 'DEPTH');
      expect(e.message).toMatch(/deeper than 10 levels/);
    });

    it('alias bomb (100 aliases of centers) → 400 TOO_COMPLEX (ALIASES)', async () => {
      const q = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: centers { totalItems }`).join(' ')} }`;
      const e = expectRefused(await post(t.url, q, token), 400, 'TOO_COMPLEX', 'ALIASES');
      expect(e.message).toMatch(/more than 15 aliases/);
    });

    it('directive flood → 400 TOO_COMPLEX (DIRECTIVES)', async () => {
      const q = `{ centers { ${Array.from({ length: 40 }, () => `... @include(if: true) { totalItems }`).join(' ')} } }`;
      const e = expectRefused(await post(t.url, q, token), 400, 'TOO_COMPLEX', 'DIRECTIVES');
      expect(e.message).toMatch(/more than 10 directives/);
    });

    it('fragment cycle → 400 BAD_USER_INPUT (graphql validation)', async () => {
      const q = `query { centers { ...A } } fragment A on CenterList { totalItems ...B } fragment B on CenterList { items { id } ...A }`;
      const e = expectRefused(await post(t.url, q, token), 400, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/Cannot spread fragment "A" within itself/);
    });

    it('token flood (20,000 tokens) → 400 TOO_COMPLEX (TOKENS), refused by the parser', async () => {
      const q = `{ ${'__typename '.repeat(20_000)}}`;
      const e = expectRefused(await post(t.url, q, token), 400, 'TOO_COMPLEX', 'TOKENS');
      expect(e.message).toMatch(/more than 5000 tokens/);
    });

    it('costly query (nested lists, take 500) → 400 TOO_COMPLEX (COST) before any SQL but the token check', async () => {
      const q = `query($n: Int) { ratingRounds(take: $n) { items { ratings(take: $n) { items { center { code } } } } } }`;
      let r!: Res;
      const statements = await t.countSql(async () => (r = await post(t.url, q, token, { n: 500 })));
      const e = expectRefused(r, 400, 'TOO_COMPLEX', 'COST');
      expect(e.message).toMatch(new RegExp(`over the limit of ${DEFAULT_LIMITS.maxCost}`));
      expect(e.extensions.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
      expect(statements).toBe(1); // the token's user
      // the same query with small pages is fine
      const ok = await post(t.url, q, token, { n: 5 });
      expect({ status: ok.status, errors: ok.body.errors }).toEqual({ status: 200, errors: undefined });
    });

    it('allows the documented large reads: 500 centers with community, street and association; 500 ratings with their center', async () => {
      const centers = `{ centers(take: 500) { totalItems items { id code name version floorArea serviceScore plaqueDate elderlyCount disabledCount status contactPhone currentLevel
        community { id name street { id name } } street { id name } association { id name } } } }`;
      const ratings = `query($id: ID!) { ratingRound(id: $id) { ratings(take: 500) { totalItems items { level rule total serviceScore areaScore seniorityScore populationScore
        floorArea serviceInput yearsOpen explanation center { code name currentLevel community { name street { name } } } } } } }`;
      for (const [q, v] of [[centers, {}], [ratings, { id: '1' }]] as const) {
        const r = await post(t.url, q, token, v);
        expect({ status: r.status, errors: r.body.errors }).toEqual({ status: 200, errors: undefined });
      }
    });
  });

  describe('HTTP layer', () => {
    it('batched request (JSON array body) → 400 BAD_USER_INPUT', async () => {
      const r = await send(t.url, { method: 'POST', headers: json(token), body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]) });
      const e = expectRefused(r, 400, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/batching/i);
    });

    it('oversized body (2 MB) → 413 BAD_USER_INPUT', async () => {
      const r = await send(t.url, { method: 'POST', headers: json(token), body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }) });
      const e = expectRefused(r, 413, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/1 MB/);
    });

    it('malformed JSON → 400 BAD_USER_INPUT', async () => {
      const r = await send(t.url, { method: 'POST', headers: json(token), body: '{"query": "{ me { id } }"' });
      expectRefused(r, 400, 'BAD_USER_INPUT');
    });

    it('text/plain POST (a CSRF "simple request") → 400 BAD_USER_INPUT, refused by CSRF prevention', async () => {
      const r = await send(t.url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { id } }' }) });
      const e = expectRefused(r, 400, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/Cross-Site Request Forgery/);
    });

    it('form-encoded POST without a token → 400 BAD_USER_INPUT (CSRF prevention comes first)', async () => {
      const r = await send(t.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
      const e = expectRefused(r, 400, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/Cross-Site Request Forgery/);
    });

    it('GET query without a preflight header → 400 BAD_USER_INPUT (CSRF); with apollo-require-preflight → 200', async () => {
      const qs = `?query=${encodeURIComponent('{ me { email } }')}`;
      const bare = await send(t.url, { path: `/graphql${qs}`, headers: { authorization: `Bearer ${token}` } });
      expect(expectRefused(bare, 400, 'BAD_USER_INPUT').message).toMatch(/Cross-Site Request Forgery/);
      const ok = await send(t.url, { path: `/graphql${qs}`, headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
      expect({ status: ok.status, data: ok.body.data }).toEqual({ status: 200, data: { me: { email: USERS.analyst } } });
    });

    it('mutation over GET → 405 BAD_USER_INPUT with Allow: POST', async () => {
      const qs = `?query=${encodeURIComponent('mutation { createStreet(input: { name: "GET 街道" }) { id } }')}`;
      const r = await send(t.url, { path: `/graphql${qs}`, headers: { authorization: `Bearer ${t.tokens.officer}`, 'apollo-require-preflight': 'true' } });
      const e = expectRefused(r, 405, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/GET requests only support query operations/);
      expect(r.headers.get('allow')).toBe('POST');
    });

    it('CORS preflight: the configured origin is allowed, another origin gets no CORS headers', async () => {
      const preflight = (origin: string) =>
        fetch(`${t.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
      const ok = await preflight('http://allowed.example');
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
      expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
      const evil = await preflight('http://evil.example');
      expect(evil.status).toBe(204);
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('security headers on API responses (helmet): CSP none, nosniff, DENY, no-referrer, HSTS, no-store', async () => {
      const r = await post(t.url, '{ me { id } }', token);
      expect(r.status).toBe(200);
      const h = r.headers;
      expect(h.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-frame-options')).toBe('DENY');
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(h.get('cache-control')).toBe('no-store');
      expect(h.get('x-powered-by')).toBeNull();
      const health = await send(t.url, { path: '/healthz' });
      expect(health.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    });
  });

  describe('introspection and suggestions', () => {
    it('anonymous introspection → 401 UNAUTHENTICATED', async () => {
      expectRefused(await post(t.url, '{ __schema { queryType { name } } }', null), 401, 'UNAUTHENTICATED');
      expectRefused(await post(t.url, '{ __type(name: "Resident") { fields { name } } }', null), 401, 'UNAUTHENTICATED');
    });

    it('a logged-in user may run the standard introspection query; an introspection bomb → 400 TOO_COMPLEX (INTROSPECTION)', async () => {
      const r = await post(t.url, getIntrospectionQuery(), token);
      expect({ status: r.status, errors: r.body.errors }).toEqual({ status: 200, errors: undefined });
      expect(r.body.data.__schema.types.length).toBeGreaterThan(50);
      const bomb = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
      expectRefused(await post(t.url, bomb, token), 400, 'TOO_COMPLEX', 'INTROSPECTION');
    });

    it('outside production, validation errors keep their "Did you mean" hints', async () => {
      const e = expectRefused(await post(t.url, '{ centrs { totalItems } }', token), 400, 'BAD_USER_INPUT');
      expect(e.message).toMatch(/Did you mean "centers"/);
    });
  });

  describe('production instance: no suggestions, staff-only introspection (not partner keys), admin panel CSP', () => {
    let p: TestApp;
    let dist: string;
    beforeAll(async () => {
      dist = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-dist-'));
      fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>');
      p = await startTestApp({ config: { production: true, adminDist: dist } });
    }, 60_000);
    afterAll(async () => {
      await p.close();
      fs.rmSync(dist, { recursive: true, force: true });
    });

    it('strips "Did you mean" from validation and variable errors', async () => {
      const field = expectRefused(await post(p.url, '{ centrs { totalItems } }', p.tokens.analyst), 400, 'BAD_USER_INPUT');
      expect(field.message).toBe('Cannot query field "centrs" on type "Query".');
      const q = `query($d: SortDirection!) { centers(sort: [{ field: code, direction: $d }]) { totalItems } }`;
      const variable = expectRefused(await post(p.url, q, p.tokens.analyst, { d: 'ASCC' }), 400, 'BAD_USER_INPUT');
      expect(variable.message).not.toMatch(/Did you mean/);
      expect(variable.message).toMatch(/ASCC/);
    });

    it('staff users may introspect; anonymous callers may not', async () => {
      for (const who of ['admin', 'officer', 'analyst'] as const) {
        const r = await post(p.url, '{ __schema { queryType { name } } }', p.tokens[who]);
        expect({ who, status: r.status, data: r.body.data }).toEqual({ who, status: 200, data: { __schema: { queryType: { name: 'Query' } } } });
      }
      expectRefused(await post(p.url, '{ __schema { queryType { name } } }', null), 401, 'UNAUTHENTICATED');
    });

    it('a partner API key may not introspect → 403 FORBIDDEN (its own fields still work)', async () => {
      const created = await post(p.url, `mutation { createApiKey(input: { name: "门户", scopes: ["centers:read"] }) { key } }`, p.tokens.admin);
      const key = created.body.data.createApiKey.key as string;
      const asKey = (query: string) => send(p.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query }) });
      expectRefused(await asKey('{ __schema { queryType { name } } }'), 403, 'FORBIDDEN');
      expectRefused(await asKey('{ __type(name: "Resident") { fields { name } } }'), 403, 'FORBIDDEN');
      const own = await asKey('{ centers { totalItems } }');
      expect({ status: own.status, errors: own.body.errors }).toEqual({ status: 200, errors: undefined });
    });

    it('serves the admin panel with a self-only CSP (inline styles for MUI, no CDN)', async () => {
      const r = await send(p.url, { path: '/centers' });
      expect(r.status).toBe(200);
      expect(r.text).toContain('<div id="root">');
      const csp = r.headers.get('content-security-policy')!;
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self';/);
      expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/https?:|\*/);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    });

    it("the API's own paths are API responses (CSP none, no-store), never the panel's index.html", async () => {
      for (const p2 of ['/jobs/1/result', '/jobs/unknown', '/import/unknown', '/export/unknown', '/graphql/unknown', '/healthz']) {
        const r = await send(p.url, { path: p2 });
        expect({ p2, panel: r.text.includes('<div id="root">') }).toEqual({ p2, panel: false });
        expect({ p2, csp: r.headers.get('content-security-policy') }).toEqual({ p2, csp: expect.stringMatching(/^default-src 'none'/) });
        expect({ p2, cache: r.headers.get('cache-control') }).toEqual({ p2, cache: 'no-store' });
      }
      expect((await send(p.url, { path: '/jobs/1/result' })).status).toBe(401);
      // a panel route that merely starts like one of them is still the panel
      const lookalike = await send(p.url, { path: '/jobsheet' });
      expect(lookalike.text).toContain('<div id="root">');
    });
  });

  describe('rate limit by query cost, shared through the rate_limit table', () => {
    let r: TestApp;
    let second: Awaited<ReturnType<typeof secondInstance>>;
    const jwtSecret = 'x'.repeat(48);
    const limits = { rateLimitPerMinute: 3000 };
    // cost 1 + 500 × (1 item + 1 community) = 1001 per request
    const page = `{ centers(take: 500) { items { id community { id } } } }`;
    beforeAll(async () => {
      r = await startTestApp({ config: { jwtSecret, limits } });
      second = await secondInstance(r, { jwtSecret, limits });
    }, 60_000);
    afterAll(async () => {
      await second?.close();
      await r.close();
    });

    it('answers 429 with Retry-After once a user spends the minute\'s budget, on every instance', async () => {
      await awayFromMinuteEdge();
      for (let i = 1; i <= 2; i++) {
        const ok = await post(r.url, page, r.tokens.analyst);
        expect({ i, status: ok.status, errors: ok.body.errors }).toEqual({ i, status: 200, errors: undefined });
      }
      const over = await post(r.url, page, r.tokens.analyst);
      const e = expectRefused(over, 429, 'TOO_COMPLEX', 'RATE_LIMITED');
      const retryAfter = Number(over.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(e.extensions.retryAfter).toBe(retryAfter);
      expect(e.message).toMatch(/retry in \d+ s/);

      // the state is in the database …
      const analyst = await r.started.ds.getRepository(User).findOneByOrFail({ email: USERS.analyst });
      const rows = await r.started.ds.query(`SELECT bucket_key, window_start, cost FROM rate_limit WHERE bucket_key = ?`, [`user:${analyst.id}`]);
      expect(rows).toHaveLength(1);
      expect(Number(rows[0].cost)).toBe(3003);
      expect(Number(rows[0].window_start)).toBe(Math.floor(Date.now() / 60_000));

      // … so a second instance on the same database refuses the analyst too, and still serves the officer
      const elsewhere = await post(second.url, page, r.tokens.analyst);
      expectRefused(elsewhere, 429, 'TOO_COMPLEX', 'RATE_LIMITED');
      expect(Number(elsewhere.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const officer = await post(second.url, page, r.tokens.officer);
      expect({ status: officer.status, errors: officer.body.errors }).toEqual({ status: 200, errors: undefined });
      const officerId = (await r.started.ds.getRepository(User).findOneByOrFail({ email: USERS.officer })).id;
      const [o] = await r.started.ds.query(`SELECT cost FROM rate_limit WHERE bucket_key = ?`, [`user:${officerId}`]);
      expect(Number(o.cost)).toBe(1001);
    }, 30_000);

    it('costs one upsert statement per request', async () => {
      await awayFromMinuteEdge();
      const seen: string[] = [];
      const spy = jest.spyOn(r.sql, 'logQuery').mockImplementation(function (this: { count: number }, q: string) {
        this.count++;
        seen.push(q);
      });
      try {
        for (let i = 0; i < 3; i++) expect((await post(r.url, '{ me { id } }', r.tokens.admin)).status).toBe(200);
      } finally {
        spy.mockRestore();
      }
      const limiter = seen.filter((q) => /rate_limit/.test(q));
      expect(limiter).toHaveLength(3);
      expect(limiter.every((q) => /^INSERT INTO rate_limit .*(ON CONFLICT|ON DUPLICATE KEY UPDATE)/s.test(q))).toBe(true);
      const admin = await r.started.ds.getRepository(User).findOneByOrFail({ email: USERS.admin });
      const [row] = await r.started.ds.query(`SELECT cost FROM rate_limit WHERE bucket_key = ?`, [`user:${admin.id}`]);
      expect(Number(row.cost)).toBe(3); // `me` costs 1
    }, 30_000);
  });

  describe('deadlines', () => {
    let d: TestApp;
    beforeAll(async () => {
      d = await startTestApp({ config: { limits: { requestTimeoutMs: 1, statementTimeoutMs: 500 } } });
      await d.started.ds.getRepository(Street).insert(Array.from({ length: 500 }, (_, i) => ({ name: `街道${String(i).padStart(3, '0')}`, version: 1 })));
    }, 60_000);
    afterAll(() => d.close());

    it('a request over its deadline → 400 TOO_COMPLEX (TIMEOUT), no partial data', async () => {
      const q = `{ streets(take: 500) { totalItems items { id name version createdAt updatedAt communityCount } } }`;
      const e = expectRefused(await post(d.url, q, d.tokens.analyst), 400, 'TOO_COMPLEX', 'TIMEOUT');
      expect(e.message).toMatch(/took longer than/);
    });

    itOn('mysql')('MariaDB/MySQL: every pooled connection carries the statement time limit', async () => {
      const ds: DataSource = d.started.ds;
      // several at once, so that they run on several pooled connections
      const rows = await Promise.all(Array.from({ length: 4 }, () => ds.query('SELECT @@max_statement_time AS t, CONNECTION_ID() AS c, SLEEP(0.05) AS s')));
      expect(new Set(rows.map(([r]) => r.c)).size).toBeGreaterThan(1);
      for (const [r] of rows) expect(Number(r.t)).toBeCloseTo(0.5);
      const err = await ds.query('SELECT SLEEP(2) AS s').then(() => null, (e: unknown) => e);
      expect(err).toMatchObject({ driverError: { errno: 1969 } });
      // as a resolver's error, the client sees TOO_COMPLEX (TIMEOUT) and no SQL
      const gqlError = new GraphQLError((err as Error).message, { originalError: err as Error, path: ['streets'] });
      expect(formatError(gqlError.toJSON(), gqlError)).toEqual({
        message: 'A database statement took too long and was stopped; ask for less data', path: ['streets'], extensions: { code: 'TOO_COMPLEX', reason: 'TIMEOUT' },
      });
    });
  });

  describe('the default limits allow the API\'s own documents', () => {
    it('every admin-panel and test operation passes depth, alias, directive and cost limits with take 500', async () => {
      const schema = await buildAppSchema();
      const root = path.resolve(__dirname, '..', '..');
      const sources: [string, string][] = [];
      const adminGql = path.join(root, 'admin', 'src', 'gql', 'graphql.ts');
      for (const m of fs.readFileSync(adminGql, 'utf8').matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)) sources.push(['admin', m[1]]);
      const opsDir = path.join(__dirname, 'operations');
      for (const f of fs.readdirSync(opsDir)) sources.push([f, fs.readFileSync(path.join(opsDir, f), 'utf8')]);
      const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
      for (const m of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) sources.push(['README', m[1]]);
      let checked = 0;
      const estimator = costEstimator(schema, DEFAULT_LIMITS.listSize);
      for (const [from, src] of sources) {
        const doc = parse(src, { maxTokens: DEFAULT_LIMITS.maxTokens });
        const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        if (!ops.length) continue; // a fragment on its own
        const errors = validate(schema, doc, [...specifiedRules, ...limitRules(DEFAULT_LIMITS)]);
        expect({ from, name: ops[0].name?.value, errors: errors.map((e) => e.message) }).toEqual({ from, name: ops[0].name?.value, errors: [] });
        for (const op of ops) {
          const variables = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.variable.name.value === 'take' ? 500 : sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
          const cost = getComplexity({ schema, query: doc, operationName: op.name?.value, variables, estimators: [estimator] });
          expect({ from, op: op.name?.value, ok: cost <= DEFAULT_LIMITS.maxCost, cost }).toEqual({ from, op: op.name?.value, ok: true, cost });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(40);
    });
  });
});
