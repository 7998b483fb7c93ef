import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';

export const visitFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="occasion" source="occasion" choices={choices('VisitOccasion')} alwaysOn />,
  <ReferenceInput key="streetId" source="streetId" reference="streets" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="communityId" source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="residentId" source="residentId" reference="residents">
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="centerId" source="centerId" reference="centers">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <DateInput key="visitedFrom" source="visitedFrom" />,
  <DateInput key="visitedTo" source="visitedTo" />,
];
