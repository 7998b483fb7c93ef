import PaidIcon from '@mui/icons-material/Paid';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./SubsidyRoundList'), 'SubsidyRoundList'),
  show: lazyNamed(() => import('./SubsidyRoundShow'), 'SubsidyRoundShow'),
  edit: lazyNamed(() => import('./SubsidyRoundEdit'), 'SubsidyRoundEdit'),
  create: lazyNamed(() => import('./SubsidyRoundCreate'), 'SubsidyRoundCreate'),
  icon: PaidIcon,
  recordRepresentation: 'name',
};
