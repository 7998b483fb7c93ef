import { startTestApp } from '../util';
import { Center } from '../../src/modules/center/center.entity';
it('perf', async () => {
  for (const requestTimeoutMs of [0, 30000, 0, 30000]) {
    const t = await startTestApp({ demoData: true, config: { limits: { requestTimeoutMs, rateLimitPerMinute: 0 } } });
    const q = `{ residents(take: 500) { items { id name idNumber phone age community { id name street { id name } } street { name } association { id name } } } }`;
    for (let i = 0; i < 3; i++) await t.gql(q, {}, t.tokens.analyst);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) { const r = await t.gql(q, {}, t.tokens.analyst); if (r.errors) throw new Error(JSON.stringify(r.errors)); }
    console.log(requestTimeoutMs, ((performance.now() - t0) / 20).toFixed(1), 'ms/request');
    await t.close();
  }
}, 300000);
