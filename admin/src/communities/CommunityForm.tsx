import { AutocompleteInput, ReferenceInput, required, SimpleForm, TextInput } from 'react-admin';

export const CommunityForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="streetId" reference="streets" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
  </SimpleForm>
);
