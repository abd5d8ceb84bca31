import type { MetricKey } from '../metrics/types';
import { qbrSectionKeys, type QbrSectionKey } from './sections';
import type { QbrAudience } from './options';

const both: readonly QbrAudience[] = ['partner', 'internal'];
const internalOnly: readonly QbrAudience[] = ['internal'];

/**
 * Which section belongs to which audience (DESIGN §7), the one place it is
 * said. The partner pack is what the partner's VP keeps, so it never carries
 * what the vendor spends on the partner, the return on it, or the program's
 * own scorecard of the partner (judged against HQ's targets, with territory
 * shares and retention): those are the vendor's to discuss among themselves.
 */
export const sectionAudiences: Record<QbrSectionKey, readonly QbrAudience[]> = {
  cover: both,
  agenda: both,
  glance: both,
  plan: both,
  scorecard: internalOnly,
  pipeline: both,
  certifications: both,
  solutions: both,
  incentives: both,
  investment: internalOnly,
  visits: both,
  commitmentsLast: both,
  commitmentsThis: both,
  commitmentsNext: both,
  appendix: both,
};

/**
 * Which program metric a pack may quote, per audience. The partner pack
 * quotes only what compares deals with and without the partner; the share of
 * the territory, retention, investment share and ROI are program-internal.
 */
export const metricAudiences: Record<MetricKey, readonly QbrAudience[]> = {
  activePartnerRate: internalOnly,
  integrationAdoptionRate: internalOnly,
  partnerRetention: internalOnly,
  timeToFirstCommercialActivity: internalOnly,
  partnerInfluencedPipelineShare: internalOnly,
  winRatePartnerVsDirect: both,
  dealSizeCoSellVsDirect: both,
  partnerSourcedNewCustomerRate: internalOnly,
  programInvestmentShare: internalOnly,
  roiByPartnerType: internalOnly,
  incrementalRevenue: internalOnly,
};

export const isFor = (key: QbrSectionKey, audience: QbrAudience): boolean => sectionAudiences[key].includes(audience);

/** The sections an audience's pack may hold, in reading order. */
export const sectionsFor = (audience: QbrAudience): QbrSectionKey[] => qbrSectionKeys.filter((key) => isFor(key, audience));

export const metricIsFor = (key: MetricKey, audience: QbrAudience): boolean => metricAudiences[key].includes(audience);

/** How each audience's pack names itself on the cover; the internal review is marked on every page. */
export const audienceWords: Record<QbrAudience, { title: string; marking: string | null }> = {
  partner: { title: 'Quarterly Business Review', marking: null },
  internal: { title: 'Internal QBR review', marking: 'Internal: for the vendor team only, not for the partner' },
};
