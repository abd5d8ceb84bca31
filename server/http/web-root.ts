import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { HttpError } from './errors';

/**
 * The build names every file under assets/ by its content hash, so a changed
 * file is a new URL: a browser may keep one for good, and with it the
 * compiled code V8 caches beside it, which is most of a warm start's saving.
 * Everything else (index.html, the service worker) is revalidated on every
 * load, so a new release is picked up at once.
 */
export const cacheControlFor = (folder: string, file: string): string =>
  relative(folder, file).startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * Serves the production web build (dist/renderer) to HQ browsers when the
 * folder exists. Any non-API path that is not a file gets index.html, so
 * the single-page app's own routes survive a reload.
 */
export const webRoot = async (app: FastifyInstance, root: string | undefined): Promise<boolean> => {
  const folder = root && resolve(root);
  const served = Boolean(folder && existsSync(resolve(folder, 'index.html')));
  if (served) {
    await app.register(fastifyStatic, {
      root: folder!,
      wildcard: true,
      setHeaders: (reply, file) => void reply.header('cache-control', cacheControlFor(folder!, file)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const api = request.url.startsWith('/api/') || request.url === '/api';
    if (served && !api && (request.method === 'GET' || request.method === 'HEAD')) return reply.sendFile('index.html');
    return reply.status(404).send(new HttpError(404, 'not_found', `Nothing at ${request.method} ${request.url.split('?')[0]}.`).body());
  });
  return served;
};
