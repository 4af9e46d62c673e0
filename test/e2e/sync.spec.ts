import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { REPO_ROOT } from './host';
import { en, zh } from './i18n';

/** The embedded sandbox at its smallest and unthrottled: a full sync takes a few seconds. */
const FAST_SANDBOX = ['--sandbox-scale', 'tiny', '--sandbox-rate', '0'];
const SHOTS = path.join(REPO_ROOT, 'test/.output');
/** A first full sync, even of the tiny sandbox, on a busy machine. */
const SYNC_TIMEOUT = 60_000;

const count = (n: number, language: 'zh-CN' | 'en-US' = 'zh-CN') => new Intl.NumberFormat(language).format(n);

/** Reads the host's database directly (read-only), as a second opinion on what the screen shows. */
function countRows(dataDir: string, table: string): number {
  const db = new Database(path.join(dataDir, 'workstation.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

async function openSyncScreen(page: Page, t = zh, { byUrl = false } = {}): Promise<Locator> {
  // While a real-rate sync keeps a loaded machine busy, clicking can wait long for the menu to
  // settle; the route itself is what is under test then.
  if (byUrl) await page.evaluate(() => (window.location.hash = '#/sync'));
  else await page.getByRole('menuitem', { name: t('section.sync.title'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('section.sync.title') })).toBeVisible({
    timeout: byUrl ? SYNC_TIMEOUT : undefined,
  });
  return page.getByRole('main');
}

/** The seed of the Sandbox profile (electron/core/core.ts SANDBOX_SEED): a separate sandbox must use it. */
const SANDBOX_SEED = 'partner-workstation-demo';

/**
 * A sandbox API in its own process, for the host's `--sandbox-url`: stopping it takes the
 * partner API away for real (the host has no "offline" switch).
 */
async function startExternalSandbox(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist/electron/sandbox.js'),
      '--scale',
      'tiny',
      '--seed',
      SANDBOX_SEED,
      '--rate',
      '0',
      '--port',
      '0',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${out}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^Sandbox ready: (http:\/\/127\.0\.0\.1:\d+)/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited (${code}): ${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The state headline of the sync card ("已是最新", "正在同步"…). */
const syncState = (main: Locator) => main.getByRole('status').first();

/** A row of the per-resource table, found by its row header. */
function resourceRow(main: Locator, name: string): Locator {
  return main.getByRole('row').filter({ has: main.page().getByRole('rowheader', { name, exact: true }) });
}

const profileList = (main: Locator, t = zh) => main.getByRole('list', { name: t('profiles.title') });

/** The site choice is a button-style radio group: its inputs are hidden, its labels are what one clicks. */
async function pickSite(dialog: Locator, site: string): Promise<void> {
  const group = dialog.getByRole('radiogroup', { name: zh('profiles.site') });
  await group.locator('label').filter({ hasText: site }).click();
  await expect(group.getByRole('radio', { name: site })).toBeChecked();
}

/** The whole screen: the shell scrolls inside its content area, so grow the window to fit it first. */
async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const viewport = page.viewportSize()!;
  const height = await page.getByRole('main').evaluate((el) => el.getBoundingClientRect().top + el.scrollHeight + 32);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(height)) });
  await page.mouse.move(0, 0); // no hover tooltips in the picture
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400); // antd entrance motions
  await page.screenshot({ path: path.join(SHOTS, name) });
  await page.setViewportSize(viewport);
}

test.describe('sync', () => {
  test('first launch syncs the sandbox: counts match the database, header and dashboard say synced', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.slow(); // waits for a whole first sync
    const host = await launchHost({ autoSync: true, extraArgs: FAST_SANDBOX });
    await openApp(page, host);
    const main = await openSyncScreen(page);

    await expect(syncState(main)).toHaveText(zh('sync.state.idle'), { timeout: SYNC_TIMEOUT });
    const customers = countRows(dataDir, 'customers');
    expect(customers).toBeGreaterThan(0);
    const row = resourceRow(main, zh('sync.resource.customers'));
    await expect(row.getByRole('cell').first()).toHaveText(count(customers));
    for (const [resource, table] of [
      ['orders', 'orders'],
      ['fee_records', 'fee_records'],
    ] as const) {
      await expect(
        resourceRow(main, zh(`sync.resource.${resource}`))
          .getByRole('cell')
          .first(),
      ).toHaveText(count(countRows(dataDir, table)));
    }
    // No bars once the run is over; every resource has a last-synced time.
    await expect(main.getByRole('progressbar')).toHaveCount(0);
    await expect(main.getByRole('table', { name: zh('sync.resources') })).not.toContainText(zh('sync.never'));

    // Header: synced, with a relative time; a link to this screen.
    const header = page.getByRole('banner').getByRole('status');
    await expect(header).toContainText(zh('status.synced', { when: '' }));
    await expect(header).not.toContainText(zh('status.notSynced'));
    await screenshot(page, 'sync-done.png');

    // Dashboard: the sync card shows the counts.
    await page.getByRole('menuitem', { name: zh('section.dashboard.title'), exact: true }).click();
    await expect(page.getByRole('main')).toContainText(
      zh('dashboard.syncCounts', {
        customers: count(customers),
        orders: count(countRows(dataDir, 'orders')),
        fees: count(countRows(dataDir, 'fee_records')),
      }),
    );
    // The header tag leads back to the sync screen.
    await header.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.sync.title') })).toBeVisible();
  });

  test('at the real rate (small sandbox): progress bars while syncing, customers arrive, cancel stops the run', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    // A real-rate sync keeps the host busy; on a loaded machine every step takes longer.
    test.slow();
    const host = await launchHost({ autoSync: true });
    await openApp(page, host);
    const main = await openSyncScreen(page, zh, { byUrl: true });

    await expect(syncState(main)).toHaveText(zh('sync.state.syncing'), { timeout: SYNC_TIMEOUT });
    await expect(
      main.getByRole('progressbar', {
        name: zh('sync.progressLabel', { resource: zh('sync.resource.orders') }),
      }),
    ).toBeVisible();
    await expect(main.getByRole('button', { name: zh('sync.cancel') })).toBeVisible();
    // The header shows a percentage while syncing.
    await expect(page.getByRole('banner').getByRole('status')).toContainText(/\d+%/);
    const customers = resourceRow(main, zh('sync.resource.customers')).getByRole('cell').first();
    await expect(customers).not.toHaveText('0', { timeout: SYNC_TIMEOUT });
    await expect(customers).toHaveText(/^[1-9][\d,]*$/);
    expect(countRows(dataDir, 'customers')).toBeGreaterThan(0);
    await screenshot(page, 'sync-syncing.png');

    // Cancel: the run stops, the core says it will continue next time, the bars go.
    await main.getByRole('button', { name: zh('sync.cancel') }).click();
    await expect(main.getByRole('alert').filter({ hasText: zh('sync.cancelled') })).toBeVisible({
      timeout: SYNC_TIMEOUT,
    });
    await expect(syncState(main)).not.toHaveText(zh('sync.state.syncing'));
    await expect(main.getByRole('button', { name: zh('sync.cancel') })).toHaveCount(0);
    await expect(main.getByRole('progressbar')).toHaveCount(0);
    await expect(main.getByRole('button', { name: zh('sync.syncNow') })).toBeEnabled();
  });

  test('profiles: add a China profile with a password, edit it, remove it; invalid input saves nothing', async ({
    page,
    host,
    openApp,
  }) => {
    test.slow(); // many dialog round trips
    await openApp(page, host);
    const main = await openSyncScreen(page);
    const list = profileList(main);
    await expect(list.getByRole('listitem')).toHaveCount(1);
    const sandbox = list.getByRole('listitem', { name: zh('profiles.sandboxName') });
    await expect(sandbox).toContainText(zh('profiles.sandboxNote'));
    await expect(sandbox.getByRole('button', { name: /编辑|删除/ })).toHaveCount(0);

    // A user name with a space: the form says so and nothing is saved.
    await main.getByRole('button', { name: zh('profiles.add') }).click();
    let dialog = page.getByRole('dialog', { name: zh('profiles.addTitle') });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: zh('profiles.kind.china') })).toBeChecked();
    await dialog.getByLabel(zh('profiles.name')).fill('华南伙伴');
    await dialog.getByLabel(zh('profiles.domain')).fill('partner-south');
    await dialog.getByLabel(zh('profiles.user')).fill('sales one');
    await dialog.getByLabel(zh('profiles.password'), { exact: true }).fill('S3cret-pass!');
    // No keychain in the browser host: "remember" is off and says why.
    await expect(dialog.getByRole('checkbox', { name: zh('profiles.remember') })).toBeDisabled();
    await expect(dialog).toContainText(zh('profiles.rememberUnavailable'));
    await dialog.getByRole('button', { name: zh('profiles.save') }).click();
    await expect(dialog).toContainText(zh('profiles.noSpaces', { field: zh('profiles.user') }));
    await screenshot(page, 'sync-profile-form.png');
    await dialog.getByRole('button', { name: zh('profiles.cancel') }).click();
    await expect(dialog).toBeHidden();
    await expect(list.getByRole('listitem')).toHaveCount(1);

    // Valid: saved, listed, the password never shown back.
    await main.getByRole('button', { name: zh('profiles.add') }).click();
    dialog = page.getByRole('dialog', { name: zh('profiles.addTitle') });
    await dialog.getByLabel(zh('profiles.name')).fill('华南伙伴');
    await dialog.getByLabel(zh('profiles.domain')).fill('partner-south');
    await dialog.getByLabel(zh('profiles.user')).fill('sales01');
    await dialog.getByLabel(zh('profiles.password'), { exact: true }).fill('S3cret-pass!');
    await dialog.getByRole('button', { name: zh('profiles.save') }).click();
    await expect(dialog).toBeHidden();
    const item = list.getByRole('listitem', { name: '华南伙伴' });
    await expect(item).toContainText(zh('profiles.kind.china'));
    await expect(item).toContainText(zh('profiles.credentials', { domain: 'partner-south', user: 'sales01' }));
    await expect(item).toContainText(zh('profiles.passwordSession'));
    await expect(page.locator('body')).not.toContainText('S3cret-pass!');

    // Edit: the password field is empty with a "stored" placeholder; rename and move to Europe.
    await item.getByRole('button', { name: zh('profiles.editNamed', { name: '华南伙伴' }) }).click();
    dialog = page.getByRole('dialog', { name: zh('profiles.editTitle') });
    const password = dialog.getByLabel(zh('profiles.password'), { exact: true });
    await expect(password).toHaveValue('');
    await expect(password).toHaveAttribute('placeholder', zh('profiles.passwordPlaceholderStored'));
    await expect(dialog.getByLabel(zh('profiles.user'))).toHaveValue('sales01');
    await pickSite(dialog, zh('profiles.kind.europe'));
    await dialog.getByLabel(zh('profiles.name')).fill('欧洲伙伴');
    await dialog.getByRole('button', { name: zh('profiles.save') }).click();
    await expect(dialog).toBeHidden();
    const edited = list.getByRole('listitem', { name: '欧洲伙伴' });
    await expect(edited).toContainText(zh('profiles.kind.europe'));
    // The stored password was kept (the field was left empty).
    await expect(edited).toContainText(zh('profiles.passwordSession'));
    await expect(list.getByRole('listitem')).toHaveCount(2);

    // Remove, after confirming.
    await edited.getByRole('button', { name: zh('profiles.removeNamed', { name: '欧洲伙伴' }) }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: zh('profiles.removeConfirm', { name: '欧洲伙伴' }) });
    await confirm.getByRole('button', { name: zh('profiles.remove') }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).not.toContainText('欧洲伙伴');
  });

  test('a profile without a password asks for it inline when syncing; the sandbox connection tests fine', async ({
    page,
    host,
    openApp,
  }) => {
    test.slow(); // many dialog round trips
    await openApp(page, host);
    const main = await openSyncScreen(page);
    const list = profileList(main);

    // The sandbox signs in.
    await list.getByRole('button', { name: zh('profiles.testNamed', { name: zh('profiles.sandboxName') }) }).click();
    await expect(list.getByRole('alert')).toContainText(zh('sync.test.ok').split('{expiresAt}')[0]!);

    await main.getByRole('button', { name: zh('profiles.add') }).click();
    const dialog = page.getByRole('dialog', { name: zh('profiles.addTitle') });
    await pickSite(dialog, zh('profiles.kind.international'));
    await dialog.getByLabel(zh('profiles.name')).fill('Intl');
    await dialog.getByLabel(zh('profiles.domain')).fill('acme');
    await dialog.getByLabel(zh('profiles.user')).fill('rep');
    await dialog.getByRole('button', { name: zh('profiles.save') }).click();
    await expect(dialog).toBeHidden();
    await expect(list.getByRole('listitem', { name: 'Intl' })).toContainText(zh('profiles.passwordNotStored'));

    // Switch to it, sync: the core needs the password, and the screen asks for it in place.
    // By keyboard: open the switcher, step down from the sandbox to the new profile.
    const switcher = main.getByRole('combobox', { name: zh('profiles.switcher') });
    await switcher.focus();
    await switcher.press('ArrowDown');
    await expect(page.getByRole('option', { name: /^Intl/ })).toBeAttached();
    await switcher.press('ArrowDown');
    await switcher.press('Enter');
    await expect(list.getByRole('listitem', { name: 'Intl' })).toContainText(zh('profiles.active'));
    await main.getByRole('button', { name: zh('sync.syncNow') }).click();
    await expect(syncState(main)).toHaveText(zh('sync.state.needs-password'));
    await expect(main).toContainText(zh('sync.error.needsPassword'));
    await expect(main.getByRole('textbox', { name: zh('sync.passwordLabel', { name: 'Intl' }) })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('status')).toContainText(zh('status.needsPassword'));
    await screenshot(page, 'sync-needs-password.png');
  });

  test('offline: the partner API goes away, the screen says so in plain words and the local data stays', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.slow(); // a first sync, then the client's retries before it calls the API unreachable
    const sandbox = await startExternalSandbox();
    try {
      const host = await launchHost({
        autoSync: true,
        extraArgs: ['--sandbox-url', sandbox.url, '--sandbox-rate', '0'],
      });
      await openApp(page, host);
      const main = await openSyncScreen(page);
      await expect(syncState(main)).toHaveText(zh('sync.state.idle'), { timeout: SYNC_TIMEOUT });
      const customers = countRows(dataDir, 'customers');

      await sandbox.stop();
      await main.getByRole('button', { name: zh('sync.syncNow') }).click();
      await expect(syncState(main)).toHaveText(zh('sync.state.offline'), { timeout: SYNC_TIMEOUT });
      await expect(main.getByRole('alert')).toContainText(zh('sync.error.offline'));
      await expect(page.getByRole('banner').getByRole('status')).toContainText(zh('status.syncOffline'));
      // What was synced is still there.
      await expect(resourceRow(main, zh('sync.resource.customers')).getByRole('cell').first()).toHaveText(
        count(customers),
      );
      await screenshot(page, 'sync-offline.png');
    } finally {
      await sandbox.stop();
    }
  });

  test('quarantine: empty at first, then lists a bad record with its raw payload', async ({
    page,
    dataDir,
    host,
    openApp,
  }) => {
    test.slow(); // restarts the host
    await openApp(page, host);
    let main = await openSyncScreen(page);
    const table = () => main.getByRole('table', { name: zh('quarantine.title') });
    await expect(table()).toContainText(zh('quarantine.empty'));

    // A record the sync quarantined (written directly while the host is stopped).
    await host.stop();
    const payload = '{"customer_id":"C-001","amount":12345678901234567.12345678,"tags":[],"name":"坏记录"}';
    const db = new Database(path.join(dataDir, 'workstation.db'));
    db.prepare(
      'INSERT INTO sync_quarantine (resource, record_key, reason, payload, seen_at) VALUES (?, ?, ?, ?, ?)',
    ).run('orders', 'CS0001-BAD', 'amount: Too big', payload, new Date().toISOString());
    db.close();
    await host.start();
    await openApp(page, host);
    main = await openSyncScreen(page);

    const row = table().getByRole('row').filter({ hasText: 'CS0001-BAD' });
    await expect(row).toContainText(zh('sync.resource.orders'));
    await expect(row).toContainText('amount: Too big');
    await row.getByRole('button', { name: zh('quarantine.viewNamed', { key: 'CS0001-BAD' }) }).click();
    const dialog = page.getByRole('dialog');
    const raw = dialog.getByRole('region', { name: zh('quarantine.payload') });
    // Every digit exactly as stored, indented.
    await expect(raw).toContainText('"amount": 12345678901234567.12345678');
    await expect(raw).toContainText('"tags": []');
    expect(await raw.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
    await screenshot(page, 'sync-quarantine-payload.png');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the sync screen in English', async ({ page, launchHost, openApp }) => {
    test.slow(); // waits for a whole first sync
    const host = await launchHost({ autoSync: true, extraArgs: FAST_SANDBOX });
    await openApp(page, host);
    let main = await openSyncScreen(page);
    await expect(syncState(main)).toHaveText(zh('sync.state.idle'), { timeout: SYNC_TIMEOUT });

    await main
      .getByRole('radiogroup', { name: zh('settings.language') })
      .getByRole('radio', { name: 'English' })
      .check();
    await expect(page.getByRole('heading', { level: 1, name: en('section.sync.title') })).toBeVisible();
    main = page.getByRole('main');
    for (const heading of ['sync.title', 'profiles.title', 'quarantine.title', 'settings.title'] as const)
      await expect(main.getByRole('heading', { name: en(heading) })).toBeVisible();
    await expect(syncState(main)).toHaveText(en('sync.state.idle'));
    for (const r of ['customers', 'orders', 'refund_infos', 'bill_sums', 'fee_records'] as const)
      await expect(main.getByRole('rowheader', { name: en(`sync.resource.${r}`), exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: en('sync.syncNow') })).toBeVisible();
    await expect(main.getByRole('button', { name: en('sync.fullSync') })).toBeVisible();
    await expect(main.getByRole('switch', { name: en('sync.autoSync') })).toBeChecked();
    await expect(profileList(main, en).getByRole('listitem', { name: en('profiles.sandboxName') })).toBeVisible();
    await expect(main.getByRole('table', { name: en('quarantine.title') })).toContainText(en('quarantine.empty'));
    await expect(page.getByRole('banner').getByRole('status')).toContainText(en('status.synced', { when: '' }));
    // Nothing left in Chinese on the screen (the language choice's own "简体中文" aside).
    expect((await main.innerText()).replaceAll(zh('language.zh-CN'), '')).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'sync-done-en.png');
  });
});
