import { Datagrid, DateField, List, NumberField, SearchInput, TextField } from 'react-admin';

export const StreetList = () => (
  <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <NumberField source="communityCount" sortable={false} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
