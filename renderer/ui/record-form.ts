import { entities, type EntityName, type EntityOf } from '../../shared/domain/entities';
import type { PlausibilityQuestion } from '../../shared/domain/plausibility';
import { ValidationError, type FieldError } from '../../shared/domain/validation';
import type { NewRecord, RecordChanges, Writer } from '../db';
import { saveFailureOf, type FieldErrors } from './form-state';

/** Record fields as a form hands them over: not yet checked, the repository validates. */
export type FormFields = Record<string, unknown>;

/**
 * What one kind of record form is: the record it edits, how it becomes a
 * draft and the draft a record, and how save failures reach its inputs. Every
 * dialog (and every editor that stays on screen) is one of these, run by
 * `useRecordForm`; none saves any other way.
 */
export interface RecordFormSpec<N extends EntityName, D> {
  table: N;
  /** The stored record being edited; none for a new one. Only the one the form opens on counts. */
  record: EntityOf<N> | undefined;
  /** The draft the form opens with: every input as the text it shows. */
  draftOf(record: EntityOf<N> | undefined): D;
  /**
   * The draft as record fields, without the id and sync stamps (a create may
   * name the id). `opened` is the record as the form opened on it, never a
   * later copy, so what it keeps from the record (an ISV's integrations) is
   * what the user saw.
   */
  toRecord(draft: D, opened: EntityOf<N> | undefined): FormFields;
  /**
   * The record as the form stands for it, what an edit is measured from. By
   * default the record read back through its own draft, so a value the form
   * would only spell differently (a trimmed email, a derived quarter) is no edit.
   */
  image?(record: EntityOf<N>): FormFields;
  /** Schema paths the form has an input for (paths below one count too); errors anywhere else go in the banner. */
  shownFields?: readonly string[];
  /** Schema error paths → the inputs that show them (`attributes.practiceSize` → `practiceSize`). */
  inputErrors?(errors: FieldErrors, draft: D): FieldErrors;
  /** Rules of this save that no schema can hold for every writer, e.g. a new commitment due in the past. */
  check?(fields: FormFields, context: { draft: D; opened: EntityOf<N> | undefined; isNew: boolean }): FieldError[];
  /** Values to ask about before saving (shared/domain/plausibility.ts): the save waits until the user confirms each. */
  questions?(fields: FormFields, context: { draft: D; opened: EntityOf<N> | undefined; isNew: boolean }): PlausibilityQuestion[];
}

/** A form as it opened: the record (frozen, whatever pulls bring), its image, and the first draft. */
export interface OpenedForm<N extends EntityName, D> {
  record: EntityOf<N> | undefined;
  image: FormFields | undefined;
  draft: D;
}

export type SaveOutcome<N extends EntityName> =
  | { ok: true; saved: EntityOf<N> }
  /** `questions`: nothing was wrong, but the values they name wait for the user's word (errors and banner empty). */
  | { ok: false; errors: FieldErrors; banner: string; questions?: PlausibilityQuestion[] };

/** A question is confirmed for the value it names: a changed value is asked about again. */
export const questionKey = (q: PlausibilityQuestion): string => `${q.field}\n${q.question}`;

/** Said when every problem shows under its own input. */
export const NEEDS_ATTENTION = 'Some fields need attention before this can be saved.';

export const openForm = <N extends EntityName, D>(spec: RecordFormSpec<N, D>, record: EntityOf<N> | undefined = spec.record): OpenedForm<N, D> => ({
  record,
  image: record && (spec.image ? spec.image(record) : spec.toRecord(spec.draftOf(record), record)),
  draft: spec.draftOf(record),
});

/**
 * Saves a draft: a new record is created; an edit goes to the repository
 * with the form's opening image, so only what the user changed since is
 * written, on the copy stored now. Never throws: a failure comes back as
 * errors under the inputs and a banner for what no input shows.
 */
export const saveForm = async <N extends EntityName, D>(
  repo: Writer,
  spec: RecordFormSpec<N, D>,
  opened: OpenedForm<N, D>,
  draft: D,
  confirmed: ReadonlySet<string> = new Set(),
): Promise<SaveOutcome<N>> => {
  const { label } = entities[spec.table];
  try {
    const fields = spec.toRecord(draft, opened.record);
    const context = { draft, opened: opened.record, isNew: opened.record === undefined };
    const problems = spec.check?.(fields, context) ?? [];
    if (problems.length > 0) throw new ValidationError(label, problems);
    const questions = (spec.questions?.(fields, context) ?? []).filter((q) => !confirmed.has(questionKey(q)));
    if (questions.length > 0) return { ok: false, errors: {}, banner: '', questions };
    const saved = opened.record
      ? await repo.update(spec.table, opened.record.id, fields as RecordChanges<N>, { opened: opened.image })
      : await repo.create(spec.table, fields as NewRecord<N>);
    return { ok: true, saved };
  } catch (error) {
    const failure = saveFailureOf(error, spec.shownFields ?? []);
    return { ok: false, errors: spec.inputErrors ? spec.inputErrors(failure.fields, draft) : failure.fields, banner: failure.message ?? NEEDS_ATTENTION };
  }
};
