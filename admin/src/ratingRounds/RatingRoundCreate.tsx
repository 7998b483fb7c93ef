import { Typography } from '@mui/material';
import { Create, DateInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { cleanScheme, DEFAULT_SCHEME } from './scheme';
import { SchemeInputs } from './SchemeInputs';

const SchemeTitle = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" sx={{ mt: 2 }}>
      {translate('eg.rating.scheme')} <Typography component="span" variant="caption" color="text.secondary">{translate('eg.rating.defaultsHint')}</Typography>
    </Typography>
  );
};

export const RatingRoundCreate = () => (
  <Create redirect="show" transform={(d: Record<string, unknown>) => ({ ...d, scheme: cleanScheme(d.scheme) })}>
    <SimpleForm defaultValues={{ scheme: DEFAULT_SCHEME }}>
      <TextInput source="name" validate={required()} sx={{ minWidth: 400 }} />
      <DateInput source="assessedOn" validate={required()} />
      <SchemeTitle />
      <SchemeInputs />
    </SimpleForm>
  </Create>
);
