import { Create } from 'react-admin';
import { CommunityForm } from './CommunityForm';

export const CommunityCreate = () => (
  <Create redirect="list">
    <CommunityForm />
  </Create>
);
