import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { DateInput, Form, ListContextProvider, required, SaveButton, Title, useDataProvider, useList, useNotify, useTranslate } from 'react-admin';
import { LevelCounts } from '../common/LevelCounts';
import type { EgDataProvider } from '../dataProvider';
import { RatingsDatagrid, RatingsPagination } from './RatingsTable';
import { cleanScheme, DEFAULT_SCHEME } from './scheme';
import { SchemeInputs } from './SchemeInputs';

type Preview = Awaited<ReturnType<EgDataProvider['previewRating']>>;

const Results = ({ preview }: { preview: Preview }) => {
  const translate = useTranslate();
  const list = useList({ data: preview.ratings, perPage: 25, sort: { field: 'center.code', order: 'ASC' } });
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('eg.rating.previewResult', { count: preview.centerCount })}
        </Typography>
        <LevelCounts counts={preview.levelCounts} />
        <ListContextProvider value={list}>
          <RatingsDatagrid sortable={false} />
          <RatingsPagination />
        </ListContextProvider>
      </CardContent>
    </Card>
  );
};

/** What-if: the current centers rated with a changed scheme on a date; nothing is saved. */
export const RatingPreview = () => {
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [preview, setPreview] = useState<Preview | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    try {
      setPreview(await dp.previewRating(values.assessedOn as string, cleanScheme(values.scheme) ?? null, 0, 500));
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
      <Title title="eg.rating.previewTitle" />
      <Card>
        <CardContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('eg.rating.previewHint')}
          </Alert>
          <Form defaultValues={{ assessedOn: new Date().toISOString().slice(0, 10), scheme: DEFAULT_SCHEME }} onSubmit={submit} resource="ratingRounds">
            <DateInput source="assessedOn" validate={required()} resource="ratingRounds" />
            <SchemeInputs />
            <SaveButton label="eg.action.run" icon={<span />} alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      {preview && <Results preview={preview} />}
    </Box>
  );
};
