import { DataSource } from 'typeorm';
import { Loaders } from './loaders';

export type Role = 'ADMIN' | 'OFFICER' | 'ANALYST';

export interface Actor {
  kind: 'USER' | 'API_KEY' | 'SYSTEM';
  id: number | null;
  name: string;
  role: Role | 'PARTNER' | 'SYSTEM';
  scopes?: string[];
}

/** The per-request context every resolver receives. */
export interface Ctx {
  requestId: string;
  ds: DataSource;
  loaders: Loaders;
  actor: Actor | null;
  /** the request time, so that one request sees one "today" */
  now: Date;
  /** the client's address (behind a trusted loopback proxy: X-Forwarded-For) */
  ip?: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', id: null, name: 'system', role: 'SYSTEM' };

/** Roles that see personal data (ID numbers, phones) unmasked. */
export const canSeePersonalData = (actor: Actor | null): boolean => actor?.role === 'ADMIN' || actor?.role === 'OFFICER';
