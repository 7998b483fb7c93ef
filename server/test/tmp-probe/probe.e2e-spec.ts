import { startTestApp } from '../util';
it('perf', async () => {
  const requestTimeoutMs = Number(process.env.RT);
  const t = await startTestApp({ demoData: true, config: { limits: { requestTimeoutMs, rateLimitPerMinute: 0 } } });
  const q = `{ residents(take: 500) { items { id name idNumber phone age community { id name street { id name } } street { name } association { id name } } } }`;
  for (let i = 0; i < 10; i++) await t.gql(q, {}, t.tokens.analyst);
  const c0 = process.cpuUsage();
  for (let i = 0; i < 40; i++) { const r = await t.gql(q, {}, t.tokens.analyst); if (r.errors) throw new Error(JSON.stringify(r.errors)); }
  { const c = process.cpuUsage(c0); console.log(requestTimeoutMs, ((c.user + c.system) / 1000 / 40).toFixed(1), 'ms/request'); }
  await t.close();
}, 300000);
