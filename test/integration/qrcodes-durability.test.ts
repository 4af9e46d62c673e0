import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAndKill as runChild } from '../support/kill-child';

/**
 * Nothing is lost: a real process creates batches and single codes, edits and archives
 * them while it is killed with SIGKILL at random moments, over and over. After each kill:
 * the file passes integrity_check, every acknowledged code, edit and archive is there, and
 * no batch is half written.
 */
const KILLS = 12;
const BATCH_SIZE = 8;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-qrcodes-kill-'));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Acked {
  batches: Map<string, string[]>;
  created: Set<string>;
  edited: Map<string, number>;
  archived: Set<string>;
}

function runAndKill(ms: number, seed: number, acked: Acked) {
  return runChild(
    'test/support/qrcode-writer-child.ts',
    [dir, String(seed), String(BATCH_SIZE)],
    ms,
    ([what, a, b]) => {
      if (what === 'batch') acked.batches.set(a!, b!.split(','));
      else if (what === 'created') acked.created.add(a!);
      else if (what === 'edited') acked.edited.set(a!, Number(b));
      else if (what === 'archived') acked.archived.add(a!);
    },
  );
}

function check(acked: Acked) {
  const db = new Database(path.join(dir, 'workstation.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = new Map(
      (
        db.prepare('SELECT id, name, notes, archived_at FROM qr_codes').all() as {
          id: string;
          name: string;
          notes: string;
          archived_at: string | null;
        }[]
      ).map((r) => [r.id, r]),
    );
    for (const ids of acked.batches.values()) for (const id of ids) expect(rows.has(id), `batch code ${id}`).toBe(true);
    for (const id of acked.created) expect(rows.has(id), `code ${id}`).toBe(true);
    for (const [id, round] of acked.edited) expect(rows.get(id)!.notes).toBe(`edit ${round}`);
    for (const id of acked.archived) expect(rows.get(id)!.archived_at, `archived ${id}`).not.toBeNull();
    // A batch is whole or absent: every campaign of a batch holds exactly BATCH_SIZE codes.
    const partial = db
      .prepare(
        "SELECT campaign, count(*) AS n FROM qr_codes WHERE campaign NOT LIKE '%-S' GROUP BY campaign HAVING n != ?",
      )
      .all(BATCH_SIZE);
    const detail = partial.length
      ? JSON.stringify(
          db
            .prepare('SELECT id, name, tag, campaign, created_at FROM qr_codes WHERE campaign = ?')
            .all((partial[0] as { campaign: string }).campaign),
        )
      : '';
    expect(partial, detail).toEqual([]);
  } finally {
    db.close();
  }
}

describe('QR codes under SIGKILL', () => {
  it(`keeps every acknowledged code, batch, edit and archive, and never half a batch, across ${KILLS} kills`, async () => {
    const acked: Acked = { batches: new Map(), created: new Set(), edited: new Map(), archived: new Set() };
    let kills = 0;
    for (let i = 0; i < KILLS; i++) {
      const r = await runAndKill(150 + Math.floor(Math.random() * 900), i + 1, acked);
      expect(r.stderr).toBe('');
      if (r.killed) kills++;
      check(acked);
    }
    expect(kills).toBe(KILLS);
    expect(acked.batches.size).toBeGreaterThan(KILLS);
    expect(acked.archived.size).toBeGreaterThan(0);
  }, 300_000);
});
