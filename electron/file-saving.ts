import path from 'node:path';
import type { ChannelArgs, SavedFile } from '../shared/platform/channels';

/** The dialogs and disk access saving needs; in Electron, `dialog` and `fs/promises`. */
export interface SaveDeps {
  showSaveDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePath?: string }>;
  showFolderDialog(options: { title: string }): Promise<{ canceled: boolean; filePaths: string[] }>;
  mkdir(dir: string): Promise<unknown>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  /** The default folder, e.g. the user's Downloads. */
  defaultDir: string;
}

/**
 * Saving QBR packs (issue 5) and backups. The renderer proposes names only;
 * the user picks the place in a native dialog, so a compromised renderer
 * cannot write anywhere by itself.
 */
export const createFileSaving = (deps: SaveDeps) => ({
  async saveFile(...[{ suggestedName, data }]: ChannelArgs<'files:save'>): Promise<SavedFile> {
    const choice = await deps.showSaveDialog({ defaultPath: path.join(deps.defaultDir, suggestedName) });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await deps.writeFile(choice.filePath, data);
    return { saved: true, path: choice.filePath };
  },

  async saveFolder(...[{ folderName, files }]: ChannelArgs<'files:save-folder'>): Promise<SavedFile> {
    const choice = await deps.showFolderDialog({ title: `Choose where to save ${folderName}` });
    const parent = choice.filePaths[0];
    if (choice.canceled || !parent) return { saved: false };
    const folder = path.join(parent, folderName);
    await deps.mkdir(folder);
    for (const file of files) await deps.writeFile(path.join(folder, file.name), file.data);
    return { saved: true, path: folder };
  },
});
