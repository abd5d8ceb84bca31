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

/** "not-started" → "Not started": for enum values without a hand-written label. */
export const words = (value: string): string => {
  const spaced = value.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};
