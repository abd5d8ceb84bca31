import { startServer } from './app';
import { configFromEnv } from './config';

/** `npm run server`: the HQ sync server, configured from the environment (README, "HQ server"). */
const main = async (): Promise<void> => {
  const config = configFromEnv();
  const server = await startServer({
    host: config.host,
    port: config.port,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    demo: config.demo,
    logger: config.logger,
    webRoot: config.webRoot,
    trustedProxies: config.trustedProxies,
  });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Partner Desk HQ server listening on ${server.url}, data in ${where}${server.servesWebRoot ? ', serving the web build at /' : ''}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

main().catch((error: unknown) => {
  console.error(`The server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
