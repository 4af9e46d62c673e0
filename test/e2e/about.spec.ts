import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { REPO_ROOT } from './host';
import { zh } from './i18n';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

test('About shows version, transport, data directory and database facts', async ({ page, host, openApp }) => {
  await openApp(page, host);
  await page.getByRole('menuitem', { name: zh('section.about.title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: zh('section.about.title') })).toBeVisible();

  const row = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row(zh('about.version'))).toContainText(pkg.version);
  await expect(row(zh('about.transport'))).toContainText('browser-host');
  await expect(row(zh('about.dataDir'))).toContainText(host.dataDir);
  await expect(row(zh('about.platform'))).toContainText(`${process.platform}-${process.arch}`);
  await expect(row(zh('about.schemaVersion'))).toContainText(/\d+/);
  await expect(row(zh('about.schemaVersion'))).not.toContainText(/^0\b/);
  await expect(row(zh('about.dbPath'))).toContainText(path.join(host.dataDir, 'workstation.db'));
  await expect(row(zh('about.journalMode'))).toContainText('wal');
  await expect(row(zh('about.dbState'))).toContainText(zh('about.dbStateReady'));
});
