import { Create, required, SimpleForm, TextInput } from 'react-admin';

export const StreetCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Create>
);
