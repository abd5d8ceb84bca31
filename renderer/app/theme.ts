import { createTheme } from '@mui/material/styles';

/**
 * One theme with light and dark colour schemes. CSS variables let the
 * scheme switch without re-rendering every component; the mode (light, dark,
 * or the system's) is remembered by MUI on this device, system by default.
 *
 * Accessibility is settled here, not screen by screen (axe-core checks every
 * screen in both schemes, test/e2e/accessibility):
 * - `contrastThreshold: 4.5`: the text MUI picks for a filled colour (a chip,
 *   a contained button) meets WCAG AA for body text; MUI's default of 3 let
 *   white stand on warning orange, info blue and dark-scheme error red.
 * - The light secondary, warning and info are a shade darker, so white on
 *   them, and they as text on white, read at 4.5:1 or more.
 * - Headings follow the page outline: the app's name is the h1 (the top bar),
 *   a screen's title (`h5`) its h2, a card's or tab's title (`h6`) an h3.
 *   Subtitles are styles, not headings; where one heads a block, it says so
 *   with `component="h3"`/`"h4"`.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data' },
  colorSchemes: {
    light: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#1f5fbf' },
        secondary: { main: '#0b7a5d' },
        // Outlined chips write in the main colour on white: MUI's orange (3.1:1) and light blue (3.9:1) were too faint.
        warning: { main: '#b45309' },
        info: { main: '#0277bd' },
      },
    },
    dark: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#7fb0ff' },
        secondary: { main: '#4cc9a4' },
        background: { default: '#0f1419', paper: '#161c23' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  components: {
    MuiTypography: {
      defaultProps: {
        variantMapping: {
          h1: 'h1',
          h2: 'h2',
          h3: 'h3',
          h4: 'h4',
          h5: 'h2',
          h6: 'h3',
          subtitle1: 'p',
          subtitle2: 'p',
          body1: 'p',
          body2: 'p',
          inherit: 'p',
        },
      },
    },
  },
});
