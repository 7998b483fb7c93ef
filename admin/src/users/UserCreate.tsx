import { Create, email, minLength, PasswordInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ role: 'OFFICER' }}>
      <TextInput source="email" validate={[required(), email()]} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={choices('Role')} validate={required()} />
      <PasswordInput source="password" validate={[required(), minLength(10, 'eg.validation.password')]} />
    </SimpleForm>
  </Create>
);
