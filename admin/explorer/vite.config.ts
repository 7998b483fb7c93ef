import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The GraphQL explorer served by the server at /explorer: a separate small build (GraphiQL, bundled at build
 * time, no CDN at run time) into admin/dist/explorer. The admin panel's own config (../vite.config.ts) is untouched;
 * `npm run build -w admin` runs both builds, `npm run build:explorer -w admin` only this one.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/explorer/',
  plugins: [react()],
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(here, '../dist/explorer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
    // every font, image and worker as a file of our own: nothing is loaded from elsewhere
    assetsInlineLimit: 0,
  },
});
