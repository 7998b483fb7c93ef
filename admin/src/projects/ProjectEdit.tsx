import { Edit } from 'react-admin';
import { ProjectForm } from './ProjectForm';

export const ProjectEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProjectForm />
  </Edit>
);
