import DescriptionIcon from '@mui/icons-material/Description';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert, Box, Button, GlobalStyles, LinearProgress, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { createClient } from '../dataProvider/client';
import { toHttpError } from '../dataProvider/errors';
import { downloadExport } from '../common/exportDownload';
import { formatMoney } from '../common/format';
import { WorkReportQuery } from './workReportQuery';

const request = createClient();

type Half = 'H1' | 'H2' | 'YEAR';
const PERIODS: Record<Half, [string, string]> = { H1: ['01-01', '06-30'], H2: ['07-01', '12-31'], YEAR: ['01-01', '12-31'] };

/** Printing shows the report only: the app bar, the menu and the page's controls are hidden. */
const printStyles = {
  '@media print': {
    '.MuiAppBar-root, .RaSidebar-root, .RaAppBar-root, .no-print': { display: 'none !important' },
    '.RaLayout-appFrame': { marginTop: '0 !important' },
    '.RaLayout-content': { padding: '0 !important' },
    '.work-report-sheet': { boxShadow: 'none !important', border: 'none !important' },
    body: { background: '#fff' },
  },
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ mt: 3, breakInside: 'avoid' }}>
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

const Grid = ({ head, rows, testId }: { head: string[]; rows: ReactNode[][]; testId?: string }) => (
  <Table size="small" data-testid={testId} sx={{ '& td, & th': { border: '1px solid', borderColor: 'divider' } }}>
    <TableHead>
      <TableRow>
        {head.map((h, i) => (
          <TableCell key={i} align={i === 0 ? 'left' : 'right'} sx={{ fontWeight: 600 }}>
            {h}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      {rows.map((r, i) => (
        <TableRow key={i}>
          {r.map((c, j) => (
            <TableCell key={j} align={j === 0 ? 'left' : 'right'} sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {c}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/**
 * 半年工作总结（数据部分）: the figures of the office's work report for a half-year and optionally one street, as a
 * printable page (打印) and a Word download (.docx). Every number comes from the server's `workReport` query.
 */
export const WorkReportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [year, setYear] = useState(2016);
  const [half, setHalf] = useState<Half>('H1');
  const [streetId, setStreetId] = useState('');
  const [downloading, setDownloading] = useState(false);
  const from = `${year}-${PERIODS[half][0]}`;
  const to = `${year}-${PERIODS[half][1]}`;
  const { data: streets } = useGetList('streets', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const { data, isPending, error } = useQuery({
    queryKey: ['workReport', from, to, streetId],
    queryFn: () =>
      request(WorkReportQuery, { from, to, streetId: streetId || null })
        .then((d) => d.workReport)
        .catch((e) => {
          throw toHttpError(e, translate);
        }),
  });

  const docx = async () => {
    setDownloading(true);
    try {
      const q = new URLSearchParams({ from, to, ...(streetId ? { streetId } : {}) });
      await downloadExport(`/export/work-report.docx?${q}`, { fallbackName: 'work-report.docx', translate });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };

  const t = (key: string, options?: Record<string, unknown>) => translate(`eg.workReport.${key}`, options);
  return (
    <Box sx={{ p: 2 }}>
      <GlobalStyles styles={printStyles} />
      <Title title="eg.workReport.menu" />
      <Stack direction="row" className="no-print" sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', gap: 2 }}>
        <TextField size="small" type="number" label={t('year')} value={year} onChange={(e) => Number(e.target.value) > 1900 && setYear(Number(e.target.value))} sx={{ width: 110 }} />
        <TextField size="small" select label={t('half')} value={half} onChange={(e) => setHalf(e.target.value as Half)} sx={{ width: 130 }} data-testid="wr-half">
          <MenuItem value="H1">{t('first')}</MenuItem>
          <MenuItem value="H2">{t('second')}</MenuItem>
          <MenuItem value="YEAR">{t('whole')}</MenuItem>
        </TextField>
        <TextField size="small" select label={t('street')} value={streetId} onChange={(e) => setStreetId(e.target.value)} sx={{ width: 180 }} data-testid="wr-street">
          <MenuItem value="">{t('allStreets')}</MenuItem>
          {(streets ?? []).map((s) => (
            <MenuItem key={s.id} value={String(s.id)}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!data} data-testid="wr-print">
          {t('print')}
        </Button>
        <Button variant="contained" startIcon={<DescriptionIcon />} onClick={docx} disabled={!data || downloading} data-testid="wr-docx">
          {t('docx')}
        </Button>
      </Stack>
      {isPending && <LinearProgress className="no-print" />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {data && (
        <Paper className="work-report-sheet" variant="outlined" sx={{ p: { xs: 2, md: 5 }, maxWidth: 960 }} data-testid="work-report">
          <Typography variant="h5" align="center" sx={{ fontWeight: 700 }}>
            {data.title}
          </Typography>
          <Typography variant="body2" align="center" color="text.secondary" sx={{ mt: 1 }}>
            {t('period', { scope: data.scopeName, from: data.from, to: data.to })}
          </Typography>

          <Section title={`一、${t('sentences')}`}>
            {data.sentences.map((s, i) => (
              <Typography key={i} component="p" sx={{ textIndent: '2em', lineHeight: 1.9, mb: 1.5 }} data-testid="wr-sentence">
                {s}
              </Typography>
            ))}
          </Section>

          <Section title={`二、${t('tables')}`}>
            <Section title={`${t('centers')}${data.centers.ratingRoundName ? `（${data.centers.ratingRoundName}）` : `（${t('noRound')}）`}`}>
              <Table size="small" data-testid="wr-levels" sx={{ '& td, & th': { border: '1px solid', borderColor: 'divider' } }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ fontWeight: 600 }}>{t('level')}</TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600 }}>
                      {t('count')}
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.centers.byLevel.map((l) => (
                    <TableRow key={l.level} data-level={l.level} data-count={l.count}>
                      <TableCell>{l.label}</TableCell>
                      <TableCell align="right">{l.count}</TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell>{t('total')}</TableCell>
                    <TableCell align="right">{data.centers.rated}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell>{t('rectifications')}</TableCell>
                    <TableCell align="right">{data.centers.rectifications}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell>{t('opened')}</TableCell>
                    <TableCell align="right">{data.centers.opened}</TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </Section>

            <Section title={t('residents')}>
              <Grid
                testId="wr-residents"
                head={[t('item'), t('value')]}
                rows={[
                  [t('associations'), data.associations.total],
                  [t('aged60Plus'), data.residents.aged60Plus],
                  [t('aged80Plus'), data.residents.aged80Plus],
                  [t('centenarians'), data.residents.centenarians],
                  [t('hardship'), data.residents.hardship],
                  [t('welfareCenter'), data.residents.welfareCenter],
                ]}
              />
            </Section>

            <Section title={t('visits')}>
              <Grid
                testId="wr-visits"
                head={[t('occasion'), t('visitCount'), t('visitedResidents'), t('cash')]}
                rows={[
                  ...data.visits.byOccasion.map((o) => [o.label, o.visits, o.residents, formatMoney(o.cash, '')]),
                  [t('total'), data.visits.visits, data.visits.residents, formatMoney(data.visits.cash, '')],
                ]}
              />
            </Section>

            <Section title={t('exams', { year: data.exams.year })}>
              <Grid
                testId="wr-exams"
                head={[translate('eg.dashboard.eligible'), translate('eg.dashboard.scheduled'), translate('eg.dashboard.completed'), translate('eg.dashboard.missed'), t('coverage')]}
                rows={[[data.exams.eligible, data.exams.scheduled, data.exams.completed, data.exams.missed, `${data.exams.coveragePercent}%`]]}
              />
            </Section>

            <Section title={`${t('subsidy')}（${data.subsidy.fiscalYears.join('、')}）`}>
              <Grid
                testId="wr-subsidy"
                head={[t('level'), t('centersFunded'), t('amount')]}
                rows={[...data.subsidy.byLevel.map((l) => [l.label, l.centers, formatMoney(l.amount, '')]), [t('total'), data.subsidy.centers, formatMoney(data.subsidy.amount, '')]]}
              />
            </Section>

            <Section title={t('projects')}>
              <Grid
                testId="wr-projects"
                head={[t('status'), t('projectCount'), t('investment'), t('beds')]}
                rows={[...data.projects.byStatus.map((p) => [p.label, p.projects, formatMoney(p.investment, ''), p.beds]), [t('bedsTotal'), '', '', data.projects.bedsTotal]]}
              />
            </Section>
          </Section>
        </Paper>
      )}
    </Box>
  );
};
