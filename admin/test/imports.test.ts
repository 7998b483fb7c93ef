import { describe, expect, it } from 'vitest';
import { ImportFailure, importJobResult, ndjsonSplitter, rowsWithErrors, runImport, submitImportJob, type ImportResult } from '../src/imports/importClient';

const result: ImportResult = {
  kind: 'residents', format: 'csv', total: 1200, valid: 1199, errorCount: 1, ignoredColumns: [], committed: false, inserted: 0, message: null, elapsedMs: 12,
  errors: [{ row: 7, column: '身份证号', value: '440303194002020011', reason: '身份证号校验位错误：按前 17 位计算应为 2', code: 'ID_CHECK_CHAR' }],
  errorsTruncated: false,
};

/** A response whose body arrives in the given pieces (as a slow upload's answer does). */
function streamed(pieces: Uint8Array[], status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of pieces) c.enqueue(p);
      c.close();
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'application/x-ndjson' } });
}

/** Cuts bytes into pieces of `size` (so lines and characters are split anywhere). */
const cut = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

describe('import client', () => {
  it('splits NDJSON however the bytes are chunked, multi-byte characters included', () => {
    const text = `{"progress":500}\n{"progress":1000}\n${JSON.stringify(result)}\n`;
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const split = ndjsonSplitter();
      const values = [...cut(bytes, size).flatMap((p) => split.push(p)), ...split.end()];
      expect(values).toEqual([{ progress: 500 }, { progress: 1000 }, result]);
    }
  });

  it('uploads the file as multipart, reports progress and returns the result line', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const progress: number[] = [];
    const body = new TextEncoder().encode(`{"progress":500}\n{"progress":1000}\n{"progress":1200}\n${JSON.stringify(result)}\n`);
    const r = await runImport('residents', new File(['姓名\n'], 'r.csv'), false, (n) => progress.push(n), async (url, init) => {
      seen.push({ url, init: init! });
      return streamed(cut(body, 5));
    });
    expect(r).toEqual(result);
    expect(rowsWithErrors(r.errors)).toBe(1);
    expect(progress).toEqual([500, 1000, 1200]);
    expect(seen[0].url).toBe('/import/residents?commit=0');
    expect((seen[0].init.headers as Record<string, string>).accept).toBe('application/x-ndjson');
    expect((seen[0].init.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('turns a refusal into an ImportFailure with the server code, for HTTP errors and for the error line', async () => {
    const forbidden = runImport('centers', new File([''], 'c.csv'), true, () => {}, async () =>
      new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Your role may not import records' } }), { status: 403 }),
    );
    await expect(forbidden).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const late = runImport('centers', new File([''], 'c.csv'), true, () => {}, async () =>
      streamed([new TextEncoder().encode('{"progress":500}\n{"error":{"code":"BAD_USER_INPUT","message":"文件超过 50 MB 上限"}}\n')]),
    );
    await expect(late).rejects.toBeInstanceOf(ImportFailure);
    await expect(late).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: '文件超过 50 MB 上限' });
    const cutOff = runImport('centers', new File([''], 'c.csv'), false, () => {}, async () => streamed([new TextEncoder().encode('{"progress":500}\n')]));
    await expect(cutOff).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('submits a background import job (multipart, commit flag) and reads its result back', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const job = { id: '7', type: 'IMPORT', status: 'QUEUED', progress: 0 };
    const submitted = await submitImportJob('residents', new File(['姓名\n'], '大文件.csv'), true, async (url, init) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ job, existing: false }), { status: 202 });
    });
    expect(submitted).toEqual({ job, existing: false });
    expect(seen[0].url).toBe('/jobs/import/residents?commit=1');
    expect(seen[0].init?.method).toBe('POST');
    expect(((seen[0].init?.body as FormData).get('file') as File).name).toBe('大文件.csv');
    const refused = submitImportJob('residents', new File([''], 'r.csv'), false, async () =>
      new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', reason: 'EMPTY', message: '文件是空的' } }), { status: 400 }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: '文件是空的', status: 400 });

    const r = await importJobResult('7', async (url) => {
      seen.push({ url });
      return new Response(JSON.stringify(result), { status: 200 });
    });
    expect(r).toEqual(result);
    expect(seen[1].url).toBe('/jobs/7/result');
    const notYet = importJobResult('8', async () => new Response(JSON.stringify({ errors: [{ message: 'This job has no result file (yet)', extensions: { code: 'INVALID_STATE' } }] }), { status: 409 }));
    await expect(notYet).rejects.toMatchObject({ code: 'INVALID_STATE', status: 409 });
  });
});
