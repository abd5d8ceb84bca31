// npm start: build, start the HQ server on its embedded store with the demo workspace, and open
// the desktop app on it. Where the Electron runtime is not installed, say so at once and name the
// browser build instead: never hang, never download.
import { spawn } from 'node:child_process';
import { startDemoServer } from './demo-server.mjs';
import { electronBinary, projectRoot } from './electron-binary.mjs';
import { runNpm } from './run-npm.mjs';

const electron = electronBinary();
if (!electron) {
  console.error(
    'The Electron runtime is not installed on this machine, so the desktop app cannot open.\n' +
      'Run `npm run web` to use Partner Desk in a browser.',
  );
  process.exit(1);
}

const built = runNpm(['run', 'build']);
if (built !== 0) process.exit(built);

const server = startDemoServer();
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // set, it would run main.cjs as plain Node instead of the app
const app = spawn(electron, [projectRoot], { cwd: projectRoot, stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!app.killed) app.kill(signal);
  });
}
app.on('close', (code, signal) => {
  if (signal) console.error(`Electron exited on ${signal}`);
  // The server was started for this app only.
  server.kill('SIGTERM');
  process.exit(code ?? 1);
});
