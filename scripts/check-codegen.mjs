// Exits 1 and names the files when the committed graphql-codegen output differs from what codegen.yml
// would generate now (run `npm run codegen` to refresh). Writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { generate } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const config = parse(fs.readFileSync('codegen.yml', 'utf8'));
const outputs = await generate({ ...config, silent: true }, false);
const stale = outputs.filter((o) => !fs.existsSync(o.filename) || fs.readFileSync(o.filename, 'utf8') !== o.content).map((o) => o.filename);
if (stale.length) {
  console.error(`graphql-codegen output is stale; run \`npm run codegen\`:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`graphql-codegen output up to date (${outputs.length} files)`);
