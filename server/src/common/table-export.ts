import type { Writable } from 'node:stream';
import type { Response } from 'express';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  width?: number;
  /** Excel number format: the column's decimal strings become numbers in .xlsx (kept as text in .csv), e.g. '#,##0.00' */
  numFmt?: string;
}

/** One CSV field: quoted when it holds a separator, quote or line break; formulas neutralised for Excel. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  // control characters (NUL …) have no place in a spreadsheet cell; tabs and line breaks stay (quoted)
  let s = String(v).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`; // CSV injection: Excel must not run it
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of a table: an array, or produced as they are read (an async iterable streams them). */
export type TableRows = Iterable<Cell[]> | AsyncIterable<Cell[]>;

/** CSV text is handed to the socket in pieces of about this size (not one write per row). */
const CSV_FLUSH_BYTES = 64 * 1024;

/** Waits until the stream can take more (backpressure); fails when it was closed or failed meanwhile (the client went away). */
function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(out.errored ?? new Error('the stream was closed during the export'));
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(out.errored ?? new Error('the stream was closed during the export'));
    const onError = (e: Error) => done(e);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

export const TABLE_CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The download headers of a table file: Content-Type, Content-Disposition (the Chinese name per RFC 5987), no caching. */
export function setTableHeaders(res: Response, format: 'csv' | 'xlsx', name: string) {
  res.setHeader('Content-Type', TABLE_CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * Writes a table to any Writable (an HTTP response, a job's result file) as `.csv` (UTF-8 BOM, CRLF) or `.xlsx`
 * (exceljs streaming writer, one sheet, frozen header row) and ends it. `rows` may be an async iterable: rows are
 * then written as they arrive, with backpressure, never collected in memory. `onRow` is called with the rows written
 * so far.
 */
export async function writeTable(out: Writable, format: 'csv' | 'xlsx', sheet: string, columns: ExportColumn[], rows: TableRows, onRow?: (written: number) => void) {
  let n = 0;
  if (format === 'csv') {
    let buf = '\ufeff' + columns.map((c) => csvField(c.header)).join(',') + '\r\n';
    for await (const r of rows) {
      buf += r.map(csvField).join(',') + '\r\n';
      onRow?.(++n);
      if (buf.length >= CSV_FLUSH_BYTES) {
        out.write(buf);
        buf = '';
        await drained(out);
      }
    }
    out.end(buf);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ key: String(i), width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  const numeric = columns.map((c) => !!c.numFmt);
  for await (const r of rows) {
    ws.addRow(r.map((v, i) => (numeric[i] && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v))).commit();
    onRow?.(++n);
    if (n % 500 === 0) await drained(out);
  }
  ws.commit();
  await wb.commit();
}

/**
 * Sends a table as a download (see writeTable). A failure after the first bytes aborts the response (the client
 * sees a broken download, not a short file) and is rethrown.
 */
export async function sendTable(res: Response, format: 'csv' | 'xlsx', filename: string, sheet: string, columns: ExportColumn[], rows: TableRows) {
  setTableHeaders(res, format, `${filename}.${format}`);
  try {
    await writeTable(res, format, sheet, columns, rows);
  } catch (e) {
    if (res.headersSent) res.destroy(e as Error);
    throw e;
  }
}
