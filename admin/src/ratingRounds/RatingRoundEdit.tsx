import { DateInput, Edit, required, SimpleForm, TextInput } from 'react-admin';
import { cleanScheme } from './scheme';
import { SchemeInputs } from './SchemeInputs';

/** Allowed until FINALIZED; changing the date or scheme of a COMPUTED round returns it to DRAFT (server rule). */
export const RatingRoundEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(d: Record<string, unknown>) => ({ ...d, scheme: cleanScheme(d.scheme) })}>
    <SimpleForm>
      <TextInput source="name" validate={required()} sx={{ minWidth: 400 }} />
      <DateInput source="assessedOn" validate={required()} />
      <SchemeInputs />
    </SimpleForm>
  </Edit>
);
