import { Grid } from '@mui/material';
import { FormDialog } from './FormDialog';
import { useState } from 'react';
import type { z } from 'zod';
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
 * What the draft is checked against before the save: a record of `table`
 * (its sync fields supplied), or, for one entry of a list a record holds
 * (an ISV's integrations, say), that entry's own schema.
 */
export type DraftTarget<N extends EntityName> = { table: N; itemSchema?: never } | { itemSchema: z.ZodType; table?: never };

const checkDraft = <N extends EntityName>(target: DraftTarget<N>, record: Record<string, unknown>) =>
  target.itemSchema
    ? validate(target.itemSchema, record)
    : validate(entities[target.table].schema, {
        id: 'new',
        territoryId: 'checking',
        updatedAt: new Date(0).toISOString(),
        deleted: false,
        ...record,
      });

/**
 * The form behind every small record (contact, certification, deal, note,
 * commitment...) and every entry of a record's list: text inputs, checked against the entity's shared schema
 * before the write, so each field's problem shows under it in plain words;
 * a failed save keeps the dialog and every entry.
 */
export function RecordDialog<N extends EntityName>({
  title,
  fields,
  initial,
  toRecord,
  save,
  onClose,
  saveLabel = 'Save',
  ...target
}: DraftTarget<N> & {
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
    const checked = checkDraft(target as DraftTarget<N>, record);
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
