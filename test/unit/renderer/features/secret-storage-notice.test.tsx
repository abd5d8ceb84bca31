import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SecretStorageNotice } from '../../../../renderer/features/settings/SecretStorageNotice';
import { secretStorageNotice } from '../../../../renderer/features/settings/secret-storage-notice';
import type { SecretProtection } from '../../../../shared/platform/channels';

/** The notice as Settings renders it, reduced to the words a user reads. */
const shown = (protection: SecretProtection | null) => renderToStaticMarkup(<SecretStorageNotice protection={protection} />).replace(/<[^>]+>/g, ' ');

describe('the Settings notice about how the sign-in is kept', () => {
  it('warns, in plain words and with what to do, when Linux has no keyring and Electron only obfuscates', () => {
    const text = shown({ level: 'obfuscated', backend: 'basic_text' });
    expect(text).toContain('Your saved sign-in is only disguised on this computer, not locked');
    expect(text).toMatch(/Anyone who gets a copy of your files could sign in to the HQ server as you/);
    expect(text).toMatch(/Install or unlock a keyring .* restart Partner Desk and sign in again/);
    expect(text).toContain('Secret storage backend: basic_text');
  });

  it.each<[string, SecretProtection | null]>([
    ['a keyring encrypts (Linux with GNOME Keyring)', { level: 'encrypted', backend: 'gnome_libsecret' }],
    ['the OS encrypts (macOS Keychain, Windows DPAPI)', { level: 'encrypted', backend: 'darwin' }],
    ['nothing is stored at all', { level: 'unavailable', backend: 'none' }],
    ['in a browser, which keeps the sign-in for the tab only', null],
  ])('says nothing when %s', (_case, protection) => {
    expect(secretStorageNotice(protection)).toBeNull();
    expect(shown(protection)).toBe('');
  });
});
