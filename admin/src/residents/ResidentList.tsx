import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MaskedIdField } from '../common/MaskedIdField';
import { ResidentBadges } from '../common/ResidentBadges';
import { residentFilters } from './residentFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

export const ResidentList = () => (
  <List actions={<ListActions />} filters={residentFilters} sort={{ field: 'id', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <EnumField source="gender" enumName="Gender" sortable={false} />
      <MaskedIdField source="idNumber" sortable={false} />
      <DateField source="birthDate" />
      <ResidentBadges label="resources.residents.fields.age" />
      <TextField source="street.name" label="resources.residents.fields.street" sortable={false} />
      <TextField source="community.name" label="resources.residents.fields.community" sortable={false} />
      <EnumField source="residence" enumName="Residence" sortable={false} />
    </Datagrid>
  </List>
);
