import type { EntityName } from '../../../shared/domain/entities';
import { hrefOf, type PartnerTab, type Route } from '../../app/router';

/** Where a partner's records of each table are shown: its page's tab. */
const partnerTabs: Partial<Record<EntityName, PartnerTab>> = {
  contacts: 'contacts',
  certifications: 'certifications',
  jointSolutions: 'solutions',
  opportunities: 'pipeline',
  activities: 'activity',
  commitments: 'qbr',
  qbrRecords: 'qbr',
  businessPlans: 'plan',
  investments: 'overview',
};

/** HQ's program records are edited on Program rules; branding with the QBR screen. */
const sectionOf: Partial<Record<EntityName, Route>> = {
  certificationPrograms: { section: 'program' },
  tierRuleSets: { section: 'program' },
  incentivePrograms: { section: 'program' },
  programSettings: { section: 'qbr' },
  conflicts: { section: 'conflicts' },
};

/** The screen that shows a record the device holds, or undefined when no screen does (a territory). */
export const recordHref = (table: EntityName, row: Record<string, unknown>): string | undefined => {
  if (table === 'partners' && typeof row.id === 'string') return hrefOf({ section: 'partner', partnerId: row.id, tab: 'overview' });
  const tab = partnerTabs[table];
  if (tab && typeof row.partnerId === 'string') return hrefOf({ section: 'partner', partnerId: row.partnerId, tab });
  const route = sectionOf[table];
  return route && hrefOf(route);
};
