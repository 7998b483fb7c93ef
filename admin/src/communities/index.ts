import HolidayVillageIcon from '@mui/icons-material/HolidayVillage';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./CommunityList'), 'CommunityList'),
  show: lazyNamed(() => import('./CommunityShow'), 'CommunityShow'),
  edit: lazyNamed(() => import('./CommunityEdit'), 'CommunityEdit'),
  create: lazyNamed(() => import('./CommunityCreate'), 'CommunityCreate'),
  icon: HolidayVillageIcon,
  recordRepresentation: 'name',
};
