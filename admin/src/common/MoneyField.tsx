import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatMoney } from './format';

/** Money (a decimal string of yuan) as ¥1,234.50, right-aligned in tables. */
export const MoneyField = (props: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatMoney(value)}
    </Typography>
  );
};
MoneyField.textAlign = 'right' as const;
