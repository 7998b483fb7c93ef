// The react-admin data provider over the ElderGraph GraphQL API (typed documents, no introspection).
import type { DataProvider, GetListParams, GetManyReferenceParams, RaRecord } from 'ra-core';
import { HttpError } from 'ra-core';
import { createClient, type Request } from './client';
import { toHttpError, type Translate } from './errors';
import { chunk, createInput, mapFilter, mapPagination, mapSort, MAX_TAKE, updateInput } from './mapping';
import { resources as defaultResources } from './resources';
import { ratingOps } from './resources/rating';
import { subsidyOps } from './resources/subsidy';
import { statisticsOps } from './resources/statistics';
import { jobOps } from './resources/jobs';
import { saveBlob } from '../common/exportDownload';
import type { Rec, ResourceDef } from './types';
import { tokenStore } from '../tokenStore';

export interface DataProviderOptions {
  request?: Request;
  translate?: Translate;
  resources?: Record<string, ResourceDef>;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

const identity: Translate = (key, options) => (options?.detail as string) ?? key;

export function createDataProvider({ request, translate = identity, resources = defaultResources, fetch: fetchFn }: DataProviderOptions = {}) {
  const rawRequest = request ?? createClient({ fetch: fetchFn });
  // Every call goes through the error mapping, custom methods included.
  const rq: Request = (doc, vars) =>
    rawRequest(doc, vars).catch((e) => {
      throw toHttpError(e, translate);
    });

  const def = (resource: string): ResourceDef => {
    const d = resources[resource];
    if (!d) throw new Error(`Unknown resource "${resource}"`);
    return d;
  };
  const need = <K extends keyof ResourceDef>(d: ResourceDef, op: K, resource: string): NonNullable<ResourceDef[K]> => {
    const f = d[op];
    if (!f) throw new HttpError(translate('eg.errors.unsupported', { resource, op }), 405);
    return f as NonNullable<ResourceDef[K]>;
  };

  async function list(resource: string, params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>) {
    const d = def(resource);
    const { skip, take } = mapPagination(params.pagination);
    const page = await d.getList(rq, { filter: mapFilter(d, params.filter), sort: mapSort(d, params.sort), skip, take });
    return { data: page.items as RaRecord[], total: page.totalItems };
  }

  async function many(resource: string, ids: readonly unknown[]): Promise<Rec[]> {
    const d = def(resource);
    const unique = [...new Set(ids.map(String))];
    const pages = await Promise.all(chunk(unique, MAX_TAKE).map((part) => d.getList(rq, { filter: { ids: part }, skip: 0, take: part.length })));
    return pages.flatMap((p) => p.items);
  }

  /** Runs one mutation per record; reports how many failed (the first error's message) after trying all. */
  async function each(resource: string, ids: readonly unknown[], run: (rec: Rec) => Promise<unknown>) {
    const records = await many(resource, ids);
    const results = await Promise.allSettled(records.map(run));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length) {
      const first = failed[0].reason as Error;
      throw new HttpError(
        translate('eg.errors.bulk', { failed: failed.length, total: records.length, detail: first?.message ?? '' }),
        (first as HttpError)?.status ?? 500,
        { code: (first as HttpError)?.body?.code },
      );
    }
    return records.map((r) => r.id);
  }

  const provider = {
    getList: (resource: string, params: GetListParams) => list(resource, params),

    async getOne(resource: string, { id }: { id: unknown }) {
      const d = def(resource);
      const rec = await need(d, 'getOne', resource)(rq, String(id));
      if (!rec) throw new HttpError(translate('eg.errors.NOT_FOUND', {}), 404);
      return { data: rec as RaRecord };
    },

    async getMany(resource: string, { ids }: { ids: readonly unknown[] }) {
      return { data: (await many(resource, ids)) as RaRecord[] };
    },

    getManyReference(resource: string, params: GetManyReferenceParams) {
      return list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } });
    },

    async create(resource: string, { data }: { data: Record<string, unknown> }) {
      const d = def(resource);
      const rec = await need(d, 'create', resource)(rq, createInput(d, data));
      return { data: rec as RaRecord };
    },

    async update(resource: string, { id, data, previousData }: { id: unknown; data: Record<string, unknown>; previousData?: Record<string, unknown> }) {
      const d = def(resource);
      const rec = await need(d, 'update', resource)(rq, updateInput(d, String(id), data, previousData));
      return { data: rec as RaRecord };
    },

    async updateMany(resource: string, { ids, data }: { ids: readonly unknown[]; data: Record<string, unknown> }) {
      const d = def(resource);
      const update = need(d, 'update', resource);
      const done = await each(resource, ids, (rec) => update(rq, updateInput(d, rec.id, { ...rec, ...data }, rec)));
      return { data: done };
    },

    async delete(resource: string, { id, previousData }: { id: unknown; previousData?: Record<string, unknown> }) {
      const d = def(resource);
      const remove = need(d, 'delete', resource);
      let prev = previousData as Rec | undefined;
      if (prev?.version == null) prev = (await need(d, 'getOne', resource)(rq, String(id))) ?? undefined;
      if (!prev) throw new HttpError(translate('eg.errors.NOT_FOUND', {}), 404);
      await remove(rq, String(id), prev.version as number);
      return { data: prev as RaRecord };
    },

    async deleteMany(resource: string, { ids }: { ids: readonly unknown[] }) {
      const d = def(resource);
      const remove = need(d, 'delete', resource);
      const done = await each(resource, ids, (rec) => remove(rq, rec.id, rec.version as number));
      return { data: done };
    },

    ...ratingOps(rq),
    ...subsidyOps(rq),
    ...statisticsOps(rq),
    ...jobOps(rq),

    /** Downloads an export (CSV/XLSX) with the bearer token and hands the browser a file. */
    async download(path: string, filename: string) {
      const f = fetchFn ?? ((i: string, init: RequestInit) => globalThis.fetch(i, init));
      const res = await f(path, { headers: tokenStore.authHeaders() });
      if (res.status === 401) throw new HttpError(translate('eg.errors.UNAUTHENTICATED', {}), 401);
      if (!res.ok) throw new HttpError(translate('eg.errors.download', { status: res.status }), res.status);
      saveBlob(await res.blob(), filename);
    },
  };
  return provider as typeof provider & DataProvider;
}

export type EgDataProvider = ReturnType<typeof createDataProvider>;
