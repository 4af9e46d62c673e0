/**
 * Time to first paint of a screen's content in Chromium, taken inside the page: an init
 * script watches the DOM (MutationObserver) for each probe's element; once it is there and
 * laid out, the time is read after the next frame (an animation frame, then a task — the
 * frame with the element has been painted by then). Times are performance.now() values,
 * so from navigation start for a page load.
 */
import type { Page } from 'playwright-core';

export interface Probe {
  /** CSS selector of the element that means "the content is shown". */
  selector: string;
  /** Its text must be exactly this (when given). */
  text?: string;
}

type ProbeWindow = Window & { __painted: Record<string, number>; __probes: Record<string, Probe> };

/** The init script (runs in the page before its own scripts). */
function install(probes: Record<string, Probe>): void {
  const w = window as unknown as ProbeWindow;
  w.__painted = {};
  w.__probes = probes;
  const pending = new Set<string>();
  const check = () => {
    for (const [name, p] of Object.entries(w.__probes)) {
      if (name in w.__painted || pending.has(name)) continue;
      const el = Array.from(document.querySelectorAll(p.selector)).find(
        (e) => (p.text === undefined || e.textContent === p.text) && e.getBoundingClientRect().height > 0,
      );
      if (!el) continue;
      pending.add(name);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          pending.delete(name);
          w.__painted[name] = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

export async function installProbes(page: Page, probes: Record<string, Probe>): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which the page lacks:
  // functions sent to the page (this script, page.evaluate) need it defined there.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(install, probes);
}

const painted = (page: Page, name: string) =>
  page.waitForFunction((n) => (window as unknown as ProbeWindow).__painted[n], name, { timeout: 60_000 });

/** ms from setting the route (an in-app hash change) to `probe` painted. */
export async function timeRoute(page: Page, hash: string, probe: string): Promise<number> {
  const t0 = await page.evaluate((h) => {
    const w = window as unknown as ProbeWindow;
    w.__painted = {};
    const now = performance.now();
    window.location.hash = h;
    return now;
  }, hash);
  return Number(await (await painted(page, probe)).jsonValue()) - t0;
}

/** ms from navigation start of a page load of `url` to `probe` painted. */
export async function timeLoad(page: Page, url: string, probe: string): Promise<number> {
  await page.goto('about:blank'); // so the next goto is a page load, not a hash change
  await page.goto(url);
  return Number(await (await painted(page, probe)).jsonValue());
}
