import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { log } from '../common/log';

/**
 * The WAL checkpoint of an embedded SQLite database, on a thread of its own. SQLite checkpoints on the commit that
 * fills the WAL past `wal_autocheckpoint` pages, and a checkpoint fsyncs the database file: with better-sqlite3 that
 * is the server's one thread, held for as long as the disk takes (about 100 ms here, every few seconds under a
 * steady write load: the soak's p99). Here a worker thread with its own connection runs a PASSIVE checkpoint (it
 * never blocks readers or writers) every second, and the server's connection keeps a far-off auto-checkpoint only
 * as a backstop should the worker stop.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
const tick = () => {
  try {
    db ??= new Database(workerData.file, { fileMustExist: true });
    db.pragma('busy_timeout = 1000');
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // the file is gone or busy: the next tick tries again, and the server's backstop checkpoint still runs
  }
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  tick();
  try { db?.close(); } catch {}
  parentPort.close();
});
`;

/** Pages of WAL after which the server's own connection checkpoints (the backstop; SQLite's default is 1,000). */
export const BACKSTOP_CHECKPOINT_PAGES = 20_000;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startSqliteCheckpointer(ds: DataSource, everyMs = 1000): Checkpointer | null {
  const file = String(ds.options.database ?? '');
  if (ds.options.type !== 'better-sqlite3' || !file || file === ':memory:') return null;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: path.resolve(file), driver: require.resolve('better-sqlite3'), everyMs } });
  worker.on('error', (err) => log.warn('the SQLite checkpoint thread failed; the connection\'s own checkpoint takes over', { err: String(err) }));
  worker.unref();
  return {
    async stop() {
      const exited = new Promise<void>((r) => worker.once('exit', () => r()));
      worker.postMessage('stop');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
      await worker.terminate();
    },
  };
}
