import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { organizationCheckChar, usccCheckChar } from '../../shared/invoices/uscc';
import { fromCents } from '../../shared/money/arith';
import { formatMoney } from '../../shared/money/format';
import { consoleErrors, openSyncedApp, readDb, route, shoot, SYNC_TIMEOUT, toEnglish } from './browse';
import { test, expect } from './fixtures';
import { invoiceIdOf, newDraftFor } from './invoice-steps';
import { en, zh } from './i18n';

/**
 * The invoice screens on synced sandbox data, with the database as the second opinion:
 * the matching shown is worked out here again from the fee records (refunds and
 * adjustments first, then the oldest consumption first, the last item in part), the
 * autosave is read back from the invoices table, and bad input must leave it unchanged.
 */

/** bill_detail_type codes (shared/reference/bss-api.md §6). */
const REFUNDS = [4, 20, 24];
const ADJUSTMENTS = [9, 16];
/** The autosave waits 500 ms after the last key; a bad value must still be unsaved well after. */
const AFTER_AUTOSAVE_MS = 1_500;

interface Item {
  id: string;
  kind: 'refund' | 'adjustment' | 'bill';
  time: string;
  ms: number;
  /** cash_amount settled to the cent (truncated toward zero). */
  cents: bigint;
}

interface Line {
  id: string;
  cents: bigint;
  /** What the item keeps when the line is partial. */
  left: bigint;
  item: Item;
}

/** A customer's invoiceable fee records, in the partner center's order. */
function poolOf(db: Database.Database, customerId: string): Item[] {
  const rows = db
    .prepare(
      `SELECT id, bill_detail_type AS type, coalesce(consume_time, trade_time, bill_cycle || '-01T00:00:00Z') AS time,
              cash_amount AS cash
       FROM fee_records WHERE customer_id = ? AND cash_amount IS NOT NULL`,
    )
    .safeIntegers(true)
    .all(customerId) as { id: string; type: bigint | null; time: string; cash: bigint }[];
  const items = rows
    .map((r): Item => {
      const type = r.type === null ? null : Number(r.type);
      return {
        id: r.id,
        kind: REFUNDS.includes(type!) ? 'refund' : ADJUSTMENTS.includes(type!) ? 'adjustment' : 'bill',
        time: r.time,
        ms: Date.parse(r.time),
        cents: r.cash / 1_000_000n, // 10^-8 units → cents, truncated toward zero
      };
    })
    .filter((i) => i.cents !== 0n);
  // Refunds and credit adjustments (negative) first, then positive adjustments, then bill items; each oldest first.
  const group = (i: Item) => (i.cents < 0n ? 0 : i.kind === 'adjustment' ? 1 : 2);
  return items.sort((a, b) => group(a) - group(b) || a.ms - b.ms || (a.id < b.id ? -1 : 1));
}

/**
 * An amount that takes every refund, at least two whole positive items and half of the
 * next one, and the lines it must give.
 */
function amountFor(pool: Item[]): { amount: bigint; lines: Line[] } {
  const lines: Line[] = [];
  let running = 0n;
  let i = 0;
  for (; i < pool.length && pool[i]!.cents < 0n; i++) {
    running += pool[i]!.cents;
    lines.push({ id: pool[i]!.id, cents: pool[i]!.cents, left: 0n, item: pool[i]! });
  }
  let whole = 0;
  while (running <= 0n || whole < 2 || pool[i]!.cents < 2n) {
    running += pool[i]!.cents;
    lines.push({ id: pool[i]!.id, cents: pool[i]!.cents, left: 0n, item: pool[i]! });
    i++;
    whole++;
  }
  const part = pool[i]!.cents / 2n;
  lines.push({ id: pool[i]!.id, cents: part, left: pool[i]!.cents - part, item: pool[i]! });
  return { amount: running + part, lines };
}

/** The customer with the most refunds and adjustments (few enough for one page of lines). */
function pickCustomer(db: Database.Database): { id: string; name: string } {
  return db
    .prepare(
      `SELECT c.customer_id AS id, c.name FROM customers c JOIN fee_records f ON f.customer_id = c.customer_id
       WHERE c.name IS NOT NULL AND f.cash_amount IS NOT NULL
       GROUP BY c.customer_id
       HAVING sum(f.cash_amount <= -1000000) BETWEEN 2 AND 40 AND sum(f.cash_amount >= 1000000) >= 5
       ORDER BY sum(f.cash_amount <= -1000000) DESC, c.customer_id LIMIT 1`,
    )
    .get() as { id: string; name: string };
}

interface InvoiceRow {
  id: string;
  status: string;
  number: string | null;
  requested: bigint | null;
  total: bigint;
  code: string;
  revision: bigint;
  reason: string | null;
}

function invoiceRow(db: Database.Database, id: string): InvoiceRow {
  return db
    .prepare(
      `SELECT id, status, number, requested_amount AS requested, total_amount AS total, buyer_credit_code AS code,
              revision, void_reason AS reason
       FROM invoices WHERE id = ?`,
    )
    .safeIntegers(true)
    .get(id) as InvoiceRow;
}

const linesOf = (db: Database.Database, id: string) =>
  (
    db
      .prepare('SELECT item_id AS id, amount FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no')
      .safeIntegers(true)
      .all(id) as { id: string; amount: bigint }[]
  ).map((l) => `${l.id} ${fromCents(l.amount / 1_000_000n)}`);

const money = (cents: bigint, language: 'zh-CN' | 'en-US' = 'zh-CN') => formatMoney(fromCents(cents), language);
const units = (cents: bigint) => cents * 1_000_000n;

/** "已保存 · 14:03:22" whatever the time. */
const savedAt = new RegExp(
  zh('invoices.save.saved', { time: 'TIME' })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('TIME', '\\d\\d:\\d\\d:\\d\\d'),
);

const pad = (n: number) => String(n).padStart(2, '0');
/** The renderer's table date: the local calendar day of an ISO time. */
function day(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A valid unified social credit code (GB 32100-2015), built with the check characters. */
function validCode(): string {
  const body = '12345678';
  const first17 = `91350100${body}${organizationCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

const linesTable = (page: Page) => page.getByRole('region', { name: zh('invoices.lines.title') }).getByRole('table');
const bodyRows = (table: Locator) => table.locator('tbody tr.ant-table-row');

/** The reason the matching gives for a line, as the screen words it. */
function reasonOf(line: Line, rank: number): string {
  const time = day(line.item.time);
  if (line.left !== 0n)
    return zh('invoice.reason.partialLast', { taken: money(line.cents), remainder: money(line.left), time });
  if (line.cents < 0n) return zh('invoice.reason.refundFirst', { time });
  if (line.item.kind === 'adjustment') return zh('invoice.reason.adjustmentFirst', { time });
  return zh('invoice.reason.oldestFirst', { rank, time });
}

/** The lines table shows `lines` in order: item, amount taken, why; the last one partial. */
async function expectLines(page: Page, lines: Line[]): Promise<void> {
  const table = linesTable(page);
  await expect(bodyRows(table)).toHaveCount(lines.length);
  let rank = 0;
  for (const [i, line] of lines.entries()) {
    if (line.cents > 0n && line.item.kind === 'bill') rank++;
    const row = bodyRows(table).nth(i);
    await expect(row).toContainText(line.id);
    await expect(row).toContainText(money(line.cents));
    await expect(row).toContainText(reasonOf(line, rank));
  }
  const partial = bodyRows(table).last();
  await expect(partial).toContainText(zh('invoices.line.partial'));
  await expect(partial).toContainText(money(lines[lines.length - 1]!.left));
}

/** What is left of the pool once `lines` are taken (a partly taken item keeps its remainder). */
function poolAfter(pool: Item[], lines: Line[]): Item[] {
  const taken = new Map(lines.map((l) => [l.id, l.cents]));
  return pool.map((i) => ({ ...i, cents: i.cents - (taken.get(i.id) ?? 0n) })).filter((i) => i.cents !== 0n);
}

/** A synced app, and the customer the tests invoice with their pool. */
async function syncedCustomer(f: Parameters<typeof openSyncedApp>[0]) {
  await openSyncedApp(f);
  return readDb(f.dataDir, (db) => {
    const customer = pickCustomer(db);
    return { customer, pool: poolOf(db, customer.id) };
  });
}

test.describe('invoices', () => {
  test('specified amount: matched lines as the rule says, autosaved, restored after a reload, issued, voided', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 150_000);
    const errors = consoleErrors(page);
    const { customer, pool } = await syncedCustomer({ page, dataDir, launchHost, openApp });
    const { amount, lines } = amountFor(pool);
    expect(lines.length).toBeLessThanOrEqual(100);

    const id = await newDraftFor(page, customer);
    expect(readDb(dataDir, (db) => invoiceRow(db, id)).status).toBe('draft');

    // The amount, typed the way a rep may: grouped, one decimal.
    const typed = money(amount).replace(/^¥/, '').replace(/0$/, '');
    await page.getByLabel(zh('invoices.amount.label')).fill(typed);

    // The live preview: every refund and adjustment, then the oldest items, the last in part.
    await expectLines(page, lines);
    const summary = page.getByRole('region', { name: zh('invoices.lines.title') });
    await expect(summary).toContainText(money(amount));

    // Autosaved within a second: the draft row and its lines in the database.
    await expect(page.getByRole('status').filter({ hasText: savedAt })).toBeVisible();
    await expect
      .poll(() => readDb(dataDir, (db) => invoiceRow(db, id).requested), { timeout: 5_000 })
      .toBe(units(amount));
    const saved = readDb(dataDir, (db) => ({ row: invoiceRow(db, id), lines: linesOf(db, id) }));
    expect(saved.row.total).toBe(units(amount));
    expect(saved.lines).toEqual(lines.map((l) => `${l.id} ${fromCents(l.cents)}`));
    await shoot(page, 'invoice-draft-zh.png');

    // A reload (the app reopened): the draft as it was saved.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: zh('invoices.editor.draftTitle') })).toBeVisible();
    await expect(page.getByLabel(zh('invoices.amount.label'))).toHaveValue(fromCents(amount));
    await expect(bodyRows(linesTable(page))).toHaveCount(lines.length);

    // Issue: a valid credit code first (the shared rule wants one), then the confirmation.
    await page.getByLabel(zh('invoices.buyer.creditCode')).fill(validCode());
    await expect(page.getByText(zh('invoices.buyer.creditCodeOk'))).toBeVisible();
    await expect.poll(() => readDb(dataDir, (db) => invoiceRow(db, id).code), { timeout: 5_000 }).toBe(validCode());
    await page.getByRole('button', { name: zh('invoices.action.issue') }).click();
    const confirm = page.getByRole('dialog', { name: zh('invoices.action.issueTitle') });
    await expect(confirm).toContainText(money(amount));
    await confirm.getByRole('button', { name: zh('invoices.action.issueOk') }).click();
    await expect.poll(() => readDb(dataDir, (db) => invoiceRow(db, id).status), { timeout: 10_000 }).toBe('issued');
    const number = readDb(dataDir, (db) => invoiceRow(db, id).number)!;
    expect(number).toMatch(/^PW-\d{8}$/);
    await expect(page.getByRole('heading', { level: 1, name: zh('invoices.editor.title', { number }) })).toBeVisible();
    await expect(page.getByText(zh('invoices.readOnly.issued'))).toBeVisible();
    await expect(page.getByLabel(zh('invoices.amount.label'))).toHaveCount(0);
    expect(readDb(dataDir, (db) => linesOf(db, id))).toEqual(saved.lines);
    await shoot(page, 'invoice-issued-zh.png');

    // The printable statement: downloaded, page 1 rendered to PNG, the text is there.
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: zh('invoices.action.pdf') }).click();
    const pdfPath = path.join(dataDir, 'statement.pdf');
    await (await pdfDownload).saveAs(pdfPath);
    expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(number);
    expect(text).toContain(customer.name); // the buyer name starts as the customer's
    expect(text).toContain(pool.find((i) => i.id === lines[0]!.id)!.id.slice(0, 8)); // the first matched item
    // The total is under the last line, on the last page.
    const whole = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(whole).toContain(money(amount).replace(/\s+/g, ''));
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', pdfPath, path.join(dataDir, 'statement')]);
    const png = fs.readdirSync(dataDir).find((f) => /^statement-0*1\.png$/.test(f));
    expect(png, 'page 1 rendered').toBeTruthy();
    // A blank page compresses to almost nothing; a rendered statement with text does not.
    expect(fs.statSync(path.join(dataDir, png!)).size).toBeGreaterThan(8_000);

    // Void: a reason is required, then it is released.
    await page.getByRole('button', { name: zh('invoices.action.void'), exact: true }).click();
    const voiding = page.getByRole('dialog', { name: zh('invoices.action.voidTitle', { number }) });
    await voiding.getByRole('button', { name: zh('invoices.action.voidOk') }).click();
    await expect(voiding.getByText(zh('invoices.error.voidReason'))).toBeVisible();
    expect(readDb(dataDir, (db) => invoiceRow(db, id).status)).toBe('issued');
    await voiding.getByLabel(zh('invoices.action.voidReason')).fill('客户要求更换抬头');
    await voiding.getByRole('button', { name: zh('invoices.action.voidOk') }).click();
    await expect.poll(() => readDb(dataDir, (db) => invoiceRow(db, id).status), { timeout: 10_000 }).toBe('voided');
    expect(readDb(dataDir, (db) => invoiceRow(db, id).reason)).toBe('客户要求更换抬头');
    await expect(page.getByText(zh('invoices.readOnly.voided'))).toBeVisible();
    const audit = page.getByRole('region', { name: zh('invoices.audit.title') });
    for (const action of ['create', 'save', 'issue', 'void'] as const)
      await expect(audit.getByText(zh(`invoices.audit.${action}`), { exact: true }).first()).toBeVisible();

    // The list: under "voided", with its number, customer and total.
    await page.getByRole('link', { name: zh('invoices.editor.back') }).click();
    await page.getByRole('tab', { name: new RegExp(`^${zh('invoices.tab.voided')}`) }).click();
    const row = page
      .getByRole('table', { name: zh('invoices.table') })
      .locator('tbody tr.vt-row')
      .first();
    await expect(row).toContainText(number);
    await expect(row).toContainText(customer.name);
    await expect(row).toContainText(money(amount));
    expect(errors).toEqual([]);
  });

  test('bad amounts and a bad credit code are explained at the field and save nothing; English', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 120_000);
    const errors = consoleErrors(page);
    const { customer, pool } = await syncedCustomer({ page, dataDir, launchHost, openApp });
    const max = pool.reduce((s, i) => s + i.cents, 0n);

    // "New invoice" from the list: search the customer by name, pick the type.
    await route(page, '#/invoices');
    await page
      .getByRole('button', { name: zh('invoices.new') })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: zh('invoices.new.title') });
    await dialog.getByRole('button', { name: zh('invoices.new.create') }).click();
    await expect(dialog.getByText(zh('invoices.new.customerRequired'))).toBeVisible();
    await dialog.getByRole('combobox', { name: zh('orders.filter.customer') }).fill(customer.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: customer.name })
      .click();
    await dialog.getByRole('radio', { name: zh('invoices.type.special') }).check();
    await dialog.getByRole('button', { name: zh('invoices.new.create') }).click();
    await expect(page).toHaveURL(/#\/invoices\/[0-9a-f-]{36}$/);
    const id = invoiceIdOf(page);
    await expect(page.getByText(zh('invoices.buyer.specialNote'))).toBeVisible();

    // A good amount first: that is the state the bad ones must leave alone.
    const field = page.getByLabel(zh('invoices.amount.label'));
    await field.fill('100');
    await expect
      .poll(() => readDb(dataDir, (db) => invoiceRow(db, id).requested), { timeout: 5_000 })
      .toBe(units(10_000n));
    const before = readDb(dataDir, (db) => ({ row: invoiceRow(db, id), lines: linesOf(db, id) }));

    const bad: [string, string][] = [
      ['1e3', zh('money.error.exponent', { text: '1e3' })],
      ['0', zh('money.error.zero')],
      ['-5', zh('money.error.negative')],
      ['1.234', zh('money.error.tooManyDecimals', { max: 2, decimals: 3 })],
      [fromCents(max + 1n), zh('invoice.match.aboveAvailable', { requested: money(max + 1n), max: money(max) })],
    ];
    for (const [text, message] of bad) {
      await field.fill(text);
      await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await page.waitForTimeout(AFTER_AUTOSAVE_MS);
      await expect(page.getByText(zh('invoices.save.invalid'))).toBeVisible();
      expect(readDb(dataDir, (db) => ({ row: invoiceRow(db, id), lines: linesOf(db, id) }))).toEqual(before);
    }
    // Above the maximum, the way out: invoice the maximum.
    await shoot(page, 'invoice-above-max-zh.png');
    await page.getByRole('button', { name: zh('invoices.amount.useMax') }).click();
    await expect(field).toHaveValue(fromCents(max));
    await expect.poll(() => readDb(dataDir, (db) => invoiceRow(db, id).requested), { timeout: 5_000 }).toBe(units(max));
    const atMax = readDb(dataDir, (db) => invoiceRow(db, id));

    // A credit code: too short (said when the field is left), then a wrong check character.
    const code = page.getByLabel(zh('invoices.buyer.creditCode'));
    await code.fill('9135');
    await code.blur();
    await expect(page.getByText(zh('invoice.uscc.length', { length: 4 }), { exact: true })).toBeVisible();
    const good = validCode();
    const wrong = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    await code.fill(wrong);
    await expect(page.getByText(zh('invoice.uscc.check'), { exact: true })).toBeVisible();
    await page.waitForTimeout(AFTER_AUTOSAVE_MS);
    expect(readDb(dataDir, (db) => invoiceRow(db, id))).toEqual(atMax);

    // Issuing a special VAT invoice without the buyer's address, phone, bank and account: said before asking.
    await code.fill(good);
    await expect.poll(() => readDb(dataDir, (db) => invoiceRow(db, id).code), { timeout: 5_000 }).toBe(good);
    await page.getByRole('button', { name: zh('invoices.action.issue') }).click();
    const blocked = page.getByRole('alert').filter({ hasText: zh('invoices.action.issueBlocked') });
    await expect(blocked).toContainText(zh('invoice.validation.addressRequired'));
    await expect(blocked).toContainText(zh('invoice.validation.bankAccountRequired'));
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(readDb(dataDir, (db) => invoiceRow(db, id).status)).toBe('draft');

    // English: the same refusals, in English.
    await field.fill('1e3');
    await toEnglish(page);
    await expect(page.getByText(en('money.error.exponent', { text: '1e3' }), { exact: true })).toBeVisible();
    await expect(page.getByLabel(en('invoices.buyer.creditCode'))).toBeVisible();
    await expect(page.getByText(en('invoices.save.invalid'))).toBeVisible();
    await page
      .getByRole('radiogroup', { name: en('invoices.mode') })
      .getByText(en('invoices.mode.pick'))
      .click();
    await expect(page.getByRole('region', { name: en('invoices.pick.table') })).toBeVisible();
    await shoot(page, 'invoice-pick-en.png');
    expect(errors).toEqual([]);
  });
  test('two drafts for one customer: the second is matched on what the first left; a draft is deleted', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 120_000);
    const errors = consoleErrors(page);
    const { customer, pool } = await syncedCustomer({ page, dataDir, launchHost, openApp });
    const first = amountFor(pool);
    const rest = poolAfter(pool, first.lines);
    const second = amountFor(rest);
    const amountField = () => page.getByLabel(zh('invoices.amount.label'));

    const a = await newDraftFor(page, customer);
    await amountField().fill(fromCents(first.amount));
    await expect
      .poll(() => readDb(dataDir, (db) => linesOf(db, a)), { timeout: 5_000 })
      .toHaveLength(first.lines.length);

    // The second draft: what the first took is not offered again; its partial item goes on from the remainder.
    const b = await newDraftFor(page, customer);
    const left = rest.reduce((sum, i) => sum + i.cents, 0n);
    await expect(page.getByText(zh('invoices.amount.available', { amount: money(left) }))).toBeVisible();
    await amountField().fill(fromCents(second.amount));
    await expectLines(page, second.lines);
    await expect
      .poll(() => readDb(dataDir, (db) => linesOf(db, b)), { timeout: 5_000 })
      .toEqual(second.lines.map((l) => `${l.id} ${fromCents(l.cents)}`));
    expect(second.lines[0]!.id).toBe(first.lines[first.lines.length - 1]!.id);

    // Delete the first draft (after a confirmation): gone from the database and the list.
    await route(page, `#/invoices/${a}`);
    await expect(bodyRows(linesTable(page))).toHaveCount(first.lines.length);
    await page.getByRole('button', { name: zh('invoices.action.delete') }).click();
    await page
      .getByRole('dialog', { name: zh('invoices.action.deleteTitle') })
      .getByRole('button', { name: zh('invoices.action.deleteOk') })
      .click();
    await expect(page).toHaveURL(/#\/invoices$/);
    expect(readDb(dataDir, (db) => db.prepare('SELECT count(*) FROM invoices WHERE id = ?').pluck().get(a))).toBe(0);
    const rows = page.getByRole('table', { name: zh('invoices.table') }).locator('tbody tr.vt-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(money(second.amount));
    expect(errors).toEqual([]);
  });

  test('the number prefix: refused when malformed, previewed, kept for the next issue', async ({
    page,
    host,
    openApp,
    dataDir,
  }) => {
    const errors = consoleErrors(page);
    await openApp(page, host);
    await route(page, '#/invoices');
    await page.getByRole('button', { name: zh('invoices.numbering.open') }).click();
    const dialog = page.getByRole('dialog', { name: zh('invoices.numbering.title') });
    const field = dialog.getByLabel(zh('invoices.numbering.prefix'));
    await expect(field).toHaveValue('PW-');
    await expect(dialog).toContainText(zh('invoices.numbering.next', { number: 'PW-00000001' }));
    await field.fill('发票#1');
    await expect(dialog.getByText(zh('invoices.error.prefix'))).toBeVisible();
    await expect(dialog.getByRole('button', { name: zh('invoices.numbering.save') })).toBeDisabled();
    await field.fill('HW-2026-');
    await expect(dialog).toContainText(zh('invoices.numbering.next', { number: 'HW-2026-00000001' }));
    await dialog.getByRole('button', { name: zh('invoices.numbering.save') }).click();
    await expect(dialog).toBeHidden();
    expect(readDb(dataDir, (db) => db.prepare('SELECT prefix, next_number AS n FROM invoice_sequences').all())).toEqual(
      [{ prefix: 'HW-2026-', n: 1 }],
    );
    await page.getByRole('button', { name: zh('invoices.numbering.open') }).click();
    await expect(
      page.getByRole('dialog', { name: zh('invoices.numbering.title') }).getByLabel(zh('invoices.numbering.prefix')),
    ).toHaveValue('HW-2026-');
    expect(errors).toEqual([]);
  });
});
