import { Stack, TextField as MuiTextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Datagrid, FunctionField, NumberField, Pagination, TextField, useListContext, useTranslate } from 'react-admin';
import { ENUMS } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { StarLevel, StarRatingField } from '../common/StarRatingField';

const score = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** Level toggles and a code/name search over the round's ratings (server-side filter). */
export const RatingsFilter = () => {
  const { filterValues, setFilters } = useListContext();
  const [q, setQ] = useState<string>((filterValues.q as string) ?? '');
  useEffect(() => {
    const t = setTimeout(() => {
      if ((filterValues.q ?? '') !== q) setFilters({ ...filterValues, q: q || undefined });
    }, 400);
    return () => clearTimeout(t);
  }, [q]); // eslint-disable-line react-hooks/exhaustive-deps
  const translate = useTranslate();
  const levels = (filterValues.level as string[] | undefined) ?? [];
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', my: 1 }}>
      <ToggleButtonGroup size="small" value={levels} onChange={(_e, v: string[]) => setFilters({ ...filterValues, level: v.length ? v : undefined })} data-testid="level-filter">
        {ENUMS.StarLevel.map((l) => (
          <ToggleButton key={l} value={l} data-level={l}>
            {translate(`eg.enum.StarLevel.${l}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <MuiTextField size="small" label={translate('resources.centerRatings.fields.q')} value={q} onChange={(e) => setQ(e.target.value)} />
    </Stack>
  );
};

/** Each center's rating with sub-scores and the server's line-by-line explanation. */
export const RatingsDatagrid = ({ sortable = true }: { sortable?: boolean }) => {
  return (
    <Datagrid bulkActionButtons={false} rowClick={false} resource="centerRatings" sx={{ '& .column-explanation': { maxWidth: 520, fontSize: 12, color: 'text.secondary' } }}>
      <TextField source="center.code" sortBy="centerCode" sortable={sortable} />
      <TextField source="center.name" sortable={false} />
      <StarRatingField source="level" sortable={sortable} />
      <EnumField source="rule" enumName="RatingRule" sortable={false} />
      <NumberField source="total" options={score} sortable={sortable} emptyText="—" />
      <NumberField source="serviceScore" options={score} sortable={sortable} emptyText="—" />
      <NumberField source="areaScore" options={score} sortable={false} emptyText="—" />
      <NumberField source="seniorityScore" options={score} sortable={false} emptyText="—" />
      <NumberField source="populationScore" options={score} sortable={false} emptyText="—" />
      <TextField source="explanation" sortable={false} />
    </Datagrid>
  );
};

export const RatingsPagination = () => <Pagination rowsPerPageOptions={[25, 50, 100, 200]} />;

export const LevelLegend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
      {ENUMS.StarLevel.map((l) => (
        <Stack key={l} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <StarLevel level={l} />
          <Typography variant="caption">{translate(`eg.enum.StarLevel.${l}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};
void FunctionField;
