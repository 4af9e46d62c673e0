/**
 * Search as you type on the large preset: each prefix of a real value from the database
 * (Chinese customer names, account names, customer ids, order ids; 1–2 characters and 3 or
 * more go different index paths), in typing order, as `customers.list` / `orders.list`
 * with `filter.search`, the renderer's first page (100 rows) in the screens' default sort,
 * through the browser host's WebSocket. Anchor: the same operation on a direct connection
 * in this thread, interleaved call by call.
 */
import { percentile } from './stats';
import { row, type Benchmark, type Row } from './report';
import { rigRows, withBrowseRig, type BrowseRig } from './browse-rig';
import { listCall, type ListCall, type ListOp } from './list-calls';

const BENCH = 'browse-search';
const P95_MS = 50;
/** Rounds of typing every sequence; the first is a warm-up. */
const ROUNDS = 6;
const PAGE = 100;
const SORT: Record<ListOp, object> = {
  'customers.list': { field: 'associatedOn', order: 'desc' },
  'orders.list': { field: 'createTime', order: 'desc' },
};

interface Probe {
  /** Which kind of text, and which list: the figure's name. */
  kind: string;
  call: ListCall;
}

const prefixes = (text: string, from: number, to: number) =>
  [...text].slice(0, to).flatMap((_, i, chars) => (i + 1 >= from ? [chars.slice(0, i + 1).join('')] : []));

/** Values spread over the table (every n-th row), so the sample is not one corner of it. */
function spread(rig: BrowseRig, sql: string, n: number): string[] {
  const all = rig.direct.prepare(sql).pluck().all() as string[];
  return Array.from({ length: n }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / n)]!).filter(Boolean);
}

function probes(rig: BrowseRig): Probe[] {
  const via = { client: rig.client, direct: rig.direct };
  const chinese = spread(
    rig,
    'SELECT name FROM customers WHERE unicode(name) BETWEEN 19968 AND 40959 AND length(name) >= 4 ORDER BY customer_id',
    5,
  );
  const accounts = spread(rig, "SELECT account_name FROM customers WHERE account_name != '' ORDER BY customer_id", 4);
  const customerIds = spread(rig, 'SELECT customer_id FROM customers ORDER BY customer_id', 3);
  const orderIds = spread(rig, 'SELECT order_id FROM orders ORDER BY order_id', 3);
  const out: Probe[] = [];
  /** Each value's prefixes of `from`–`to` characters, as one figure. */
  const add = (op: ListOp, kind: string, texts: string[], from: number, to: number) => {
    const list = op === 'customers.list' ? 'customers' : 'orders';
    const length = from === to ? `${from}` : `${from}–${to}`;
    const unit = from === to && from === 1 ? 'character' : 'characters';
    for (const search of texts.flatMap((t) => prefixes(t, from, to)))
      out.push({
        kind: `${list}: ${kind}, ${length} ${unit}`,
        call: listCall(op, { filter: { search }, sort: SORT[op], offset: 0, limit: PAGE }, via),
      });
  };
  for (const op of ['customers.list', 'orders.list'] as const) {
    add(op, 'Chinese name', chinese, 1, 1);
    add(op, 'Chinese name', chinese, 2, 2);
    add(op, 'Chinese name', chinese, 3, 8);
    add(op, 'account name', accounts, 1, 2);
    add(op, 'account name', accounts, 3, 8);
  }
  // 1–2 characters take another path (the gram index, the id's primary key) than 3 and more (trigram).
  add('customers.list', 'customer id', customerIds, 1, 2);
  add('customers.list', 'customer id', customerIds, 3, 12);
  add('orders.list', 'order id', orderIds, 1, 2);
  add('orders.list', 'order id', orderIds, 3, 12);
  return out;
}

export const browseSearch: Benchmark = {
  name: BENCH,
  summary: 'search as you type (customers.list / orders.list filter.search, large DB) via the host vs direct',
  run: (options) =>
    withBrowseRig(BENCH, options, async (rig) => {
      const list = probes(rig);
      const ipc = new Map<string, number[]>();
      const direct = new Map<string, number[]>();
      const push = (m: Map<string, number[]>, k: string, v: number) => m.set(k, [...(m.get(k) ?? []), v]);
      const matches = new Map<string, number[]>();
      for (let round = 0; round < ROUNDS; round++) {
        for (const p of list) {
          // Alternate which goes first, so neither always runs on a cache the other warmed.
          const order = round % 2 === 0 ? (['ipc', 'direct'] as const) : (['direct', 'ipc'] as const);
          for (const way of order) {
            const t0 = performance.now();
            const value = way === 'ipc' ? await p.call.ipc() : p.call.direct();
            const ms = performance.now() - t0;
            if (round === 0) {
              if (way === 'ipc') push(matches, p.kind, value.total);
            } else push(way === 'ipc' ? ipc : direct, p.kind, ms);
          }
        }
      }
      const rows: Row[] = rigRows(BENCH, rig);
      const p95 = (v: number[]) =>
        percentile(
          [...v].sort((a, b) => a - b),
          95,
        );
      for (const [kind, times] of ipc) {
        const found = matches.get(kind)!;
        options.log(
          `${BENCH}: ${kind}: ${found.length} prefixes, matches ${Math.min(...found)}…${Math.max(...found)}, IPC p95 ${p95(times).toFixed(1)} ms`,
        );
        rows.push(
          row(BENCH, `${kind}: IPC p95`, p95(times), 'ms', times.length, {
            anchor: { name: 'direct same op p95', value: p95(direct.get(kind)!), unit: 'ms' },
            target: `≤ ${P95_MS} ms`,
            met: p95(times) <= P95_MS,
          }),
        );
      }
      const allIpc = [...ipc.values()].flat();
      rows.push(
        row(BENCH, 'every prefix: IPC p95', p95(allIpc), 'ms', allIpc.length, {
          anchor: { name: 'direct same op p95', value: p95([...direct.values()].flat()), unit: 'ms' },
          target: `≤ ${P95_MS} ms`,
          met: p95(allIpc) <= P95_MS,
        }),
      );
      return rows;
    }),
};
