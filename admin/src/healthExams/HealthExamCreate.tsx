import { Create } from 'react-admin';
import { HealthExamForm } from './HealthExamForm';

export const HealthExamCreate = () => (
  <Create redirect="show">
    <HealthExamForm />
  </Create>
);
