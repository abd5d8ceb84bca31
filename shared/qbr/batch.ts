import { QbrDataError } from './errors';
import { exportQbrPack, type QbrPack } from './export';
import type { QbrOptions } from './options';
import { sourcesIndex, type QbrSources } from './sources';

export interface BatchProgress {
  /** Partners finished so far, packs and failures together. */
  done: number;
  total: number;
  /** The partner just finished. */
  partnerId: string;
  partnerName: string;
  outcome: 'exported' | 'failed';
}

export interface BatchFailure {
  partnerId: string;
  partnerName: string | null;
  reason: string;
}

export interface BatchResult {
  packs: QbrPack[];
  failures: BatchFailure[];
  /** True when the signal stopped the batch; `packs` holds what was finished before. */
  cancelled: boolean;
}

export interface BatchOptions extends QbrOptions {
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
  /** Receives each pack as it is made, so a caller can write it out and let it go instead of holding 100 packs. */
  onPack?: (pack: QbrPack) => void | Promise<void>;
}

// Hands the event loop back between partners, so progress paints and a Cancel click lands.
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Packs for many partners in turn. A partner whose data cannot make a pack
 * is reported at the end with the reason, and the batch goes on; any other
 * error (a bug) stops it. Cancelling stops before the next partner.
 */
export const exportQbrBatch = async (workspace: QbrSources, partnerIds: readonly string[], options: BatchOptions): Promise<BatchResult> => {
  const { onProgress, signal, onPack, ...packOptions } = options;
  const sourcesFor = sourcesIndex(workspace);
  const names = new Map(workspace.partners.map((p) => [p.id, p.name]));
  const result: BatchResult = { packs: [], failures: [], cancelled: false };
  for (const [index, partnerId] of partnerIds.entries()) {
    if (signal?.aborted) {
      result.cancelled = true;
      break;
    }
    let outcome: BatchProgress['outcome'] = 'exported';
    try {
      const pack = await exportQbrPack(sourcesFor(partnerId), partnerId, packOptions);
      if (onPack) await onPack(pack);
      else result.packs.push(pack);
    } catch (error) {
      if (!(error instanceof QbrDataError)) throw error;
      outcome = 'failed';
      result.failures.push({ partnerId, partnerName: error.partnerName, reason: error.reason });
    }
    onProgress?.({ done: index + 1, total: partnerIds.length, partnerId, partnerName: names.get(partnerId) ?? partnerId, outcome });
    await yieldToEventLoop();
  }
  return result;
};
