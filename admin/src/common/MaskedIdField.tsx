import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { maskIdNumber } from './format';

/** ID numbers masked (440***********123X) unless `full` (show and edit pages for ADMIN and OFFICER). */
export const MaskedIdField = ({ full, ...props }: FieldProps & { full?: boolean }) => {
  const value = useFieldValue(props) as string | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
      {full ? value : maskIdNumber(value)}
    </Typography>
  );
};
