import { tiers, type PartnerType } from '../../../shared/domain/common';
import type { IncentiveRule, IncentiveRuleKind } from '../../../shared/domain/incentive-program';
import { tierNames } from '../../../shared/domain/partner-tier';
import { quarterOf, quarterRange, type FiscalCalendar } from '../../../shared/domain/quarter';

/**
 * What HQ reads and types for each incentive rule kind: its name in plain
 * English, its inputs and the unit each is typed in, and the rule a newly
 * added one starts as. The draft, the form and the checks are all driven
 * from this table, so a kind is described once.
 */

type Rule<K extends IncentiveRuleKind> = Extract<IncentiveRule, { kind: K }>;
type FieldOf<R> = Exclude<keyof R, 'kind'> & string;
type ListFieldOf<R> = { [F in FieldOf<R>]: R[F] extends readonly unknown[] ? F : never }[FieldOf<R>];
type RowOf<R> = R[ListFieldOf<R>] extends readonly (infer Row)[] ? Row : never;

/** How an input is typed: money in dollars, rates in percent, counts as whole numbers. */
export type InputUnit = 'dollars' | 'percent' | 'count' | 'text' | 'date';

export interface RuleInput<F extends string = string> {
  /** The rule's field the input stands for; draft values and schema errors are keyed by it. */
  field: F;
  /** The field's name, without the unit: messages are built from it ("Rate must be at most 100%"). */
  label: string;
  unit: InputUnit;
  /** Empty stands for "not set" and is left out of the rule (a cap that is not there). */
  optional?: boolean;
  helperText?: string;
}

/** A field with a fixed set of values, shown as a select. */
export interface RuleChoice<F extends string = string> {
  field: F;
  label: string;
  options: readonly (readonly [string, string])[];
  /** What a stored rule from before the choice existed means (it has no value for it). */
  default?: string;
}

/** A rule's list of bands or dated rates, each row the same inputs. */
export interface RuleRows<F extends string = string, R extends string = string> {
  field: F;
  /** What one row is called: "Band 2", "Remove rate 1". */
  noun: string;
  inputs: readonly RuleInput<R>[];
}

interface Described {
  label: string;
  /** One sentence on what the rule pays, shown under its name. */
  hint: string;
}

/** One kind's spec, its field names checked against the kind's own schema. */
export interface RuleKindSpec<R extends IncentiveRule> extends Described {
  choices: readonly RuleChoice<FieldOf<R>>[];
  inputs: readonly RuleInput<FieldOf<R>>[];
  rows?: RuleRows<ListFieldOf<R>, FieldOf<RowOf<R>>>;
  /** The input a tier may pay its own figure for (`byTier`, shared/domain/incentive-program.ts); absent on kinds without tier rates. */
  byTier?: FieldOf<R>;
  /** The rule a newly added one starts as; `startsOn` is the program's first day (or today), in the program's calendar. */
  example(startsOn: string, calendar: FiscalCalendar): R;
}

/** Any kind's spec, field names as plain strings: what the generic draft code works with. */
export interface AnyRuleKindSpec extends Described {
  choices: readonly RuleChoice[];
  inputs: readonly RuleInput[];
  rows?: RuleRows;
  byTier?: string;
  example(startsOn: string, calendar: FiscalCalendar): IncentiveRule;
}

const rate = <F extends string>(field: F, label = 'Rate'): RuleInput<F> => ({ field, label, unit: 'percent' });
const dollars = <F extends string>(field: F, label: string): RuleInput<F> => ({ field, label, unit: 'dollars' });
// Any rule may be capped and floored (shared/incentives/rule-limits.ts): what it pays in a quarter, at most and at least.
const limitInputs = [
  { field: 'capCents', label: 'Cap', unit: 'dollars', optional: true, helperText: 'At most this a quarter. Empty: no cap' },
  { field: 'floorCents', label: 'Floor', unit: 'dollars', optional: true, helperText: 'At least this a quarter. Empty: no floor' },
] as const;

export const ruleKinds: { [K in IncentiveRuleKind]: RuleKindSpec<Rule<K>> } = {
  'tiered-rebate': {
    label: 'Tiered rebate',
    hint: "A rebate on won resale revenue in the quarter, at a rate set by revenue band. When a program replaces another in mid-quarter, each rebates the deals closed on its own days, at the band the quarter's whole revenue reaches.",
    choices: [
      {
        field: 'mode',
        label: 'How bands pay',
        options: [
          ['marginal', "Marginal: each band's rate on the revenue inside it"],
          ['retroactive', 'Retroactive: the band reached pays on every dollar'],
        ],
      },
    ],
    inputs: [...limitInputs],
    rows: { field: 'bands', noun: 'Band', inputs: [dollars('from', 'From'), rate('rateBps')] },
    example: () => ({ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }] }),
  },
  'new-customer-bonus': {
    label: 'New-customer bonus',
    hint: 'A fixed bonus for every won deal with a new customer (for a reseller, deals it resold, as for the rebate).',
    choices: [],
    inputs: [dollars('amountPerDealCents', 'Amount per deal'), ...limitInputs],
    byTier: 'amountPerDealCents',
    example: () => ({ kind: 'new-customer-bonus', amountPerDealCents: 100_000 }),
  },
  'product-mix-accelerator': {
    label: 'Product-mix accelerator',
    hint: 'An extra rebate on won revenue of a product line the vendor is pushing (for a reseller, its resale, as for the rebate).',
    choices: [],
    inputs: [{ field: 'productLine', label: 'Product line', unit: 'text' }, rate('extraRateBps', 'Extra rate'), ...limitInputs],
    // The product line is HQ's choice; there is no sensible one to assume.
    byTier: 'extraRateBps',
    example: () => ({ kind: 'product-mix-accelerator', productLine: '', extraRateBps: 200 }),
  },
  spiff: {
    label: 'SPIFF (sales promotion)',
    hint: 'A fixed payout per won deal of a product line closed within the promotion window (for a reseller, deals it resold).',
    choices: [],
    inputs: [
      { field: 'name', label: 'Promotion name', unit: 'text' },
      { field: 'productLine', label: 'Product line', unit: 'text' },
      { field: 'from', label: 'From', unit: 'date' },
      { field: 'to', label: 'To', unit: 'date' },
      dollars('amountPerDealCents', 'Amount per deal'),
      ...limitInputs,
    ],
    // A promotion runs to the end of the quarter it starts in unless HQ says otherwise.
    byTier: 'amountPerDealCents',
    example: (startsOn, calendar) => ({
      kind: 'spiff',
      name: '',
      productLine: '',
      from: startsOn,
      to: quarterRange(quarterOf(startsOn, calendar), calendar).end,
      amountPerDealCents: 50_000,
    }),
  },
  'renewal-commission': {
    label: 'Renewal commission',
    hint: 'A commission on won renewals the reseller resold.',
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    byTier: 'rateBps',
    example: () => ({ kind: 'renewal-commission', rateBps: 300 }),
  },
  'deal-registration-commission': {
    label: 'Deal-registration commission',
    hint: 'A commission on won deals the partner registered before they closed (for a reseller, deals it resold).',
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    byTier: 'rateBps',
    example: () => ({ kind: 'deal-registration-commission', rateBps: 200 }),
  },
  'growth-rebate': {
    label: 'Growth rebate',
    hint: "A rebate on the partner's won revenue above what it won in the same quarter last year (for a reseller, its resale). No growth pays nothing.",
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    byTier: 'rateBps',
    example: () => ({ kind: 'growth-rebate', rateBps: 300 }),
  },
  'volume-royalty': {
    label: 'Volume royalty',
    hint: 'An OEM royalty per unit shipped or activated, priced band by band.',
    choices: [
      {
        field: 'basis',
        label: 'Counted by',
        options: [
          ['units', 'Units shipped'],
          ['activations', 'Activations'],
        ],
      },
      {
        field: 'mode',
        label: 'How bands price',
        options: [
          ['marginal', "Marginal: each band's royalty on the units inside it"],
          ['retroactive', 'Retroactive: the band reached prices every unit'],
        ],
        default: 'marginal',
      },
    ],
    inputs: [...limitInputs],
    rows: {
      field: 'bands',
      noun: 'Band',
      inputs: [
        { field: 'from', label: 'From', unit: 'count' },
        dollars('perUnitCents', 'Royalty per unit'),
      ],
    },
    example: () => ({ kind: 'volume-royalty', basis: 'units', mode: 'marginal', bands: [{ from: 0, perUnitCents: 1_000 }] }),
  },
  'revenue-royalty': {
    label: 'Revenue royalty',
    hint: "An OEM royalty as a share of the OEM's own revenue from products carrying the vendor's software, as its usage report states it.",
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    example: () => ({ kind: 'revenue-royalty', rateBps: 500 }),
  },
  'marketplace-revenue-share': {
    label: 'Marketplace revenue share',
    hint: "The ISV's share of marketplace revenue; a new rate can take over from a date.",
    choices: [],
    inputs: [...limitInputs],
    rows: { field: 'rates', noun: 'Rate', inputs: [{ field: 'from', label: 'From', unit: 'date' }, rate('rateBps')] },
    example: (startsOn) => ({ kind: 'marketplace-revenue-share', rates: [{ from: startsOn, rateBps: 1_500 }] }),
  },
  'co-sell-pipeline-bonus': {
    label: 'Co-sell pipeline bonus',
    hint: 'A bonus on the co-sell pipeline the partner created in the quarter.',
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    byTier: 'rateBps',
    example: () => ({ kind: 'co-sell-pipeline-bonus', rateBps: 200 }),
  },
  'new-platform-customer-bonus': {
    label: 'New platform customer bonus',
    hint: 'A bonus per won deal that brings a new customer onto the platform.',
    choices: [],
    inputs: [dollars('amountPerCustomerCents', 'Amount per customer'), ...limitInputs],
    byTier: 'amountPerCustomerCents',
    example: () => ({ kind: 'new-platform-customer-bonus', amountPerCustomerCents: 100_000 }),
  },
  'sourced-pipeline-bonus': {
    label: 'Sourced pipeline bonus',
    hint: 'A bonus on the pipeline the integrator sourced in the quarter.',
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    byTier: 'rateBps',
    example: () => ({ kind: 'sourced-pipeline-bonus', rateBps: 300 }),
  },
  'implementation-attach': {
    label: 'Implementation attach',
    hint: 'An incentive on implementation services attached to won deals.',
    choices: [],
    inputs: [rate('rateBps'), ...limitInputs],
    byTier: 'rateBps',
    example: () => ({ kind: 'implementation-attach', rateBps: 500 }),
  },
  'certification-reward': {
    label: 'Certification reward',
    hint: 'A reward per certification earned in the quarter.',
    choices: [],
    inputs: [dollars('amountPerCertificationCents', 'Amount per certification'), ...limitInputs],
    byTier: 'amountPerCertificationCents',
    example: () => ({ kind: 'certification-reward', amountPerCertificationCents: 50_000 }),
  },
};

export const ruleKindOf = (kind: IncentiveRuleKind): AnyRuleKindSpec => ruleKinds[kind];

/**
 * How a rule with tier rates says which tier pays: shown above its tier
 * inputs, in the words the statement line uses ("8% Gold rate (Gold on Sep
 * 30, 2026)"). Why the last day: `byTierOf`, shared/domain/incentive-program.ts.
 */
export const TIER_RATES_HINT =
  "A tier may pay its own figure instead of the rule's. The whole quarter pays the tier the partner holds on the last day of the program's days in it, so a partner promoted during the quarter is paid the new tier's figure on all of it. Empty: the rule's own.";

/** A kind's tier inputs, "Gold rate" in the unit of the input it stands in for; keyed `byTier.gold`, the schema's own path. */
export const tierInputsOf = (spec: AnyRuleKindSpec): RuleInput[] => {
  const base = spec.inputs.find((i) => i.field === spec.byTier);
  if (!base) return [];
  return tiers.map((tier) => ({ field: `byTier.${tier}`, label: `${tierNames[tier]} ${base.label.toLowerCase()}`, unit: base.unit, optional: true }));
};

export const ruleKindNames = Object.keys(ruleKinds) as IncentiveRuleKind[];

/** The kinds each partner type's program usually pays (DESIGN §2): the one offered first when adding a rule. */
export const usualKinds = {
  reseller: ['tiered-rebate', 'new-customer-bonus', 'product-mix-accelerator', 'spiff', 'renewal-commission'],
  oem: ['volume-royalty'],
  isv: ['marketplace-revenue-share', 'co-sell-pipeline-bonus', 'new-platform-customer-bonus'],
  si: ['sourced-pipeline-bonus', 'implementation-attach', 'certification-reward'],
} as const satisfies Record<PartnerType, readonly IncentiveRuleKind[]>;
