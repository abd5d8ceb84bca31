/** The sections of a QBR pack in reading order (DESIGN §7); a pack may leave any of them out. */
export const qbrSectionKeys = [
  'cover',
  'agenda',
  'glance',
  'plan',
  'scorecard',
  'pipeline',
  'certifications',
  'solutions',
  'incentives',
  'investment',
  'visits',
  'commitmentsLast',
  'commitmentsThis',
  'commitmentsNext',
  'appendix',
] as const;
export type QbrSectionKey = (typeof qbrSectionKeys)[number];

export const qbrSectionTitles: Record<QbrSectionKey, string> = {
  cover: 'Cover',
  agenda: 'Agenda',
  glance: 'Partner at a glance',
  plan: 'Joint business plan',
  scorecard: 'Program scorecard',
  pipeline: 'Joint pipeline and wins',
  certifications: 'Certifications and tier',
  solutions: 'Joint solutions',
  incentives: 'Incentive statement',
  investment: 'Investment and ROI',
  visits: "This quarter's visits and decisions",
  commitmentsLast: "Last quarter's commitments",
  commitmentsThis: "This quarter's commitments",
  commitmentsNext: "Next quarter's commitments",
  appendix: 'Appendix: definitions',
};
