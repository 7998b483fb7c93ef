import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { DEFAULT_EXPLORER_DIST } from '../src/modules/explorer/explorer';
import { expectError, startTestApp, TestApp } from './util';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = path.join(ROOT, 'admin/explorer');
/** The explorer's saved example tabs (admin/explorer/examples.ts; required at run time: it lies outside this tsconfig's rootDir). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EXAMPLES } = require(path.join(SOURCES, 'examples')) as { EXAMPLES: { title: string; query: string; variables?: string }[] };

/** Newest source mtime of the explorer (and the packages that feed it). */
function newestSource(): number {
  const files = [...fs.readdirSync(SOURCES).map((f) => path.join(SOURCES, f)), path.join(ROOT, 'admin/package.json'), path.join(ROOT, 'package-lock.json')];
  return Math.max(...files.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
}

/** `npm test` is self-sufficient: builds the explorer (about 10 s) when its output is missing or older than its sources. */
function ensureExplorerBuilt() {
  const index = path.join(DEFAULT_EXPLORER_DIST, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestSource()) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['run', 'build:explorer', '-w', 'admin'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
  if (!fs.existsSync(index)) throw new Error('the explorer build produced no index.html');
}

/** Any reference to another origin that a browser would load: scripts, styles, fonts, workers, imports. */
const EXTERNAL = [
  /\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i, // HTML attributes
  /url\(\s*["']?\s*(?:https?:)?\/\//i, // CSS url(): fonts, images
  /@import\s+(?:url\()?\s*["']?\s*(?:https?:)?\/\//i, // CSS @import
  /\bimport\s*\(\s*["'`](?:https?:)?\/\//i, // dynamic import()
  /\bfrom\s*["'`](?:https?:)?\/\//i, // static import
  /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//i, // worker scripts
  /new\s+(?:Shared)?Worker\s*\(\s*["'`](?:https?:)?\/\//i,
  /\b(?:unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|esm\.sh|fonts\.googleapis\.com|fonts\.gstatic\.com)\b/i, // the usual CDNs
];
const ASSET_REF = /(?:\/explorer\/assets\/|[/"'`(])([\w.-]+-[\w-]{8}\.(?:js|css|ttf|woff2?|svg|png))\b/g;

describe('explorer: GraphiQL served from the server’s own files at /explorer', () => {
  let t: TestApp;
  let adminDist: string;

  beforeAll(async () => {
    ensureExplorerBuilt();
    // an admin panel build stand-in, to show that its SPA fallback does not swallow /explorer
    adminDist = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-admin-'));
    fs.writeFileSync(path.join(adminDist, 'index.html'), '<!doctype html><title>admin panel</title><div id="root"></div>');
    t = await startTestApp({ config: { adminDist } });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    fs.rmSync(adminDist, { recursive: true, force: true });
  });

  it('serves the explorer page at /explorer and /explorer/, not the admin panel', async () => {
    for (const p of ['/explorer', '/explorer/']) {
      const res = await fetch(`${t.url}${p}`, { redirect: 'manual' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('explorer-root');
      expect(html).not.toContain('admin panel');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    const admin = await fetch(`${t.url}/centers`);
    expect(await admin.text()).toContain('admin panel');
    const missing = await fetch(`${t.url}/explorer/assets/nothing-00000000.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('admin panel');
  });

  it('serves every asset the page references (transitively), and none is loaded from another origin', async () => {
    const html = await (await fetch(`${t.url}/explorer`)).text();
    for (const re of EXTERNAL) expect(html).not.toMatch(re);
    const seen = new Set<string>();
    const queue: string[] = [];
    const collect = (text: string) => {
      for (const m of text.matchAll(ASSET_REF)) if (!seen.has(m[1])) { seen.add(m[1]); queue.push(m[1]); }
    };
    collect(html);
    expect(queue.some((a) => a.endsWith('.js'))).toBe(true);
    expect(queue.some((a) => a.endsWith('.css'))).toBe(true);
    const built = new Set(fs.readdirSync(path.join(DEFAULT_EXPLORER_DIST, 'assets')));
    while (queue.length) {
      const name = queue.shift()!;
      if (!built.has(name)) continue; // a string in a library that merely looks like an asset name
      const res = await fetch(`${t.url}/explorer/assets/${name}`);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      if (/\.(js|css)$/.test(name)) {
        const text = await res.text();
        expect(res.headers.get('content-type')).toMatch(name.endsWith('.js') ? /javascript/ : /text\/css/);
        for (const re of EXTERNAL) {
          const hit = re.exec(text);
          expect({ name, external: hit ? text.slice(Math.max(0, hit.index - 40), hit.index + 80) : null }).toEqual({ name, external: null });
        }
        collect(text);
      } else {
        await res.arrayBuffer();
      }
    }
    // every built file is reachable from the page (nothing orphaned that a browser would fail to find)
    for (const f of built) expect(seen.has(f) ? f : `unreferenced ${f}`).toBe(f);
  });

  it("introspection (the explorer's schema) works for signed-in users, not anonymously", async () => {
    expectError(await t.gql(getIntrospectionQuery()), 'UNAUTHENTICATED');
    const login = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: 'analyst@test.example', p: 'correct-horse-battery' });
    expect(login.errors).toBeUndefined();
    const r = await t.gql(getIntrospectionQuery(), {}, login.data.login.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe('Query');
  });

  it('saved example queries are valid against the schema and run for an ANALYST', async () => {
    const intro = await t.gql(getIntrospectionQuery(), {}, t.tokens.admin);
    const schema = buildClientSchema(intro.data);
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    expect(EXAMPLES[0].query).toContain('centersByStreetAndLevel { streetName level count }');
    expect(EXAMPLES[0].query).toContain('subsidyByStreet(fiscalYear: 2016) { streetName amount }');
    for (const ex of EXAMPLES) {
      expect({ title: ex.title, errors: validate(schema, parse(ex.query)).map((e) => e.message) }).toEqual({ title: ex.title, errors: [] });
      const run = await t.gql(ex.query, ex.variables ? JSON.parse(ex.variables) : {}, t.tokens.analyst);
      expect({ title: ex.title, errors: run.errors ?? [] }).toEqual({ title: ex.title, errors: [] });
    }
  });
});
