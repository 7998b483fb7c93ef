import { ArrayInput, NumberInput, SelectInput, SimpleFormIterator } from 'react-admin';
import { choices } from '../common/enums';
import { MoneyInput } from '../common/MoneyInput';

/** The seven level rows: weight (WEIGHTED) and amount (FIXED_PER_LEVEL). */
export const LevelsInput = () => (
  <ArrayInput source="levels" resource="subsidyRounds">
    <SimpleFormIterator inline disableAdd disableRemove disableReordering disableClear>
      <SelectInput source="level" choices={choices('StarLevel')} disabled label="resources.subsidyAllocations.fields.level" helperText={false} />
      <NumberInput source="weight" step={0.1} label="eg.subsidy.weight" helperText={false} />
      <MoneyInput source="amount" whole label="eg.subsidy.amount" helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);
