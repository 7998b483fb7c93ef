import CalculateIcon from '@mui/icons-material/Calculate';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { EditButton, Labeled, NumberField, ReferenceManyField, Show, TextField, TopToolbar, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { ConfirmAction } from '../common/ConfirmAction';
import { DownloadButtons } from '../common/DownloadButtons';
import { EnumField } from '../common/EnumField';
import { LevelCounts } from '../common/LevelCounts';
import type { EgDataProvider } from '../dataProvider';
import { RatingsDatagrid, RatingsFilter, RatingsPagination } from './RatingsTable';
import { RunAsJobButton } from '../jobs/RunAsJobButton';

interface Round {
  id: string;
  version: number;
  name: string;
  status: 'DRAFT' | 'COMPUTED' | 'FINALIZED';
  centerCount: number;
  rectificationCount: number;
  levelCounts: { level: string; count: number }[];
}

const RoundActions = () => {
  const round = useRecordContext<Round>();
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'ratingRounds', record: round });
  if (!round) return null;
  const run = (p: Promise<{ centerCount: number; rectificationCount: number }>, message: string) =>
    p.then(
      (r) => {
        notify(message, { type: 'success', messageArgs: { count: message.endsWith('computed') ? r.centerCount : r.rectificationCount } });
        refresh();
      },
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  const finalized = round.status === 'FINALIZED';
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {canEdit && !finalized && (
        <ConfirmAction
          label={round.status === 'DRAFT' ? 'eg.action.compute' : 'eg.action.recompute'}
          title="eg.rating.computeTitle"
          content="eg.rating.computeContent"
          translateOptions={{ name: round.name }}
          icon={<CalculateIcon />}
          variant="contained"
          data-testid="compute"
          onConfirm={() => run(dp.computeRatingRound(round.id, round.version), 'eg.rating.computed')}
        />
      )}
      {canEdit && !finalized && <RunAsJobButton name={round.name} submit={() => dp.computeRatingRoundJob(round.id, round.version)} />}
      {canEdit && round.status === 'COMPUTED' && (
        <ConfirmAction
          label="eg.action.finalize"
          title="eg.rating.finalizeTitle"
          content="eg.rating.finalizeContent"
          translateOptions={{ name: round.name }}
          icon={<TaskAltIcon />}
          color="warning"
          variant="outlined"
          data-testid="finalize"
          onConfirm={() => run(dp.finalizeRatingRound(round.id, round.version), 'eg.rating.finalized')}
        />
      )}
      {round.status !== 'DRAFT' && <DownloadButtons path={`/export/rating-rounds/${round.id}/ratings`} basename={`rating-${round.id}`} />}
      {finalized && (
        <Button size="small" component={Link} to={`/rectifications?filter=${encodeURIComponent(JSON.stringify({ roundId: round.id }))}`} startIcon={<ReportProblemIcon />}>
          {translate('eg.action.rectifications')}
        </Button>
      )}
      {!finalized && <EditButton />}
    </TopToolbar>
  );
};

const Summary = () => {
  const round = useRecordContext<Round>();
  const translate = useTranslate();
  if (!round) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
          <Labeled source="assessedOn">
            <DateField source="assessedOn" />
          </Labeled>
          <Labeled source="status">
            <EnumField source="status" enumName="RoundStatus" />
          </Labeled>
          <Labeled source="centerCount">
            <NumberField source="centerCount" />
          </Labeled>
          <Labeled source="rectificationCount">
            <NumberField source="rectificationCount" />
          </Labeled>
          <Labeled source="computedAt">
            <DateField source="computedAt" showTime emptyText="—" />
          </Labeled>
          <Labeled source="finalizedAt">
            <DateField source="finalizedAt" showTime emptyText="—" />
          </Labeled>
        </Stack>
        <Typography variant="subtitle2" gutterBottom>
          {translate('eg.rating.levelCounts')}
        </Typography>
        {round.status === 'DRAFT' ? <Alert severity="info">{translate('eg.rating.notComputed')}</Alert> : <LevelCounts counts={round.levelCounts} />}
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
      <Typography variant="h6">
        {translate('eg.rating.results')} <Chip size="small" label={round.centerCount} />
      </Typography>
      <ReferenceManyField reference="centerRatings" target="roundId" sort={{ field: 'centerCode', order: 'ASC' }} perPage={25} pagination={<RatingsPagination />}>
        <RatingsFilter />
        <RatingsDatagrid />
      </ReferenceManyField>
    </Box>
  );
};

export const RatingRoundShow = () => (
  <Show actions={<RoundActions />}>
    <Box sx={{ p: 2 }}>
      <Summary />
      <Results />
    </Box>
  </Show>
);
