import type { PlanObjectiveKind, PlanOwnerSide, PlanStatus } from '../../../shared/domain/business-plan';
import { formatCents } from '../../../shared/domain/money';
import type { PlanPace } from '../../../shared/plans';

/** The words for a plan's values, one place for the tab, the overview card and the dashboard. */
export const objectiveKindLabels: Record<PlanObjectiveKind, string> = {
  'partner-sourced-revenue': 'Partner-sourced revenue',
  'influenced-pipeline': 'Influenced pipeline',
  'won-deals': 'Deals won',
  'new-customers': 'New customers',
  'certified-people': 'Certified people',
  'integrations-certified': 'Integrations certified',
  'joint-marketing-activities': 'Joint marketing activities',
  custom: 'Custom (actual typed in)',
};

export const ownerSideLabels: Record<PlanOwnerSide, string> = { vendor: 'Vendor', partner: 'Partner', joint: 'Joint' };

export const planStatusLabels: Record<PlanStatus, string> = { draft: 'Draft', agreed: 'Agreed', locked: 'Locked' };

export const paceLabels: Record<PlanPace, string> = { 'on-track': 'On track', behind: 'Behind', 'at-risk': 'At risk' };

/** MUI colours for a pace, so every screen paints it alike. */
export const paceColors: Record<PlanPace, 'success' | 'warning' | 'error'> = { 'on-track': 'success', behind: 'warning', 'at-risk': 'error' };

/** An objective's figure in its unit: "$120,000" for money, "12" for a count. */
export const figureText = (value: number, unit: 'cents' | 'count'): string => (unit === 'cents' ? formatCents(value) : value.toLocaleString('en-US'));

/** 0.625 → "63%". */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;
