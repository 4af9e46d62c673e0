import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { realPdf, realPng, fakeExe } from '../integration/certificates-fixtures';
import { unzip } from '../integration/certificates-zip';
import { consoleErrors, readDb, route } from './browse';
import { test, expect } from './fixtures';
import { zh } from './i18n';

/**
 * Certificates on the browser host, through the real screen: add a personal certificate
 * with a PDF (a renamed program is refused first), view it inside the app (pdf.js draws the
 * page), transfer it A → B and undo, add a company certificate by dropping a PNG, export a
 * bid pack of both and read the ZIP back. The database is the second opinion.
 */

const formDialog = (page: Page) => page.getByRole('dialog', { name: zh('certificates.form.title.add') });

async function openForm(page: Page) {
  await page
    .getByRole('button', { name: zh('certificates.add') })
    .first()
    .click();
  await expect(formDialog(page)).toBeVisible();
  return formDialog(page);
}

test.describe('certificates', () => {
  test('add with a PDF, view it, transfer and undo, drop a PNG, export a bid pack and check the ZIP', async ({
    page,
    host,
    openApp,
    dataDir,
  }) => {
    test.setTimeout(180_000);
    const errors = consoleErrors(page);
    await openApp(page, host);
    await route(page, '#/certificates');
    await expect(page.getByRole('heading', { level: 1, name: zh('section.certificates.title') })).toBeVisible();
    await expect(page.getByText(zh('certificates.empty'))).toBeVisible();

    const files = path.join(dataDir, '..', `${path.basename(dataDir)}-files`);
    fs.mkdirSync(files, { recursive: true });
    const pdf = realPdf('HCIP Datacom E2E');
    const png = realPng(120, 80);
    fs.writeFileSync(path.join(files, 'hcip.pdf'), pdf);
    fs.writeFileSync(path.join(files, 'renamed.pdf'), fakeExe());

    // A personal certificate, bound to acct-a, with its PDF.
    let form = await openForm(page);
    await form.getByText(zh('certificates.scope.personal'), { exact: true }).click();
    await form.getByLabel(zh('certificates.form.track')).fill('Datacom');
    await form.getByLabel(zh('certificates.form.holder')).fill('张三');
    await form.getByLabel(zh('certificates.form.number')).fill('HCIP-E2E-1');
    await form.getByLabel(zh('certificates.form.issueDate')).fill('2025-01-01');
    await form.getByLabel(zh('certificates.form.expiryDate')).fill('2028-01-01');
    await form.getByLabel(zh('certificates.form.account')).fill('acct-a');
    const chooser = form.getByLabel(zh('certificates.form.chooseFile'));
    await chooser.setInputFiles(path.join(files, 'renamed.pdf'));
    await expect(form.getByRole('alert')).toHaveText(zh('certificates.error.fileExecutable'));
    await chooser.setInputFiles(path.join(files, 'hcip.pdf'));
    await expect(form.getByRole('status').filter({ hasText: 'hcip.pdf' })).toBeVisible();
    await form.getByRole('button', { name: zh('certificates.save') }).click();
    await expect(form).toBeHidden();

    // Saved: the drawer shows it, the list has it, the database holds it with its file.
    const drawer = page.getByRole('dialog', { name: '张三 · HCIP-E2E-1' });
    await expect(drawer).toBeVisible();
    const table = page.getByRole('table', { name: zh('certificates.table') });
    await expect(table.getByRole('row').filter({ hasText: 'HCIP-E2E-1' })).toBeVisible();
    const row = readDb(dataDir, (db) =>
      db.prepare("SELECT id, account, file_mime, file_bytes FROM certificates WHERE number = 'HCIP-E2E-1'").get(),
    ) as { id: string; account: string; file_mime: string; file_bytes: number };
    expect(row).toMatchObject({ account: 'acct-a', file_mime: 'application/pdf', file_bytes: pdf.length });

    // View: pdf.js draws the page on a canvas inside the app (no plugin, no network).
    await drawer.getByRole('button', { name: zh('certificates.detail.view') }).click();
    const viewer = page.getByRole('dialog', { name: new RegExp(zh('certificates.viewer.title')) });
    const pageImg = viewer.getByRole('img', { name: zh('certificates.viewer.page', { page: 1, pages: 1 }) });
    await expect(pageImg).toBeVisible({ timeout: 30_000 });
    const ink = await pageImg.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 128 && d[i + 3]! > 0) dark++;
      return { dark, w: canvas.width, h: canvas.height };
    });
    expect(ink.w).toBeGreaterThan(500);
    expect(ink.dark).toBeGreaterThan(100); // the text is drawn
    await expect(viewer.getByRole('button', { name: zh('certificates.detail.print') })).toBeEnabled();
    await viewer
      .getByRole('button', { name: zh('certificates.detail.close') })
      .last()
      .click();
    await expect(viewer).toBeHidden();

    // Transfer A → B with a date and a note.
    await drawer.getByRole('button', { name: zh('certificates.detail.transfer') }).click();
    const move = page.getByRole('dialog', { name: zh('certificates.transfer.title') });
    await move.getByLabel(zh('certificates.transfer.account')).fill('acct-b');
    await move.getByLabel(zh('certificates.transfer.date')).fill('2026-03-01');
    await move.getByLabel(zh('certificates.transfer.note')).fill('调岗');
    await move.getByRole('button', { name: zh('certificates.transfer.confirm') }).click();
    await expect(move).toBeHidden();
    const history = drawer.getByRole('table', { name: zh('certificates.detail.history') });
    await expect(history.getByRole('row').filter({ hasText: zh('certificates.history.transfer') })).toContainText(
      '2026-03-01',
    );
    await expect(history.getByRole('row').filter({ hasText: '调岗' })).toContainText('acct-b');
    expect(
      readDb(dataDir, (db) => db.prepare('SELECT account FROM certificates WHERE id = ?').pluck().get(row.id)),
    ).toBe('acct-b');

    // Undo: a new history entry, back to acct-a.
    await drawer.getByRole('button', { name: zh('certificates.detail.undo') }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: zh('certificates.detail.undo') })
      .click();
    await expect(history.getByRole('row').filter({ hasText: zh('certificates.history.undo') })).toBeVisible();
    await expect
      .poll(() =>
        readDb(dataDir, (db) => db.prepare('SELECT account FROM certificates WHERE id = ?').pluck().get(row.id)),
      )
      .toBe('acct-a');
    expect(
      readDb(dataDir, (db) =>
        db.prepare('SELECT action FROM certificate_history WHERE certificate_id = ? ORDER BY id').pluck().all(row.id),
      ),
    ).toEqual(['created', 'bind', 'file', 'transfer', 'undo']);
    await drawer.getByRole('button', { name: zh('certificates.detail.close') }).click(); // antd's own close, 关闭 too;
    await expect(drawer).toBeHidden();

    // A company certificate whose PNG is dropped onto the file area.
    form = await openForm(page);
    await form.getByLabel(zh('certificates.form.solution')).fill('智慧园区云平台');
    await form.getByLabel(zh('certificates.form.number')).fill('CS-E2E-2');
    await form.getByLabel(zh('certificates.form.issueDate')).fill('2025-03-01');
    await form.getByLabel(zh('certificates.form.expiryDate')).fill('2027-03-01');
    const drop = form.getByRole('button', { name: zh('certificates.form.file') });
    const transfer = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'scan.png', { type: 'image/png' }));
      return dt;
    }, png.toString('base64'));
    await drop.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(form.getByRole('status').filter({ hasText: 'scan.png' })).toBeVisible();
    await form.getByRole('button', { name: zh('certificates.save') }).click();
    await expect(form).toBeHidden();
    const companyDrawer = page.getByRole('dialog', { name: '智慧园区云平台 · CS-E2E-2' });
    await companyDrawer.getByRole('button', { name: zh('certificates.detail.view') }).click();
    const imageViewer = page.getByRole('dialog', { name: new RegExp(zh('certificates.viewer.title')) });
    await expect(imageViewer.getByRole('img', { name: 'scan.png' })).toBeVisible();
    expect(
      await imageViewer.getByRole('img', { name: 'scan.png' }).evaluate((i) => (i as HTMLImageElement).naturalWidth),
    ).toBe(120);
    await imageViewer
      .getByRole('button', { name: zh('certificates.detail.close') })
      .last()
      .click();
    await companyDrawer.getByRole('button', { name: zh('certificates.detail.close') }).click(); // antd's own close, 关闭 too;

    // Filters: personal only, then expiring within 90 days (none).
    await page.getByRole('searchbox', { name: zh('certificates.search') }).fill('CS-E2E');
    await expect(table.getByRole('row').filter({ hasText: 'HCIP-E2E-1' })).toBeHidden();
    await expect(table.getByRole('row').filter({ hasText: 'CS-E2E-2' })).toBeVisible();
    await page.getByRole('searchbox', { name: zh('certificates.search') }).fill('');
    await expect(table.getByRole('row').filter({ hasText: 'HCIP-E2E-1' })).toBeVisible();

    // The bid pack of both: a ZIP with their files, byte for byte, and the index PDF.
    for (const n of ['HCIP-E2E-1', 'CS-E2E-2'])
      await table.getByRole('checkbox', { name: `${zh('certificates.select')} ${n}` }).check();
    await page.getByRole('button', { name: new RegExp(zh('certificates.bidPack')) }).click();
    const pack = page.getByRole('dialog', { name: zh('certificates.bidPack.title') });
    await pack.getByLabel(zh('certificates.bidPack.name')).fill('E2E 投标');
    const downloading = page.waitForEvent('download');
    await pack.getByRole('button', { name: zh('certificates.bidPack.confirm') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zipFile = path.join(files, download.suggestedFilename());
    await download.saveAs(zipFile);
    const entries = await unzip(zipFile);
    const names = [...entries.keys()].sort();
    expect(names).toHaveLength(3);
    expect(names).toContain('index.pdf');
    expect(entries.get(names.find((n) => n.includes('HCIP-E2E-1'))!)!.equals(pdf)).toBe(true);
    expect(entries.get(names.find((n) => n.includes('CS-E2E-2'))!)!.equals(png)).toBe(true);
    expect(entries.get('index.pdf')!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(pack).toBeHidden();

    expect(errors).toEqual([]);
    fs.rmSync(files, { recursive: true, force: true });
  });
});
