import { Datagrid, List, NumberInput, ReferenceField, SearchInput, SelectArrayInput, TextField, ReferenceInput, SelectInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { choices } from '../common/enums';
import { MoneyField } from '../common/MoneyField';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choices('SubsidyStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <ReferenceInput key="ratingRoundId" source="ratingRoundId" reference="ratingRounds">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];
const colors = { DRAFT: 'default', COMPUTED: 'info', APPROVED: 'success' } as const;

export const SubsidyRoundList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'fiscalYear', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <TextField source="fiscalYear" />
      <EnumField source="mode" enumName="SubsidyMode" sortable={false} />
      <EnumField source="status" enumName="SubsidyStatus" colors={colors} />
      <MoneyField source="budget" textAlign="right" />
      <MoneyField source="allocated" textAlign="right" sortable={false} />
      <MoneyField source="unallocated" textAlign="right" sortable={false} />
      <ReferenceField source="ratingRoundId" reference="ratingRounds" sortable={false} link="show" />
    </Datagrid>
  </List>
);
