import { backoffMs, retryAfterMs } from './backoff';
import { httpRequest, type HttpResponse } from './http';
import { parseLossless } from './json';
import type { RateLimiter } from './limiter';

/** The BSS APIs the sync uses; flow control is per API, so the limiter keys on these. */
export type ApiName =
  | 'customers'
  | 'orders'
  | 'order-details'
  | 'refund-details'
  | 'monthly-sums'
  | 'fee-records'
  | 'consume-customers'
  | 'iam';

export interface Credentials {
  domain: string;
  user: string;
  password: string;
}

export interface Endpoints {
  iam: string;
  bss: string;
}

/** One list request, as tasks.ts builds it. */
export interface PageRequestSpec {
  api: ApiName;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number>;
  body?: Record<string, unknown>;
}

/** The API answered with an error body (4xx that retrying will not fix). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = 'ApiError';
  }
}

/** The server could not be reached (or kept failing) after all retries: the app is offline. */
export class OfflineError extends Error {
  constructor(override readonly cause: unknown) {
    super(`the partner API cannot be reached: ${(cause as Error)?.message ?? cause}`);
    this.name = 'OfflineError';
  }
}

export interface ClientStats {
  requests: number;
  retries: number;
  throttled: number;
  reauths: number;
}

export interface BssClientOptions {
  endpoints: Endpoints;
  credentials: () => Credentials | Promise<Credentials>;
  limiter: RateLimiter;
  signal?: AbortSignal;
  /** Attempts per request before giving up (network errors, 429, 5xx, broken bodies). */
  maxAttempts?: number;
  /** Consecutive connection failures (nothing answered) after which the client reports offline. */
  offlineAfter?: number;
  timeoutMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * A small client for the BSS partner API with IAM token auth. Every request goes through
 * the shared limiter; 429/5xx/network failures and unreadable bodies are retried with
 * backoff and jitter (Retry-After honoured); an expired token (CBC.0154) is renewed once.
 * Credentials and tokens never leave this object (no logging).
 */
export class BssClient {
  private token: { value: string; expiresAt: number } | null = null;
  private tokenPromise: Promise<string> | null = null;
  readonly stats: ClientStats = { requests: 0, retries: 0, throttled: 0, reauths: 0 };

  constructor(private readonly opts: BssClientOptions) {}

  private get sleep() {
    return this.opts.sleep ?? defaultSleep;
  }

  /** Gets (or reuses) an IAM token; renewed 5 minutes before it expires. */
  private async authToken(force = false): Promise<string> {
    if (!force && this.token && this.token.expiresAt - Date.now() > 5 * 60_000) return this.token.value;
    if (!this.tokenPromise) {
      this.tokenPromise = this.fetchToken().finally(() => (this.tokenPromise = null));
    }
    return this.tokenPromise;
  }

  private async fetchToken(): Promise<string> {
    const c = await this.opts.credentials();
    const body = {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: c.user, password: c.password, domain: { name: c.domain } } },
        },
        scope: { domain: { name: c.domain } },
      },
    };
    const res = await this.send('iam', new URL('/v3/auth/tokens?nocatalog=true', this.opts.endpoints.iam), {
      method: 'POST',
      body: JSON.stringify(body),
      auth: false,
    });
    const token = res.headers.get('x-subject-token');
    const parsed = res.body as { token?: { expires_at?: string } };
    if (!token) throw new ApiError(res.status, 'IAM', 'no X-Subject-Token in the IAM response');
    const expiresAt = Date.parse(parsed?.token?.expires_at ?? '') || Date.now() + 3600_000;
    this.token = { value: token, expiresAt };
    return token;
  }

  /** Checks that the credentials work (the "test connection" button). */
  async testConnection(): Promise<{ expiresAt: string }> {
    await this.authToken(true);
    return { expiresAt: new Date(this.token!.expiresAt).toISOString() };
  }

  /** A page of a list as the raw body text (an order's detail, decoded by its caller). */
  async fetchText(req: PageRequestSpec): Promise<string> {
    return (await this.fetchPage(req)).text;
  }

  /**
   * A page of a list as the body's bytes, undecoded: the sync hands them to the database
   * workers without a copy (transferred), so the main thread never holds page text.
   */
  async fetchBytes(req: PageRequestSpec): Promise<Uint8Array> {
    return (await this.fetchPage(req)).bytes;
  }

  private fetchPage(req: PageRequestSpec): Promise<HttpResponse> {
    const url = new URL(req.path, this.opts.endpoints.bss);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== '') url.searchParams.set(k, String(v));
    const body = req.body ? JSON.stringify(req.body) : undefined;
    return this.send(req.api, url, { method: req.method, body, raw: true }).then((r) => r.response);
  }

  private async send(
    api: ApiName,
    url: URL,
    init: { method: 'GET' | 'POST'; body?: string; auth?: boolean; raw?: boolean },
  ): Promise<{ status: number; headers: HttpResponse['headers']; body: unknown; response: HttpResponse }> {
    const maxAttempts = this.opts.maxAttempts ?? 8;
    const offlineAfter = this.opts.offlineAfter ?? 4;
    let unreachable = 0;
    let reauthed = false;
    for (let attempt = 0; ; attempt++) {
      this.opts.signal?.throwIfAborted();
      await this.opts.limiter.take(api, this.opts.signal);
      const headers: Record<string, string> = { Accept: 'application/json', 'X-Language': 'zh_CN' };
      if (init.body) headers['Content-Type'] = 'application/json;charset=UTF-8';
      if (init.auth !== false) headers['X-Auth-Token'] = await this.authToken();
      let res: HttpResponse;
      this.stats.requests++;
      try {
        res = await httpRequest(url, {
          method: init.method,
          headers,
          body: init.body,
          signal: this.opts.signal,
          timeoutMs: this.opts.timeoutMs ?? 30_000,
        });
      } catch (err) {
        if (this.opts.signal?.aborted) throw this.opts.signal.reason;
        unreachable++;
        if (unreachable >= offlineAfter || attempt + 1 >= maxAttempts) throw new OfflineError(err);
        await this.retryWait(attempt, null);
        continue;
      }
      unreachable = 0;
      // A successful list page is returned undecoded and decoded off the main thread (the run
      // asks for it again if it turns out truncated); everything else is parsed here.
      if (res.ok && init.raw) return { status: res.status, headers: res.headers, body: null, response: res };
      const text = res.text;
      let body: unknown = null;
      let unreadable = false;
      try {
        body = text ? parseLossless(text) : null;
      } catch {
        unreadable = true; // truncated or garbled: worth another try
      }
      const code = (body as { error_code?: string } | null)?.error_code ?? '';
      if (res.ok && !unreadable) return { status: res.status, headers: res.headers, body, response: res };
      if ((res.status === 401 || code === 'CBC.0154') && init.auth !== false && !reauthed) {
        reauthed = true;
        this.stats.reauths++;
        this.token = null;
        await this.authToken(true);
        attempt--; // a renewed token is not a failed attempt
        continue;
      }
      const retryable = unreadable || res.status === 429 || res.status >= 500;
      if (!retryable || attempt + 1 >= maxAttempts) {
        if (unreadable || res.status >= 500) throw new OfflineError(new Error(`HTTP ${res.status}`));
        const msg = (body as { error_msg?: string } | null)?.error_msg ?? res.statusText;
        throw new ApiError(res.status, code || `HTTP${res.status}`, msg);
      }
      if (res.status === 429) this.stats.throttled++;
      const after = retryAfterMs(res.headers.get('retry-after'));
      if (res.status === 429) this.opts.limiter.pause(api, after ?? backoffMs(attempt, { baseMs: 500 }));
      await this.retryWait(attempt, after);
    }
  }

  private async retryWait(attempt: number, retryAfter: number | null) {
    this.stats.retries++;
    await this.sleep(Math.max(retryAfter ?? 0, backoffMs(attempt)), this.opts.signal);
  }
}
