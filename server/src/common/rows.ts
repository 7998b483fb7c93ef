import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Lets timers and I/O run between chunks of a long computation. */
export const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

/** Rows handled between two yields to the event loop in the long loops of a round's compute. */
export const CHUNK_ROWS = 2000;

/**
 * The raw rows of one SELECT, read without holding the event loop: on MySQL/MariaDB the result streams and is
 * consumed a chunk at a time (mysql2 parses rows as packets arrive; reading 50,000 rows at once blocks the loop
 * for over 100 ms), so it stays ONE statement whatever the row count. better-sqlite3 is synchronous anyway.
 */
export async function rawRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
  const type = qb.connection.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return qb.getRawMany<T>();
  const stream = await qb.stream();
  const out: T[] = [];
  try {
    for await (const row of stream) {
      out.push(row as T);
      if (out.length % CHUNK_ROWS === 0) await yieldToLoop();
    }
  } finally {
    stream.destroy();
  }
  return out;
}
