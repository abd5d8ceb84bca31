/**
 * Small per-device UI preferences (which server this device syncs with, the
 * demo role). They are not records: nothing here syncs, and losing them costs
 * a click. localStorage is the page's own storage in Electron and in a
 * browser alike, so this is not a host API that must go through platform/.
 */
const PREFIX = 'partner-desk.pref.';

export const readPreference = (key: string): string | null => {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
};

export const writePreference = (key: string, value: string | null): void => {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    // A locked-down profile without storage just forgets the preference.
  }
};
