import { Edit, required, SimpleForm, TextInput } from 'react-admin';

export const StreetEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Edit>
);
