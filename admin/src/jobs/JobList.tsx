import { BooleanInput, Datagrid, List, SearchInput, SelectArrayInput, TextField, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { isOpen, JOB_STATUSES, JOB_TYPES, JobDownloadButton, JobOutcomeField, JobProgressField, JobStatusField, JobTargetField, JobTypeField, type JobRecord } from './JobFields';

const useFilters = () => {
  const translate = useTranslate();
  const choices = (enumName: string, values: readonly string[]) => values.map((id) => ({ id, name: translate(`eg.enum.${enumName}.${id}`, { _: id }) }));
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={choices('JobStatus', JOB_STATUSES)} alwaysOn sx={{ minWidth: 160 }} />,
    <SelectArrayInput key="type" source="type" choices={choices('JobType', JOB_TYPES)} sx={{ minWidth: 180 }} />,
    <BooleanInput key="mine" source="mine" />,
  ];
};

/** Every 2 s while a job on the page is open, every 15 s otherwise (new jobs from other users appear too). */
const refetchInterval = (query: { state: { data?: unknown } }) => ((query.state.data as { data?: JobRecord[] } | undefined)?.data?.some(isOpen) ? 2000 : 15000);

export const JobList = () => (
  <List filters={useFilters()} sort={{ field: 'id', order: 'DESC' }} queryOptions={{ refetchInterval }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <JobTypeField source="type" />
      <JobTargetField source="target" sortable={false} />
      <JobStatusField source="status" />
      <JobProgressField source="progress" sortable={false} />
      <JobOutcomeField source="summary" sortable={false} />
      <TextField source="createdBy" sortable={false} />
      <DateField source="createdAt" showTime />
      <DateField source="finishedAt" showTime emptyText="—" />
      <JobDownloadButton />
    </Datagrid>
  </List>
);
