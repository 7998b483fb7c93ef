/**
 * Streaming readers of the uploaded file: rows come out one by one while the bytes are still arriving, so a
 * large sheet is never held as one buffer. `.xlsx` through exceljs' streaming WorkbookReader (first worksheet),
 * `.csv` through csv-parse after decoding UTF-8 (with or without BOM) or GB18030/GBK, which Chinese Excel writes
 * by default ("CSV (逗号分隔)").
 */
import { createHash } from 'node:crypto';
import { PassThrough, pipeline, Readable, Transform, TransformCallback } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import { CellValue, ImportFormat } from './import.types';

export interface SheetRow {
  /** the row number Excel shows (1 = the first line) */
  row: number;
  cells: CellValue[];
}

/** A problem with the file as a whole (not one row): too large, not a spreadsheet, an unsupported encoding … */
export class FileProblem extends Error {
  constructor(
    readonly code: 'FILE_TOO_LARGE' | 'UNREADABLE' | 'UNSUPPORTED_FORMAT' | 'UNSUPPORTED_ENCODING' | 'TOO_MANY_ROWS' | 'EMPTY',
    message: string,
  ) {
    super(message);
  }
}

/** A size limit as staff read it: "50 MB", "512 KB". */
export const sizeText = (bytes: number) =>
  bytes >= 1048576 ? `${Math.round((bytes / 1048576) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The message of a file over the size limit. */
export const tooLarge = (maxBytes: number) => new FileProblem('FILE_TOO_LARGE', `文件超过 ${sizeText(maxBytes)} 上限`);

/** Counts and hashes the bytes that pass; fails as soon as more than `maxBytes` have come. */
export class Meter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');
  constructor(private readonly maxBytes: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(tooLarge(this.maxBytes));
    this.hash.update(chunk);
    done(null, chunk);
  }
  sha256() {
    return this.hash.digest('hex');
  }
}

/** Reads the first `n` bytes (or all, when shorter) and returns them with a stream of the whole content. */
export async function peek(input: Readable, n: number): Promise<{ head: Buffer; stream: Readable }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    chunks.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: Readable.from(all(), { objectMode: false }) };
}

/** What the first bytes say: a zip (xlsx), an old binary .xls (refused), else text (csv). */
export function sniffFormat(head: Buffer): ImportFormat {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new FileProblem('UNSUPPORTED_FORMAT', '不支持旧版 Excel 97-2003 (.xls) 文件：请在 Excel 中另存为“Excel 工作簿 (.xlsx)”或 CSV 后再导入');
  }
  return 'csv';
}

/** UTF-8 when the bytes are valid UTF-8 (or start with its BOM), else GB18030 (a superset of GBK and GB2312). */
export function detectEncoding(head: Buffer): 'utf8' | 'gb18030' {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw new FileProblem('UNSUPPORTED_ENCODING', '不支持 UTF-16 编码的文本文件：请另存为“CSV UTF-8 (逗号分隔)”或 Excel 工作簿 (.xlsx)');
  }
  try {
    // stream: true leaves a character cut at the end of the sample alone
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/** A cell of an exceljs row → string, number, boolean, Date or null (formulas give their result). */
function xlsxCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return xlsxCell(o.result);
    if (typeof o.text === 'string') return o.text; // hyperlink
    if (o.error) return null;
  }
  return String(v);
}

/**
 * Rows of the first worksheet of an .xlsx stream (the other sheets are read past). Styles are not read (that
 * halves the parse time): a date cell comes as its serial day number, which the date columns accept.
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
  // exceljs pipes its input into the unzipper, and pipe() does not pass errors on: end the unzipper's input when
  // ours fails (too large, upload cut), so that the reader stops instead of waiting for bytes that never come
  const feed = new PassThrough();
  input.on('error', () => feed.end());
  input.pipe(feed);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(feed, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  let first = true;
  try {
    for await (const ws of reader) {
      for await (const row of ws) {
        if (!first) continue;
        const values = row.values as unknown[];
        const cells: CellValue[] = [];
        for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
        yield { row: row.number, cells };
      }
      first = false;
    }
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw new FileProblem('UNREADABLE', `无法读取 Excel 文件（文件可能已损坏，或不是 .xlsx 格式）：${(e as Error).message}`);
  }
}

/** Rows of a CSV stream (comma-separated; quotes as Excel writes them); each record is one row as Excel shows it. */
export async function* csvRows(input: Readable, head: Buffer): AsyncGenerator<SheetRow> {
  const encoding = detectEncoding(head);
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  // the decoder strips a UTF-8 BOM and joins characters split across chunks
  pipeline(input, iconv.decodeStream(encoding), parser, () => undefined);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record };
    }
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw new FileProblem('UNREADABLE', `无法读取 CSV 文件（第 ${row + 1} 行附近）：${(e as Error).message}`);
  }
}
