import { Grid } from '@mui/material';
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, type SimpleFormProps } from 'react-admin';
import { choices } from '../common/enums';
import { centerCode, maxDecimals, notFuture } from '../common/validation';

/** The center inputs shared by create and edit. Range checks (area ≤ 5000, score ≤ 100) are the server's. */
export const CenterForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <Grid container spacing={2} sx={{ width: '100%', maxWidth: 960 }}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextInput source="code" validate={[required(), centerCode]} fullWidth parse={(v: string) => v.toUpperCase()} />
      </Grid>
      <Grid size={{ xs: 12, sm: 8 }}>
        <TextInput source="name" validate={required()} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <ReferenceInput source="associationId" reference="associations">
          <AutocompleteInput optionText="name" fullWidth />
        </ReferenceInput>
      </Grid>
      <Grid size={12}>
        <TextInput source="address" fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <NumberInput source="floorArea" validate={[required(), maxDecimals(2)]} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <NumberInput source="serviceScore" validate={[required(), maxDecimals(1)]} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <DateInput source="plaqueDate" validate={[required(), notFuture]} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <NumberInput source="elderlyCount" validate={required()} min={0} step={1} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <NumberInput source="disabledCount" validate={required()} min={0} step={1} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <SelectInput source="status" choices={choices('CenterStatus')} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput source="contactName" fullWidth />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInput source="contactPhone" fullWidth />
      </Grid>
    </Grid>
  </SimpleForm>
);
