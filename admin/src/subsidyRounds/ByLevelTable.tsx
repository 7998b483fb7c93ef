import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../common/format';
import { StarLevel } from '../common/StarRatingField';

/** Centers and amount per level, as the server computed them (no sums in the browser). */
export const ByLevelTable = ({ rows, levels }: { rows: { level: string; centers: number; amount: string }[]; levels?: { level: string; weight: number; amount: string }[] }) => {
  const translate = useTranslate();
  const param = (l: string) => levels?.find((x) => x.level === l);
  return (
    <Table size="small" sx={{ maxWidth: 760 }} data-testid="by-level">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.subsidyAllocations.fields.level')}</TableCell>
          {levels && <TableCell align="right">{translate('eg.subsidy.weight')}</TableCell>}
          {levels && <TableCell align="right">{translate('eg.subsidy.amount')}</TableCell>}
          <TableCell align="right">{translate('resources.subsidyAllocations.fields.centers')}</TableCell>
          <TableCell align="right">{translate('resources.subsidyAllocations.fields.amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.level}>
            <TableCell>
              <StarLevel level={r.level} />
            </TableCell>
            {levels && <TableCell align="right">{param(r.level)?.weight}</TableCell>}
            {levels && <TableCell align="right">{formatMoney(param(r.level)?.amount)}</TableCell>}
            <TableCell align="right">{r.centers}</TableCell>
            <TableCell align="right">{formatMoney(r.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
