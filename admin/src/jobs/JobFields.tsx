import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Chip, LinearProgress, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { EgDataProvider } from '../dataProvider';

export interface JobRecord {
  id: string;
  type: string;
  status: 'UPLOADING' | 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  targetType?: string | null;
  targetId?: string | null;
  progress: number;
  done?: number | null;
  total?: number | null;
  step?: string | null;
  summary?: string | null;
  error?: string | null;
  resultName?: string | null;
  resultUrl?: string | null;
}

export const JOB_STATUSES = ['UPLOADING', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export const JOB_TYPES = ['COMPUTE_RATING_ROUND', 'COMPUTE_SUBSIDY_ROUND', 'IMPORT', 'EXPORT'] as const;

/** Jobs still uploading, queued or running: their pages poll until they finish. */
export const isOpen = (j?: Pick<JobRecord, 'status'> | null) => j?.status === 'UPLOADING' || j?.status === 'QUEUED' || j?.status === 'RUNNING';

/** react-query's refetchInterval for a job's own page: every second while the job is open, then no more. */
export const pollWhileOpen = (query: { state: { data?: unknown } }) => (isOpen(query.state.data as JobRecord | undefined) ? 1000 : false);

const COLORS = { UPLOADING: 'default', QUEUED: 'default', RUNNING: 'info', SUCCEEDED: 'success', FAILED: 'error' } as const;

export const JobStatusField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const job = useRecordContext<JobRecord>();
  const translate = useTranslate();
  if (!job) return null;
  return <Chip size="small" variant="outlined" color={COLORS[job.status]} label={translate(`eg.enum.JobStatus.${job.status}`, { _: job.status })} data-value={job.status} />;
};

export const JobTypeField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const job = useRecordContext<JobRecord>();
  const translate = useTranslate();
  if (!job) return null;
  return <span data-value={job.type}>{translate(`eg.enum.JobType.${job.type}`, { _: job.type })}</span>;
};

/** The progress bar: percent, items done of total, and the current step. */
export const JobProgressField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const job = useRecordContext<JobRecord>();
  if (!job) return null;
  // items done of total; while the total is not known yet (an import still reading its file) the items done alone
  const items = job.total ? ` · ${(job.done ?? 0).toLocaleString()} / ${job.total.toLocaleString()}` : job.done ? ` · ${job.done.toLocaleString()}` : '';
  return (
    <Box sx={{ minWidth: 180 }} data-testid="job-progress" data-progress={job.progress}>
      <LinearProgress
        variant={job.status === 'QUEUED' || job.status === 'UPLOADING' ? 'indeterminate' : 'determinate'}
        value={job.progress}
        color={job.status === 'FAILED' ? 'error' : job.status === 'SUCCEEDED' ? 'success' : 'primary'}
        sx={{ height: 8, borderRadius: 1 }}
      />
      <Typography variant="caption" color="text.secondary">
        {job.progress}%{items}
        {job.step ? ` · ${job.step}` : ''}
      </Typography>
    </Box>
  );
};

const TARGET_RESOURCE: Record<string, string> = { RatingRound: 'ratingRounds', SubsidyRound: 'subsidyRounds' };

/** The record the job works on, as a link when the panel has a page for it. */
export const JobTargetField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const job = useRecordContext<JobRecord>();
  const translate = useTranslate();
  if (!job?.targetType) return null;
  const label = `${translate(`eg.jobs.targets.${job.targetType}`, { _: job.targetType })} #${job.targetId}`;
  const resource = TARGET_RESOURCE[job.targetType];
  if (!resource) return <span>{label}</span>;
  return (
    <Link to={`/${resource}/${job.targetId}/show`} onClick={(e) => e.stopPropagation()}>
      {label}
    </Link>
  );
};

/** What the job did (summary) or why it failed (error), in Chinese from the server. */
export const JobOutcomeField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const job = useRecordContext<JobRecord>();
  if (!job) return null;
  if (job.status === 'FAILED') return <Typography variant="body2" color="error">{job.error}</Typography>;
  return <Typography variant="body2">{job.summary ?? ''}</Typography>;
};

export const JobDownloadButton = () => {
  const job = useRecordContext<JobRecord>();
  const dp = useDataProvider<EgDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  if (!job?.resultUrl || job.status !== 'SUCCEEDED') return null;
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      onClick={(e) => {
        e.stopPropagation();
        dp.download(job.resultUrl!, job.resultName ?? `job-${job.id}`).catch((err: Error) => notify(err.message, { type: 'error' }));
      }}
    >
      {translate('eg.jobs.download')}
    </Button>
  );
};
