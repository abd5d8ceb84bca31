/**
 * The Content-Security-Policy of the renderer (Electron checklist item 7):
 * sent as a header with every app:// response, and written into the web
 * build's index.html by the Vite config, so both hosts enforce one policy.
 * Scripts and styles come only from the app itself (MUI's emotion injects
 * <style> elements, hence 'unsafe-inline' for styles only); the renderer talks
 * to the HQ server, whose address the user enters, so connect-src allows
 * https anywhere and plain http only on this machine (a local HQ server).
 * No frames, no objects, no form posts anywhere, no base-uri rewriting.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
