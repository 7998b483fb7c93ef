import { DateInput, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, type SimpleFormProps } from 'react-admin';
import { notFuture } from '../common/validation';

export const ProgressForm = ({ create, ...props }: Omit<SimpleFormProps, 'children'> & { create?: boolean }) => (
  <SimpleForm {...props}>
    {create && (
      <ReferenceInput source="projectId" reference="projects">
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
    )}
    <DateInput source="reportedOn" validate={[required(), notFuture]} />
    <NumberInput source="percent" min={0} max={100} step={1} validate={required()} />
    <TextInput source="note" fullWidth />
  </SimpleForm>
);
