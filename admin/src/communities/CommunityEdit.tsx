import { Edit } from 'react-admin';
import { CommunityForm } from './CommunityForm';

export const CommunityEdit = () => (
  <Edit mutationMode="pessimistic">
    <CommunityForm />
  </Edit>
);
