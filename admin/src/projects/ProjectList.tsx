import { Datagrid, FunctionField, List, NumberField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { projectFilters } from './projectFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const colors = { PROPOSED: 'default', APPROVED: 'info', UNDER_CONSTRUCTION: 'warning', COMPLETED: 'primary', IN_SERVICE: 'success', CANCELLED: 'default' } as const;

export const ProjectList = () => (
  <List actions={<ListActions />} filters={projectFilters} sort={{ field: 'totalInvestment', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <EnumField source="category" enumName="ProjectCategory" sortable={false} />
      <EnumField source="status" enumName="ProjectStatus" colors={colors} />
      <MoneyField source="totalInvestment" textAlign="right" />
      <NumberField source="bedsAdded" />
      <DateField source="startedOn" emptyText="—" />
      <FunctionField source="latestProgress" sortable={false} render={(r: { latestProgress?: { percent: number } | null }) => (r.latestProgress ? `${r.latestProgress.percent}%` : '—')} />
      <TextField source="leadUnit" sortable={false} />
    </Datagrid>
  </List>
);
