import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { qbrAudiences, type QbrAudience } from '../../../shared/qbr/options';
import { audienceLabels, PARTNER_PACK_LEAVES_OUT } from './qbr-record-text';

const whoFor: Record<QbrAudience, string> = { partner: 'to hand over', internal: 'for the vendor team' };

/** Who the pack is for: the partner pack by default, with one line on what it leaves out. */
export function AudienceField({ value, onChange, disabled }: { value: QbrAudience; onChange(audience: QbrAudience): void; disabled: boolean }) {
  const id = useId();
  return (
    <FormControl disabled={disabled}>
      <FormLabel id={`${id}-label`}>Audience</FormLabel>
      <RadioGroup row aria-labelledby={`${id}-label`} value={value} onChange={(e) => onChange(e.target.value as QbrAudience)}>
        {qbrAudiences.map((a) => (
          <FormControlLabel key={a} value={a} control={<Radio size="small" />} label={`${audienceLabels[a]} (${whoFor[a]})`} />
        ))}
      </RadioGroup>
      <FormHelperText sx={{ mx: 0 }}>{PARTNER_PACK_LEAVES_OUT}</FormHelperText>
    </FormControl>
  );
}
