import { Chip, Stack } from '@mui/material';
import { NumberField, ReferenceManyCount, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate, Labeled } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { StarLevel, StarRatingField } from '../common/StarRatingField';
import { ResourceName } from '../common/ResourceName';

const OpenRectifications = () => {
  const r = useRecordContext<{ openRectifications?: { id: string; level: string; dueOn: string; status: string; overdue: boolean }[] }>();
  const translate = useTranslate();
  if (!r?.openRectifications?.length) return <span>—</span>;
  return (
    <Stack spacing={1}>
      {r.openRectifications.map((x) => (
        <Stack key={x.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <StarLevel level={x.level} />
          <span>{x.dueOn}</span>
          <Chip size="small" label={translate(`eg.enum.RectificationStatus.${x.status}`)} />
          {x.overdue && <Chip size="small" color="error" label={translate('eg.badge.overdue')} />}
        </Stack>
      ))}
    </Stack>
  );
};

export const CenterShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <StarRatingField source="currentLevel" />
      <EnumField source="status" enumName="CenterStatus" />
      <TextField source="street.name" label="resources.centers.fields.street" />
      <TextField source="community.name" label="resources.centers.fields.community" />
      <TextField source="association.name" label="resources.centers.fields.association" emptyText="—" />
      <TextField source="address" />
      <NumberField source="floorArea" options={{ minimumFractionDigits: 2 }} />
      <NumberField source="serviceScore" options={{ minimumFractionDigits: 1 }} />
      <DateField source="plaqueDate" />
      <NumberField source="elderlyCount" />
      <NumberField source="disabledCount" />
      <TextField source="contactName" emptyText="—" />
      <TextField source="contactPhone" emptyText="—" />
      <Labeled label="resources.centers.fields.openRectifications">
        <OpenRectifications />
      </Labeled>
      <Labeled label={<ResourceName resource="visits" />}>
        <ReferenceManyCount reference="visits" target="centerId" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
