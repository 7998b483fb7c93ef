import { AutocompleteInput, DateInput, FormDataConsumer, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { notFuture } from '../common/validation';

export const AssociationForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="level" choices={choices('AssociationLevel')} validate={required()} />
    <ReferenceInput source="streetId" reference="streets" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
    <FormDataConsumer>
      {({ formData }) =>
        formData.level === 'COMMUNITY' && (
          <ReferenceInput source="communityId" reference="communities" filter={formData.streetId ? { streetId: formData.streetId } : {}} sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" validate={required()} />
          </ReferenceInput>
        )
      }
    </FormDataConsumer>
    <TextInput source="presidentName" />
    <TextInput source="phone" />
    <NumberInput source="memberCount" min={0} step={1} />
    <DateInput source="foundedOn" validate={notFuture} />
  </SimpleForm>
);
