import { Edit } from 'react-admin';
import { AssociationForm } from './AssociationForm';

export const AssociationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AssociationForm />
  </Edit>
);
