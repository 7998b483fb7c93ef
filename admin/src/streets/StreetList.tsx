import { Datagrid, List, NumberField, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

export const StreetList = () => (
  <List actions={<ListActions />} filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <NumberField source="communityCount" sortable={false} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
