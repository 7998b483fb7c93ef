import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { EgDataProvider } from '../dataProvider';

/** CSV and XLSX downloads of an export endpoint, fetched with the bearer token. */
export const DownloadButtons = ({ path, basename }: { path: string; basename: string }) => {
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const get = (ext: 'csv' | 'xlsx') => dp.download(`${path}.${ext}`, `${basename}.${ext}`).catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => get('csv')}>
        {translate('eg.action.downloadCsv')}
      </Button>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => get('xlsx')}>
        {translate('eg.action.downloadXlsx')}
      </Button>
    </Stack>
  );
};
