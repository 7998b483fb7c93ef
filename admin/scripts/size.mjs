// Measures the built panel: the JavaScript the first screen loads (entry + modulepreloads, gzip) and the lazy chunks.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
const external = [...html.matchAll(/(?:src|href)="(https?:)?\/\/[^"]+"/g)].map((m) => m[0]);
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const lazy = all.filter((f) => !initial.includes(f));

const initialGz = initial.reduce((s, f) => s + gz(f), 0);
const lazyGz = lazy.reduce((s, f) => s + gz(f), 0);
const biggest = lazy.map((f) => [f, gz(f)]).sort((a, b) => b[1] - a[1]).slice(0, 6);

console.log(`initial JavaScript (gzip): ${kb(initialGz)} in ${initial.length} file(s): ${initial.join(', ')}`);
console.log(`initial CSS (gzip): ${kb(css.reduce((s, f) => s + gz(f), 0))}`);
console.log(`lazy chunks: ${lazy.length}, ${kb(lazyGz)} gzip in total; largest: ${biggest.map(([f, n]) => `${path.basename(f)} ${kb(n)}`).join(', ')}`);
if (external.length) {
  console.error(`index.html loads from other hosts: ${external.join(', ')}`);
  process.exit(1);
}
