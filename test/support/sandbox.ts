/**
 * A small client for the sandbox tests: real HTTP over loopback with `fetch`, bodies parsed
 * losslessly (money fields become exact decimal strings, as in `sandbox.data`).
 */
import { LosslessNumber, parse } from 'lossless-json';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../electron/sandbox';
import { MONEY_KEYS } from '../../electron/sandbox/json';

/** A fixed clock for reproducible tests (in the past, so the clock can advance). */
export const TEST_NOW = new Date('2025-03-10T08:00:00Z');

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** parsed body (money fields as decimal strings, other numbers as numbers) */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** JSON text → data, with amounts kept exact as strings. */
export function parseExact(text: string): unknown {
  return parse(text, (key, value) =>
    value instanceof LosslessNumber ? (MONEY_KEYS.has(key) ? value.toString() : value.valueOf()) : value,
  );
}

export interface CallOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** undefined = the client's token; null = no token header */
  token?: string | null;
  headers?: Record<string, string>;
}

export class SandboxClient {
  token: string | undefined;

  constructor(readonly sb: Sandbox) {}

  async login(): Promise<string> {
    const { domain, user, password } = this.sb.credentials;
    const r = await this.call('POST', '/v3/auth/tokens', {
      token: null,
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: user, password, domain: { name: domain } } } },
          scope: { domain: { name: domain } },
        },
      },
    });
    if (r.status !== 201) throw new Error(`login failed: ${r.status} ${r.text}`);
    this.token = r.headers.get('x-subject-token')!;
    return this.token;
  }

  async call(method: 'GET' | 'POST', path: string, opts: CallOptions = {}): Promise<Reply> {
    const url = new URL(path, this.sb.baseUrl);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...opts.headers };
    const token = opts.token === undefined ? this.token : opts.token;
    if (token) headers['X-Auth-Token'] = token;
    const res = await fetch(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = parseExact(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  get(path: string, query: CallOptions['query'] = {}): Promise<Reply> {
    return this.call('GET', path, { query });
  }

  post(path: string, body: unknown): Promise<Reply> {
    return this.call('POST', path, { body });
  }

  /** Reads every page of a listing (limit 100) and checks the count on each page. */
  async all<T>(
    fetchPage: (offset: number, limit: number) => Promise<Reply>,
    listKey: string,
    countKey: string,
  ): Promise<T[]> {
    const out: T[] = [];
    for (let offset = 0; ; offset += 100) {
      const r = await fetchPage(offset, 100);
      if (r.status !== 200) throw new Error(`page at ${offset}: ${r.status} ${r.text}`);
      const items = r.json[listKey] as T[];
      out.push(...items);
      if (offset + 100 >= r.json[countKey]) {
        if (out.length !== r.json[countKey]) throw new Error(`read ${out.length} of ${r.json[countKey]}`);
        return out;
      }
    }
  }
}

/** Starts a sandbox (unthrottled unless asked) with a logged-in client. */
export async function sandboxWithClient(
  opts: Partial<SandboxOptions> = {},
): Promise<{ sb: Sandbox; client: SandboxClient }> {
  const sb = await startSandbox({ scale: 'tiny', seed: 7, now: TEST_NOW, ratePerSec: 0, ...opts });
  const client = new SandboxClient(sb);
  await client.login();
  return { sb, client };
}

export const PATHS = {
  customers: '/v2/partners/sub-customers/query',
  orders: '/v2/orders/customer-orders',
  orderDetails: (id: string) => `/v2/orders/customer-orders/details/${encodeURIComponent(id)}`,
  refunds: '/v2/orders/customer-orders/refund-orders',
  monthlySums: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum',
  feeRecords: '/v2/bills/subcustomer-bills/res-fee-records',
  consumers: '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query',
} as const;
