import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupAfterInvoiceChanges } from '../../electron/backup/handlers';
import { BackupService } from '../../electron/backup/service';
import { PWBACKUP_APPLICATION_ID } from '../../electron/backup/snapshot';
import type { HandlerTable } from '../../electron/core/handlers-type';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import type { ImportReport } from '../../shared/backup/schema';
import { issueInvoice, richestCustomer, syncedInvoiceDb, type InvoiceDb } from '../support/invoice-fixture';
import { DB_WORKER } from '../support/paths';

/**
 * Backups on a database synced from the sandbox with issued, voided and draft invoices:
 * whole-database copies by the online backup API (a valid SQLite file, integrity ok, the
 * same invoice rows), the rotation, the .pwbackup export, and imports that preview first,
 * apply only with the token, and refuse broken or foreign files without changing anything.
 */
let fixture: InvoiceDb;
let service: BackupService;
const made: string[] = [];

const LOCAL = [
  'invoices',
  'invoice_lines',
  'invoice_audit',
  'invoice_sequences',
  'settings',
  'qr_codes',
  'qr_links',
  'qr_layouts',
  'certificates',
  'certificate_history',
  'certificate_reminders',
] as const;
const ORDER: Record<string, string> = {
  invoices: 'id',
  invoice_lines: 'invoice_id, line_no',
  invoice_audit: 'id',
  invoice_sequences: 'profile_id',
  settings: 'key',
  qr_codes: 'id',
  qr_links: 'profile_id',
  qr_layouts: 'id',
  certificates: 'id',
  certificate_history: 'id',
  certificate_reminders: 'id',
};

function rows(file: string, table: string, opts: { dropId?: boolean } = {}): unknown[] {
  const db = new Database(file, { readonly: true });
  db.defaultSafeIntegers(true);
  try {
    const all = db.prepare(`SELECT * FROM ${table} ORDER BY ${ORDER[table]}`).all() as Record<string, unknown>[];
    return opts.dropId ? all.map(({ id: _id, ...rest }) => rest) : all;
  } finally {
    db.close();
  }
}

function snapshotOf(file: string): Record<(typeof LOCAL)[number], unknown[]> {
  return Object.fromEntries(LOCAL.map((t) => [t, rows(file, t)])) as Record<(typeof LOCAL)[number], unknown[]>;
}

function tempData(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function newService(
  db: DbClient,
  dataDir: string,
  extra: Partial<ConstructorParameters<typeof BackupService>[0]> = {},
) {
  return new BackupService({
    db,
    logger: silentLogger,
    dataDir,
    exports: { offerDownload: () => `/download/${'0'.repeat(32)}` },
    latestSchema: LATEST_SCHEMA_VERSION,
    actor: 'test',
    debounceMs: 50,
    ...extra,
  });
}

async function freshDb(dir: string): Promise<DbClient> {
  const db = new DbClient({ file: path.join(dir, 'workstation.db'), workerScript: DB_WORKER, logger: silentLogger });
  await db.open();
  return db;
}

async function exportFile(): Promise<string> {
  const r = await service.export();
  expect(r.state).toBe('done');
  return path.join(fixture.dir, 'exports', r.fileName);
}

const change = (report: ImportReport, table: string) => report.tables.find((t) => t.table === table)!;

beforeAll(async () => {
  fixture = await syncedInvoiceDb(41);
  const customerId = richestCustomer(fixture.file);
  await issueInvoice(fixture.db, customerId, { maxLines: 3 });
  const voided = await issueInvoice(fixture.db, customerId, { maxLines: 2 });
  await fixture.db.run('invoices.void', {
    id: voided,
    reason: '测试作废',
    now: new Date().toISOString(),
    actor: 'test',
  });
  await issueInvoice(fixture.db, customerId, { maxLines: 1, issue: false });
  await fixture.db.run('settings.write', [{ key: 'language', value: '"en-US"' }]);
  service = newService(fixture.db, fixture.dir);
}, 180_000);

afterAll(async () => {
  await service?.close();
  await fixture?.close();
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('automatic backups', () => {
  it('a backup is a self-contained SQLite file, integrity ok, with the same local rows', async () => {
    const entry = await service.create('manual');
    const file = path.join(fixture.dir, 'backups', entry.name);
    expect(fs.statSync(file).size).toBe(entry.bytes);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const header = fs.readFileSync(file).subarray(0, 20);
    expect(header.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect([header[18], header[19]]).toEqual([1, 1]); // rollback journal: no -wal to lose
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare('SELECT count(*) FROM fee_records').pluck().get()).toBeGreaterThan(0);
    copy.close();
    expect(snapshotOf(file)).toEqual(snapshotOf(fixture.file));
    expect(snapshotOf(file).invoices.length).toBe(3);
    expect((await service.list()).backups.map((b) => b.name)).toContain(entry.name);
  });

  it('writes go on while a backup runs, and the copy is consistent', async () => {
    const keys = ['bk.a', 'bk.b', 'bk.c'];
    const [entry] = await Promise.all([
      service.create('manual'),
      fixture.db.run(
        'settings.write',
        keys.map((key) => ({ key, value: '"x"' })),
      ),
    ]);
    const copy = new Database(path.join(fixture.dir, 'backups', entry.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    // One transaction is either in the copy or not, never half of it.
    const n = copy.prepare("SELECT count(*) FROM settings WHERE key LIKE 'bk.%'").pluck().get() as number;
    copy.close();
    expect([0, keys.length]).toContain(n);
  });

  it('rotation keeps the newest few; other files in the folder are never touched', async () => {
    const dir = path.join(fixture.dir, 'backups');
    fs.writeFileSync(path.join(dir, 'my-notes.txt'), 'keep me');
    for (let i = 0; i < 5; i++) await service.create('manual');
    const names = (await service.list()).backups.map((b) => b.name);
    // All made today: the 3 newest are kept (today's daily and this week's weekly are among them).
    expect(names.length).toBe(3);
    expect(fs.readFileSync(path.join(dir, 'my-notes.txt'), 'utf8')).toBe('keep me');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('issuing or voiding is followed by one backup (a burst makes one)', async () => {
    const before = (await service.list()).backups.length;
    const calls: string[] = [];
    const fake: Pick<HandlerTable, 'invoices.issue' | 'invoices.void'> = {
      'invoices.issue': async () => 'issued' as never,
      'invoices.void': async () => 'voided' as never,
    };
    const table = backupAfterInvoiceChanges(fake, { afterInvoiceChange: (r) => calls.push(r) });
    await table['invoices.issue']({ id: 'x', revision: 1 }, { language: 'zh-CN' });
    await table['invoices.void']({ id: 'x', reason: 'r' }, { language: 'zh-CN' });
    expect(calls).toEqual(['issue', 'void']);

    service.afterInvoiceChange('issue');
    service.afterInvoiceChange('void');
    await new Promise((r) => setTimeout(r, 400));
    await service.create('manual'); // waits for the queued one
    const list = (await service.list()).backups;
    expect(list.some((b) => b.reason === 'void')).toBe(true);
    expect(list.filter((b) => b.reason === 'issue').length).toBe(0);
    expect(list.length).toBe(Math.min(3, before + 2));
  });

  it('at start: a backup when the newest is older than a day, none otherwise; stale .part files go', async () => {
    const dir = tempData('pw-backup-start-');
    fs.cpSync(fixture.dir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}backups`) });
    const db = await freshDb(dir);
    const s = newService(db, dir);
    try {
      fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
      const stale = path.join(dir, 'backups', 'workstation-20200101T000000-000Z-issue.db.part');
      fs.writeFileSync(stale, 'half');
      fs.utimesSync(stale, new Date(2020, 0, 1), new Date(2020, 0, 1));
      await s.startup();
      expect(fs.existsSync(stale)).toBe(false);
      const first = (await s.list()).backups;
      expect(first.map((b) => b.reason)).toEqual(['start']);
      await s.startup();
      expect((await s.list()).backups.length).toBe(1);
    } finally {
      await s.close();
      await db.close();
    }
  });
});

describe('export and import of local-only data', () => {
  it('the export is a .pwbackup SQLite file with the local tables and their rows', async () => {
    const file = await exportFile();
    expect(file.endsWith('.pwbackup')).toBe(true);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('application_id', { simple: true })).toBe(PWBACKUP_APPLICATION_ID);
    const meta = Object.fromEntries(
      (db.prepare('SELECT key, value FROM pwbackup_meta').all() as { key: string; value: string }[]).map((r) => [
        r.key,
        r.value,
      ]),
    );
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    db.close();
    expect(meta.format).toBe('partner-workstation-backup');
    expect(JSON.parse(meta.tables!)).toEqual([...LOCAL]);
    // Certificate files travel in their own table (none in this fixture).
    expect(tables).toEqual([...LOCAL, 'certificate_file_blobs', 'pwbackup_meta'].sort());
    expect(snapshotOf(file)).toEqual(snapshotOf(fixture.file));
  });

  it('into an empty install: preview changes nothing, the import with its token restores everything', async () => {
    const file = await exportFile();
    const dir = tempData('pw-restore-');
    const db = await freshDb(dir);
    const target = newService(db, dir, { chooseOpenPath: async () => file });
    try {
      const emptyBefore = snapshotOf(path.join(dir, 'workstation.db'));
      const preview = await target.preview({ kind: 'file' });
      if (preview.state !== 'ready') throw new Error('cancelled');
      const { report } = preview.preview;
      expect(report.source.kind).toBe('export');
      expect(change(report, 'invoices')).toMatchObject({ inFile: 3, added: 3, updated: 0 });
      expect(change(report, 'invoice_lines').added).toBe(snapshotOf(file).invoice_lines.length);
      expect(change(report, 'invoice_audit').added).toBe(snapshotOf(file).invoice_audit.length);
      expect(change(report, 'invoice_sequences').added).toBe(1);
      expect(report.invoiceNumbers.length).toBe(2);
      expect(report.nothingToDo).toBe(false);
      // The preview ran the merge and rolled it back.
      expect(snapshotOf(path.join(dir, 'workstation.db'))).toEqual(emptyBefore);

      const result = await target.import(preview.preview.token);
      expect(result.report.tables).toEqual(report.tables);
      const after = snapshotOf(path.join(dir, 'workstation.db'));
      const source = snapshotOf(file);
      expect(after.invoices).toEqual(source.invoices);
      expect(after.invoice_lines).toEqual(source.invoice_lines);
      expect(after.invoice_sequences).toEqual(source.invoice_sequences);
      // The trail: everything from the file, in order, plus one 'import' entry per invoice.
      const trail = rows(path.join(dir, 'workstation.db'), 'invoice_audit', { dropId: true }) as { action: string }[];
      expect(trail.filter((a) => a.action !== 'import')).toEqual(rows(file, 'invoice_audit', { dropId: true }));
      expect(trail.filter((a) => a.action === 'import').length).toBe(3);
      const settings = rows(path.join(dir, 'workstation.db'), 'settings') as { key: string; value: string }[];
      expect(settings.find((s) => s.key === 'language')?.value).toBe('"en-US"');

      // The token is used up; the same file again changes nothing.
      await expect(target.import(preview.preview.token)).rejects.toMatchObject({
        code: 'CONFLICT',
        messageKey: 'backups.error.token',
      });
      const again = await target.preview({ kind: 'file' });
      if (again.state !== 'ready') throw new Error('cancelled');
      expect(again.preview.report.nothingToDo).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'imports')).length).toBe(1); // the pending preview's copy only
    } finally {
      await target.close();
      await db.close();
    }
  });

  it('never takes local rows back: newer local versions are kept, missing rows come back', async () => {
    const file = await exportFile();
    const customerId = richestCustomer(fixture.file);
    const issued = (rows(fixture.file, 'invoices') as { id: string; status: string }[]).find(
      (i) => i.status === 'issued',
    )!;
    await fixture.db.run('invoices.void', {
      id: issued.id,
      reason: '导出后作废',
      now: new Date().toISOString(),
      actor: 'test',
    });
    const draft = (rows(fixture.file, 'invoices') as { id: string; status: string }[]).find(
      (i) => i.status === 'draft',
    )!;
    await fixture.db.run('invoices.deleteDraft', { id: draft.id, now: new Date().toISOString(), actor: 'test' });
    const preview = await service.preview({ kind: 'upload', ticket: await upload(file) });
    if (preview.state !== 'ready') throw new Error('cancelled');
    const inv = change(preview.preview.report, 'invoices');
    expect(inv).toMatchObject({ added: 1, keptLocal: 1, unchanged: 1 });
    await service.import(preview.preview.token);
    const after = rows(fixture.file, 'invoices') as { id: string; status: string }[];
    expect(after.find((i) => i.id === issued.id)!.status).toBe('voided');
    expect(after.find((i) => i.id === draft.id)!.status).toBe('draft');
    void customerId;
  });

  it('a change after the preview refuses the import and changes nothing', async () => {
    const file = await exportFile();
    const dir = tempData('pw-restore-changed-');
    const db = await freshDb(dir);
    const target = newService(db, dir, { chooseOpenPath: async () => file });
    try {
      const preview = await target.preview({ kind: 'file' });
      if (preview.state !== 'ready') throw new Error('cancelled');
      await db.run('invoices.setPrefix', { profileId: 'sandbox', prefix: 'X-' });
      const before = snapshotOf(path.join(dir, 'workstation.db'));
      await expect(target.import(preview.preview.token)).rejects.toMatchObject({
        code: 'CONFLICT',
        messageKey: 'backups.error.changed',
      });
      expect(snapshotOf(path.join(dir, 'workstation.db'))).toEqual(before);
    } finally {
      await target.close();
      await db.close();
    }
  });

  it('an automatic backup can be imported too (a whole database copy)', async () => {
    const entry = (await service.list()).backups[0]!;
    const preview = await service.preview({ kind: 'backup', name: entry.name });
    if (preview.state !== 'ready') throw new Error('cancelled');
    expect(preview.preview.report.source).toMatchObject({ kind: 'database', createdAt: entry.createdAt });
    // The original backup file is untouched by the preview.
    expect(fs.statSync(path.join(fixture.dir, 'backups', entry.name)).size).toBe(entry.bytes);
  });

  it('a cancelled open dialog previews nothing', async () => {
    const s = newService(fixture.db, fixture.dir, { chooseOpenPath: async () => null });
    expect(await s.preview({ kind: 'file' })).toEqual({ state: 'cancelled' });
  });

  describe('broken and foreign files are refused and nothing changes', () => {
    const cases: [string, (dir: string, exported: string) => string, string][] = [
      [
        'a truncated export',
        (dir, exported) => {
          const f = path.join(dir, 'truncated.pwbackup');
          const bytes = fs.readFileSync(exported);
          fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
          return f;
        },
        'backups.error.damaged',
      ],
      [
        'a text file',
        (dir) => {
          const f = path.join(dir, 'notes.pwbackup');
          fs.writeFileSync(f, '这不是备份 '.repeat(100));
          return f;
        },
        'backups.error.notSqlite',
      ],
      [
        'an empty file',
        (dir) => {
          const f = path.join(dir, 'empty.pwbackup');
          fs.writeFileSync(f, '');
          return f;
        },
        'backups.error.notSqlite',
      ],
      [
        'some other SQLite database',
        (dir) => {
          const f = path.join(dir, 'other.db');
          const db = new Database(f);
          db.exec("CREATE TABLE invoices (id TEXT, amount REAL); INSERT INTO invoices VALUES ('a', 1.5)");
          db.close();
          return f;
        },
        'backups.error.foreign',
      ],
      [
        'an export from a newer app',
        (dir, exported) => {
          const f = path.join(dir, 'newer.pwbackup');
          fs.copyFileSync(exported, f);
          const db = new Database(f);
          db.pragma('user_version = 999');
          db.close();
          return f;
        },
        'backups.error.tooNew',
      ],
      [
        'an export missing a required column',
        (dir, exported) => {
          const f = path.join(dir, 'odd.pwbackup');
          fs.copyFileSync(exported, f);
          const db = new Database(f);
          db.exec('ALTER TABLE invoice_lines DROP COLUMN amount');
          db.close();
          return f;
        },
        'backups.error.incompatible',
      ],
    ];
    for (const [name, make, key] of cases) {
      it(name, async () => {
        const exported = await exportFile();
        const dir = tempData('pw-refuse-');
        const file = make(dir, exported);
        const original = fs.readFileSync(file);
        const s = newService(fixture.db, fixture.dir, { chooseOpenPath: async () => file });
        const before = snapshotOf(fixture.file);
        await expect(s.preview({ kind: 'file' })).rejects.toMatchObject({ code: 'INVALID_INPUT', messageKey: key });
        expect(snapshotOf(fixture.file)).toEqual(before);
        expect(fs.readFileSync(file).equals(original)).toBe(true);
        expect(
          fs.readdirSync(path.join(fixture.dir, 'imports')).filter((f) => f.startsWith('import-')).length,
        ).toBeLessThanOrEqual(1);
      });
    }
  });
});

async function upload(file: string): Promise<string> {
  const slot = service.uploadSlot();
  const ticket = slot.url.split('/').pop()!;
  expect(await service.receiveUpload(ticket, Readable.from(fs.readFileSync(file)), path.basename(file))).toBe('ok');
  return ticket;
}
