import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';

export const associationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="streetId" source="streetId" reference="streets" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="communityId" source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <SelectInput key="level" source="level" choices={choices('AssociationLevel')} />,
];
