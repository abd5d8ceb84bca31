import type { z } from 'zod';
import {
  integrationSchema,
  oemUsageReportSchema,
  resellerAttributesSchema,
  type Integration,
  type OemUsageReport,
  type PartnerAttributes,
} from '../../../shared/domain/partner';
import { currencyCodes, currencyOf, PROGRAM_CURRENCY, type CurrencyCode } from '../../../shared/domain/currency';
import { formatCents } from '../../../shared/domain/money';
import type { Partner } from '../../../shared/domain/partner';
import { validate } from '../../../shared/domain/validation';
import { centsOrUndefined, centsText, intOrUndefined, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { words } from '../../ui/labels';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

type ProductLine = z.infer<typeof resellerAttributesSchema>['productLines'][number];

/**
 * One list a partner record holds in its type's attributes: how its entries
 * are shown, edited as text and turned back into entries. The tier counts
 * certified integrations and the incentives read the product lines and the
 * shipment reports, so a manager must be able to keep them current.
 */
export interface AttributeList<Item> {
  /** The attributes field holding the list. */
  key: 'integrations' | 'productLines' | 'usageReports';
  title: string;
  /** One entry, in words: "integration". */
  entryName: string;
  schema: z.ZodType<Item>;
  columns: readonly string[];
  cells(item: Item): readonly string[];
  /** How an entry is named in a confirmation or a notice. */
  label(item: Item): string;
  fields: readonly FieldSpec[];
  /** `quarter`: today's quarter of the program's calendar, for a new entry that names one. */
  toDraft(item: Item | undefined, quarter: string): Draft;
  /** The draft as an entry, unchecked: the schema names what is wrong. */
  toItem(draft: Draft): Record<string, unknown>;
  /** Display order. */
  order?(a: Item, b: Item): number;
  /** A problem with the entry among the others (the list minus the entry being edited), or null. */
  clash?(item: Item, others: readonly Item[]): { field: string; message: string } | null;
}

const yesNo = [
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;
const choices = <T extends string>(values: readonly T[]) => values.map((v) => [v, words(v)] as const);

/** A second entry of the same name (case and spaces aside) would be counted twice. */
const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const nameTaken =
  (advice: string) =>
  <T extends { name: string }>(entry: T, others: readonly T[]) =>
    others.some((o) => sameName(o.name, entry.name)) ? { field: 'name', message: `${entry.name} is already listed${advice}` } : null;

/** "api" is an acronym: words() would write "Api". */
const depthLabels: Record<Integration['depth'], string> = { connector: 'Connector', api: 'API', embedded: 'Embedded', native: 'Native' };

const integrations: AttributeList<Integration> = {
  key: 'integrations',
  title: 'Integrations',
  entryName: 'integration',
  schema: integrationSchema,
  columns: ['Integration', 'Depth', 'Certification', 'Marketplace'],
  cells: (i) => [i.name, depthLabels[i.depth], words(i.certificationStatus), i.marketplaceListed ? 'Listed' : 'Not listed'],
  label: (i) => i.name,
  fields: [
    { name: 'name', label: 'Integration name', required: true, width: 12 },
    { name: 'depth', label: 'Depth', options: Object.entries(depthLabels), width: 4 },
    { name: 'certificationStatus', label: 'Certification', options: choices(integrationSchema.shape.certificationStatus.options), width: 4 },
    { name: 'marketplaceListed', label: 'Listed on the marketplace', options: yesNo, width: 4 },
  ],
  toDraft: (i) => ({
    name: i?.name ?? '',
    depth: i?.depth ?? 'api',
    certificationStatus: i?.certificationStatus ?? 'not-started',
    marketplaceListed: i?.marketplaceListed ? 'yes' : 'no',
  }),
  toItem: (d) => ({ name: d.name ?? '', depth: d.depth, certificationStatus: d.certificationStatus, marketplaceListed: d.marketplaceListed === 'yes' }),
  clash: nameTaken(': edit that integration'),
};

const productLines: AttributeList<ProductLine> = {
  key: 'productLines',
  title: 'Product lines',
  entryName: 'product line',
  schema: resellerAttributesSchema.shape.productLines.element,
  columns: ['Product line', 'Competes with ours'],
  cells: (l) => [l.name, l.competing ? 'Yes' : 'No'],
  label: (l) => l.name,
  fields: [
    { name: 'name', label: 'Product line', required: true, width: 8 },
    { name: 'competing', label: 'Competes with ours', options: yesNo, width: 4 },
  ],
  toDraft: (l) => ({ name: l?.name ?? '', competing: l?.competing ? 'yes' : 'no' }),
  toItem: (d) => ({ name: d.name ?? '', competing: d.competing === 'yes' }),
  clash: nameTaken(''),
};

/** What came back in the quarter, in one cell: "200 units, $1,500 refunded", or "—". */
const returnsText = (r: OemUsageReport): string => {
  const parts = [
    r.returnedUnits ? `${r.returnedUnits.toLocaleString('en-US')} units` : '',
    r.returnedActivations ? `${r.returnedActivations.toLocaleString('en-US')} activations` : '',
    r.refundedRevenueCents ? `${formatCents(r.refundedRevenueCents, currencyOf(r))} refunded` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '—';
};

/** An optional count or money input: left empty, the report has no such field. */
const optionalEntry = <K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, number>);

const usageReports: AttributeList<OemUsageReport> = {
  key: 'usageReports',
  title: 'Shipment reports',
  entryName: 'shipment report',
  schema: oemUsageReportSchema,
  columns: ['Quarter', 'Units shipped', 'Activations', 'OEM revenue', 'Returns'],
  cells: (r) => [
    r.quarter,
    r.units.toLocaleString('en-US'),
    r.activations.toLocaleString('en-US'),
    r.revenueCents === undefined ? '—' : formatCents(r.revenueCents, currencyOf(r)),
    returnsText(r),
  ],
  label: (r) => `The ${r.quarter} report`,
  // Inputs are named as the schema names the fields, so a value it refuses is shown under its input.
  fields: [
    { name: 'quarter', label: 'Quarter', required: true, width: 4, helperText: 'Like 2026-Q3' },
    { name: 'units', label: 'Units shipped', required: true, width: 4, kind: 'number' },
    { name: 'activations', label: 'Activations', required: true, width: 4, kind: 'number' },
    { name: 'revenueCents', label: 'Revenue from products carrying ours', width: 8, helperText: 'For a royalty on revenue. Empty: not reported' },
    // The currency of the revenue and refunds; converted at HQ's rate for the report's quarter.
    { name: 'currency', label: 'Currency', options: currencyCodes.map((c) => [c, c] as const), width: 4 },
    { name: 'returnedUnits', label: 'Returned units', width: 4, kind: 'number', helperText: 'Credited back this quarter' },
    { name: 'returnedActivations', label: 'Returned activations', width: 4, kind: 'number' },
    { name: 'refundedRevenueCents', label: 'Refunded revenue', width: 4, helperText: 'Taken off the revenue' },
  ],
  toDraft: (r, quarter) => ({
    quarter: r?.quarter ?? quarter,
    units: r ? String(r.units) : '',
    activations: r ? String(r.activations) : '',
    revenueCents: centsText(r?.revenueCents),
    returnedUnits: r?.returnedUnits === undefined ? '' : String(r.returnedUnits),
    returnedActivations: r?.returnedActivations === undefined ? '' : String(r.returnedActivations),
    refundedRevenueCents: centsText(r?.refundedRevenueCents),
    currency: r ? currencyOf(r) : PROGRAM_CURRENCY,
  }),
  toItem: (d) => ({
    quarter: (d.quarter ?? '').trim().toUpperCase(),
    units: intOrUndefined(d.units ?? ''),
    activations: intOrUndefined(d.activations ?? ''),
    ...optionalEntry('revenueCents', centsOrUndefined(d.revenueCents ?? '')),
    ...optionalEntry('returnedUnits', intOrUndefined(d.returnedUnits ?? '')),
    ...optionalEntry('returnedActivations', intOrUndefined(d.returnedActivations ?? '')),
    ...optionalEntry('refundedRevenueCents', centsOrUndefined(d.refundedRevenueCents ?? '')),
    // Absent is the program currency: a report kept in it stores no field.
    ...(d.currency && d.currency !== PROGRAM_CURRENCY && { currency: d.currency as CurrencyCode }),
  }),
  // Newest quarter first: the one a QBR talks about.
  order: (a, b) => b.quarter.localeCompare(a.quarter),
  // Royalties are counted per quarter: two reports for one quarter would count its shipments twice.
  clash: (r, others) =>
    others.some((o) => o.quarter === r.quarter) ? { field: 'quarter', message: `${r.quarter} already has a report: edit that one` } : null,
};

/** The list a partner of this type keeps, if any (systems integrators keep none). */
export const attributeListFor = (attributes: PartnerAttributes): { list: AttributeList<unknown>; items: readonly unknown[] } | null => {
  switch (attributes.partnerType) {
    case 'isv':
      return { list: integrations, items: attributes.integrations };
    case 'reseller':
      return { list: productLines, items: attributes.productLines };
    case 'oem':
      return { list: usageReports, items: attributes.usageReports };
    case 'si':
      return null;
  }
};

export const attributeLists = { integrations, productLines, usageReports };

/** The list with the entry at `index` replaced by `item`, or `item` added when `index` is null. */
export const withEntry = <T>(items: readonly T[], index: number | null, item: T): T[] =>
  index === null ? [...items, item] : items.map((existing, i) => (i === index ? item : existing));

/** The list with `item` put back at `index` (Undo of a removal). */
export const withEntryAt = <T>(items: readonly T[], index: number, item: T): T[] => [...items.slice(0, index), item, ...items.slice(index)];

/** The list without the entry at `index`. */
export const withoutEntry = <T>(items: readonly T[], index: number): T[] => items.filter((_item, i) => i !== index);

/** Errors of the partner record under the list (`attributes.integrations.2.name`) → the entry's input (`name`). */
const entryInputs = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.replace(/^attributes\.[a-zA-Z]+\.\d+\./, ''), message]));

/**
 * One entry of a partner's list, new (`index` null) or the one at `index`,
 * as a form on the partner record. The entry is checked on its own first, so
 * its messages name its fields plainly ("Name is required"), and against the
 * others. Saved, it goes where the entry is stored now: another device's
 * entry added or changed meanwhile stays.
 */
export const attributeEntryForm = (partner: Partner, list: AttributeList<unknown>, index: number | null, quarter: string): RecordFormSpec<'partners', Draft> => {
  const itemsOf = (p: Partner) => attributeListFor(p.attributes)?.items ?? [];
  return {
    table: 'partners',
    record: partner,
    draftOf: (p) => list.toDraft(index === null || !p ? undefined : itemsOf(p)[index], quarter),
    toRecord: (d, opened) => {
      const stored = opened ?? partner;
      return { attributes: { ...stored.attributes, [list.key]: withEntry(itemsOf(stored), index, list.toItem(d)) } };
    },
    // The record as the form stands for it is the list as it opened, without the entry being typed.
    image: (p) => ({ attributes: p.attributes }),
    shownFields: [...list.fields.map((f) => f.name), `attributes.${list.key}`],
    inputErrors: entryInputs,
    check: (_fields, { draft, opened }) => {
      const checked = validate(list.schema, list.toItem(draft));
      if (!checked.ok) return checked.errors;
      const clash = list.clash?.(checked.value, withoutEntry(itemsOf(opened ?? partner), index ?? -1));
      return clash ? [clash] : [];
    },
  };
};
