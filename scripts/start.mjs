// npm start: build, then open the desktop app in the Electron runtime. The runtime binary is
// looked up the way node_modules/electron/index.js does, but without requiring that file, which
// tries to download the binary when it is missing (it cannot be downloaded here; DESIGN §3).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function electronBinary() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function runNpm(args) {
  // Under `npm start`, npm_execpath is npm's own CLI script: running it with this Node avoids
  // resolving npm (npm.cmd on Windows) from PATH.
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

const electron = electronBinary();
if (!electron) {
  console.error(
    'The Electron runtime is not installed on this machine, so the desktop app cannot open.\n' +
      'Run `npm run web` to use Partner Desk in a browser.',
  );
  process.exit(1);
}

const buildStatus = runNpm(['run', 'build']);
if (buildStatus !== 0) process.exit(buildStatus);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // set, it would run main.cjs as plain Node instead of the app
const app = spawn(electron, [root], { cwd: root, stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!app.killed) app.kill(signal);
  });
}
app.on('close', (code, signal) => {
  if (signal) console.error(`Electron exited on ${signal}`);
  process.exit(code ?? 1);
});
