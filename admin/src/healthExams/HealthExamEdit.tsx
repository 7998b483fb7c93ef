import { Edit } from 'react-admin';
import { HealthExamForm } from './HealthExamForm';

export const HealthExamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <HealthExamForm />
  </Edit>
);
