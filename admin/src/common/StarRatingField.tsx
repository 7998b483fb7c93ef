import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import { Box, Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

const STARS: Record<string, number> = { FIVE: 5, FOUR: 4, THREE: 3, TWO: 2, ONE: 1 };

/** FIVE … ONE as stars, FAIL as a red 不及格 chip, NEW as a 新建 chip, null as nothing. */
export const StarLevel = ({ level, size = 'small' }: { level: string | null | undefined; size?: 'small' | 'large' }) => {
  const translate = useTranslate();
  if (!level) return null;
  const label = translate(`eg.enum.StarLevel.${level}`);
  if (level === 'FAIL') return <Chip size="small" color="error" label={label} data-level={level} />;
  if (level === 'NEW') return <Chip size="small" color="info" variant="outlined" label={label} data-level={level} />;
  const n = STARS[level] ?? 0;
  const fontSize = size === 'large' ? 'medium' : 'small';
  return (
    <Box component="span" sx={{ display: 'inline-flex', color: '#f5a623', whiteSpace: 'nowrap' }} title={label} aria-label={label} data-level={level}>
      {Array.from({ length: 5 }, (_, i) => (i < n ? <StarIcon key={i} fontSize={fontSize} /> : <StarBorderIcon key={i} fontSize={fontSize} sx={{ opacity: 0.35 }} />))}
    </Box>
  );
};

export const StarRatingField = (props: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  return <StarLevel level={value} />;
};
