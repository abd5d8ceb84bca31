// npm run web: build the renderer, then serve it from the HQ server with the demo workspace:
// one process a browser uses at http://127.0.0.1:8787 (sign in with a demo account, README).
import { startDemoServer } from './demo-server.mjs';
import { runNpm } from './run-npm.mjs';

const built = runNpm(['run', 'build:renderer']);
if (built !== 0) process.exit(built);

const server = startDemoServer();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('close', (code) => process.exit(code ?? 0));
