// The import endpoints (server/src/modules/import): dry run or commit of an .xlsx/.csv upload with progress
// (NDJSON lines), the column list of a kind. Plain fetch with the bearer token from tokenStore.
import { tokenStore } from '../tokenStore';

export const IMPORT_KINDS = ['residents', 'centers', 'associations', 'exams', 'visits'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportError {
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
  code: string;
}

export interface ImportResult {
  kind: ImportKind;
  format: 'csv' | 'xlsx';
  total: number;
  valid: number;
  errorCount: number;
  errors: ImportError[];
  errorsTruncated: boolean;
  ignoredColumns: string[];
  committed: boolean;
  inserted: number;
  message: string | null;
  elapsedMs: number;
}

export interface ImportColumn {
  header: string;
  field: string;
  required: boolean;
  hint: string | null;
  example: string | number | null;
}

/** A refusal of the file as a whole (HTTP error or the error line of the stream). */
export class ImportFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function failure(res: Response): Promise<ImportFailure> {
  let body: { error?: { code?: string; message?: string } } = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  return new ImportFailure(body.error?.message ?? `HTTP ${res.status}`, body.error?.code ?? 'INTERNAL_SERVER_ERROR', res.status);
}

/**
 * Splits a byte stream into NDJSON values: feed chunks, get every complete line parsed; `end()` parses what is
 * left. Lines may be cut anywhere, even inside a multi-byte character.
 */
export function ndjsonSplitter() {
  const decoder = new TextDecoder();
  let rest = '';
  const lines = (text: string) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  return {
    push(chunk: Uint8Array): unknown[] {
      rest += decoder.decode(chunk, { stream: true });
      const cut = rest.lastIndexOf('\n');
      if (cut < 0) return [];
      const done = rest.slice(0, cut);
      rest = rest.slice(cut + 1);
      return lines(done);
    },
    end(): unknown[] {
      rest += decoder.decode();
      const out = lines(rest);
      rest = '';
      return out;
    },
  };
}

/** What one NDJSON line of the import stream says. */
export function readLine(v: unknown): { progress: number } | { result: ImportResult } | { error: ImportFailure } {
  const o = v as { progress?: number; error?: { code: string; message: string }; kind?: string };
  if (typeof o?.progress === 'number') return { progress: o.progress };
  if (o?.error) return { error: new ImportFailure(o.error.message, o.error.code, 200) };
  if (o?.kind) return { result: v as ImportResult };
  throw new ImportFailure('Unexpected answer from the server', 'INTERNAL_SERVER_ERROR', 200);
}

/** Uploads a file for a dry run (`commit` false) or a commit; `onProgress` gets the rows read so far. */
export async function runImport(kind: ImportKind, file: File, commit: boolean, onProgress: (rows: number) => void, fetchFn: Fetch = (i, init) => globalThis.fetch(i, init)): Promise<ImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetchFn(`/import/${kind}?commit=${commit ? 1 : 0}`, { method: 'POST', body, headers: { ...tokenStore.authHeaders(), accept: 'application/x-ndjson' } });
  if (!res.ok) throw await failure(res);
  const split = ndjsonSplitter();
  let result: ImportResult | null = null;
  const handle = (values: unknown[]) => {
    for (const v of values) {
      const line = readLine(v);
      if ('progress' in line) onProgress(line.progress);
      else if ('error' in line) throw line.error;
      else result = line.result;
    }
  };
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      handle(split.push(value));
    }
  } else handle(split.push(new Uint8Array(await res.arrayBuffer())));
  handle(split.end());
  if (!result) throw new ImportFailure('The server ended the import without a result', 'INTERNAL_SERVER_ERROR', res.status);
  return result;
}

export async function importColumns(kind: ImportKind, fetchFn: Fetch = (i, init) => globalThis.fetch(i, init)): Promise<ImportColumn[]> {
  const res = await fetchFn(`/import/${kind}/columns`, { headers: tokenStore.authHeaders() });
  if (!res.ok) throw await failure(res);
  return ((await res.json()) as { columns: ImportColumn[] }).columns;
}

/** Distinct rows that have at least one error, among the listed errors. */
export const rowsWithErrors = (errors: ImportError[]): number => new Set(errors.map((e) => e.row)).size;

/** A background job as the submit endpoints answer it (the fields of the GraphQL Job). */
export interface SubmittedJob {
  id: string;
  type: string;
  status: 'UPLOADING' | 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  progress: number;
  done?: number | null;
  total?: number | null;
  step?: string | null;
  summary?: string | null;
  error?: string | null;
  resultUrl?: string | null;
}

/**
 * 后台导入: uploads the file to `POST /jobs/import/<kind>` (a dry run or a commit run as a background job) and returns
 * the job at once; `existing` when the same file is already being imported by this user (that job is returned).
 */
export async function submitImportJob(kind: ImportKind, file: File, commit: boolean, fetchFn: Fetch = (i, init) => globalThis.fetch(i, init)): Promise<{ job: SubmittedJob; existing: boolean }> {
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetchFn(`/jobs/import/${kind}?commit=${commit ? 1 : 0}`, { method: 'POST', body, headers: tokenStore.authHeaders() });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as { job: SubmittedJob; existing: boolean };
}

/** The result of a finished import job (`GET /jobs/<id>/result`): the same JSON as the synchronous import. */
export async function importJobResult(jobId: string, fetchFn: Fetch = (i, init) => globalThis.fetch(i, init)): Promise<ImportResult> {
  const res = await fetchFn(`/jobs/${encodeURIComponent(jobId)}/result`, { headers: tokenStore.authHeaders() });
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    let code = 'INTERNAL_SERVER_ERROR';
    try {
      const body = (await res.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      message = body.errors?.[0]?.message ?? message;
      code = body.errors?.[0]?.extensions?.code ?? code;
    } catch {
      /* not JSON */
    }
    throw new ImportFailure(message, code, res.status);
  }
  return (await res.json()) as ImportResult;
}
