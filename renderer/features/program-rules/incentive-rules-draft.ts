import type { IncentiveRule, IncentiveRuleKind } from '../../../shared/domain/incentive-program';
import type { FiscalCalendar } from '../../../shared/domain/quarter';
import { bpsOrUndefined, bpsText, centsOrUndefined, centsText, intOrUndefined } from '../../ui/form-state';
import { ruleKindOf, tierInputsOf, type InputUnit, type RuleInput } from './incentive-rules-kinds';

/**
 * The rules of an incentive program as HQ is typing them: every input is the
 * text in its box (dollars, percent), so a half-typed amount or a failed save
 * never loses anything. Values are keyed by the rule's own field names, so a
 * schema error at `rules.0.bands.1.from` names draft rule 0, row 1, `from`.
 */
export interface IncentiveRuleDraft {
  kind: IncentiveRuleKind;
  /** Each input and choice as typed; `rateBps` holds the percent typed ("2.5"), `capCents` the dollars, `byTier.gold` Gold's rate. */
  values: Record<string, string>;
  /** The bands or dated rates, each input as typed; empty for kinds without such a list. */
  rows: Record<string, string>[];
}

/** Stored value → the text its input shows. */
const textOf: Record<InputUnit, (value: unknown) => string> = {
  dollars: (v) => centsText(v as number | undefined),
  percent: (v) => bpsText(v as number | undefined),
  count: (v) => (v === undefined ? '' : String(v)),
  text: (v) => (v as string | undefined) ?? '',
  date: (v) => (v as string | undefined) ?? '',
};

/**
 * Typed text → the value the schema checks. Empty becomes undefined, so the
 * message says "is required" rather than "must be a number"; text that is not
 * a number becomes NaN, which the schema names as such.
 */
export const valueOf: Record<InputUnit, (text: string) => number | string | undefined> = {
  // Trimmed first, so "$ 1,500" and "2.5 %" read as typed.
  dollars: (t) => centsOrUndefined(t.trim()),
  percent: (t) => bpsOrUndefined(t.trim()),
  count: intOrUndefined,
  text: (t) => t.trim() || undefined,
  date: (t) => t.trim() || undefined,
};

const textsOf = (inputs: readonly RuleInput[], source: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(inputs.map((i) => [i.field, textOf[i.unit](source[i.field])]));

/** Inputs as values; an empty optional input is left out, as a rule without it is stored. */
const valuesOf = (inputs: readonly RuleInput[], texts: Record<string, string>): Record<string, unknown> =>
  Object.fromEntries(
    inputs.flatMap((i) => {
      const value = valueOf[i.unit](texts[i.field] ?? '');
      return i.optional && value === undefined ? [] : [[i.field, value]];
    }),
  );

/** A rule's tier rates, keyed as their inputs are (`byTier.gold`), so the texts and values read like the rule's other inputs. */
const tierValuesOf = (stored: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries((stored.byTier ?? {}) as Record<string, unknown>).map(([tier, value]) => [`byTier.${tier}`, value]));

/** The tier inputs' values as the rule stores them: `byTier: { gold: 800 }`, left out when no tier has its own. */
const byTierOf = (inputs: readonly RuleInput[], texts: Record<string, string>): Record<string, unknown> => {
  const byTier = Object.fromEntries(Object.entries(valuesOf(inputs, texts)).map(([field, value]) => [field.slice('byTier.'.length), value]));
  return Object.keys(byTier).length === 0 ? {} : { byTier };
};

export const draftFromRule = (rule: IncentiveRule): IncentiveRuleDraft => {
  const spec = ruleKindOf(rule.kind);
  const stored = rule as unknown as Record<string, unknown>;
  const rows = spec.rows ? (stored[spec.rows.field] as Record<string, unknown>[]) : [];
  return {
    kind: rule.kind,
    values: {
      ...Object.fromEntries(spec.choices.map((c) => [c.field, String(stored[c.field] ?? c.default)])),
      ...textsOf(spec.inputs, stored),
      ...textsOf(tierInputsOf(spec), tierValuesOf(stored)),
    },
    rows: rows.map((row) => textsOf(spec.rows!.inputs, row)),
  };
};

/** The stored rules as the editor shows them. */
export const draftFromRules = (rules: readonly IncentiveRule[]): IncentiveRuleDraft[] => rules.map(draftFromRule);

/** The rule a draft stands for, not yet checked: the schema says what is wrong with it. */
export const ruleFromDraft = (draft: IncentiveRuleDraft): Record<string, unknown> => {
  const spec = ruleKindOf(draft.kind);
  return {
    kind: draft.kind,
    ...Object.fromEntries(spec.choices.map((c) => [c.field, draft.values[c.field]])),
    ...valuesOf(spec.inputs, draft.values),
    ...byTierOf(tierInputsOf(spec), draft.values),
    ...(spec.rows && { [spec.rows.field]: draft.rows.map((row) => valuesOf(spec.rows!.inputs, row)) }),
  };
};

export const rulesFromDraft = (drafts: readonly IncentiveRuleDraft[]): Record<string, unknown>[] => drafts.map(ruleFromDraft);

/** A rule as added: the kind's example, so it starts with sensible values rather than empty boxes. */
export const newRuleDraft = (kind: IncentiveRuleKind, startsOn: string, calendar: FiscalCalendar): IncentiveRuleDraft =>
  draftFromRule(ruleKindOf(kind).example(startsOn, calendar));

/** A new band or rate row: empty, for HQ to type where it starts and what it pays. */
export const emptyRow = (kind: IncentiveRuleKind): Record<string, string> =>
  Object.fromEntries((ruleKindOf(kind).rows?.inputs ?? []).map((i) => [i.field, '']));
