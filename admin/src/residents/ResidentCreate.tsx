import { Create } from 'react-admin';
import { ResidentForm } from './ResidentForm';

export const ResidentCreate = () => (
  <Create redirect="show">
    <ResidentForm />
  </Create>
);
