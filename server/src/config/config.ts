import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AppConfig {
  databaseUrl: string;
  dbType: 'sqlite' | 'mysql';
  port: number;
  host: string;
  demoData: boolean;
  adminEmail: string;
  adminPassword: string | null;
  jwtSecret: string;
  jwtTtlSeconds: number;
  corsOrigins: string[];
  production: boolean;
  /** Directory of the built admin panel served at `/` (absent: not served). */
  adminDist: string | null;
  /** Directory of the built GraphQL explorer served at `/explorer` (absent: admin/dist/explorer). */
  explorerDist?: string | null;
  logQueries: boolean;
  /** Request hardening limits; absent fields take DEFAULT_LIMITS (read them with `requestLimits(config)`). */
  limits?: Partial<RequestLimits>;
  /** Background jobs: BullMQ on Redis when `redisUrl` is set (REDIS_URL), otherwise an in-process runner. */
  jobs?: JobsConfig;
  /** MySQL read replicas (DATABASE_REPLICA_URLS, comma-separated mysql:// URLs); ignored with SQLite. */
  replicaUrls?: string[];
  /** A replica further behind the primary than this is bypassed (DATABASE_REPLICA_MAX_LAG_SECONDS, default 5). */
  replicaMaxLagSeconds?: number;
  /** Express `trust proxy` (TRUST_PROXY, default `loopback`): whose X-Forwarded-For is believed (proxy, gateway). */
  trustProxy?: string;
  /** The GraphQL URL the admin panel calls (ADMIN_GRAPHQL_URL, e.g. the federation gateway); default its own `/graphql`. */
  adminGraphqlUrl?: string | null;
}

/** Background jobs (modules/jobs). Absent or without `redisUrl`: the in-process runner (embedded mode). */
export interface JobsConfig {
  /** redis://host:port[/db] (REDIS_URL); null = run jobs in this process */
  redisUrl: string | null;
  /** BullMQ key prefix (JOBS_QUEUE_PREFIX); default `eldergraph:<hash of the database>`, so servers of one database share a queue */
  queuePrefix?: string | null;
  /** BullMQ lock of a running job in ms (JOBS_LOCK_MS, default 30000): a job whose worker died runs again on another instance after about this long */
  lockMs?: number;
  /** Jobs run at once per instance (JOBS_CONCURRENCY, default 1) */
  concurrency?: number;
}

/** Request hardening (security issue point 5). Every limit can be set from the environment (README). */
export interface RequestLimits {
  /** Deepest field nesting of an operation, fragments flattened (GQL_MAX_DEPTH) */
  maxDepth: number;
  /** Aliases per operation (GQL_MAX_ALIASES) */
  maxAliases: number;
  /** Directives per operation (GQL_MAX_DIRECTIVES) */
  maxDirectives: number;
  /** Cost per operation: 1 per object, a page multiplies its items by `take` (GQL_MAX_COST) */
  maxCost: number;
  /** Lexical tokens per document, enforced by the parser (GQL_MAX_TOKENS) */
  maxTokens: number;
  /** Length assumed for a list field without `take`, e.g. a street's communities (GQL_LIST_SIZE) */
  listSize: number;
  /** Cost units per user or API key per minute, shared by all server instances; 0 = off (RATE_LIMIT_COST_PER_MINUTE) */
  rateLimitPerMinute: number;
  /** Whole-request deadline in ms; 0 = off (REQUEST_TIMEOUT_MS) */
  requestTimeoutMs: number;
  /** Per-statement limit in ms on MariaDB (max_statement_time) / MySQL (max_execution_time, SELECT only); 0 = off (DB_STATEMENT_TIMEOUT_MS) */
  statementTimeoutMs: number;
  /** Offset lists count matches exactly up to this; beyond it totalItems is this, flagged inexact (LIST_COUNT_LIMIT; common/list.ts) */
  listCountLimit: number;
  /** Offset pages must start below this `skip` (LIST_MAX_SKIP; common/list.ts) */
  listMaxSkip: number;
}

export const DEFAULT_LIMITS: Readonly<RequestLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 20_000,
  maxTokens: 5000,
  listSize: 10,
  rateLimitPerMinute: 100_000,
  requestTimeoutMs: 30_000,
  statementTimeoutMs: 15_000,
  listCountLimit: 100_000,
  listMaxSkip: 10_000,
});

/** The limits in force: the config's own, the defaults for the rest. */
export function requestLimits(config: Pick<AppConfig, 'limits'>): RequestLimits {
  const given = Object.fromEntries(Object.entries(config.limits ?? {}).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_LIMITS, ...given };
}

function limitsFromEnv(env: NodeJS.ProcessEnv): RequestLimits {
  const int = (name: string, d: number, min: number): number => {
    const v = env[name];
    if (v === undefined || v === '') return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min} (got ${v})`);
    return n;
  };
  const d = DEFAULT_LIMITS;
  return {
    maxDepth: int('GQL_MAX_DEPTH', d.maxDepth, 1),
    maxAliases: int('GQL_MAX_ALIASES', d.maxAliases, 0),
    maxDirectives: int('GQL_MAX_DIRECTIVES', d.maxDirectives, 0),
    maxCost: int('GQL_MAX_COST', d.maxCost, 1),
    maxTokens: int('GQL_MAX_TOKENS', d.maxTokens, 100),
    listSize: int('GQL_LIST_SIZE', d.listSize, 1),
    rateLimitPerMinute: int('RATE_LIMIT_COST_PER_MINUTE', d.rateLimitPerMinute, 0),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 0),
    statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', d.statementTimeoutMs, 0),
    listCountLimit: int('LIST_COUNT_LIMIT', d.listCountLimit, 1),
    listMaxSkip: int('LIST_MAX_SKIP', d.listMaxSkip, 1),
  };
}

export function dbTypeOf(url: string): 'sqlite' | 'mysql' {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) return 'mysql';
  throw new Error(`DATABASE_URL must start with sqlite: or mysql:// (got "${url.slice(0, 20)}…")`);
}

export function sqliteFile(url: string): string {
  return url.slice('sqlite:'.length);
}

/** The JWT key: JWT_SECRET, or for SQLite a key generated once and kept beside the database file. */
function resolveJwtSecret(env: NodeJS.ProcessEnv, url: string, dbType: 'sqlite' | 'mysql'): string {
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
    return env.JWT_SECRET;
  }
  if (dbType === 'mysql') throw new Error('JWT_SECRET is required when DATABASE_URL is MySQL (several servers must share it)');
  const file = sqliteFile(url);
  if (file === ':memory:') return randomBytes(32).toString('hex');
  const keyFile = `${file}.jwt-secret`;
  if (fs.existsSync(keyFile)) return fs.readFileSync(keyFile, 'utf8').trim();
  fs.mkdirSync(path.dirname(path.resolve(keyFile)), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(keyFile, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || 'sqlite:./data/eldergraph.sqlite';
  const dbType = dbTypeOf(databaseUrl);
  const bool = (v: string | undefined, d: boolean) => (v === undefined || v === '' ? d : /^(1|true|yes|on)$/i.test(v));
  const port = Number(env.PORT || 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got ${env.PORT})`);
  const defaultAdminDist = path.resolve(__dirname, '../../../admin/dist');
  return {
    databaseUrl,
    dbType,
    port,
    host: env.HOST || '127.0.0.1',
    demoData: bool(env.DEMO_DATA, dbType === 'sqlite'),
    adminEmail: env.ADMIN_EMAIL || 'admin@example.org',
    adminPassword: env.ADMIN_PASSWORD || null,
    jwtSecret: resolveJwtSecret(env, databaseUrl, dbType),
    jwtTtlSeconds: Number(env.JWT_TTL_SECONDS || 12 * 3600),
    corsOrigins: (env.CORS_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean),
    production: env.NODE_ENV === 'production',
    adminDist: env.ADMIN_DIST ?? (fs.existsSync(path.join(defaultAdminDist, 'index.html')) ? defaultAdminDist : null),
    explorerDist: env.EXPLORER_DIST || null,
    logQueries: bool(env.LOG_QUERIES, false),
    limits: limitsFromEnv(env),
    jobs: {
      redisUrl: env.REDIS_URL || null,
      queuePrefix: env.JOBS_QUEUE_PREFIX || null,
      lockMs: positiveInt(env, 'JOBS_LOCK_MS', 30_000),
      concurrency: positiveInt(env, 'JOBS_CONCURRENCY', 1),
    },
    replicaUrls: (env.DATABASE_REPLICA_URLS || '').split(',').map((s) => s.trim()).filter(Boolean),
    replicaMaxLagSeconds: positiveSeconds(env, 'DATABASE_REPLICA_MAX_LAG_SECONDS', 5),
    trustProxy: env.TRUST_PROXY || 'loopback',
    adminGraphqlUrl: env.ADMIN_GRAPHQL_URL || null,
  };
}

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, d: number): number {
  const v = env[name];
  if (v === undefined || v === '') return d;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a number of seconds > 0 (got ${v})`);
  return n;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, d: number): number {
  const v = env[name];
  if (v === undefined || v === '') return d;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got ${v})`);
  return n;
}

/** TRUST_PROXY as Express's `trust proxy` wants it: true/false, a hop count, or addresses and names (default loopback). */
export function trustProxySetting(v: string | undefined): boolean | number | string {
  if (!v) return 'loopback';
  if (/^(true|false)$/i.test(v)) return /^true$/i.test(v);
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
