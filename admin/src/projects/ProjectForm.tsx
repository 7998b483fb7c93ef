import { DateInput, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { MoneyInput } from '../common/MoneyInput';
import { maxDecimals } from '../common/validation';

export const ProjectForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="category" choices={choices('ProjectCategory')} validate={required()} />
    <SelectInput source="status" choices={choices('ProjectStatus')} />
    <MoneyInput source="totalInvestment" validate={required()} />
    <NumberInput source="floorArea" validate={maxDecimals(2)} />
    <NumberInput source="bedsAdded" min={0} step={1} />
    <DateInput source="startedOn" />
    <DateInput source="plannedCompletionOn" />
    <DateInput source="completedOn" />
    <TextInput source="leadUnit" />
    <TextInput source="approvalRef" />
  </SimpleForm>
);
