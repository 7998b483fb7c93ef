/** Structured JSON logs on stdout/stderr (one object per line). Quiet under jest unless LOG_LEVEL is set. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = (): number => ORDER[(process.env.LOG_LEVEL as Level) ?? (process.env.JEST_WORKER_ID ? 'error' : 'info')] ?? 20;
const silent = () => process.env.JEST_WORKER_ID !== undefined && !process.env.LOG_LEVEL;

function write(level: Level, msg: string, fields: Record<string, unknown> = {}) {
  if (silent() || ORDER[level] < threshold()) return;
  // SQLite statement parameters are BigInts (data-source.ts), which JSON.stringify refuses: they log as strings
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

export const log = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
