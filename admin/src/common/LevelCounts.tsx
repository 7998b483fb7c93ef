import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { StarLevel } from './StarRatingField';

/** The seven level counts of a rating round (or preview), each with its stars. */
export const LevelCounts = ({ counts }: { counts: { level: string; count: number }[] | null | undefined }) => {
  const translate = useTranslate();
  if (!counts) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-testid="level-counts">
      {counts.map((c) => (
        <Box key={c.level} sx={{ textAlign: 'center', minWidth: 90, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }} data-level={c.level} data-count={c.count}>
          <StarLevel level={c.level} />
          {c.level !== 'FAIL' && c.level !== 'NEW' && (
            <Typography variant="caption" component="div" color="text.secondary">
              {translate(`eg.enum.StarLevel.${c.level}`)}
            </Typography>
          )}
          <Typography variant="h6" component="div">
            {c.count}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};
