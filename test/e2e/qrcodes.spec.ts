import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { codeLink } from '../../shared/qrcodes/link';
import { DEFAULT_LAYOUT } from '../../shared/qrcodes/layout';
import { decodeSheetPdf, pdfPageCount } from '../support/qr-decode';
import { consoleErrors, dataRows, openSyncedApp, readDb, route, shoot, toEnglish } from './browse';
import { test, expect } from './fixtures';
import { en, zh } from './i18n';

/**
 * The QR codes screen on synced sandbox data (whose customers carry labels such as EXPO-001
 * and EXPO-012), with the database as the second opinion: the expansion link refused then
 * saved, a batch previewed, refused and created, what each code brought, the print view's
 * live preview after a layout change, the exported PDF read back (every code decodes to its
 * link), archiving, the customer page's "brought by", and the English screen.
 */
const LINK = 'https://partner.example.com/expansion?bp=77&tag={tag}';

const codeCount = (dataDir: string, where = '1') =>
  readDb(dataDir, (db) => db.prepare(`SELECT count(*) FROM qr_codes WHERE ${where}`).pluck().get() as number);

async function fill(scope: Locator, label: string, value: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
}

test('QR codes: link, batch, attribution, print preview, PDF, archive, customer page, English', async ({
  page,
  dataDir,
  launchHost,
  openApp,
}) => {
  test.setTimeout(180_000);
  const errors = consoleErrors(page);
  await openSyncedApp({ page, dataDir, launchHost, openApp });
  await route(page, '#/qrcodes');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: zh('section.qrcodes.title') })).toBeVisible();
  await expect(main.getByText(zh('qrcodes.empty'))).toBeVisible();

  // The link: refused (javascript:, http:) with the reason, nothing saved; then an https link with {tag}.
  const setup = main.getByRole('region', { name: zh('qrcodes.setup.title') });
  for (const [bad, scheme] of [
    ['javascript:alert(1)', 'javascript'],
    ['http://partner.example.com/?tag={tag}', 'http'],
  ] as const) {
    await fill(setup, zh('qrcodes.setup.link'), bad);
    await setup.getByRole('button', { name: zh('qrcodes.setup.save') }).click();
    await expect(setup.getByRole('alert')).toHaveText(zh('qrcodes.error.linkNotHttps', { scheme }));
  }
  expect(readDb(dataDir, (db) => db.prepare('SELECT count(*) FROM qr_links').pluck().get())).toBe(0);
  await fill(setup, zh('qrcodes.setup.link'), `  ${LINK} `);
  await fill(setup, zh('qrcodes.setup.partnerName'), '华云伙伴');
  await setup.getByRole('button', { name: zh('qrcodes.setup.save') }).click();
  await expect(setup.getByTestId('qr-link')).toHaveText(LINK);
  expect(readDb(dataDir, (db) => db.prepare('SELECT link FROM qr_links').pluck().get())).toBe(LINK);

  // A batch: the tags previewed, a slash refused before asking, then EXPO-001 … EXPO-040.
  await main
    .getByRole('button', { name: zh('qrcodes.newBatch') })
    .first()
    .click();
  const batch = page.getByRole('dialog', { name: zh('qrcodes.batch.title') });
  const preview = batch.getByRole('status', { name: zh('qrcodes.batch.previewLabel') });
  await expect(preview).toHaveText(zh('qrcodes.batch.preview', { count: 40, first: 'EXPO-001', last: 'EXPO-040' }));
  await fill(batch, zh('qrcodes.batch.prefix'), 'EXPO/');
  await expect(batch.getByRole('alert')).toContainText(zh('qrcodes.error.tag.badChar', { char: '/' }));
  await expect(batch.getByRole('button', { name: zh('qrcodes.batch.create') })).toBeDisabled();
  await fill(batch, zh('qrcodes.batch.prefix'), 'EXPO-');
  await fill(batch, zh('qrcodes.form.campaign'), 'HDC 2026');
  await fill(batch, zh('qrcodes.form.owner'), '王芳');
  await batch.getByRole('button', { name: zh('qrcodes.batch.create') }).click();
  await expect(batch).toBeHidden();
  await expect(main.getByText(zh('qrcodes.count', { count: '40' }))).toBeVisible();
  expect(codeCount(dataDir)).toBe(40);

  // A second batch that collides with the first: the core refuses all of it, nothing is created.
  await main
    .getByRole('button', { name: zh('qrcodes.newBatch') })
    .first()
    .click();
  await fill(batch, zh('qrcodes.batch.from'), '35');
  await fill(batch, zh('qrcodes.batch.count'), '10');
  await batch.getByRole('button', { name: zh('qrcodes.batch.create') }).click();
  await expect(batch.getByRole('alert')).toContainText(zh('qrcodes.error.tag.exists'));
  expect(codeCount(dataDir)).toBe(40);
  await batch.getByRole('button', { name: zh('qrcodes.form.cancel') }).click();

  // Attribution: each code's customers, as the database counts customers with its label.
  const table = main.getByRole('table', { name: zh('qrcodes.table') });
  const labelled = readDb(dataDir, (db) =>
    db
      .prepare("SELECT label, count(*) AS n FROM customers WHERE label LIKE 'EXPO-0%' GROUP BY label ORDER BY n DESC")
      .all(),
  ) as { label: string; n: number }[];
  expect(labelled.length, 'the sandbox labels some customers EXPO-0xx').toBeGreaterThan(0);
  await main.getByRole('searchbox', { name: zh('qrcodes.search') }).fill(labelled[0]!.label);
  await expect(dataRows(table)).toHaveCount(1);
  const row = dataRows(table).first();
  await expect(row.getByRole('cell').nth(6)).toHaveText(String(labelled[0]!.n));
  await row.getByRole('cell').nth(2).click();
  const drawer = page.getByRole('dialog', { name: labelled[0]!.label });
  await expect(drawer.getByRole('img', { name: new RegExp(labelled[0]!.label) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await main.getByRole('searchbox', { name: zh('qrcodes.search') }).fill('');
  await expect(dataRows(table)).not.toHaveCount(1);

  // In the list's order: newest first, then by tag.
  const listed = readDb(dataDir, (db) =>
    db.prepare('SELECT tag FROM qr_codes ORDER BY created_at DESC, tag COLLATE NOCASE, id').pluck().all(),
  ) as string[];
  // The print view of all 40: 8-up by default, then 24-up — the preview follows at once.
  await main.getByRole('button', { name: zh('qrcodes.print') }).click();
  const print = page.getByRole('dialog', { name: zh('qrcodes.sheet.title') });
  const sheet = print.getByRole('region', { name: zh('qrcodes.sheet.preview') });
  await expect(print.getByRole('status')).toContainText(zh('qrcodes.sheet.pages', { codes: 40, pages: 5 }));
  await expect(sheet.getByRole('img')).toHaveCount(8);
  await print.getByRole('radio', { name: zh('qrcodes.sheet.24up') }).check();
  await expect(print.getByRole('status')).toContainText(zh('qrcodes.sheet.pages', { codes: 40, pages: 2 }));
  await expect(sheet.getByRole('img')).toHaveCount(24);
  await expect(sheet.getByRole('img').first()).toHaveAttribute('data-link', codeLink(LINK, listed[0]!));
  // A custom grid whose code does not fit is refused with the size that fits.
  await print.getByRole('radio', { name: zh('qrcodes.sheet.custom') }).check();
  await fill(print, zh('qrcodes.sheet.rows'), '12');
  await page.keyboard.press('Tab');
  await expect(sheet.getByRole('alert')).toContainText(/mm/);
  await expect(print.getByRole('button', { name: zh('qrcodes.sheet.pdf') })).toBeDisabled();
  await print.getByRole('radio', { name: zh('qrcodes.sheet.24up') }).check();
  await expect(sheet.getByRole('img')).toHaveCount(24);
  await shoot(page, 'qrcodes-print-zh.png');

  // The PDF: downloaded, two A4 pages, every code decodes to its own link, in the list's order.
  const download = page.waitForEvent('download');
  await print.getByRole('button', { name: zh('qrcodes.sheet.pdf') }).click();
  const pdf = path.join(dataDir, 'sheet.pdf');
  await (await download).saveAs(pdf);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPageCount(pdf)).toBe(2);
  const decoded = decodeSheetPdf(pdf, { ...DEFAULT_LAYOUT, sheet: '24up' }, 40);
  expect(decoded).toEqual(listed.map((tag) => codeLink(LINK, tag)));
  await print
    .getByRole('button', { name: zh('qrcodes.sheet.close') })
    .last()
    .click();
  // The layout is kept for the profile.
  await expect
    .poll(() => readDb(dataDir, (db) => db.prepare('SELECT spec FROM qr_layouts').pluck().get() as string | undefined))
    .toContain('"sheet":"24up"');

  // Archive a code: it leaves the active list and shows under "archived".
  await main.getByRole('searchbox', { name: zh('qrcodes.search') }).fill('EXPO-040');
  await expect(dataRows(table)).toHaveCount(1);
  await dataRows(table).first().getByRole('cell').nth(2).click();
  const code = page.getByRole('dialog', { name: 'EXPO-040' });
  await code.getByRole('button', { name: zh('qrcodes.archive') }).click();
  await expect(code.getByRole('button', { name: zh('qrcodes.unarchive') })).toBeVisible();
  expect(codeCount(dataDir, "tag = 'EXPO-040' AND archived_at IS NOT NULL")).toBe(1);
  await page.keyboard.press('Escape');
  await expect(code).toBeHidden();
  await expect(main.getByText(zh('qrcodes.emptyFiltered'))).toBeVisible();
  await main.getByRole('tab', { name: zh('qrcodes.status.archived') }).click();
  await expect(dataRows(table)).toHaveCount(1);
  await main.getByRole('tab', { name: zh('qrcodes.status.active') }).click();
  await main.getByRole('searchbox', { name: zh('qrcodes.search') }).fill('');
  await expect(main.getByText(zh('qrcodes.count', { count: '39' }))).toBeVisible();

  // The customer page says which code brought the customer.
  const customer = readDb(dataDir, (db) =>
    db.prepare('SELECT customer_id FROM customers WHERE label = ? LIMIT 1').pluck().get(labelled[0]!.label),
  ) as string;
  await route(page, `#/customers/${encodeURIComponent(customer)}`);
  const related = page.getByRole('region', { name: zh('customer.related.title') });
  await expect(related).toContainText(
    zh('qrcodes.customer.broughtBy', { name: labelled[0]!.label, tag: labelled[0]!.label }),
  );
  await related.getByRole('link', { name: zh('qrcodes.customer.open') }).click();
  await expect(page.getByRole('dialog', { name: labelled[0]!.label })).toBeVisible();
  await page.keyboard.press('Escape');

  // English: the screen, its tabs and the count follow.
  await toEnglish(page);
  await expect(main.getByRole('heading', { level: 1, name: en('section.qrcodes.title') })).toBeVisible();
  await expect(main.getByRole('tab', { name: en('qrcodes.status.archived') })).toBeVisible();
  await expect(main.getByText(en('qrcodes.count', { count: '39' }))).toBeVisible();
  await expect(main.getByRole('region', { name: en('qrcodes.setup.title') })).toBeVisible();
  await main.getByRole('button', { name: en('qrcodes.print') }).click();
  await expect(page.getByRole('dialog', { name: en('qrcodes.sheet.title') })).toBeVisible();
  await shoot(page, 'qrcodes-print-en.png');
  expect(errors).toEqual([]);
});
