import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportResult } from './importClient';

/** Every bad cell of an import: row as Excel shows it, the Chinese header, the value and the reason. */
export const ImportErrorsTable = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  return (
    <TableContainer sx={{ maxHeight: 480 }}>
      <Table size="small" stickyHeader data-testid="import-errors">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 70 }}>{translate('eg.import.row')}</TableCell>
            <TableCell sx={{ width: 140 }}>{translate('eg.import.column')}</TableCell>
            <TableCell sx={{ width: 200 }}>{translate('eg.import.value')}</TableCell>
            <TableCell>{translate('eg.import.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.errors.map((e, i) => (
            <TableRow key={i} data-row={e.row} data-code={e.code}>
              <TableCell>{e.row}</TableCell>
              <TableCell>{e.column ?? '—'}</TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>{e.value ?? ''}</TableCell>
              <TableCell>{e.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
