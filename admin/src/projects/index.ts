import ConstructionIcon from '@mui/icons-material/Construction';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./ProjectList'), 'ProjectList'),
  show: lazyNamed(() => import('./ProjectShow'), 'ProjectShow'),
  edit: lazyNamed(() => import('./ProjectEdit'), 'ProjectEdit'),
  create: lazyNamed(() => import('./ProjectCreate'), 'ProjectCreate'),
  icon: ConstructionIcon,
  recordRepresentation: 'name',
};
