import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';

export const VisitShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="visitedOn" />
      <EnumField source="occasion" enumName="VisitOccasion" />
      <ReferenceField source="residentId" reference="residents" link="show" emptyText="—" />
      <ReferenceField source="centerId" reference="centers" link="show" emptyText="—" />
      <MoneyField source="cash" />
      <TextField source="goods" emptyText="—" />
      <TextField source="visitingUnit" />
    </SimpleShowLayout>
  </Show>
);
