import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./CenterList'), 'CenterList'),
  show: lazyNamed(() => import('./CenterShow'), 'CenterShow'),
  edit: lazyNamed(() => import('./CenterEdit'), 'CenterEdit'),
  create: lazyNamed(() => import('./CenterCreate'), 'CenterCreate'),
  icon: HomeWorkIcon,
  recordRepresentation: (r: { code: string; name: string }) => `${r.code} ${r.name}`,
};
