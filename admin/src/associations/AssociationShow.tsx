import { Datagrid, NumberField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { StarRatingField } from '../common/StarRatingField';
import { ResourceName } from '../common/ResourceName';

export const AssociationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="level" enumName="AssociationLevel" />
      <TextField source="street.name" label="resources.associations.fields.street" />
      <TextField source="community.name" label="resources.associations.fields.community" emptyText="—" />
      <TextField source="presidentName" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <NumberField source="memberCount" />
      <NumberField source="memberResidentCount" />
      <DateField source="foundedOn" emptyText="—" />
      <ReferenceManyField reference="centers" target="associationId" label={<ResourceName resource="centers" />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <StarRatingField source="currentLevel" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
