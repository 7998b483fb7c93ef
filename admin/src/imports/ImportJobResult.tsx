import { Alert, Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { ImportErrorsTable } from './ImportErrorsTable';
import { importJobResult, type ImportResult } from './importClient';

/** The outcome of a finished import job on its job page: what was written, and every bad cell. */
export const ImportJobResult = ({ jobId }: { jobId: string }) => {
  const translate = useTranslate();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    importJobResult(jobId).then(
      (r) => live && setResult(r),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [jobId]);
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (!result) return null;
  return (
    <Box sx={{ mt: 2 }} data-testid="import-job-result">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('eg.jobs.importResult', { total: result.total, valid: result.valid, errors: result.errorCount, inserted: result.inserted })}
      </Typography>
      {result.errorsTruncated && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('eg.import.truncated', { shown: result.errors.length, count: result.errorCount })}
        </Typography>
      )}
      {result.errors.length > 0 && <ImportErrorsTable result={result} />}
    </Box>
  );
};
