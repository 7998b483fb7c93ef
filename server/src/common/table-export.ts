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

/** CSV for Excel users: UTF-8 with BOM (or Chinese is garbled), CRLF line ends. */
export function toCsv(columns: ExportColumn[], rows: Cell[][]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** Sends a table as `.csv` (UTF-8 BOM) or `.xlsx` (streamed, one sheet, frozen header row). */
export async function sendTable(res: Response, format: 'csv' | 'xlsx', filename: string, sheet: string, columns: ExportColumn[], rows: Cell[][]) {
  const name = `${filename}.${format}`;
  res.setHeader('Content-Disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Cache-Control', 'no-store');
  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.send(toCsv(columns, rows));
    return;
  }
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ key: String(i), width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  const numeric = columns.map((c) => !!c.numFmt);
  for (const r of rows) ws.addRow(r.map((v, i) => (numeric[i] && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v))).commit();
  ws.commit();
  await wb.commit();
}
