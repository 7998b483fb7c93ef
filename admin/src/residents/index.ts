import ElderlyIcon from '@mui/icons-material/Elderly';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./ResidentList'), 'ResidentList'),
  show: lazyNamed(() => import('./ResidentShow'), 'ResidentShow'),
  edit: lazyNamed(() => import('./ResidentEdit'), 'ResidentEdit'),
  create: lazyNamed(() => import('./ResidentCreate'), 'ResidentCreate'),
  icon: ElderlyIcon,
  recordRepresentation: 'name',
};
