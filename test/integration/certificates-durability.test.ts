import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateService } from '../../electron/certificates/service';
import { filePath, storedHashes, tmpDir } from '../../electron/certificates/store';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { runAndKill as runChild } from '../support/kill-child';
import { DB_WORKER } from '../support/paths';

/**
 * Crash safety of adding a file: a real process adds certificates with files of up to
 * 3 MB while it is killed with SIGKILL at random moments, again and again. After each
 * kill: every row names a stored file that is whole (its bytes hash to its name, its size
 * is the row's), every acknowledged certificate is there; and once the app has started
 * again (its orphan sweep), the store holds exactly the files rows name and no temporary
 * file — a certificate with its file, or nothing.
 */
const KILLS = 12;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-certs-kill-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function runAndKill(ms: number, seed: number, acked: Map<string, string>) {
  return runChild('test/integration/certificates-writer-child.ts', [dir, String(seed)], ms, ([what, id, sha]) => {
    if (what === 'created') acked.set(id!, sha!);
  });
}

function rows(): { id: string; file_sha256: string | null; file_bytes: number | null }[] {
  const db = new Database(path.join(dir, 'workstation.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT id, file_sha256, file_bytes FROM certificates').all() as never;
  } finally {
    db.close();
  }
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('adding a certificate file under SIGKILL', () => {
  it(`leaves a whole certificate with its file or nothing, across ${KILLS} kills`, async () => {
    const acked = new Map<string, string>();
    let kills = 0;
    let leftovers = 0;
    for (let i = 0; i < KILLS; i++) {
      const r = await runAndKill(300 + Math.floor(Math.random() * 1500), i + 1, acked);
      expect(r.stderr).toBe('');
      if (r.killed) kills++;
      // Right after the kill: no row names a missing or partial file; nothing acknowledged is lost.
      const all = rows();
      const byId = new Map(all.map((r) => [r.id, r]));
      for (const [id, hash] of acked) expect(byId.get(id)?.file_sha256, `acknowledged ${id}`).toBe(hash);
      for (const row of all) {
        expect(row.file_sha256).not.toBeNull();
        const f = filePath(dir, row.file_sha256!);
        expect(fs.statSync(f).size, `size of ${row.id}`).toBe(row.file_bytes);
        expect(sha(f), `hash of ${row.id}`).toBe(row.file_sha256);
      }
      leftovers += fs.readdirSync(tmpDir(dir)).length;
      // The app starts again: its sweep leaves exactly the files rows name, no temporary file.
      const db = new DbClient({
        file: path.join(dir, 'workstation.db'),
        workerScript: DB_WORKER,
        logger: silentLogger,
      });
      await db.open();
      const service = new CertificateService({ db, dataDir: dir, logger: silentLogger });
      await service.start();
      service.close();
      await db.close();
      expect((await storedHashes(dir)).sort()).toEqual([...new Set(all.map((r) => r.file_sha256!))].sort());
      expect(fs.readdirSync(tmpDir(dir))).toEqual([]);
    }
    expect(kills).toBe(KILLS);
    expect(acked.size).toBeGreaterThan(KILLS);
    // Some kills landed while a file was on its way (what the sweep is for).
    console.log(
      `certificates durability: ${kills} kills, ${acked.size} acknowledged, ${leftovers} temporary files swept`,
    );
  }, 300_000);
});
