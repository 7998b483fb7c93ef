import { Datagrid, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { StarRatingField } from '../common/StarRatingField';
import { ResourceName } from '../common/ResourceName';

export const CommunityShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="streetId" reference="streets" link="show" />
      <ReferenceManyField reference="centers" target="communityId" label={<ResourceName resource="centers" />} sort={{ field: 'code', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <StarRatingField source="currentLevel" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
