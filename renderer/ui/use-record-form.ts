import { useId, useRef, useState } from 'react';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { PlausibilityQuestion } from '../../shared/domain/plausibility';
import { useWorkspace } from '../app/workspace-context';
import type { FieldErrors } from './form-state';
import { NEEDS_ATTENTION, openForm, questionKey, saveForm, type RecordFormSpec } from './record-form';

/** Drops the errors at `stale` and below it: the inputs they were about have changed. */
const without = (errors: FieldErrors, stale: string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([field]) => field !== stale && !field.startsWith(`${stale}.`)));

const sameDraft = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface RecordForm<N extends EntityName, D> {
  /** The form element's DOM id, unique to this form: two editors open at once never share one. */
  formId: string;
  draft: D;
  /** Under each input, the first problem with it, in plain words. */
  errors: FieldErrors;
  /** What went wrong with the last save that no input shows; null when nothing did. */
  banner: string | null;
  saving: boolean;
  /** Values the last save asked about instead of saving (a $1 trillion deal); empty when none. */
  questions: readonly PlausibilityQuestion[];
  /** "Save anyway": the asked values are confirmed and the save runs again. */
  confirm(): Promise<EntityOf<N> | null>;
  /** "Change it": the questions go, the draft stays for the user to correct. */
  reconsider(): void;
  isNew: boolean;
  /** Whether the draft differs from what the form opened (or last saved) with. */
  touched: boolean;
  /** Sets one input; its error goes, as the input changed (the save checks everything again). */
  change(name: keyof D & string, value: string): void;
  /** Changes the draft in any way (a list, several inputs); `stale` is the error path the change makes stale. */
  edit(next: (draft: D) => D, stale: string): void;
  /**
   * Saves the draft (or `next`, which becomes the draft): the saved record,
   * or null when it was not saved, with the draft kept and every problem said.
   */
  save(next?: D): Promise<EntityOf<N> | null>;
  /** What DraftField needs, to spread onto each input. */
  field: { draft: D; errors: FieldErrors; onChange(name: keyof D & string, value: string): void };
}

/**
 * The one controller every record form runs on (DESIGN §5: a save writes only
 * the fields the user changed since the form opened, laid on the latest
 * stored copy). It keeps the record as the form opened on it, whatever pulls
 * bring meanwhile, and saves through the repository with that copy.
 *
 * `follow`: for an editor that stays on screen (not a dialog), an untouched
 * draft follows the stored record as sync changes it, so what it shows is
 * current and a save has nothing stale to write.
 */
export function useRecordForm<N extends EntityName, D>(spec: RecordFormSpec<N, D>, options: { follow?: boolean } = {}): RecordForm<N, D> {
  const { repo } = useWorkspace();
  const formId = useId();
  const [opened, setOpened] = useState(() => openForm(spec));
  const [draft, setDraft] = useState<D>(opened.draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [questions, setQuestions] = useState<readonly PlausibilityQuestion[]>([]);
  // Confirmed for the values they named; a changed value makes a new question.
  const confirmed = useRef(new Set<string>());
  // Enter pressed twice, or a click while a save runs: one write, not two.
  const inFlight = useRef(false);

  if (options.follow && spec.record && spec.record !== opened.record && sameDraft(draft, opened.draft)) {
    // React's way to adjust state to new props during render: it re-renders at once with these.
    const current = openForm(spec);
    setOpened(current);
    setDraft(current.draft);
  }

  const edit = (next: (d: D) => D, stale: string) => {
    setDraft(next);
    const left = without(errors, stale);
    setErrors(left);
    // "Some fields need attention" is about the inputs: once none is in error, it no longer says anything true.
    if (banner === NEEDS_ATTENTION && Object.keys(left).length === 0) setBanner(null);
  };
  const change = (name: keyof D & string, value: string) => edit((d) => ({ ...d, [name]: value }), name);

  const save = async (next?: D): Promise<EntityOf<N> | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    const submitted = next ?? draft;
    if (next) setDraft(next);
    setSaving(true);
    try {
      const outcome = await saveForm(repo, spec, opened, submitted, confirmed.current);
      setQuestions(!outcome.ok && outcome.questions ? outcome.questions : []);
      if (!outcome.ok && outcome.questions) return null;
      if (!outcome.ok) {
        setErrors(outcome.errors);
        setBanner(outcome.banner);
        return null;
      }
      setErrors({});
      setBanner(null);
      // An editor that stays open goes on from what it saved: the next save is an edit of that record.
      const reopened = openForm(spec, outcome.saved);
      setOpened({ ...reopened, draft: submitted });
      return outcome.saved;
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  const confirm = () => {
    for (const q of questions) confirmed.current.add(questionKey(q));
    return save();
  };

  return {
    formId,
    draft,
    errors,
    banner,
    saving,
    questions,
    confirm,
    reconsider: () => setQuestions([]),
    isNew: opened.record === undefined,
    touched: !sameDraft(draft, opened.draft),
    change,
    edit,
    save,
    field: { draft, errors, onChange: change },
  };
}
