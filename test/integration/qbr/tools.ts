import { spawnSync } from 'node:child_process';

/**
 * The independent readers the QBR tests open files with. A missing one fails
 * the test with the Debian package to install (`bash .ci/run` installs them).
 */
export const requireTool = (command: string, debianPackage: string): void => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${command} is not installed: apt-get install -y ${debianPackage} (bash .ci/run installs it)`);
};

export const run = (command: string, args: string[], timeout = 120_000): string => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}`);
  return result.stdout;
};
