import { Datagrid, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ResourceName } from '../common/ResourceName';

export const StreetShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceManyField reference="communities" target="streetId" label={<ResourceName resource="communities" />} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
