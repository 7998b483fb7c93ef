import { Stack, TextField as MuiTextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useEffect, useState } from 'react';
import { Datagrid, NumberField, Pagination, TextField, useListContext, useTranslate } from 'react-admin';
import { ENUMS } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { StarRatingField } from '../common/StarRatingField';

export const AllocationsFilter = () => {
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
      <ToggleButtonGroup size="small" value={levels} onChange={(_e, v: string[]) => setFilters({ ...filterValues, level: v.length ? v : undefined })}>
        {ENUMS.StarLevel.map((l) => (
          <ToggleButton key={l} value={l}>
            {translate(`eg.enum.StarLevel.${l}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <MuiTextField size="small" label={translate('resources.subsidyAllocations.fields.q')} value={q} onChange={(e) => setQ(e.target.value)} />
    </Stack>
  );
};

export const AllocationsDatagrid = ({ sortable = true }: { sortable?: boolean }) => (
  <Datagrid bulkActionButtons={false} rowClick={false} resource="subsidyAllocations">
    <TextField source="center.code" sortBy="centerCode" sortable={sortable} />
    <TextField source="center.name" sortable={false} />
    <TextField source="center.street.name" sortable={false} />
    <StarRatingField source="level" sortable={sortable} />
    <NumberField source="weight" sortable={false} emptyText="—" />
    <MoneyField source="demand" sortable={false} textAlign="right" />
    <MoneyField source="amount" sortable={sortable} textAlign="right" />
    <EnumField source="reason" enumName="ZeroAmountReason" sortable={false} />
  </Datagrid>
);

export const AllocationsPagination = () => <Pagination rowsPerPageOptions={[25, 50, 100, 200]} />;
