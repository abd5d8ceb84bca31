import { useEffect, useState } from 'react';
import type { Reads } from '../../db';
import { today } from '../../ui/today';
import type { PartnerFlags } from './partner-flags';
import { watchPartnerFlags } from './partner-flags-watch';

/**
 * Flags for every partner, kept current as records change. `enabled` lets
 * the list draw first. Undefined until the first computation is done.
 */
export const usePartnerFlags = (reads: Reads, enabled: boolean): ReadonlyMap<string, PartnerFlags> | undefined => {
  const [flags, setFlags] = useState<ReadonlyMap<string, PartnerFlags>>();
  useEffect(() => {
    if (!enabled) return;
    return watchPartnerFlags(reads, {
      asOf: today,
      onFlags: setFlags,
      // The store is closing or unreadable: the list keeps working, the flag filters keep saying "checking".
      onError: (error) => console.error('Could not compute the partner flags', error),
    });
  }, [reads, enabled]);
  return flags;
};
