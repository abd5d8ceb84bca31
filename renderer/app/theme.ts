import { createTheme } from '@mui/material/styles';

/**
 * One theme with light and dark colour schemes. CSS variables let the
 * scheme switch without re-rendering every component; the mode (light, dark,
 * or the system's) is remembered by MUI on this device, system by default.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data' },
  colorSchemes: {
    light: { palette: { primary: { main: '#1f5fbf' }, secondary: { main: '#0f8a6a' } } },
    dark: { palette: { primary: { main: '#7fb0ff' }, secondary: { main: '#4cc9a4' }, background: { default: '#0f1419', paper: '#161c23' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
});
