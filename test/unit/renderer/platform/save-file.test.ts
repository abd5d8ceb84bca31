import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../../renderer/platform';
import { saveOneFile } from '../../../../renderer/platform';
import { createMemoryPlatform } from '../../../support/memory-platform';

const file = { name: 'Partners 2026-12-03.csv', data: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), mime: 'text/csv;charset=utf-8' };

describe('saving one file (a list export)', () => {
  it('goes through the desktop host’s native save dialog when there is one', async () => {
    const asked: { name: string; data: Uint8Array }[] = [];
    const platform: Platform = {
      ...createMemoryPlatform(),
      desktop: {
        appInfo: async () => ({}) as never,
        secretProtection: async () => ({}) as never,
        saveFile: async (request) => (asked.push(request), { saved: true, where: '/home/ana/Partners.csv' }),
        onMenuCommand: () => () => undefined,
      },
    };
    expect(await saveOneFile(platform, file)).toEqual({ saved: true, where: '/home/ana/Partners.csv' });
    expect(asked).toEqual([{ name: file.name, data: file.data }]);
  });

  it('downloads it in a browser, named, through a link clicked once and removed', async () => {
    const clicked: { download: string; href: string }[] = [];
    const body: unknown[] = [];
    const doc = {
      createElement: () => {
        const link = { href: '', download: '', rel: '', style: {}, click: () => clicked.push({ download: link.download, href: link.href }), remove: () => body.splice(body.indexOf(link), 1) };
        return link;
      },
      body: { append: (node: unknown) => body.push(node) },
    } as unknown as Document;
    expect(await saveOneFile(createMemoryPlatform(), file, doc)).toEqual({ saved: true, where: file.name });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(file.name);
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(body).toEqual([]);
  });
});
