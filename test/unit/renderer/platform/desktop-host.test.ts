import { describe, expect, it } from 'vitest';
import { createElectronPlatform } from '../../../../renderer/platform/electron-platform';
import { channelNames, type HostBridge, type MenuCommand } from '../../../../shared/platform/channels';

/** A preload bridge that answers like main would and writes down every channel the renderer invokes. */
const recordingBridge = () => {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const answers: Record<string, unknown> = {
    'app:info': { name: 'Partner Desk', version: '0.1.0', platform: 'linux', paths: { userData: '/home/ana/.config/Partner Desk', downloads: '/home/ana/Downloads' } },
    'secrets:get': 'token',
    'secrets:protection': { level: 'obfuscated', backend: 'basic_text' },
    'files:save': { saved: true, path: '/home/ana/backup.json' },
    'files:save-folder': { saved: true, path: '/home/ana/QBR/Acme' },
  };
  const bridge = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      async (...args: unknown[]) => {
        invoked.push({ channel, args });
        return answers[channel];
      },
    ]),
  ) as unknown as HostBridge;
  bridge.onMenuCommand = (listener) => {
    menuListeners.add(listener);
    return () => void menuListeners.delete(listener);
  };
  const sendMenuCommand = (command: MenuCommand) => menuListeners.forEach((listener) => listener(command));
  return { bridge, invoked, sendMenuCommand };
};

describe('the desktop app as the renderer sees it', () => {
  it('has a renderer side for every channel of the shared map: none is left to rot unused', async () => {
    const { bridge, invoked } = recordingBridge();
    const { secrets, files, desktop } = createElectronPlatform(bridge);
    await secrets.get('sync.session');
    await secrets.set('sync.session', 't');
    await secrets.delete('sync.session');
    await files.saveFiles({ folderName: 'Acme', files: [{ name: 'qbr.pdf', data: new Uint8Array([1]) }] });
    await desktop!.appInfo();
    await desktop!.secretProtection();
    await desktop!.saveFile({ name: 'backup.json', data: new Uint8Array([2]) });
    expect([...new Set(invoked.map((call) => call.channel))].sort()).toEqual([...channelNames].sort());
  });

  it('saves a backup through the native dialog and says where it went, or that the user cancelled', async () => {
    const { bridge, invoked } = recordingBridge();
    const data = new TextEncoder().encode('{}');
    expect(await createElectronPlatform(bridge).desktop!.saveFile({ name: 'backup.json', data })).toEqual({ saved: true, where: '/home/ana/backup.json' });
    expect(invoked).toEqual([{ channel: 'files:save', args: [{ suggestedName: 'backup.json', data }] }]);
    const cancelled = createElectronPlatform({ ...bridge, 'files:save': async () => ({ saved: false }) });
    expect(await cancelled.desktop!.saveFile({ name: 'backup.json', data })).toEqual({ saved: false });
  });

  it('passes on how the OS keeps secrets, for the Settings notice', async () => {
    const { bridge } = recordingBridge();
    expect(await createElectronPlatform(bridge).desktop!.secretProtection()).toEqual({ level: 'obfuscated', backend: 'basic_text' });
  });

  it("relays the menu's Sync now and Go to partner until the page stops listening", () => {
    const { bridge, sendMenuCommand } = recordingBridge();
    const heard: MenuCommand[] = [];
    const stop = createElectronPlatform(bridge).desktop!.onMenuCommand((command) => heard.push(command));
    sendMenuCommand('sync-now');
    sendMenuCommand('command-palette');
    stop();
    sendMenuCommand('sync-now');
    expect(heard).toEqual(['sync-now', 'command-palette']);
  });
});
