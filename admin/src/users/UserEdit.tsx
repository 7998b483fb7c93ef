import { BooleanInput, Edit, PasswordInput, required, SelectInput, SimpleForm, TextInput, minLength } from 'react-admin';
import { choices } from '../common/enums';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="email" disabled />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={choices('Role')} validate={required()} />
      <BooleanInput source="active" />
      <PasswordInput source="password" validate={minLength(10, 'eg.validation.password')} helperText="eg.users.passwordHint" />
    </SimpleForm>
  </Edit>
);
