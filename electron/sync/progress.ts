import type { ResourceProgress, SyncResource } from '../../shared/sync/schema';
import type { ResourceName } from './resources';

/** Bookkeeping resources are reported under the resource they serve. */
const SHOWN_AS: Record<ResourceName, SyncResource> = {
  customers: 'customers',
  orders: 'orders',
  refund_infos: 'refund_infos',
  bill_sums: 'bill_sums',
  cycle_customers: 'fee_records',
  fee_records: 'fee_records',
};

interface Counter {
  scopesTotal: number;
  scopesDone: number;
  pages: number;
  records: number;
  quarantined: number;
  /** Requests still expected for scopes under way, from their totals. */
  remaining: Map<string, number>;
  /** Scopes planned and neither started nor done: one request each, at least (no entry per scope: a large run plans 100k). */
  unstarted: number;
  stamps: number[];
}

/** Progress of one run, per resource: scopes, pages, records, rate, ETA. */
export class ProgressTracker {
  private readonly counters = new Map<SyncResource, Counter>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  private counter(resource: ResourceName): Counter {
    const key = SHOWN_AS[resource];
    let c = this.counters.get(key);
    if (!c)
      this.counters.set(
        key,
        (c = {
          scopesTotal: 0,
          scopesDone: 0,
          pages: 0,
          records: 0,
          quarantined: 0,
          remaining: new Map(),
          unstarted: 0,
          stamps: [],
        }),
      );
    return c;
  }

  planned(resource: ResourceName, done: boolean): void {
    const c = this.counter(resource);
    c.scopesTotal++;
    if (done) c.scopesDone++;
    else c.unstarted++;
  }

  page(
    resource: ResourceName,
    scope: string,
    p: {
      records: number;
      quarantined: number;
      nextOffset: number;
      total: number | null;
      done: boolean;
      pageSize: number;
    },
  ): void {
    const c = this.counter(resource);
    c.pages++;
    c.records += p.records;
    c.quarantined += p.quarantined;
    c.stamps.push(this.now());
    if (c.stamps.length > 200) c.stamps.splice(0, c.stamps.length - 200);
    const key = `${resource}:${scope}`;
    // A scope's first page this run: it leaves the unstarted count.
    if (!c.remaining.has(key) && c.unstarted > 0) c.unstarted--;
    if (p.done) {
      c.remaining.delete(key);
      c.scopesDone++;
    } else {
      c.remaining.set(key, p.total !== null ? Math.max(1, Math.ceil((p.total - p.nextOffset) / p.pageSize)) : 1);
    }
  }

  snapshot(): ResourceProgress[] {
    const now = this.now();
    return [...this.counters.entries()].map(([resource, c]) => {
      const recent = c.stamps.filter((t) => now - t <= 5000);
      const rate = recent.length / 5;
      let remaining = c.unstarted;
      for (const n of c.remaining.values()) remaining += n;
      const state = c.scopesDone >= c.scopesTotal && c.scopesTotal > 0 ? 'done' : c.pages > 0 ? 'running' : 'waiting';
      const fraction = c.scopesTotal === 0 ? 0 : state === 'done' ? 1 : c.pages / Math.max(1, c.pages + remaining);
      return {
        resource,
        state,
        scopesTotal: c.scopesTotal,
        scopesDone: c.scopesDone,
        pages: c.pages,
        records: c.records,
        quarantined: c.quarantined,
        rate: Math.round(rate * 10) / 10,
        etaSeconds: state === 'done' ? 0 : rate > 0 ? Math.round(remaining / rate) : null,
        fraction: Math.min(1, Math.round(fraction * 1000) / 1000),
      };
    });
  }
}
