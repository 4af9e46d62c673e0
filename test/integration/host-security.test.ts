import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { spawnHost, type HostProcess } from '../support/host-process';
import { tempDir } from '../support/temp';

let host: HostProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(tempDir('pw-host-'), 'd'));
  host = await spawnHost(dataDir);
});
afterAll(async () => host?.stop());

function get(
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: urlPath, headers, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the IPC socket; resolves 'open' or the refusal it got. */
function connect(opts: { token?: string | null; origin?: string | null; host?: string; path?: string }) {
  const protocols = ['workstation.v1'];
  if (opts.token !== null) protocols.push(`token.${opts.token ?? host.token}`);
  const headers: Record<string, string> = {};
  if (opts.origin !== null) headers.Origin = opts.origin ?? host.origin;
  if (opts.host) headers.Host = opts.host;
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}${opts.path ?? '/ipc'}`, protocols, { headers });
  return new Promise<{ outcome: 'open' | 'refused'; status?: number; ws: WebSocket }>((resolve) => {
    ws.on('open', () => resolve({ outcome: 'open', ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ outcome: 'refused', status: res.statusCode, ws }));
    ws.on('error', () => resolve({ outcome: 'refused', ws }));
  });
}

function call(ws: WebSocket, frame: unknown, raw = false): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(data.toString())));
    ws.send(raw ? (frame as string) : JSON.stringify(frame));
  });
}

describe('browser host HTTP', () => {
  it('serves the renderer with a strict CSP to its own origin', async () => {
    const res = await get('/', { Host: `127.0.0.1:${host.port}` });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root">');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { Host: 'evil.example:80' }],
    ['the right host on another port', { Host: '127.0.0.1:1' }],
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['a null Origin', { Origin: 'null' }],
  ])('refuses %s with 403', async (_label, headers) => {
    const res = await get('/', { Host: `127.0.0.1:${host.port}`, ...headers });
    expect(res.status).toBe(403);
  });

  it('never serves files outside the renderer', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00']) {
      const res = await get(p, { Host: `127.0.0.1:${host.port}` });
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('"name": "partner-workstation"');
    }
  });

  it('keeps the token out of the log files', async () => {
    const logs = path.join(dataDir, 'logs');
    for (const f of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
      expect(fs.readFileSync(path.join(logs, f), 'utf8')).not.toContain(host.token);
    }
  });
});

describe('browser host WebSocket', () => {
  it.each([
    ['no token', { token: null }],
    ['a wrong token', { token: 'ab'.repeat(24) }],
    ['a token of the wrong length', { token: 'abc' }],
    ['no Origin', { origin: null }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a foreign Host', { host: 'evil.example' }],
    ['another path', { path: '/other' }],
  ] as const)('refuses a connection with %s', async (_label, opts) => {
    const res = await connect(opts);
    expect(res.outcome).toBe('refused');
    if (res.status !== undefined) expect(res.status).toBe(403);
    res.ws.terminate();
  });

  it('answers malformed frames with typed errors and keeps the connection', async () => {
    const { outcome, ws } = await connect({});
    expect(outcome).toBe('open');
    expect(await call(ws, 'not json', true)).toMatchObject({
      t: 'result',
      id: null,
      result: { ok: false, error: { code: 'BAD_FRAME' } },
    });
    expect(await call(ws, { t: 'invoke', channel: 'app.info' })).toMatchObject({
      id: null,
      result: { error: { code: 'BAD_FRAME' } },
    });
    expect(await call(ws, { t: 'nope', id: 3 })).toMatchObject({ id: 3, result: { error: { code: 'BAD_FRAME' } } });
    expect(await call(ws, [1, 2, 3])).toMatchObject({ result: { error: { code: 'BAD_FRAME' } } });
    expect(await call(ws, { t: 'invoke', id: 4, channel: 'no.such' })).toMatchObject({
      id: 4,
      result: { error: { code: 'UNKNOWN_CHANNEL' } },
    });
    expect(await call(ws, { t: 'invoke', id: 5, channel: 'settings.set', input: { language: 'xx' } })).toMatchObject({
      id: 5,
      result: { ok: false, error: { code: 'INVALID_INPUT' } },
    });
    const ok = await call(ws, { t: 'invoke', id: 6, channel: 'app.info' });
    expect(ok).toMatchObject({ id: 6, result: { ok: true, value: { transport: 'browser-host', dataDir } } });
    expect(host.child.exitCode).toBeNull();
    ws.close();
  });

  it('pushes events to connected clients', async () => {
    const a = await connect({});
    const b = await connect({});
    const event = new Promise((resolve) => b.ws.on('message', (d) => resolve(JSON.parse(d.toString()))));
    await call(a.ws, { t: 'invoke', id: 1, channel: 'settings.set', input: { theme: 'dark' } });
    expect(await event).toEqual({
      t: 'event',
      name: 'settings.changed',
      payload: { language: 'zh-CN', theme: 'dark' },
    });
    a.ws.close();
    b.ws.close();
  });
});
