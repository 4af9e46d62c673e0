/**
 * Partner API sandbox: a loopback HTTP server imitating the Huawei Cloud IAM token API and
 * the BSS partner operations of reference/bss-api.md (§1–§6, §8) over a deterministic,
 * lazily generated data set, with a clock that makes the data change and fault injection.
 *
 *   const sb = await startSandbox({ scale: 'small', seed: 42 });
 *   // POST `${sb.baseUrl}/v3/auth/tokens` with sb.credentials, then call /v2/... with X-Auth-Token
 */
import type { ChangeSummary } from './data/clock';
import { advance } from './data/clock';
import { SandboxData } from './data/dataset';
import { FeeBook } from './data/fees';
import { type Scale, World } from './data/generate';
import { seedOf } from './data/prng';
import { DAY } from './data/time';
import { type Faults, FaultInjector } from './faults';
import { ResponseCache } from './response-cache';
import { type Credentials, TokenStore, makeIdentity } from './iam';
import { RateLimiter } from './rate-limit';
import { SandboxServer, type SandboxStats } from './server';

export type { ChangeSummary } from './data/clock';
export type { Faults, FaultKind } from './faults';
export type { Credentials } from './iam';
export type { SandboxStats } from './server';
export type { Scale } from './data/generate';
export type { MalformedScope } from './data/dataset';
export type * from './data/api-types';
export { SandboxData } from './data/dataset';
export { PRESETS } from './data/generate';

export interface SandboxOptions {
  /** 0 (default) picks a free port */
  port?: number;
  /** data size preset (default 'small') */
  scale?: Scale;
  seed: number | string;
  /** the sandbox's clock at start (default: real now − 40 days); data exists up to it */
  now?: Date;
  /** flow control per API per account (default 10; 0 or Infinity = unthrottled) */
  ratePerSec?: number;
  /** token lifetime (default 24 h) */
  tokenTtlSec?: number;
  faults?: Faults;
  /** send `Retry-After: 1` with 429s (the real API does not promise it) */
  retryAfter?: boolean;
  /**
   * Keep every rendered 200 body and serve the same request again from it (response-cache.ts):
   * for throughput benchmarks, where the sandbox stands in for a server on another machine.
   */
  responseCache?: boolean;
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT`, serving both the IAM and the BSS paths */
  readonly baseUrl: string;
  readonly credentials: Credentials;
  /** the sandbox clock */
  readonly now: Date;
  /** Moves the clock forward (never past the real wall clock), creating the data in between. */
  advance(opts: { days: number }): ChangeSummary;
  setFaults(faults: Faults): void;
  /** Invalidates every token issued so far (token expiry mid-sync). */
  expireTokens(): void;
  /** Changes flow control at runtime. */
  setRate(ratePerSec: number): void;
  stats(): SandboxStats;
  close(): Promise<void>;
  readonly data: SandboxData;
}

export const DEFAULT_NOW_LAG_DAYS = 40;

export async function startSandbox(opts: SandboxOptions): Promise<Sandbox> {
  const seed = seedOf(opts.seed);
  const startNow = opts.now ? opts.now.getTime() / 1000 : Date.now() / 1000 - DEFAULT_NOW_LAG_DAYS * DAY;
  if (!Number.isFinite(startNow)) throw new RangeError('startSandbox: invalid now');
  const world = new World({ seed, scale: opts.scale ?? 'small', now: startNow });
  const fees = new FeeBook(world);
  const faults = new FaultInjector(seed, opts.faults);
  const limiter = new RateLimiter(opts.ratePerSec ?? 10);
  const tokens = new TokenStore(opts.tokenTtlSec ?? 24 * 3600);
  const identity = makeIdentity(seed);
  const cache = opts.responseCache ? new ResponseCache() : null;
  const server = new SandboxServer({
    seed,
    world,
    fees,
    faults,
    limiter,
    tokens,
    identity,
    retryAfter: opts.retryAfter ?? false,
    cache,
  });
  const baseUrl = await server.listen(opts.port ?? 0);
  const data = new SandboxData(world, fees, faults);
  return {
    baseUrl,
    credentials: { ...identity.credentials },
    get now() {
      return new Date(world.now * 1000);
    },
    advance: ({ days }) => advance(world, fees, days),
    setFaults: (f) => faults.set(f),
    expireTokens: () => tokens.expireAll(),
    setRate: (r) => limiter.setRate(r),
    stats: () => ({
      ...structuredClone(server.stats),
      faults: { ...faults.counts },
      cache: cache ? { ...cache.stats } : null,
    }),
    close: () => server.close(),
    data,
  };
}
