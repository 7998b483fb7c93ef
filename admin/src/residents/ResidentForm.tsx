import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { idNumber, notFuture } from '../common/validation';

export const ResidentForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <SelectInput source="gender" choices={choices('Gender')} validate={required()} />
    <TextInput source="idNumber" validate={[required(), idNumber]} parse={(v: string) => v.toUpperCase()} sx={{ minWidth: 260 }} />
    <DateInput source="birthDate" validate={[required(), notFuture]} />
    <TextInput source="phone" />
    <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
    <ReferenceInput source="associationId" reference="associations">
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <SelectInput source="residence" choices={choices('Residence')} />
    <BooleanInput source="householdRegistered" />
    <BooleanInput source="hasEmployer" />
    <BooleanInput source="hardship" />
    <BooleanInput source="disabled" />
    <DateInput source="deceasedOn" validate={notFuture} />
  </SimpleForm>
);
