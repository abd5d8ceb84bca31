import type { Section } from './router';

/** The sidebar, in the order a manager's week runs; `hq` items show for the program role only. */
export const navItems: readonly { section: Section; label: string; hq?: boolean }[] = [
  { section: 'dashboard', label: 'Dashboard' },
  { section: 'partners', label: 'Partners' },
  { section: 'certifications', label: 'Certifications' },
  { section: 'solutions', label: 'Joint solutions' },
  { section: 'pipeline', label: 'Pipeline' },
  // Every role: approvers decide there, and a manager sees what waits and who will decide it.
  { section: 'registrations', label: 'Registrations' },
  { section: 'incentives', label: 'Incentives' },
  { section: 'qbr', label: 'QBR' },
  { section: 'conflicts', label: 'Conflicts' },
  { section: 'attention', label: 'Needs attention' },
  { section: 'program', label: 'Program rules', hq: true },
  { section: 'settings', label: 'Settings' },
];
