import { Autocomplete, Dialog, TextField } from '@mui/material';
import { create } from 'zustand';
import { partnerTypeLabels } from '../ui/labels';
import { useSnapshot } from '../ui/use-snapshot';
import { navigate } from './router';
import { useWorkspace } from './workspace-context';
import { searchPartners } from '../features/partners/partner-search';

export const usePalette = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** Shown at once however many partners match: the list scrolls, the top matches are what people pick. */
const MAX_OPTIONS = 50;

/** Ctrl/Cmd+K: jump to any partner by typing part of its name, region or vertical. */
export function CommandPalette() {
  const { open, setOpen } = usePalette();
  const partners = useSnapshot(useWorkspace().partners);

  return (
    <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-label="Go to partner">
      <Autocomplete
        options={partners ?? []}
        loading={partners === undefined}
        getOptionLabel={(p) => p.name}
        filterOptions={(options, { inputValue }) => searchPartners(options, inputValue).slice(0, MAX_OPTIONS)}
        openOnFocus
        autoHighlight
        onChange={(_event, partner) => {
          if (!partner) return;
          setOpen(false);
          navigate({ section: 'partner', partnerId: partner.id, tab: 'overview' });
        }}
        renderOption={({ key, ...props }, p) => (
          <li key={key} {...props}>
            {p.name} · {partnerTypeLabels[p.partnerType]} · {p.region}
          </li>
        )}
        renderInput={(params) => <TextField {...params} autoFocus label="Go to partner" placeholder="Type a partner name" />}
        sx={{ p: 2 }}
      />
    </Dialog>
  );
}
