import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SearchInput, SelectArrayInput } from 'react-admin';
import { choices } from '../common/enums';

/** Every filter CenterFilter whitelists: q, street, community, association, status, plaque dates, score and area ranges. */
export const centerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="streetId" source="streetId" reference="streets" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="communityId" source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="associationId" source="associationId" reference="associations">
    <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectArrayInput key="status" source="status" choices={choices('CenterStatus')} sx={{ minWidth: 160 }} />,
  <DateInput key="plaqueFrom" source="plaqueFrom" />,
  <DateInput key="plaqueTo" source="plaqueTo" />,
  <NumberInput key="serviceScoreMin" source="serviceScoreMin" min={0} max={100} />,
  <NumberInput key="serviceScoreMax" source="serviceScoreMax" min={0} max={100} />,
  <NumberInput key="floorAreaMin" source="floorAreaMin" min={0} />,
  <NumberInput key="floorAreaMax" source="floorAreaMax" min={0} />,
];
