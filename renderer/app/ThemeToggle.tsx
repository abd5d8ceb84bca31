import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';

const modes = [
  ['light', 'Light'],
  ['system', 'System'],
  ['dark', 'Dark'],
] as const;

/** Light, dark or the system's choice; MUI remembers the pick on this device (System until the user picks). */
export function ThemeToggle({ size = 'small' }: { size?: 'small' | 'medium' }) {
  const { mode, setMode } = useColorScheme();
  return (
    <ToggleButtonGroup
      size={size}
      exclusive
      value={mode ?? 'system'}
      onChange={(_event, next: 'light' | 'dark' | 'system' | null) => next && setMode(next)}
      aria-label="Theme"
    >
      {modes.map(([value, label]) => (
        <ToggleButton key={value} value={value} aria-label={`${label} theme`} sx={{ px: 1, py: 0.25, color: 'inherit' }}>
          {label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
