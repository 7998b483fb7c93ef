/**
 * docker-compose.yml's production profile (scale-out issue, item 5), checked as data: the YAML parsed with the
 * `yaml` package (services, profiles, healthchecks, environment), the nginx config it mounts and the Dockerfile
 * targets it builds. When the Docker Compose CLI is installed, `docker compose config -q` validates the file too
 * (no Docker engine is needed for that).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadGatewayConfig } from '../src/gateway/gateway-config';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

interface Service {
  profiles?: string[];
  image?: string;
  build?: string | { context: string; target?: string };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
  command?: string[];
}

describe('docker-compose.yml: the default setup and the production profile', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const services = compose.services;
  const production = Object.entries(services).filter(([, s]) => s.profiles?.includes('production'));
  const target = (s: Service) => (typeof s.build === 'object' ? s.build.target : undefined);
  const instances = production.filter(([, s]) => target(s) === 'server');

  it('keeps the default setup: mysql and one server, in no profile', () => {
    expect(services.mysql.profiles).toBeUndefined();
    expect(services.server.profiles).toBeUndefined();
    expect(services.mysql.image).toMatch(/^mysql:8/);
    expect(services.mysql.volumes).toContain('mysql-data:/var/lib/mysql');
    expect(services.mysql.healthcheck?.test).toContain('mysqladmin');
  });

  it('production: Redis, two or more server instances, the gateway and an nginx proxy, each with a healthcheck', () => {
    const names = production.map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['redis', 'gateway', 'proxy']));
    expect(instances.length).toBeGreaterThanOrEqual(2);
    expect(production.filter(([, s]) => !s.healthcheck?.test?.length).map(([n]) => n)).toEqual([]);
    expect(services.redis.image).toMatch(/^redis:7/);
    expect(services.redis.volumes).toContain('redis-data:/data');
    expect(compose.volumes).toHaveProperty('redis-data');
    expect(target(services.gateway)).toBe('gateway');
    expect(services.proxy.image).toMatch(/^nginx:/);
    expect(services.proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(services.proxy.ports?.some((p) => /:80$/.test(String(p)))).toBe(true);
    // only the proxy is published: the instances and the gateway are reached through it
    for (const [name, s] of production) if (name !== 'proxy') expect([name, s.ports]).toEqual([name, undefined]);
  });

  it('every instance runs on the shared MySQL and Redis, with a required JWT secret and the proxies trusted', () => {
    for (const [name, s] of instances) {
      const env = s.environment ?? {};
      expect([name, env.DATABASE_URL]).toEqual([name, expect.stringMatching(/^mysql:\/\/[^@]+@mysql:3306\/eldergraph$/)]);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
      expect(env.TRUST_PROXY).toContain('uniquelocal');
      expect(env).toHaveProperty('DATABASE_REPLICA_URLS');
      expect(env.DEMO_DATA).toBe('false');
    }
    // one instance starts first and applies pending migrations; the others wait until it is healthy
    const [first, ...rest] = instances;
    expect(first[1].depends_on?.mysql.condition).toBe('service_healthy');
    for (const [, s] of rest) expect(s.depends_on?.[first[0]]?.condition).toBe('service_healthy');
  });

  it('the nginx config balances every instance and sends /graphql to the gateway', () => {
    const conf = read('deploy/nginx.conf');
    const upstream = /upstream eldergraph \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    for (const [name] of instances) expect(upstream).toContain(`server ${name}:4000`);
    expect(conf).toMatch(/location = \/graphql \{\s*proxy_pass http:\/\/gateway;/);
    expect(conf).toMatch(/upstream gateway \{\s*server gateway:4100/);
    expect(services.gateway.environment?.ELDERGRAPH_URL).toBe('http://proxy:8080/graphql');
    expect(conf).toContain('listen 8080;');
  });

  it('the Dockerfile builds both targets as a non-root user; the gateway image carries its config', () => {
    const docker = read('Dockerfile');
    expect(docker).toMatch(/^FROM node:20[^\n]* AS build$/m);
    expect(docker).toContain('RUN npm ci');
    expect(docker).toMatch(/^FROM node:20[^\n]* AS gateway$/m);
    expect(docker).toMatch(/^FROM node:20[^\n]* AS server$/m);
    expect(docker.match(/^USER node$/gm)).toHaveLength(2);
    expect(docker).toContain('COPY --from=build /app/gateway.config.json');
    const gw = loadGatewayConfig(path.join(ROOT, 'gateway.config.json'), { ELDERGRAPH_URL: services.gateway.environment!.ELDERGRAPH_URL });
    expect(gw.subgraphs[0]).toMatchObject({ name: 'eldergraph', url: 'http://proxy:8080/graphql', required: true });
  });

  it('every way of starting the server passes the Node flags of server/package.json (nodeFlags)', () => {
    const pkg = JSON.parse(read('server/package.json')) as { nodeFlags: string[]; scripts: { start: string } };
    expect(pkg.nodeFlags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-semi-space-size=\d+$/)]));
    // the image's server command, and `npm start -w server`, name them literally: they must not drift
    const cmd = /^CMD (\[.*"server\/dist\/main\.js"\])$/m.exec(read('Dockerfile'));
    expect(JSON.parse(cmd![1])).toEqual(['node', ...pkg.nodeFlags, 'server/dist/main.js']);
    expect(pkg.scripts.start).toBe(`node ${pkg.nodeFlags.join(' ')} dist/main.js`);
    // `npm start` (scripts/start.mjs) and the benchmarks read the list itself
    expect(read('scripts/start.mjs')).toMatch(/nodeFlags[\s\S]*spawn\(process\.execPath, \[\.\.\.nodeFlags,/);
    expect(read('bench/lib/server.mjs')).toContain('.nodeFlags');
    // and Node accepts them
    const r = spawnSync(process.execPath, [...pkg.nodeFlags, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('docker compose config accepts the file (when the Docker Compose CLI is installed)', () => {
    const env = { ...process.env, JWT_SECRET: 'x'.repeat(40) };
    const hasCompose = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;
    if (hasCompose) {
      for (const profiles of [[], ['--profile', 'production'], ['--profile', 'production', '--profile', 'partner-demo']]) {
        execFileSync('docker', ['compose', ...profiles, 'config', '-q'], { cwd: ROOT, env, stdio: 'pipe' });
      }
    }
    // without the CLI, the structure checks above are the validation; the file must still be plain YAML
    expect(Object.keys(services).length).toBeGreaterThanOrEqual(7);
  });
});
