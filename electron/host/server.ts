import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { WS_PROTOCOL, type ServerFrame } from '../../shared/ipc/bridge';
import { translate } from '../../shared/i18n/messages';
import type { Core } from '../core/core';
import { checkRequest, contentSecurityPolicy, newToken, tokenFromProtocols, tokensEqual } from './security';
import { serveStatic } from './static';

export interface HostServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Content types of what the host hands out as downloads (exports, PDFs, backups). */
const DOWNLOAD_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.pwbackup': 'application/vnd.sqlite3',
  '.zip': 'application/zip',
};

/** The upload's `X-File-Name` (URI-encoded by the renderer), or null. */
function fileNameHeader(name: string | string[] | undefined): string | null {
  try {
    return typeof name === 'string' ? decodeURIComponent(name) : null;
  } catch {
    return null;
  }
}

/** Largest WebSocket frame accepted; far above any real request, far below harm. */
const MAX_FRAME_BYTES = 4 * 1024 * 1024;

function refuseUpgrade(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * The browser host's listener: the built renderer over HTTP and the IPC contract over a
 * WebSocket, on 127.0.0.1 only. Every request's Host/Origin is checked; the WebSocket
 * also needs the per-launch token, which travels in the URL fragment (never sent to the
 * server by the browser, never in a query string) and then in the WebSocket subprotocol.
 */
export async function startHostServer(core: Core, opts: { port: number; rendererDir: string }): Promise<HostServer> {
  const token = newToken();
  let port = opts.port;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  });
  const sockets = new Set<WebSocket>();

  const baseHeaders = () => ({
    'Content-Security-Policy': contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });

  const server = http.createServer((req, res) => {
    const check = checkRequest(req, port, false);
    if (!check.ok) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    const download = /^\/download\/([0-9a-f]{32})$/.exec(req.url ?? '');
    if (download) return void serveDownload(res, download[1]!);
    const upload = /^\/upload\/([0-9a-f]{32})$/.exec(req.url ?? '');
    if (upload) return void receiveUpload(req, res, upload[1]!);
    const certUpload = /^\/certificates\/upload\/([0-9a-f]{32})$/.exec(req.url ?? '');
    if (certUpload) return void receiveCertificateFile(req, res, certUpload[1]!);
    const certFile = /^\/certificates\/file\/([0-9a-f]{32})$/.exec(req.url ?? '');
    if (certFile) return void serveCertificateFile(req, res, certFile[1]!);
    void serveStatic(opts.rendererDir, req, res, baseHeaders());
  });

  /**
   * A file to import (a backup), once, to the unguessable ticket handed out over the
   * token-checked socket; POST only, with the app's own Origin.
   */
  async function receiveUpload(req: http.IncomingMessage, res: http.ServerResponse, ticket: string) {
    if (req.method !== 'POST' || !checkRequest(req, port, true).ok) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    const name = req.headers['x-file-name'];
    let fileName: string | null = null;
    try {
      fileName = typeof name === 'string' ? decodeURIComponent(name) : null;
    } catch {
      fileName = null;
    }
    const outcome = await core.backups.receiveUpload(ticket, req, fileName).catch(() => 'failed' as const);
    const status = { ok: 204, unknown: 404, tooLarge: 413, failed: 500 }[outcome];
    res.writeHead(status, { ...baseHeaders(), 'Cache-Control': 'no-store' }).end();
  }

  /** A certificate file (PDF/PNG/JPEG, ≤ 20 MB), once, to a ticket from 'certificates.uploadSlot'; POST with the app's Origin. */
  async function receiveCertificateFile(req: http.IncomingMessage, res: http.ServerResponse, ticket: string) {
    if (req.method !== 'POST' || !checkRequest(req, port, true).ok) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    const outcome = await core.certificates
      .receiveUpload(ticket, req, fileNameHeader(req.headers['x-file-name']))
      .catch(() => 'failed' as const);
    const status = { ok: 204, unknown: 404, tooLarge: 413, failed: 500 }[outcome];
    // A refused body is not read to its end: close the connection rather than drain 20+ MB.
    res.writeHead(status, {
      ...baseHeaders(),
      'Cache-Control': 'no-store',
      ...(status === 413 ? { Connection: 'close' } : {}),
    });
    res.end();
  }

  /**
   * A certificate's file for the viewer, once per ticket (from 'certificates.openFile', which
   * checked its hash; checked again here). Same-origin GET only; served inline with its
   * sniffed type, nosniff, and a CSP that runs nothing in it.
   */
  async function serveCertificateFile(req: http.IncomingMessage, res: http.ServerResponse, ticket: string) {
    if (req.method !== 'GET' || req.headers['sec-fetch-site'] === 'cross-site') {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    const file = await core.certificates.takeFile(ticket);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
      'Content-Type': file.mime,
      'Content-Length': String(file.data.length),
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'no-store',
    });
    res.end(file.data);
  }

  /** A finished export, once, by its unguessable ticket (handed out over the token-checked socket). */
  async function serveDownload(res: http.ServerResponse, ticket: string) {
    const found = core.exports.takeDownload(ticket);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const stat = await fs.promises.stat(found.file).catch(() => null);
    if (!stat) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Type': DOWNLOAD_TYPES[path.extname(found.fileName)] ?? 'application/octet-stream',
      'Content-Length': String(stat.size),
      'Content-Disposition': `attachment; filename="export${path.extname(found.fileName)}"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(found.file).pipe(res);
  }

  server.on('upgrade', (req, socket, head) => {
    const check = checkRequest(req, port, true);
    const given = tokenFromProtocols(req.headers['sec-websocket-protocol']);
    if (!check.ok || !given || !tokensEqual(given, token) || (req.url ?? '/') !== '/ipc') {
      refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data, isBinary) => void onFrame(ws, data.toString(), isBinary));
    });
  });

  const send = (ws: WebSocket, frame: ServerFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };

  async function onFrame(ws: WebSocket, text: string, isBinary: boolean) {
    let frame: unknown;
    try {
      frame = isBinary ? undefined : JSON.parse(text);
    } catch {
      frame = undefined;
    }
    const f = frame as { t?: unknown; id?: unknown; channel?: unknown; input?: unknown } | undefined;
    if (!f || typeof f !== 'object' || f.t !== 'invoke' || !Number.isSafeInteger(f.id)) {
      const id = f && Number.isSafeInteger(f.id) ? (f.id as number) : null;
      const language = core.settings.value.language;
      send(ws, {
        t: 'result',
        id,
        result: { ok: false, error: { code: 'BAD_FRAME', message: translate(language, 'error.badFrame') } },
      });
      return;
    }
    const result = await core.dispatcher.dispatch(f.channel, f.input);
    send(ws, { t: 'result', id: f.id as number, result });
  }

  const unsubscribe = core.bus.subscribe((name, payload) => {
    for (const ws of sockets) send(ws, { t: 'event', name, payload });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
