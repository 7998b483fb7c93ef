import { AutocompleteInput, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { MoneyInput } from '../common/MoneyInput';
import { notFuture } from '../common/validation';

export const VisitForm = () => (
  <SimpleForm>
    <DateInput source="visitedOn" validate={[required(), notFuture]} />
    <SelectInput source="occasion" choices={choices('VisitOccasion')} validate={required()} />
    <ReferenceInput source="residentId" reference="residents">
      <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
    </ReferenceInput>
    <ReferenceInput source="centerId" reference="centers">
      <AutocompleteInput sx={{ minWidth: 280 }} />
    </ReferenceInput>
    <MoneyInput source="cash" />
    <TextInput source="goods" />
    <TextInput source="visitingUnit" />
  </SimpleForm>
);
