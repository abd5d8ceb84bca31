import type { SecretProtection } from '../shared/platform/channels';

/** The part of Electron's safeStorage the store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring backs the encryption; `basic_text` means a fixed key. */
  getSelectedStorageBackend?(): string;
}

/** Where the encrypted secrets live: one JSON file in the user's profile. */
export interface SecretFile {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  protection(): SecretProtection;
}

export class SecretsUnavailableError extends Error {
  override name = 'SecretsUnavailableError';
  constructor() {
    super('This computer offers no secure storage, so Partner Desk cannot keep you signed in; sign in each time.');
  }
}

/**
 * Tokens at rest (DESIGN §8): encrypted with safeStorage, stored base64 in a
 * JSON file. Nothing is written in plain text: without encryption, set()
 * refuses rather than store a token readable by anyone with the disk.
 */
export const createSecretStore = (safeStorage: SafeStorageLike, file: SecretFile, platform: string): SecretStore => {
  const load = async (): Promise<Record<string, string>> => {
    const text = await file.read();
    if (!text) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      // A damaged file holds nothing recoverable; signing in again rewrites it.
      return {};
    }
  };

  const protection = (): SecretProtection => {
    if (!safeStorage.isEncryptionAvailable()) return { level: 'unavailable', backend: 'none' };
    const backend = platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : platform;
    return { level: backend === 'basic_text' ? 'obfuscated' : 'encrypted', backend };
  };

  return {
    protection,
    async get(key) {
      const stored = (await load())[key];
      if (stored === undefined || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null;
      }
    },
    async set(key, value) {
      if (!safeStorage.isEncryptionAvailable()) throw new SecretsUnavailableError();
      const all = await load();
      all[key] = safeStorage.encryptString(value).toString('base64');
      await file.write(JSON.stringify(all));
    },
    async delete(key) {
      const all = await load();
      if (!(key in all)) return;
      delete all[key];
      await file.write(JSON.stringify(all));
    },
  };
};
