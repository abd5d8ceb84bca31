import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Settings from the environment (README, "HQ server"). Everything has a
 * default, so `npm run server` works with nothing set.
 */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

/** $XDG_DATA_HOME/partner-desk/server, i.e. ~/.local/share/partner-desk/server by default. */
export const defaultDataDir = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'partner-desk', 'server');

export interface EnvConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  logger: boolean;
  webRoot: string;
  /** Proxies whose X-Forwarded-For names the client (addresses or CIDRs); none by default. */
  trustedProxies: string[];
}

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): EnvConfig => {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    host: env.HOST || DEFAULT_HOST,
    port,
    dataDir: env.PARTNER_DESK_DATA_DIR || defaultDataDir(env),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.PARTNER_DESK_DEMO === '1' || env.PARTNER_DESK_DEMO === 'true',
    logger: env.PARTNER_DESK_LOG !== '0',
    webRoot: env.PARTNER_DESK_WEB_ROOT || join(process.cwd(), 'dist', 'renderer'),
    trustedProxies: (env.PARTNER_DESK_TRUSTED_PROXIES ?? '').split(',').map((p) => p.trim()).filter(Boolean),
  };
};
