// Pure mapping between react-admin's parameters and the API's list/filter/sort/input conventions.
import type { ListVars, Rec, ResourceDef } from './types';

export const MAX_TAKE = 500;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Keeps whitelisted, non-empty filter values; wraps single values of list filters. */
export function mapFilter(def: ResourceDef, filter: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!filter) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (isEmpty(value)) continue;
    if (key === def.parent) {
      out[key] = value;
      continue;
    }
    if (!def.filters.includes(key)) continue;
    out[key] = def.arrayFilters?.includes(key) && !Array.isArray(value) ? [value] : value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** One sort item when the field is sortable on the server, none otherwise (the server's default order). */
export function mapSort(def: ResourceDef, sort: { field?: string; order?: string } | undefined): ListVars['sort'] {
  if (!sort?.field || !def.sorts.includes(sort.field)) return undefined;
  return [{ field: sort.field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
}

export function mapPagination(p: { page: number; perPage: number } | undefined): { skip: number; take: number } {
  const page = Math.max(1, p?.page ?? 1);
  const take = Math.min(MAX_TAKE, Math.max(1, p?.perPage ?? 25));
  return { skip: (page - 1) * take, take };
}

const normalize = (v: unknown): unknown => (v === '' || v === undefined ? null : v);
const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/** Create input: whitelisted fields that have a value (empty fields are left to the server's defaults). */
export function createInput(def: ResourceDef, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of def.createFields ?? []) {
    const v = data[key];
    if (!isEmpty(v)) out[key] = v;
  }
  return out;
}

/**
 * Update input: id, the version the form was loaded with, and only the whitelisted fields that changed
 * (absent = unchanged; an emptied field is sent as null = cleared).
 */
export function updateInput(def: ResourceDef, id: string, data: Record<string, unknown>, previousData: Record<string, unknown> | undefined): Record<string, unknown> & { id: string; version: number } {
  const version = (previousData?.version ?? data.version) as number;
  const input: Record<string, unknown> & { id: string; version: number } = { id, version };
  for (const key of def.updateFields ?? []) {
    if (!(key in data)) continue;
    if (previousData && same(data[key], previousData[key])) continue;
    input[key] = normalize(data[key]);
  }
  return input;
}

export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export type { Rec };
