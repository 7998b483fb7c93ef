/**
 * Helpers shared by the access-matrix, hostile-input and leak suites: requests built from the schema
 * (type-appropriate dummy arguments, minimal selections, every scalar to a depth) and raw HTTP exchanges.
 */
import {
  GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, getNamedType, isEnumType,
  isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType, isUnionType,
} from 'graphql';

/** An id that no test database reaches: allowed mutations on it fail with NOT_FOUND and change nothing. */
export const MISSING_ID = '999999';
export const DUMMY_TEXT = 'access-matrix-dummy';

export interface Raw {
  status: number;
  text: string;
  body: any;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  data: any;
}

export interface Caller {
  /** Short name for reports: admin, officer, analyst, key:exams:read, anonymous … */
  name: string;
  headers: Record<string, string>;
}

/** One POST /graphql exchange, with the raw body text kept for scanning. */
export async function send(url: string, caller: Caller | null, query: string, variables?: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Promise<Raw> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...(caller?.headers ?? {}), ...extraHeaders }, body: JSON.stringify({ query, variables }) };
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, init);
  } catch (e) {
    // a kept-alive socket the server closed just before reuse (Node's keep-alive race): the request never
    // reached the server, so sending it once more is safe
    if (!/ECONNRESET|UND_ERR_SOCKET|other side closed/.test(String((e as { cause?: unknown }).cause ?? e))) throw e;
    res = await fetch(`${url}/graphql`, init);
  }
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, text, body, errors: body?.errors ?? [], data: body?.data };
}

export const bearer = (name: string, token: string): Caller => ({ name, headers: { authorization: `Bearer ${token}` } });
export const apiKey = (name: string, key: string): Caller => ({ name, headers: { 'x-api-key': key } });
export const ANONYMOUS: Caller = { name: 'anonymous', headers: {} };

/** Runs `fn` over `items` with at most `n` in flight, keeping the order of results. */
export async function pool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

/** The GraphQL type of an input, written as in a variable definition: `[ID!]!`. */
export const typeString = (t: GraphQLInputType): string => t.toString();

/**
 * A type-appropriate value for an input type: required input fields filled recursively, optional ones left out.
 * IDs are {@link MISSING_ID}, so that an allowed write fails with NOT_FOUND / BAD_USER_INPUT instead of changing data.
 */
export function dummyValue(t: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(t)) return dummyValue(t.ofType as GraphQLInputType, name);
  if (isListType(t)) return [dummyValue(t.ofType as GraphQLInputType, name)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = dummyValue(f.type, f.name);
    }
    return out;
  }
  switch ((t as GraphQLNamedType).name) {
    case 'ID':
      return MISSING_ID;
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'String':
      return DUMMY_TEXT;
    case 'Date':
      return '2016-06-30';
    case 'DateTime':
      return '2099-01-01T00:00:00.000Z';
    case 'Money':
      return '1.00';
    case '_Any':
      return { __typename: 'Center', id: MISSING_ID };
    default:
      throw new Error(`no dummy value for ${String(t)} (${name})`);
  }
}

/** The selection that makes a field's result valid: none for a leaf, `{ __typename }` for an object or union. */
export function minimalSelection(t: GraphQLNamedType): string {
  return isLeafType(t) ? '' : ' { __typename }';
}

/** A root operation with its required arguments as variables (values from `values`, else dummies). */
export function rootRequest(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown> = {},
  selection?: string,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || a.name in values);
  const variables: Record<string, unknown> = {};
  for (const a of args) variables[a.name] = a.name in values ? values[a.name] : dummyValue(a.type, a.name);
  const defs = args.length ? `(${args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const sel = selection ?? minimalSelection(getNamedType(field.type));
  return { query: `${kind} Probe${defs} { ${field.name}${call}${sel} }`, variables };
}

/** Required arguments of a field (no default). */
export const requiredArgs = (f: GraphQLField<unknown, unknown>): GraphQLArgument[] => f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * Every scalar field reachable from an object type to `depth` levels, as a selection set. Fields with required
 * arguments are filled from `argValues` (by argument name) when possible and skipped otherwise; `allow` decides
 * per `Type.field` whether to include it (e.g. the fields an API key's scopes open).
 */
export function deepSelection(
  type: GraphQLObjectType,
  depth: number,
  allow: (type: string, field: string) => boolean = () => true,
  argValues: Record<string, string> = {},
  /** Prefix for aliases of this level's fields (fragments of a union whose members share field names). */
  alias = '',
): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (!allow(type.name, f.name)) continue;
    const req = requiredArgs(f);
    if (req.some((a) => !(a.name in argValues))) continue;
    const call = req.length ? `(${req.map((a) => `${a.name}: ${argValues[a.name]}`).join(', ')})` : '';
    const named = getNamedType(f.type);
    const key = alias ? `${alias}${f.name}: ${f.name}` : f.name;
    if (isLeafType(named)) parts.push(`${key}${call}`);
    else if (isObjectType(named) && depth > 1) {
      const inner = deepSelection(named, depth - 1, allow, argValues);
      if (inner) parts.push(`${key}${call} ${inner}`);
    } else if (isUnionType(named)) continue;
  }
  return parts.length ? `{ __typename ${parts.join(' ')} }` : '';
}

export const rootFields = (schema: GraphQLSchema, kind: 'query' | 'mutation') =>
  Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()) as GraphQLField<unknown, unknown>[];

export const isScalarNamed = (t: GraphQLNamedType) => isScalarType(t);

/** Text a client must never see: a stack trace, SQL (upper-case, as drivers and TypeORM print it), driver names. */
const STACK = /    at |\.ts:\d+:\d+|\.js:\d+:\d+/;
const SQL = /\bSELECT\b|\bINSERT\b|\bUPDATE\b|\bDELETE FROM\b/;
const DRIVER = /sqlite|mysql|mariadb|QueryFailedError|\bER_[A-Z_]{3,}|\bSQLITE_[A-Z]/i;

/** What in a response body betrays the server's internals, once the request's own input (echoed back) is removed. */
export function internals(text: string, echoed: string[] = []): string | null {
  let t = text;
  for (const e of echoed) {
    if (!e) continue;
    for (const form of [e, JSON.stringify(e).slice(1, -1), e.slice(0, 40), JSON.stringify(e.slice(0, 40)).slice(1, -1)]) t = t.split(form).join('');
  }
  for (const re of [STACK, SQL, DRIVER]) {
    const m = re.exec(t);
    if (m) return t.slice(Math.max(0, m.index - 60), m.index + 60);
  }
  return null;
}
