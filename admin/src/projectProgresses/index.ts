import { lazyNamed } from '../common/lazy';

/** Progress entries live on the project page; only edit and create have their own routes. */
export default {
  edit: lazyNamed(() => import('./ProgressEdit'), 'ProgressEdit'),
  create: lazyNamed(() => import('./ProgressCreate'), 'ProgressCreate'),
  recordRepresentation: (r: { reportedOn: string; percent: number }) => `${r.reportedOn} ${r.percent}%`,
};
