import { AutocompleteInput, DateInput, NullableBooleanInput, NumberInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';

/** Every ResidentFilter field: text, place, association, gender, residence, flags, age range / centenarian / eligibility as of a date, birth range. */
export const residentFilters = [
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
  <SelectInput key="gender" source="gender" choices={choices('Gender')} />,
  <SelectArrayInput key="residence" source="residence" choices={choices('Residence')} sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="householdRegistered" source="householdRegistered" />,
  <NullableBooleanInput key="hasEmployer" source="hasEmployer" />,
  <NullableBooleanInput key="hardship" source="hardship" />,
  <NullableBooleanInput key="disabled" source="disabled" />,
  <NullableBooleanInput key="alive" source="alive" />,
  <NumberInput key="ageMin" source="ageMin" min={0} />,
  <NumberInput key="ageMax" source="ageMax" min={0} />,
  <NullableBooleanInput key="centenarian" source="centenarian" />,
  <NullableBooleanInput key="freeExamEligible" source="freeExamEligible" />,
  <DateInput key="asOf" source="asOf" />,
  <DateInput key="bornFrom" source="bornFrom" />,
  <DateInput key="bornTo" source="bornTo" />,
];
