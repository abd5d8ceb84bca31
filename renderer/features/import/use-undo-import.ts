import { useState } from 'react';
import { useWorkspace } from '../../app/workspace-context';
import { undoText } from './import-words';

export interface UndoMessage {
  severity: 'success' | 'warning' | 'error';
  text: string;
}

/** Undoes a whole import and says what happened: done, refused because records changed since, or failed. */
export const useUndoImport = () => {
  const { imports } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<UndoMessage | null>(null);
  const run = async (runId: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await imports.undoImport(runId);
      setMessage({ severity: result.kept.length > 0 ? 'warning' : 'success', text: undoText(result) });
    } catch (error) {
      setMessage({ severity: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, run };
};
