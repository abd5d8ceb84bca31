import { Button, FormHelperText, Grid, Paper, Stack, Typography } from '@mui/material';
import { DraftField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/form-state';
import { emptyRow, type IncentiveRuleDraft } from './incentive-rules-draft';
import { ruleKindOf, TIER_RATES_HINT, tierInputsOf, type InputUnit, type RuleInput } from './incentive-rules-kinds';

/** The unit in each label, so HQ knows to type "1,500.50" dollars and "2.5" percent. */
// Counts are the royalty bands' units (shipped or activated, as the rule's basis says).
const unitSuffix: Record<InputUnit, string> = { dollars: ' ($)', percent: ' (%)', count: ' (units)', text: '', date: '' };

/** One input of a rule, bound to its text in the draft; `path` is the schema path its errors come under. */
function RuleField({ path, input, text, errors, onChange }: { path: string; input: RuleInput; text: string; errors: FieldErrors; onChange(text: string): void }) {
  return (
    <DraftField
      draft={{ [path]: text }}
      name={path}
      label={`${input.label}${unitSuffix[input.unit]}`}
      errors={errors}
      onChange={(_, value) => onChange(value)}
      helperText={input.helperText}
      {...(input.unit === 'date' && { type: 'date' })}
      {...((input.unit === 'dollars' || input.unit === 'percent') && { inputMode: 'decimal' })}
      {...(input.unit === 'count' && { inputMode: 'numeric' })}
    />
  );
}

/**
 * One rule of the program: its kind in words, its inputs, and its bands or
 * dated rates with rows to add and remove. `onEdit` gets the changed rule
 * and the path whose errors the change makes stale.
 */
export function IncentiveRulesCard({
  index,
  rule,
  errors,
  onEdit,
  onRemove,
}: {
  index: number;
  rule: IncentiveRuleDraft;
  errors: FieldErrors;
  onEdit(rule: IncentiveRuleDraft, stale: string): void;
  onRemove(): void;
}) {
  const spec = ruleKindOf(rule.kind);
  const at = `rules.${index}`;
  const setValue = (field: string, text: string) => onEdit({ ...rule, values: { ...rule.values, [field]: text } }, `${at}.${field}`);
  const rows = spec.rows;
  const tierInputs = tierInputsOf(spec);
  const setRow = (row: number, field: string, text: string) =>
    onEdit({ ...rule, rows: rule.rows.map((r, i) => (i === row ? { ...r, [field]: text } : r)) }, `${at}.${rows!.field}.${row}.${field}`);
  // Adding or removing a row renumbers the rows after it, so every error of this rule is stale.
  const addRow = () => onEdit({ ...rule, rows: [...rule.rows, emptyRow(rule.kind)] }, at);
  const removeRow = (row: number) => onEdit({ ...rule, rows: rule.rows.filter((_, i) => i !== row) }, at);

  const title = `Rule ${index + 1}: ${spec.label}`;
  return (
    <Paper variant="outlined" role="group" aria-label={title} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        <Button size="small" color="error" onClick={onRemove} aria-label={`Remove rule ${index + 1}`}>
          Remove rule
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {spec.hint}
      </Typography>
      <Grid container spacing={2}>
        {spec.choices.map((choice) => (
          <Grid key={choice.field} size={12}>
            <DraftField
              draft={{ [`${at}.${choice.field}`]: rule.values[choice.field] ?? '' }}
              name={`${at}.${choice.field}`}
              label={choice.label}
              errors={errors}
              onChange={(_, value) => setValue(choice.field, value)}
              options={choice.options}
            />
          </Grid>
        ))}
        {spec.inputs.map((input) => (
          <Grid key={input.field} size={{ xs: 12, sm: 6 }}>
            <RuleField path={`${at}.${input.field}`} input={input} text={rule.values[input.field] ?? ''} errors={errors} onChange={(text) => setValue(input.field, text)} />
          </Grid>
        ))}
        {tierInputs.length > 0 && (
          <Grid size={12} role="group" aria-label={`Rule ${index + 1} rates by tier`}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              {TIER_RATES_HINT}
            </Typography>
            <Grid container spacing={2}>
              {tierInputs.map((input) => (
                <Grid key={input.field} size={{ xs: 12, sm: 6 }}>
                  <RuleField path={`${at}.${input.field}`} input={input} text={rule.values[input.field] ?? ''} errors={errors} onChange={(text) => setValue(input.field, text)} />
                </Grid>
              ))}
            </Grid>
          </Grid>
        )}
        {rows && (
          <Grid size={12}>
            <Stack spacing={2}>
              {rule.rows.map((row, r) => (
                <Grid key={r} container spacing={2} role="group" aria-label={`${rows.noun} ${r + 1}`} sx={{ alignItems: 'start' }}>
                  {rows.inputs.map((input) => (
                    <Grid key={input.field} size={{ xs: 5 }}>
                      <RuleField
                        path={`${at}.${rows.field}.${r}.${input.field}`}
                        input={input}
                        text={row[input.field] ?? ''}
                        errors={errors}
                        onChange={(text) => setRow(r, input.field, text)}
                      />
                    </Grid>
                  ))}
                  <Grid size={{ xs: 2 }}>
                    {/* A rule needs at least one row: the last one stays, to be edited rather than removed. */}
                    <Button size="small" onClick={() => removeRow(r)} disabled={rule.rows.length === 1} aria-label={`Remove ${rows.noun.toLowerCase()} ${r + 1}`}>
                      Remove
                    </Button>
                  </Grid>
                </Grid>
              ))}
              {errors[`${at}.${rows.field}`] && <FormHelperText error>{errors[`${at}.${rows.field}`]}</FormHelperText>}
              <Button size="small" sx={{ alignSelf: 'start' }} onClick={addRow}>
                Add {rows.noun.toLowerCase()}
              </Button>
            </Stack>
          </Grid>
        )}
      </Grid>
      {errors[at] && <FormHelperText error>{errors[at]}</FormHelperText>}
    </Paper>
  );
}
