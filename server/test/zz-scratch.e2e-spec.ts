import { startTestApp, TestApp } from './util';
jest.setTimeout(60000);
it('scratch', async () => {
  const t: TestApp = await startTestApp({ config: { limits: { rateLimitPerMinute: 0 } } });
  const o = (q: string, v: any = {}, tok = t.tokens.officer) => t.gql(q, v, tok);
  const a = await o(`mutation($n: String!) { createStreet(input: { name: $n }) { id name } }`, { n: '街道🌸' });
  const b = await o(`mutation($n: String!) { createStreet(input: { name: $n }) { id name } }`, { n: '街道🌺' });
  console.log('emoji streets', JSON.stringify(a.body), JSON.stringify(b.body));
  const q = await o(`{ streets(filter: { q: "🌻" }) { totalItems } }`);
  console.log('search other emoji', JSON.stringify(q.body));
  const c = await o(`mutation($n: String!) { createCommunity(input: { name: "C", streetId: $n }) { id } }`, { n: a.data.createStreet.id });
  await o(`mutation($i: CreateCenterInput!) { createCenter(input: $i) { id } }`, { i: { code: 'XG-NUL-001', name: '中心\u0000名', communityId: c.data.createCommunity.id, floorArea: 200, plaqueDate: '2012-01-01', elderlyCount: 900, disabledCount: 30, serviceScore: 85 } });
  const r = await o(`mutation { createRatingRound(input: { name: "R", assessedOn: "2016-06-30" }) { id } }`);
  const id = r.data.createRatingRound.id;
  console.log(JSON.stringify((await o(`mutation($id: ID!) { computeRatingRound(id: $id) { centerCount } }`, { id })).body));
  for (const f of ['csv', 'xlsx']) {
    const res = await fetch(`${t.url}/export/rating-rounds/${id}/ratings.${f}`, { headers: { authorization: `Bearer ${t.tokens.analyst}` } });
    const buf = Buffer.from(await res.arrayBuffer());
    console.log(f, res.status, buf.length, buf.includes(0) && f === 'csv' ? 'csv contains NUL' : '');
    if (f === 'xlsx') {
      const ExcelJS = require('exceljs'); const wb = new ExcelJS.Workbook();
      try { await wb.xlsx.load(buf); console.log('xlsx loads'); } catch (e) { console.log('xlsx broken', String(e)); }
      const zip = buf.toString('latin1'); console.log('raw has NUL?', buf.indexOf(Buffer.from([0x4e, 0x00])) >= 0);
    }
  }
  await t.close();
});
