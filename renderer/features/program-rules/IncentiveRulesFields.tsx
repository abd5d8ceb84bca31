import { Button, FormHelperText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { PartnerType } from '../../../shared/domain/common';
import type { IncentiveRuleKind } from '../../../shared/domain/incentive-program';
import { DraftField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/form-state';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { newRuleDraft, type IncentiveRuleDraft } from './incentive-rules-draft';
import { ruleKindNames, ruleKinds, usualKinds } from './incentive-rules-kinds';
import { IncentiveRulesCard } from './IncentiveRulesCard';

const kindOptions = ruleKindNames.map((kind) => [kind, ruleKinds[kind].label] as const);

/**
 * The program's rules, one card each, and a select to add another. Every
 * change goes up as the whole new list with the error path it makes stale
 * (adding or removing a rule renumbers the rest, so all rule errors are).
 */
export function IncentiveRulesFields({
  rules,
  errors,
  partnerType,
  startsOn,
  onEdit,
}: {
  rules: IncentiveRuleDraft[];
  errors: FieldErrors;
  partnerType: PartnerType;
  /** Where dated defaults start: the program's first day. */
  startsOn: string;
  onEdit(rules: IncentiveRuleDraft[], stale: string): void;
}) {
  // Until HQ picks a kind, the select offers the one this partner type's programs usually start with.
  const [picked, setPicked] = useState<IncentiveRuleKind | null>(null);
  const kind = picked ?? usualKinds[partnerType][0];
  const calendar = useFiscalCalendar();

  return (
    <Stack spacing={2} role="group" aria-label="Rules">
      <Typography variant="subtitle1" component="h3">
        Rules
      </Typography>
      {rules.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No rules yet. A program pays through its rules: add at least one.
        </Typography>
      )}
      {rules.map((rule, index) => (
        <IncentiveRulesCard
          // Rules have no id of their own; their place in the list is their identity, as in the stored array.
          key={index}
          index={index}
          rule={rule}
          errors={errors}
          onEdit={(changed, stale) => onEdit(rules.map((r, i) => (i === index ? changed : r)), stale)}
          onRemove={() => onEdit(rules.filter((_, i) => i !== index), 'rules')}
        />
      ))}
      {errors.rules && <FormHelperText error>{errors.rules}</FormHelperText>}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <DraftField
          draft={{ newRuleKind: kind }}
          name="newRuleKind"
          label="Kind of rule to add"
          errors={{}}
          onChange={(_, value) => setPicked(value as IncentiveRuleKind)}
          options={kindOptions}
          sx={{ maxWidth: 320 }}
        />
        <Button sx={{ flexShrink: 0 }} onClick={() => onEdit([...rules, newRuleDraft(kind, startsOn, calendar)], 'rules')}>
          Add rule
        </Button>
      </Stack>
    </Stack>
  );
}
