/**
 * Opening the Orders screen (#/orders) on the large preset in headless Chromium against
 * the browser host: from the route change to the first order row painted, the store cold
 * (the page reloaded on a trivial screen before each try). Anchor: the same for the About
 * screen (its heading painted), measured in the same page the same way. Also a page load
 * straight onto #/orders (navigation start → first row) beside a load onto #/about, and the
 * row nodes left in the document after scrolling far down the 200k-row list.
 */
import { chromium, type Page } from 'playwright-core';
import { zh } from '../e2e/i18n';
import e2eConfig from '../playwright.config';
import { median, percentile } from './stats';
import { row, type Benchmark, type Row } from './report';
import { rigRows, withBrowseRig } from './browse-rig';
import { installProbes, timeLoad, timeRoute } from './paint-probe';

const BENCH = 'browse-orders-paint';
const LIMIT_MS = 500;
const ROW_NODES_LIMIT = 200;
const TRIES = 9;
/** A screen with no data of its own (a "coming soon" placeholder) to start each try from. */
const START = '#/certificates';
const TABLE = `table[aria-label="${zh('orders.table')}"]`;
const PROBES = {
  orders: { selector: `${TABLE} tbody tr.vt-row:not(.vt-placeholder)` },
  about: { selector: 'h1', text: zh('section.about.title') },
  start: { selector: 'h1', text: zh('section.certificates.title') },
};

/** A fresh page state (store, caches of the renderer) on the start screen. */
async function reloadOnStart(page: Page, origin: string): Promise<void> {
  await timeLoad(page, `${origin}/${START}`, 'start');
  // Let the shell's own start-up reads (app info, status, settings) finish first.
  await page.waitForTimeout(300);
}

/** Scrolls the order table to `fraction` of its height; waits for its rows; counts row nodes. */
async function scrollAndCount(page: Page, fraction: number): Promise<{ nodes: number; bodyRows: number; ms: number }> {
  return page.evaluate(
    async ({ table, fraction }) => {
      const el = document.querySelector(table)!;
      const scroller = el.parentElement!;
      const t0 = performance.now();
      scroller.scrollTo({ top: (scroller.scrollHeight - scroller.clientHeight) * fraction });
      const loaded = () =>
        el.querySelector('tbody tr.vt-row:not(.vt-placeholder)') !== null &&
        el.querySelector('tbody tr.vt-placeholder') === null;
      await new Promise((r) => setTimeout(r, 50));
      while (!loaded()) await new Promise((r) => requestAnimationFrame(r));
      return {
        ms: performance.now() - t0,
        nodes: document.querySelectorAll('tr').length,
        bodyRows: el.querySelectorAll('tbody tr').length,
      };
    },
    { table: TABLE, fraction },
  );
}

export const browseOrdersPaint: Benchmark = {
  name: BENCH,
  summary: 'headless Chromium: #/orders route change to first row painted (large DB) vs #/about; row nodes',
  run: (options) =>
    withBrowseRig(BENCH, options, async (rig) => {
      // The system Chromium with the end-to-end tests' flags (test/playwright.config.ts).
      const browser = await chromium.launch(e2eConfig.use?.launchOptions);
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
        const page = await context.newPage();
        await installProbes(page, PROBES);
        await page.goto(rig.host.url); // moves the token to sessionStorage
        const origin = rig.host.origin;

        await reloadOnStart(page, origin);
        const cold = await timeRoute(page, '#/orders', 'orders');
        const orders: number[] = [];
        const about: number[] = [];
        for (let i = 0; i < TRIES; i++) {
          // Alternating which goes first, so neither always follows the other.
          for (const which of i % 2 ? (['about', 'orders'] as const) : (['orders', 'about'] as const)) {
            await reloadOnStart(page, origin);
            (which === 'orders' ? orders : about).push(await timeRoute(page, `#/${which}`, which));
          }
        }
        const loadOrders = await timeLoad(page, `${origin}/#/orders`, 'orders');
        const loadAbout = await timeLoad(page, `${origin}/#/about`, 'about');

        await timeLoad(page, `${origin}/#/orders`, 'orders');
        const total = Number(await page.locator(TABLE).getAttribute('aria-rowcount')) - 1;
        const top = await scrollAndCount(page, 0);
        const middle = await scrollAndCount(page, 0.5);
        const bottom = await scrollAndCount(page, 1);
        options.log(
          `${BENCH}: orders ${orders.map((t) => t.toFixed(0)).join(', ')} ms; about ${about.map((t) => t.toFixed(0)).join(', ')} ms; cold ${cold.toFixed(0)} ms`,
        );
        options.log(
          `${BENCH}: row nodes top ${top.nodes}, middle ${middle.nodes}, bottom ${bottom.nodes} (tbody ${bottom.bodyRows}); deep-scroll rows in ${middle.ms.toFixed(0)} / ${bottom.ms.toFixed(0)} ms`,
        );
        const p95 = (v: number[]) =>
          percentile(
            [...v].sort((a, b) => a - b),
            95,
          );
        const anchor = (name: string, value: number) => ({ name, value, unit: 'ms' });
        const target = (v: number) => ({ target: `≤ ${LIMIT_MS} ms`, met: v <= LIMIT_MS });
        const nodes = Math.max(top.nodes, middle.nodes, bottom.nodes);
        return [
          ...rigRows(BENCH, rig),
          row(BENCH, 'route → first order row painted, median', median(orders), 'ms', TRIES, {
            anchor: anchor('#/about → heading painted, median', median(about)),
            ...target(median(orders)),
          }),
          row(BENCH, 'route → first order row painted, p95', p95(orders), 'ms', TRIES, {
            anchor: anchor('#/about → heading painted, p95', p95(about)),
            ...target(p95(orders)),
          }),
          row(BENCH, 'route → first order row, first open after host start', cold, 'ms', 1, {
            anchor: anchor('#/about → heading painted, median', median(about)),
            ...target(cold),
          }),
          row(BENCH, 'page load #/orders → first order row painted', loadOrders, 'ms', 1, {
            anchor: anchor('page load #/about → heading painted', loadAbout),
          }),
          row(BENCH, 'scroll to the bottom → rows painted', bottom.ms, 'ms', 1, {
            anchor: anchor('scroll to the middle → rows painted', middle.ms),
          }),
          row(BENCH, 'table-row DOM nodes after scrolling (most of top/middle/bottom)', nodes, 'nodes', 3, {
            anchor: { name: 'orders in the list', value: total, unit: 'rows' },
            target: `< ${ROW_NODES_LIMIT}`,
            met: nodes < ROW_NODES_LIMIT,
          }),
        ] satisfies Row[];
      } finally {
        await browser.close();
      }
    }),
};
