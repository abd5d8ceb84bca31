/** The sections of a QBR pack in reading order (DESIGN §7); a pack may leave any of them out. */
export const qbrSectionKeys = [
  'cover',
  'glance',
  'scorecard',
  'pipeline',
  'certifications',
  'solutions',
  'incentives',
  'investment',
  'commitmentsLast',
  'commitmentsNext',
  'appendix',
] as const;
export type QbrSectionKey = (typeof qbrSectionKeys)[number];

export const qbrSectionTitles: Record<QbrSectionKey, string> = {
  cover: 'Cover',
  glance: 'Partner at a glance',
  scorecard: 'Scorecard',
  pipeline: 'Pipeline',
  certifications: 'Certifications and tier',
  solutions: 'Joint solutions',
  incentives: 'Incentive statement',
  investment: 'Investment and ROI',
  commitmentsLast: "Last quarter's commitments",
  commitmentsNext: "Next quarter's commitments",
  appendix: 'Appendix: metric definitions',
};
