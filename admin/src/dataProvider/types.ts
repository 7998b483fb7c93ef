// The shape every resource module gives the generic data provider (resources/*.ts).
import type { Request } from './client';

export type Direction = 'ASC' | 'DESC';
export interface ListVars {
  filter?: Record<string, unknown>;
  sort?: { field: string; direction: Direction }[];
  skip: number;
  take: number;
}
export interface Page<T> {
  items: T[];
  totalItems: number;
}
export type Rec = { id: string; version?: number; [k: string]: unknown };

export interface ResourceDef {
  /** Filter keys the API whitelists (keys of the GraphQL filter input). */
  filters: readonly string[];
  /** Filters that are lists in GraphQL: a single value from a SelectInput is wrapped. */
  arrayFilters?: readonly string[];
  /** Sort fields the API whitelists (values of the sort field enum). */
  sorts: readonly string[];
  /** Fields of the update input (besides id and version): only changed ones are sent. */
  updateFields?: readonly string[];
  /** Fields of the create input. */
  createFields?: readonly string[];
  /** Parent key for nested lists (centerRatings → roundId): getManyReference target and required filter. */
  parent?: string;
  getList(rq: Request, vars: ListVars): Promise<Page<Rec>>;
  getOne?(rq: Request, id: string): Promise<Rec | null>;
  create?(rq: Request, input: Record<string, unknown>): Promise<Rec>;
  update?(rq: Request, input: Record<string, unknown> & { id: string; version: number }): Promise<Rec>;
  delete?(rq: Request, id: string, version: number): Promise<string>;
}

/** Cast helper: the generic provider builds untyped inputs from whitelists; the documents type the results. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const asVars = <T>(v: unknown): T => v as T;
