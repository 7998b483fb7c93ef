import MedicalServicesIcon from '@mui/icons-material/MedicalServices';
import { lazyNamed } from '../common/lazy';

export default {
  list: lazyNamed(() => import('./HealthExamList'), 'HealthExamList'),
  show: lazyNamed(() => import('./HealthExamShow'), 'HealthExamShow'),
  edit: lazyNamed(() => import('./HealthExamEdit'), 'HealthExamEdit'),
  create: lazyNamed(() => import('./HealthExamCreate'), 'HealthExamCreate'),
  icon: MedicalServicesIcon,
  recordRepresentation: (r: { year: number; resident?: { name: string } }) => `${r.year} ${r.resident?.name ?? ''}`,
};
