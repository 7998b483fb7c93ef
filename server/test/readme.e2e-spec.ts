import fs from 'node:fs';
import path from 'node:path';
import { startTestApp, TestApp } from './util';

/** Every GraphQL example in README.md runs without errors for an analyst on the demo district. */
describe('README examples', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  }, 120000);
  afterAll(() => t.close());

  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).filter((q) => !/\blogin\(/.test(q));

  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(4));

  it.each(blocks.map((q, i) => [i + 1, q]))('example %i runs cleanly', async (_i, query) => {
    const r = await t.gql(query as string, {}, t.tokens.analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
  });
});
