import { Edit } from 'react-admin';
import { VisitForm } from './VisitForm';

export const VisitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <VisitForm />
  </Edit>
);
