import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../electron/security/app-protocol';

const root = path.resolve('/opt/partner-desk/renderer');

describe('app:// protocol', () => {
  it('maps app URLs to files of the build, index.html at the root', () => {
    expect(resolveAppPath(root, 'app://partner-desk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://partner-desk/assets/index-abc.js?v=1')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveAppPath(root, 'app://partner-desk/assets/a%20b.png')).toBe(path.join(root, 'assets/a b.png'));
  });

  it('never resolves outside the build folder, however the path is written', () => {
    // The URL parser folds plain and %2e dot segments away, so these stay inside the build.
    expect(resolveAppPath(root, 'app://partner-desk/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppPath(root, 'app://partner-desk/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    // Encoded separators survive the parser and would climb out once decoded: refused.
    for (const url of [
      'app://partner-desk/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://partner-desk/..%5c..%5csecrets.json',
      'app://partner-desk/index.html%00.png',
      'app://partner-desk/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('answers 404 without touching the disk for a refused path', async () => {
    const read: string[] = [];
    const handler = createAppProtocolHandler(root, async (file) => {
      read.push(file);
      return new Response('x');
    });
    const refused = await handler({ url: 'app://partner-desk/assets/..%2f..%2fsecrets.json' });
    expect(refused.status).toBe(404);
    expect(read).toEqual([]);
    const served = await handler({ url: 'app://partner-desk/index.html' });
    expect(served.status).toBe(200);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read).toEqual([path.join(root, 'index.html')]);
  });
});
