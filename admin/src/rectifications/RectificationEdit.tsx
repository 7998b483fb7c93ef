import { DateInput, Edit, Labeled, SelectInput, SimpleForm, TextField, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { StarRatingField } from '../common/StarRatingField';

export const RectificationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <Labeled source="center.name">
        <TextField source="center.name" />
      </Labeled>
      <Labeled source="level">
        <StarRatingField source="level" />
      </Labeled>
      <Labeled source="dueOn">
        <TextField source="dueOn" />
      </Labeled>
      <SelectInput source="status" choices={choices('RectificationStatus')} />
      <DateInput source="submittedOn" />
      <DateInput source="closedOn" />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Edit>
);
