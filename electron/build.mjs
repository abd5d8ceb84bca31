// Bundles the Electron main process and preload into dist/electron (CommonJS, as Electron loads
// the sandboxed preload). The renderer is built separately by Vite into dist/renderer.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'electron-updater'],
  sourcemap: true,
  logLevel: 'info',
});
