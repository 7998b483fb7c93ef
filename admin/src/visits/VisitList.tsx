import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { visitFilters } from './visitFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

export const VisitList = () => (
  <List actions={<ListActions />} filters={visitFilters} sort={{ field: 'visitedOn', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <DateField source="visitedOn" />
      <EnumField source="occasion" enumName="VisitOccasion" />
      <ReferenceField source="residentId" reference="residents" link="show" emptyText="—" />
      <ReferenceField source="centerId" reference="centers" link="show" emptyText="—" />
      <MoneyField source="cash" textAlign="right" />
      <TextField source="goods" sortable={false} emptyText="—" />
      <TextField source="visitingUnit" sortable={false} />
    </Datagrid>
  </List>
);
