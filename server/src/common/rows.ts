/** Lets timers and I/O run between chunks of a long computation. */
export const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

/** Rows handled between two yields to the event loop in the long loops of a round's compute. */
export const CHUNK_ROWS = 2000;
