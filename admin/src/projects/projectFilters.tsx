import { DateInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';

export const projectFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={choices('ProjectCategory')} alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choices('ProjectStatus')} sx={{ minWidth: 180 }} />,
  <DateInput key="startedFrom" source="startedFrom" />,
  <DateInput key="startedTo" source="startedTo" />,
];
