import { z } from 'zod';

/**
 * The one map of IPC channels between the Electron main process and the
 * renderer (DESIGN §11, GitHub Desktop's idea): main registers a handler per
 * channel, the preload exposes one function per channel, and both take the
 * argument and result shapes from here. Arguments are validated on the main
 * side with these schemas, because a compromised renderer could send anything.
 */

const fileName = z
  .string()
  .min(1)
  .max(200)
  // A name, not a path: the user picks the folder in a native dialog.
  .refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', { error: 'must be a file name, not a path' });

const fileContent = z.instanceof(Uint8Array).refine((data) => data.byteLength <= 200 * 1024 * 1024, {
  error: 'is larger than 200 MB',
});

const secretKey = z.string().regex(/^[a-z0-9][a-z0-9.:_-]{0,99}$/, { error: 'must be a short lowercase key' });

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  paths: z.object({ userData: z.string(), downloads: z.string() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * How well secrets are protected at rest. `obfuscated`: the OS offers no
 * keyring (Linux without one), Electron falls back to a fixed key, and the UI
 * must say so.
 */
export const secretProtectionSchema = z.object({
  level: z.enum(['encrypted', 'obfuscated', 'unavailable']),
  backend: z.string(),
});
export type SecretProtection = z.infer<typeof secretProtectionSchema>;

export const savedFileSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
]);
export type SavedFile = z.infer<typeof savedFileSchema>;

export const channels = {
  'app:info': { args: z.tuple([]), result: appInfoSchema },
  'secrets:get': { args: z.tuple([secretKey]), result: z.string().nullable() },
  'secrets:set': { args: z.tuple([secretKey, z.string().max(100_000)]), result: z.void() },
  'secrets:delete': { args: z.tuple([secretKey]), result: z.void() },
  /** For the Settings notice when the OS only obfuscates secrets. */
  'secrets:protection': { args: z.tuple([]), result: secretProtectionSchema },
  /** One file (a backup) through a native save dialog. */
  'files:save': {
    args: z.tuple([z.object({ suggestedName: fileName, data: fileContent })]),
    result: savedFileSchema,
  },
  /** Several files (a QBR pack) into a folder the user picks. */
  'files:save-folder': {
    args: z.tuple([
      z.object({
        folderName: fileName,
        files: z.array(z.object({ name: fileName, data: fileContent })).min(1).max(1_000),
      }),
    ]),
    result: savedFileSchema,
  },
} as const;

export type ChannelName = keyof typeof channels;
export const channelNames = Object.keys(channels) as ChannelName[];
export type ChannelArgs<C extends ChannelName> = z.input<(typeof channels)[C]['args']>;
export type ChannelResult<C extends ChannelName> = z.output<(typeof channels)[C]['result']>;

/** Commands the application menu sends to the renderer (main → renderer, the only direction besides invoke). */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const menuCommands = ['sync-now', 'command-palette'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The bridge the preload exposes as `window.partnerDesk`: one function per channel, named as the channel. */
export type HostBridge = { [C in ChannelName]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> } & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The global name of the bridge in the renderer. */
export const BRIDGE_GLOBAL = 'partnerDesk';
