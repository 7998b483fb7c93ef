/**
 * The federation gateway's configuration: a JSON file (GATEWAY_CONFIG, default `gateway.config.json` at the
 * repository root). String values may name environment variables as `${NAME}` or `${NAME:-default}`, so one
 * file serves a laptop and a compose deployment.
 *
 * {
 *   "host": "127.0.0.1", "port": 4100,
 *   "corsOrigins": ["http://127.0.0.1:4000"],
 *   "pollIntervalMs": 10000,
 *   "subgraphs": [
 *     { "name": "eldergraph", "url": "http://127.0.0.1:4000/graphql", "required": true, "sdlFile": "server/schema.graphql" },
 *     { "name": "health", "url": "http://127.0.0.1:4001/" }
 *   ]
 * }
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SubgraphConfig {
  /** The subgraph's name in the supergraph (letters, digits, `_`), e.g. `eldergraph`, `health` */
  name: string;
  /** Where the gateway sends the subgraph's part of each query */
  url: string;
  /**
   * The gateway does not serve without it: at start it waits (retrying) until its SDL is known. Other subgraphs
   * join the composition whenever they can be reached and stay in it (with their last SDL) while they are down.
   */
  required?: boolean;
  /** Read the SDL from this file (relative to the config file) instead of asking the subgraph's `_service { sdl }` */
  sdlFile?: string;
  /** Headers for the `_service { sdl }` request (ElderGraph answers it to any signed-in user or API key) */
  sdlHeaders?: Record<string, string>;
}

export interface GatewayConfig {
  host: string;
  port: number;
  /** Browser origins allowed to call the gateway (the admin panel's) */
  corsOrigins: string[];
  /** How often subgraph SDLs are fetched again and the supergraph recomposed when one changed (ms) */
  pollIntervalMs: number;
  /** Timeout of one subgraph request (ms) */
  subgraphTimeoutMs: number;
  production: boolean;
  subgraphs: SubgraphConfig[];
}

const ENV_REF = /\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/gi;

/** `${NAME}` / `${NAME:-default}` in every string of a parsed JSON value. */
export function expandEnv<T>(value: T, env: NodeJS.ProcessEnv = process.env): T {
  if (typeof value === 'string') return value.replace(ENV_REF, (_m, name: string, d?: string) => env[name] || d || '') as T;
  if (Array.isArray(value)) return value.map((v) => expandEnv(v, env)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, env)])) as T;
  return value;
}

export function parseGatewayConfig(raw: unknown, baseDir: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const c = expandEnv(raw, env) as Partial<GatewayConfig> & { port?: number | string };
  if (!c || typeof c !== 'object') throw new Error('gateway config: expected a JSON object');
  const port = Number(env.GATEWAY_PORT || (c.port ?? 4100));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`gateway config: port must be a port number (got ${c.port})`);
  if (!Array.isArray(c.subgraphs) || !c.subgraphs.length) throw new Error('gateway config: "subgraphs" must list at least one { name, url }');
  const names = new Set<string>();
  const subgraphs = c.subgraphs.map((s, i) => {
    if (!s || typeof s.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(s.name)) throw new Error(`gateway config: subgraphs[${i}].name must be letters, digits and _`);
    if (names.has(s.name)) throw new Error(`gateway config: subgraph "${s.name}" is listed twice`);
    names.add(s.name);
    try {
      new URL(s.url);
    } catch {
      throw new Error(`gateway config: subgraph "${s.name}" has no valid url (got ${JSON.stringify(s.url)})`);
    }
    return {
      name: s.name,
      url: s.url,
      required: !!s.required,
      sdlFile: s.sdlFile ? path.resolve(baseDir, s.sdlFile) : undefined,
      sdlHeaders: Object.fromEntries(Object.entries(s.sdlHeaders ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')),
    };
  });
  const corsOrigins = (Array.isArray(c.corsOrigins) ? c.corsOrigins : [c.corsOrigins ?? '']).flatMap((o) => String(o).split(',')).map((o) => o.trim()).filter(Boolean);
  return {
    host: env.GATEWAY_HOST || c.host || '127.0.0.1',
    port,
    corsOrigins,
    pollIntervalMs: Number(c.pollIntervalMs ?? 10_000),
    subgraphTimeoutMs: Number(c.subgraphTimeoutMs ?? 30_000),
    production: c.production ?? env.NODE_ENV === 'production',
    subgraphs,
  };
}

/** Reads GATEWAY_CONFIG (or `file`), default `gateway.config.json` in the repository root. */
export function loadGatewayConfig(file = process.env.GATEWAY_CONFIG || path.resolve(__dirname, '../../../gateway.config.json'), env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`gateway config ${file}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`gateway config ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return parseGatewayConfig(raw, path.dirname(path.resolve(file)), env);
}
