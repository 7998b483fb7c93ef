import { Create } from 'react-admin';
import { VisitForm } from './VisitForm';

export const VisitCreate = () => (
  <Create redirect="show">
    <VisitForm />
  </Create>
);
