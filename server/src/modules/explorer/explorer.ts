import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * The GraphQL explorer (GraphiQL bundled at build time by `npm run build:explorer -w admin`, no CDN) served at
 * /explorer from the server's own files. It talks to /graphql of the same origin with the signed-in user's
 * Bearer token or a partner's X-Api-Key; introspection needs either (the anonymous guard allows only login).
 */
export const DEFAULT_EXPLORER_DIST = path.resolve(__dirname, '../../../../admin/dist/explorer');

/** The built explorer folder in force: EXPLORER_DIST / config, else admin/dist/explorer; null when not built. */
export function explorerDist(configured?: string | null): string | null {
  const dir = configured || DEFAULT_EXPLORER_DIST;
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : null;
}

/** GET /explorer (the page, never cached, so a new build is picked up) and /explorer/assets/* (content-hashed, cached). */
export function explorerRouter(configured?: string | null): express.Router {
  const router = express.Router({ strict: true });
  router.get(['/', '/index.html'], (_req, res) => {
    const dir = explorerDist(configured);
    if (!dir) {
      res.status(404).type('text/plain').send('The explorer is not built: run `npm run build -w admin` (or `npm start`, which builds it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
  let assets: { dir: string; serve: express.Handler } | null = null;
  router.use('/assets', (req, res, next) => {
    const dir = explorerDist(configured);
    if (!dir) return next();
    if (assets?.dir !== dir) assets = { dir, serve: express.static(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d' }) };
    return assets.serve(req, res, next);
  });
  return router;
}
