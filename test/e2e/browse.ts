import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { REPO_ROOT, type HostOptions, type RunningHost } from './host';
import { en, zh } from './i18n';

/**
 * What the list specs (customers.spec.ts, orders.spec.ts) share: a synced tiny sandbox,
 * the database as a second opinion, an external sandbox that can be taken away, and the
 * ways to read the virtualized table.
 */

/** The embedded sandbox at its smallest and unthrottled: a full sync takes a few seconds. */
export const FAST_SANDBOX = ['--sandbox-scale', 'tiny', '--sandbox-rate', '0'];
// The small preset syncs in about 20 s on a quiet machine; CI saw over 60 s under load.
export const SYNC_TIMEOUT = 150_000;
const SHOTS = path.join(REPO_ROOT, 'test/.output');
/** The seed of the Sandbox profile (electron/core/core.ts SANDBOX_SEED): an external sandbox must use it. */
const SANDBOX_SEED = 'partner-workstation-demo';

export const count = (n: number, language: 'zh-CN' | 'en-US' = 'zh-CN') => new Intl.NumberFormat(language).format(n);

/** Runs `read` on the host's database opened read-only. */
export function readDb<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, 'workstation.db'), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Waits for the first finished sync run (the `sync_runs` table of the database file). */
export async function syncFinished(dataDir: string): Promise<void> {
  const finished = () =>
    fs.existsSync(path.join(dataDir, 'workstation.db'))
      ? readDb(dataDir, (db) => db.prepare("SELECT count(*) FROM sync_runs WHERE status = 'finished'").pluck().get())
      : 0;
  await expect.poll(finished, { timeout: SYNC_TIMEOUT, intervals: [250, 500, 1000] }).toBeGreaterThan(0);
}

interface AppFixtures {
  page: Page;
  dataDir: string;
  launchHost(options?: HostOptions): Promise<RunningHost>;
  openApp(page: Page, host: RunningHost): Promise<void>;
}

/** A host that syncs at launch (the tiny sandbox unless `extraArgs` say otherwise), open once synced. */
export async function openSyncedApp(f: AppFixtures, extraArgs = FAST_SANDBOX): Promise<RunningHost> {
  const host = await f.launchHost({ autoSync: true, extraArgs });
  await f.openApp(f.page, host);
  await syncFinished(f.dataDir);
  return host;
}

/**
 * A host that has never synced, on the list at `hash`: the list says there is no data yet
 * and links to the sync screen. Returns the main region.
 */
export async function openBeforeSync(
  f: Pick<AppFixtures, 'page' | 'openApp'> & { host: RunningHost },
  hash: string,
): Promise<Locator> {
  await f.openApp(f.page, f.host);
  await route(f.page, hash);
  const main = f.page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: zh('list.beforeSync.title') })).toBeVisible();
  await expect(main.getByRole('link', { name: zh('list.beforeSync.action') })).toHaveAttribute('href', '#/sync');
  return main;
}

/** Console errors and uncaught exceptions of the page: bad input must never cause one. */
export function consoleErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => m.type() === 'error' && seen.push(m.text()));
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

/** An in-app route, without a reload (the token lives in the session). */
export const route = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SHOTS, name) });
}

export async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: zh('shell.languageSwitch', { language: zh('language.zh-CN') }) }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: en('shell.languageSwitch', { language: 'English' }) })).toBeVisible();
}

/** The data rows of a list table (not the header, not the rows still loading). */
export const dataRows = (table: Locator) =>
  table.locator('tbody').getByRole('row').and(table.locator('tbody tr:not(.vt-placeholder)'));

/**
 * Picks `option` in the antd select named `name`. The dropdown animates open (and a click
 * while it is still closing closes it), so open it until the option can be clicked.
 */
export async function choose(page: Page, name: string, option: string): Promise<void> {
  const item = page.getByRole('option', { name: option, exact: true });
  // A retry must not click a chosen option again: in a multi-select that takes it off.
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByRole('combobox', { name }).click();
    if ((await item.getAttribute('aria-selected', { timeout: 2_000 })) !== 'true') await item.click({ timeout: 2_000 });
    await expect(item).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Escape');
}

/** Types a date range into the two inputs of the range field named `name`. */
export async function dateRange(page: Page, name: string, from: string, to: string, t = zh): Promise<void> {
  const group = page.getByRole('group', { name });
  for (const [placeholder, value] of [
    [t('list.dateFrom'), from],
    [t('list.dateTo'), to],
  ] as const) {
    const input = group.getByPlaceholder(placeholder);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }
  await page.keyboard.press('Escape');
}

/**
 * The partner API in its own process, for the host's `--sandbox-url`: stopping it takes the
 * API away for real.
 */
export async function externalSandbox(): Promise<{ url: string; stop(): Promise<void> }> {
  const script = path.join(REPO_ROOT, 'dist/electron/sandbox.js');
  const args = ['--scale', 'tiny', '--seed', SANDBOX_SEED, '--rate', '0', '--port', '0'];
  const child = spawn(process.execPath, [script, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sandbox: ${out}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = /^Sandbox ready: (http:\/\/127\.0\.0\.1:\d+)/m.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited (${code}): ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}
