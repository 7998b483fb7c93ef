import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./VisitList'), 'VisitList'),
  show: lazyNamed(() => import('./VisitShow'), 'VisitShow'),
  edit: lazyNamed(() => import('./VisitEdit'), 'VisitEdit'),
  create: lazyNamed(() => import('./VisitCreate'), 'VisitCreate'),
  icon: VolunteerActivismIcon,
  recordRepresentation: (r: { visitedOn: string }) => r.visitedOn,
};
