import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, bootOnce } from './app/App';
import { registerOfflineApp } from './platform/offline-app';

// Open the store and start reading the partners before React draws anything: the first screen waits on
// both, and this way they overlap the first render. Failures surface through App, which awaits the same boot.
bootOnce().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerOfflineApp();
