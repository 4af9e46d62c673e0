import type { Locator, Page } from '@playwright/test';
import { formatMoney } from '../../shared/money/format';
import { fromUnits } from '../../shared/money/units';
import {
  SYNC_TIMEOUT,
  consoleErrors,
  count,
  dataRows,
  externalSandbox,
  openBeforeSync,
  openSyncedApp,
  readDb,
  route,
  shoot,
  toEnglish,
} from './browse';
import { test, expect } from './fixtures';
import { en, zh } from './i18n';

/** A cycle's sums as the database has them, summed per record straight from fee_records (not from bill_totals). */
interface CycleSums {
  cycle: string;
  customers: number;
  records: number;
  official: string;
  settled: string;
  erase: string;
  refunds: number;
}

function cycleSums(dataDir: string, cycle: string): CycleSums {
  return readDb(dataDir, (db) => {
    const r = db
      .prepare(
        `SELECT count(DISTINCT customer_id) AS customers, count(*) AS records,
                coalesce(sum(official_amount), 0) AS official,
                coalesce(sum((official_amount / 1000000) * 1000000), 0) AS settled,
                coalesce(sum(official_amount % 1000000), 0) AS erase,
                count(CASE WHEN bill_detail_type IN (4, 20, 24) THEN 1 END) AS refunds
         FROM fee_records WHERE bill_cycle = ?`,
      )
      .safeIntegers(true)
      .get(cycle) as Record<string, bigint>;
    return {
      cycle,
      customers: Number(r.customers),
      records: Number(r.records),
      official: fromUnits(r.official!),
      settled: fromUnits(r.settled!),
      erase: fromUnits(r.erase!),
      refunds: Number(r.refunds),
    };
  });
}

/** Cycles with fee records, newest first. */
const syncedCycles = (dataDir: string) =>
  readDb(
    dataDir,
    (db) =>
      db.prepare('SELECT DISTINCT bill_cycle FROM fee_records ORDER BY bill_cycle DESC').pluck().all() as string[],
  );

/** The customer of `cycle` with the most refund records (then the most records), with their name. */
function refundCustomer(dataDir: string, cycle: string) {
  return readDb(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT f.customer_id AS id, c.name, count(*) AS records,
                  count(CASE WHEN f.bill_detail_type IN (4, 20, 24) THEN 1 END) AS refunds
           FROM fee_records f JOIN customers c ON c.customer_id = f.customer_id
           WHERE f.bill_cycle = ? AND c.name IS NOT NULL
           GROUP BY f.customer_id ORDER BY refunds DESC, records DESC LIMIT 1`,
        )
        .get(cycle) as { id: string; name: string; records: number; refunds: number },
  );
}

const summaryCard = (page: Page, cycle: string, t = zh) =>
  page.getByRole('region', { name: t('bills.summary.title', { cycle }) });
const customersTable = (page: Page, cycle: string, t = zh) =>
  page.getByRole('table', { name: t('bills.table', { cycle }) });

/** The figures a summary (or totals line) must show: settled to the cent, 抹零 with every decimal. */
async function expectSums(where: Locator, s: CycleSums, language: 'zh-CN' | 'en-US' = 'zh-CN') {
  await expect(where).toContainText(formatMoney(s.settled, language));
  await expect(where).toContainText(formatMoney(s.official, language));
  await expect(where).toContainText(formatMoney(s.erase, language, 'full'));
}

async function pickCycle(page: Page, cycle: string, t = zh) {
  await page.getByRole('combobox', { name: t('bills.cycle.label') }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: cycle }).click();
  await expect(page).toHaveURL(new RegExp(`#/bills\\?cycle=${cycle}$`));
}

test.describe('bills', () => {
  test('before the first sync: says there is nothing yet and links to the sync screen', async ({
    page,
    host,
    openApp,
  }) => {
    const errors = consoleErrors(page);
    const main = await openBeforeSync({ page, host, openApp }, '#/bills');
    await expect(main.getByRole('heading', { level: 1, name: zh('section.bills.title') })).toBeVisible();
    await expect(main.getByRole('combobox', { name: zh('bills.cycle.label') })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a synced cycle: totals and the check equal the database, customers, one customer’s records, English', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 150_000);
    const errors = consoleErrors(page);
    await openSyncedApp({ page, dataDir, launchHost, openApp });
    const cycles = syncedCycles(dataDir);
    expect(cycles.length).toBeGreaterThan(2);

    // Without a cycle in the URL: the newest one with fee records.
    await route(page, '#/bills');
    const latest = cycleSums(dataDir, cycles[0]!);
    await expectSums(summaryCard(page, latest.cycle), latest);

    // Another cycle from the picker: the one with the most refunds.
    const cycle = readDb(
      dataDir,
      (db) =>
        db
          .prepare(
            `SELECT bill_cycle FROM fee_records WHERE bill_cycle < ? GROUP BY bill_cycle
             ORDER BY count(CASE WHEN bill_detail_type IN (4, 20, 24) THEN 1 END) DESC, bill_cycle DESC LIMIT 1`,
          )
          .pluck()
          .get(cycles[0]) as string,
    );
    await pickCycle(page, cycle);
    const sums = cycleSums(dataDir, cycle);
    const summary = summaryCard(page, cycle);
    await expectSums(summary, sums);
    await expect(summary).toContainText(count(sums.records));
    await expect(summary).toContainText(zh('bills.sum.refunds', { count: count(sums.refunds) }));

    // The consistency check: ✓, and the three sums written out in full.
    const check = summary.getByRole('status', { name: zh('bills.check.okAria', { cycle }) });
    await expect(check).toContainText(`✓ ${zh('bills.check.ok')}`);
    for (const amount of [sums.settled, sums.erase, sums.official])
      await expect(check).toContainText(formatMoney(amount, 'zh-CN', 'full'));

    // Exact amounts on hover.
    const settled = summary.locator(`.bill-amount[data-exact="${sums.settled}"]`);
    await expect(settled).toHaveText(formatMoney(sums.settled, 'zh-CN'));
    await settled.hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      zh('bills.exact', { amount: formatMoney(sums.settled, 'zh-CN', 'full') }),
    );
    await page.mouse.move(0, 0);

    // The chart names every cycle's sums in words.
    const point = zh('bills.chart.point', {
      cycle,
      official: formatMoney(sums.official, 'zh-CN'),
      settled: formatMoney(sums.settled, 'zh-CN'),
      erase: formatMoney(sums.erase, 'zh-CN', 'full'),
    });
    await expect(page.getByRole('img', { name: point })).toBeVisible();

    // The customers of the cycle, and their totals: the same sums.
    const table = customersTable(page, cycle);
    await expect(table).toHaveAttribute('aria-rowcount', String(sums.customers + 1));
    await expect(page.getByRole('search', { name: zh('bills.filters') })).toContainText(
      zh('bills.count', { count: count(sums.customers) }),
    );
    const totals = page.getByRole('region', { name: zh('bills.totalsRegion') });
    await expectSums(totals, sums);
    await shoot(page, 'bills-zh.png');

    // Search narrows the table and its totals to one customer.
    const who = refundCustomer(dataDir, cycle);
    await page.getByRole('searchbox', { name: zh('bills.search') }).fill(who.name);
    await expect(dataRows(table)).toHaveCount(1);
    await expect(totals).toContainText(zh('bills.totalsRow', { count: 1 }));

    // Their fee records: each official / settled / 抹零, refunds marked and filterable.
    await table.getByRole('link', { name: who.name }).click();
    await expect(page).toHaveURL(new RegExp(`#/bills\\?cycle=${cycle}&customer=${who.id}$`));
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText(who.name);
    const records = drawer.getByRole('table', { name: zh('bills.records.table', { name: who.name, cycle }) });
    await expect(records).toHaveAttribute('aria-rowcount', String(who.records + 1));
    const first = readDb(
      dataDir,
      (db) =>
        db
          .prepare(
            `SELECT official_amount AS official, bill_detail_type AS type FROM fee_records
             WHERE bill_cycle = ? AND customer_id = ? ORDER BY trade_time DESC, id DESC LIMIT 1`,
          )
          .safeIntegers(true)
          .get(cycle, who.id) as { official: bigint; type: bigint },
    );
    const row = dataRows(records).first();
    const official = fromUnits(first.official);
    await expect(row).toContainText(formatMoney(official, 'zh-CN'));
    await expect(row).toContainText(formatMoney(fromUnits((first.official / 1000000n) * 1000000n), 'zh-CN'));
    await expect(row).toContainText(formatMoney(fromUnits(first.official % 1000000n), 'zh-CN', 'full'));
    if (who.refunds > 0) {
      await drawer.getByText(`${zh('bills.kind.refund')} ${count(who.refunds)}`).click();
      await expect(dataRows(records)).toHaveCount(who.refunds);
      for (const r of await dataRows(records).all()) await expect(r.locator('.ant-tag').first()).toHaveText(/^退款-/);
    }
    await expect(drawer.getByRole('status', { name: zh('bills.check.okAria', { cycle }) })).toBeVisible();
    await shoot(page, 'bills-records-zh.png');

    // Closing the drawer keeps the cycle and the search.
    await drawer.getByRole('button', { name: zh('bills.records.close') }).click();
    await expect(page).toHaveURL(new RegExp(`#/bills\\?cycle=${cycle}$`));
    await expect(dataRows(table)).toHaveCount(1);

    // English: the screen follows, and so do the records.
    await toEnglish(page);
    const summaryEn = summaryCard(page, cycle, en);
    await expectSums(summaryEn, sums, 'en-US');
    await expect(summaryEn.getByRole('status', { name: en('bills.check.okAria', { cycle }) })).toContainText(
      `✓ ${en('bills.check.ok')}`,
    );
    const tableEn = customersTable(page, cycle, en);
    await tableEn.getByRole('link', { name: who.name }).click();
    const recordsEn = drawer.getByRole('table', { name: en('bills.records.table', { name: who.name, cycle }) });
    await expect(recordsEn).toHaveAttribute('aria-rowcount', String(who.records + 1));
    await expect(dataRows(recordsEn).first()).toContainText(formatMoney(official, 'en-US'));
    await drawer.getByRole('button', { name: en('bills.records.close') }).click();
    await shoot(page, 'bills-en.png');
    expect(errors).toEqual([]);
  });

  test('offline: the partner API gone, the bills are still there from the cache, and say so', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 120_000);
    const errors = consoleErrors(page);
    const sandbox = await externalSandbox();
    try {
      await openSyncedApp({ page, dataDir, launchHost, openApp }, [
        '--sandbox-url',
        sandbox.url,
        '--sandbox-rate',
        '0',
      ]);
      await sandbox.stop();
      await route(page, '#/sync');
      await page.getByRole('button', { name: zh('sync.syncNow') }).click();
      await expect(page.getByRole('banner').getByRole('status')).toContainText(zh('status.syncOffline'), {
        timeout: SYNC_TIMEOUT,
      });
      const sums = cycleSums(dataDir, syncedCycles(dataDir)[0]!);
      await route(page, '#/bills');
      await expect(page.getByRole('main').getByRole('alert').first()).toContainText(zh('list.offline').split('{')[0]!);
      await expectSums(summaryCard(page, sums.cycle), sums);
      await expect(
        summaryCard(page, sums.cycle).getByRole('status', { name: zh('bills.check.okAria', { cycle: sums.cycle }) }),
      ).toBeVisible();
      expect(errors).toEqual([]);
    } finally {
      await sandbox.stop();
    }
  });
});
