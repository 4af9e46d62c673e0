import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { CertificateService } from '../certificates/service';
import { appResponseHeaders } from './app-files';
import { APP_HOST, APP_SCHEME } from './origin';

const UPLOAD = /^\/certificates\/upload\/([0-9a-f]{32})$/;
const FILE = /^\/certificates\/file\/([0-9a-f]{32})$/;

/**
 * The certificate file routes of app://workstation/, the Electron twin of the browser
 * host's (electron/host/server.ts): `POST /certificates/upload/<ticket>` streams a file in
 * (≤ 20 MB, one use), `GET /certificates/file/<ticket>` hands a hash-checked file to the
 * viewer once. Tickets come only over the sender-checked IPC. Answers null for every other
 * URL (the renderer's own files). No 'electron' import: plain Request/Response.
 */
export async function respondCertificateRequest(
  certificates: Pick<CertificateService, 'receiveUpload' | 'takeFile'> | null,
  request: Request,
): Promise<Response | null> {
  let u: URL;
  try {
    u = new URL(request.url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  const upload = UPLOAD.exec(u.pathname);
  const file = FILE.exec(u.pathname);
  if (!upload && !file) return null;
  const headers = { ...appResponseHeaders(), 'Cache-Control': 'no-store' };
  if (!certificates) return new Response(null, { status: 503, headers });
  if (upload) {
    if (request.method !== 'POST' || !request.body) return new Response(null, { status: 405, headers });
    let name: string | null = null;
    try {
      name = decodeURIComponent(request.headers.get('x-file-name') ?? '') || null;
    } catch {
      name = null;
    }
    const body = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
    const outcome = await certificates.receiveUpload(upload[1]!, body, name).catch(() => 'failed' as const);
    return new Response(null, { status: { ok: 204, unknown: 404, tooLarge: 413, failed: 500 }[outcome], headers });
  }
  if (request.method !== 'GET') return new Response(null, { status: 405, headers });
  const found = await certificates.takeFile(file![1]!);
  if (!found) return new Response(null, { status: 404, headers });
  return new Response(new Uint8Array(found.data), {
    status: 200,
    headers: {
      ...headers,
      'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
      'Content-Type': found.mime,
      'Content-Length': String(found.data.byteLength),
    },
  });
}
