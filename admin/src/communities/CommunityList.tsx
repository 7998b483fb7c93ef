import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { communityFilters } from './communityFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

export const CommunityList = () => (
  <List actions={<ListActions />} filters={communityFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <ReferenceField source="streetId" reference="streets" link="show" />
    </Datagrid>
  </List>
);
