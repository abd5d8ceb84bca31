import { MenuItem, TextField } from '@mui/material';
import { quarterText, trailingQuarters } from '../../../shared/domain/quarter';
import { useCurrentQuarter, useFiscalCalendar } from '../../ui/use-fiscal-calendar';

/** The current quarter and the seven before it: statements and scorecards look back, not forward. Fiscal quarters carry their dates. */
export function QuarterPicker({ value, onChange }: { value: string; onChange(q: string): void }) {
  const calendar = useFiscalCalendar();
  const quarters = trailingQuarters(useCurrentQuarter(), 8).reverse();
  return (
    <TextField select size="small" label="Quarter" value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 130 }}>
      {quarters.map((q) => (
        <MenuItem key={q} value={q}>
          {quarterText(q, calendar)}
        </MenuItem>
      ))}
    </TextField>
  );
}
