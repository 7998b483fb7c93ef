import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../common/format';
import { LevelCounts } from '../common/LevelCounts';
import type { Stats } from './types';

const LEVEL_COLORS: Record<string, string> = { FIVE: '#2e7d32', FOUR: '#66bb6a', THREE: '#9ccc65', TWO: '#ffca28', ONE: '#ffa726', FAIL: '#e53935', NEW: '#42a5f5' };
const compact = (locale: string) => (v: number) => new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { notation: 'compact' }).format(v);

export const CentersByLevel = ({ data }: { data: Stats['centersByLevel'] }) => {
  const translate = useTranslate();
  const rows = data.map((d) => ({ ...d, name: translate(`eg.enum.StarLevel.${d.level}`) }));
  return (
    <Stack spacing={2}>
      <LevelCounts counts={data} />
      <Box sx={{ height: 220 }}>
        <ResponsiveContainer>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name={translate('eg.dashboard.centers')}>
              {rows.map((r) => (
                <Cell key={r.level} fill={LEVEL_COLORS[r.level]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Stack>
  );
};

export const SubsidyByStreet = ({ data }: { data: Stats['subsidyByStreet'] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  // Money arrives as a decimal string; the chart needs a number for bar length only — the table shows the exact string.
  const rows = data.map((d) => ({ ...d, value: Number(d.amount) }));
  if (!rows.length) return <Typography color="text.secondary">{translate('eg.dashboard.empty')}</Typography>;
  return (
    <Stack spacing={1}>
      <Box sx={{ height: 240 }}>
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ left: 40 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={compact(locale)} />
            <YAxis type="category" dataKey="streetName" width={90} />
            <Tooltip formatter={(_v, _n, item) => formatMoney((item?.payload as { amount: string }).amount)} />
            <Bar dataKey="value" name={translate('eg.dashboard.amount')} fill="#1976d2" />
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.centers.fields.street')}</TableCell>
            <TableCell align="right">{translate('eg.dashboard.centers')}</TableCell>
            <TableCell align="right">{translate('eg.dashboard.amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((d) => (
            <TableRow key={`${d.fiscalYear}-${d.streetName}`}>
              <TableCell>{d.streetName}</TableCell>
              <TableCell align="right">{d.centers}</TableCell>
              <TableCell align="right">{formatMoney(d.amount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};

export const ResidentsByAgeBand = ({ data }: { data: Stats['residentsByAgeBand'] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ height: 260 }}>
      <ResponsiveContainer>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="band" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="count" name={translate('eg.dashboard.residents')} fill="#7e57c2" />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

export const ExamCoverage = ({ data }: { data: Stats['examCoverageTotal'] }) => {
  const translate = useTranslate();
  // Counts may be null (small cells suppressed for partner keys): shown as gaps, never guessed.
  const rows = (['eligible', 'scheduled', 'completed', 'missed'] as const).map((k) => ({ key: k, name: translate(`eg.dashboard.${k}`), value: data[k] ?? null }));
  const percent = data.eligible && data.completed != null ? `${((100 * data.completed) / data.eligible).toFixed(1)}%` : '—';
  return (
    <Stack spacing={1}>
      <Typography variant="h4" data-testid="exam-coverage">
        {translate('eg.dashboard.coverage', { percent })}
      </Typography>
      <Box sx={{ height: 200 }}>
        <ResponsiveContainer>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" name={translate('eg.dashboard.residents')}>
              {rows.map((r, i) => (
                <Cell key={r.key} fill={['#90a4ae', '#42a5f5', '#66bb6a', '#ffa726'][i]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Stack>
  );
};

export const ProjectsByStatus = ({ data }: { data: Stats['projectsByStatus'] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const rows = data.map((d) => ({ ...d, name: translate(`eg.enum.ProjectStatus.${d.status}`), value: Number(d.investment) }));
  return (
    <Stack spacing={1}>
      <Box sx={{ height: 240 }}>
        <ResponsiveContainer>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis yAxisId="money" tickFormatter={compact(locale)} />
            <YAxis yAxisId="beds" orientation="right" allowDecimals={false} />
            <Tooltip formatter={(v, name, item) => (item?.dataKey === 'value' ? formatMoney((item.payload as { investment: string }).investment) : String(v))} />
            <Legend />
            <Bar yAxisId="money" dataKey="value" name={translate('eg.dashboard.investment')} fill="#26a69a" />
            <Bar yAxisId="beds" dataKey="beds" name={translate('eg.dashboard.beds')} fill="#ef6c00" />
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.projects.fields.status')}</TableCell>
            <TableCell align="right">{translate('eg.dashboard.projects')}</TableCell>
            <TableCell align="right">{translate('eg.dashboard.investment')}</TableCell>
            <TableCell align="right">{translate('eg.dashboard.beds')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((d) => (
            <TableRow key={d.status}>
              <TableCell>{translate(`eg.enum.ProjectStatus.${d.status}`)}</TableCell>
              <TableCell align="right">{d.projects}</TableCell>
              <TableCell align="right">{formatMoney(d.investment)}</TableCell>
              <TableCell align="right">{d.beds}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};
