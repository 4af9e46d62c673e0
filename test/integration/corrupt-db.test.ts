import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, testCore } from '../support/core';
import { tempDir } from '../support/temp';

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function startAndExpectRecovery(dir: string, original: Buffer) {
  core = await testCore(dir);
  const status = await call(core, 'db.status');
  expect(status.ok).toBe(true);
  if (!status.ok) return;
  expect(status.value.state).toBe('ready');
  expect(status.value.recovered).not.toBeNull();
  const movedTo = status.value.recovered!.movedTo;
  // The damaged file is kept, byte for byte, next to the new database; the user is told.
  expect(path.dirname(movedTo)).toBe(dir);
  expect(fs.readFileSync(movedTo).equals(original)).toBe(true);
  expect(status.value.message).toContain(movedTo);
  expect(status.value.message).toMatch(/损坏/);
  // The new database works.
  expect(await core.dispatcher.dispatch('settings.set', { theme: 'dark' })).toMatchObject({ ok: true });
}

describe('a damaged database at start', () => {
  it('moves a file that is not SQLite aside and starts a new one', async () => {
    const dir = tempDir();
    const garbage = crypto.randomBytes(64 * 1024);
    fs.writeFileSync(path.join(dir, 'workstation.db'), garbage);
    await startAndExpectRecovery(dir, garbage);
  });

  it('detects damaged pages with quick_check', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workstation.db');
    const db = new Database(file);
    db.pragma('page_size = 4096');
    db.exec('CREATE TABLE big (id INTEGER PRIMARY KEY, body TEXT); CREATE INDEX big_body ON big(body);');
    const insert = db.prepare('INSERT INTO big (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(200)}`);
    })();
    db.close();
    // Scribble over the middle of the file: b-tree pages with valid header, broken content.
    const bytes = fs.readFileSync(file);
    const mid = Math.floor(bytes.length / 4096 / 2) * 4096;
    for (let i = 0; i < 3 * 4096; i++) bytes[mid + i] = (i * 31) & 0xff;
    fs.writeFileSync(file, bytes);
    await startAndExpectRecovery(dir, bytes);
  });

  it('treats an empty file as a new database, not damage', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'workstation.db'), '');
    core = await testCore(dir);
    const status = await call(core, 'db.status');
    expect(status).toMatchObject({ ok: true, value: { state: 'ready', recovered: null, message: null } });
  });
});
