import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./StreetList'), 'StreetList'),
  show: lazyNamed(() => import('./StreetShow'), 'StreetShow'),
  edit: lazyNamed(() => import('./StreetEdit'), 'StreetEdit'),
  create: lazyNamed(() => import('./StreetCreate'), 'StreetCreate'),
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};
