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

  launchHost: async ({ dataDir }, use) => {
    const started: RunningHost[] = [];
    await use(async (options = {}) => {
      const host = new RunningHost(options.dataDir ?? dataDir, options);
      started.push(host);
      await host.start();
      return host;
    });
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
