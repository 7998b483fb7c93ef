import { Datagrid, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const StreetShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceManyField reference="communities" target="streetId" label="resources.communities.name" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
