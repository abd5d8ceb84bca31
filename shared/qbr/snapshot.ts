import { partnerSchema, type Partner } from '../domain/partner';
import { quarterRange, shiftQuarter, type FiscalCalendar, type QuarterRange } from '../domain/quarter';
import { METRIC_DEFINITIONS_VERSION } from '../metrics/definitions';
import { audienceWords, isFor, metricIsFor } from './audiences';
import { resolveBranding, type QbrBranding } from './branding';
import { emptyReason } from './content';
import { packCalendar, packContext } from './context';
import { QbrDataError } from './errors';
import type { QbrAudience, QbrOptions } from './options';
import { qbrSectionKeys, qbrSectionTitles, type QbrSectionKey } from './sections';
import { buildAppendix, type AppendixSection } from './sections/appendix';
import { buildCertifications, type CertificationsSection } from './sections/certifications';
import { buildCommitments, type CommitmentsSection } from './sections/commitments';
import { buildGlance, type GlanceSection } from './sections/glance';
import { buildIncentives, type IncentivesSection } from './sections/incentives';
import { buildInvestment, type InvestmentSection } from './sections/investment';
import { buildPipeline, type PipelineSection } from './sections/pipeline';
import { buildPlan, type PlanSection } from './sections/plan';
import { buildScorecard, type ScorecardSection } from './sections/scorecard';
import { buildSolutions, type SolutionsSection } from './sections/solutions';
import { buildVisits, type VisitsSection } from './sections/visits';
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
export interface OmittedSection {
  key: QbrSectionKey;
  title: string;
  /** One sentence: what is missing. */
  reason: string;
}

export interface QbrSnapshot {
  /** Who the pack is for; every writer reads it (the internal review is marked as such). */
  audience: QbrAudience;
  partner: { id: string; name: string; territoryId: string; partnerType: Partner['partnerType'] };
  quarter: QuarterRange;
  asOf: string;
  metricDefinitionsVersion: string;
  branding: QbrBranding;
  /** The sections the writers render, in reading order: those asked for, for the audience, with something to show. */
  sections: QbrSectionKey[];
  /** Sections asked for (and for the audience) left out for having nothing to show; the agenda names them. */
  omitted: OmittedSection[];
  cover: CoverSection;
  glance: GlanceSection;
  plan: PlanSection;
  scorecard: ScorecardSection;
  pipeline: PipelineSection;
  certifications: CertificationsSection;
  solutions: SolutionsSection;
  incentives: IncentivesSection;
  investment: InvestmentSection;
  visits: VisitsSection;
  commitmentsLast: CommitmentsSection;
  commitmentsThis: CommitmentsSection;
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

const resolveQuarter = (partnerId: string, partnerName: string | null, label: string, calendar: FiscalCalendar): QuarterRange => {
  try {
    return quarterRange(label, calendar);
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
  const range = resolveQuarter(partnerId, name, quarter, packCalendar(sources));
  if (record.enrolledOn > range.end) {
    throw new QbrDataError('not-enrolled-yet', partnerId, name, `enrolled on ${record.enrolledOn}, after ${range.label} ended.`);
  }
  return { partner: parsed.data, range };
};

/** Builds the one immutable snapshot of a partner's QBR pack for its audience (the partner, unless asked otherwise). */
export const buildQbrSnapshot = (sources: QbrSources, partnerId: string, options: QbrOptions): QbrSnapshot => {
  const { partner, range } = packPartner(sources, partnerId, options.quarter);
  const audience = options.audience ?? 'partner';
  const asOf = options.asOf === undefined || options.asOf > range.end ? range.end : options.asOf;
  const ctx = packContext(partner, sources, range, asOf, audience);
  const branding = resolveBranding(options.branding);
  const wanted = new Set<QbrSectionKey>(options.sections ?? qbrSectionKeys);
  const asked = qbrSectionKeys.filter((key) => (key === 'cover' || wanted.has(key)) && isFor(key, audience));
  const scorecard = buildScorecard(ctx, { ...DEFAULT_TARGETS, ...options.targets });
  const plan = buildPlan(ctx);
  const pipeline = buildPipeline(ctx, scorecard.cards);
  const shown = new Set(asked);
  // The appendix defines what the pack quotes: the scorecard's metrics when it has one, else those the pipeline page shows.
  const metricKeys = scorecard.section.rows.map((r) => r.key);
  const quoted = shown.has('scorecard') ? metricKeys : shown.has('pipeline') && pipeline.noData === null ? metricKeys.filter((k) => metricIsFor(k, 'partner')) : [];

  const sections = {
    audience,
    partner: { id: partner.id, name: partner.name, territoryId: partner.territoryId, partnerType: partner.partnerType },
    quarter: range,
    asOf,
    metricDefinitionsVersion: METRIC_DEFINITIONS_VERSION,
    branding,
    cover: {
      title: audienceWords[audience].title,
      partnerName: partner.name,
      quarter: range.label,
      period: `${range.start} to ${range.end}`,
      preparedBy: `${ctx.ownerName}, ${branding.name}`,
      vendorName: branding.name,
      partnerType: partnerTypeWords[partner.partnerType],
    },
    glance: buildGlance(ctx),
    plan,
    scorecard: scorecard.section,
    pipeline,
    certifications: buildCertifications(ctx),
    solutions: buildSolutions(ctx),
    incentives: buildIncentives(ctx),
    investment: buildInvestment(ctx, scorecard.cards),
    visits: buildVisits(ctx),
    commitmentsLast: buildCommitments(ctx, shiftQuarter(range.label, -1)),
    commitmentsThis: buildCommitments(ctx, range.label),
    commitmentsNext: buildCommitments(ctx, shiftQuarter(range.label, 1)),
    appendix: buildAppendix(quoted, shown.has('plan') && plan.noData === null),
  };
  const omitted = asked.flatMap((key): OmittedSection[] => {
    const reason = emptyReason(key, sections);
    return reason === null ? [] : [{ key, title: qbrSectionTitles[key], reason }];
  });
  const dropped = new Set(omitted.map((o) => o.key));
  return deepFreeze({ ...sections, sections: asked.filter((key) => !dropped.has(key)), omitted });
};
