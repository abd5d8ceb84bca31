import { useSyncExternalStore } from 'react';

/**
 * Hash routing: the app is served from app:// in Electron and from a path on
 * the HQ server, so only the part after `#` is ours to use; a reload or a
 * shared link lands on the same screen without any server rewrite rule.
 */
export const partnerTabs = ['overview', 'contacts', 'certifications', 'solutions', 'pipeline', 'incentives', 'activity', 'plan', 'qbr'] as const;
export type PartnerTab = (typeof partnerTabs)[number];

export const sections = [
  'dashboard',
  'partners',
  'certifications',
  'solutions',
  'pipeline',
  'registrations',
  'incentives',
  'qbr',
  'conflicts',
  'attention',
  'program',
  'settings',
  'sign-in',
] as const;
export type Section = (typeof sections)[number];

export type Route = { section: Section } | { section: 'partner'; partnerId: string; tab: PartnerTab };

const isSection = (s: string): s is Section => (sections as readonly string[]).includes(s);
const isTab = (s: string): s is PartnerTab => (partnerTabs as readonly string[]).includes(s);

export const parseHash = (hash: string): Route => {
  const [first = '', second, third] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (first === 'partners' && second) return { section: 'partner', partnerId: second, tab: third && isTab(third) ? third : 'overview' };
  // A manager opens the app to find a partner: the list is the landing screen.
  return { section: isSection(first) ? first : 'partners' };
};

export const hrefOf = (route: Route): string =>
  route.section === 'partner'
    ? `#/partners/${encodeURIComponent(route.partnerId)}${route.tab === 'overview' ? '' : `/${route.tab}`}`
    : `#/${route.section}`;

export const navigate = (route: Route): void => {
  window.location.hash = hrefOf(route);
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route; a string snapshot so React compares it cheaply. */
export const useRoute = (): Route => parseHash(useSyncExternalStore(subscribe, () => window.location.hash));
