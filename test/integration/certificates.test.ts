import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { chromiumPdfPrinter } from '../../electron/host/chromium-pdf';
import { filePath, storedHashes, tmpDir } from '../../electron/certificates/store';
import { MAX_FILE_BYTES } from '../../shared/certificates/schema';
import { translate } from '../../shared/i18n/messages';
import { call } from '../support/core';
import { tempDir } from '../support/temp';
import { unzip } from './certificates-zip';
import { certCore, company, fakeExe, personal, realPdf, realPng, testClock, upload } from './certificates-fixtures';

/** Certificates end to end in the core: a real database, the real file store, the real routes' code. */
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

async function open(dir = tempDir(), opts: Parameters<typeof certCore>[1] = {}) {
  const c = await certCore(dir, opts);
  cores.push(c);
  await c.certificates.start();
  return c;
}

const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en-US', key, params);

function rowsOf(core: Core, table: string): number {
  const db = new Database(path.join(core.options.dataDir, 'workstation.db'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('certificate files', () => {
  it('takes a real PDF and a PNG, stored under their sha256, and hands them back byte for byte', async () => {
    const c = await open();
    const pdf = realPdf('HCIP Datacom 0001');
    const png = realPng();
    const a = await upload(c, pdf, 'hcip.pdf');
    expect(a.outcome).toBe('ok');
    expect(c.certificates.inspectUpload(a.ticket)).toMatchObject({ mime: 'application/pdf', bytes: pdf.length });
    const d1 = await c.certificates.create({ fields: personal('HCIP-0001'), account: null, upload: a.ticket });
    const b = await upload(c, png, 'scan.png');
    const d2 = await c.certificates.create({ fields: company('CS-0001'), account: null, upload: b.ticket });
    expect(d1.certificate.file).toMatchObject({ mime: 'application/pdf', name: 'hcip.pdf', bytes: pdf.length });
    expect(d2.certificate.file).toMatchObject({ mime: 'image/png', name: 'scan.png' });
    expect(fs.readFileSync(filePath(c.options.dataDir, d1.certificate.file!.sha256)).equals(pdf)).toBe(true);
    expect(d1.history.map((h) => h.action)).toEqual(['created', 'file']);
    for (const [d, bytes] of [
      [d1, pdf],
      [d2, png],
    ] as const) {
      const t = await c.certificates.openFile(d.certificate.id);
      const got = await c.certificates.takeFile(t.url.split('/').pop()!);
      expect(got?.mime).toBe(d.certificate.file!.mime);
      expect(got?.data.equals(bytes)).toBe(true);
      // One use per ticket.
      expect(await c.certificates.takeFile(t.url.split('/').pop()!)).toBeNull();
    }
    // The uploads' temporary files are gone once stored.
    expect(fs.readdirSync(tmpDir(c.options.dataDir))).toEqual([]);
  });

  it('refuses a renamed program, a truncated PDF and a 25 MB file with clear messages, storing nothing', async () => {
    const c = await open();
    const exe = await upload(c, fakeExe(), 'certificate.pdf');
    expect(exe.outcome).toBe('ok');
    const r1 = await call(c, 'certificates.create', {
      fields: personal('X-1'),
      account: null,
      upload: exe.ticket,
    });
    expect(r1).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: en('certificates.error.fileExecutable') },
    });

    const pdf = realPdf();
    const cut = await upload(c, pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'cut.pdf');
    const r2 = await call(c, 'certificates.inspectUpload', { ticket: cut.ticket });
    expect(r2).toMatchObject({ ok: false, error: { message: en('certificates.error.fileTruncated') } });
    const r3 = await call(c, 'certificates.create', { fields: personal('X-2'), account: null, upload: cut.ticket });
    expect(r3).toMatchObject({ ok: false, error: { message: en('certificates.error.fileTruncated') } });

    const big = Buffer.alloc(25 * 1024 * 1024, 0x20);
    big.write('%PDF-1.4\n', 0, 'latin1');
    big.write('%%EOF\n', big.length - 6, 'latin1');
    const huge = await upload(c, big, 'huge.pdf');
    expect(huge.outcome).toBe('tooLarge');
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    const r4 = await call(c, 'certificates.create', { fields: personal('X-3'), account: null, upload: huge.ticket });
    expect(r4).toMatchObject({ ok: false, error: { message: en('certificates.error.uploadMissing') } });

    expect(rowsOf(c, 'certificates')).toBe(0);
    expect(await storedHashes(c.options.dataDir)).toEqual([]);
    expect(fs.readdirSync(tmpDir(c.options.dataDir))).toEqual([]);
  });

  it('detects a stored file changed on disk by its hash: not shown, not packed', async () => {
    const c = await open();
    const a = await upload(c, realPdf('genuine'), 'a.pdf');
    const d = await c.certificates.create({ fields: company('CS-T'), account: null, upload: a.ticket });
    const file = filePath(c.options.dataDir, d.certificate.file!.sha256);
    fs.chmodSync(file, 0o600);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0x01;
    fs.writeFileSync(file, bytes);
    const r = await call(c, 'certificates.openFile', { id: d.certificate.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: en('certificates.error.fileTampered') } });
    const p = await call(c, 'certificates.bidPack', { ids: [d.certificate.id], title: 'x' });
    expect(p).toMatchObject({ ok: false, error: { message: en('certificates.error.fileTampered') } });
    fs.rmSync(file);
    const m = await call(c, 'certificates.openFile', { id: d.certificate.id });
    expect(m).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: en('certificates.error.fileMissing') } });
  });
});

describe('binding and transfers', () => {
  it('A → B → C is recorded with dates, accounts and notes; undo is a new entry; the history refuses UPDATE and DELETE', async () => {
    const c = await open();
    const d = await c.certificates.create({ fields: personal('HCIP-100'), account: 'acct-a', upload: null });
    const id = d.certificate.id;
    const t1 = await c.certificates.transfer({ id, account: 'acct-b', onDate: '2026-03-01', note: '调岗' });
    expect(t1.certificate.account).toBe('acct-b');
    const t2 = await c.certificates.transfer({ id, account: 'acct-c', onDate: '2026-03-05', note: 'wrong one' });
    expect(t2.certificate.account).toBe('acct-c');
    const moves = t2.history.filter((h) => h.action === 'transfer');
    expect(moves.map((h) => [h.fromAccount, h.toAccount, h.onDate, h.note])).toEqual([
      ['acct-a', 'acct-b', '2026-03-01', '调岗'],
      ['acct-b', 'acct-c', '2026-03-05', 'wrong one'],
    ]);
    expect(t2.undoable).toBe(moves[1]!.id);
    const before = t2.history.map((h) => h.id);
    const u = await c.certificates.undo({ id, transferId: t2.undoable!, note: 'mistake' });
    expect(u.certificate.account).toBe('acct-b');
    // Append-only: every earlier entry is still there, unchanged; the undo is one more, naming what it reverses.
    expect(u.history.slice(0, before.length)).toEqual(t2.history);
    const last = u.history[u.history.length - 1]!;
    expect(last).toMatchObject({ action: 'undo', fromAccount: 'acct-c', toAccount: 'acct-b', undoes: moves[1]!.id });
    expect(u.history.map((h) => h.action)).toEqual(['created', 'bind', 'transfer', 'transfer', 'undo']);
    // An older transfer cannot be undone over a later move.
    const r = await call(c, 'certificates.undo', { id, transferId: moves[0]!.id, note: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: en('certificates.error.notUndoable') } });

    const db = new Database(path.join(c.options.dataDir, 'workstation.db'));
    try {
      expect(() => db.prepare("UPDATE certificate_history SET note = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM certificate_history').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect(rowsOf(c, 'certificate_history')).toBe(5);
  });

  it('refuses double binding: a bound certificate is transferred, not bound again; an account holds a number once', async () => {
    const c = await open();
    const a = await c.certificates.create({ fields: personal('HCIE-7'), account: 'acct-a', upload: null });
    const again = await call(c, 'certificates.bind', {
      id: a.certificate.id,
      account: 'acct-z',
      onDate: '2026-01-01',
      note: '',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: en('certificates.error.alreadyBound', { account: 'acct-a' }) },
    });
    // A second record of the same number (e.g. a renewed certificate) cannot go to an account that holds it.
    const b = await c.certificates.create({
      fields: personal('HCIE-7', { issueDate: '2026-01-01', expiryDate: '2029-01-01' }),
      account: null,
      upload: null,
    });
    const bind = await call(c, 'certificates.bind', {
      id: b.certificate.id,
      account: 'acct-a',
      onDate: '2026-01-01',
      note: '',
    });
    const holds = en('certificates.error.accountHoldsNumber', { account: 'acct-a', number: 'HCIE-7' });
    expect(bind).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: holds } });
    await c.certificates.bind({ id: b.certificate.id, account: 'acct-b', onDate: '2026-01-01', note: '' });
    const move = await call(c, 'certificates.transfer', {
      id: b.certificate.id,
      account: 'acct-a',
      onDate: '2026-01-02',
      note: '',
    });
    expect(move).toMatchObject({ ok: false, error: { message: holds } });
    const create = await call(c, 'certificates.create', {
      fields: personal('HCIE-7', { issueDate: '2027-01-01', expiryDate: '2030-01-01' }),
      account: 'acct-a',
      upload: null,
    });
    expect(create).toMatchObject({ ok: false, error: { message: holds } });
    // Refusals wrote nothing.
    expect((await c.certificates.get(b.certificate.id)).certificate.account).toBe('acct-b');
    expect(rowsOf(c, 'certificates')).toBe(2);
    const company_ = await call(c, 'certificates.create', {
      fields: company('CS-1'),
      account: 'acct-q',
      upload: null,
    });
    expect(company_).toMatchObject({ ok: false, error: { message: en('certificates.error.companyAccount') } });
  });
});

describe('expiry reminders', () => {
  it('with the clock set, the right certificates get their 90/30/7-day reminder, each once, as an event', async () => {
    const clock = testClock('2026-01-01');
    const c = await open(tempDir(), { clock: clock.now });
    const events: string[][] = [];
    c.bus.subscribe((name, payload) => {
      if (name === 'certificates.reminders')
        events.push((payload as { name: string; threshold: number }[]).map((r) => `${r.name}@${r.threshold}`));
    });
    const mk = (name: string, expiry: string, over: Parameters<typeof company>[1] = {}) =>
      c.certificates.create({
        fields: company(`N-${name}`, { name, issueDate: '2025-01-01', expiryDate: expiry, ...over }),
        account: null,
        upload: null,
      });
    await mk('soon', '2026-06-30'); // 180 days out on 2026-01-01
    await mk('later', '2026-09-28');
    await mk('revoked', '2026-06-30', { status: 'revoked' });
    await mk('applying', '2026-06-30', { status: 'applying', issueDate: null });
    await c.certificates.checkReminders();
    expect((await c.certificates.inbox()).reminders).toEqual([]);

    const at = async (date: string) => {
      clock.set(date);
      return (await c.certificates.checkReminders()).map((r) => `${r.name}@${r.threshold}`);
    };
    expect(await at('2026-03-31')).toEqual([]); // 91 days left
    expect(await at('2026-04-01')).toEqual(['soon@90']);
    expect(await at('2026-04-01')).toEqual([]); // once
    expect(await at('2026-05-01')).toEqual([]);
    expect(await at('2026-05-31')).toEqual(['soon@30']);
    expect(await at('2026-06-01')).toEqual([]);
    expect(await at('2026-06-23')).toEqual(['soon@7']);
    expect(await at('2026-06-24')).toEqual([]);
    expect(await at('2026-06-30')).toEqual(['later@90']);
    expect(await at('2026-07-01')).toEqual([]); // soon has expired: no more
    const inbox = await c.certificates.inbox();
    expect(inbox.unread).toBe(4);
    expect(inbox.reminders.map((r) => `${r.name}@${r.threshold}`).sort()).toEqual(
      ['later@90', 'soon@30', 'soon@7', 'soon@90'].sort(),
    );
    expect(events.flat().filter((e) => e.startsWith('soon'))).toEqual(['soon@90', 'soon@30', 'soon@7']);
    const read = await c.certificates.markRead(inbox.reminders.slice(0, 2).map((r) => r.id));
    expect(read.unread).toBe(2);
    expect((await c.certificates.expiring()).within90).toBe(1);
  });

  it('a certificate first seen 20 days before expiry gets the 30-day reminder, not a stale 90-day one, then the 7-day one', async () => {
    const clock = testClock('2026-06-10');
    const c = await open(tempDir(), { clock: clock.now });
    await c.certificates.create({
      fields: personal('HCIA-20', { kind: 'HCIA', expiryDate: '2026-06-30' }),
      account: 'acct-a',
      upload: null,
    });
    const first = await c.certificates.checkReminders();
    // create() also checks in the background; whichever ran first gave it.
    const inbox = await c.certificates.inbox();
    expect(inbox.reminders.map((r) => r.threshold)).toEqual([30]);
    expect(first.length).toBeLessThanOrEqual(1);
    clock.set('2026-06-23');
    expect((await c.certificates.checkReminders()).map((r) => r.threshold)).toEqual([7]);
  });
});

describe('CSV import', () => {
  const header = 'scope,kind,name,track,number,status,issue_date,expiry_date,account,note';
  it('previews every row with its reasons, writes nothing until confirmed, then only the good rows, once', async () => {
    const c = await open();
    await c.certificates.create({ fields: personal('HCIP-EXIST'), account: 'acct-x', upload: null });
    const csv = [
      header,
      'company,云软件方案,园区平台,,CS-001,passed,2025-01-01,2027-01-01,,',
      'personal,HCIP,李四,Cloud Service,HCIP-002,passed,2025/2/3,2028-02-03,acct-l,',
      'personal,HCIX,王五,Datacom,HCIP-003,passed,2025-01-01,2028-01-01,,', // unknown kind
      'personal,HCIA,赵六,,HCIA-004,passed,2025-01-01,2026-13-01,,', // no track, bad date
      'company,other,,,CS-005,passed,2025-01-01,2026-01-01,,', // no name
      'personal,HCIP,钱七,Datacom,HCIP-EXIST,passed,2026-01-01,2029-01-01,acct-x,', // account holds it
      'personal,HCIP,孙八,Datacom,HCIP-009,passed,2025-01-01,2028-01-01,acct-m,',
      'personal,HCIP,孙八,Datacom,HCIP-009,passed,2025-05-01,2028-05-01,acct-m,', // twice in the file
      'company,cloudSoftware,平台,,CS-010,passed,2026-01-01,2025-01-01,,', // expiry before issue
    ].join('\r\n');
    const p = await call(c, 'certificates.previewImport', { csv, fileName: 'list.csv' });
    if (!p.ok) throw new Error(p.error.message);
    const preview = p.value;
    expect([preview.good, preview.bad]).toEqual([3, 6]);
    const byLine = new Map(preview.rows.map((r) => [r.line, r.errors]));
    expect(byLine.get(2)).toEqual([]);
    expect(byLine.get(3)).toEqual([]);
    expect(byLine.get(4)).toEqual([{ column: 'kind', message: en('certificates.error.csvKind') }]);
    expect(
      byLine
        .get(5)!
        .map((e) => e.column)
        .sort(),
    ).toEqual(['expiry_date', 'track'].sort());
    expect(byLine.get(6)).toEqual([{ column: 'name', message: en('certificates.error.nameRequired') }]);
    expect(byLine.get(7)).toEqual([
      {
        column: 'account',
        message: en('certificates.error.accountHoldsNumber', { account: 'acct-x', number: 'HCIP-EXIST' }),
      },
    ]);
    expect(byLine.get(8)).toEqual([]);
    expect(byLine.get(9)!.map((e) => e.column)).toEqual(['account']);
    expect(byLine.get(10)).toEqual([{ column: 'expiry_date', message: en('certificates.error.expiryBeforeIssue') }]);
    // Nothing written by the preview.
    expect(rowsOf(c, 'certificates')).toBe(1);
    expect(rowsOf(c, 'certificate_history')).toBe(2);

    const done = await call(c, 'certificates.confirmImport', { token: preview.token });
    expect(done).toMatchObject({ ok: true, value: { added: 3 } });
    expect(rowsOf(c, 'certificates')).toBe(4);
    const li = (await c.certificates.list({ search: '李四', offset: 0, limit: 10 })).rows[0]!;
    expect(li).toMatchObject({ number: 'HCIP-002', issueDate: '2025-02-03', account: 'acct-l' });
    expect((await c.certificates.get(li.id)).history.map((h) => h.action)).toEqual(['imported', 'bind']);
    const twice = await call(c, 'certificates.confirmImport', { token: preview.token });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: en('certificates.error.importToken') },
    });
    expect(rowsOf(c, 'certificates')).toBe(4);
  });

  it('refuses the whole import at confirmation when an account took the number since the preview', async () => {
    const c = await open();
    const csv = `${header}\npersonal,HCIP,周九,Datacom,HCIP-777,passed,2025-01-01,2028-01-01,acct-p,`;
    const p = await c.certificates.list({ offset: 0, limit: 1 });
    expect(p.total).toBe(0);
    const preview = await call(c, 'certificates.previewImport', { csv, fileName: 'a.csv' });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.good).toBe(1);
    await c.certificates.create({ fields: personal('HCIP-777'), account: 'acct-p', upload: null });
    const r = await call(c, 'certificates.confirmImport', { token: preview.value.token });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(rowsOf(c, 'certificates')).toBe(1);
  });

  it('refuses a file without the needed columns, and exports a CSV the import reads back', async () => {
    const c = await open();
    const bad = await call(c, 'certificates.previewImport', { csv: 'a,b\n1,2', fileName: 'x.csv' });
    expect(bad).toMatchObject({
      ok: false,
      error: { message: en('certificates.error.csvHeader', { column: 'scope' }) },
    });
    await c.certificates.create({ fields: personal('HCIP-E1', { note: '=cmd' }), account: 'acct-e', upload: null });
    await c.certificates.create({ fields: company('CS-E2'), account: null, upload: null });
    const out = await c.dispatcher.dispatch('certificates.exportCsv', undefined);
    if (!out.ok) throw new Error(out.error.message);
    const file = path.join(c.options.dataDir, 'exports', (out.value as { fileName: string }).fileName);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('HCIP-E1');
    const other = await open();
    const back = await call(other, 'certificates.previewImport', { csv: text, fileName: 'x.csv' });
    if (!back.ok) throw new Error(back.error.message);
    expect([back.value.good, back.value.bad]).toEqual([2, 0]);
    expect(back.value.rows.find((r) => r.fields?.number === 'HCIP-E1')?.fields?.note).toBe('=cmd');
  });
});

describe('backups carry certificates and their files', () => {
  it('export → import into a new install brings back rows, history, reminders and the files, hash-checked', async () => {
    const clock = testClock('2026-05-01');
    const c = await open(tempDir(), { clock: clock.now });
    const pdf = realPdf('backup round trip');
    const png = realPng(20, 20);
    const a = await c.certificates.create({
      fields: personal('HCIP-B1', { expiryDate: '2026-06-15' }),
      account: 'acct-a',
      upload: (await upload(c, pdf, 'b1.pdf')).ticket,
    });
    await c.certificates.transfer({ id: a.certificate.id, account: 'acct-b', onDate: '2026-04-30', note: 'n' });
    const b = await c.certificates.create({
      fields: company('CS-B2'),
      account: null,
      upload: (await upload(c, png, 'b2.png')).ticket,
    });
    await c.certificates.checkReminders();
    const exported = await c.backups.export();
    const file = path.join(c.options.dataDir, 'exports', exported.fileName);
    const x = new Database(file, { readonly: true });
    expect(x.prepare('SELECT count(*) FROM certificate_file_blobs').pluck().get()).toBe(2);
    x.close();

    const dir = tempDir();
    const d = await open(dir, { clock: clock.now, chooseOpenPath: async () => file });
    const preview = await d.backups.preview({ kind: 'file' });
    if (preview.state !== 'ready') throw new Error('cancelled');
    const tables = Object.fromEntries(preview.preview.report.tables.map((t) => [t.table, t.added]));
    expect(tables).toMatchObject({
      certificates: 2,
      certificate_history: 6,
      certificate_reminders: 1,
      certificate_file_blobs: 2,
    });
    // The preview wrote nothing: no rows, no files.
    expect(rowsOf(d, 'certificates')).toBe(0);
    expect(await storedHashes(dir)).toEqual([]);
    await d.backups.import(preview.preview.token);
    const got = await d.certificates.get(a.certificate.id);
    expect(got.certificate).toMatchObject({ account: 'acct-b', number: 'HCIP-B1' });
    expect(got.history.map((h) => h.action)).toEqual(['created', 'bind', 'file', 'transfer']);
    for (const [id, bytes] of [
      [a.certificate.id, pdf],
      [b.certificate.id, png],
    ] as const) {
      const t = await d.certificates.openFile(id);
      expect((await d.certificates.takeFile(t.url.split('/').pop()!))?.data.equals(bytes)).toBe(true);
    }
    expect((await d.certificates.inbox()).reminders).toHaveLength(1);
    // Importing the same file again changes nothing.
    const again = await d.backups.preview({ kind: 'file' });
    if (again.state !== 'ready') throw new Error('cancelled');
    expect(again.preview.report.nothingToDo).toBe(true);
  });

  it('an undo merged into an install with history of its own still names its own transfer (ids renumbered)', async () => {
    const c = await open();
    const a = await c.certificates.create({ fields: personal('HCIP-U1'), account: 'acct-a', upload: null });
    const moved = await c.certificates.transfer({
      id: a.certificate.id,
      account: 'acct-b',
      onDate: '2026-04-01',
      note: '',
    });
    await c.certificates.undo({ id: a.certificate.id, transferId: moved.undoable!, note: 'wrong' });
    const exported = await c.backups.export();
    const file = path.join(c.options.dataDir, 'exports', exported.fileName);

    // The other install already has entries, so the imported ones get other ids.
    const d = await open(tempDir(), { chooseOpenPath: async () => file });
    for (const n of ['HCIP-L1', 'HCIP-L2'])
      await d.certificates.create({ fields: personal(n), account: `acct-${n}`, upload: null });
    const preview = await d.backups.preview({ kind: 'file' });
    if (preview.state !== 'ready') throw new Error('cancelled');
    await d.backups.import(preview.preview.token);
    const got = await d.certificates.get(a.certificate.id);
    expect(got.history.map((h) => h.action)).toEqual(['created', 'bind', 'transfer', 'undo']);
    const transfer = got.history[2]!;
    const undo = got.history[3]!;
    expect(transfer.id).not.toBe(moved.undoable);
    expect(undo.undoes).toBe(transfer.id);
    expect(got.certificate.account).toBe('acct-a');
    // And once more changes nothing: the renumbered rows are recognised as the same.
    const again = await d.backups.preview({ kind: 'file' });
    if (again.state !== 'ready') throw new Error('cancelled');
    expect(again.preview.report.nothingToDo).toBe(true);
  });

  it('an automatic backup (whole-database copy) holds the files too, and restores them', async () => {
    const c = await open();
    const pdf = realPdf('automatic');
    const a = await c.certificates.create({
      fields: company('CS-AUTO'),
      account: null,
      upload: (await upload(c, pdf, 'auto.pdf')).ticket,
    });
    const entry = await c.backups.create('manual');
    const copy = path.join(c.options.dataDir, 'backups', entry.name);
    const dir = tempDir();
    const d = await open(dir, { chooseOpenPath: async () => copy });
    const preview = await d.backups.preview({ kind: 'file' });
    if (preview.state !== 'ready') throw new Error('cancelled');
    await d.backups.import(preview.preview.token);
    const t = await d.certificates.openFile(a.certificate.id);
    expect((await d.certificates.takeFile(t.url.split('/').pop()!))?.data.equals(pdf)).toBe(true);
  });
});

describe('bid pack', () => {
  it('zips the selected certificates’ files, byte for byte, and an index PDF listing them', async () => {
    const c = await open(tempDir(), { pdfPrinter: chromiumPdfPrinter() });
    const pdf = realPdf('pack');
    const png = realPng();
    const a = await c.certificates.create({
      fields: personal('HCIP-P1'),
      account: 'acct-a',
      upload: (await upload(c, pdf, 'p1.pdf')).ticket,
    });
    const b = await c.certificates.create({
      fields: company('CS-P2'),
      account: null,
      upload: (await upload(c, png, 'p2.png')).ticket,
    });
    await c.certificates.create({ fields: company('CS-P3'), account: null, upload: null });
    const r = await call(c, 'certificates.bidPack', { ids: [a.certificate.id, b.certificate.id], title: 'Bid 2026' });
    if (!r.ok) throw new Error(r.error.message);
    const zip = path.join(c.options.dataDir, 'exports', r.value.fileName);
    const entries = await unzip(zip);
    const names = [...entries.keys()];
    expect(names).toHaveLength(3);
    expect(names).toContain('index.pdf');
    const pdfName = names.find((n) => n.endsWith('.pdf') && n !== 'index.pdf')!;
    const pngName = names.find((n) => n.endsWith('.png'))!;
    expect(pdfName).toContain('HCIP-P1');
    expect(entries.get(pdfName)!.equals(pdf)).toBe(true);
    expect(entries.get(pngName)!.equals(png)).toBe(true);
    const index = path.join(c.options.dataDir, 'index.pdf');
    fs.writeFileSync(index, entries.get('index.pdf')!);
    const text = execFileSync('pdftotext', ['-layout', index, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bid 2026');
    expect(text).toContain('HCIP-P1');
    expect(text).toContain('CS-P2');
    expect(text).not.toContain('CS-P3');
    const none = await call(c, 'certificates.bidPack', { ids: [], title: '' });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
