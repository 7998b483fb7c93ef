import { Stack } from '@mui/material';
import { Datagrid, FunctionField, List, NumberField, SearchInput, SelectArrayInput, DateInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { choices } from '../common/enums';
import { StarLevel } from '../common/StarRatingField';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choices('RoundStatus')} alwaysOn sx={{ minWidth: 160 }} />,
  <DateInput key="assessedFrom" source="assessedFrom" />,
  <DateInput key="assessedTo" source="assessedTo" />,
];
const colors = { DRAFT: 'default', COMPUTED: 'info', FINALIZED: 'success' } as const;

export const RatingRoundList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'assessedOn', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <DateField source="assessedOn" />
      <EnumField source="status" enumName="RoundStatus" colors={colors} />
      <NumberField source="centerCount" sortable={false} />
      <FunctionField
        source="levelCounts"
        sortable={false}
        render={(r: { levelCounts: { level: string; count: number }[] }) => (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {r.levelCounts
              .filter((c) => c.count > 0)
              .map((c) => (
                <Stack key={c.level} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <StarLevel level={c.level} />
                  <span>×{c.count}</span>
                </Stack>
              ))}
          </Stack>
        )}
      />
      <NumberField source="rectificationCount" sortable={false} />
    </Datagrid>
  </List>
);
