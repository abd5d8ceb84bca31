import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/csp';

const root = fileURLToPath(new URL('.', import.meta.url));

// frame-ancestors only works as a header (Electron's app:// sends it); browsers ignore it in a meta tag.
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * Writes the one shared Content-Security-Policy into the built index.html. The
 * dev server injects an inline hot-reload script the policy would block, so
 * there the tag is left out.
 */
const contentSecurityPolicy = (): Plugin => ({
  name: 'partner-desk-csp',
  transformIndexHtml: (html, context) =>
    context.server
      ? html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      : html.replace('%PARTNER_DESK_CSP%', metaPolicy),
});

/**
 * The browser build's service worker (Workbox, generated at build time):
 * it precaches the whole app, every lazily loaded screen and the export
 * writers included, so a manager who opened the web app once can reload it
 * and export packs with no network at all. API calls are never cached or
 * answered by it: data lives in IndexedDB and syncs through the engine.
 * The app registers it itself (renderer/platform/offline-app.ts), in the
 * browser only; Electron loads the same files from app:// and needs none.
 */
const offlineApp = () =>
  VitePWA({
    injectRegister: false,
    registerType: 'autoUpdate',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,svg,ico,woff2}'],
      // The export writers (pptx, pdf, xlsx) make one chunk of about 1.8 MB; it must be precached too.
      maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });

// Relative base so the same build loads from app:// in Electron and from the
// HQ server's web root in a browser.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy(), offlineApp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
