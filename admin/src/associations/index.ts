import GroupsIcon from '@mui/icons-material/Groups';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./AssociationList'), 'AssociationList'),
  show: lazyNamed(() => import('./AssociationShow'), 'AssociationShow'),
  edit: lazyNamed(() => import('./AssociationEdit'), 'AssociationEdit'),
  create: lazyNamed(() => import('./AssociationCreate'), 'AssociationCreate'),
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
