import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import ScheduleSendIcon from '@mui/icons-material/ScheduleSend';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { RecordContextProvider, Title, useCanAccess, useDataProvider, useGetOne, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { EgDataProvider } from '../dataProvider';
import { formatBytes } from '../common/format';
import { isOpen, JobProgressField, JobStatusField, pollWhileOpen, type JobRecord } from '../jobs/JobFields';
import { ImportErrorsTable } from './ImportErrorsTable';
import {
  IMPORT_KINDS,
  ImportFailure,
  importColumns,
  importJobResult,
  rowsWithErrors,
  runImport,
  submitImportJob,
  type ImportColumn,
  type ImportKind,
  type ImportResult,
} from './importClient';

type Phase = 'idle' | 'checking' | 'checked' | 'committing' | 'committed';

/** Files larger than this are not checked on the spot when chosen: the page suggests the background (后台校验 / 后台导入). */
export const BACKGROUND_IMPORT_BYTES = 5 * 1024 * 1024;

/** Excel/CSV import for ADMIN and OFFICER (the menu hides it from ANALYST; the server refuses them anyway). */
export const ImportPage = () => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'create', resource: 'residents' });
  if (isPending) return null;
  if (!canAccess) {
    return (
      <Box sx={{ p: 2 }}>
        <Title title="eg.import.title" />
        <Alert severity="warning">{translate('eg.import.forbidden')}</Alert>
      </Box>
    );
  }
  return <Importer />;
};

/** Pick the record type, get the template, upload → dry run with every bad cell → commit. */
const Importer = () => {
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [kind, setKind] = useState<ImportKind>('residents');
  const [columns, setColumns] = useState<ImportColumn[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [rows, setRows] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  // 后台导入: the job of this page (polled while open), whether its upload is still under way, the job whose result is shown
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const shownFor = useRef<string | null>(null);
  const { data: job } = useGetOne<JobRecord>(
    'jobs',
    { id: jobId ?? '' },
    { enabled: !!jobId, refetchInterval: pollWhileOpen },
  );
  const label = (k: ImportKind) => translate(`eg.import.kinds.${k}`);

  useEffect(() => {
    let live = true;
    importColumns(kind)
      .then((c) => live && setColumns(c))
      .catch(() => live && setColumns([]));
    return () => {
      live = false;
    };
  }, [kind]);

  const reset = () => {
    setFile(null);
    setResult(null);
    setPhase('idle');
    setRows(0);
    setJobId(null);
  };

  // a finished job's result: the same as a check or commit on the spot, shown the same way
  useEffect(() => {
    if (!job || String(job.id) !== jobId || job.status !== 'SUCCEEDED' || shownFor.current === jobId) return;
    shownFor.current = jobId;
    importJobResult(jobId).then(
      (r) => {
        setResult(r);
        setPhase(r.committed ? 'committed' : 'checked');
        if (r.committed) notify('eg.import.committed', { type: 'success', messageArgs: { count: r.inserted } });
      },
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [job, jobId, notify]);

  const failed = (e: unknown) => {
    const code = e instanceof ImportFailure ? e.code : 'NETWORK';
    notify(code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? `eg.errors.${code}` : (e as Error).message || 'eg.errors.NETWORK', { type: 'error' });
  };

  const check = async (f: File) => {
    setFile(f);
    setResult(null);
    setJobId(null);
    setRows(0);
    setPhase('checking');
    try {
      setResult(await runImport(kind, f, false, setRows));
      setPhase('checked');
    } catch (e) {
      setPhase('idle');
      failed(e);
    }
  };

  const commit = async () => {
    if (!file) return;
    setRows(0);
    setPhase('committing');
    try {
      const r = await runImport(kind, file, true, setRows);
      setResult(r);
      setPhase(r.committed ? 'committed' : 'checked');
      if (r.committed) notify('eg.import.committed', { type: 'success', messageArgs: { count: r.inserted } });
    } catch (e) {
      setPhase('checked');
      failed(e);
    }
  };

  /** 后台校验 (commit false) or 后台导入 (commit true): the file goes up once, the job runs on the server. */
  const runJob = async (commit: boolean) => {
    if (!file) return;
    setResult(null);
    setPhase('idle');
    setJobId(null);
    setUploading(true);
    try {
      const { job: submitted, existing } = await submitImportJob(kind, file, commit);
      setJobId(String(submitted.id));
      notify(existing ? 'eg.import.jobExisting' : 'eg.jobs.submitted', { type: 'info', messageArgs: { id: submitted.id } });
    } catch (e) {
      failed(e);
    } finally {
      setUploading(false);
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = ''; // choosing the same (corrected) file again must trigger a new check
    if (!f) return;
    if (f.size <= BACKGROUND_IMPORT_BYTES) {
      void check(f);
      return;
    }
    // a big file: nothing runs until the user picks 立即校验 or the background
    setFile(f);
    setResult(null);
    setJobId(null);
    setPhase('idle');
  };

  const jobOpen = !!jobId && (!job || isOpen(job));
  const busy = phase === 'checking' || phase === 'committing' || uploading || jobOpen;
  const canCommit = phase === 'checked' && !!result && result.errorCount === 0 && result.total > 0;
  const template = (ext: 'xlsx' | 'csv') =>
    dp.download(`/import/${kind}/template.${ext}`, `${translate('eg.import.templateName', { kind: label(kind) })}.${ext}`).catch((e: Error) => notify(e.message, { type: 'error' }));

  return (
    <Box sx={{ p: 2 }}>
      <Title title="eg.import.title" />
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
            <TextField
              select
              size="small"
              label={translate('eg.import.kind')}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ImportKind);
                reset();
              }}
              disabled={busy}
              sx={{ minWidth: 200 }}
            >
              {IMPORT_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {label(k)}
                </MenuItem>
              ))}
            </TextField>
            <Button size="small" startIcon={<DownloadIcon />} onClick={() => template('xlsx')}>
              {translate('eg.import.templateXlsx')}
            </Button>
            <Button size="small" startIcon={<DownloadIcon />} onClick={() => template('csv')}>
              {translate('eg.import.templateCsv')}
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('eg.import.hint')}
          </Typography>
          {columns.length > 0 && (
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mb: 2 }} data-testid="import-columns">
              {columns.map((c) => (
                <Chip key={c.field} size="small" variant={c.required ? 'filled' : 'outlined'} color={c.required ? 'primary' : 'default'} label={c.header} title={c.hint ?? undefined} />
              ))}
            </Stack>
          )}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="contained" component="label" startIcon={<CloudUploadIcon />} disabled={busy}>
              {translate('eg.import.choose')}
              <input hidden type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onFile} data-testid="import-file" />
            </Button>
            {file && (
              <Typography variant="body2" data-testid="import-file-name">
                {translate('eg.import.file', { name: file.name })}
              </Typography>
            )}
          </Stack>
          {file && !busy && phase !== 'committed' && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2, alignItems: { sm: 'center' } }}>
              {file.size > BACKGROUND_IMPORT_BYTES && phase === 'idle' && !jobId && (
                <Button variant="outlined" startIcon={<FactCheckIcon />} onClick={() => void check(file)} data-testid="import-check-now">
                  {translate('eg.import.checkNow')}
                </Button>
              )}
              <Button variant="outlined" startIcon={<ScheduleSendIcon />} onClick={() => void runJob(false)} data-testid="import-job-check">
                {translate('eg.import.backgroundCheck')}
              </Button>
              <Button variant="outlined" color="success" startIcon={<ScheduleSendIcon />} onClick={() => void runJob(true)} data-testid="import-job-commit">
                {translate('eg.import.background')}
              </Button>
            </Stack>
          )}
          {file && file.size > BACKGROUND_IMPORT_BYTES && phase === 'idle' && !jobId && !uploading && (
            <Alert severity="info" sx={{ mt: 2 }} data-testid="import-big-file">
              {translate('eg.import.bigFile', { size: formatBytes(file.size) })}
            </Alert>
          )}
          {uploading && (
            <Box sx={{ mt: 2 }} data-testid="import-uploading">
              <LinearProgress />
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {translate('eg.import.uploading', { size: formatBytes(file?.size ?? 0) })}
              </Typography>
            </Box>
          )}
          {jobId && job && (
            <RecordContextProvider value={job}>
              <Box sx={{ mt: 2, maxWidth: 600 }} data-testid="import-job" data-status={job.status}>
                <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
                  <Typography variant="subtitle2">{translate('eg.import.jobTitle', { id: job.id })}</Typography>
                  <JobStatusField />
                  <Link to={`/jobs/${job.id}/show`}>{translate('eg.import.openJob')}</Link>
                </Stack>
                <JobProgressField />
                {job.status === 'FAILED' && (
                  <Alert severity="error" sx={{ mt: 1 }}>
                    {job.error}
                  </Alert>
                )}
              </Box>
            </RecordContextProvider>
          )}
          {(phase === 'checking' || phase === 'committing') && (
            <Box sx={{ mt: 2 }} data-testid="import-progress">
              <LinearProgress />
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {translate(phase === 'committing' ? 'eg.import.committing' : 'eg.import.reading', { rows })}
              </Typography>
            </Box>
          )}
        </CardContent>
      </Card>

      {result && !busy && (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            {phase === 'committed' ? (
              <Alert severity="success" data-testid="import-committed">
                {translate('eg.import.committed', { count: result.inserted })}
              </Alert>
            ) : result.errorCount === 0 ? (
              <Alert severity={result.total ? 'success' : 'warning'} data-testid="import-summary">
                {result.total ? translate('eg.import.checked', { total: result.total }) : translate('eg.import.empty')}
              </Alert>
            ) : (
              <Alert severity="error" data-testid="import-summary">
                {translate('eg.import.hasErrors', { total: result.total, count: result.errorCount, rows: rowsWithErrors(result.errors) })}
                {result.message ? ` ${result.message}` : ''}
              </Alert>
            )}
            {result.ignoredColumns.length > 0 && (
              <Alert severity="info" sx={{ mt: 1 }}>
                {translate('eg.import.ignored', { columns: result.ignoredColumns.join('、') })}
              </Alert>
            )}
            {result.errorsTruncated && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('eg.import.truncated', { shown: result.errors.length, count: result.errorCount })}
              </Typography>
            )}
            {result.errors.length > 0 && <ImportErrorsTable result={result} />}
            {phase !== 'committed' && (
              <Button variant="contained" color="success" sx={{ mt: 2 }} startIcon={<PlaylistAddCheckIcon />} disabled={!canCommit} onClick={commit} data-testid="import-commit">
                {translate('eg.import.commit', { total: result.total })}
              </Button>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
