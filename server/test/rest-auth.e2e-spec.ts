/**
 * The REST endpoints beside /graphql (exports, imports, background jobs) identify their caller one way
 * (common/http.ts requestActor): a Bearer token or an X-Api-Key, never both; a malformed header or a bad
 * credential is 401 UNAUTHENTICATED; a partner key is accepted where partners may act (list exports) and is
 * 403 FORBIDDEN elsewhere. Each endpoint answers with its own error envelope (imports: `{ error }`).
 */
import { startTestApp, TestApp } from './util';
import { HTTP_STATUS } from '../src/common/http';
import { ERROR_CODES } from '../src/common/errors';

interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** what a good partner key gets */
  partner: 200 | 403;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'list export', method: 'GET', path: '/export/list/centers.csv', partner: 200 },
  { name: 'list export job', method: 'POST', path: '/jobs/export/list/centers.csv', partner: 403 },
  { name: 'job result', method: 'GET', path: '/jobs/1/result', partner: 403 },
  { name: 'rating round export', method: 'GET', path: '/export/rating-rounds/1/ratings.csv', partner: 403 },
  { name: 'subsidy round export', method: 'GET', path: '/export/subsidy-rounds/1/allocations.csv', partner: 403 },
  { name: 'import columns', method: 'GET', path: '/import/centers/columns', partner: 403 },
  { name: 'import template', method: 'GET', path: '/import/centers/template.csv', partner: 403 },
  { name: 'import', method: 'POST', path: '/import/centers', partner: 403 },
  { name: 'import job', method: 'POST', path: '/jobs/import/centers', partner: 403 },
];

describe('REST endpoints: one way to identify the caller', () => {
  let t: TestApp;
  let key: string;

  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.gql('mutation { createApiKey(input: { name: "门户", scopes: ["centers:read"] }) { key } }', {}, t.tokens.admin);
    key = created.data.createApiKey.key;
  }, 60_000);
  afterAll(() => t?.close());

  async function call(e: Endpoint, headers: Record<string, string>): Promise<{ status: number; code: string | null; message: string }> {
    const res = await fetch(`${t.url}${e.path}`, { method: e.method, headers });
    const text = await res.text();
    if (res.status === 200) return { status: 200, code: null, message: '' };
    const body = JSON.parse(text);
    const err = body.errors?.[0] ? { code: body.errors[0].extensions.code, message: body.errors[0].message } : body.error;
    return { status: res.status, code: err.code, message: err.message };
  }

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s: none, both, malformed or bad credentials are 401; a partner key as its rules say', async (_name, e) => {
    const refused = { status: 401, code: 'UNAUTHENTICATED' };
    expect(await call(e, {})).toMatchObject({ ...refused, message: 'Send the Authorization: Bearer <token> header' });
    expect(await call(e, { authorization: `Token ${t.tokens.admin}` })).toMatchObject(refused);
    expect(await call(e, { authorization: 'Bearer not-a-token' })).toMatchObject(refused);
    expect(await call(e, { 'x-api-key': 'eg_not_a_key' })).toMatchObject(refused);
    expect(await call(e, { authorization: `Bearer ${t.tokens.admin}`, 'x-api-key': key })).toMatchObject({ ...refused, message: 'Send either a Bearer token or an X-Api-Key, not both' });
    const partner = await call(e, { 'x-api-key': key });
    if (e.partner === 200) expect(partner).toEqual({ status: 200, code: null, message: '' });
    else expect(partner).toMatchObject({ status: 403, code: 'FORBIDDEN', message: expect.stringMatching(/^Partner API keys /) });
  });

  it('gives every error code of DOMAIN.md an HTTP status', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    expect(HTTP_STATUS.UNAUTHENTICATED).toBe(401);
    expect(HTTP_STATUS.CONFLICT).toBe(409);
    expect(HTTP_STATUS.INTERNAL_SERVER_ERROR).toBe(500);
  });
});
