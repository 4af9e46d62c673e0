import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { ORDER_STATUS, ORDER_TYPE, codeLabel } from '../../shared/codes/bss';
import { formatMoney, settle } from '../../shared/money/format';
import { fromUnits } from '../../shared/money/units';
import {
  SYNC_TIMEOUT,
  choose,
  consoleErrors,
  count,
  dataRows,
  dateRange,
  openBeforeSync,
  externalSandbox,
  readDb,
  route,
  shoot,
  openSyncedApp,
  toEnglish,
} from './browse';
import { test, expect } from './fixtures';
import { en, zh } from './i18n';

interface Order {
  id: string;
  status: number;
  type: number;
  amount: string;
  created: string;
}

/** Orders as the list sorts them, amounts as exact decimal text. */
function orders(dataDir: string, where = '', order = 'create_time DESC, rowid DESC'): Order[] {
  return readDb(dataDir, (db) =>
    (
      db
        .prepare(
          `SELECT order_id AS id, status, order_type AS type, amount_after_discount AS amount, create_time AS created
           FROM orders ${where} ORDER BY ${order}`,
        )
        .safeIntegers(true)
        .all() as { id: string; status: bigint; type: bigint; amount: bigint; created: string }[]
    ).map((o) => ({ ...o, status: Number(o.status), type: Number(o.type), amount: fromUnits(o.amount) })),
  );
}

const listTable = (page: Page, t = zh) => page.getByRole('table', { name: t('orders.table') });
/** The count of matches, first of the screen's live regions (the export's outcome is another). */
const countStatus = (page: Page) => page.getByRole('main').getByRole('status').first();
const drawer = (page: Page, t = zh) => page.getByRole('dialog', { name: new RegExp(t('orders.detail.title')) });

/** The one row of order `id` in the list. */
const rowOf = (table: Locator, id: string) => dataRows(table).filter({ hasText: id });

/** Opens an order from the list by clicking its row (not its link). */
async function openOrder(page: Page, id: string): Promise<Locator> {
  await rowOf(listTable(page), id).getByRole('cell').nth(2).click();
  await expect(page).toHaveURL(new RegExp(`#/orders/${id}$`));
  const dialog = drawer(page);
  await expect(dialog.getByRole('heading', { level: 2, name: zh('orders.detail.amounts') })).toBeVisible();
  return dialog;
}

async function closeOrder(page: Page): Promise<void> {
  await page.getByRole('button', { name: zh('orders.detail.close') }).click();
  await expect(page).toHaveURL(/#\/orders$/);
}

/** A message template as a pattern: its `{placeholders}` match anything. */
const pattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );

/** CSV text → rows of cells (quoted cells may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\ufeff/, '').split('\r\n')) {
    if (!line) continue;
    const cells: string[] = [];
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
      if (m[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

/** ASCII letters and digits as their full-width forms (ＣＳ２６…), as an IME may type them. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

test.describe('order list', () => {
  test('synced orders: paging, sort, filters, search, an order in the drawer, CSV export against the database, English', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 120_000);
    const errors = consoleErrors(page);
    await openSyncedApp({ page, dataDir, launchHost, openApp });
    const all = orders(dataDir);
    expect(all.length).toBeGreaterThan(200);

    await page.getByRole('menuitem', { name: zh('section.orders.title') }).click();
    const table = listTable(page);
    await expect(countStatus(page)).toHaveText(zh('orders.count', { count: count(all.length) }));

    // Newest first; codes as words, the settled amount in the list.
    const first = all[0]!;
    const firstRow = rowOf(table, first.id);
    await expect(dataRows(table).first()).toContainText(first.id);
    await expect(firstRow).toContainText(codeLabel(ORDER_STATUS, first.status, 'zh-CN'));
    await expect(firstRow).toContainText(codeLabel(ORDER_TYPE, first.type, 'zh-CN'));
    await expect(firstRow).toContainText(formatMoney(first.amount, 'zh-CN'));

    // Scrolled to the end: later pages are read as needed, and only the rows in view exist.
    const scroller = table.locator('xpath=..');
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(dataRows(table).last()).toContainText(all[all.length - 1]!.id);
    expect(await page.locator('tr').count()).toBeLessThan(200);
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await expect(dataRows(table).first()).not.toContainText(first.id);
    expect(await page.locator('tr').count()).toBeLessThan(200);

    // Sort by amount: the largest first, every decimal on hover.
    await table.getByRole('button', { name: zh('orders.col.amount') }).click();
    await expect(table.getByRole('columnheader', { name: zh('orders.col.amount') })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const byAmount = orders(dataDir, '', 'amount_after_discount DESC, rowid DESC');
    const top = byAmount[0]!;
    await expect(dataRows(table).first()).toContainText(top.id);
    const amount = rowOf(table, top.id).getByText(formatMoney(top.amount, 'zh-CN'), { exact: true });
    await amount.hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      zh('orders.exact', { amount: formatMoney(top.amount, 'zh-CN', 'full') }),
    );
    await page.mouse.move(0, 0);

    // Filters: a status, then also a created-on range.
    const cancelled = codeLabel(ORDER_STATUS, 4, 'zh-CN');
    await choose(page, zh('orders.filter.status'), cancelled);
    const statusFour = orders(dataDir, 'WHERE status = 4');
    await expect(countStatus(page)).toHaveText(zh('orders.countFiltered', { count: count(statusFour.length) }));
    const from = all[Math.floor(all.length / 2)]!.created.slice(0, 10);
    const to = all[Math.floor(all.length / 4)]!.created.slice(0, 10);
    await dateRange(page, zh('orders.filter.created'), from, to);
    const inRange = orders(
      dataDir,
      `WHERE status = 4 AND create_time >= '${from}T00:00:00Z' AND create_time <= '${to}T23:59:59Z'`,
    );
    await expect(countStatus(page)).toHaveText(zh('orders.countFiltered', { count: count(inRange.length) }));
    await page.getByRole('button', { name: zh('list.resetFilters') }).click();
    await expect(countStatus(page)).toHaveText(zh('orders.count', { count: count(all.length) }));

    // Search: a Chinese fragment of customer names.
    const fragment = '健康';
    const ofCustomers = readDb(
      dataDir,
      (db) =>
        db
          .prepare('SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE c.name LIKE ?')
          .pluck()
          .get(`%${fragment}%`) as number,
    );
    expect(ofCustomers).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: zh('orders.search') }).pressSequentially(fragment);
    await expect(countStatus(page)).toHaveText(zh('orders.countFiltered', { count: count(ofCustomers) }));
    await page.getByRole('searchbox', { name: zh('orders.search') }).clear();

    // An order id typed in full-width characters finds that order.
    const wanted = all[7]!;
    await page.getByRole('searchbox', { name: zh('orders.filter.orderId') }).fill(fullWidth(wanted.id));
    await expect(countStatus(page)).toHaveText(zh('orders.countFiltered', { count: count(1) }));
    await shoot(page, 'orders-list-zh.png');

    // The drawer: header fields, exact amounts, line items fetched from the API.
    const dialog = await openOrder(page, wanted.id);
    await expect(dialog).toContainText(codeLabel(ORDER_STATUS, wanted.status, 'zh-CN'));
    await expect(dialog).toContainText(formatMoney(wanted.amount, 'zh-CN', 'full'));
    const items = dialog.getByRole('region', { name: zh('orders.detail.lineItems') });
    await expect(items.locator('tbody tr.ant-table-row').first()).toBeVisible();
    const lineItems = readDb(
      dataDir,
      (db) =>
        db.prepare('SELECT total_line_items FROM order_details WHERE order_id = ?').pluck().get(wanted.id) as number,
    );
    await expect(items).toContainText(zh('orders.detail.lineItems.count', { count: count(lineItems) }));
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await shoot(page, 'order-detail-zh.png');
    await closeOrder(page);
    await page.getByRole('searchbox', { name: zh('orders.filter.orderId') }).clear();
    await expect(countStatus(page)).toHaveText(zh('orders.count', { count: count(all.length) }));

    // Export what is shown (completed orders, largest first) and compare with the database.
    await choose(page, zh('orders.filter.status'), codeLabel(ORDER_STATUS, 5, 'zh-CN'));
    const completed = orders(dataDir, 'WHERE status = 5', 'amount_after_discount DESC, rowid DESC');
    await expect(countStatus(page)).toHaveText(zh('orders.countFiltered', { count: count(completed.length) }));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: zh('orders.export.csv') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^订单-\d{14}\.csv$/);
    const [header, ...rows] = parseCsv(fs.readFileSync(await file.path(), 'utf8'));
    expect(header![0]).toBe(zh('exports.col.orderId'));
    expect(header![6]).toBe(zh('exports.col.amount'));
    expect(rows.map((r) => r[0])).toEqual(completed.map((o) => o.id));
    expect(rows.map((r) => r[6])).toEqual(completed.map((o) => settle(o.amount)));
    expect(rows.map((r) => r[7])).toEqual(completed.map((o) => o.amount));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set([codeLabel(ORDER_STATUS, 5, 'zh-CN')]));
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: file.suggestedFilename() })).toHaveText(
      zh('orders.export.done', { count: count(completed.length), file: file.suggestedFilename() }),
    );

    // The same as XLSX: a workbook with a header row and the same orders in the same order.
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: zh('orders.export.xlsx') }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/^订单-\d{14}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(completed.length + 1);
    expect(sheet.getRow(1).getCell(1).text).toBe(zh('exports.col.orderId'));
    expect(sheet.getRow(2).getCell(1).text).toBe(completed[0]!.id);
    expect(sheet.getRow(completed.length + 1).getCell(8).text).toBe(completed[completed.length - 1]!.amount);

    // English: column names, code words, the count.
    await toEnglish(page);
    const enTable = listTable(page, en);
    await expect(enTable.getByRole('columnheader', { name: en('orders.col.amount') })).toBeVisible();
    await expect(dataRows(enTable).first()).toContainText(codeLabel(ORDER_STATUS, 5, 'en-US'));
    await expect(countStatus(page)).toHaveText(en('orders.countFiltered', { count: count(completed.length, 'en-US') }));
    await shoot(page, 'orders-list-en.png');
    expect(errors).toEqual([]);
  });

  test('offline: the partner API goes away, browsing goes on; details cached with their age, uncached say so', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 150_000);
    const errors = consoleErrors(page);
    const sandbox = await externalSandbox();
    try {
      await openSyncedApp({ page, dataDir, launchHost, openApp }, [
        '--sandbox-url',
        sandbox.url,
        '--sandbox-rate',
        '0',
      ]);
      const all = orders(dataDir);
      await route(page, '#/orders');
      await expect(countStatus(page)).toHaveText(zh('orders.count', { count: count(all.length) }));

      // Online: the details come from the API, no notice.
      let dialog = await openOrder(page, all[0]!.id);
      await expect(dialog.locator('tbody tr.ant-table-row').first()).toBeVisible();
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await closeOrder(page);

      await sandbox.stop();

      // Offline: the same order from the cache, with its age; another one only from the list.
      dialog = await openOrder(page, all[0]!.id);
      await expect(dialog.getByRole('alert')).toHaveText(pattern(zh('orders.detail.offlineCached')), {
        timeout: 60_000,
      });
      await expect(dialog.locator('tbody tr.ant-table-row').first()).toBeVisible();
      await closeOrder(page);
      dialog = await openOrder(page, all[1]!.id);
      await expect(dialog.getByRole('alert')).toHaveText(zh('orders.detail.offlineNone'), { timeout: 60_000 });
      await expect(dialog).toContainText(zh('orders.detail.lineItems.unknown'));
      await expect(dialog).toContainText(formatMoney(all[1]!.amount, 'zh-CN', 'full'));
      await shoot(page, 'order-detail-offline.png');
      await closeOrder(page);

      // A sync now finds the API gone; the list says it shows the local cache, and still filters.
      await route(page, '#/sync');
      await page.getByRole('button', { name: zh('sync.syncNow') }).click();
      await expect(page.getByRole('banner').getByRole('status')).toContainText(zh('status.syncOffline'), {
        timeout: SYNC_TIMEOUT,
      });
      await route(page, '#/orders');
      await expect(page.getByRole('main').getByRole('alert').first()).toHaveText(pattern(zh('list.offline')));
      await choose(page, zh('orders.filter.orderType'), codeLabel(ORDER_TYPE, 4, 'zh-CN'));
      const refunds = orders(dataDir, 'WHERE order_type = 4');
      await expect(countStatus(page)).toHaveText(zh('orders.countFiltered', { count: count(refunds.length) }));
      await expect(dataRows(listTable(page)).first()).toContainText(refunds[0]!.id);
      await shoot(page, 'orders-offline.png');
      expect(errors).toEqual([]);
    } finally {
      await sandbox.stop();
    }
  });

  test('export: cancel stops it without leaving a file', async ({ page, dataDir, launchHost, openApp }) => {
    test.setTimeout(SYNC_TIMEOUT + 90_000);
    const errors = consoleErrors(page);
    // Thousands of orders as XLSX: usually long enough to cancel (how long depends on the machine).
    await openSyncedApp({ page, dataDir, launchHost, openApp }, ['--sandbox-scale', 'small', '--sandbox-rate', '0']);
    const total = orders(dataDir).length;
    await route(page, '#/orders');
    await expect(countStatus(page)).toHaveText(zh('orders.count', { count: count(total) }));

    const outcome = page.getByRole('main').getByRole('status').nth(1);
    const done = zh('orders.export.done', { count: count(total), file: '' });
    await page.getByRole('button', { name: zh('orders.export.xlsx') }).click();
    const clicked = await page
      .getByRole('button', { name: zh('orders.export.cancel') })
      .click({ timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    // How long an export takes depends on the machine: the last rows may be written before
    // the cancel arrives. Then it must say it finished; otherwise that it was cancelled.
    await expect(outcome).toHaveText(new RegExp(`^(${zh('orders.export.cancelled')}|${done}.+)$`));
    if (clicked && (await outcome.textContent()) === zh('orders.export.cancelled')) {
      await expect(page.getByRole('progressbar', { name: zh('orders.export.progress') })).toHaveCount(0);
      const exportsDir = path.join(dataDir, 'exports');
      expect(fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : []).toEqual([]);
    } else {
      test.info().annotations.push({ type: 'note', description: 'the export finished before the cancel arrived' });
    }
    expect(errors).toEqual([]);
  });

  test('bad input gets a clear message or a harmless empty result, never an exception', async ({
    page,
    host,
    openApp,
  }) => {
    const errors = consoleErrors(page);
    const main = await openBeforeSync({ page, host, openApp }, '#/orders');
    const orderId = main.getByRole('searchbox', { name: zh('orders.filter.orderId') });
    const issue = (field: string, message: Parameters<typeof zh>[0]) =>
      zh('list.issue', { field, message: zh(message) });

    // Order ids with spaces (also a full-width one), with other characters.
    for (const [typed, message] of [
      ['CS26 0501', 'validation.orderIdSpaces'],
      ['CS26\u30000501', 'validation.orderIdSpaces'],
      ['CS26#0501', 'validation.orderIdChars'],
    ] as const) {
      await orderId.fill(typed);
      await expect(main.getByRole('alert')).toHaveText(issue(zh('orders.filter.orderId'), message));
    }
    await orderId.clear();
    await expect(main.getByRole('alert')).toHaveCount(0);

    // A paid-on range that ends before it starts; a 10 000-character search.
    await dateRange(page, zh('orders.filter.paid'), '2025-03-31', '2025-03-01');
    await expect(main.getByRole('alert')).toHaveText(issue(zh('orders.filter.paid'), 'validation.dateRange'));
    await expect(main.getByRole('button', { name: zh('orders.export.csv') })).toBeDisabled();
    await main.getByRole('button', { name: zh('list.resetFilters') }).click();
    await main.getByRole('searchbox', { name: zh('orders.search') }).fill('单'.repeat(10_000));
    await expect(main.getByRole('alert')).toHaveText(issue(zh('orders.search'), 'validation.searchTooLong'));
    await shoot(page, 'orders-bad-input.png');
    await main.getByRole('searchbox', { name: zh('orders.search') }).clear();
    await expect(main.getByRole('alert')).toHaveCount(0);

    // Order routes that do not exist, or cannot be an order id.
    await route(page, '#/orders/NO-SUCH-ORDER');
    await expect(drawer(page).getByRole('alert')).toHaveText(zh('orders.notFound', { orderId: 'NO-SUCH-ORDER' }));
    await route(page, '#/orders/CS%2026');
    await expect(drawer(page).getByRole('alert')).toContainText(zh('validation.orderIdSpaces'));
    expect(errors).toEqual([]);
  });
});
