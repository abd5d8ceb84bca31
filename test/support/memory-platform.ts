import type { FilesToSave, FileSaver, Platform, SecretStore } from '../../renderer/platform/platform';

/** Secrets in a Map: for Node tests and the sync simulation, where there is no host. */
export const createMemorySecretStore = (initial: Record<string, string> = {}): SecretStore => {
  const values = new Map(Object.entries(initial));
  return {
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
};

/** Keeps what was saved so a test can look at it. */
export const createMemoryFileSaver = (): FileSaver & { saved: FilesToSave[] } => {
  const saved: FilesToSave[] = [];
  return {
    saved,
    saveFiles: async (request) => {
      saved.push({ folderName: request.folderName, files: request.files.map((f) => ({ ...f })) });
      return { saved: true, where: `memory:${request.folderName}` };
    },
  };
};

export const createMemoryPlatform = (): Platform => ({ secrets: createMemorySecretStore(), files: createMemoryFileSaver() });
