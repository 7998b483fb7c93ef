import path from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { makeIdNumber } from '../src/common/id-number';
import { expectError, GqlResult, startTestApp, TestApp } from './util';

/** The sample partner subgraph in the repository (partners/health-bureau; CommonJS, outside this tsconfig). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const healthBureau = require(path.resolve(__dirname, '../../partners/health-bureau/subgraph')) as {
  typeDefs: import('graphql').DocumentNode;
  demoResults(residentId: string): { id: string; examinedOn: string; conclusion: string }[];
  startHealthBureau(o: { port: number }): Promise<{ url: string; stop(): Promise<void> }>;
};

interface GatewayContext {
  authorization?: string;
  apiKey?: string;
}

/**
 * The gateway recipe of docs/partners.md: ElderGraph's SDL (from `_service { sdl }`, which needs a token or key —
 * the anonymous guard allows only login) composed with the partner's by @apollo/composition, served by
 * @apollo/gateway with a static supergraph; each subgraph request carries the caller's own Authorization or
 * X-Api-Key, so ElderGraph applies the caller's role, masking and scopes.
 */
describe('federation: ElderGraph composed with a partner subgraph behind @apollo/gateway', () => {
  let t: TestApp;
  let partner: { url: string; stop(): Promise<void> };
  let gateway: ApolloServer<GatewayContext>;
  let gatewayUrl: string;
  let supergraphSdl: string;
  let communityId: string;
  const residents: string[] = [];

  const viaGateway = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> => {
    const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as any;
    return { status: res.status, data: body.data, errors: body.errors, body };
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const newKey = async (scopes: string[]) => {
    const r = await t.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, { i: { name: `fed-${scopes.join('+')}`, scopes } }, t.tokens.admin);
    expect(r.errors).toBeUndefined();
    return r.data.createApiKey.key as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.gql(`mutation { createStreet(input: { name: "东门街道" }) { id } }`, {}, t.tokens.officer);
    const c = await t.gql(`mutation($s: ID!) { createCommunity(input: { name: "湖贝社区", streetId: $s }) { id } }`, { s: s.data.createStreet.id }, t.tokens.officer);
    communityId = c.data.createCommunity.id;
    for (const [i, birth] of ['1931-03-01', '1942-07-15', '1948-01-01', '1951-09-09', '1970-01-01'].entries()) {
      const r = await t.gql(
        `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
        { i: { name: `居民${i}`, gender: 'FEMALE', idNumber: makeIdNumber('440303', birth, 300 + i, 'FEMALE'), birthDate: birth, communityId, householdRegistered: true, hasEmployer: false, phone: '13800005678' } },
        t.tokens.officer,
      );
      expect(r.errors).toBeUndefined();
      residents.push(r.data.createResident.id);
    }

    partner = await healthBureau.startHealthBureau({ port: 0 });

    // 1. ElderGraph's subgraph SDL, over HTTP, with an admin token
    const sdl = await t.gql(`{ _service { sdl } }`, {}, t.tokens.admin);
    expect(sdl.errors).toBeUndefined();
    // 2. composition
    const composed = composeServices([
      { name: 'eldergraph', url: `${t.url}/graphql`, typeDefs: parse(sdl.data._service.sdl) },
      { name: 'health', url: partner.url, typeDefs: healthBureau.typeDefs },
    ]);
    if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('\n')}`);
    supergraphSdl = composed.supergraphSdl;

    // 3. the gateway: static supergraph, caller's credentials forwarded to every subgraph
    const gw = new ApolloGateway({
      supergraphSdl,
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<GatewayContext>({
          url,
          willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
            if (context.apiKey) request.http?.headers.set('x-api-key', context.apiKey);
          },
        }),
    });
    gateway = new ApolloServer<GatewayContext>({ gateway: gw });
    const started = await startStandaloneServer(gateway, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }) => ({
        authorization: typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined,
        apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined,
      }),
    });
    gatewayUrl = started.url;
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await partner?.stop();
    await t?.close();
  });

  it('composes: Resident is an entity of both subgraphs', () => {
    expect(supergraphSdl).toMatch(/type Resident[\s\S]*?@join__type\(graph: ELDERGRAPH, key: "id"\)/);
    expect(supergraphSdl).toMatch(/@join__type\(graph: HEALTH, key: "id"\)/);
    expect(supergraphSdl).toContain('examResults: [ExamResult!] @join__field(graph: HEALTH)');
  });

  it('refuses the subgraph SDL to anonymous callers (the gateway setup needs a token or key)', async () => {
    expectError(await t.gql(`{ _service { sdl } }`), 'UNAUTHENTICATED');
    const key = await newKey(['exams:read']);
    const viaKey = await t.gql(`{ _service { sdl } }`, {}, null, { 'x-api-key': key });
    expect(viaKey.errors).toBeUndefined();
    expect(viaKey.data._service.sdl).toContain('type Resident');
  });

  it('answers one query across both subgraphs: residents from ElderGraph, exam results from the health bureau', async () => {
    const r = await viaGateway(`{ residents(sort: [{ field: id, direction: ASC }], take: 10) { totalItems items { id name examResults { id examinedOn conclusion } } } }`, {}, bearer(t.tokens.officer));
    expect(r.errors).toBeUndefined();
    expect(r.data.residents.totalItems).toBe(residents.length);
    for (const item of r.data.residents.items) {
      const expected = healthBureau.demoResults(item.id).map(({ id, examinedOn, conclusion }) => ({ id, examinedOn, conclusion }));
      expect(item.examResults).toEqual(expected);
    }
    expect(r.data.residents.items.some((i: { examResults: unknown[] }) => i.examResults.length > 0)).toBe(true);
    // anonymous through the gateway: ElderGraph refuses, nothing leaks
    const anon = await viaGateway(`{ residents { items { name examResults { id } } } }`);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anon.body)).not.toContain('居民');
  });

  it('keeps partner scopes through the gateway: residentsAfter + examResults for exams:read, FORBIDDEN beyond', async () => {
    const key = await newKey(['exams:read']);
    const ok = await viaGateway(`{ residentsAfter(take: 2, filter: { asOf: "2016-06-30" }) { items { id name idNumber examResults { examinedOn } } nextCursor } }`, {}, { 'x-api-key': key });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.residentsAfter.items).toHaveLength(2);
    for (const i of ok.data.residentsAfter.items) expect(i.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const phone = await viaGateway(`{ residentsAfter(take: 2) { items { id phone examResults { examinedOn } } } }`, {}, { 'x-api-key': key });
    expect(phone.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(phone.body)).not.toContain('5678');
  });

  it('resolves Resident entities for the gateway with the caller’s masking: ANALYST masked, OFFICER unmasked', async () => {
    const id = residents.find((r) => healthBureau.demoResults(r).length)!;
    const q = `query($id: ID!) { examResult(id: $id) { conclusion resident { id name idNumber phone } } }`;
    const analyst = await viaGateway(q, { id: `${id}-2016` }, bearer(t.tokens.analyst));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data.examResult.resident.id).toBe(id);
    expect(analyst.data.examResult.resident.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(analyst.data.examResult.resident.phone).toMatch(/^\*+5678$/);
    const officer = await viaGateway(q, { id: `${id}-2016` }, bearer(t.tokens.officer));
    expect(officer.data.examResult.resident.idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('_entities honours masking and scopes when called directly', async () => {
    const reps = residents.slice(0, 2).map((id) => ({ __typename: 'Resident', id }));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { id name idNumber } } }`;
    const analyst = await t.gql(q, { r: reps }, t.tokens.analyst);
    expect(analyst.errors).toBeUndefined();
    for (const e of analyst.data._entities) expect(e.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expectError(await t.gql(q, { r: reps }), 'UNAUTHENTICATED');

    // keys: a scope that does not open Query.resident cannot resolve Resident by key at all
    for (const scope of ['exams:read', 'centers:read', 'statistics:read']) {
      const r = await t.gql(q, { r: reps }, null, { 'x-api-key': await newKey([scope]) });
      expectError(r, 'FORBIDDEN');
      expect(JSON.stringify(r.body)).not.toMatch(/居民|\d{6}\*|\d{17}/);
    }
    // centers:read resolves Center by key, but only the fields it may read
    const center = await t.gql(
      `mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`,
      { i: { code: 'XG-DM-009', name: '湖贝社区星光老年之家', communityId, floorArea: 200, plaqueDate: '2012-01-01', elderlyCount: 900, disabledCount: 30, serviceScore: 85, contactPhone: '13912340000' } },
      t.tokens.officer,
    );
    const centerKey = await newKey(['centers:read']);
    const cq = (fields: string) => t.gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Center { ${fields} } } }`, { r: [{ __typename: 'Center', id: center.data.createCenter.id }] }, null, { 'x-api-key': centerKey });
    const ok = await cq('id code name');
    expect(ok.errors).toBeUndefined();
    expect(ok.data._entities[0].code).toBe('XG-DM-009');
    const phone = await cq('id contactPhone');
    expectError(phone, 'FORBIDDEN');
    expect(JSON.stringify(phone.body)).not.toContain('13912340000');
  });
});
