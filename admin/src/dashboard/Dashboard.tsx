import { Alert, Box, Grid, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import type { EgDataProvider } from '../dataProvider';
import { ChartCard } from './ChartCard';
import { CentersByLevel, ExamCoverage, ProjectsByStatus, ResidentsByAgeBand, SubsidyByStreet } from './Charts';

/** Every figure comes from the server's `statistics` aggregates; the browser only draws them. */
export const Dashboard = () => {
  const translate = useTranslate();
  const dp = useDataProvider<EgDataProvider>();
  const { identity } = useGetIdentity();
  const today = new Date().toISOString().slice(0, 10);
  const [asOf, setAsOf] = useState(today);
  const [fiscalYear, setFiscalYear] = useState<number | ''>('');
  const [year, setYear] = useState<number>(Number(today.slice(0, 4)));
  const [streetId, setStreetId] = useState('');
  const { data: streets } = useGetList('streets', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const { data, isPending, error } = useQuery({
    queryKey: ['statistics', asOf, streetId, fiscalYear, year],
    queryFn: () => dp.statistics({ asOf, streetId: streetId || undefined, fiscalYear: fiscalYear === '' ? undefined : fiscalYear, year }),
  });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="eg.dashboard.title" />
      <Typography variant="h5" sx={{ mb: 2 }}>
        {translate('eg.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', gap: 2 }}>
        <TextField size="small" type="date" label={translate('eg.dashboard.asOf')} value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 180 }} />
        <TextField size="small" select label={translate('resources.centers.fields.street')} value={streetId} onChange={(e) => setStreetId(e.target.value)} sx={{ width: 180 }}>
          <MenuItem value="">—</MenuItem>
          {(streets ?? []).map((s) => (
            <MenuItem key={s.id} value={String(s.id)}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="number" label={translate('eg.dashboard.fiscalYear')} value={fiscalYear} onChange={(e) => setFiscalYear(e.target.value ? Number(e.target.value) : '')} sx={{ width: 120 }} />
        <TextField size="small" type="number" label={translate('eg.dashboard.examYear')} value={year} onChange={(e) => e.target.value && setYear(Number(e.target.value))} sx={{ width: 120 }} />
      </Stack>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {!isPending && !error && !data && <Alert severity="warning">{translate('eg.dashboard.unavailable')}</Alert>}
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ChartCard title="eg.dashboard.centersByLevel" testId="centers-by-level">
              <CentersByLevel data={data.centersByLevel} />
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ChartCard title="eg.dashboard.subsidyByStreet" testId="subsidy-by-street">
              <SubsidyByStreet data={data.subsidyByStreet} />
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ChartCard title="eg.dashboard.residentsByAgeBand" testId="residents-by-age">
              <ResidentsByAgeBand data={data.residentsByAgeBand} />
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ChartCard title="eg.dashboard.examCoverage" testId="exam-coverage-card">
              <ExamCoverage data={data.examCoverageTotal} />
            </ChartCard>
          </Grid>
          <Grid size={12}>
            <ChartCard title="eg.dashboard.projectsByStatus" testId="projects-by-status">
              <ProjectsByStatus data={data.projectsByStatus} />
            </ChartCard>
          </Grid>
        </Grid>
      )}
    </Box>
  );
};
