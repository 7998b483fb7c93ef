import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, ListContextProvider, ReferenceInput, required, SaveButton, SelectInput, Title, useDataProvider, useList, useNotify, useTranslate, Labeled } from 'react-admin';
import { choices } from '../common/enums';
import { formatMoney } from '../common/format';
import { MoneyInput } from '../common/MoneyInput';
import type { EgDataProvider } from '../dataProvider';
import type { SubsidyMode } from '../gql/graphql';
import { AllocationsDatagrid, AllocationsPagination } from './AllocationsTable';
import { ByLevelTable } from './ByLevelTable';
import { cleanLevels, DEFAULT_LEVELS } from './levels';
import { LevelsInput } from './LevelsInput';

type Preview = Awaited<ReturnType<EgDataProvider['previewSubsidy']>>;

const Results = ({ preview }: { preview: Preview }) => {
  const translate = useTranslate();
  const list = useList({ data: preview.allocations, perPage: 25 });
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('eg.subsidy.previewResult', { mode: translate(`eg.enum.EffectiveSubsidyMode.${preview.effectiveMode}`) })}
        </Typography>
        <Stack direction="row" spacing={4} sx={{ mb: 2 }}>
          <Labeled label="resources.subsidyRounds.fields.budget">
            <span>{formatMoney(preview.budget)}</span>
          </Labeled>
          <Labeled label="resources.subsidyRounds.fields.allocated">
            <span>{formatMoney(preview.allocated)}</span>
          </Labeled>
          <Labeled label="resources.subsidyRounds.fields.unallocated">
            <span>{formatMoney(preview.unallocated)}</span>
          </Labeled>
        </Stack>
        <ByLevelTable rows={preview.byLevel} levels={preview.levels} />
        <ListContextProvider value={list}>
          <AllocationsDatagrid sortable={false} />
          <AllocationsPagination />
        </ListContextProvider>
      </CardContent>
    </Card>
  );
};

/** What-if allocation over a finalized rating round; nothing is saved. */
export const SubsidyPreview = () => {
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [preview, setPreview] = useState<Preview | null>(null);
  const submit = async (v: Record<string, unknown>) => {
    try {
      setPreview(
        await dp.previewSubsidy({ budget: String(v.budget), ratingRoundId: String(v.ratingRoundId), mode: v.mode as SubsidyMode, levels: cleanLevels(v.levels) as never }, 0, 500),
      );
    } catch (e) {
      setPreview(null);
      notify((e as Error).message, { type: 'error' });
      // BAD_USER_INPUT names the parameter (e.g. scheme.thresholds.FOUR): show it under that input.
      const errors = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors;
      if (errors) return errors;
    }
  };
  return (
    <Box sx={{ p: 2 }}>
      <Title title="eg.subsidy.previewTitle" />
      <Card>
        <CardContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('eg.subsidy.previewHint')}
          </Alert>
          <Form defaultValues={{ mode: 'WEIGHTED', levels: DEFAULT_LEVELS }} onSubmit={submit} resource="subsidyRounds">
            <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
              <MoneyInput source="budget" whole validate={required()} resource="subsidyRounds" />
              <ReferenceInput source="ratingRoundId" reference="ratingRounds" filter={{ status: ['FINALIZED'] }}>
                <SelectInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
              </ReferenceInput>
              <SelectInput source="mode" choices={choices('SubsidyMode')} resource="subsidyRounds" />
            </Stack>
            <LevelsInput />
            <SaveButton label="eg.action.run" icon={<span />} alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      {preview && <Results preview={preview} />}
    </Box>
  );
};
