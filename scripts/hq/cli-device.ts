import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * A command-line tool pushes as a device does, so it needs what a device
 * keeps: a client id registered to one user, and the last change number it
 * used (numbers rise strictly per client, DESIGN §5). The id is derived from
 * the tool, the server and the user, so it is the same on every run and on
 * every machine; the last number is kept in a small state file beside the
 * user's other Partner Desk state. A lost or stale file costs one refused
 * request: the server names its last number and the push numbers on from it.
 */
export interface CliDevice {
  clientId: string;
  lastMutationId: number;
  /** Keeps the last change number for the next run; a file that cannot be written is not an error (see above). */
  save(lastMutationId: number): Promise<void>;
}

const stateSchema = z.record(z.string(), z.object({ lastMutationId: z.number().int().min(0) }));

/** `PARTNER_DESK_CLI_STATE`, else `$XDG_STATE_HOME/partner-desk/cli-devices.json` (default `~/.local/state`). */
export const cliStatePath = (env: Record<string, string | undefined> = process.env): string =>
  env.PARTNER_DESK_CLI_STATE ?? join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'partner-desk', 'cli-devices.json');

const readState = async (path: string): Promise<z.infer<typeof stateSchema>> => {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
};

export const cliDevice = async (tool: string, server: string, userId: string, statePath = cliStatePath()): Promise<CliDevice> => {
  const digest = createHash('sha256').update(`${tool}\n${new URL(server).origin}\n${userId}`).digest('hex').slice(0, 32);
  const clientId = `${tool}-cli-${digest}`;
  const state = await readState(statePath);
  return {
    clientId,
    lastMutationId: state[clientId]?.lastMutationId ?? 0,
    save: async (lastMutationId) => {
      const latest = await readState(statePath);
      latest[clientId] = { lastMutationId };
      try {
        await mkdir(dirname(statePath), { recursive: true });
        await writeFile(statePath, `${JSON.stringify(latest, null, 2)}\n`);
      } catch {
        // Next run learns the number from the server instead.
      }
    },
  };
};
