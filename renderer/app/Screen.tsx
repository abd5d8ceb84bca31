import { Typography } from '@mui/material';
import { lazy, Suspense, type ComponentType } from 'react';
import { PartnersPage } from '../features/partners/PartnersPage';
import type { PartnerTab, Route } from './router';

/**
 * Screens other than the partner list load on first visit: the list is what
 * a cold start must show fast, and Chart.js, the editors and the calculators
 * behind the other screens need not be parsed before it.
 */
const page = <P extends object>(load: () => Promise<{ [name: string]: ComponentType<P> }>, name: string) =>
  lazy(async () => ({ default: (await load())[name]! }));

const PartnerPage = page<{ partnerId: string; tab: PartnerTab }>(() => import('../features/partners/PartnerPage'), 'PartnerPage');
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const CertificationsPage = page(() => import('../features/certifications/CertificationsPage'), 'CertificationsPage');
const SolutionsPage = page(() => import('../features/solutions/SolutionsPage'), 'SolutionsPage');
const PipelinePage = page(() => import('../features/pipeline/PipelinePage'), 'PipelinePage');
const RegistrationQueuePage = page(() => import('../features/registrations/RegistrationQueuePage'), 'RegistrationQueuePage');
const IncentivesPage = page(() => import('../features/incentives/IncentivesPage'), 'IncentivesPage');
const QbrPage = page(() => import('../features/qbr/QbrPage'), 'QbrPage');
const ConflictCenter = page(() => import('../features/conflicts/ConflictCenter'), 'ConflictCenter');
const NeedsAttentionPage = page(() => import('../features/attention/NeedsAttentionPage'), 'NeedsAttentionPage');
const ProgramRulesPage = page(() => import('../features/program-rules/ProgramRulesPage'), 'ProgramRulesPage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const SignInPage = page(() => import('./SignInPage'), 'SignInPage');

function ScreenFor({ route }: { route: Route }) {
  switch (route.section) {
    case 'partner':
      return <PartnerPage partnerId={route.partnerId} tab={route.tab} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'partners':
      return <PartnersPage />;
    case 'certifications':
      return <CertificationsPage />;
    case 'solutions':
      return <SolutionsPage />;
    case 'pipeline':
      return <PipelinePage />;
    case 'registrations':
      return <RegistrationQueuePage />;
    case 'incentives':
      return <IncentivesPage />;
    case 'qbr':
      return <QbrPage />;
    case 'conflicts':
      return <ConflictCenter />;
    case 'attention':
      return <NeedsAttentionPage />;
    case 'program':
      return <ProgramRulesPage />;
    case 'settings':
      return <SettingsPage />;
    case 'sign-in':
      return <SignInPage />;
  }
}

/** The screen for a route. */
export function Screen({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Typography role="status">Loading…</Typography>}>
      <ScreenFor route={route} />
    </Suspense>
  );
}
