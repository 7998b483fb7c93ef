import { Datagrid, DateField, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MaskedIdField } from '../common/MaskedIdField';
import { ResidentBadges } from '../common/ResidentBadges';
import { residentFilters } from './residentFilters';

export const ResidentList = () => (
  <List filters={residentFilters} sort={{ field: 'id', order: 'ASC' }}>
    <Datagrid rowClick="show">
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
