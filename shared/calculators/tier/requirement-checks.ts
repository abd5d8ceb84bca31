import { formatCents } from '../../domain/money';
import { formatCount, plural } from '../../domain/text';
import type { TierRequirement } from '../../domain/tier-rules';
import type { RequirementCheck, RequirementKind, TierMeasures } from './types';

/** Names a certification program for sentences. */
export type ProgramNamer = (programId: string) => string;

/**
 * Measures one tier's requirements, in a fixed order (revenue, pipeline,
 * people, integration, consultants) so gap lists read the same every time.
 * Only thresholds the rule set states are checked: absent means not required.
 */
export const checkRequirement = (
  requirement: TierRequirement,
  measures: TierMeasures,
  programName: ProgramNamer,
): RequirementCheck[] => {
  const checks: RequirementCheck[] = [];
  if (requirement.minTrailingRevenueCents !== undefined) {
    checks.push(
      check('trailing-revenue', null, 'Trailing revenue', 'cents', measures.trailingRevenueCents, requirement.minTrailingRevenueCents, (n) => `${formatCents(n)} more trailing revenue`),
    );
  }
  if (requirement.minOpenPipelineCents !== undefined) {
    checks.push(
      check('open-pipeline', null, 'Open pipeline', 'cents', measures.openPipelineCents, requirement.minOpenPipelineCents, (n) => `${formatCents(n)} more open pipeline`),
    );
  }
  for (const { programId, count } of requirement.certifiedPeople) {
    const program = programName(programId);
    checks.push(
      check('certified-people', programId, `Contacts certified in ${program}`, 'count', measures.certifiedContacts[programId] ?? 0, count, (n) => `${more(n, 'contact', 'contacts')} certified in ${program}`),
    );
  }
  // `integrationCertified: false` states the absence of a requirement, like leaving it out.
  if (requirement.integrationCertified === true) {
    checks.push(
      check('certified-integration', null, 'Certified integration', 'count', measures.certifiedIntegrations, 1, (n) => more(n, 'certified integration', 'certified integrations')),
    );
  }
  if (requirement.minCertifiedConsultants !== undefined) {
    checks.push(
      check('certified-consultants', null, 'Certified consultants', 'count', measures.certifiedConsultants, requirement.minCertifiedConsultants, (n) => more(n, 'certified consultant', 'certified consultants')),
    );
  }
  return checks;
};

const check = (
  kind: RequirementKind,
  programId: string | null,
  label: string,
  unit: RequirementCheck['unit'],
  have: number,
  need: number,
  shortfall: (missing: number) => string,
): RequirementCheck => ({
  key: programId === null ? kind : `${kind}:${programId}`,
  kind,
  programId,
  label,
  unit,
  have,
  need,
  // Exactly meeting a threshold meets it.
  met: have >= need,
  shortfall: have >= need ? null : shortfall(need - have),
});

const more = (n: number, one: string, many: string): string => `${formatCount(n)} more ${plural(n, one, many)}`;
