import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../../shared/platform/channels';
import { createElectronPlatform, hostBridge } from '../../../../renderer/platform/electron-platform';
import { detectPlatform } from '../../../../renderer/platform/index';
import { createWebFileSaver, zipNameFor } from '../../../../renderer/platform/web-platform';

const files = [
  { name: 'Acme 2026-Q3 QBR.pdf', data: new Uint8Array([1, 2, 3]) },
  { name: 'Acme 2026-Q3 QBR.xlsx', data: new Uint8Array([4, 5]) },
];

/** Just enough of a document for a download link: records what was clicked. */
const fakeDocument = () => {
  const clicked: { href: string; download: string }[] = [];
  const doc = {
    createElement: () => {
      const link = { href: '', download: '', rel: '', style: {} as Record<string, string>, click: () => clicked.push({ href: link.href, download: link.download }), remove: () => {} };
      return link;
    },
    body: { append: () => {} },
  };
  return { doc: doc as unknown as Document, clicked };
};

describe('saving files', () => {
  it('in a browser: one .zip download holding every file', async () => {
    const { doc, clicked } = fakeDocument();
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:qbr';
    });
    const outcome = await createWebFileSaver(doc).saveFiles({ folderName: 'Acme 2026-Q3 QBR', files });
    create.mockRestore();
    expect(outcome).toEqual({ saved: true, where: 'Acme 2026-Q3 QBR.zip' });
    expect(clicked).toEqual([{ href: 'blob:qbr', download: 'Acme 2026-Q3 QBR.zip' }]);
    expect(blob!.type).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await blob!.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(files.map((f) => f.name));
    expect([...entries['Acme 2026-Q3 QBR.xlsx']!]).toEqual([4, 5]);
  });

  it('names the zip safely', () => {
    expect(zipNameFor('a/b: c')).toBe('a b  c.zip');
    expect(zipNameFor('  ')).toBe('Files.zip');
  });

  it('in Electron: one folder through files:save-folder, and secrets through the bridge', async () => {
    const calls: unknown[] = [];
    const bridge = {
      'files:save-folder': async (request: unknown) => {
        calls.push(request);
        return { saved: true, path: '/home/dana/QBR/Acme 2026-Q3 QBR' };
      },
      'secrets:get': async (key: string) => (key === 'sync.session' ? 'token' : null),
      'secrets:set': async () => {},
      'secrets:delete': async () => {},
    } as unknown as HostBridge;
    const platform = createElectronPlatform(bridge);
    expect(await platform.files.saveFiles({ folderName: 'Acme 2026-Q3 QBR', files })).toEqual({ saved: true, where: '/home/dana/QBR/Acme 2026-Q3 QBR' });
    expect(calls).toEqual([{ folderName: 'Acme 2026-Q3 QBR', files }]);
    expect(await platform.secrets.get('sync.session')).toBe('token');

    const cancelled = createElectronPlatform({ ...bridge, 'files:save-folder': async () => ({ saved: false }) } as HostBridge);
    expect(await cancelled.files.saveFiles({ folderName: 'x', files })).toEqual({ saved: false });
  });

  it('picks Electron when the preload exposed its bridge, else the browser', () => {
    const bridge = { 'files:save-folder': async () => ({ saved: false }) } as unknown as HostBridge;
    expect(hostBridge({ partnerDesk: bridge })).toBe(bridge);
    expect(hostBridge({})).toBeUndefined();
    expect(detectPlatform({ partnerDesk: bridge }).files).toBeDefined();
  });
});
