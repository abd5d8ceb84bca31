import { randomBytes } from 'node:crypto';
import type { Poke } from '../../shared/sync/protocol';
import type { Store } from '../store/db';

/** The PostgreSQL channel that carries pokes between server instances. */
export const POKE_CHANNEL = 'partner_desk_changes';

type Listener = (poke: Poke) => void;

/**
 * "Territory X changed, pull now" (DESIGN §5). Subscribers on this instance
 * hear a push at once; with PostgreSQL the poke also goes out through
 * NOTIFY so event streams held by other instances hear it too. Messages
 * carry the sending instance's id so an instance ignores its own echo.
 */
export class PokeHub {
  private readonly listeners = new Set<Listener>();
  private readonly sessionListeners = new Set<(sessionId: string) => void>();
  private readonly instance = randomBytes(8).toString('base64url');
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly store: Store) {}

  async start(): Promise<void> {
    if (this.store.kind !== 'postgres') return;
    this.unlisten = await this.store.listen(POKE_CHANNEL, (payload) => {
      try {
        const message = JSON.parse(payload) as { from?: string; poke?: Poke };
        if (message.from !== this.instance && message.poke) this.deliver(message.poke);
      } catch {
        // Not ours: ignore.
      }
    });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hears sign-outs on this instance, so a closed session's event streams end at once. */
  onSessionEnded(listener: (sessionId: string) => void): () => void {
    this.sessionListeners.add(listener);
    return () => this.sessionListeners.delete(listener);
  }

  sessionEnded(sessionId: string): void {
    for (const listener of this.sessionListeners) listener(sessionId);
  }

  /** Call after the change committed. */
  async publish(poke: Poke): Promise<void> {
    if (poke.territories.length === 0) return;
    this.deliver(poke);
    if (this.store.kind !== 'postgres') return;
    // NOTIFY payloads stop at 8,000 bytes: many territories go out in several messages.
    for (let i = 0; i < poke.territories.length; i += 100) {
      const part = { territories: poke.territories.slice(i, i + 100), version: poke.version };
      await this.store.query('select pg_notify($1, $2)', [POKE_CHANNEL, JSON.stringify({ from: this.instance, poke: part })]);
    }
  }

  private deliver(poke: Poke): void {
    for (const listener of this.listeners) listener(poke);
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    this.sessionListeners.clear();
    await this.unlisten?.();
  }
}
