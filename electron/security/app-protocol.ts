import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../../shared/platform/csp';

/**
 * Maps an app:// URL to a file of the renderer build, or null. The guard
 * stops `app://partner-desk/../../etc/passwd` and its encoded forms
 * (%2e%2e, %2f, backslashes) from reading outside the build folder.
 */
export const resolveAppPath = (root: string, url: string): string | null => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const base = path.resolve(root);
  const target = path.resolve(base, `.${relative}`);
  return target.startsWith(base + path.sep) ? target : null;
};

/** Reads a file of the build; in Electron, `net.fetch(pathToFileURL(file))`. */
export type FileFetcher = (file: string) => Promise<Response>;

/**
 * The app:// handler: serves the renderer build with the CSP on every
 * response (checklist item 7) and a plain 404 for anything outside it.
 */
export const createAppProtocolHandler =
  (root: string, fetchFile: FileFetcher) =>
  async (request: { url: string }): Promise<Response> => {
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const response = await fetchFile(file);
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
