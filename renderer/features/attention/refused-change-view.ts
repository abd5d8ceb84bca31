import { entities } from '../../../shared/domain/entities';
import type { RejectedChange } from '../../db';
import { isCreate } from '../../db';
import { fieldsOf } from '../../ui/field-kinds';
import { dateTimeText, fieldLabel, refsIn, valueText, type Ref, type ValueContext } from '../../ui/value-text';
import { recordHref } from './record-href';
import { refusalWords, type RefusalWords } from './refusal-words';
import { resendFields } from './resend-draft';

type Row = Record<string, unknown>;

export interface RefusedFieldView {
  field: string;
  label: string;
  /** The value as the user entered it, as people read it. */
  value: string;
  /** What the server said about this field (or a part of it). */
  problems: string[];
}

/** One refused change as the Needs attention list shows it. */
export interface RefusedChangeView {
  id: number;
  /** "Partner", "Contact". */
  tableLabel: string;
  /** What the record is called now, or was called when the change was refused. */
  name: string;
  /** Its screen, when the record is on this device. */
  href?: string;
  kind: 'change' | 'new' | 'delete';
  fields: RefusedFieldView[];
  words: RefusalWords;
  /** The server's reason as it gave it. */
  reason: string;
  /** Server messages about fields the list does not show. */
  otherProblems: string[];
  madeAt: string;
  refusedAt: string;
}

const problemsFor = (fields: Readonly<Record<string, string>>, field: string): string[] =>
  Object.entries(fields)
    .filter(([path]) => path === field || path.startsWith(`${field}.`))
    .map(([, message]) => message);

/** The ids the change's values name, to look up before showing it. */
export const refsOfChange = (change: Pick<RejectedChange, 'table' | 'op' | 'patch'>): Ref[] => {
  const kinds = fieldsOf(change.table);
  return resendFields(change).flatMap((field) => (kinds[field] ? refsIn(kinds[field], change.patch[field]) : []));
};

/**
 * `current` is the record as the device holds it now (undefined when it is
 * gone or out of the user's territories); `currentName` what it is called now.
 */
export const refusedChangeView = (
  change: RejectedChange & { id: number },
  current: Row | undefined,
  currentName: string | undefined,
  context: ValueContext = {},
): RefusedChangeView => {
  const kinds = fieldsOf(change.table);
  const shown = resendFields(change);
  const fields = shown.map((field) => ({
    field,
    label: fieldLabel(field),
    value: valueText(kinds[field] ?? { kind: 'unknown' }, change.patch[field], context),
    problems: problemsFor(change.fields, field),
  }));
  const otherProblems = Object.entries(change.fields)
    .filter(([path]) => !shown.some((field) => path === field || path.startsWith(`${field}.`)))
    .map(([, message]) => message)
    // The server's reason already says these in one sentence when there is no field to hang them on.
    .filter((message) => !change.reason.includes(message));
  return {
    id: change.id,
    tableLabel: entities[change.table].label,
    name: currentName || change.rowLabel || `Unnamed ${entities[change.table].label.toLowerCase()}`,
    ...(current && { href: recordHref(change.table, current) }),
    kind: change.op === 'delete' ? 'delete' : isCreate(change) ? 'new' : 'change',
    fields,
    words: refusalWords(change, current !== undefined),
    reason: change.reason,
    otherProblems,
    madeAt: dateTimeText(change.madeAt),
    refusedAt: dateTimeText(change.rejectedAt),
  };
};
