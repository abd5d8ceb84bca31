import { useId, useState } from 'react';
import type { EntityName } from '../../../shared/domain/entities';
import { saveFailureOf, type FieldErrors } from '../../ui/form-state';
import { NEEDS_ATTENTION, type RecordFormSpec } from '../../ui/record-form';

/** Drops the errors at `stale` and below it: the inputs they were about have changed. */
const without = (errors: FieldErrors, stale: string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([field]) => field !== stale && !field.startsWith(`${stale}.`)));

/**
 * A record form whose save is not one write but a versioned change read
 * before it is saved (a rule version, its preview, its history record): the
 * draft, its errors under each input and the banner, as `useRecordForm`
 * keeps them for a plain record, from the same spec. `check` turns the draft
 * into the change to preview, or says every problem where it belongs and
 * gives null; the caller writes the change once it is confirmed.
 */
export function useRuleDraftForm<N extends EntityName, D>(spec: RecordFormSpec<N, D>, opening: (draft: D) => D = (d) => d) {
  const formId = useId();
  const [draft, setDraft] = useState<D>(() => opening(spec.draftOf(spec.record)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);

  const edit = (next: (d: D) => D, stale: string) => {
    setDraft(next);
    const left = without(errors, stale);
    setErrors(left);
    if (banner === NEEDS_ATTENTION && Object.keys(left).length === 0) setBanner(null);
  };
  const change = (name: keyof D & string, value: string) => edit((d) => ({ ...d, [name]: value }), name);

  const check = <T>(propose: (draft: D) => T): T | null => {
    try {
      const proposal = propose(draft);
      setErrors({});
      setBanner(null);
      return proposal;
    } catch (error) {
      const failure = saveFailureOf(error, spec.shownFields ?? []);
      setErrors(spec.inputErrors ? spec.inputErrors(failure.fields, draft) : failure.fields);
      setBanner(failure.message ?? NEEDS_ATTENTION);
      return null;
    }
  };

  return { formId, draft, errors, banner, saving: false, edit, change, check, field: { draft, errors, onChange: change } };
}
