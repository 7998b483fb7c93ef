import PendingActionsIcon from '@mui/icons-material/PendingActions';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./JobList'), 'JobList'),
  show: lazyNamed(() => import('./JobShow'), 'JobShow'),
  icon: PendingActionsIcon,
  recordRepresentation: (r: { id: string }) => `#${r.id}`,
};
