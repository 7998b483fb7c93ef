import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';

export const examFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('ExamStatus')} alwaysOn />,
  <ReferenceInput key="streetId" source="streetId" reference="streets" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="communityId" source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="residentId" source="residentId" reference="residents">
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <DateInput key="scheduledFrom" source="scheduledFrom" />,
  <DateInput key="scheduledTo" source="scheduledTo" />,
];
