import { netAmountCents, type CreditNote, type Opportunity } from '../../../shared/domain/opportunity';
import { currencyOf, currencySymbol } from '../../../shared/domain/currency';
import { formatCents } from '../../../shared/domain/money';
import { centsOrUndefined, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

/** The inputs; the amount is typed in the deal's currency, which its credit notes share. */
export const creditNoteFields = (deal: Pick<Opportunity, 'currency'>): FieldSpec[] => [
  { name: 'issuedOn', label: 'Issued on', kind: 'date', width: 6 },
  { name: 'amountCents', label: `Amount credited (${currencySymbol(currencyOf(deal))})`, kind: 'number', width: 6 },
  { name: 'reason', label: 'Reason', required: true, helperText: 'What was returned or refunded, as the credit note says' },
];

/** Every note's problem shows under the input it came from: `creditNotes.2.amountCents` → Amount credited. */
const inputErrors = (errors: FieldErrors): FieldErrors => {
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const input = /^creditNotes\.\d+\.(issuedOn|amountCents|reason)$/.exec(path)?.[1] ?? (path === 'creditNotes' ? 'amountCents' : path);
    shown[input] ??= message;
  }
  return shown;
};

/**
 * Issuing a credit note against a won deal: the customer returned some or all
 * of it. The note is added to the deal's list, the one field this form
 * writes; the schema refuses a note on a deal not won, dated before the sale,
 * or crediting more than was sold. Incentives then count the deal net of it,
 * and a quarter already closed gets its clawback on the next statement.
 */
export const creditNoteForm = (deal: Opportunity, today: string): RecordFormSpec<'opportunities', Draft> => ({
  table: 'opportunities',
  record: deal,
  draftOf: () => ({ issuedOn: today, amountCents: '', reason: '' }),
  toRecord: (d, opened) => {
    const note = { issuedOn: d.issuedOn ?? '', amountCents: centsOrUndefined(d.amountCents ?? ''), reason: d.reason ?? '' } as CreditNote;
    return { creditNotes: [...(opened?.creditNotes ?? []), note] };
  },
  // What the form opened on: the notes as stored; the new one is the edit.
  image: (o) => ({ creditNotes: o.creditNotes ?? [] }),
  shownFields: ['issuedOn', 'amountCents', 'reason', 'creditNotes'],
  inputErrors,
});

/** "$40,000 · $30,000 credited": the amount sold and what came back, when anything did. */
export const amountText = (o: Opportunity): string => {
  const credited = o.amountCents - netAmountCents(o);
  return credited > 0 ? `${formatCents(o.amountCents, o.currency)} · ${formatCents(credited, o.currency)} credited` : formatCents(o.amountCents, o.currency);
};
