import ScheduleSendIcon from '@mui/icons-material/ScheduleSend';
import { useNotify, useRedirect } from 'react-admin';
import { ConfirmAction } from '../common/ConfirmAction';

/**
 * 后台计算: runs a round's compute as a background job (for large rounds) and opens the job's page, where its
 * progress shows while it runs on whichever server instance took it.
 */
export const RunAsJobButton = ({ name, submit }: { name: string; submit: () => Promise<{ id: string }> }) => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <ConfirmAction
      label="eg.jobs.runAsJob"
      title="eg.jobs.runAsJobTitle"
      content="eg.jobs.runAsJobContent"
      translateOptions={{ name }}
      icon={<ScheduleSendIcon />}
      variant="outlined"
      data-testid="compute-job"
      onConfirm={() =>
        submit().then(
          (job) => {
            notify('eg.jobs.submitted', { type: 'info', messageArgs: { id: job.id } });
            redirect('show', 'jobs', job.id);
          },
          (e: Error) => notify(e.message, { type: 'error' }),
        )
      }
    />
  );
};
