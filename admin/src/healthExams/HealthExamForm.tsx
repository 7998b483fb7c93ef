import { AutocompleteInput, DateInput, FormDataConsumer, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { notFuture } from '../common/validation';

export const HealthExamForm = () => (
  <SimpleForm>
    <ReferenceInput source="residentId" reference="residents" filter={{ freeExamEligible: true }}>
      <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 260 }} />
    </ReferenceInput>
    <DateInput source="scheduledOn" validate={required()} />
    <NumberInput source="year" step={1} />
    <TextInput source="provider" />
    <SelectInput source="status" choices={choices('ExamStatus')} />
    <FormDataConsumer>{({ formData }) => formData.status === 'COMPLETED' && <DateInput source="completedOn" validate={[required(), notFuture]} />}</FormDataConsumer>
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);
