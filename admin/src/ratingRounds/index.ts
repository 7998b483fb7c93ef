import StarIcon from '@mui/icons-material/Star';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./RatingRoundList'), 'RatingRoundList'),
  show: lazyNamed(() => import('./RatingRoundShow'), 'RatingRoundShow'),
  edit: lazyNamed(() => import('./RatingRoundEdit'), 'RatingRoundEdit'),
  create: lazyNamed(() => import('./RatingRoundCreate'), 'RatingRoundCreate'),
  icon: StarIcon,
  recordRepresentation: 'name',
};
