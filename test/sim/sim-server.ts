import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/app';

export const SIM_AS_OF = '2026-11-22';

let template: Promise<string> | undefined;

/**
 * The demo workspace seeded once into a PGlite directory; each seed starts
 * from a copy of it, which takes a fraction of a second where seeding (with
 * its password hashing) takes seconds.
 */
const seededTemplate = (): Promise<string> =>
  (template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partner-desk-sim-template-'));
    const server = await startServer({ dataDir: dir, demo: { asOf: SIM_AS_OF } });
    await server.close();
    return dir;
  })());

/** A real HQ server on its own copy of the demo data, in a temp dir so it can be restarted on the same data. */
export class SimServer {
  private running!: RunningServer;
  restarts = 0;

  private constructor(private readonly dataDir: string) {}

  static async start(): Promise<SimServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'partner-desk-sim-'));
    cpSync(await seededTemplate(), dataDir, { recursive: true });
    const server = new SimServer(dataDir);
    server.running = await startServer({ dataDir });
    return server;
  }

  get url(): string {
    return this.running.url;
  }

  get store(): RunningServer['store'] {
    return this.running.store;
  }

  /** Stops and starts again on the same data directory (a new port: the lossy network follows it). */
  async restart(): Promise<void> {
    await this.running.close();
    this.running = await startServer({ dataDir: this.dataDir });
    this.restarts++;
  }

  async stop(): Promise<void> {
    await this.running.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export const removeTemplate = async (): Promise<void> => {
  if (template) rmSync(await template, { recursive: true, force: true });
};
