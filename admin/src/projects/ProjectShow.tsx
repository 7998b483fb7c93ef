import { CreateButton, Datagrid, DeleteButton, EditButton, NumberField, ReferenceManyField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';

const AddProgress = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource="projectProgresses" state={{ record: { projectId: record.id } }} />;
};

export const ProjectShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="category" enumName="ProjectCategory" />
      <EnumField source="status" enumName="ProjectStatus" />
      <MoneyField source="totalInvestment" />
      <NumberField source="bedsAdded" />
      <NumberField source="floorArea" emptyText="—" />
      <DateField source="startedOn" emptyText="—" />
      <DateField source="plannedCompletionOn" emptyText="—" />
      <DateField source="completedOn" emptyText="—" />
      <TextField source="leadUnit" />
      <TextField source="approvalRef" emptyText="—" />
      <ReferenceManyField reference="projectProgresses" target="projectId" label="resources.projects.fields.progress" sort={{ field: 'reportedOn', order: 'ASC' }}>
        <Datagrid bulkActionButtons={false}>
          <DateField source="reportedOn" />
          <NumberField source="percent" />
          <TextField source="note" />
          <EditButton />
          <DeleteButton mutationMode="pessimistic" redirect={false} />
        </Datagrid>
      </ReferenceManyField>
      <AddProgress />
    </SimpleShowLayout>
  </Show>
);
