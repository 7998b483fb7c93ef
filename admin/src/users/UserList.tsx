import { BooleanField, Datagrid, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { choices } from '../common/enums';
import { ListActions } from '../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={choices('Role')} alwaysOn />];

export const UserList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'email', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="email" />
      <TextField source="name" />
      <EnumField source="role" enumName="Role" />
      <BooleanField source="active" sortable={false} />
      <DateField source="lastLoginAt" showTime sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
