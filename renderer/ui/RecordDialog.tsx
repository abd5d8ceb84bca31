import { Grid } from '@mui/material';
import { FormDialog } from './FormDialog';
import { useState } from 'react';
import { entities, type EntityName } from '../../shared/domain/entities';
import { validate } from '../../shared/domain/validation';
import { DraftField } from './fields';
import { byField, saveFailureOf, type FieldErrors } from './form-state';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'date' | 'number' | 'multiline' | 'datetime';
  options?: readonly (readonly [string, string])[];
  required?: boolean;
  /** Grid columns out of 12 on wide screens. */
  width?: number;
  helperText?: string;
}

export type Draft = Record<string, string>;

/**
 * The form behind every small record (contact, certification, deal, note,
 * commitment...): text inputs, checked against the entity's shared schema
 * before the write, so each field's problem shows under it in plain words;
 * a failed save keeps the dialog and every entry.
 */
export function RecordDialog<N extends EntityName>({
  table,
  title,
  fields,
  initial,
  toRecord,
  save,
  onClose,
  saveLabel = 'Save',
}: {
  table: N;
  title: string;
  fields: readonly FieldSpec[];
  initial: Draft;
  /** The draft as record fields (numbers parsed, empty → undefined/null), without sync stamps. */
  toRecord(draft: Draft): Record<string, unknown>;
  save(record: Record<string, unknown>): Promise<unknown>;
  onClose(): void;
  saveLabel?: string;
}) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);

  const change = (name: string, value: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const submit = async () => {
    const record = toRecord(draft);
    const checked = validate(entities[table].schema, {
      id: 'new',
      territoryId: 'checking',
      updatedAt: new Date(0).toISOString(),
      deleted: false,
      ...record,
    });
    if (!checked.ok) {
      setErrors(byField(checked.errors));
      const hidden = checked.errors.filter((e) => !fields.some((f) => e.field === f.name || e.field.startsWith(`${f.name}.`)));
      setBanner(hidden.length > 0 ? hidden.map((e) => e.message).join('; ') : 'Some fields need attention before this can be saved.');
      return;
    }
    try {
      await save(record);
      onClose();
    } catch (error) {
      const failure = saveFailureOf(error, fields.map((f) => f.name));
      setErrors(failure.fields);
      setBanner(failure.message ?? 'Some fields need attention before this can be saved.');
    }
  };

  return (
    <FormDialog
      id="record-dialog-form"
      title={title}
      banner={banner}
      saveLabel={saveLabel}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {fields.map((f, i) => (
        <Grid key={f.name} size={{ xs: 12, sm: f.width ?? 12 }}>
          <DraftField
            draft={draft}
            name={f.name}
            label={f.label}
            errors={errors}
            onChange={change}
            autoFocus={i === 0}
            required={f.required}
            helperText={f.helperText}
            {...(f.options && { options: f.options })}
            {...(f.kind === 'date' && { type: 'date' })}
            {...(f.kind === 'datetime' && { type: 'datetime-local', slotProps: { inputLabel: { shrink: true } } })}
            {...(f.kind === 'number' && { inputMode: 'decimal' })}
            {...(f.kind === 'multiline' && { multiline: true, minRows: 3 })}
          />
        </Grid>
      ))}
    </FormDialog>
  );
}
