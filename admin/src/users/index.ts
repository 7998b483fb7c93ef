import PeopleIcon from '@mui/icons-material/People';
import { lazyNamed } from '../common/lazy';

/** ADMIN only (canAccess hides it from OFFICER and ANALYST). */
export default {
  list: lazyNamed(() => import('./UserList'), 'UserList'),
  edit: lazyNamed(() => import('./UserEdit'), 'UserEdit'),
  create: lazyNamed(() => import('./UserCreate'), 'UserCreate'),
  icon: PeopleIcon,
  recordRepresentation: 'email',
};
