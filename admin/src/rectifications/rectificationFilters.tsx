import { AutocompleteInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';

export const rectificationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choices('RectificationStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <ReferenceInput key="roundId" source="roundId" reference="ratingRounds">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="streetId" source="streetId" reference="streets" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="centerId" source="centerId" reference="centers">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];
