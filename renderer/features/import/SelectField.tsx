import { MenuItem, TextField } from '@mui/material';

/** A value no option may have: what a select shows for "nothing chosen", since MUI draws an empty value as blank. */
export const NONE = '-';

/** One labelled select of the import's steps: `options` are [value, label] pairs, labels unique so each reads on its own. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  width = 260,
  hideLabel = false,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(value: string): void;
  width?: number;
  /** In a table whose row already says what the select is for: the name is kept for screen readers only. */
  hideLabel?: boolean;
}) {
  return (
    <TextField
      select
      size="small"
      {...(hideLabel ? { slotProps: { htmlInput: { 'aria-label': label } } } : { label })}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: width }}
    >
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}
