import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { ASSOCIATION_TYPE, codeLabel, CUSTOMER_TYPE, VERIFIED_STATUS } from '../../shared/codes/bss';
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

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Follows an in-app link without a reload (the token lives in the session, the route in the hash). */
async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600); // chart and antd entrance motions
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A labelled value of the profile: the cell that starts with the label. */
const field = (page: Page, label: string) => page.getByRole('cell', { name: new RegExp(`^${escapeRegExp(label)}`) });

interface CustomerRow {
  id: string;
  name: string;
  account: string;
  association: string | null;
  verified: string | null;
  type: number | null;
  manager: string | null;
  orders: number;
  records: number;
  payment: bigint;
  official: bigint;
}

test.describe('customer page', () => {
  test('an unknown customer id shows not-found with the way back', async ({ page, host, openApp }) => {
    const errors = collectErrors(page);
    await openApp(page, host);
    await go(page, '#/customers/no-such-customer');
    await expect(page.getByRole('heading', { level: 1, name: zh('customer.notFound.title') })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(zh('customers.notFound', { customerId: 'no-such-customer' }));

    // The core words the message in the UI language: it follows a switch.
    await page.getByRole('button', { name: zh('shell.languageSwitch', { language: zh('language.zh-CN') }) }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: en('customer.notFound.title') })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(en('customers.notFound', { customerId: 'no-such-customer' }));

    await page.getByRole('link', { name: en('customer.back') }).click();
    await expect(page).toHaveURL(/#\/customers$/);
    expect(errors).toEqual([]);
  });

  test('a synced customer: profile, orders, spend chart and fee totals match the database', async ({
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

    // The customer with the most fee records: a chart with several cycles.
    const c = query(dataDir, (db) => {
      const row = db
        .prepare(
          `SELECT c.customer_id AS id, c.name, c.account_name AS account, c.association_type AS association,
                  c.verified_status AS verified, c.customer_type AS type, c.account_manager AS manager,
                  (SELECT count(*) FROM orders o WHERE o.customer_id = c.customer_id) AS orders,
                  sum(t.records) AS records, sum(t.payment_amount) AS payment, sum(t.official_amount) AS official
           FROM customers c JOIN fee_totals t ON t.customer_id = c.customer_id
           WHERE c.name IS NOT NULL
           GROUP BY c.customer_id ORDER BY records DESC LIMIT 1`,
        )
        .safeIntegers(true)
        .get() as Record<string, unknown>;
      const spend = db
        .prepare(
          'SELECT bill_cycle AS cycle, payment_amount AS payment FROM fee_totals WHERE customer_id = ? ORDER BY bill_cycle',
        )
        .safeIntegers(true)
        .all(row.id) as { cycle: string; payment: bigint }[];
      return {
        customer: {
          ...row,
          type: row.type === null ? null : Number(row.type),
          orders: Number(row.orders),
          records: Number(row.records),
        } as CustomerRow,
        spend,
      };
    });

    await go(page, `#/customers/${c.customer.id}`);
    const { customer } = c;
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();

    // Profile: fields with the partner center's words for the codes.
    await expect(field(page, zh('customer.field.accountName'))).toContainText(customer.account);
    await expect(field(page, zh('customer.field.customerId'))).toContainText(customer.id);
    await expect(field(page, zh('customer.field.associationType'))).toContainText(
      codeLabel(ASSOCIATION_TYPE, customer.association, 'zh-CN'),
    );
    await expect(field(page, zh('customer.field.verifiedStatus'))).toContainText(
      codeLabel(VERIFIED_STATUS, customer.verified, 'zh-CN'),
    );
    await expect(field(page, zh('customer.field.customerType'))).toContainText(
      codeLabel(CUSTOMER_TYPE, customer.type, 'zh-CN'),
    );
    if (customer.manager)
      await expect(field(page, zh('customer.field.accountManager'))).toContainText(customer.manager);

    // Orders: the count, and the way to the order list filtered to this customer.
    const orders = page.getByRole('region', { name: zh('customer.orders.title') });
    await expect(orders).toContainText(count(customer.orders));
    await expect(orders.getByRole('link', { name: zh('customer.orders.view') })).toHaveAttribute(
      'href',
      `#/orders?customer=${customer.id}`,
    );

    // Spend chart: one settled amount per cycle, named in words.
    const points = c.spend.map((s) => `${s.cycle} ${formatMoney(fromUnits(s.payment), 'zh-CN')}`).join('；');
    const chart = page.getByRole('img', {
      name: zh('customer.spend.aria', { name: customer.name, count: c.spend.length, points }),
      exact: true,
    });
    await expect(chart).toBeVisible();
    const last = c.spend[c.spend.length - 1]!;
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await expect(chart).toContainText(formatMoney(fromUnits(last.payment), 'zh-CN', 'full'));

    // Fee totals: settled figures, every decimal on hover.
    const fees = page.getByRole('region', { name: zh('customer.fees.title') });
    await expect(fees).toContainText(count(customer.records));
    const payment = fees.getByText(formatMoney(fromUnits(customer.payment), 'zh-CN'), { exact: true });
    await expect(payment).toBeVisible();
    await expect(fees).toContainText(formatMoney(fromUnits(customer.official), 'zh-CN'));
    await payment.hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      zh('customer.exact', { amount: formatMoney(fromUnits(customer.payment), 'zh-CN', 'full') }),
    );

    // Invoices: the customer's invoices and a new one for them; QR codes: none of this device's brought them.
    const related = page.getByRole('region', { name: zh('customer.related.title') });
    await expect(related.getByRole('link', { name: zh('invoices.related.view') })).toHaveAttribute(
      'href',
      `#/invoices?customer=${customer.id}`,
    );
    await expect(related.getByRole('link', { name: zh('invoices.related.new') })).toHaveAttribute(
      'href',
      `#/invoices?new=${customer.id}`,
    );
    await expect(related).toContainText(zh('qrcodes.customer.none'));
    await page.mouse.move(0, 0);
    await screenshot(page, 'customer-page-zh.png');

    // Language: headings and the chart's name follow.
    await page.getByRole('button', { name: zh('shell.languageSwitch', { language: zh('language.zh-CN') }) }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: en('customer.spend.title') })).toBeVisible();
    await expect(
      page.getByRole('img', {
        name: en('customer.spend.aria', {
          name: customer.name,
          count: c.spend.length,
          points: c.spend.map((s) => `${s.cycle} ${formatMoney(fromUnits(s.payment), 'en-US')}`).join('; '),
        }),
        exact: true,
      }),
    ).toBeVisible();
    await expect(field(page, en('customer.field.associationType'))).toContainText(
      codeLabel(ASSOCIATION_TYPE, customer.association, 'en-US'),
    );
    await screenshot(page, 'customer-page-en.png');

    // Back to the list.
    await page.getByRole('link', { name: en('customer.back') }).click();
    await expect(page).toHaveURL(/#\/customers$/);
    expect(errors).toEqual([]);
  });
});
