/**
 * Smoke test of the real Electron shell: window, app:// origin, CSP, the preload bridge
 * and the navigation lock. Needs the Electron runtime binary, which the electron npm
 * package downloads lazily from GitHub; where it is absent the whole file is skipped with
 * the reason printed — never silently.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import {
  electronExecutable,
  electronUnavailableReason,
  NATIVE_BINDING,
  ROOT,
} from '../../build/scripts/electron-runtime.mjs';

const unavailable = electronUnavailableReason();
// Printed once, by the runner process (workers have TEST_WORKER_INDEX set).
if (unavailable && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`[electron smoke] SKIPPED: ${unavailable}`);
}

test.describe('Electron shell', () => {
  test.skip(unavailable !== null, unavailable ?? '');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    execFileSync(process.execPath, ['build/scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    // The database needs the Electron-ABI addon; without it the shell still opens (and says why).
    if (!fs.existsSync(NATIVE_BINDING))
      console.log('[electron smoke] note: Electron-ABI better-sqlite3 missing; the DB will report failed');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-electron-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath: electronExecutable()!,
      args: [ROOT, `--data-dir=${dataDir}`, '--lang=en-US'],
      cwd: ROOT,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one window on the app:// origin with the product title', async () => {
    expect(page.url()).toMatch(/^app:\/\/workstation\//);
    await expect(page).toHaveTitle(/Partner Workstation/);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await app.evaluate(({ app: a }) => a.getPath('userData'))).toBe(dataDir);
  });

  test('the renderer shell renders', async () => {
    await expect(page.locator('#root > *').first()).toBeVisible();
  });

  // (Electron has no API to read a window's webPreferences back; isolation shows here instead.)
  test('window.workstation is exactly {invoke, on}; no Node in the page', async () => {
    const probe = await page.evaluate(() => ({
      keys: Object.keys((window as unknown as { workstation: object }).workstation).sort(),
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
    }));
    expect(probe).toEqual({ keys: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
  });

  test('invoke reaches the core over IPC', async () => {
    const info = await page.evaluate(() =>
      (window as unknown as { workstation: { invoke(c: string): Promise<unknown> } }).workstation.invoke('app.info'),
    );
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron', dataDir } });
  });

  test('every app:// response carries the CSP; path traversal is refused', async () => {
    const result = await page.evaluate(async () => {
      const index = await fetch('app://workstation/index.html');
      const escape = await fetch('app://workstation/%2e%2e/%2e%2e/package.json');
      return { csp: index.headers.get('content-security-policy'), escape: escape.status };
    });
    expect(result.csp).toContain("default-src 'none'");
    expect(result.csp).toContain("script-src 'self'");
    expect([400, 404]).toContain(result.escape);
  });

  test('navigation away from the app and new windows are blocked', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/workstation\//);
    // http (not https) is not even handed to the OS browser.
    expect(await page.evaluate(() => window.open('http://example.com/') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
