import { Create } from 'react-admin';
import { ProgressForm } from './ProgressForm';

export const ProgressCreate = () => (
  <Create redirect={(_r, _id, data) => `projects/${data?.projectId}/show`}>
    <ProgressForm create />
  </Create>
);
