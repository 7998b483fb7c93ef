import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MaskedIdField } from '../common/MaskedIdField';
import { examFilters } from './examFilters';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const colors = { SCHEDULED: 'info', COMPLETED: 'success', MISSED: 'warning' } as const;

export const HealthExamList = () => (
  <List actions={<ListActions />} filters={examFilters} sort={{ field: 'scheduledOn', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="year" />
      <ReferenceField source="residentId" reference="residents" link="show" />
      <MaskedIdField source="resident.idNumber" label="resources.residents.fields.idNumber" sortable={false} />
      <TextField source="resident.community.name" label="resources.healthExams.fields.communityId" sortable={false} />
      <DateField source="scheduledOn" />
      <TextField source="provider" sortable={false} />
      <EnumField source="status" enumName="ExamStatus" colors={colors} />
      <DateField source="completedOn" emptyText="—" />
    </Datagrid>
  </List>
);
