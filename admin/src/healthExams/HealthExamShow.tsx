import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';

export const HealthExamShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="residentId" reference="residents" link="show" />
      <TextField source="year" />
      <DateField source="scheduledOn" />
      <TextField source="provider" />
      <EnumField source="status" enumName="ExamStatus" />
      <DateField source="completedOn" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
