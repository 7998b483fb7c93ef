import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';

export const communityFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="streetId" source="streetId" reference="streets" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
];
