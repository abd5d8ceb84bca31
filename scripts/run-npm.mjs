import { spawnSync } from 'node:child_process';
import { projectRoot } from './electron-binary.mjs';

/**
 * Runs an npm command in the project and returns its exit status. Under npm, npm_execpath is
 * npm's own CLI script: running it with this Node avoids resolving npm (npm.cmd on Windows) from PATH.
 * @param {string[]} args
 * @returns {number}
 */
export function runNpm(args) {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: projectRoot, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}
