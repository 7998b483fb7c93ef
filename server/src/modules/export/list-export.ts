import type { Writable } from 'node:stream';
import express, { Request, Response } from 'express';
import { DocumentNode, execute, getVariableValues, GraphQLError, GraphQLSchema, OperationDefinitionNode, parse } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor, canSeePersonalData, Ctx } from '../../common/context';
import { SortItem } from '../../common/crud.service';
import { todayInChina } from '../../common/dates';
import { yieldToLoop } from '../../common/rows';
import { AppError, BadInput } from '../../common/errors';
import { Cell, setTableHeaders, TABLE_CONTENT_TYPES, writeTable } from '../../common/table-export';
import { services } from '../../services';
import { writeAudit } from '../audit/audit.service';
import { partnerMayResolve } from '../security/partner-access';
import { readLease } from '../replica/read-router';
import { exportContext, FormatError, queryParam, sendExportError } from './export-http';
import { requestActor } from '../../common/http';
import { ExportColumnDef, ExportEnv, LIST_EXPORTS, ListExportResource, Refs } from './list-export.resources';

export interface ListExportOptions {
  ds: DataSource;
  schema: GraphQLSchema;
  formatError: FormatError;
}

/** The list query itself (one row), run through the schema: the list's filter whitelist, validation and access rules. */
interface CheckQuery {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  sortable: boolean;
}

function checkQuery(schema: GraphQLSchema, def: ListExportResource, cache: Map<string, CheckQuery>): CheckQuery {
  let q = cache.get(def.query);
  if (!q) {
    const field = schema.getQueryType()?.getFields()[def.query];
    const filterArg = field?.args.find((a) => a.name === 'filter');
    if (!field || !filterArg) throw new Error(`list export: the schema has no ${def.query}(filter) query`);
    const sortArg = field.args.find((a) => a.name === 'sort');
    const vars = [`$filter: ${filterArg.type}`, ...(sortArg ? [`$sort: ${sortArg.type}`] : [])].join(', ');
    const document = parse(`query ListExportCheck(${vars}) { ${def.query}(filter: $filter${sortArg ? ', sort: $sort' : ''}, take: 1) { __typename } }`);
    q = { document, operation: document.definitions[0] as OperationDefinitionNode, sortable: !!sortArg };
    cache.set(def.query, q);
  }
  return q;
}

/** `filter=<json>`: a JSON object (or absent / null). */
function filterParam(raw: string | undefined): Record<string, unknown> | null {
  if (raw === undefined || raw === '' || raw === 'null') return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    throw new BadInput('filter', 'filter must be a JSON object, e.g. {"streetId":"3"}');
  }
  if (v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw new BadInput('filter', 'filter must be a JSON object, e.g. {"streetId":"3"}');
  return v as Record<string, unknown>;
}

/** `sort=<field>&order=ASC|DESC` → the list query's sort argument (checked by the schema like any sort). */
function sortParam(field: string | undefined, order: string | undefined): { field: string; direction: string }[] | null {
  if (order !== undefined && order !== 'ASC' && order !== 'DESC') throw new BadInput('order', 'order must be ASC or DESC');
  if (field === undefined || field === '') {
    if (order !== undefined) throw new BadInput('sort', 'order needs a sort field');
    return null;
  }
  return [{ field, direction: order ?? 'ASC' }];
}

/** The columns this caller may see: all for users; for an API key only those whose fields its scopes open. */
function visibleColumns<E>(def: ListExportResource<E>, actor: Actor): ExportColumnDef<E>[] {
  if (actor.kind !== 'API_KEY') return def.columns;
  return def.columns.filter((c) => c.needs.every((n) => partnerMayResolve(actor.scopes ?? [], n.split('.')[0], n.split('.')[1])));
}

/** A list export as asked for: `<list>.<format>` and the raw query parameters. */
export interface ListExportRequest {
  /** `<list>.<format>`, e.g. `residents.xlsx` */
  file: string;
  /** `filter=<json>` */
  filter?: string;
  /** `sort=<field>` */
  sort?: string;
  /** `order=ASC|DESC` */
  order?: string;
}

/** A list export whose filter and sort the list query accepted for the caller. */
export interface ListExportPlan {
  list: string;
  format: 'csv' | 'xlsx';
  /** the filter and sort as the list query coerced them (what is applied, and audited) */
  filter: Record<string, unknown> | null;
  sort: SortItem[] | null;
}

/** `<list>.<format>` → the list's definition and the format (NOT_FOUND for an unknown list, BAD_USER_INPUT for a format). */
export function parseListFile(file: string): { list: string; def: ListExportResource; format: 'csv' | 'xlsx' } {
  const m = /^([A-Za-z]+)\.([A-Za-z0-9]+)$/.exec(file);
  const def = m && Object.prototype.hasOwnProperty.call(LIST_EXPORTS, m[1]) ? LIST_EXPORTS[m[1]] : null;
  if (!m || !def) throw new AppError('NOT_FOUND', `There is no list export ${file.slice(0, 60)}; use one of ${Object.keys(LIST_EXPORTS).join(', ')}`);
  const format = m[2] === 'csv' || m[2] === 'xlsx' ? m[2] : null;
  if (!format) throw new BadInput('format', 'The format is .csv or .xlsx');
  return { list: m[1], def, format };
}

const checkQueries = new WeakMap<GraphQLSchema, Map<string, CheckQuery>>();

/**
 * Checks a list export for the caller of `ctx`: the filter and sort go through the GraphQL list query itself
 * (`<list>(filter, sort, take: 1)` executed against the schema), so the whitelist, coercion, validation, roles and
 * partner scopes are exactly the list's. Throws the list query's own error (BAD_USER_INPUT with its field,
 * FORBIDDEN …). A background export checks again when it runs, as whoever submitted it is then.
 */
export async function checkListExport(schema: GraphQLSchema, ctx: Ctx, req: ListExportRequest): Promise<ListExportPlan> {
  const { list, def, format } = parseListFile(req.file);
  const filter = filterParam(req.filter);
  const sort = sortParam(req.sort, req.order);
  if (!checkQueries.has(schema)) checkQueries.set(schema, new Map());
  const q = checkQuery(schema, def, checkQueries.get(schema)!);
  if (sort && !q.sortable) throw new BadInput('sort', `The ${def.query} list has a fixed order and cannot be sorted`);
  const variables = { filter, ...(q.sortable ? { sort } : {}) };
  // variables that do not fit the list's input types are the caller's mistake, as Apollo reports them on /graphql
  const coerced = getVariableValues(schema, q.operation.variableDefinitions ?? [], variables);
  if (coerced.errors?.length || !coerced.coerced) {
    const err = coerced.errors?.[0];
    throw new GraphQLError(err?.message ?? 'Invalid filter', { nodes: err?.nodes, originalError: err?.originalError, extensions: { code: 'BAD_USER_INPUT' } });
  }
  const result = await execute({ schema, document: q.document, variableValues: variables, contextValue: ctx });
  if (result.errors?.length) throw result.errors[0];
  return {
    list,
    format,
    filter: (coerced.coerced.filter as Record<string, unknown> | null | undefined) ?? null,
    sort: (coerced.coerced.sort as SortItem[] | null | undefined) ?? null,
  };
}

export interface ListExportHooks {
  /** Called once the exact count is known and the audit entry written, before the first byte (e.g. to set headers). */
  onStart?(info: { total: number; fileName: string; contentType: string }): void;
  /** Rows written so far. */
  onRows?(rows: number): void;
  /** Added to the audit entry (e.g. the background job that wrote the file). */
  audit?: Record<string, unknown>;
}

/**
 * Writes a checked list export to `out` (an HTTP response, a job's result file) and ends it: the exact count of the
 * filter first, then the EXPORT audit entry (who, list, format, filter, sort, rows, personal data), `onStart`, then
 * the rows, read with that filter in keyset chunks and written as they come. Personal data is masked as in GraphQL
 * for the caller of `ctx`.
 */
export async function writeListExport(ctx: Ctx, plan: ListExportPlan, out: Writable, hooks: ListExportHooks = {}): Promise<{ total: number; rows: number; fileName: string }> {
  const { def, format } = parseListFile(`${plan.list}.${plan.format}`);
  const { ds } = ctx;
  const actor = ctx.actor!;
  const snapshot = def.snapshot ? await def.snapshot(ds) : undefined;
  const svc = services({ ds });
  // with read replicas, the export counts and reads on one side, chosen once (modules/replica): the count it sends
  // and audits is the number of rows it writes
  const lease = await readLease(ctx, 'export');
  try {
    const total = await def.count(svc, ctx, plan.filter, snapshot, lease.runner);
    const columns = visibleColumns(def, actor);
    const personalData = canSeePersonalData(actor) && columns.some((c) => c.personal);
    const fileName = `${def.title}-${todayInChina(ctx.now)}.${format}`;
    await ds.transaction((mgr) =>
      writeAudit(mgr, actor, ctx.requestId, {
        action: 'EXPORT',
        entity: def.label,
        entityId: null,
        after: { list: plan.list, format, filter: plan.filter, sort: plan.sort, rows: total, personalData, ...hooks.audit },
      }),
    );

    hooks.onStart?.({ total, fileName, contentType: TABLE_CONTENT_TYPES[format] });

    const env: ExportEnv = {
      refs: new Refs(ds),
      unmasked: canSeePersonalData(actor),
      asOf: typeof plan.filter?.asOf === 'string' ? plan.filter.asOf : todayInChina(ctx.now),
    };
    async function* rows(): AsyncGenerator<Cell[]> {
      for await (const chunk of def.read(svc, ctx, plan.filter, plan.sort, snapshot, lease.runner)) {
        if (def.prepare) await def.prepare(chunk, env.refs);
        for (const row of chunk) yield columns.map((c) => c.value(row, env));
        // between chunks: a job writing to the database (better-sqlite3 is synchronous) must not hold the event loop
        await yieldToLoop();
      }
    }
    let written = 0;
    await writeTable(out, format, def.title, columns, rows(), (n) => {
      written = n;
      hooks.onRows?.(n);
    });
    return { total, rows: written, fileName };
  } finally {
    await lease.release();
  }
}

/**
 * GET /export/list/<resource>.(xlsx|csv)?filter=<json>&sort=<field>&order=ASC|DESC — every list of the panel as a
 * spreadsheet: Chinese headers, enums as Chinese labels, references as names, money as numbers (#,##0.00).
 *
 * checkListExport runs the filter and sort through the list query itself; writeListExport sends the exact count of
 * the list's own filter as `X-Total-Count` before the first row, audits, then streams the rows in keyset chunks.
 * `POST /jobs/export/list/…` runs the same two steps as a background job (export.job.ts).
 */
export function listExportRouter({ ds, schema, formatError }: ListExportOptions): express.Router {
  const router = express.Router();

  router.get('/list/:file', async (req: Request, res: Response) => {
    let ctx: Ctx | undefined;
    try {
      const file = String(req.params.file);
      parseListFile(file);
      const actor = await requestActor(ds, req);
      ctx = exportContext(ds, req, actor);
      const plan = await checkListExport(schema, ctx, { file, filter: queryParam(req, 'filter'), sort: queryParam(req, 'sort'), order: queryParam(req, 'order') });
      await writeListExport(ctx, plan, res, {
        onStart: ({ total, fileName }) => {
          res.setHeader('X-Total-Count', String(total));
          res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count, Content-Disposition');
          setTableHeaders(res, plan.format, fileName);
        },
      }).catch((e) => {
        // once bytes have left, the response can only be cut off (a broken download, never a short file)
        if (res.headersSent) res.destroy(e as Error);
        throw e;
      });
    } catch (e) {
      sendExportError(res, e, formatError, ctx?.requestId);
    }
  });

  return router;
}
