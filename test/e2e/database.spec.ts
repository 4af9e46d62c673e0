import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';
import { zh } from './i18n';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test.describe('database states', () => {
  test('a damaged database is moved aside, and the user is told where', async ({
    page,
    dataDir,
    launchHost,
    openApp,
  }) => {
    const file = path.join(dataDir, 'workstation.db');
    const garbage = crypto.randomBytes(64 * 1024);
    fs.writeFileSync(file, garbage);

    const host = await launchHost();
    await openApp(page, host);

    const movedName = fs.readdirSync(dataDir).find((n) => n.startsWith('workstation.db.corrupt-'));
    expect(movedName, 'the damaged file was kept under a new name').toBeDefined();
    const movedTo = path.join(dataDir, movedName!);
    expect(fs.readFileSync(movedTo).equals(garbage), 'nothing in the damaged file was changed').toBe(true);

    // The dashboard may show its own notices too; the recovery warning is the one naming the moved file.
    const alert = page.getByRole('alert').filter({ hasText: zh('db.recoveredTitle') });
    await expect(alert).toContainText(zh('db.recoveredTitle'));
    await expect(alert).toContainText(movedTo);
    // The app itself is usable on the fresh database.
    await expect(page.getByRole('heading', { level: 1, name: zh('section.dashboard.title') })).toBeVisible();
  });

  test('a database from a newer app blocks the window and is left untouched', async ({ page, dataDir, launchHost }) => {
    const file = path.join(dataDir, 'workstation.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY, note TEXT)');
    db.prepare('INSERT INTO future_things (note) VALUES (?)').run('written by version 999');
    db.pragma('user_version = 999');
    db.close();
    const before = sha256(file);

    const host = await launchHost();
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: zh('db.blockedTitle') })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('999');
    await expect(page.getByRole('main')).toContainText(file);
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await host.stop();
    expect(sha256(file), 'the newer database was not modified').toBe(before);
    expect(fs.readdirSync(dataDir).filter((n) => n.includes('corrupt'))).toEqual([]);
  });
});
