import { liveQuery } from 'dexie';
import { createImports, createReads, createRefusedChanges, createRepository, openPartnerDeskDb, type PartnerDeskDb, type Reads } from '../db';
import { detectPlatform, type Platform } from '../platform';
import { createHqActions, createSyncEngine, createWebConnectivity, createWebLock, startSyncController, type SyncController } from '../sync';
import { createSyncStatusStore, type SyncStatusStore } from '../sync/status-store';
import { openLocalWorkspace } from './local-workspace';
import { readPreference, writePreference } from './preferences';
import type { Workspace } from './workspace-context';

/**
 * The boot sequence, kept apart from the UI so the way the app starts can
 * change without touching a screen: the demo workspace (no server, every
 * screen works offline) or a server workspace (the sync controller feeds the
 * status store). Either way the screens receive one `Workspace`.
 */

const SERVER_KEY = 'server';

/** The server this device was last signed in to; null means demo mode. */
export const rememberedServer = (): string | null => readPreference(SERVER_KEY);

/** The page's own origin when served over http(s) (HQ's browser build), else the local development server. */
export const defaultServerUrl = (location: Pick<Location, 'protocol' | 'origin'> = window.location): string =>
  location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : 'http://127.0.0.1:8787';

/** One store per server, so demo data never mixes with a real territory's records. */
const storeNameFor = (serverUrl: string): string => `partner-desk@${new URL(serverUrl).host}`;

export interface Booted {
  workspace: Workspace;
  /** Stops what the boot started (sync, live counts); the store stays on disk. */
  stop(): void;
}

type SignIn = Workspace['signIn'];

/** The outbox count, live, into the status store: the demo has no controller to keep it. */
const trackPending = (db: PartnerDeskDb, store: SyncStatusStore): (() => void) => {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({ next: (pendingCount) => store.setState({ pendingCount }) });
  return () => subscription.unsubscribe();
};

/**
 * The demo signs in as a manager of its territories; the top bar can switch
 * to HQ to show the program screens. Both see every demo territory: the
 * demo store holds only these, and a manager may work several.
 */
const demoUser = async (reads: Reads, role: 'manager' | 'hq') => {
  const territories = await reads.list('territories');
  const [first] = (await reads.list('partners')).sort((a, b) => a.name.localeCompare(b.name));
  return {
    id: first?.ownerUserId ?? 'demo-user',
    email: role === 'hq' ? 'hq@demo.test' : 'manager1@demo.test',
    displayName: role === 'hq' ? 'Demo HQ lead' : 'Demo partner manager',
    role,
    territoryIds: territories.map((t) => t.id),
  };
};

/** Started as soon as the store is open, so the partner list's read overlaps the rest of the start. */
const watchPartners = (reads: Reads) => reads.snapshot('partners', { onError: (error) => console.error('Could not read the partners', error) });

export const DEMO_ROLE_KEY = 'demo-role';

/** The host, picked once per page: Electron's bridge when the preload exposed it, else the browser. */
let platform: Platform | undefined;
const hostPlatform = (): Platform => (platform ??= detectPlatform());

export const bootDemo = async (signIn: SignIn): Promise<Booted> => {
  const { db } = await openLocalWorkspace();
  const reads = createReads(db);
  const partners = watchPartners(reads);
  const repo = createRepository(db);
  const refused = createRefusedChanges(db, repo);
  // No server behind the demo, online or not: the status says it is a demo, and its one action
  // (the status, Ctrl/Cmd+S) is sign-in, so there is nothing for "sync now" to do.
  const sync = createSyncStatusStore(undefined, { kind: 'demo' });
  const role = readPreference(DEMO_ROLE_KEY) === 'hq' ? 'hq' : 'manager';
  sync.setState({ user: await demoUser(reads, role) });
  const stopPending = trackPending(db, sync);
  const imports = createImports(db, repo, { userId: () => sync.getState().user?.id });
  return {
    workspace: { reads, repo, refused, partners, sync, imports, hq: null, platform: hostPlatform(), demo: true, defaultServerUrl: defaultServerUrl(), signIn },
    stop: () => {
      partners.stop();
      stopPending();
    },
  };
};

/** Switches the demo between the manager's and HQ's view. */
export const switchDemoRole = async (workspace: Workspace, role: 'manager' | 'hq'): Promise<void> => {
  writePreference(DEMO_ROLE_KEY, role);
  workspace.sync.setState({ user: await demoUser(workspace.reads, role) });
};

/** A workspace synced with `serverUrl`: the engine's corrected clock stamps every write. */
export const bootServer = (serverUrl: string, signIn: SignIn): Booted => {
  const db = openPartnerDeskDb(storeNameFor(serverUrl));
  const reads = createReads(db);
  const partners = watchPartners(reads);
  const engine = createSyncEngine({ db, platform: hostPlatform(), baseUrl: serverUrl });
  const controller: SyncController = startSyncController({
    db,
    engine,
    lock: createWebLock(),
    connectivity: createWebConnectivity(),
  });
  const repo = createRepository(db, { now: () => engine.clock.now(), onLocalWrite: () => controller.localWrite() });
  // Sent again through the repository, so a resend is cued for push like any other write.
  const refused = createRefusedChanges(db, repo);
  const imports = createImports(db, repo, { userId: () => controller.store.getState().user?.id, now: () => engine.clock.now() });
  const hq = createHqActions(engine.http, engine.session, () => controller.store.getState().syncNow());
  return {
    workspace: { reads, repo, refused, partners, sync: controller.store, imports, hq, platform: hostPlatform(), demo: false, defaultServerUrl: serverUrl, signIn },
    stop: () => {
      partners.stop();
      controller.stop();
    },
  };
};

export const rememberServer = (serverUrl: string | null): void => writePreference(SERVER_KEY, serverUrl);
