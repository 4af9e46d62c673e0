import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { RunningHost, type HostOptions } from './host';

interface Fixtures {
  /** A fresh, empty data directory for this test; removed afterwards. */
  dataDir: string;
  /**
   * Starts a host on `dataDir` (or another directory). Tests that need files in the data
   * directory before start-up write them first, then call this.
   */
  launchHost(options?: HostOptions & { dataDir?: string }): Promise<RunningHost>;
  /** A host already running on `dataDir`, for tests that need nothing special. */
  host: RunningHost;
  /** Opens the host's URL and waits until the shell (not the start-up screen) is shown. */
  openApp(page: Page, host: RunningHost): Promise<void>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workstation-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  launchHost: async ({ dataDir }, use, testInfo) => {
    const started: RunningHost[] = [];
    await use(async (options = {}) => {
      const host = new RunningHost(options.dataDir ?? dataDir, options);
      started.push(host);
      await host.start();
      return host;
    });
    // A failed test keeps what its hosts printed (and whether one had exited by itself), so
    // a failure on a loaded CI machine can be told apart from a crashed core.
    if (testInfo.status !== testInfo.expectedStatus)
      for (const [i, h] of started.entries()) {
        // The ready line carries the page's session token: not for a CI log.
        const output = h.output.replace(/#token=[0-9a-f]+/g, '#token=…');
        const exited = h.exited ? `exited on its own: ${h.exited}\n` : '';
        await testInfo.attach(`host-${i + 1}-output.txt`, { body: exited + output, contentType: 'text/plain' });
        process.stderr.write(
          `--- host ${i + 1} of "${testInfo.title}" (${exited.trim() || 'running'}), last output:\n${output.slice(-3000)}\n`,
        );
      }
    await Promise.all(started.map((h) => h.stop()));
  },

  host: async ({ launchHost }, use) => {
    await use(await launchHost());
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  openApp: async ({}, use) => {
    await use(async (page, host) => {
      await page.goto(host.url);
      // Start-up on a shared, loaded test machine (hosts syncing in parallel) can pass the
      // default 15 s; the start-up time itself is measured by the benchmarks, not here.
      await expect(page.getByRole('navigation')).toBeVisible({ timeout: 45_000 });
    });
  },
});

export { expect };
