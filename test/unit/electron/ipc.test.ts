import { describe, expect, it } from 'vitest';
import { createFileSaving } from '../../../electron/file-saving';
import { createChannelHandlers } from '../../../electron/ipc/handlers';
import { registerChannelHandlers, type IpcMainLike } from '../../../electron/ipc/register';
import type { IpcSenderEvent } from '../../../electron/ipc/sender';
import { createSecretStore } from '../../../electron/secret-store';
import { channelNames } from '../../../shared/platform/channels';

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

/** An ipcMain stand-in that records handlers so calls can be made the way the preload makes them. */
const fakeIpcMain = () => {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const call = (url: string | null, channel: string, ...args: unknown[]) =>
    handlers.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args);
  return { ipc, handlers, call };
};

const reversible = {
  isEncryptionAvailable: () => true,
  encryptString: (plain: string) => Buffer.from([...Buffer.from(plain)].reverse()),
  decryptString: (encrypted: Buffer) => Buffer.from([...encrypted].reverse()).toString(),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

const setup = () => {
  let fileText: string | null = null;
  const written: Record<string, Uint8Array> = {};
  const services = {
    appInfo: () => ({ name: 'Partner Desk', version: '0.1.0', platform: 'linux', paths: { userData: '/u', downloads: '/d' } }),
    secrets: createSecretStore(reversible, { read: async () => fileText, write: async (t) => void (fileText = t) }, 'linux'),
    files: createFileSaving({
      showSaveDialog: async ({ defaultPath }) => ({ canceled: false, filePath: defaultPath }),
      showFolderDialog: async () => ({ canceled: false, filePaths: ['/home/ana/QBR'] }),
      mkdir: async () => undefined,
      writeFile: async (file, data) => void (written[file] = data),
      defaultDir: '/home/ana/Downloads',
    }),
  };
  const main = fakeIpcMain();
  registerChannelHandlers(main.ipc, createChannelHandlers(services));
  return { ...main, written, fileText: () => fileText };
};

const APP = 'app://partner-desk/index.html';

describe('IPC channels', () => {
  it('registers a handler for every channel of the shared map', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses a call from any frame that is not the app', async () => {
    const { call } = setup();
    await expect(call('https://evil.example/', 'secrets:get', 'session')).rejects.toThrow(/refused a call from outside the app/);
    await expect(call(null, 'app:info')).rejects.toThrow(/outside the app/);
  });

  it('refuses arguments that do not match the channel, naming what is wrong', async () => {
    const { call, written } = setup();
    await expect(call(APP, 'secrets:set', 'Session Token!', 'x')).rejects.toThrow(/secrets:set: .*short lowercase key/);
    await expect(call(APP, 'files:save', { suggestedName: '../../.bashrc', data: new Uint8Array([1]) })).rejects.toThrow(
      /must be a file name, not a path/,
    );
    await expect(call(APP, 'files:save', { suggestedName: 'pack.pdf', data: 'not bytes' })).rejects.toThrow(/files:save/);
    expect(written).toEqual({});
  });

  it('keeps secrets encrypted at rest and reads them back', async () => {
    const { call, fileText } = setup();
    await call(APP, 'secrets:set', 'sync.refresh-token', 'r-123');
    expect(fileText()).not.toContain('r-123');
    expect(await call(APP, 'secrets:get', 'sync.refresh-token')).toBe('r-123');
    await call(APP, 'secrets:delete', 'sync.refresh-token');
    expect(await call(APP, 'secrets:get', 'sync.refresh-token')).toBeNull();
    expect(await call(APP, 'secrets:protection')).toEqual({ level: 'encrypted', backend: 'gnome_libsecret' });
  });

  it('saves a file where the dialog says and a QBR pack into a new folder', async () => {
    const { call, written } = setup();
    expect(await call(APP, 'files:save', { suggestedName: 'backup.json', data: new Uint8Array([7]) })).toEqual({
      saved: true,
      path: '/home/ana/Downloads/backup.json',
    });
    const pack = await call(APP, 'files:save-folder', {
      folderName: 'Northwind 2026-Q3',
      files: [
        { name: 'qbr.pptx', data: new Uint8Array([1]) },
        { name: 'qbr.pdf', data: new Uint8Array([2]) },
      ],
    });
    expect(pack).toEqual({ saved: true, path: '/home/ana/QBR/Northwind 2026-Q3' });
    expect(Object.keys(written).sort()).toEqual([
      '/home/ana/Downloads/backup.json',
      '/home/ana/QBR/Northwind 2026-Q3/qbr.pdf',
      '/home/ana/QBR/Northwind 2026-Q3/qbr.pptx',
    ]);
  });
});

describe('secret store protection', () => {
  const file = { read: async () => null, write: async () => undefined };

  it('says when Linux has no keyring and Electron only obfuscates', () => {
    const store = createSecretStore({ ...reversible, getSelectedStorageBackend: () => 'basic_text' }, file, 'linux');
    expect(store.protection()).toEqual({ level: 'obfuscated', backend: 'basic_text' });
  });

  it('refuses to store a secret in plain text when encryption is unavailable', async () => {
    const store = createSecretStore({ ...reversible, isEncryptionAvailable: () => false }, file, 'linux');
    expect(store.protection().level).toBe('unavailable');
    await expect(store.set('sync.refresh-token', 'r')).rejects.toThrow(/no secure storage/);
  });
});
