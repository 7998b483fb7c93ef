import { Datagrid, List, NumberField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { StarRatingField } from '../common/StarRatingField';
import { centerFilters } from './centerFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const statusColors = { ACTIVE: 'success', SUSPENDED: 'warning', CLOSED: 'default' } as const;

export const CenterList = () => (
  <List filters={centerFilters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="street.name" label="resources.centers.fields.street" sortable={false} />
      <TextField source="community.name" label="resources.centers.fields.community" sortable={false} />
      <StarRatingField source="currentLevel" sortable={false} />
      <NumberField source="serviceScore" options={{ minimumFractionDigits: 1, maximumFractionDigits: 1 }} />
      <NumberField source="floorArea" options={{ minimumFractionDigits: 2, maximumFractionDigits: 2 }} />
      <NumberField source="elderlyCount" />
      <DateField source="plaqueDate" />
      <EnumField source="status" enumName="CenterStatus" colors={statusColors} />
    </Datagrid>
  </List>
);
