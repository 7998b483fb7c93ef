import { Edit } from 'react-admin';
import { ResidentForm } from './ResidentForm';

export const ResidentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ResidentForm />
  </Edit>
);
