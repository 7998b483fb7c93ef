import { makeIdNumber } from '../src/common/id-number';
import { startTestApp, TestApp, expectError, USERS, PASSWORD } from './util';

/** API keys and partner scopes, login throttling, token revocation, and the tamper-evident audit trail. */
describe('security: keys, throttling, revocation, audit chain', () => {
  let t: TestApp;
  let communityId: string;

  const keyReq = (key: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, null, { 'x-api-key': key });
  const newKey = async (scopes: string[], extra: Record<string, unknown> = {}) => {
    const r = await t.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id prefix scopes active } } }`, { i: { name: `k-${scopes.join('+')}`, scopes, ...extra } }, t.tokens.admin);
    expect(r.errors).toBeUndefined();
    return r.data.createApiKey as { key: string; apiKey: { id: string; prefix: string; scopes: string[]; active: boolean } };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.gql(`mutation { createStreet(input: { name: "东门街道" }) { id } }`, {}, t.tokens.officer);
    const c = await t.gql(`mutation($s: ID!) { createCommunity(input: { name: "湖贝社区", streetId: $s }) { id } }`, { s: s.data.createStreet.id }, t.tokens.officer);
    communityId = c.data.createCommunity.id;
    await t.gql(
      `mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`,
      { i: { code: 'XG-DM-001', name: '湖贝社区星光老年之家', communityId, floorArea: 200, plaqueDate: '2012-01-01', elderlyCount: 900, disabledCount: 30, serviceScore: 85, contactPhone: '13912345678' } },
      t.tokens.officer,
    );
    for (const [i, birth] of ['1940-03-01', '1950-07-15', '1970-01-01'].entries()) {
      const r = await t.gql(
        `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
        { i: { name: `居民${i}`, gender: 'FEMALE', idNumber: makeIdNumber('440303', birth, 100 + i, 'FEMALE'), birthDate: birth, communityId, householdRegistered: true, hasEmployer: false, phone: '13800000000' } },
        t.tokens.officer,
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('creates keys for ADMIN only, shows the key once and stores only its hash', async () => {
    expectError(await t.gql(`mutation { createApiKey(input: { name: "x", scopes: ["exams:read"] }) { key } }`, {}, t.tokens.officer), 'FORBIDDEN');
    expectError(await t.gql(`mutation { createApiKey(input: { name: "x", scopes: ["root"] }) { key } }`, {}, t.tokens.admin), 'BAD_USER_INPUT', 'scopes');
    const k = await newKey(['exams:read']);
    expect(k.key).toMatch(/^eg_[A-Za-z0-9_-]{43}$/);
    expect(k.key.startsWith(k.apiKey.prefix)).toBe(true);
    const stored = await t.started.ds.query(`SELECT key_hash FROM api_key WHERE id = ?`, [k.apiKey.id]);
    expect(stored[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(k.key);
    const list = await t.gql(`{ apiKeys { items { prefix scopes } } }`, {}, t.tokens.admin);
    expect(JSON.stringify(list.data)).not.toContain(k.key);
  });

  it('gives a key exactly its scopes, nested fields included', async () => {
    const exams = await newKey(['exams:read']);
    const cohort = await keyReq(exams.key, `query($c: ID!) { examCohort(communityId: $c, asOf: "2016-06-30") { totalItems items { name age idNumber community { name } } } }`, { c: communityId });
    expect(cohort.errors).toBeUndefined();
    expect(cohort.data.examCohort.totalItems).toBe(2);
    for (const m of cohort.data.examCohort.items) expect(m.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expectError(await keyReq(exams.key, `{ centers { totalItems } }`), 'FORBIDDEN');
    expectError(await keyReq(exams.key, `{ residents { totalItems } }`), 'FORBIDDEN');
    expectError(await keyReq(exams.key, `mutation { createStreet(input: { name: "x" }) { id } }`), 'FORBIDDEN');

    const centers = await newKey(['centers:read']);
    const ok = await keyReq(centers.key, `{ centers { items { code name community { name street { name } } } } }`);
    expect(ok.data.centers.items[0].community.street.name).toBe('东门街道');
    const phone = await keyReq(centers.key, `{ centers { items { code contactPhone } } }`);
    expectError(phone, 'FORBIDDEN');
    expect(JSON.stringify(phone.body)).not.toContain('13912345678');
    expectError(await keyReq(centers.key, `{ centers { items { association { name } } } }`), 'FORBIDDEN');
  });

  it('lets exams:write record results but not delete', async () => {
    const w = await newKey(['exams:write']);
    const cohort = await keyReq(w.key, `query($c: ID!) { examCohort(communityId: $c) { items { id } } }`, { c: communityId });
    const residentId = cohort.data.examCohort.items[0].id;
    const created = await keyReq(w.key, `mutation($i: CreateHealthExamInput!) { createHealthExam(input: $i) { id version status } }`, {
      i: { residentId, scheduledOn: '2016-05-20', provider: '罗湖区人民医院' },
    });
    expect(created.errors).toBeUndefined();
    const done = await keyReq(w.key, `mutation($i: UpdateHealthExamInput!) { updateHealthExam(input: $i) { status completedOn } }`, {
      i: { id: created.data.createHealthExam.id, version: 1, status: 'COMPLETED', completedOn: '2016-05-20' },
    });
    expect(done.data.updateHealthExam.status).toBe('COMPLETED');
    expectError(await keyReq(w.key, `mutation($id: ID!) { deleteHealthExam(id: $id, version: 2) }`, { id: created.data.createHealthExam.id }), 'FORBIDDEN');
    const audit = await t.gql(`{ auditLog(filter: { entity: "HealthExam", actorKind: "API_KEY" }) { totalItems items { actorName action } } }`, {}, t.tokens.admin);
    expect(audit.data.auditLog.totalItems).toBe(2);
  });

  it('refuses revoked, expired, forged and malformed keys', async () => {
    const k = await newKey(['centers:read']);
    expect((await keyReq(k.key, `{ centers { totalItems } }`)).errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }`, { id: k.apiKey.id }, t.tokens.admin);
    const revoked = await keyReq(k.key, `{ centers { totalItems } }`);
    expect(revoked.status).toBe(401);
    expectError(revoked, 'UNAUTHENTICATED');
    const forged = k.key.slice(0, -4) + 'AAAA';
    expectError(await keyReq(forged, `{ centers { totalItems } }`), 'UNAUTHENTICATED');
    expectError(await keyReq('not-a-key', `{ centers { totalItems } }`), 'UNAUTHENTICATED');
    const soon = await newKey(['centers:read'], { expiresAt: new Date(Date.now() + 1500).toISOString() });
    expect((await keyReq(soon.key, `{ centers { totalItems } }`)).errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1700));
    expectError(await keyReq(soon.key, `{ centers { totalItems } }`), 'UNAUTHENTICATED');
  });

  it('locks an email after 5 failed logins, for every instance (state in the database)', async () => {
    const login = (password: string) => t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: USERS.officer2, p: password });
    for (let i = 0; i < 5; i++) expectError(await login('wrong-password'), 'UNAUTHENTICATED');
    const locked = await login(PASSWORD);
    const e = expectError(locked, 'UNAUTHENTICATED');
    expect(e.message).toMatch(/Too many failed logins/);
    expect(Number(e.extensions!.retryAfter)).toBeGreaterThan(0);
    const rows = await t.started.ds.query(`SELECT failures FROM auth_throttle WHERE ${'`key`'.replace(/`/g, t.started.ds.options.type === 'better-sqlite3' ? '"' : '`')} = ?`, [`email:${USERS.officer2}`]);
    expect(Number(rows[0].failures)).toBe(5);
    const failed = await t.gql(`{ auditLog(filter: { action: ["LOGIN_FAILED"] }) { totalItems } }`, {}, t.tokens.admin);
    expect(failed.data.auditLog.totalItems).toBeGreaterThanOrEqual(5);
  });

  it('revokes a user’s tokens when disabled or when the password changes', async () => {
    const u = await t.gql(`mutation { createUser(input: { email: "temp@test.example", name: "临时", password: "temporary-pass-1", role: OFFICER }) { id version } }`, {}, t.tokens.admin);
    const l = await t.gql(`mutation { login(email: "temp@test.example", password: "temporary-pass-1") { token } }`);
    const token = l.data.login.token;
    expect((await t.gql(`{ me { email } }`, {}, token)).data.me.email).toBe('temp@test.example');
    await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }`, { i: { id: u.data.createUser.id, version: u.data.createUser.version, active: false } }, t.tokens.admin);
    const after = await t.gql(`{ me { email } }`, {}, token);
    expect(after.status).toBe(401);
    expectError(await t.gql(`mutation { login(email: "temp@test.example", password: "temporary-pass-1") { token } }`), 'UNAUTHENTICATED');
    expectError(await t.gql(`{ me { email } }`, {}, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwidHYiOjEsInJvbGUiOiJBRE1JTiJ9.'), 'UNAUTHENTICATED');
  });

  it('keeps an append-only, hash-chained audit log that detects tampering', async () => {
    const v = await t.gql(`{ verifyAuditLog { ok entries firstBadId } }`, {}, t.tokens.admin);
    expect(v.data.verifyAuditLog.ok).toBe(true);
    expect(v.data.verifyAuditLog.entries).toBeGreaterThan(10);
    expectError(await t.gql(`{ auditLog { totalItems } }`, {}, t.tokens.officer), 'FORBIDDEN');
    const created = await t.gql(`{ auditLog(filter: { entity: "Center", action: ["CREATE"] }) { items { id actorName after hash prevHash } } }`, {}, t.tokens.admin);
    const entry = created.data.auditLog.items[0];
    expect(entry.actorName).toBe(USERS.officer);
    expect(JSON.parse(entry.after).code).toBe('XG-DM-001');
    await t.started.ds.query(`UPDATE audit_log SET actor_name = 'someone else' WHERE id = ?`, [entry.id]);
    const bad = await t.gql(`{ verifyAuditLog { ok firstBadId reason } }`, {}, t.tokens.admin);
    expect(bad.data.verifyAuditLog).toEqual({ ok: false, firstBadId: entry.id, reason: 'content' });
  });

  it('audits unmasked reads of personal data, once per request, and masks them for analysts', async () => {
    const before = (await t.gql(`{ auditLog(filter: { action: ["READ_PERSONAL"] }) { totalItems } }`, {}, t.tokens.admin)).data.auditLog.totalItems;
    const masked = await t.gql(`{ residents { items { idNumber phone } } }`, {}, t.tokens.analyst);
    for (const r of masked.data.residents.items) expect(r.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const open = await t.gql(`{ residents { items { id idNumber phone } } }`, {}, t.tokens.officer);
    expect(open.data.residents.items[0].idNumber).toMatch(/^\d{17}[\dX]$/);
    const log = await t.gql(`{ auditLog(filter: { action: ["READ_PERSONAL"] }) { totalItems items { actorName after } } }`, {}, t.tokens.admin);
    expect(log.data.auditLog.totalItems).toBe(before + 1);
    expect(log.data.auditLog.items[0].actorName).toBe(USERS.officer);
    expect(JSON.parse(log.data.auditLog.items[0].after).Resident).toHaveLength(open.data.residents.items.length);
  });

  it('suppresses statistics cells of 1–4 residents for partner keys only', async () => {
    const q = `{ statistics(filter: { asOf: "2016-06-30" }) { centenarians residentsByAgeBand { band count } residentsBy(dimension: GENDER) { key count } examCoverageTotal(year: 2016) { eligible } } }`;
    const analyst = await t.gql(q, {}, t.tokens.analyst);
    const bands = analyst.data.statistics.residentsByAgeBand.filter((b: any) => b.count > 0);
    expect(bands.length).toBeGreaterThan(0);
    expect(bands.every((b: any) => b.count < 5)).toBe(true);
    const k = await newKey(['statistics:read']);
    const partner = await keyReq(k.key, q);
    expect(partner.errors).toBeUndefined();
    for (const b of partner.data.statistics.residentsByAgeBand) expect(b.count === null || b.count === 0).toBe(true);
    expect(partner.data.statistics.residentsBy.find((g: any) => g.key === 'FEMALE').count).toBeNull();
    expect(partner.data.statistics.examCoverageTotal.eligible).toBeNull();
    expectError(await keyReq(k.key, `{ residents { totalItems } }`), 'FORBIDDEN');
  });
});
