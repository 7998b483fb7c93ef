import { Create } from 'react-admin';
import { AssociationForm } from './AssociationForm';

export const AssociationCreate = () => (
  <Create redirect="show">
    <AssociationForm />
  </Create>
);
