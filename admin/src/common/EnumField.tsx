import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { EnumName } from './enums';

type Color = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

/** An enum value shown with its translated label (as a chip when `colors` are given). */
export const EnumField = ({ enumName, colors, ...props }: FieldProps & { enumName: EnumName; colors?: Record<string, Color> }) => {
  const value = useFieldValue(props) as string | null | undefined;
  const translate = useTranslate();
  if (value === null || value === undefined) return null;
  const label = translate(`eg.enum.${enumName}.${value}`, { _: value });
  if (colors) return <Chip size="small" label={label} color={colors[value] ?? 'default'} variant="outlined" data-value={value} />;
  return <span data-value={value}>{label}</span>;
};
