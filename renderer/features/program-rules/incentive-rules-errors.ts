import { formatCents } from '../../../shared/domain/money';
import { tierNames } from '../../../shared/domain/partner-tier';
import type { Tier } from '../../../shared/domain/common';
import { formatCount } from '../../../shared/domain/text';
import type { FieldErrors } from '../../ui/form-state';
import { valueOf, type IncentiveRuleDraft } from './incentive-rules-draft';
import { ruleKindOf, tierInputsOf, type InputUnit } from './incentive-rules-kinds';

/**
 * Where an error about a rule belongs on screen. The shared schema checks a
 * band list as a whole ("must start at 0 and rise band by band"); HQ needs to
 * see the row at fault, so when the schema rejects a list this finds the
 * first row that breaks the order and puts the message under its "From".
 */

const shown: Partial<Record<InputUnit, (value: number) => string>> = { dollars: formatCents, count: formatCount };

const comparable = (value: number | string | undefined): boolean => value !== undefined && !Number.isNaN(value);

/** The order errors of one rule's rows, keyed by input path; empty when the order is fine. */
const orderErrors = (draft: IncentiveRuleDraft, index: number): FieldErrors => {
  const rows = ruleKindOf(draft.kind).rows;
  const from = rows?.inputs.find((i) => i.field === 'from');
  if (!rows || !from || draft.rows.length === 0) return {};
  const path = (row: number) => `rules.${index}.${rows.field}.${row}.from`;
  const starts = draft.rows.map((row) => valueOf[from.unit](row.from ?? ''));
  const format = shown[from.unit];
  // Bands price from the first dollar (or unit), so the first must start at 0; dated rates may start any day.
  if (format && starts[0] !== 0) return { [path(0)]: `From must be 0: the first ${rows.noun.toLowerCase()} starts at ${format(0)}` };
  for (let row = 1; row < starts.length; row++) {
    const [before, at] = [starts[row - 1], starts[row]];
    // The schema only checks the order once every row reads well, so both ends are set here; stay safe anyway.
    if (!comparable(before) || !comparable(at) || at! > before!) continue;
    const previous = `${rows.noun.toLowerCase()} ${row}`;
    return {
      [path(row)]: format
        ? `From must be above ${previous}'s ${format(before as number)}`
        : `From must be after ${previous}'s date, ${before}`,
    };
  }
  return {};
};

/** Moves the schema's list-level complaints onto the row at fault, where one can be told. */
export const placeRowErrors = (errors: FieldErrors, drafts: readonly IncentiveRuleDraft[]): FieldErrors => {
  const placed: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const list = /^rules\.(\d+)\.(bands|rates)$/.exec(field);
    const draft = list ? drafts[Number(list[1])] : undefined;
    const rows = draft ? orderErrors(draft, Number(list![1])) : {};
    if (Object.keys(rows).length === 0) placed[field] = message;
    for (const [path, text] of Object.entries(rows)) placed[path] ??= text;
  }
  return placed;
};

/**
 * The schema names a tier rate by its key and in basis points ("Gold (item 3)
 * must be at most 10000"); HQ typed it in the "Gold rate (%)" box, in
 * percent, so the message is told in those words: "Gold rate (item 3) must
 * be at most 100%".
 */
export const wordTierErrors = (errors: FieldErrors, drafts: readonly IncentiveRuleDraft[]): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const at = /^rules\.(\d+)\.byTier\.(\w+)$/.exec(field);
      const draft = at ? drafts[Number(at[1])] : undefined;
      const input = draft && tierInputsOf(ruleKindOf(draft.kind)).find((i) => i.field === `byTier.${at![2]}`);
      if (!input) return [field, message];
      const item = `(item ${Number(at![1]) + 1})`;
      const schemaLabel = `${tierNames[at![2] as Tier]} ${item} `;
      let problem = message.startsWith(schemaLabel) ? message.slice(schemaLabel.length) : message;
      if (input.unit === 'percent') problem = problem.replace(/^(must be (?:at most|at least|less than|more than)) (-?\d+)$/, (_, limit: string, bps: string) => `${limit} ${Number(bps) / 100}%`);
      return [field, `${input.label} ${item} ${problem}`];
    }),
  );
