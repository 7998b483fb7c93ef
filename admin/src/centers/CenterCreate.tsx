import { Create } from 'react-admin';
import { CenterForm } from './CenterForm';

export const CenterCreate = () => (
  <Create redirect="show">
    <CenterForm defaultValues={{ status: 'ACTIVE', elderlyCount: 0, disabledCount: 0 }} />
  </Create>
);
