import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { useId } from 'react';

/**
 * One labelled input bound to a draft's text field, with its inline error.
 * Every form builds on it, so labels, errors and ids look and behave alike.
 * Its DOM id is React's own for this input: two editors open at once (a
 * dialog over an editor of the same kind) never share one, so a label always
 * names its own input.
 */
export function DraftField<D extends object, K extends keyof D & string>({
  draft,
  name,
  label,
  errors,
  onChange,
  options,
  ...rest
}: {
  draft: D;
  name: K;
  label: string;
  errors: Record<string, string>;
  onChange(name: K, value: string): void;
  /** A select: value → label. */
  options?: readonly (readonly [string, string])[];
} & Omit<TextFieldProps, 'name' | 'label' | 'onChange' | 'value' | 'error' | 'id'>) {
  const id = useId();
  const error = errors[name];
  return (
    <TextField
      {...rest}
      id={id}
      name={name}
      label={label}
      size="small"
      fullWidth
      value={String(draft[name] ?? '')}
      onChange={(event) => onChange(name, event.target.value)}
      error={error !== undefined}
      helperText={error ?? rest.helperText}
      select={options !== undefined}
      slotProps={{ ...(rest.type === 'date' && { inputLabel: { shrink: true } }), ...rest.slotProps }}
    >
      {options?.map(([value, text]) => (
        <MenuItem key={value} value={value}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The value → label pairs of a label map, for `options`. */
export const optionsOf = (labels: Record<string, string>): [string, string][] => Object.entries(labels);
