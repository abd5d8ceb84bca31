import { Button, FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Territory } from '../../../shared/domain/organization';
import { partnerTypeLabels, statusLabels, tierLabels } from '../../ui/labels';
import { activeFilterCount, type PartnerFilters } from './partner-filters';
import { usePartnerFilters } from './partner-list-store';

function MultiSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T[];
  options: readonly (readonly [T, string])[];
  onChange(next: T[]): void;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      sx={{ minWidth: 150 }}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => (selected as T[]).map((v) => options.find(([o]) => o === v)?.[1] ?? v).join(', '),
        },
      }}
      onChange={(event) => onChange(event.target.value as unknown as T[])}
    >
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}

const entries = <T extends string>(labels: Record<T, string>) => Object.entries(labels) as [T, string][];

/** The search box alone subscribes to the search text, so a keystroke redraws it and not the other filters. */
function SearchBox() {
  const search = usePartnerFilters((s) => s.filters.search);
  const set = usePartnerFilters((s) => s.set);
  return (
    <TextField
      label="Search partners"
      size="small"
      type="search"
      value={search}
      onChange={(event) => set({ search: event.target.value })}
      slotProps={{ htmlInput: { 'aria-label': 'Search partners' } }}
      sx={{ minWidth: 240 }}
    />
  );
}

/** Search and the filters a manager narrows a territory by before a visit or a review. */
export const PartnerFiltersBar = memo(function PartnerFiltersBar({ territories, flagsReady }: { territories: readonly Territory[]; flagsReady: boolean }) {
  const { set, clear } = usePartnerFilters.getState();
  const filters = usePartnerFilters(useShallow(({ filters: { search: _typed, ...rest } }) => rest));
  const toggle = (key: keyof Pick<PartnerFilters, 'tierAtRisk' | 'qualifiesBelow' | 'commercialModelIncomplete'>) => set({ [key]: !filters[key] });
  const checking = flagsReady ? '' : ' (checking…)';
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <SearchBox />
      <MultiSelect label="Type" value={filters.partnerTypes} options={entries(partnerTypeLabels)} onChange={(partnerTypes) => set({ partnerTypes })} />
      <MultiSelect label="Tier" value={filters.tiers} options={entries(tierLabels)} onChange={(tiers) => set({ tiers })} />
      <MultiSelect label="Status" value={filters.statuses} options={entries(statusLabels)} onChange={(statuses) => set({ statuses })} />
      <MultiSelect
        label="Territory"
        value={filters.territoryIds}
        options={territories.map((t) => [t.id, t.name] as const)}
        onChange={(territoryIds) => set({ territoryIds })}
      />
      <FormControlLabel
        control={<Switch checked={filters.tierAtRisk} onChange={() => toggle('tierAtRisk')} />}
        // "at risk": would fall at quarter end if lapsing certifications are not renewed (the bench waits on this label).
        label={`Tier at risk${checking}`}
      />
      <FormControlLabel
        control={<Switch checked={filters.qualifiesBelow} onChange={() => toggle('qualifiesBelow')} />}
        label={`Qualifies below recorded tier${checking}`}
      />
      <FormControlLabel
        control={<Switch checked={filters.commercialModelIncomplete} onChange={() => toggle('commercialModelIncomplete')} />}
        label="Commercial model incomplete"
      />
      {activeFilterCount({ ...filters, search: '' }) > 0 && <Button onClick={clear}>Clear filters</Button>}
    </Stack>
  );
});
