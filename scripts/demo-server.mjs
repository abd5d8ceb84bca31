// Starts the HQ server (server/main.ts, through tsx) on its embedded store with the demo workspace
// and the web build at `/`: what `npm run web` runs in the foreground and `npm start` beside the
// desktop app. Settings from the environment (README, "HQ server") still apply.
import { spawn } from 'node:child_process';
import { projectRoot } from './electron-binary.mjs';

/** @returns {import('node:child_process').ChildProcess} */
export function startDemoServer() {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { PARTNER_DESK_DEMO: '1', ...process.env },
  });
}
