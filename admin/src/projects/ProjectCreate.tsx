import { Create } from 'react-admin';
import { ProjectForm } from './ProjectForm';

export const ProjectCreate = () => (
  <Create redirect="show">
    <ProjectForm />
  </Create>
);
