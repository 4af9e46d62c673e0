/**
 * The loopback HTTP server: routing, IAM, the token check, flow control, injected faults,
 * error bodies and an `X-Request-Id` on every response. IAM and BSS share one port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from './data/catalog';
import type { FeeBook } from './data/fees';
import type { World } from './data/generate';
import { hex32, mix } from './data/prng';
import { ApiError, flowControlError, internalError, paramError, tokenError } from './errors';
import type { FaultDecision, FaultInjector, FaultKind } from './faults';
import { type IamResponse, type Identity, type TokenStore, createToken, iamError, listProjects } from './iam';
import { toJson } from './json';
import type { RateLimiter } from './rate-limit';
import { ResponseCache, type ResponseCacheStats } from './response-cache';
import { billOperations } from './routes/bills';
import type { Operation } from './routes/context';
import { customerOperations } from './routes/customers';
import { orderOperations } from './routes/orders';

export const OPERATIONS: readonly Operation[] = [...customerOperations, ...orderOperations, ...billOperations];

const IAM_CREATE_TOKEN = 'KeystoneCreateUserTokenByPassword';
const IAM_LIST_PROJECTS = 'KeystoneListAuthProjects';
const MAX_BODY = 1 << 20;

export interface SandboxStats {
  /** requests received, per operation (IAM included) */
  requests: Record<string, number>;
  total: number;
  /** responses sent, per HTTP status */
  responses: Record<string, number>;
  /** 429s sent by flow control */
  throttled: number;
  /** all 429s sent (flow control and injected bursts) */
  sent429: number;
  /** faults injected, by kind */
  faults: Record<FaultKind, number>;
  /** the response cache's hits, misses and bytes held; null when it is off */
  cache: ResponseCacheStats | null;
}

export interface ServerDeps {
  seed: number;
  world: World;
  fees: FeeBook;
  faults: FaultInjector;
  limiter: RateLimiter;
  tokens: TokenStore;
  identity: Identity;
  retryAfter: boolean;
  /** serve repeated requests from their rendered bodies (benchmarks only) */
  cache: ResponseCache | null;
}

function languageOf(header: string | string[] | undefined): Lang {
  const v = Array.isArray(header) ? header[0] : header;
  return v && /^en[-_]us$/i.test(v.trim()) ? 'en' : 'zh';
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SandboxServer {
  private readonly server: http.Server;
  private requestCount = 0;
  private url = '';
  readonly stats: Omit<SandboxStats, 'faults' | 'cache'> = {
    requests: {},
    total: 0,
    responses: {},
    throttled: 0,
    sent429: 0,
  };

  constructor(private readonly deps: ServerDeps) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) this.sendJson(res, 500, internalError().body('en'));
        else res.destroy(err as Error);
      });
    });
  }

  get baseUrl(): string {
    return this.url;
  }

  listen(port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        resolve(this.url);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private nextRequestId(): string {
    const n = ++this.requestCount;
    const s = this.deps.seed;
    return hex32(mix(s, 0x5e1, n)) + hex32(mix(s, 0x5e2, n)) + hex32(mix(s, 0x5e3, n)) + hex32(mix(s, 0x5e4, n));
  }

  private count(name: string): void {
    this.stats.requests[name] = (this.stats.requests[name] ?? 0) + 1;
    this.stats.total++;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Request-Id', this.nextRequestId());
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const lang = languageOf(req.headers['x-language']);
    let text: string;
    try {
      text = await readBody(req);
    } catch {
      return this.sendError(res, paramError('请求体过大', 'the request body is too large'), lang);
    }
    const token = req.headers['x-auth-token'];
    const authToken = Array.isArray(token) ? token[0] : token;

    if (url.pathname === '/v3/auth/tokens' && req.method === 'POST') {
      this.count(IAM_CREATE_TOKEN);
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return this.sendIam(res, iamError(400, 'The request body is not valid JSON.'));
      }
      return this.sendIam(res, createToken(this.deps.identity, this.deps.tokens, body, url.searchParams, this.url));
    }
    if (url.pathname === '/v3/auth/projects' && req.method === 'GET') {
      this.count(IAM_LIST_PROJECTS);
      if (!this.deps.tokens.valid(authToken, Date.now()))
        return this.sendIam(res, iamError(401, 'The request you have made requires authentication.'));
      return this.sendIam(res, listProjects(this.deps.identity, this.url));
    }

    let op: Operation | undefined;
    let captures: string[] = [];
    for (const candidate of OPERATIONS) {
      const m = candidate.method === req.method ? candidate.path.exec(url.pathname) : null;
      if (m) {
        op = candidate;
        captures = m.slice(1);
        break;
      }
    }
    if (!op) {
      this.count('(unknown)');
      return this.sendJson(res, 404, {
        error_msg: 'The API does not exist or has not been published in the environment',
        error_code: 'APIGW.0101',
        request_id: res.getHeader('X-Request-Id'),
      });
    }
    this.count(op.name);

    const { faults, tokens, limiter } = this.deps;
    const decision = faults.decide();
    if (decision.expireTokens) tokens.expireAll();
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (!tokens.valid(authToken, Date.now())) return this.sendError(res, tokenError(), lang);
    if (!limiter.take(op.name)) {
      this.stats.throttled++;
      return this.sendError(res, flowControlError(), lang);
    }
    if (decision.fail === '429') return this.sendError(res, flowControlError(), lang);
    if (decision.fail === '5xx') return this.sendError(res, internalError(this.requestCount % 2 ? 500 : 503), lang);

    const { cache, world } = this.deps;
    const cacheKey =
      cache && faults.idle
        ? ResponseCache.key({ version: world.version, now: world.now, lang, method: req.method!, url, body: text })
        : null;
    const cached = cacheKey === null ? undefined : cache!.get(cacheKey);
    if (cached) return this.sendBytes(res, 200, cached);

    let body: unknown;
    try {
      body = text.trim() ? JSON.parse(text) : undefined;
    } catch {
      return this.sendError(res, paramError('请求体不是合法的 JSON', 'the request body is not valid JSON'), lang);
    }
    let result: object;
    try {
      result = op.handle({
        world,
        fees: this.deps.fees,
        faults,
        lang,
        query: url.searchParams,
        body,
        pathParams: captures,
      });
    } catch (err) {
      if (err instanceof ApiError) return this.sendError(res, err, lang);
      const detail = err instanceof Error ? err.message : String(err);
      return this.sendJson(res, 500, { error_code: 'CBC.0999', error_msg: `Internal error: ${detail}` });
    }
    if (cacheKey === null) return this.sendJson(res, 200, result, decision.deliver);
    const bytes = Buffer.from(toJson(result), 'utf8');
    cache!.put(cacheKey, bytes);
    this.sendBytes(res, 200, bytes);
  }

  private sendError(res: http.ServerResponse, err: ApiError, lang: Lang): void {
    if (err.status === 429) {
      this.stats.sent429++;
      if (this.deps.retryAfter) res.setHeader('Retry-After', '1');
    }
    this.sendJson(res, err.status, err.body(lang));
  }

  private sendIam(res: http.ServerResponse, r: IamResponse): void {
    for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
    this.sendJson(res, r.status, r.body);
  }

  private sendJson(res: http.ServerResponse, status: number, body: unknown, deliver?: FaultDecision['deliver']): void {
    const text = toJson(body);
    if (deliver) return this.sendBytes(res, status, Buffer.from(text, 'utf8'), deliver);
    // The string goes to the socket as it is: no Buffer copy of every body.
    this.writeHead(res, status, Buffer.byteLength(text, 'utf8'));
    res.end(text, 'utf8');
  }

  /** A rendered JSON body (from the cache, or to be delivered broken by a fault). */
  private sendBytes(res: http.ServerResponse, status: number, bytes: Buffer, deliver?: FaultDecision['deliver']): void {
    if (deliver === 'truncate') {
      // A complete chunked response whose JSON stops part-way.
      this.writeHead(res, status, null);
      res.end(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * 0.6))));
      return;
    }
    this.writeHead(res, status, bytes.length);
    if (deliver === 'drop') {
      // Headers and part of the body go out, then the connection dies.
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
      return;
    }
    res.end(bytes);
  }

  /** Counts the response and writes its head; a null length sends the body chunked. */
  private writeHead(res: http.ServerResponse, status: number, length: number | null): void {
    this.stats.responses[status] = (this.stats.responses[status] ?? 0) + 1;
    res.setHeader('Content-Type', 'application/json;charset=UTF-8');
    if (length !== null) res.setHeader('Content-Length', length);
    res.writeHead(status);
  }
}
