import { InputAdornment } from '@mui/material';
import { regex, TextInput, type TextInputProps } from 'react-admin';
import { MONEY_RE } from './format';

const WHOLE_RE = /^\d{1,15}(\.0{1,2})?$/;

/** Money as text (never a float): digits with at most two decimals, or whole yuan when `whole`. */
export const MoneyInput = ({ whole, validate, ...props }: TextInputProps & { whole?: boolean }) => {
  const rules = [regex(whole ? WHOLE_RE : MONEY_RE, whole ? 'eg.validation.moneyWhole' : 'eg.validation.money')];
  const extra = validate ? (Array.isArray(validate) ? validate : [validate]) : [];
  return (
    <TextInput
      {...props}
      validate={[...extra, ...rules]}
      parse={(v: string) => (v === '' ? null : v.replace(/[,\s¥]/g, ''))}
      InputProps={{ startAdornment: <InputAdornment position="start">¥</InputAdornment> }}
    />
  );
};
