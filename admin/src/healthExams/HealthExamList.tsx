import { Datagrid, DateField, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MaskedIdField } from '../common/MaskedIdField';
import { examFilters } from './examFilters';

const colors = { SCHEDULED: 'info', COMPLETED: 'success', MISSED: 'warning' } as const;

export const HealthExamList = () => (
  <List filters={examFilters} sort={{ field: 'scheduledOn', order: 'DESC' }}>
    <Datagrid rowClick="show">
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
