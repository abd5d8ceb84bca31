import type { PartnerType, Tier } from '../../shared/domain/common';
import type { LifecycleStatus } from '../../shared/domain/partner';

/** The words a manager reads for enum values, in one place so every screen agrees. */
export const partnerTypeLabels: Record<PartnerType, string> = { isv: 'ISV', reseller: 'Reseller', oem: 'OEM', si: 'Systems integrator' };
export const tierLabels: Record<Tier, string> = { registered: 'Registered', silver: 'Silver', gold: 'Gold', platinum: 'Platinum' };
export const statusLabels: Record<LifecycleStatus, string> = {
  prospect: 'Prospect',
  onboarding: 'Onboarding',
  active: 'Active',
  'at-risk': 'At risk',
  inactive: 'Inactive',
};

/** Words written one way everywhere, whatever the enum value spells: "QBR", not "Qbr". */
const writtenWords: Readonly<Record<string, string>> = {
  api: 'API',
  crm: 'CRM',
  isv: 'ISV',
  mdf: 'MDF',
  oem: 'OEM',
  pdf: 'PDF',
  qbr: 'QBR',
  qbrs: 'QBRs',
  smb: 'SMB',
  spiff: 'SPIFF',
};

/**
 * "not-started" → "Not started", "qbr" → "QBR", "co-sell-pipeline-bonus" →
 * "Co-sell pipeline bonus": for enum values without a hand-written label.
 * Co-sell keeps its hyphen; an acronym keeps its capitals.
 */
export const words = (value: string): string => {
  const parts = value.split('-');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.toLowerCase() === 'co' && parts[i + 1]?.toLowerCase() === 'sell') {
      out.push(`${part}-${parts[++i]!}`);
      continue;
    }
    out.push(writtenWords[part.toLowerCase()] ?? part);
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
