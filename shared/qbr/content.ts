import type { QbrSectionKey } from './sections';
import type { QbrSnapshot } from './snapshot';

type Sections = Omit<QbrSnapshot, 'sections' | 'omitted'>;

/**
 * Why a section has nothing to show, or null when it has: a pack drops such a
 * section rather than print "no data", and its agenda says what was left out
 * and why (DESIGN §7).
 */
const reasons: Record<QbrSectionKey, (s: Sections) => string | null> = {
  cover: () => null,
  agenda: () => null,
  glance: () => null,
  plan: (s) => s.plan.noData,
  scorecard: () => null,
  pipeline: (s) => s.pipeline.noData,
  certifications: (s) =>
    s.certifications.tier.kind === 'no-rules' && s.certifications.roster.length === 0 ? 'no tier rules apply and no certifications are recorded.' : null,
  solutions: (s) => s.solutions.noData,
  incentives: (s) => s.incentives.noData,
  investment: (s) => s.investment.noData,
  visits: (s) => s.visits.noData,
  commitmentsLast: (s) => s.commitmentsLast.noData,
  commitmentsThis: (s) => s.commitmentsThis.noData,
  commitmentsNext: (s) => s.commitmentsNext.noData,
  appendix: (s) => (s.appendix.definitions.length + s.appendix.planTerms.length === 0 ? 'no figure in the pack needs defining.' : null),
};

export const emptyReason = (key: QbrSectionKey, sections: Sections): string | null => reasons[key](sections);
