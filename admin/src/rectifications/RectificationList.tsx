import { Chip } from '@mui/material';
import { Datagrid, FunctionField, List, TextField, useTranslate, type RaRecord } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { StarRatingField } from '../common/StarRatingField';
import { rectificationFilters } from './rectificationFilters';
import { ListActions } from '../common/ListActions';

const colors = { OPEN: 'warning', SUBMITTED: 'info', PASSED: 'success', FAILED: 'error' } as const;

const Overdue = () => {
  const translate = useTranslate();
  return <FunctionField source="overdue" sortable={false} render={(r: { overdue: boolean }) => (r.overdue ? <Chip size="small" color="error" label={translate('eg.badge.overdue')} /> : null)} />;
};

/** Orders with due dates; overdue rows are highlighted. */
export const RectificationList = () => (
  <List actions={<ListActions />} filters={rectificationFilters} sort={{ field: 'dueOn', order: 'ASC' }} filterDefaultValues={{ status: ['OPEN', 'SUBMITTED', 'FAILED'] }}>
    <Datagrid
      rowClick="edit"
      bulkActionButtons={false}
      rowSx={(r: RaRecord) => (r.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {})}
      sx={{ '& .overdue-date': { color: 'error.main', fontWeight: 600 } }}
    >
      <TextField source="center.code" sortable={false} />
      <TextField source="center.name" sortable={false} />
      <TextField source="center.street.name" label="resources.rectifications.fields.streetId" sortable={false} />
      <StarRatingField source="level" sortable={false} />
      <TextField source="round.name" label="resources.rectifications.fields.round" sortable={false} />
      <FunctionField source="dueOn" render={(r: { dueOn: string; overdue: boolean }) => <span className={r.overdue ? 'overdue-date' : undefined}>{r.dueOn}</span>} />
      <EnumField source="status" enumName="RectificationStatus" colors={colors} />
      <Overdue />
      <DateField source="submittedOn" emptyText="—" />
      <TextField source="note" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
