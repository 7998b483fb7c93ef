// Downloads from the server's /export endpoints with the bearer token, reading the body as it streams so the panel
// can show progress (the server sends X-Total-Count before the first row; a CSV's rows are counted as they arrive).
import { tokenStore } from '../tokenStore';
import type { Translate } from '../dataProvider/errors';

export interface ExportProgress {
  /** bytes received so far */
  bytes: number;
  /** CSV: data rows received so far (line ends after the header); null for binary formats */
  rows: number | null;
  /** rows the server announced (X-Total-Count), or null */
  total: number | null;
}

export interface ExportResult extends ExportProgress {
  filename: string;
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*=UTF-8''…` first), or null. */
export function dispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

/** `/export/list/<resource>.<format>?filter=<json>&sort=<field>&order=ASC|DESC` */
export function listExportPath(resource: string, format: 'xlsx' | 'csv', filter?: Record<string, unknown>, sort?: { field: string; direction: string }[]): string {
  const params = new URLSearchParams();
  if (filter && Object.keys(filter).length) params.set('filter', JSON.stringify(filter));
  if (sort?.length) {
    params.set('sort', sort[0].field);
    params.set('order', sort[0].direction);
  }
  const query = params.toString();
  return `/export/list/${encodeURIComponent(resource)}.${format}${query ? `?${query}` : ''}`;
}

/** Hands the browser a file to save. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const NEWLINE = 10;

/** An export endpoint's refusal (`{ errors: [{ message, extensions: { code } }] }`) as an Error with a translated message. */
async function failure(res: Response, translate: Translate): Promise<Error> {
  let code = '';
  let detail = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    code = body.errors?.[0]?.extensions?.code ?? '';
    detail = body.errors?.[0]?.message ?? detail;
  } catch {
    /* not JSON */
  }
  const known = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'].includes(code);
  return new Error(known ? translate(`eg.errors.${code}`, { detail, _: detail }) : translate('eg.errors.download', { status: res.status }));
}

/**
 * Fetches an export and saves it, calling `onProgress` as the body arrives. Failures are thrown as Errors with a
 * translated message (the server's own message as detail). `signal` cancels the download.
 */
export async function downloadExport(
  path: string,
  opts: { fallbackName: string; translate: Translate; onProgress?: (p: ExportProgress) => void; signal?: AbortSignal },
): Promise<ExportResult> {
  const res = await fetch(path, { headers: tokenStore.authHeaders(), signal: opts.signal });
  if (!res.ok) throw await failure(res, opts.translate);
  const totalHeader = res.headers.get('x-total-count');
  const total = totalHeader !== null && /^\d+$/.test(totalHeader) ? Number(totalHeader) : null;
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const isCsv = type.startsWith('text/csv');
  const parts: BlobPart[] = [];
  let bytes = 0;
  let newlines = 0;
  const progress = (): ExportProgress => ({ bytes, rows: isCsv ? Math.max(0, newlines - 1) : null, total });
  opts.onProgress?.(progress());
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value as BlobPart);
      bytes += value.byteLength;
      if (isCsv) for (let i = 0; i < value.length; i++) if (value[i] === NEWLINE) newlines++;
      opts.onProgress?.(progress());
    }
  } else {
    const buf = await res.arrayBuffer();
    parts.push(buf);
    bytes = buf.byteLength;
  }
  const filename = dispositionFilename(res.headers.get('content-disposition')) ?? opts.fallbackName;
  saveBlob(new Blob(parts, { type }), filename);
  return { ...progress(), filename };
}

/** The job a background export submit answers with. */
export interface ExportJob {
  id: string;
  status: string;
}

/**
 * 后台导出: `POST /jobs/export/list/<resource>.<format>?…` (the same path and parameters as the download) submits
 * the export as a background job; the job's page offers the file when it is done. Failures as downloadExport's.
 */
export async function submitExportJob(path: string, opts: { translate: Translate; fetchFn?: (input: string, init?: RequestInit) => Promise<Response> }): Promise<{ job: ExportJob; existing: boolean }> {
  const f = opts.fetchFn ?? ((i: string, init?: RequestInit) => globalThis.fetch(i, init));
  const res = await f(`/jobs${path}`, { method: 'POST', headers: tokenStore.authHeaders() });
  if (!res.ok) throw await failure(res, opts.translate);
  return (await res.json()) as { job: ExportJob; existing: boolean };
}
