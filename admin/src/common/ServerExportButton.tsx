import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Divider, LinearProgress, ListSubheader, Menu, MenuItem, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { Button, useListContext, useNotify, useRedirect, useResourceContext, useTranslate } from 'react-admin';
import { mapFilter, mapSort } from '../dataProvider/mapping';
import { resources } from '../dataProvider/resources';
import { downloadExport, listExportPath, submitExportJob, type ExportProgress } from './exportDownload';
import { formatBytes } from './format';

/** Lists longer than this are better exported in the background (后台导出): the menu says so. */
export const BACKGROUND_EXPORT_ROWS = 50_000;

/**
 * The list's export button: the server exports every record of the current filter and sort (not only the page
 * shown) as Excel or CSV, streamed; a dialog shows the progress (rows of X-Total-Count for CSV, bytes for Excel)
 * and can cancel it. Personal data is masked by the server for roles that see it masked. 后台导出 submits the same
 * export as a background job and opens the job's page, which offers the file when it is done (suggested for lists
 * over BACKGROUND_EXPORT_ROWS).
 */
export const ServerExportButton = () => {
  const { filterValues, sort, total } = useListContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<(ExportProgress & { format: 'xlsx' | 'csv' }) | null>(null);
  const abort = useRef<AbortController | null>(null);
  const def = resource ? resources[resource] : undefined;
  if (!resource || !def) return null;

  const run = async (format: 'xlsx' | 'csv') => {
    setAnchor(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ format, bytes: 0, rows: format === 'csv' ? 0 : null, total: null });
    try {
      const path = listExportPath(resource, format, mapFilter(def, filterValues), mapSort(def, sort));
      const done = await downloadExport(path, {
        fallbackName: `${resource}.${format}`,
        translate,
        signal: controller.signal,
        onProgress: (p) => setProgress({ ...p, format }),
      });
      notify(translate('eg.export.done', { rows: done.total ?? done.rows ?? 0, file: done.filename }), { type: 'info' });
    } catch (e) {
      if (controller.signal.aborted) notify('eg.export.cancelled', { type: 'info' });
      else notify(translate('eg.export.failed', { detail: (e as Error).message }), { type: 'error' });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const runJob = async (format: 'xlsx' | 'csv') => {
    setAnchor(null);
    try {
      const { job } = await submitExportJob(listExportPath(resource, format, mapFilter(def, filterValues), mapSort(def, sort)), { translate });
      notify('eg.jobs.submitted', { type: 'info', messageArgs: { id: job.id } });
      redirect('show', 'jobs', job.id);
    } catch (e) {
      notify(translate('eg.export.failed', { detail: (e as Error).message }), { type: 'error' });
    }
  };

  const big = (total ?? 0) > BACKGROUND_EXPORT_ROWS;
  const percent = progress?.total && progress.rows !== null ? Math.min(100, (100 * progress.rows) / progress.total) : null;
  return (
    <>
      <Button label="eg.export.button" disabled={total === 0 || !!progress} onClick={(e) => setAnchor(e.currentTarget)} data-testid="server-export">
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('xlsx')} data-testid="export-xlsx">
          {translate('eg.export.xlsx')}
        </MenuItem>
        <MenuItem onClick={() => run('csv')} data-testid="export-csv">
          {translate('eg.export.csv')}
        </MenuItem>
        <Divider />
        <ListSubheader sx={{ lineHeight: 2, whiteSpace: 'normal', maxWidth: 280 }} data-testid="export-background-hint">
          {big ? translate('eg.export.bigList', { total: (total ?? 0).toLocaleString() }) : translate('eg.export.background')}
        </ListSubheader>
        <MenuItem onClick={() => runJob('xlsx')} data-testid="export-job-xlsx">
          {translate('eg.export.backgroundXlsx')}
        </MenuItem>
        <MenuItem onClick={() => runJob('csv')} data-testid="export-job-csv">
          {translate('eg.export.backgroundCsv')}
        </MenuItem>
      </Menu>
      <Dialog open={!!progress} maxWidth="xs" fullWidth data-testid="export-progress">
        <DialogTitle>{translate('eg.export.title', { name: translate(`resources.${resource}.name`, { smart_count: 2 }) })}</DialogTitle>
        <DialogContent>
          <Box sx={{ my: 1 }}>
            <LinearProgress variant={percent === null ? 'indeterminate' : 'determinate'} value={percent ?? undefined} />
          </Box>
          <Typography variant="body2" color="text.secondary" data-testid="export-progress-text">
            {progress?.rows !== null && progress?.rows !== undefined
              ? translate('eg.export.progressRows', { rows: progress.rows.toLocaleString(), total: progress.total?.toLocaleString() ?? '…' })
              : translate('eg.export.progressBytes', { size: formatBytes(progress?.bytes ?? 0), total: progress?.total?.toLocaleString() ?? '…' })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => abort.current?.abort()}>{translate('eg.export.cancel')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
