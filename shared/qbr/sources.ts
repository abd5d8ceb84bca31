import type { Activity, Commitment } from '../domain/activity';
import type { BusinessPlan } from '../domain/business-plan';
import type { Certification, CertificationProgram } from '../domain/certification';
import type { Contact } from '../domain/contact';
import type { IncentiveProgram } from '../domain/incentive-program';
import type { IncentiveStatementRecord } from '../domain/incentive-statement-record';
import type { Investment } from '../domain/investment';
import type { JointSolution } from '../domain/joint-solution';
import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import type { ProgramSettings } from '../domain/program-settings';
import type { TierRuleSet } from '../domain/tier-rules';

/** Someone a pack names by id (the partner's owner); without a name the id is shown. */
export interface QbrPerson {
  id: string;
  displayName: string;
}

/**
 * The records a pack is built from. Any wider set works (a whole workspace);
 * the snapshot keeps the partner's own live records, its territory's deals
 * (the direct baseline and pipeline total of its metrics) and the
 * program-wide rules.
 */
export interface QbrSources {
  partners: readonly Partner[];
  contacts: readonly Contact[];
  certifications: readonly Certification[];
  certificationPrograms: readonly CertificationProgram[];
  tierRuleSets: readonly TierRuleSet[];
  jointSolutions: readonly JointSolution[];
  opportunities: readonly Opportunity[];
  investments: readonly Investment[];
  incentivePrograms: readonly IncentiveProgram[];
  /** Closed statements: a closed quarter's statement is its frozen snapshot, a paid one an incentive payment. */
  incentiveStatements: readonly IncentiveStatementRecord[];
  activities: readonly Activity[];
  commitments: readonly Commitment[];
  /** Joint business plans; the pack measures the partner against the one for the quarter's half. */
  businessPlans: readonly BusinessPlan[];
  people?: readonly QbrPerson[];
  /** The program settings record: its quarterly exchange rates convert other currencies in the metrics. Absent: none. */
  programSettings?: readonly ProgramSettings[];
}

const groupBy = <T>(records: readonly T[], key: (r: T) => string | null): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const k = key(r);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [r]);
  }
  return groups;
};

/**
 * Indexes a workspace once so a batch can cut each partner's sources in
 * constant time: filtering 100k records anew for each of 100 partners would
 * cost more than building the packs.
 */
export const sourcesIndex = (workspace: QbrSources): ((partnerId: string) => QbrSources) => {
  const byPartner = <T extends { partnerId: string | null }>(records: readonly T[]) => groupBy(records, (r) => r.partnerId);
  const contacts = byPartner(workspace.contacts);
  const certifications = byPartner(workspace.certifications);
  const solutions = byPartner(workspace.jointSolutions);
  const investments = byPartner(workspace.investments);
  const statements = byPartner(workspace.incentiveStatements);
  const activities = byPartner(workspace.activities);
  const commitments = byPartner(workspace.commitments);
  const plans = byPartner(workspace.businessPlans);
  const partnerDeals = byPartner(workspace.opportunities);
  const territoryDeals = groupBy(workspace.opportunities, (o) => o.territoryId);
  const partners = groupBy(workspace.partners, (p) => p.id);

  return (partnerId) => {
    const partner = partners.get(partnerId) ?? [];
    const territory = partner[0]?.territoryId;
    const ownDeals = partnerDeals.get(partnerId) ?? [];
    const territoryOthers = territory === undefined ? [] : (territoryDeals.get(territory) ?? []).filter((o) => o.partnerId !== partnerId);
    return {
      partners: partner,
      contacts: contacts.get(partnerId) ?? [],
      certifications: certifications.get(partnerId) ?? [],
      certificationPrograms: workspace.certificationPrograms,
      tierRuleSets: workspace.tierRuleSets,
      jointSolutions: solutions.get(partnerId) ?? [],
      opportunities: [...ownDeals, ...territoryOthers],
      investments: investments.get(partnerId) ?? [],
      incentivePrograms: workspace.incentivePrograms,
      incentiveStatements: statements.get(partnerId) ?? [],
      activities: activities.get(partnerId) ?? [],
      commitments: commitments.get(partnerId) ?? [],
      businessPlans: plans.get(partnerId) ?? [],
      people: workspace.people,
      programSettings: workspace.programSettings,
    };
  };
};
