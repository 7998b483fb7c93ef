import { EntityManager } from 'typeorm';

/**
 * Optional hooks of a long computation (a round compute), used when it runs as a background job:
 * `progress` reports the current step (in Chinese) and items done; `inTx` runs last inside the computation's
 * own transaction, so that whatever it writes (the job's completion) commits together with the result.
 */
export interface ComputeHooks<R> {
  progress?: (step: string, done: number, total: number) => void;
  inTx?: (m: EntityManager, result: R) => Promise<void>;
}
