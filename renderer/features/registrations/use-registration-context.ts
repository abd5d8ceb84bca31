import { useMemo } from 'react';
import { useStore } from 'zustand';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { ConflictIndex } from '../../../shared/registrations/conflicts';
import { useWorkspace } from '../../app/workspace-context';
import { today } from '../../ui/today';
import { useAll, useRecord } from '../../ui/use-records';

/** Who is signed in, as the approval rules read them; null before the session is known. */
export const useSessionUser = (): { id: string; role: 'manager' | 'hq' } | null => {
  const { sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  return useMemo(() => (user ? { id: user.id, role: user.role } : null), [user]);
};

/** The program settings, which say who approves; null when HQ never saved any, undefined while loading. */
export const useProgramSettings = (): ProgramSettings | null | undefined => useRecord('programSettings', PROGRAM_SETTINGS_ID);

/** This device's deals and the conflict index over them. */
export interface LocalDeals {
  deals: Opportunity[];
  index: ConflictIndex;
}

/**
 * Every deal on this device and the conflict index over them for today: the
 * local check a registration gets before the server's own on push. Offline
 * the device knows only its own territories' deals, which is why every
 * screen that shows this check says the server checks again.
 */
export const useLocalDeals = (): LocalDeals | undefined => {
  const deals = useAll('opportunities');
  return useMemo(() => (deals ? { deals, index: new ConflictIndex(deals, today()) } : undefined), [deals]);
};
