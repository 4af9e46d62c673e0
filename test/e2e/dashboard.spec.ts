import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { cycleOf } from '../../electron/sync/plan';
import { codeLabel, ORDER_STATUS } from '../../shared/codes/bss';
import { formatMoney } from '../../shared/money/format';
import { fromUnits } from '../../shared/money/units';
import { test, expect } from './fixtures';
import { REPO_ROOT } from './host';
import { en, zh } from './i18n';

/** The embedded sandbox at its smallest and unthrottled: a full sync takes a few seconds. */
const FAST_SANDBOX = ['--sandbox-scale', 'tiny', '--sandbox-rate', '0'];
const SYNC_TIMEOUT = 60_000;
const SHOTS = path.join(REPO_ROOT, 'test/.output');

const count = (n: number, language: 'zh-CN' | 'en-US' = 'zh-CN') => new Intl.NumberFormat(language).format(n);

/** Runs `read` on the host's database, opened read-only: a second opinion on what the screen shows. */
function query<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, 'workstation.db'), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Waits until a sync run has finished (polls `sync_runs` in the database file). */
async function waitForSync(dataDir: string): Promise<void> {
  await expect
    .poll(
      () => {
        if (!fs.existsSync(path.join(dataDir, 'workstation.db'))) return 0;
        return query(
          dataDir,
          (db) => db.prepare("SELECT count(*) FROM sync_runs WHERE status = 'finished'").pluck().get() as number,
        );
      },
      { timeout: SYNC_TIMEOUT, intervals: [250, 500, 1000] },
    )
    .toBeGreaterThan(0);
}

/** Console errors and uncaught exceptions of the page, checked at the end of each test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A dashboard card, found by its heading. */
const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600); // chart and antd entrance motions
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

async function switchLanguage(page: Page, from: 'zh-CN' | 'en-US', to: 'English' | '简体中文'): Promise<void> {
  const t = from === 'zh-CN' ? zh : en;
  await page.getByRole('button', { name: t('shell.languageSwitch', { language: t(`language.${from}`) }) }).click();
  await page.getByRole('menuitem', { name: to }).click();
}

test.describe('dashboard', () => {
  test('before the first sync every card says so, with no chart and no invented figure', async ({
    page,
    host,
    openApp,
  }) => {
    const errors = collectErrors(page);
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: zh('section.dashboard.title') })).toBeVisible();

    // One banner explains why, and leads to the sync screen.
    const banner = page.getByRole('alert').filter({ hasText: zh('dashboard.firstSync.title') });
    await expect(banner).toContainText(zh('dashboard.firstSync.body'));

    for (const title of [
      zh('dashboard.spend.title'),
      zh('dashboard.top.title'),
      zh('dashboard.status.title'),
      zh('dashboard.newCustomers.title'),
    ])
      await expect(card(page, title)).toContainText(zh('dashboard.empty.beforeSync'));
    await expect(card(page, zh('dashboard.freshness.title'))).toContainText(zh('dashboard.empty.beforeSync'));
    // No chart is drawn (an empty axis would look like "zero", which nobody measured).
    for (const chart of [/^每月消费/, /^订单状态分布/, /^每月新增客户/])
      await expect(page.getByRole('img', { name: chart })).toHaveCount(0);
    // The section map and the status cards are still there.
    await expect(
      page.getByRole('link', { name: zh('dashboard.open', { section: zh('section.orders.title') }) }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: zh('dashboard.database') })).toBeVisible();
    await screenshot(page, 'dashboard-empty-zh.png');

    await banner.getByRole('button', { name: zh('dashboard.firstSync.action') }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.sync.title') })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('after a sync: charts and totals match the database, a top customer opens, language switches', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    // A sync, two languages and screenshots: more than the default on a busy machine.
    test.setTimeout(SYNC_TIMEOUT + 120_000);
    const errors = collectErrors(page);
    const host = await launchHost({ autoSync: true, extraArgs: FAST_SANDBOX });
    await openApp(page, host);
    await waitForSync(dataDir);

    const since = cycleOf(Date.now(), 11);
    const db = query(dataDir, (db) => ({
      customers: db.prepare('SELECT count(*) FROM customers').pluck().get() as number,
      orders: db.prepare('SELECT count(*) FROM orders').pluck().get() as number,
      statuses: db.prepare('SELECT status, count(*) AS n FROM orders GROUP BY status').all() as {
        status: number | null;
        n: number;
      }[],
      spend: db
        .prepare(
          `SELECT bill_cycle AS cycle, sum(payment_amount) AS payment FROM fee_totals
           WHERE bill_cycle >= ? GROUP BY bill_cycle ORDER BY bill_cycle`,
        )
        .safeIntegers(true)
        .all(since) as { cycle: string; payment: bigint }[],
      top: db
        .prepare(
          `SELECT t.customer_id AS id, c.name, sum(t.payment_amount) AS payment
           FROM fee_totals t LEFT JOIN customers c ON c.customer_id = t.customer_id
           WHERE t.bill_cycle >= ? GROUP BY t.customer_id ORDER BY payment DESC LIMIT 1`,
        )
        .safeIntegers(true)
        .get(since) as { id: string; name: string | null; payment: bigint },
    }));
    expect(db.customers).toBeGreaterThan(0);
    expect(db.spend.length).toBeGreaterThan(0);

    // The dashboard refreshed itself when the sync finished: no reload.
    await expect(page.getByRole('alert').filter({ hasText: zh('dashboard.firstSync.title') })).toHaveCount(0);

    // Monthly spend: the chart names every cycle with its settled amount, as the database sums it.
    const points = db.spend.map((s) => `${s.cycle} ${formatMoney(fromUnits(s.payment), 'zh-CN')}`).join('；');
    const spendChart = page.getByRole('img', {
      name: zh('dashboard.spend.aria', { count: db.spend.length, points }),
      exact: true,
    });
    await expect(spendChart).toBeVisible();
    const total = db.spend.reduce((sum, s) => sum + s.payment, 0n);
    await expect(card(page, zh('dashboard.spend.title'))).toContainText(
      zh('dashboard.spend.total', { amount: formatMoney(fromUnits(total), 'zh-CN') }),
    );
    // Hovering a cycle shows its exact amount (all decimals), not a rounded number.
    const last = db.spend[db.spend.length - 1]!;
    const box = (await spendChart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    await expect(spendChart).toContainText(formatMoney(fromUnits(last.payment), 'zh-CN', 'full'));

    // Orders by status: the total and each status word with its count.
    const statusCard = card(page, zh('dashboard.status.title'));
    await expect(statusCard).toContainText(zh('dashboard.status.total', { count: count(db.orders) }));
    const statusChart = statusCard.getByRole('img');
    for (const s of db.statuses)
      await expect(statusChart).toHaveAccessibleName(
        new RegExp(
          escapeRegExp(
            zh('dashboard.status.item', { status: codeLabel(ORDER_STATUS, s.status, 'zh-CN'), count: count(s.n) }),
          ),
        ),
      );

    // New customers: a chart, and the customer total from the database.
    const newCard = card(page, zh('dashboard.newCustomers.title'));
    await expect(newCard).toContainText(zh('dashboard.newCustomers.total', { count: count(db.customers) }));
    await expect(newCard.getByRole('img')).toHaveAccessibleName(/^每月新增客户/);

    // Freshness: row counts per resource, all synced just now.
    const freshness = card(page, zh('dashboard.freshness.title'));
    const customersRow = freshness
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: zh('sync.resource.customers'), exact: true }) });
    await expect(customersRow.getByRole('cell').first()).toHaveText(count(db.customers));
    await expect(freshness).not.toContainText(zh('dashboard.freshness.stale'));
    await expect(freshness).not.toContainText(zh('dashboard.freshness.never'));

    await screenshot(page, 'dashboard-synced-zh.png');

    // The top customer is first in the ranking, with the amount the database sums.
    const ranking = page.getByRole('list', { name: zh('dashboard.top.list') });
    const first = ranking.getByRole('link').first();
    await expect(first).toContainText(db.top.name ?? zh('dashboard.top.unnamed'));
    await expect(first).toContainText(formatMoney(fromUnits(db.top.payment), 'zh-CN'));

    // Language: chart titles and names follow.
    await switchLanguage(page, 'zh-CN', 'English');
    await expect(page.getByRole('heading', { level: 2, name: en('dashboard.spend.title') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: en('dashboard.status.title') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: zh('dashboard.spend.title') })).toHaveCount(0);
    await expect(
      page.getByRole('img', {
        name: en('dashboard.spend.aria', {
          count: db.spend.length,
          points: db.spend.map((s) => `${s.cycle} ${formatMoney(fromUnits(s.payment), 'en-US')}`).join('; '),
        }),
        exact: true,
      }),
    ).toBeVisible();
    await screenshot(page, 'dashboard-synced-en.png');
    await switchLanguage(page, 'en-US', '简体中文');
    await expect(page.getByRole('heading', { level: 2, name: zh('dashboard.spend.title') })).toBeVisible();

    // Clicking the top customer opens their page.
    await first.click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${db.top.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: db.top.name ?? undefined })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
