import { Edit } from 'react-admin';
import { CenterForm } from './CenterForm';

/** Pessimistic: the server's verdict (field errors, CONFLICT on a stale version) reaches the form. */
export const CenterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CenterForm />
  </Edit>
);
