import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './authProvider';
import { lazyNamed } from './common/lazy';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import associations from './associations';
import centers from './centers';
import communities from './communities';
import healthExams from './healthExams';
import projectProgresses from './projectProgresses';
import projects from './projects';
import ratingRounds from './ratingRounds';
import rectifications from './rectifications';
import residents from './residents';
import streets from './streets';
import subsidyRounds from './subsidyRounds';
import users from './users';
import visits from './visits';
import jobs from './jobs';

const dataProvider = createDataProvider({ translate: (key, options) => i18nProvider.translate(key, options) });
const authProvider = createAuthProvider();

const Dashboard = lazyNamed(() => import('./dashboard/Dashboard'), 'Dashboard');
const RatingPreview = lazyNamed(() => import('./ratingRounds/RatingPreview'), 'RatingPreview');
const SubsidyPreview = lazyNamed(() => import('./subsidyRounds/SubsidyPreview'), 'SubsidyPreview');
const WorkReportPage = lazyNamed(() => import('./workReport/WorkReportPage'), 'WorkReportPage');
const ImportPage = lazyNamed(() => import('./imports/ImportPage'), 'ImportPage');

export const App = () => (
  <Admin
    title="ElderGraph"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="centers" {...centers} />
    <Resource name="associations" {...associations} />
    <Resource name="residents" {...residents} />
    <Resource name="healthExams" {...healthExams} />
    <Resource name="visits" {...visits} />
    <Resource name="projects" {...projects} />
    <Resource name="projectProgresses" {...projectProgresses} />
    <Resource name="ratingRounds" {...ratingRounds} />
    <Resource name="rectifications" {...rectifications} />
    <Resource name="subsidyRounds" {...subsidyRounds} />
    <Resource name="streets" {...streets} />
    <Resource name="communities" {...communities} />
    <Resource name="users" {...users} />
    <Resource name="jobs" {...jobs} />
    <Resource name="centerRatings" recordRepresentation={(r) => r.center?.name} />
    <Resource name="subsidyAllocations" recordRepresentation={(r) => r.center?.name} />
    <CustomRoutes>
      <Route path="/rating-preview" element={<RatingPreview />} />
      <Route path="/subsidy-preview" element={<SubsidyPreview />} />
      <Route path="/work-report" element={<WorkReportPage />} />
      <Route path="/import" element={<ImportPage />} />
    </CustomRoutes>
  </Admin>
);
