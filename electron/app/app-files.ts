import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../host/security';
import { contentType, resolveStatic } from '../host/static';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Headers on every app:// response, errors included: the CSP is the same policy the
 * browser host serves (one definition for both shells), here with no extra connect
 * sources because the renderer talks to the core over IPC only.
 */
export function appResponseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...appResponseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Answers one app:// request from the built renderer folder. Pure Node (no 'electron'), so
 * it is unit-tested; protocol.ts only wires it to `protocol.handle`.
 * Refused: other hosts, methods other than GET/HEAD, paths escaping `root` (`..`, encoded
 * `%2e%2e`, backslashes, NUL) and symlinks whose real target lies outside `root`.
 */
export async function respondAppRequest(root: string, method: string, url: string): Promise<Response> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return plain(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveStatic(root, u.pathname);
  if (!file) return plain(400, 'Bad request');
  try {
    // realpath: a symlink inside dist/renderer must not lead outside it.
    const [realRoot, realFile] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(file)]);
    if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) return plain(404, 'Not found');
    const data = await fs.promises.readFile(realFile);
    return new Response(method === 'HEAD' ? null : new Uint8Array(data.buffer, data.byteOffset, data.byteLength), {
      status: 200,
      headers: {
        ...appResponseHeaders(),
        'Content-Type': contentType(realFile),
        'Content-Length': String(data.byteLength),
        // The page is never cached so a rebuilt app loads; hashed assets may be.
        'Cache-Control': realFile.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
      },
    });
  } catch {
    return plain(404, 'Not found');
  }
}
