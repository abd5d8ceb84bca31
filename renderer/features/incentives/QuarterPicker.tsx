import { MenuItem, TextField } from '@mui/material';
import { trailingQuarters } from '../../../shared/domain/quarter';
import { currentQuarter } from '../../ui/today';

/** The current quarter and the seven before it: statements and scorecards look back, not forward. */
export function QuarterPicker({ value, onChange }: { value: string; onChange(q: string): void }) {
  const quarters = trailingQuarters(currentQuarter(), 8).reverse();
  return (
    <TextField select size="small" label="Quarter" value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 130 }}>
      {quarters.map((q) => (
        <MenuItem key={q} value={q}>
          {q}
        </MenuItem>
      ))}
    </TextField>
  );
}
