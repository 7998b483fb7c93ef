import { Edit } from 'react-admin';
import { ProgressForm } from './ProgressForm';

export const ProgressEdit = () => (
  <Edit mutationMode="pessimistic" redirect={(_r, _id, data) => `projects/${data?.projectId}/show`}>
    <ProgressForm />
  </Edit>
);
