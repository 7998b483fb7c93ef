/**
 * The federation gateway (`npm run gateway`, server/src/gateway): ElderGraph + the sample health-bureau subgraph
 * (partners/health-bureau) composed by @apollo/composition and served by @apollo/gateway, all on free ports.
 * What the admin panel relies on must work through it (login, lists, mutations, error codes), and a partner that
 * is down must cost only its own fields.
 */
import path from 'node:path';
import { expectError, GqlResult, startTestApp, TestApp } from './util';
import { freePort } from './proc';
import { makeIdNumber } from '../src/common/id-number';
import { loadGatewayConfig, parseGatewayConfig } from '../src/gateway/gateway-config';
import { RunningGateway, startGateway } from '../src/gateway/gateway';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const healthBureau = require(path.resolve(__dirname, '../../partners/health-bureau/subgraph')) as {
  demoResults(residentId: string): { id: string; examinedOn: string; conclusion: string }[];
  startHealthBureau(o: { port: number; host?: string }): Promise<{ url: string; stop(): Promise<void> }>;
};

const ROOT = path.resolve(__dirname, '..', '..');
const PANEL = 'http://panel.example';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult & { text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  const body = JSON.parse(text);
  return { status: res.status, data: body.data, errors: body.errors, body, text };
}

const RESIDENTS = `{ residents(sort: [{ field: id, direction: ASC }], take: 10) { totalItems items { id name examResults { id examinedOn conclusion } } } }`;

describe('federation gateway: ElderGraph + the health bureau behind npm run gateway', () => {
  let t: TestApp;
  let partner: { url: string; stop(): Promise<void> } | null = null;
  let partnerPort: number;
  let gw: RunningGateway;
  const residents: string[] = [];

  const config = (partnerUrl: string, extra: Record<string, unknown> = {}) =>
    parseGatewayConfig(
      {
        host: '127.0.0.1',
        port: 0,
        corsOrigins: [PANEL],
        pollIntervalMs: 200,
        subgraphs: [
          // ElderGraph's SDL over HTTP: `_service` answers any signed-in user or key (anonymous callers get only login)
          { name: 'eldergraph', url: `${t.url}/graphql`, required: true, sdlHeaders: { authorization: `Bearer ${t.tokens.admin}` } },
          { name: 'health', url: partnerUrl },
        ],
        ...extra,
      },
      ROOT,
      {},
    );
  const via = (query: string, variables: Record<string, unknown> = {}, token?: string) => post(gw.url, query, variables, token ? { authorization: `Bearer ${token}` } : {});

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.gql(`mutation { createStreet(input: { name: "东门街道" }) { id } }`, {}, t.tokens.officer);
    const c = await t.gql(`mutation($s: ID!) { createCommunity(input: { name: "湖贝社区", streetId: $s }) { id } }`, { s: s.data.createStreet.id }, t.tokens.officer);
    for (const [i, birth] of ['1931-03-01', '1942-07-15', '1948-01-01', '1951-09-09'].entries()) {
      const r = await t.gql(
        `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
        { i: { name: `居民${i}`, gender: 'FEMALE', idNumber: makeIdNumber('440303', birth, 500 + i, 'FEMALE'), birthDate: birth, communityId: c.data.createCommunity.id, householdRegistered: true, hasEmployer: false } },
        t.tokens.officer,
      );
      expect(r.errors).toBeUndefined();
      residents.push(r.data.createResident.id);
    }
    partnerPort = await freePort();
    partner = await healthBureau.startHealthBureau({ port: partnerPort });
    gw = await startGateway(config(partner.url));
  }, 120_000);

  afterAll(async () => {
    await gw?.stop();
    await partner?.stop();
    await t?.close();
  });

  it('the repository’s gateway.config.json lists ElderGraph (required, committed SDL) and the health bureau', () => {
    const c = loadGatewayConfig(path.join(ROOT, 'gateway.config.json'), { HEALTH_BUREAU_URL: 'http://health.internal:4001/', GATEWAY_CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(c.subgraphs.map((s) => [s.name, !!s.required])).toEqual([['eldergraph', true], ['health', false]]);
    expect(c.subgraphs[0].sdlFile).toBe(path.join(ROOT, 'server', 'schema.graphql'));
    expect(c.subgraphs[1].url).toBe('http://health.internal:4001/');
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(() => parseGatewayConfig({ subgraphs: [{ name: 'x', url: 'not a url' }] }, ROOT, {})).toThrow(/valid url/);
  });

  it('answers one query across both subgraphs', async () => {
    expect(gw.state()).toEqual({ composed: ['eldergraph', 'health'], unreachable: {} });
    const r = await via(RESIDENTS, {}, t.tokens.officer);
    expect(r.errors).toBeUndefined();
    expect(r.data.residents.totalItems).toBe(residents.length);
    for (const item of r.data.residents.items) {
      expect(item.examResults).toEqual(healthBureau.demoResults(item.id).map(({ id, examinedOn, conclusion }) => ({ id, examinedOn, conclusion })));
    }
    expect(r.data.residents.items.some((i: { examResults: unknown[] }) => i.examResults.length > 0)).toBe(true);
  });

  it('what the panel does works through it: login, me, lists, mutations; error codes and fields preserved', async () => {
    const login = await via(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { role } } }`, { e: 'officer@test.example', p: 'correct-horse-battery' });
    expect(login.errors).toBeUndefined();
    const token = login.data.login.token as string;
    expect(login.data.login.user.role).toBe('OFFICER');
    expect((await via(`{ me { email role } }`, {}, token)).data.me).toEqual({ email: 'officer@test.example', role: 'OFFICER' });

    const wrong = await via(`mutation { login(email: "officer@test.example", password: "not-the-password") { token } }`);
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // anonymous: ElderGraph refuses the whole request with 401, and so does the gateway
    const anon = await via(`{ streets { totalItems } }`);
    expect(anon.status).toBe(401);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const created = await via(`mutation { createStreet(input: { name: "网关街道" }) { id version name } }`, {}, token);
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data.createStreet;
    const bad = await via(`mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`, { i: { name: '', streetId: id } }, token);
    expectError(bad, 'BAD_USER_INPUT', 'name');
    expect(bad.errors?.[0].extensions?.serviceName).toBe('eldergraph');
    const renamed = await via(`mutation($i: UpdateStreetInput!) { updateStreet(input: $i) { version } }`, { i: { id, version, name: '网关街道（改）' } }, token);
    expect(renamed.errors).toBeUndefined();
    expectError(await via(`mutation($i: UpdateStreetInput!) { updateStreet(input: $i) { version } }`, { i: { id, version, name: '旧版本' } }, token), 'CONFLICT');
    expectError(await via(`mutation { approveSubsidyRound(id: "1") { id } }`, {}, token), 'FORBIDDEN');
    // the gateway's own validation speaks ElderGraph's codes too
    expectError(await via(`{ streets { nope } }`, {}, token), 'BAD_USER_INPUT');

    const list = await via(`{ streets(filter: { q: "网关" }) { totalItems items { name } } }`, {}, t.tokens.analyst);
    expect(list.data.streets).toEqual({ totalItems: 1, items: [{ name: '网关街道（改）' }] });
    // masking is the caller's: an analyst through the gateway gets masked ID numbers
    const masked = await via(`{ residents(take: 1) { items { idNumber } } }`, {}, t.tokens.analyst);
    expect(masked.data.residents.items[0].idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  });

  it('lets the panel’s origin call it from a browser (CORS) and nobody else', async () => {
    const pre = (origin: string) => fetch(gw.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    expect((await pre(PANEL)).headers.get('access-control-allow-origin')).toBe(PANEL);
    expect((await pre('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a partner that is down costs only its fields: ElderGraph’s answer comes back with an error naming the partner; back up, the fields return', async () => {
    await partner!.stop();
    partner = null;
    const down = await via(RESIDENTS, {}, t.tokens.officer);
    expect(down.status).toBe(200);
    expect(down.data.residents.totalItems).toBe(residents.length);
    expect(down.data.residents.items.map((i: { name: string }) => i.name)).toEqual(['居民0', '居民1', '居民2', '居民3']);
    for (const item of down.data.residents.items) expect(item.examResults).toBeNull();
    expect(down.errors).toHaveLength(1);
    expect(down.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'health' });
    expect(down.text).not.toContain(String(partnerPort)); // no internal address leaks
    // ElderGraph-only queries are untouched
    const only = await via(`{ residents { totalItems } }`, {}, t.tokens.officer);
    expect(only.errors).toBeUndefined();
    // the supergraph keeps the partner's last schema while it is down
    await sleep(500);
    expect(gw.state().composed).toEqual(['eldergraph', 'health']);
    expect(Object.keys(gw.state().unreachable)).toEqual(['health']);

    partner = await healthBureau.startHealthBureau({ port: partnerPort });
    const back = await via(RESIDENTS, {}, t.tokens.officer);
    expect(back.errors).toBeUndefined();
    expect(back.data.residents.items.find((i: { id: string }) => healthBureau.demoResults(i.id).length).examResults.length).toBeGreaterThan(0);
  });

  it('starts while a partner is down (ElderGraph alone) and composes the partner in when it comes up', async () => {
    const port = await freePort();
    const late = await startGateway(config(`http://127.0.0.1:${port}/`));
    let latePartner: { stop(): Promise<void> } | null = null;
    try {
      expect(late.state().composed).toEqual(['eldergraph']);
      const alone = await post(late.url, `{ residents { totalItems } }`, {}, { authorization: `Bearer ${t.tokens.officer}` });
      expect(alone.data.residents.totalItems).toBe(residents.length);
      expectError(await post(late.url, RESIDENTS, {}, { authorization: `Bearer ${t.tokens.officer}` }), 'BAD_USER_INPUT'); // no such field yet

      latePartner = await healthBureau.startHealthBureau({ port });
      const t0 = Date.now();
      while (!late.state().composed.includes('health')) {
        if (Date.now() - t0 > 10000) throw new Error(`partner not composed in: ${JSON.stringify(late.state())}`);
        await sleep(100);
      }
      const r = await post(late.url, RESIDENTS, {}, { authorization: `Bearer ${t.tokens.officer}` });
      expect(r.errors).toBeUndefined();
      expect(r.data.residents.items.some((i: { examResults: unknown[] }) => i.examResults.length > 0)).toBe(true);
    } finally {
      await late.stop();
      await latePartner?.stop();
    }
  });
});
