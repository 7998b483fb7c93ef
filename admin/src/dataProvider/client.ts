// Transport: POST /graphql with the bearer token; GraphQL errors become ApiError with the server's code and field.
import { tokenStore } from '../tokenStore';

/** What every generated document (documentMode: string) looks like to the transport. */
export interface TypedDoc<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

/** A failure reported by the API (or the network), before it is turned into a react-admin HttpError. */
export class ApiError extends Error {
  constructor(
    message: string,
    public readonly code: ErrorCode | string,
    public readonly field?: string,
    public readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  url?: string;
  fetch?: Fetch;
  getToken?: () => string | null;
}

export type Request = <TResult, TVariables>(doc: TypedDoc<TResult, TVariables>, variables?: TVariables) => Promise<TResult>;

declare global {
  interface Window {
    /** Runtime settings from /config.js (served by the API: ADMIN_GRAPHQL_URL; admin/public/config.js is the empty default) */
    __ELDERGRAPH__?: { graphqlUrl?: string };
  }
}

/**
 * Where the panel sends GraphQL: the runtime setting (a federation gateway, set with ADMIN_GRAPHQL_URL on the
 * server that serves the panel), else the build-time VITE_GRAPHQL_URL, else the API's own `/graphql`.
 */
export function graphqlUrl(): string {
  const runtime = typeof window !== 'undefined' ? window.__ELDERGRAPH__?.graphqlUrl : undefined;
  return runtime || import.meta.env.VITE_GRAPHQL_URL || '/graphql';
}

export function createClient({ url = graphqlUrl(), fetch: fetchFn, getToken = tokenStore.get }: ClientOptions = {}): Request {
  return async function request<TResult, TVariables>(doc: TypedDoc<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
    const f: Fetch = fetchFn ?? ((i, init) => globalThis.fetch(i, init));
    const token = getToken();
    let res: Response;
    try {
      res = await f(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
      });
    } catch (e) {
      throw new ApiError(String((e as Error)?.message ?? e), 'NETWORK');
    }
    let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string; field?: string } }[] } | null = null;
    try {
      body = await res.json();
    } catch {
      throw new ApiError(`HTTP ${res.status}`, res.status === 401 ? 'UNAUTHENTICATED' : 'NETWORK', undefined, res.status);
    }
    const err = body?.errors?.[0];
    if (err) throw new ApiError(err.message, err.extensions?.code ?? 'INTERNAL_SERVER_ERROR', err.extensions?.field, res.status);
    if (!res.ok || !body?.data) throw new ApiError(`HTTP ${res.status}`, res.status === 401 ? 'UNAUTHENTICATED' : 'NETWORK', undefined, res.status);
    return body.data;
  };
}
