import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Age, 百岁老人, free-exam eligibility, hardship and deceased as small chips. */
export const ResidentBadges = ({ showAge = true }: { showAge?: boolean; label?: string }) => {
  const r = useRecordContext<{ age?: number | null; centenarian?: boolean; freeExamEligible?: boolean; hardship?: boolean; deceasedOn?: string | null }>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {showAge && r.age != null && <Chip size="small" label={translate('eg.badge.age', { age: r.age })} />}
      {r.centenarian && <Chip size="small" color="secondary" label={translate('eg.badge.centenarian')} />}
      {r.deceasedOn ? (
        <Chip size="small" label={translate('eg.badge.deceased')} />
      ) : r.freeExamEligible ? (
        <Chip size="small" color="success" variant="outlined" label={translate('eg.badge.eligible')} />
      ) : (
        <Chip size="small" variant="outlined" label={translate('eg.badge.notEligible')} />
      )}
      {r.hardship && <Chip size="small" color="warning" variant="outlined" label={translate('eg.badge.hardship')} />}
    </Stack>
  );
};
