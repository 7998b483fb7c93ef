// Deterministic center rows for the benchmarks (bench/rounds.mjs, bench/peers.mjs): every star level occurs
// when they are rated. `associationOf(i, communityId)` gives row i an association id (default: none).

import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/**
 * `n` center inputs spread over `communityIds`, as plain column values for bulkInsert(Center, …): the server's
 * own generator (server/src/seed/scale.ts `scaleCenters`, also used by `npm run seed:scale`), from the built server.
 */
export function centerRows(n, communityIds, associationOf = () => null) {
  return require(path.join(root, 'server/dist/seed/scale.js')).scaleCenters(n, communityIds, associationOf);
}
