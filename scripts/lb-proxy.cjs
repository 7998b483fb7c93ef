// A round-robin HTTP load balancer in front of several ElderGraph instances, for local multi-instance runs
// (server/test/multi-instance.e2e-spec.ts, bench/instances.mjs). Production uses nginx (docs/operations.md);
// this is the same behaviour in a few lines of http-proxy: requests go to the live upstreams in turn, an upstream
// that refuses connections is skipped (the request is sent to the next one, nothing was delivered) and probed on
// /healthz until it answers again; a request cut off after it was delivered gets 502 (the client decides whether
// to retry: the server may have acted on it).
//
//   const { createBalancer } = require('./lb-proxy.cjs');
//   const lb = await createBalancer(['http://127.0.0.1:4101', 'http://127.0.0.1:4102']);  // lb.url, lb.stats(), lb.close()
'use strict';
const http = require('node:http');
const { Readable } = require('node:stream');
const httpProxy = require('http-proxy');

/** Errors that prove the request never reached the upstream: safe to send it elsewhere. */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

function jsonError(res, status, message, reason) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR', reason } }] }));
}

/**
 * Starts the balancer on `port` (0: a free one) of 127.0.0.1.
 * @param {string[]} upstreams base URLs of the instances
 * @param {{ port?: number, probeMs?: number }} [opts]
 */
async function createBalancer(upstreams, opts = {}) {
  const probeMs = opts.probeMs ?? 250;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512, keepAliveMsecs: 1000 });
  const proxy = httpProxy.createProxyServer({ agent, xfwd: true, proxyTimeout: 120_000 });
  const pool = upstreams.map((url) => ({ url, alive: true, served: 0, failures: 0 }));
  let next = 0;

  const pick = (tried) => {
    for (let i = 0; i < pool.length; i++) {
      const u = pool[(next + i) % pool.length];
      if (u.alive && !tried.has(u)) {
        next = (next + i + 1) % pool.length;
        return u;
      }
    }
    return null;
  };

  const markDown = (u) => {
    if (!u.alive) return;
    u.alive = false;
    const probe = () => {
      const req = http.get(`${u.url}/healthz`, { timeout: 1000 }, (r) => {
        r.resume();
        if (r.statusCode === 200) u.alive = true;
        else setTimeout(probe, probeMs).unref();
      });
      req.on('error', () => setTimeout(probe, probeMs).unref());
      req.on('timeout', () => req.destroy());
    };
    setTimeout(probe, probeMs).unref();
  };

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const tried = new Set();
      const attempt = () => {
        const u = pick(tried);
        if (!u) return jsonError(res, 503, 'No server instance is available', 'NO_UPSTREAM');
        tried.add(u);
        u.served++;
        proxy.web(req, res, { target: u.url, buffer: Readable.from(body.length ? [body] : []) }, (err) => {
          u.served--;
          u.failures++;
          markDown(u);
          if (NOT_DELIVERED.has(err && err.code) && !res.headersSent) return attempt();
          jsonError(res, 502, `The server instance failed while answering (${(err && err.code) || 'error'})`, 'UPSTREAM_FAILED');
        });
      };
      attempt();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    /** Requests handed to each upstream (by URL), and whether it is considered alive. */
    stats: () => pool.map((u) => ({ url: u.url, alive: u.alive, served: u.served, failures: u.failures })),
    async close() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      proxy.close();
      agent.destroy();
    },
  };
}

module.exports = { createBalancer };
