import type { ImportUser } from '../../../shared/import';
import type { SyncStatus } from '../../sync';

type SessionUser = NonNullable<SyncStatus['user']>;

/**
 * The people an owner column can name. The device knows only the signed-in
 * user; a CRM owner no one maps stays unmapped, and the importing user then
 * owns the partner (shared/import/convert.ts).
 */
export const importUsers = (user: SessionUser | null): ImportUser[] => (user ? [{ id: user.id, name: user.displayName, email: user.email }] : []);

/** A user's name for the screens: the signed-in user's, else "Another user". */
export const userName = (users: readonly ImportUser[], id: string): string => users.find((u) => u.id === id)?.name ?? 'Another user';
