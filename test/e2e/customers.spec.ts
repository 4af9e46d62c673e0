import { ASSOCIATION_TYPE, codeLabel } from '../../shared/codes/bss';
import {
  SYNC_TIMEOUT,
  choose,
  consoleErrors,
  count,
  dataRows,
  dateRange,
  openBeforeSync,
  readDb,
  shoot,
  openSyncedApp,
  toEnglish,
} from './browse';
import { test, expect } from './fixtures';
import { en, zh } from './i18n';

interface Customer {
  id: string;
  name: string | null;
  account: string;
}

const COLUMNS = 'customer_id AS id, name, account_name AS account';

test.describe('customer list', () => {
  test('synced customers: count, search by a Chinese fragment, filter, sort, open one and come back, English', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 90_000);
    const errors = consoleErrors(page);
    await openSyncedApp({ page, dataDir, launchHost, openApp });
    const all = readDb(dataDir, (db) => db.prepare('SELECT count(*) FROM customers').pluck().get() as number);

    await page.getByRole('menuitem', { name: zh('section.customers.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('section.customers.title') })).toBeVisible();
    const table = page.getByRole('table', { name: zh('customers.table') });
    const status = page.getByRole('main').getByRole('status').first();
    await expect(status).toHaveText(zh('customers.count', { count: count(all) }));

    // Newest association first (the default sort), as the database orders them.
    const newest = readDb(dataDir, (db) =>
      db.prepare(`SELECT ${COLUMNS} FROM customers ORDER BY associated_on DESC, customer_id DESC LIMIT 1`).get(),
    ) as Customer;
    await expect(dataRows(table).first()).toContainText(newest.account);
    await expect(table.getByRole('columnheader', { name: zh('customers.col.associatedOn') })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    // Search as you type, a two-character Chinese fragment (the indexed short-query path).
    const fragment = '健康';
    const matching = readDb(
      dataDir,
      (db) =>
        db.prepare('SELECT account_name FROM customers WHERE name LIKE ?').pluck().all(`%${fragment}%`) as string[],
    );
    expect(matching.length).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: zh('customers.search') }).pressSequentially(fragment);
    await expect(status).toHaveText(zh('customers.countFiltered', { count: count(matching.length) }));
    await expect(dataRows(table)).toHaveCount(matching.length);
    for (const row of await dataRows(table).all()) await expect(row).toContainText(fragment);
    await page.getByRole('searchbox', { name: zh('customers.search') }).clear();
    await expect(status).toHaveText(zh('customers.count', { count: count(all) }));

    // Filter: resellers (代售) only, then sort them by name.
    await choose(page, zh('customers.filter.associationType'), codeLabel(ASSOCIATION_TYPE, '2', 'zh-CN'));
    const resellers = readDb(
      dataDir,
      (db) =>
        db
          .prepare(
            `SELECT ${COLUMNS} FROM customers WHERE association_type = '2' ORDER BY name COLLATE NOCASE ASC, customer_id ASC`,
          )
          .all() as Customer[],
    );
    await expect(status).toHaveText(zh('customers.countFiltered', { count: count(resellers.length) }));
    await expect(dataRows(table)).toHaveCount(resellers.length);
    await table.getByRole('button', { name: zh('customers.col.name') }).click();
    await expect(table.getByRole('columnheader', { name: zh('customers.col.name') })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(dataRows(table).first()).toContainText(resellers[0]!.account);
    await expect(dataRows(table).last()).toContainText(resellers[resellers.length - 1]!.account);
    await shoot(page, 'customers-list-zh.png');

    // A row opens the customer's page; the way back finds the list as it was left.
    const pick = resellers.find((c) => c.name)!;
    await dataRows(table).filter({ hasText: pick.account }).getByRole('cell').nth(3).click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${pick.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: pick.name! })).toBeVisible();
    await page.getByRole('link', { name: zh('customer.back') }).click();
    await expect(status).toHaveText(zh('customers.countFiltered', { count: count(resellers.length) }));
    await expect(page.getByRole('combobox', { name: zh('customers.filter.associationType') })).toBeVisible();
    await expect(page.getByRole('search')).toContainText(codeLabel(ASSOCIATION_TYPE, '2', 'zh-CN'));
    await expect(dataRows(table).first()).toContainText(resellers[0]!.account);

    // English: headings, column names, code words and the count follow.
    await toEnglish(page);
    const enTable = page.getByRole('table', { name: en('customers.table') });
    await expect(page.getByRole('heading', { level: 1, name: en('section.customers.title') })).toBeVisible();
    await expect(enTable.getByRole('columnheader', { name: en('customers.col.associationType') })).toBeVisible();
    await expect(dataRows(enTable).first()).toContainText(codeLabel(ASSOCIATION_TYPE, '2', 'en-US'));
    await expect(status).toHaveText(en('customers.countFiltered', { count: count(resellers.length, 'en-US') }));
    await shoot(page, 'customers-list-en.png');
    expect(errors).toEqual([]);
  });

  test('before the first sync it says so; bad input gets a clear message, never an exception', async ({
    page,
    host,
    openApp,
  }) => {
    const errors = consoleErrors(page);
    const main = await openBeforeSync({ page, host, openApp }, '#/customers');

    // An associated-on range that ends before it starts.
    const field = zh('customers.filter.associatedOn');
    await dateRange(page, field, '2025-06-01', '2025-01-01');
    await expect(main.getByRole('alert')).toHaveText(zh('list.issue', { field, message: zh('validation.dateRange') }));
    await expect(main).toContainText(zh('list.invalid'));
    await main.getByRole('button', { name: zh('list.resetFilters') }).click();
    await expect(main.getByRole('alert')).toHaveCount(0);

    // A 10 000-character search.
    await page.getByRole('searchbox', { name: zh('customers.search') }).fill('搜'.repeat(10_000));
    await expect(main.getByRole('alert')).toHaveText(
      zh('list.issue', { field: zh('customers.search'), message: zh('validation.searchTooLong') }),
    );
    await shoot(page, 'customers-bad-input.png');
    await page.getByRole('searchbox', { name: zh('customers.search') }).clear();
    await expect(main.getByRole('alert')).toHaveCount(0);
    await expect(main.getByRole('heading', { level: 2, name: zh('list.beforeSync.title') })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
