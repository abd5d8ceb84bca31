import { partnerSchema, type Partner } from '../domain/partner';
import { quarterRange, shiftQuarter, type QuarterRange } from '../domain/quarter';
import { METRIC_DEFINITIONS_VERSION } from '../metrics/definitions';
import { resolveBranding, type QbrBranding } from './branding';
import { packContext } from './context';
import { QbrDataError } from './errors';
import type { QbrOptions } from './options';
import { qbrSectionKeys, type QbrSectionKey } from './sections';
import { buildAppendix, type AppendixSection } from './sections/appendix';
import { buildCertifications, type CertificationsSection } from './sections/certifications';
import { buildCommitments, type CommitmentsSection } from './sections/commitments';
import { buildGlance, type GlanceSection } from './sections/glance';
import { buildIncentives, type IncentivesSection } from './sections/incentives';
import { buildInvestment, type InvestmentSection } from './sections/investment';
import { buildPipeline, type PipelineSection } from './sections/pipeline';
import { buildScorecard, type ScorecardSection } from './sections/scorecard';
import { buildSolutions, type SolutionsSection } from './sections/solutions';
import type { QbrSources } from './sources';
import { DEFAULT_TARGETS } from './targets';
import { partnerTypeWords } from './words';

export interface CoverSection {
  title: string;
  partnerName: string;
  quarter: string;
  /** "1 Jul 2026 – 30 Sep 2026" as ISO dates. */
  period: string;
  preparedBy: string;
  vendorName: string;
  partnerType: string;
}

/**
 * Everything a QBR pack shows, computed once with the shared calculators and
 * frozen: the deck, the PDF and the workbook all read this, so the three
 * can never disagree on a figure.
 */
export interface QbrSnapshot {
  partner: { id: string; name: string; territoryId: string; partnerType: Partner['partnerType'] };
  quarter: QuarterRange;
  asOf: string;
  metricDefinitionsVersion: string;
  branding: QbrBranding;
  /** The sections the writers render, in reading order. */
  sections: QbrSectionKey[];
  cover: CoverSection;
  glance: GlanceSection;
  scorecard: ScorecardSection;
  pipeline: PipelineSection;
  certifications: CertificationsSection;
  solutions: SolutionsSection;
  incentives: IncentivesSection;
  investment: InvestmentSection;
  commitmentsLast: CommitmentsSection;
  commitmentsNext: CommitmentsSection;
  appendix: AppendixSection;
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const resolveQuarter = (partnerId: string, partnerName: string | null, label: string): QuarterRange => {
  try {
    return quarterRange(label);
  } catch {
    throw new QbrDataError('invalid-quarter', partnerId, partnerName, `"${label}" is not a quarter; use the form 2026-Q3.`);
  }
};

/** The partner the pack is for, or a typed error saying why there is none. */
const packPartner = (sources: QbrSources, partnerId: string, quarter: string): { partner: Partner; range: QuarterRange } => {
  const record = sources.partners.find((p) => p.id === partnerId);
  if (!record) throw new QbrDataError('partner-not-found', partnerId, null, 'no partner with this id is in the data.');
  const name = typeof record.name === 'string' ? record.name : null;
  if (record.deleted) throw new QbrDataError('partner-deleted', partnerId, name, 'the partner has been deleted.');
  const parsed = partnerSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QbrDataError('invalid-record', partnerId, name, `the partner record is invalid (${issue?.path.join('.') || 'record'}: ${issue?.message}).`);
  }
  const range = resolveQuarter(partnerId, name, quarter);
  if (record.enrolledOn > range.end) {
    throw new QbrDataError('not-enrolled-yet', partnerId, name, `enrolled on ${record.enrolledOn}, after ${range.label} ended.`);
  }
  return { partner: parsed.data, range };
};

/** Builds the one immutable snapshot of a partner's QBR pack. */
export const buildQbrSnapshot = (sources: QbrSources, partnerId: string, options: QbrOptions): QbrSnapshot => {
  const { partner, range } = packPartner(sources, partnerId, options.quarter);
  const asOf = options.asOf === undefined || options.asOf > range.end ? range.end : options.asOf;
  const ctx = packContext(partner, sources, range, asOf);
  const branding = resolveBranding(options.branding);
  const wanted = new Set<QbrSectionKey>(options.sections ?? qbrSectionKeys);
  const scorecard = buildScorecard(ctx, { ...DEFAULT_TARGETS, ...options.targets });

  return deepFreeze({
    partner: { id: partner.id, name: partner.name, territoryId: partner.territoryId, partnerType: partner.partnerType },
    quarter: range,
    asOf,
    metricDefinitionsVersion: METRIC_DEFINITIONS_VERSION,
    branding,
    sections: qbrSectionKeys.filter((key) => key === 'cover' || wanted.has(key)),
    cover: {
      title: 'Quarterly Business Review',
      partnerName: partner.name,
      quarter: range.label,
      period: `${range.start} to ${range.end}`,
      preparedBy: `${ctx.ownerName}, ${branding.name}`,
      vendorName: branding.name,
      partnerType: partnerTypeWords[partner.partnerType],
    },
    glance: buildGlance(ctx),
    scorecard: scorecard.section,
    pipeline: buildPipeline(ctx, scorecard.cards),
    certifications: buildCertifications(ctx),
    solutions: buildSolutions(ctx),
    incentives: buildIncentives(ctx),
    investment: buildInvestment(ctx, scorecard.cards),
    commitmentsLast: buildCommitments(ctx, shiftQuarter(range.label, -1)),
    commitmentsNext: buildCommitments(ctx, shiftQuarter(range.label, 1)),
    appendix: buildAppendix(scorecard.section.rows.map((r) => r.key)),
  });
};
