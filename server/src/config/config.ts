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
  logQueries: boolean;
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
    logQueries: bool(env.LOG_QUERIES, false),
  };
}
