import crypto from 'node:crypto';
import type http from 'node:http';
import { WS_TOKEN_PREFIX } from '../../shared/ipc/bridge';

/**
 * Content-Security-Policy of the renderer, shared by both shells. Scripts only from the app
 * itself; styles may be inline because antd injects CSS-in-JS style tags; no plugins,
 * frames, forms or base-URI tricks. `connect` adds the host's WebSocket origin.
 */
export function contentSecurityPolicy(connect: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'self' blob:",
  ].join('; ');
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('hex');
}

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * The checks every request to the host passes (DNS-rebinding and cross-site defence):
 * the Host header must name this loopback listener, and an Origin, when sent, must be
 * the host's own. `requireOrigin` is set for WebSocket upgrades, which browsers always
 * send an Origin with.
 */
export function checkRequest(
  req: http.IncomingMessage,
  port: number,
  requireOrigin: boolean,
): { ok: true } | { ok: false; reason: string } {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host;
  if (!host || !allowedHosts.includes(host.toLowerCase())) return { ok: false, reason: 'bad host' };
  const origin = req.headers.origin;
  if (origin === undefined) return requireOrigin ? { ok: false, reason: 'missing origin' } : { ok: true };
  if (!allowedHosts.map((h) => `http://${h}`).includes(origin.toLowerCase()))
    return { ok: false, reason: 'bad origin' };
  return { ok: true };
}

/** The token from `Sec-WebSocket-Protocol: workstation.v1, token.<hex>`, if any. */
export function tokenFromProtocols(header: string | undefined): string | null {
  if (!header) return null;
  const entry = header
    .split(',')
    .map((s) => s.trim())
    .find((s) => s.startsWith(WS_TOKEN_PREFIX));
  return entry ? entry.slice(WS_TOKEN_PREFIX.length) : null;
}
