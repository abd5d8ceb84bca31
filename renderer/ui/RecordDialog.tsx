import { Checkbox, FormControlLabel, Grid } from '@mui/material';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import { DraftField } from './fields';
import { FormDialog } from './FormDialog';
import type { RecordFormSpec } from './record-form';
import { useRecordForm } from './use-record-form';

export interface FieldSpec {
  name: string;
  label: string;
  /** `checkbox`: a yes/no, held in the draft as 'yes' or 'no' like every other input's text. */
  kind?: 'text' | 'date' | 'number' | 'multiline' | 'datetime' | 'checkbox';
  options?: readonly (readonly [string, string])[];
  required?: boolean;
  /** Grid columns out of 12 on wide screens. */
  width?: number;
  helperText?: string;
}

/** A simple form's draft: each input's text, keyed by the schema field it fills, so errors land under it. */
export type Draft = Record<string, string>;

/**
 * The dialog behind every small record (contact, certification, deal, note,
 * commitment...) and every entry of a record's list: a column of inputs, run
 * by the one form controller, so each field's problem shows under it in plain
 * words and a failed save keeps the dialog and every entry.
 */
export function RecordDialog<N extends EntityName>({
  title,
  fields,
  spec,
  onSaved,
  onClose,
  saveLabel = 'Save',
}: {
  title: string;
  fields: readonly FieldSpec[];
  spec: RecordFormSpec<N, Draft>;
  /** After the save went through (to say so, or to open what was made, or to record why with the draft's words); the dialog then closes. */
  onSaved?(saved: EntityOf<N>, draft: Draft): void;
  onClose(): void;
  saveLabel?: string;
}) {
  const form = useRecordForm({ shownFields: fields.map((f) => f.name), ...spec });
  return (
    <FormDialog form={form} title={title} saveLabel={saveLabel} onSaved={onSaved && ((saved: EntityOf<N>) => onSaved(saved, form.draft))} onClose={onClose}>
      {fields.map((f, i) => (
        <Grid key={f.name} size={{ xs: 12, sm: f.width ?? 12 }}>
          {f.kind === 'checkbox' ? (
            <FormControlLabel
              label={f.label}
              control={<Checkbox name={f.name} checked={form.draft[f.name] === 'yes'} onChange={(event) => form.change(f.name, event.target.checked ? 'yes' : 'no')} />}
            />
          ) : (
            <DraftField
              {...form.field}
              name={f.name}
              label={f.label}
              autoFocus={i === 0}
              required={f.required}
              helperText={f.helperText}
              {...(f.options && { options: f.options })}
              {...(f.kind === 'date' && { type: 'date' })}
              {...(f.kind === 'datetime' && { type: 'datetime-local', slotProps: { inputLabel: { shrink: true } } })}
              {...(f.kind === 'number' && { inputMode: 'decimal' })}
              {...(f.kind === 'multiline' && { multiline: true, minRows: 3 })}
            />
          )}
        </Grid>
      ))}
    </FormDialog>
  );
}
