import CalculateIcon from '@mui/icons-material/Calculate';
import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { EditButton, Labeled, ReferenceField, ReferenceManyField, Show, TextField, TopToolbar, useCanAccess, useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { ConfirmAction } from '../common/ConfirmAction';
import { DownloadButtons } from '../common/DownloadButtons';
import { EnumField } from '../common/EnumField';
import { formatMoney } from '../common/format';
import { MoneyField } from '../common/MoneyField';
import type { EgDataProvider } from '../dataProvider';
import { AllocationsDatagrid, AllocationsFilter, AllocationsPagination } from './AllocationsTable';
import { ByLevelTable } from './ByLevelTable';
import { RunAsJobButton } from '../jobs/RunAsJobButton';

interface Round {
  id: string;
  version: number;
  name: string;
  status: 'DRAFT' | 'COMPUTED' | 'APPROVED';
  allocated: string;
  computedBy?: string | null;
  byLevel: { level: string; centers: number; amount: string }[];
  levels: { level: string; weight: number; amount: string }[];
}

const Actions = () => {
  const round = useRecordContext<Round>();
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'subsidyRounds', record: round });
  const { canAccess: canApprove } = useCanAccess({ action: 'approve', resource: 'subsidyRounds', record: round });
  if (!round) return null;
  const done = (message: string) => (r: Round) => {
    notify(message, { type: 'success', messageArgs: { allocated: formatMoney(r.allocated) } });
    refresh();
  };
  const fail = (e: Error) => notify(e.message, { type: 'error' });
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {canEdit && round.status !== 'APPROVED' && (
        <ConfirmAction
          label={round.status === 'DRAFT' ? 'eg.action.compute' : 'eg.action.recompute'}
          title="eg.subsidy.computeTitle"
          content="eg.subsidy.computeContent"
          translateOptions={{ name: round.name }}
          icon={<CalculateIcon />}
          variant="contained"
          data-testid="compute"
          onConfirm={() => dp.computeSubsidyRound(round.id, round.version).then(done('eg.subsidy.computed'), fail)}
        />
      )}
      {canEdit && round.status !== 'APPROVED' && <RunAsJobButton name={round.name} submit={() => dp.computeSubsidyRoundJob(round.id, round.version)} />}
      {canApprove && round.status === 'COMPUTED' && (
        <ConfirmAction
          label="eg.action.approve"
          title="eg.subsidy.approveTitle"
          content="eg.subsidy.approveContent"
          translateOptions={{ name: round.name }}
          icon={<GavelIcon />}
          color="warning"
          variant="outlined"
          data-testid="approve"
          onConfirm={() => dp.approveSubsidyRound(round.id, round.version).then(done('eg.subsidy.approved'), fail)}
        />
      )}
      {round.status !== 'DRAFT' && <DownloadButtons path={`/export/subsidy-rounds/${round.id}/allocations`} basename={`subsidy-${round.id}`} />}
      {round.status !== 'APPROVED' && <EditButton />}
    </TopToolbar>
  );
};

const Summary = () => {
  const round = useRecordContext<Round>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!round) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
          <Labeled source="fiscalYear">
            <TextField source="fiscalYear" />
          </Labeled>
          <Labeled source="fundSource">
            <TextField source="fundSource" />
          </Labeled>
          <Labeled source="ratingRoundId">
            <ReferenceField source="ratingRoundId" reference="ratingRounds" link="show" />
          </Labeled>
          <Labeled source="status">
            <EnumField source="status" enumName="SubsidyStatus" />
          </Labeled>
          <Labeled source="mode">
            <EnumField source="mode" enumName="SubsidyMode" />
          </Labeled>
          <Labeled source="effectiveMode">
            <EnumField source="effectiveMode" enumName="EffectiveSubsidyMode" />
          </Labeled>
        </Stack>
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Labeled source="budget">
            <MoneyField source="budget" />
          </Labeled>
          <Labeled source="allocated">
            <MoneyField source="allocated" />
          </Labeled>
          <Labeled source="unallocated">
            <MoneyField source="unallocated" />
          </Labeled>
          <Labeled source="computedBy">
            <TextField source="computedBy" emptyText="—" />
          </Labeled>
          <Labeled source="computedAt">
            <DateField source="computedAt" showTime emptyText="—" />
          </Labeled>
          <Labeled source="approvedBy">
            <TextField source="approvedBy" emptyText="—" />
          </Labeled>
          <Labeled source="approvedAt">
            <DateField source="approvedAt" showTime emptyText="—" />
          </Labeled>
        </Stack>
        {round.status === 'COMPUTED' && round.computedBy && (
          <Alert severity={[`USER:${identity?.id}`, identity?.email, identity?.fullName].includes(round.computedBy) ? 'warning' : 'info'} sx={{ mb: 2 }}>
            {translate('eg.subsidy.fourEyes', { user: round.computedBy })}
          </Alert>
        )}
        <Typography variant="subtitle2">{translate('eg.subsidy.byLevel')}</Typography>
        <ByLevelTable rows={round.byLevel} levels={round.levels} />
      </CardContent>
    </Card>
  );
};

const Results = () => {
  const round = useRecordContext<Round>();
  const translate = useTranslate();
  if (!round || round.status === 'DRAFT') return null;
  return (
    <Box>
      <Typography variant="h6">{translate('eg.subsidy.results')}</Typography>
      <ReferenceManyField reference="subsidyAllocations" target="roundId" sort={{ field: 'centerCode', order: 'ASC' }} perPage={25} pagination={<AllocationsPagination />}>
        <AllocationsFilter />
        <AllocationsDatagrid />
      </ReferenceManyField>
    </Box>
  );
};

export const SubsidyRoundShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Summary />
      <Results />
    </Box>
  </Show>
);
