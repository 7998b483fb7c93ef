import { Datagrid, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { StarRatingField } from '../common/StarRatingField';

export const CommunityShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="streetId" reference="streets" link="show" />
      <ReferenceManyField reference="centers" target="communityId" label="resources.centers.name" sort={{ field: 'code', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <StarRatingField source="currentLevel" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
