import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazyNamed } from '../common/lazy';

/** Opened by finalizing a rating round: no create or delete, only status and note changes. */
export default {
  list: lazyNamed(() => import('./RectificationList'), 'RectificationList'),
  edit: lazyNamed(() => import('./RectificationEdit'), 'RectificationEdit'),
  icon: ReportProblemIcon,
  recordRepresentation: (r: { center?: { name: string } }) => r.center?.name ?? '',
};
