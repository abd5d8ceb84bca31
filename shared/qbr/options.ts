import type { MetricKey } from '../metrics/types';
import type { QbrBrandingInput } from './branding';
import type { QbrSectionKey } from './sections';
import type { MetricTarget } from './targets';

export const qbrFormats = ['pptx', 'pdf', 'xlsx'] as const;
export type QbrFormat = (typeof qbrFormats)[number];

/**
 * Who the pack is for (DESIGN §7): the partner pack (the default, what the
 * partner's VP receives) never shows the vendor's investment, ROI or
 * program-internal metrics; the internal review may.
 */
export const qbrAudiences = ['partner', 'internal'] as const;
export type QbrAudience = (typeof qbrAudiences)[number];

export interface QbrOptions {
  /** Defaults to `partner`. */
  audience?: QbrAudience;
  /** `2026-Q3`. */
  quarter: string;
  /** The day the pack is made (ISO date); defaults to the quarter's last day. Later days count as the last day. */
  asOf?: string;
  /** Defaults to all three. */
  formats?: readonly QbrFormat[];
  /** Defaults to every section; the cover is always kept, as every format opens with it. */
  sections?: readonly QbrSectionKey[];
  branding?: QbrBrandingInput;
  /** HQ's own targets for some metrics; the rest keep the program defaults. */
  targets?: Partial<Record<MetricKey, MetricTarget>>;
}
