import { Datagrid, List, NumberField, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { BulkActions } from '../common/BulkActions';

export const StreetList = () => (
  <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <NumberField source="communityCount" sortable={false} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
