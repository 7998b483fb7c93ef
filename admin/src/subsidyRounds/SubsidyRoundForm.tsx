import { NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, type SimpleFormProps } from 'react-admin';
import { choices } from '../common/enums';
import { MoneyInput } from '../common/MoneyInput';
import { LevelsInput } from './LevelsInput';

export const SubsidyRoundForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="name" validate={required()} sx={{ minWidth: 480 }} />
    <NumberInput source="fiscalYear" validate={required()} step={1} />
    <MoneyInput source="budget" whole validate={required()} />
    <ReferenceInput source="ratingRoundId" reference="ratingRounds" filter={{ status: ['FINALIZED'] }} sort={{ field: 'assessedOn', order: 'DESC' }}>
      <SelectInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
    </ReferenceInput>
    <SelectInput source="mode" choices={choices('SubsidyMode')} validate={required()} />
    <TextInput source="fundSource" />
    <LevelsInput />
  </SimpleForm>
);
