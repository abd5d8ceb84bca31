import { describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../support/memory-platform';
import type { SecretStore } from '../../../../renderer/platform/platform';
import { createWebSecretStore } from '../../../../renderer/platform/web-platform';

/** sessionStorage's interface over a Map: Node has no Web Storage. */
const fakeStorage = (): Storage & { keys(): string[] } => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
    keys: () => [...items.keys()],
  };
};

describe.each([
  ['memory', () => createMemorySecretStore()],
  ['web (sessionStorage)', () => createWebSecretStore(fakeStorage())],
])('%s secret store', (_name, make: () => SecretStore) => {
  it('gets what was set, null for what was not, and forgets what was deleted', async () => {
    const secrets = make();
    expect(await secrets.get('sync.session')).toBeNull();
    await secrets.set('sync.session', 'token');
    expect(await secrets.get('sync.session')).toBe('token');
    await secrets.delete('sync.session');
    expect(await secrets.get('sync.session')).toBeNull();
  });
});

it('keeps web secrets under the app prefix', async () => {
  const storage = fakeStorage();
  await createWebSecretStore(storage).set('sync.session', 'token');
  expect(storage.keys()).toEqual(['partner-desk.secret.sync.session']);
});
