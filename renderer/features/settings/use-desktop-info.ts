import { useEffect, useState } from 'react';
import type { AppInfo, SecretProtection } from '../../../shared/platform/channels';
import type { DesktopHost } from '../../platform/platform';

export interface DesktopInfo {
  app: AppInfo;
  protection: SecretProtection;
}

/**
 * What the desktop host says about itself: the installed version (what
 * "Update the app" sends the user here to check) and how it protects the
 * saved sign-in. Null in a browser, and until the host has answered.
 */
export const useDesktopInfo = (desktop: DesktopHost | undefined): DesktopInfo | null => {
  const [info, setInfo] = useState<DesktopInfo | null>(null);
  useEffect(() => {
    if (!desktop) return;
    let current = true;
    Promise.all([desktop.appInfo(), desktop.secretProtection()]).then(
      ([app, protection]) => current && setInfo({ app, protection }),
      (error: unknown) => console.warn('The desktop app did not say how it keeps the sign-in', error),
    );
    return () => {
      current = false;
    };
  }, [desktop]);
  return info;
};
