import { BooleanField, Datagrid, Labeled, ReferenceManyField, Show, SimpleShowLayout, TextField, usePermissions } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MaskedIdField } from '../common/MaskedIdField';
import { MoneyField } from '../common/MoneyField';
import { ResidentBadges } from '../common/ResidentBadges';
import { PartnerExamResults } from './PartnerExamResults';
import { ResourceName } from '../common/ResourceName';

export const ResidentShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <Labeled label="resources.residents.fields.age">
          <ResidentBadges />
        </Labeled>
        <EnumField source="gender" enumName="Gender" />
        <MaskedIdField source="idNumber" full={permissions === 'ADMIN' || permissions === 'OFFICER'} />
        <DateField source="birthDate" />
        <TextField source="phone" emptyText="—" />
        <TextField source="street.name" label="resources.residents.fields.street" />
        <TextField source="community.name" label="resources.residents.fields.community" />
        <TextField source="association.name" label="resources.residents.fields.association" emptyText="—" />
        <EnumField source="residence" enumName="Residence" />
        <BooleanField source="householdRegistered" />
        <BooleanField source="hasEmployer" />
        <BooleanField source="hardship" />
        <BooleanField source="disabled" />
        <DateField source="deceasedOn" emptyText="—" />
        <PartnerExamResults />
        <ReferenceManyField reference="healthExams" target="residentId" label={<ResourceName resource="healthExams" />} sort={{ field: 'year', order: 'DESC' }}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <TextField source="year" />
            <DateField source="scheduledOn" />
            <TextField source="provider" />
            <EnumField source="status" enumName="ExamStatus" />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField reference="visits" target="residentId" label={<ResourceName resource="visits" />} sort={{ field: 'visitedOn', order: 'DESC' }}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="visitedOn" />
            <EnumField source="occasion" enumName="VisitOccasion" />
            <MoneyField source="cash" />
            <TextField source="goods" emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
