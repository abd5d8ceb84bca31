import { Box, Checkbox, FormControlLabel, FormHelperText, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { objectFields, type Field } from '../../ui/field-kinds';
import { choiceText, fieldLabel, valueText, type ValueContext } from '../../ui/value-text';

type Path = readonly (string | number)[];

export interface ResendInputProps {
  field: Field;
  path: Path;
  label: string;
  /** The draft's value here (resend-draft.ts: money and rates as the text typed). */
  value: unknown;
  /** Problems by dotted path, for the whole form. */
  problems: Readonly<Record<string, string>>;
  context: ValueContext;
  onChange(path: Path, value: unknown): void;
}

/** Typed in the units people use: the label says which. */
const unitOf: Partial<Record<Field['kind'], string>> = { money: ' ($)', rate: ' (%)' };

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value this form does not edit (an id, a fixed tag), shown as text so the user still sees all they sent. */
function Shown({ label, text, problem }: { label: string; text: string; problem?: string }) {
  return (
    <Grid size={12}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>{text}</Typography>
      {problem && <FormHelperText error>{problem}</FormHelperText>}
    </Grid>
  );
}

/** A group of inputs (an object, a list entry) under its name, told to screen readers as one group. */
function Group({ label, problem, children }: { label: string; problem?: string; children: ReactNode }) {
  return (
    <Grid size={12}>
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, m: 0, p: 2, pt: 1 }}>
        <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
          {label}
        </Typography>
        {problem && <FormHelperText error>{problem}</FormHelperText>}
        <Grid container spacing={2}>
          {children}
        </Grid>
      </Box>
    </Grid>
  );
}

/**
 * One input of the "edit and send again" form, by the field's kind: text,
 * dollars, percent, a date, a choice by its labels, a checkbox; an object or
 * a list as a group of its own inputs (entries are corrected here, not added
 * or removed: that is the record's own page's work).
 */
export function ResendInput({ field, path, label, value, problems, context, onChange }: ResendInputProps) {
  const id = useId();
  const key = path.join('.');
  const problem = problems[key];

  switch (field.kind) {
    case 'object':
    case 'variants': {
      const fields = objectFields(field, value);
      if (!fields || !isRow(value)) return <Shown label={label} text={valueText(field, value, context)} {...(problem && { problem })} />;
      const tag = field.kind === 'variants' ? field.discriminator : undefined;
      return (
        <Group label={label} {...(problem && { problem })}>
          {Object.entries(fields)
            .filter(([name]) => name !== tag && (name in value || fields[name]!.optional || fields[name]!.nullable))
            .map(([name, inner]) => (
              <ResendInput
                key={name}
                field={inner}
                path={[...path, name]}
                label={fieldLabel(name)}
                value={value[name]}
                problems={problems}
                context={context}
                onChange={onChange}
              />
            ))}
        </Group>
      );
    }
    case 'list': {
      if (!Array.isArray(value)) return <Shown label={label} text={valueText(field, value, context)} {...(problem && { problem })} />;
      const structured = field.item.kind === 'object' || field.item.kind === 'variants';
      if (!structured) {
        return field.item.kind === 'choice' ? (
          <Grid size={12}>
            <TextField
              id={id}
              select
              fullWidth
              size="small"
              label={label}
              value={value as string[]}
              onChange={(event) => onChange(path, event.target.value)}
              error={problem !== undefined}
              helperText={problem}
              slotProps={{ select: { multiple: true, renderValue: (picked) => (picked as string[]).map(choiceText).join(', ') } }}
            >
              {field.item.options.map((option) => (
                <MenuItem key={option} value={option}>
                  {choiceText(option)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        ) : (
          <Shown label={label} text={valueText(field, value, context)} {...(problem && { problem })} />
        );
      }
      return (
        <Group label={label} {...(problem && { problem })}>
          {value.length === 0 && (
            <Grid size={12}>
              <Typography color="text.secondary">(none)</Typography>
            </Grid>
          )}
          {value.map((entry, index) => (
            <ResendInput
              key={index}
              field={field.item}
              path={[...path, index]}
              label={`${label}, entry ${index + 1}`}
              value={entry}
              problems={problems}
              context={context}
              onChange={onChange}
            />
          ))}
        </Group>
      );
    }
    case 'boolean':
      return (
        <Grid size={12}>
          <FormControlLabel control={<Checkbox checked={value === true} onChange={(event) => onChange(path, event.target.checked)} />} label={label} />
          {problem && <FormHelperText error>{problem}</FormHelperText>}
        </Grid>
      );
    case 'choice': {
      const clearable = field.optional === true || field.nullable === true;
      return (
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id={id}
            select
            fullWidth
            size="small"
            label={label}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onChange(path, event.target.value)}
            error={problem !== undefined}
            helperText={problem}
          >
            {clearable && (
              <MenuItem value="">
                <em>Not set</em>
              </MenuItem>
            )}
            {field.options.map((option) => (
              <MenuItem key={option} value={option}>
                {choiceText(option)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      );
    }
    case 'money':
    case 'rate':
    case 'count':
    case 'date':
    case 'datetime':
    case 'quarter':
    case 'text': {
      const text = typeof value === 'string' ? value : value == null ? '' : String(value);
      const long = field.kind === 'text' && text.length > 60;
      return (
        <Grid size={long ? 12 : { xs: 12, sm: 6 }}>
          <TextField
            id={id}
            fullWidth
            size="small"
            label={`${label}${unitOf[field.kind] ?? ''}`}
            type={field.kind === 'date' ? 'date' : 'text'}
            multiline={long}
            maxRows={8}
            value={text}
            onChange={(event) => onChange(path, event.target.value)}
            error={problem !== undefined}
            helperText={problem}
            slotProps={{
              ...(field.kind === 'date' && { inputLabel: { shrink: true } }),
              htmlInput: { inputMode: field.kind === 'money' || field.kind === 'rate' ? 'decimal' : field.kind === 'count' ? 'numeric' : undefined },
            }}
          />
        </Grid>
      );
    }
    default:
      return <Shown label={label} text={valueText(field, value, context)} {...(problem && { problem })} />;
  }
}

/** The form's inputs for the top-level fields, one after another. */
export function ResendInputs(props: Omit<ResendInputProps, 'field' | 'path' | 'label' | 'value'> & { fields: readonly string[]; kinds: Readonly<Record<string, Field>>; draft: Readonly<Record<string, unknown>> }) {
  const { fields, kinds, draft, ...rest } = props;
  return (
    <Grid container spacing={2}>
      {fields.map((name) => (
        <ResendInput key={name} field={kinds[name]!} path={[name]} label={fieldLabel(name)} value={draft[name]} {...rest} />
      ))}
    </Grid>
  );
}
