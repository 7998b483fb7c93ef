import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CHUNK_ROWS, yieldToLoop } from './rows';

/** Upper bound of one statement's JSON payload (MariaDB's default max_allowed_packet is 16 MiB). */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

function sqlType(type: unknown, length: string | number | undefined): string {
  switch (String(type)) {
    case 'int':
    case 'integer':
    case 'boolean':
      return 'INT';
    case 'bigint':
      return 'BIGINT';
    case 'date':
      return 'DATE';
    case 'datetime':
      return 'DATETIME';
    case 'text':
      return 'TEXT';
    default:
      return `VARCHAR(${length || 255})`;
  }
}

/**
 * Inserts many rows with ONE statement whatever their number (up to ~8 MiB of JSON per statement): the rows
 * travel as a single JSON parameter that the database unpacks — `JSON_TABLE` on MySQL 8 / MariaDB 10.6+,
 * `json_each` on SQLite. So a rating compute of 165 or 50,000 centers sends the same few statements.
 * Values go through the columns' transformers; columns left out take their defaults.
 */
export async function bulkInsert<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, props: (keyof E & string)[], rows: Partial<E>[]) {
  if (!rows.length) return 0;
  const meta = m.connection.getMetadata(entity);
  const columns = props.map((p) => {
    const c = meta.findColumnWithPropertyName(p);
    if (!c) throw new Error(`bulkInsert: ${meta.name} has no column ${p}`);
    return c;
  });
  const encode = (r: Partial<E>) =>
    JSON.stringify(
      columns.map((c) => {
        let v = (r as Record<string, unknown>)[c.propertyName];
        if (c.transformer && !Array.isArray(c.transformer)) v = c.transformer.to(v);
        if (typeof v === 'boolean') return v ? 1 : 0;
        if (typeof v === 'bigint') return v.toString();
        if (v instanceof Date) return v.toISOString().slice(0, 19).replace('T', ' ');
        return v ?? null;
      }),
    );
  const isMysql = m.connection.options.type === 'mysql' || m.connection.options.type === 'mariadb';
  const q = (n: string) => (isMysql ? `\`${n}\`` : `"${n}"`);
  const table = q(meta.tableName);
  const names = columns.map((c) => q(c.databaseName)).join(', ');
  const sql = isMysql
    ? `INSERT INTO ${table} (${names}) SELECT ${columns.map((_, i) => `j.c${i}`).join(', ')} FROM JSON_TABLE(?, '$[*]' COLUMNS (${columns
        .map((c, i) => `c${i} ${sqlType(c.type, c.length)} PATH '$[${i}]'`)
        .join(', ')})) AS j`
    : `INSERT INTO ${table} (${names}) SELECT ${columns.map((_, i) => `json_extract(value, '$[${i}]')`).join(', ')} FROM json_each(?)`;

  // On MySQL/MariaDB rows are encoded a chunk at a time with a yield to the event loop in between (encoding 50,000
  // rows at once holds it for tens of ms). Not on SQLite: its one connection is shared, and a request run during
  // the yield would run inside this transaction. The statement is split only when the payload would exceed the
  // packet budget.
  let batch: string[] = [];
  let bytes = 2;
  let statements = 0;
  const flush = async () => {
    if (!batch.length) return;
    const payload = `[${batch.join(',')}]`;
    batch = [];
    bytes = 2;
    await m.query(sql, [payload]);
    statements++;
  };
  for (let i = 0; i < rows.length; i++) {
    if (isMysql && i > 0 && i % CHUNK_ROWS === 0) await yieldToLoop();
    const json = encode(rows[i]);
    if (bytes + json.length + 1 > MAX_JSON_BYTES) await flush();
    batch.push(json);
    bytes += json.length + 1;
  }
  await flush();
  return statements;
}
