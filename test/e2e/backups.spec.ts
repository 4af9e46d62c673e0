import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { consoleErrors, openSyncedApp, readDb, route, SYNC_TIMEOUT } from './browse';
import { test, expect } from './fixtures';
import { zh } from './i18n';
import { newDraftFor } from './invoice-steps';

/**
 * The Backups card of Sync & settings on a synced sandbox, the database as the second
 * opinion: a manual backup is listed, the local data is exported as a download, and
 * importing it brings back a draft deleted since — only after the preview is confirmed;
 * cancelling the preview and a file that is not a backup change nothing.
 */

const backupsCard = (page: Page) =>
  page.locator('.backups-card').filter({ has: page.getByRole('heading', { level: 2, name: zh('backups.title') }) });

const draftCount = (dataDir: string, id: string) =>
  readDb(dataDir, (db) =>
    db.prepare("SELECT count(*) FROM invoices WHERE id = ? AND status = 'draft'").pluck().get(id),
  );

test.describe('backups', () => {
  test('back up now, export, and import a deleted draft back after the preview; cancel and a bad file change nothing', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    test.setTimeout(SYNC_TIMEOUT + 120_000);
    const errors = consoleErrors(page);
    await openSyncedApp({ page, dataDir, launchHost, openApp });
    const customer = readDb(
      dataDir,
      (db) =>
        db
          .prepare('SELECT customer_id AS id, name FROM customers WHERE name IS NOT NULL ORDER BY customer_id LIMIT 1')
          .get() as { id: string; name: string },
    );
    const id = await newDraftFor(page, customer);
    await expect.poll(() => draftCount(dataDir, id)).toBe(1);

    // Back up now: the list gains a manual copy.
    await route(page, '#/sync');
    const card = backupsCard(page);
    await card.getByRole('button', { name: zh('backups.create') }).click();
    await expect(card.getByRole('alert').filter({ hasText: zh('backups.created', { name: '' }).trim() })).toBeVisible();
    const list = card.getByRole('table', { name: zh('backups.list') });
    await expect(list.getByText(zh('backups.reason.manual'))).toBeVisible();

    // Export: a .pwbackup download holding the draft.
    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: zh('backups.export') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pwbackup$/);
    const exported = path.join(dataDir, '..', `${path.basename(dataDir)}-${download.suggestedFilename()}`);
    await download.saveAs(exported);
    expect(fs.statSync(exported).size).toBeGreaterThan(0);

    // The draft is deleted afterwards.
    await route(page, `#/invoices/${id}`);
    await page.getByRole('button', { name: zh('invoices.action.delete') }).click();
    await page
      .getByRole('dialog', { name: zh('invoices.action.deleteTitle') })
      .getByRole('button', { name: zh('invoices.action.deleteOk') })
      .click();
    await expect.poll(() => draftCount(dataDir, id)).toBe(0);

    // Import, cancelled at the preview: nothing changes.
    await route(page, '#/sync');
    await card.getByLabel(zh('backups.upload')).setInputFiles(exported);
    const preview = page.getByRole('dialog', { name: zh('backups.preview.title') });
    const invoicesRow = preview
      .getByRole('table', { name: zh('backups.preview.table') })
      .getByRole('row')
      .filter({ hasText: zh('backups.table.invoices') });
    await expect(invoicesRow.getByRole('cell').nth(2)).toHaveText('1'); // added
    await preview.getByRole('button', { name: zh('backups.preview.cancel') }).click();
    await expect(preview).toBeHidden();
    expect(draftCount(dataDir, id)).toBe(0);

    // Import, confirmed: the draft is back, and what was there before is kept as a backup.
    await card.getByLabel(zh('backups.upload')).setInputFiles(exported);
    await expect(preview).toBeVisible();
    await preview.getByRole('button', { name: zh('backups.preview.confirm') }).click();
    await expect(card.getByRole('alert').filter({ hasText: '导入完成' })).toBeVisible();
    await expect.poll(() => draftCount(dataDir, id)).toBe(1);
    await expect(list.getByText(zh('backups.reason.import'))).toBeVisible();

    // A file that is not a backup: refused in plain words, nothing written.
    const before = readDb(dataDir, (db) => db.prepare('SELECT count(*) FROM invoices').pluck().get());
    const bogus = path.join(dataDir, '..', `${path.basename(dataDir)}-notes.pwbackup`);
    fs.writeFileSync(bogus, '这不是备份文件 — just some notes\n'.repeat(50));
    await card.getByLabel(zh('backups.upload')).setInputFiles(bogus);
    await expect(card.getByRole('alert').filter({ hasText: zh('backups.error.notSqlite') })).toBeVisible();
    await expect(preview).toBeHidden();
    expect(readDb(dataDir, (db) => db.prepare('SELECT count(*) FROM invoices').pluck().get())).toBe(before);

    fs.rmSync(exported, { force: true });
    fs.rmSync(bogus, { force: true });
    expect(errors).toEqual([]);
  });
});
