import { Datagrid, List, NumberField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { associationFilters } from './associationFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

export const AssociationList = () => (
  <List actions={<ListActions />} filters={associationFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <EnumField source="level" enumName="AssociationLevel" />
      <TextField source="street.name" label="resources.associations.fields.street" sortable={false} />
      <TextField source="community.name" label="resources.associations.fields.community" sortable={false} emptyText="—" />
      <TextField source="presidentName" sortable={false} emptyText="—" />
      <TextField source="phone" sortable={false} emptyText="—" />
      <NumberField source="memberCount" />
      <NumberField source="centerCount" sortable={false} />
      <DateField source="foundedOn" />
    </Datagrid>
  </List>
);
