/**
 * Excel/CSV import: `runImport` reads a sheet as a stream, checks every row against the module rules and
 * reports each bad cell (row as Excel shows it, Chinese header, value, Chinese reason, code); with `commit` and no
 * error at all it inserts every row in ONE transaction (batched bulk inserts) together with one audit entry.
 * No HTTP in here: the REST endpoint (import.router.ts) and a background job call the same function.
 */
import { Readable } from 'node:stream';
import { getMetadataStorage, validateSync } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { bulkInsert } from '../../common/bulk';
import { Actor } from '../../common/context';
import { isDeadlock, DEADLOCK_ATTEMPTS } from '../../common/crud.service';
import { WRITERS } from '../../common/crud.resolver';
import { todayInChina } from '../../common/dates';
import { CHUNK_ROWS, yieldToLoop } from '../../common/rows';
import { AppError, Conflict, Forbidden, translateDbError } from '../../common/errors';
import { log } from '../../common/log';
import { writeAudit } from '../audit/audit.service';
import { cellText, headerKey, parseCell } from './cells';
import { CellValue, ColumnSpec, ImportError, ImportFormat, ImportKind, ImportResult, KindSpec, RefKind, RowContext } from './import.types';
import { KINDS } from './kinds';
import { FileProblem, Meter, csvRows, peek, sniffFormat, xlsxRows, SheetRow } from './readers';
import { References } from './references';

export interface ImportLimits {
  /** largest file accepted, in bytes (IMPORT_MAX_MB) */
  maxBytes: number;
  /** most data rows per file (IMPORT_MAX_ROWS) */
  maxRows: number;
  /** errors listed in a result; the rest are only counted (IMPORT_MAX_ERRORS) */
  maxErrors: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({ maxBytes: 50 * 1024 * 1024, maxRows: 100_000, maxErrors: 1000 });

export function importLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const num = (name: string, d: number, scale = 1) => {
    const v = env[name];
    if (v === undefined || v === '') return d;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got ${v})`);
    return Math.floor(n * scale);
  };
  const d = DEFAULT_IMPORT_LIMITS;
  return { maxBytes: num('IMPORT_MAX_MB', d.maxBytes, 1024 * 1024), maxRows: num('IMPORT_MAX_ROWS', d.maxRows), maxErrors: num('IMPORT_MAX_ERRORS', d.maxErrors) };
}

export interface ImportOptions extends Partial<ImportLimits> {
  /** false: dry run (nothing is written); true: insert everything if, and only if, no row has an error */
  commit: boolean;
  /** called with the number of data rows read so far, every few hundred rows and at the end */
  onProgress?: (rowsRead: number) => void;
  /** the uploaded file's name, for the audit entry */
  fileName?: string | null;
  requestId?: string | null;
  /** "today" for the not-in-the-future rules (default: now) */
  now?: Date;
  /** called when the rows are all read and checking starts ('check'), and before the commit's inserts ('write') */
  onPhase?: (phase: 'check' | 'write', rows: number) => void;
  /**
   * Runs first inside the commit's transaction with the result as it is once committed: whatever it writes (a
   * background job's completion) commits together with the rows, or not at all. Not called when nothing is written.
   */
  inTx?: (m: EntityManager, result: ImportResult) => Promise<void>;
}

/** Roles that may import (DOMAIN.md: OFFICER and ADMIN; not ANALYST, not partner API keys). */
export const IMPORTERS: readonly string[] = WRITERS;

const PROGRESS_EVERY = 500;
/** Rows above the header that may hold a title ("2016 年老年人花名册") before the header row. */
const HEADER_SEARCH_ROWS = 10;

interface DataRow {
  row: number;
  values: Record<string, any>;
  /** the text of reference cells (resolved after the whole file is read) */
  refText: Record<string, string>;
  bad: Set<string> | null;
  record?: Record<string, any>;
  refs?: Record<string, any>;
}

/**
 * Errors in (row, column) order, of which the first `max` are kept: once more are held, those of the last rows
 * are dropped and later errors past the last row kept are only counted (memory stays bounded on a hopeless file).
 */
class ErrorBook {
  private list: (ImportError & { col: number })[] = [];
  private cutoff = Infinity;
  count = 0;
  readonly badRows = new Set<number>();
  constructor(private readonly max: number) {}
  add(e: ImportError, col: number) {
    this.count++;
    this.badRows.add(e.row);
    if (e.row > this.cutoff) return;
    this.list.push({ ...e, col });
    if (this.list.length > this.max * 2) {
      // keep the first `max` errors and the rest of the last row they reach: every error up to that row stays held
      this.sort();
      this.cutoff = this.list[this.max - 1].row;
      this.list = this.list.filter((x) => x.row <= this.cutoff);
    }
  }
  private sort() {
    this.list.sort((a, b) => a.row - b.row || a.col - b.col);
  }
  result(): { errors: ImportError[]; truncated: boolean } {
    this.sort();
    return { errors: this.list.slice(0, this.max).map(({ col: _col, ...e }) => e), truncated: this.count > this.max };
  }
}

/** class-validator constraint → Chinese reason, from the create input's own decorators and their arguments. */
function constraintReasons(input: new () => object): Map<string, Map<string, unknown[]>> {
  const out = new Map<string, Map<string, unknown[]>>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(input, '', true, false)) {
    if (!m.name) continue;
    if (!out.has(m.propertyName)) out.set(m.propertyName, new Map());
    out.get(m.propertyName)!.set(m.name, m.constraints ?? []);
  }
  return out;
}

function validatorReason(name: string, args: unknown[], col: ColumnSpec, english: string): { code: string; reason: string } {
  switch (name) {
    case 'isLength':
      return { code: 'BAD_LENGTH', reason: `长度须为 ${args[0]}–${args[1]} 个字符` };
    case 'maxLength':
      return { code: 'TOO_LONG', reason: `最多 ${args[0]} 个字符` };
    case 'min':
      return { code: 'OUT_OF_RANGE', reason: `超出范围：不能小于 ${args[0]}` };
    case 'max':
      return { code: 'OUT_OF_RANGE', reason: `超出范围：不能大于 ${Number(args[0]).toLocaleString('en')}` };
    case 'matches':
      return { code: 'BAD_FORMAT', reason: col.hint ? `格式不正确：${col.hint}` : '格式不正确' };
    default:
      return { code: 'INVALID', reason: `不符合要求（${english}）` };
  }
}

/** Reads, checks and (with `commit`) inserts one sheet. Throws AppError for the file as a whole (size, format, role). */
export async function runImport(ds: DataSource, actor: Actor, kind: ImportKind, source: Readable, format: ImportFormat | undefined, opts: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  if (!IMPORTERS.includes(actor.role)) throw new Forbidden('只有管理员和科员可以导入数据 (your role may not import)');
  const spec = KINDS[kind];
  if (!spec) throw new AppError('BAD_USER_INPUT', `Unknown import kind ${kind}`, { field: 'kind' });
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...Object.fromEntries(Object.entries(opts).filter(([k, v]) => k.startsWith('max') && v !== undefined)) } as ImportLimits;
  const today = todayInChina(opts.now ?? new Date());
  const book = new ErrorBook(limits.maxErrors);
  const colIndex = new Map(spec.columns.map((c, i) => [c.field, i]));
  const fail = (row: number, col: ColumnSpec | null, value: string | null, code: string, reason: string) =>
    book.add({ row, column: col?.header ?? null, value, code, reason }, col ? colIndex.get(col.field)! : -1);

  // ---------- 1. stream the rows ----------
  const meter = new Meter(limits.maxBytes);
  let failure!: (e: unknown) => void;
  const failed = new Promise<never>((_, reject) => (failure = reject));
  failed.catch(() => undefined);
  const sourceError = (e: Error) => failure(new FileProblem('UNREADABLE', `文件读取中断：${e.message}`));
  source.on('error', sourceError);
  meter.on('error', failure);
  source.pipe(meter);

  const rows: DataRow[] = [];
  let fileFormat: ImportFormat = format ?? 'csv';
  let ignoredColumns: string[] = [];
  let headerOk = false;
  let iterator: AsyncIterator<SheetRow> | null = null;
  try {
    const { head, stream } = await Promise.race([peek(meter, 64 * 1024), failed]);
    if (!head.length) throw new FileProblem('EMPTY', '文件是空的');
    fileFormat = sniffFormat(head);
    iterator = (fileFormat === 'xlsx' ? xlsxRows(stream) : csvRows(stream, head))[Symbol.asyncIterator]();

    const reasons = constraintReasons(spec.input);
    let columns: (ColumnSpec | null)[] | null = null;
    let seen = 0;
    for (;;) {
      const next = await Promise.race([iterator.next(), failed]);
      if (next.done) break;
      const { row, cells } = next.value;
      if (cells.every((c) => cellText(c) === '')) continue;
      if (!columns) {
        const found = matchHeader(spec, cells);
        if (found.matched === 0 && ++seen < HEADER_SEARCH_ROWS) continue;
        columns = found.columns;
        ignoredColumns = found.ignored;
        for (const d of found.duplicates) fail(row, d, null, 'DUPLICATE_COLUMN', `“${d.header}”列出现了不止一次`);
        for (const c of spec.columns) {
          if (c.required && !columns.includes(c)) fail(row, c, null, 'MISSING_COLUMN', `缺少必填列“${c.header}”（请使用导入模板）`);
        }
        if (book.count) break; // without its columns no row can be read
        headerOk = true;
        continue;
      }
      if (rows.length >= limits.maxRows) throw new FileProblem('TOO_MANY_ROWS', `数据超过 ${limits.maxRows} 行上限，请分成几个文件导入`);
      rows.push(readRow(spec, reasons, columns, row, cells, fail));
      if (rows.length % PROGRESS_EVERY === 0) opts.onProgress?.(rows.length);
    }
    if (!columns) {
      const firstRequired = spec.columns.filter((c) => c.required);
      for (const c of firstRequired) fail(1, c, null, 'MISSING_COLUMN', `没有找到表头行：缺少必填列“${c.header}”（请使用导入模板）`);
    }
  } catch (e) {
    if (e instanceof FileProblem) {
      throw new AppError('BAD_USER_INPUT', e.message, { field: 'file', reason: e.code });
    }
    throw e;
  } finally {
    source.unpipe(meter);
    source.off('error', sourceError);
    // a reader still waiting for bytes must not hold the answer back: give it a moment to close, no more
    if (iterator?.return) await Promise.race([iterator.return().catch(() => undefined), new Promise((r) => setTimeout(r, 1000).unref())]);
  }
  opts.onProgress?.(rows.length);

  // ---------- 2. references, records, rules, duplicates ----------
  opts.onPhase?.('check', rows.length);
  if (headerOk) await checkRows(ds, spec, rows, today, fail);

  // ---------- 3. commit ----------
  const { errors, truncated } = book.result();
  const result: ImportResult = {
    kind,
    format: fileFormat,
    total: rows.length,
    valid: rows.filter((r) => !book.badRows.has(r.row)).length,
    errorCount: book.count,
    errors,
    errorsTruncated: truncated,
    ignoredColumns,
    committed: false,
    inserted: 0,
    message: null,
    elapsedMs: 0,
  };
  if (opts.commit) {
    if (book.count) {
      result.message = `发现 ${book.count} 处错误，未写入任何数据；请修正后重新导入`;
    } else if (!rows.length) {
      result.message = '文件中没有数据行，未写入任何数据';
    } else {
      opts.onPhase?.('write', rows.length);
      const inTx = opts.inTx;
      const done = (): ImportResult => ({ ...result, committed: true, inserted: rows.length, elapsedMs: Date.now() - started });
      result.inserted = await insertAll(ds, spec, rows, actor, opts, { format: fileFormat, bytes: meter.bytes, sha256: meter.sha256() }, inTx && ((m) => inTx(m, done())));
      result.committed = true;
    }
  }
  result.elapsedMs = Date.now() - started;
  log.info('import', { kind, format: fileFormat, rows: rows.length, errors: book.count, commit: opts.commit, inserted: result.inserted, ms: result.elapsedMs, requestId: opts.requestId });
  return result;
}

/** Which column each cell of the header row is: Chinese header, English field name or an alias. */
function matchHeader(spec: KindSpec, cells: CellValue[]) {
  const byKey = new Map<string, ColumnSpec>();
  for (const c of spec.columns) for (const k of [c.header, c.field, ...(c.aliases ?? [])]) byKey.set(headerKey(k), c);
  const columns: (ColumnSpec | null)[] = [];
  const ignored: string[] = [];
  const duplicates: ColumnSpec[] = [];
  let matched = 0;
  for (const cell of cells) {
    const col = byKey.get(headerKey(cell)) ?? null;
    if (col && columns.includes(col)) {
      duplicates.push(col);
      columns.push(null);
      continue;
    }
    if (col) matched++;
    else if (cellText(cell)) ignored.push(cellText(cell));
    columns.push(col);
  }
  return { columns, ignored, duplicates, matched };
}

type Fail = (row: number, col: ColumnSpec | null, value: string | null, code: string, reason: string) => void;

/** One data row: every cell parsed, then the create input's class-validator rules on the values that parsed. */
function readRow(spec: KindSpec, reasons: Map<string, Map<string, unknown[]>>, columns: (ColumnSpec | null)[], row: number, cells: CellValue[], fail: Fail): DataRow {
  const values: Record<string, any> = {};
  const refText: Record<string, string> = {};
  let bad: Set<string> | null = null;
  const markBad = (c: ColumnSpec) => (bad ??= new Set()).add(c.field);
  const raw = new Map<ColumnSpec, CellValue>();
  columns.forEach((c, i) => c && raw.set(c, cells[i] ?? null));
  const input = new spec.input() as Record<string, unknown>;
  for (const col of spec.columns) {
    const v = raw.get(col) ?? null;
    const text = cellText(v);
    if (text === '') {
      if (col.required) {
        fail(row, col, null, 'REQUIRED', `${col.header}不能为空`);
        markBad(col);
      } else if (col.default !== undefined) values[col.field] = col.default;
      continue;
    }
    const p = parseCell(col, v);
    if (!p.ok) {
      fail(row, col, text, p.code, p.reason);
      markBad(col);
      continue;
    }
    if (col.type.t === 'ref') refText[col.field] = p.value as string;
    else {
      values[col.field] = p.value;
      if (col.store !== false) input[col.field] = p.value;
    }
  }
  // the module's own field rules (lengths, ranges, formats of the create input)
  for (const e of validateSync(input, { skipMissingProperties: true, forbidUnknownValues: false })) {
    const col = spec.columns.find((c) => c.field === e.property);
    if (!col || !e.constraints) continue;
    const [name, english] = Object.entries(e.constraints)[0];
    const { code, reason } = validatorReason(name, reasons.get(e.property)?.get(name) ?? [], col, english);
    fail(row, col, cellText(raw.get(col) ?? null), code, `${col.header}${reason}`);
    markBad(col);
    delete values[col.field];
  }
  return { row, values, refText, bad };
}

/** Resolves references in batches, builds the records, applies the kind's rules and finds duplicates. */
async function checkRows(ds: DataSource, spec: KindSpec, rows: DataRow[], today: string, fail: Fail): Promise<void> {
  const refCols = spec.columns.filter((c) => c.type.t === 'ref');
  const refs = new References(ds);
  for (const kind of new Set(refCols.map((c) => (c.type as { ref: RefKind }).ref))) {
    const wanted = new Set<string>();
    for (const c of refCols.filter((c) => (c.type as { ref: RefKind }).ref === kind)) for (const r of rows) if (r.refText[c.field]) wanted.add(r.refText[c.field]);
    await refs.load(kind, wanted);
  }
  const textOf = (r: DataRow, field: string) => r.refText[field] ?? (typeof r.values[field] === 'string' ? r.values[field] : null);

  const firstSeen = spec.unique?.map(() => new Map<string, number>()) ?? [];
  const fieldOfProp = new Map(spec.columns.map((c) => [(c.store && c.store.prop) || c.field, c.field]));
  let n = 0;
  for (const r of rows) {
    // 100,000 rows take seconds: let requests in between chunks (a background import shares the process)
    if (++n % CHUNK_ROWS === 0) await yieldToLoop();
    const fails = (c: ColumnSpec, value: string | null, code: string, reason: string) => {
      fail(r.row, c, value, code, reason);
      (r.bad ??= new Set()).add(c.field);
    };
    r.refs = {};
    for (const c of refCols) {
      const text = r.refText[c.field];
      if (!text) continue;
      const type = c.type as Extract<ColumnSpec['type'], { t: 'ref' }>;
      const found = refs.find(type.ref, text, type.within ? textOf(r, type.within) : null);
      if (found.ok) {
        r.values[c.field] = found.id;
        r.refs[c.field] = found.record;
      } else fails(c, text, found.code, found.reason);
    }
    // the record, through the module's conversions (which apply its range rules)
    const record: Record<string, any> = {};
    for (const c of spec.columns) {
      if (c.store === false) continue;
      const v = r.values[c.field];
      const prop = c.store?.prop ?? c.field;
      if (v === undefined || v === null) {
        record[prop] = null;
        continue;
      }
      try {
        record[prop] = c.store?.convert ? c.store.convert(v) : v;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        fails(c, String(v), 'OUT_OF_RANGE', `${c.header}超出范围${c.hint ? `：${c.hint}` : ''}`);
        delete r.values[c.field];
      }
    }
    r.record = record;
    const ctx: RowContext = {
      values: r.values,
      refs: r.refs,
      record,
      today,
      has: (...fields) => fields.every((f) => r.values[f] !== undefined && r.values[f] !== null && !r.bad?.has(f)),
      failed: (f) => !!r.bad?.has(f),
      fail: (field, code, reason) => {
        const c = field ? spec.columns.find((x) => x.field === field)! : null;
        const value = c ? (r.refText[c.field] ?? (r.values[c.field] === undefined || r.values[c.field] === null ? null : String(r.values[c.field]))) : null;
        if (c) fails(c, value, code, reason);
        else fail(r.row, null, null, code, reason);
      },
    };
    spec.rules?.(ctx);
    // duplicates within the file (keys with a bad part are not compared)
    spec.unique?.forEach((u, i) => {
      if (u.props.some((p) => r.bad?.has(fieldOfProp.get(p) ?? p))) return;
      const key = uniqueKey(u.props, record);
      if (key === null) return;
      const c = spec.columns.find((x) => x.field === u.field)!;
      const first = firstSeen[i].get(key);
      if (first !== undefined) fails(c, textOf(r, c.field) ?? stringOf(r.values[c.field]), 'DUPLICATE_IN_FILE', `与第 ${first} 行的${u.label}重复`);
      else firstSeen[i].set(key, r.row);
    });
  }

  // duplicates against the database, a few hundred keys per query
  for (const u of spec.unique ?? []) {
    const c = spec.columns.find((x) => x.field === u.field)!;
    const byKey = new Map<string, DataRow[]>();
    for (const r of rows) {
      if (u.props.some((p) => r.bad?.has(fieldOfProp.get(p) ?? p))) continue;
      const key = uniqueKey(u.props, r.record!);
      if (key === null) continue;
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(r);
    }
    const firstValues = [...new Set([...byKey.values()].map((rs) => rs[0].record![u.props[0]]))];
    const repo = ds.getRepository(spec.entity);
    for (let i = 0; i < firstValues.length; i += 500) {
      const existing = await repo.find({ select: Object.fromEntries(['id', ...u.props].map((p) => [p, true])) as never, where: { [u.props[0]]: In(firstValues.slice(i, i + 500)) } as never });
      for (const e of existing) {
        for (const r of byKey.get(uniqueKey(u.props, e)!) ?? []) {
          fail(r.row, c, textOf(r, c.field) ?? stringOf(r.values[c.field]), 'DUPLICATE_IN_DB', `数据库中已有${u.label}相同的${spec.label}记录（编号 ${e.id}）`);
          (r.bad ??= new Set()).add(c.field);
        }
      }
    }
  }
}

const stringOf = (v: unknown) => (v === undefined || v === null ? null : String(v));

/** The key of a record, or null when one of its parts is missing (not comparable). */
function uniqueKey(props: string[], record: Record<string, any>): string | null {
  const parts = props.map((p) => record[p]);
  if (parts.some((p) => p === undefined) || parts.every((p) => p === null)) return null;
  if (props.length === 1 && parts[0] === null) return null;
  return JSON.stringify(parts.map((p) => (typeof p === 'bigint' ? p.toString() : p)));
}

/** Every row in one transaction, in batched bulk inserts, with one audit entry; a unique clash rolls all back. */
async function insertAll(
  ds: DataSource,
  spec: KindSpec,
  rows: DataRow[],
  actor: Actor,
  opts: ImportOptions,
  file: { format: ImportFormat; bytes: number; sha256: string },
  first?: (m: EntityManager) => Promise<void>,
): Promise<number> {
  const props = [...new Set(rows.flatMap((r) => Object.keys(r.record!)))];
  const records = rows.map((r) => r.record!);
  for (let attempt = 1; ; attempt++) {
    try {
      await ds.transaction(async (m) => {
        // first: a job's completion takes its row lock before the inserts, so a second run of the job waits and then finds it done
        if (first) await first(m);
        await bulkInsert(m, spec.entity, props, records);
        await writeAudit(m, actor, opts.requestId ?? null, {
          action: 'IMPORT',
          entity: spec.entityName,
          entityId: null,
          after: { kind: spec.kind, rows: records.length, file: opts.fileName ?? null, ...file },
        });
      });
      return records.length;
    } catch (err) {
      if (attempt < DEADLOCK_ATTEMPTS && isDeadlock(err)) continue;
      const e = translateDbError(err);
      if (e instanceof Conflict) {
        throw new Conflict('写入时发现与数据库中已有记录重复（可能刚被他人录入），未写入任何数据；请重新校验后再导入', { reason: 'DUPLICATE_ON_COMMIT' });
      }
      throw e;
    }
  }
}
