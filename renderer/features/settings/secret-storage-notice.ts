import type { SecretProtection } from '../../../shared/platform/channels';

export interface SecretStorageNoticeText {
  title: string;
  /** What it means for the user, in plain words. */
  meaning: string;
  /** What to do about it. */
  remedy: string;
  /** The backend's own name, for whoever helps the user set up the keyring. */
  detail: string;
}

/**
 * The Settings notice for a desktop whose OS only obfuscates secrets (DESIGN
 * §8): Electron's safeStorage on Linux with no keyring falls back to the
 * `basic_text` backend, a key built into Electron, so the saved sign-in can be
 * read by anyone with a copy of the profile. Nothing to say otherwise: a real
 * keyring encrypts, a browser keeps the sign-in for the tab only, and with no
 * storage at all the app does not keep the sign-in in the first place.
 */
export const secretStorageNotice = (protection: SecretProtection | null): SecretStorageNoticeText | null =>
  protection?.level === 'obfuscated'
    ? {
        title: 'Your saved sign-in is only disguised on this computer, not locked',
        meaning:
          'This computer has no keyring (the password safe of the desktop, such as GNOME Keyring or KDE Wallet) for ' +
          'Partner Desk to use, so your sign-in is stored with a key every copy of the app knows. Anyone who gets a copy ' +
          'of your files could sign in to the HQ server as you.',
        remedy:
          'Install or unlock a keyring (GNOME Keyring on most Linux desktops, KDE Wallet on KDE), restart Partner Desk and ' +
          'sign in again. Until then, sign out before you leave this computer.',
        detail: `Secret storage backend: ${protection.backend}`,
      }
    : null;
