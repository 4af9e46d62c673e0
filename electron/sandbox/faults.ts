/**
 * Fault injection for reliability tests, switchable per run and at runtime. Request-level
 * faults are drawn from a PRNG seeded by the sandbox seed; malformed records are chosen
 * by a hash of the record id, so the same record is always the malformed one.
 */
import { Rng, hashString, mix } from './data/prng';
import { TAG } from './data/generate';

export interface Faults {
  /** added latency per request, fixed or uniform in [min, max] */
  latencyMs?: number | [number, number];
  /** chance that a request starts a burst of 429 CBC.0250 */
  rate429?: number;
  /** consecutive 429s once a burst starts (default 1) */
  burst429?: number;
  /** chance of a 500/503 CBC.0999 */
  rate5xx?: number;
  /** chance that the connection is destroyed mid-response */
  rateDrop?: number;
  /** chance that the body is cut short (a complete, but truncated, response) */
  rateTruncate?: number;
  /** fraction of records (customers, orders, fee records) served malformed */
  malformedRate?: number;
  /** every N-th BSS request first invalidates every issued token */
  expireTokensEvery?: number;
}

export type FaultKind = 'latency' | '429' | '5xx' | 'drop' | 'truncate' | 'malformed' | 'tokenExpiry';

export interface FaultDecision {
  latencyMs: number;
  fail: '429' | '5xx' | undefined;
  /** how the response is delivered */
  deliver: 'drop' | 'truncate' | undefined;
  expireTokens: boolean;
}

export type RecordKind = 'customer' | 'order' | 'fee';

/** What is wrong with a malformed record. */
export type Malformation = 'amount' | 'missing' | 'timestamp';

const BAD_TIMESTAMP = '2024-02-30 25:61:00';

function checkRate(name: string, v: number | undefined): void {
  if (v !== undefined && !(v >= 0 && v <= 1)) throw new RangeError(`faults.${name} must be within 0..1`);
}

export function validateFaults(f: Faults): Faults {
  checkRate('rate429', f.rate429);
  checkRate('rate5xx', f.rate5xx);
  checkRate('rateDrop', f.rateDrop);
  checkRate('rateTruncate', f.rateTruncate);
  checkRate('malformedRate', f.malformedRate);
  const lat = f.latencyMs;
  if (lat !== undefined) {
    const [lo, hi] = Array.isArray(lat) ? lat : [lat, lat];
    if (!(lo >= 0 && hi >= lo)) throw new RangeError('faults.latencyMs must be ms >= 0 or [min, max]');
  }
  if (f.burst429 !== undefined && !(Number.isInteger(f.burst429) && f.burst429 >= 1))
    throw new RangeError('faults.burst429 must be an integer >= 1');
  if (f.expireTokensEvery !== undefined && !(Number.isInteger(f.expireTokensEvery) && f.expireTokensEvery >= 1))
    throw new RangeError('faults.expireTokensEvery must be an integer >= 1');
  return { ...f };
}

export class FaultInjector {
  private faults: Faults;
  private readonly rng: Rng;
  private burstLeft = 0;
  private requests = 0;
  readonly counts: Record<FaultKind, number> = {
    latency: 0,
    '429': 0,
    '5xx': 0,
    drop: 0,
    truncate: 0,
    malformed: 0,
    tokenExpiry: 0,
  };

  constructor(
    private readonly seed: number,
    faults: Faults = {},
  ) {
    this.faults = validateFaults(faults);
    this.rng = new Rng(mix(seed, 0xfa017));
  }

  get current(): Faults {
    return { ...this.faults };
  }

  /** No fault is configured: every request is answered as it would be without injection. */
  get idle(): boolean {
    return Object.values(this.faults).every((v) => v === undefined || v === 0);
  }

  set(faults: Faults): void {
    this.faults = validateFaults(faults);
    this.burstLeft = 0;
    this.requests = 0;
  }

  /** Draws the faults of one BSS request (and counts them). */
  decide(): FaultDecision {
    const f = this.faults;
    const rng = this.rng;
    this.requests++;
    const d: FaultDecision = { latencyMs: 0, fail: undefined, deliver: undefined, expireTokens: false };
    if (f.expireTokensEvery && this.requests % f.expireTokensEvery === 0) {
      d.expireTokens = true;
      this.counts.tokenExpiry++;
    }
    if (f.latencyMs !== undefined) {
      const [lo, hi] = Array.isArray(f.latencyMs) ? f.latencyMs : [f.latencyMs, f.latencyMs];
      d.latencyMs = lo + rng.next() * (hi - lo);
      if (d.latencyMs > 0) this.counts.latency++;
    }
    if (this.burstLeft > 0 || (f.rate429 && rng.chance(f.rate429))) {
      if (this.burstLeft === 0) this.burstLeft = f.burst429 ?? 1;
      this.burstLeft--;
      d.fail = '429';
    } else if (f.rate5xx && rng.chance(f.rate5xx)) {
      d.fail = '5xx';
    } else if (f.rateDrop && rng.chance(f.rateDrop)) {
      d.deliver = 'drop';
    } else if (f.rateTruncate && rng.chance(f.rateTruncate)) {
      d.deliver = 'truncate';
    }
    if (d.fail) this.counts[d.fail]++;
    if (d.deliver) this.counts[d.deliver]++;
    return d;
  }

  /** Whether the record with this id is served malformed under the current faults. */
  isMalformed(id: string): boolean {
    const rate = this.faults.malformedRate ?? 0;
    return rate > 0 && mix(this.seed, TAG.MALFORMED, hashString(id)) / 4294967296 < rate;
  }

  malformation(kind: RecordKind, id: string): Malformation {
    const options: Malformation[] = kind === 'customer' ? ['missing', 'timestamp'] : ['amount', 'missing', 'timestamp'];
    return options[mix(this.seed, TAG.MALFORMED, hashString(id), 1) % options.length]!;
  }

  /** The record as served: itself, or a broken copy when its id is chosen. */
  serve<T extends object>(kind: RecordKind, id: string, record: T): T {
    if (!this.isMalformed(id)) return record;
    this.counts.malformed++;
    const copy = { ...record } as Record<string, unknown>;
    switch (this.malformation(kind, id)) {
      case 'amount':
        copy[kind === 'order' ? 'official_amount' : 'payment_amount'] = 'abc';
        break;
      case 'missing':
        delete copy[kind === 'customer' ? 'account_name' : 'customer_id'];
        break;
      case 'timestamp':
        copy[kind === 'customer' ? 'associated_on' : kind === 'order' ? 'create_time' : 'trade_time'] = BAD_TIMESTAMP;
        break;
    }
    return copy as T;
  }
}
