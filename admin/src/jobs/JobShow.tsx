import { Alert, Box, Card, CardContent, Stack } from '@mui/material';
import { Labeled, NumberField, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import { ImportJobResult } from '../imports/ImportJobResult';
import { JobDownloadButton, pollWhileOpen, JobProgressField, JobStatusField, JobTargetField, JobTypeField, type JobRecord } from './JobFields';

const Actions = () => (
  <TopToolbar>
    <JobDownloadButton />
  </TopToolbar>
);

const Body = () => {
  const job = useRecordContext<JobRecord>();
  if (!job) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Labeled source="type">
            <JobTypeField />
          </Labeled>
          <Labeled source="target">
            <JobTargetField />
          </Labeled>
          <Labeled source="status">
            <JobStatusField />
          </Labeled>
          <Labeled source="createdBy">
            <TextField source="createdBy" />
          </Labeled>
          <Labeled source="createdAt">
            <DateField source="createdAt" showTime />
          </Labeled>
          <Labeled source="startedAt">
            <DateField source="startedAt" showTime emptyText="—" />
          </Labeled>
          <Labeled source="finishedAt">
            <DateField source="finishedAt" showTime emptyText="—" />
          </Labeled>
          <Labeled source="attempts">
            <NumberField source="attempts" />
          </Labeled>
          <Labeled source="instance">
            <TextField source="instance" emptyText="—" />
          </Labeled>
        </Stack>
        <Box sx={{ maxWidth: 600, mb: 2 }}>
          <Labeled source="progress">
            <JobProgressField />
          </Labeled>
        </Box>
        {job.status === 'SUCCEEDED' && job.summary && <Alert severity="success">{job.summary}</Alert>}
        {job.status === 'FAILED' && job.error && <Alert severity="error">{job.error}</Alert>}
        {job.status === 'SUCCEEDED' && job.type === 'IMPORT' && <ImportJobResult jobId={String(job.id)} />}
      </CardContent>
    </Card>
  );
};

/** One job; polls every second while it is queued or running. */
export const JobShow = () => (
  <Show actions={<Actions />} queryOptions={{ refetchInterval: pollWhileOpen }}>
    <Box sx={{ p: 2 }}>
      <Body />
    </Box>
  </Show>
);
