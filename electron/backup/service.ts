import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type {
  BackupEntry,
  BackupList,
  BackupReason,
  ImportResult,
  ImportSource,
  PreviewResult,
} from '../../shared/backup/schema';
import type { FileDelivery } from '../../shared/exports/delivery';
import { AppError } from '../../shared/ipc/errors';
import type { Logger } from '../core/logger';
import { APP_VERSION } from '../core/version';
import type { DbClient } from '../db/client';
import { deliverFile, type DeliveryDeps } from '../exports/delivery';
import { backupDir, backupName, listBackups, removeStaleParts } from './files';
import type { ImportRefusal } from './inspect';
import type { MergeInput } from './merge';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from './rotation';

const DAY_MS = 86_400_000;
const PREVIEW_TTL_MS = 10 * 60_000;
/** Uploads (browser host) of a file to import: a .pwbackup is small; a whole database copy can be large. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export interface BackupServiceOptions extends DeliveryDeps {
  db: DbClient;
  logger: Logger;
  latestSchema: number;
  /** Electron's open dialog for the file to import (null = cancelled); absent in the browser host (upload). */
  chooseOpenPath?: () => Promise<string | null>;
  retention?: RetentionPolicy;
  /** How long after an issue/void the backup is taken, so a burst of them makes one backup. */
  debounceMs?: number;
  /** Who imports, for the audit trail. */
  actor?: string;
  /** After an import changed settings: the core reloads what it keeps in memory. */
  afterImport?: () => Promise<void>;
}

interface Pending {
  copy: string;
  fileName: string;
  bytes: number;
  fingerprint: string;
  expires: number;
}

/** Who imports, for the audit trail: the OS account, as the invoice service records it. */
function osUser(): string {
  try {
    return os.userInfo().username || 'rep';
  } catch {
    return 'rep';
  }
}

function refuse(r: ImportRefusal): never {
  switch (r.refused) {
    case 'notSqlite':
      throw new AppError('INVALID_INPUT', 'backups.error.notSqlite');
    case 'damaged':
      throw new AppError('INVALID_INPUT', 'backups.error.damaged', { detail: r.detail });
    case 'foreign':
      throw new AppError('INVALID_INPUT', 'backups.error.foreign');
    case 'tooNew':
      throw new AppError('INVALID_INPUT', 'backups.error.tooNew', { found: r.found, supported: r.supported });
    case 'incompatible':
      throw new AppError('INVALID_INPUT', 'backups.error.incompatible', { table: r.table, column: r.column });
    case 'changed':
      throw new AppError('CONFLICT', 'backups.error.changed');
  }
}

/**
 * Backups of local-only data (design §5), all file work off the main thread's critical
 * path: whole-database copies with the online backup API in the writer worker, rotated;
 * exports of the local-only tables to a .pwbackup file; imports that first show what they
 * would change and only apply it with the preview's one-use token. See docs/backups.md.
 */
export class BackupService {
  private readonly retention: RetentionPolicy;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private pendingReason: BackupReason | null = null;
  private readonly previews = new Map<string, Pending>();
  private readonly uploads = new Map<string, { expires: number; file: string | null; fileName: string }>();
  private closed = false;

  constructor(private readonly opts: BackupServiceOptions) {
    this.retention = opts.retention ?? DEFAULT_RETENTION;
  }

  private get dir() {
    return backupDir(this.opts.dataDir);
  }

  private get importsDir() {
    return path.join(this.opts.dataDir, 'imports');
  }

  async list(): Promise<BackupList> {
    return { backups: await listBackups(this.opts.dataDir), folder: this.dir, policy: { ...this.retention } };
  }

  /** One backup now (queued behind any running one), then the rotation. */
  create(reason: BackupReason): Promise<BackupEntry> {
    const run = this.queue.then(() => this.snapshot(reason));
    this.queue = run.catch(() => {});
    return run;
  }

  private async snapshot(reason: BackupReason): Promise<BackupEntry> {
    if (!this.opts.db.isReady)
      throw new AppError('DB_UNAVAILABLE', 'error.dbUnavailable', { reason: this.opts.db.outcome.state });
    await fs.promises.mkdir(this.dir, { recursive: true });
    const at = new Date();
    const name = backupName(at, reason);
    const started = performance.now();
    try {
      const { bytes } = await this.opts.db.run('backups.snapshot', {
        file: path.join(this.dir, name),
        dataDir: this.opts.dataDir,
      });
      this.opts.logger.info('backup made', { reason, bytes, ms: Math.round(performance.now() - started) });
      await this.rotate();
      return { name, createdAt: at.toISOString(), reason, bytes };
    } catch (err) {
      this.opts.logger.error('backup failed', { reason, error: String((err as Error)?.message ?? err) });
      throw new AppError('INTERNAL', 'backups.error.failed', {
        reason: String((err as Error)?.message ?? err).slice(0, 160),
      });
    }
  }

  private async rotate(): Promise<void> {
    const all = await listBackups(this.opts.dataDir);
    const keep = backupsToKeep(
      all.map((b) => ({ name: b.name, createdAt: new Date(b.createdAt) })),
      new Date(),
      this.retention,
    );
    for (const b of all) if (!keep.has(b.name)) await fs.promises.rm(path.join(this.dir, b.name), { force: true });
  }

  /** At start: clean up what a killed run left, and back up if the newest backup is older than a day. */
  async startup(): Promise<void> {
    if (!this.opts.db.isReady) return;
    await removeStaleParts(this.opts.dataDir, 60 * 60_000).catch(() => {});
    await fs.promises.rm(this.importsDir, { recursive: true, force: true }).catch(() => {});
    const newest = (await listBackups(this.opts.dataDir))[0];
    if (newest && Date.now() - Date.parse(newest.createdAt) < DAY_MS) return;
    const counts = await this.opts.db.run('backups.localCounts');
    // Nothing local yet (a new install): a copy of the cache alone is not worth the disk.
    if (!counts.invoices && !counts.invoice_audit && !counts.certificates) return;
    await this.create(newest ? 'daily' : 'start').catch(() => {});
  }

  /** After an invoice is issued or voided: one backup shortly after the last of a burst. */
  afterInvoiceChange(reason: 'issue' | 'void'): void {
    if (this.closed) return;
    this.pendingReason = reason;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const r = this.pendingReason ?? reason;
      this.pendingReason = null;
      void this.create(r).catch(() => {});
    }, this.opts.debounceMs ?? 2000);
    this.timer.unref?.();
  }

  /** The local-only tables to a .pwbackup file the user keeps (save dialog or download). */
  async export(): Promise<FileDelivery> {
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    return deliverFile(this.opts, `workstation-local-${stamp}.pwbackup`, async (tmp) => {
      await this.opts.db.run('backups.exportLocal', {
        file: tmp,
        appVersion: APP_VERSION,
        createdAt: new Date().toISOString(),
        dataDir: this.opts.dataDir,
      });
    });
  }

  /** Browser host: a one-use slot to upload the file to import to (POST /upload/<ticket>). */
  uploadSlot(): { url: string; maxBytes: number } {
    const ticket = crypto.randomBytes(16).toString('hex');
    this.uploads.set(ticket, { expires: Date.now() + PREVIEW_TTL_MS, file: null, fileName: 'upload.pwbackup' });
    return { url: `/upload/${ticket}`, maxBytes: MAX_UPLOAD_BYTES };
  }

  /** The host's upload route: streams the body into the imports folder. False when the ticket is not valid. */
  async receiveUpload(ticket: string, body: Readable, fileName: string | null): Promise<'ok' | 'unknown' | 'tooLarge'> {
    const slot = this.uploads.get(ticket);
    if (!slot || slot.file || slot.expires < Date.now()) return 'unknown';
    await fs.promises.mkdir(this.importsDir, { recursive: true, mode: 0o700 });
    const file = path.join(this.importsDir, `upload-${ticket}.db`);
    let bytes = 0;
    let tooLarge = false;
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_UPLOAD_BYTES && !tooLarge) {
        tooLarge = true;
        body.destroy(new Error('too large'));
      }
    });
    try {
      await pipeline(body, fs.createWriteStream(file, { mode: 0o600 }));
    } catch (err) {
      await fs.promises.rm(file, { force: true });
      if (tooLarge) return 'tooLarge';
      throw err;
    }
    slot.file = file;
    if (fileName) slot.fileName = path.basename(fileName).slice(0, 200);
    return 'ok';
  }

  /** Step 1 of an import: a private copy of the file, checked, and what importing it would change. */
  async preview(source: ImportSource): Promise<PreviewResult> {
    this.expire();
    const picked = await this.pick(source);
    if (!picked) return { state: 'cancelled' };
    const bytes = (await fs.promises.stat(picked.copy)).size;
    const input = this.mergeInput(picked.copy, picked.fileName, bytes, null);
    let outcome;
    try {
      outcome = await this.opts.db.run('backups.previewMerge', input);
    } catch (err) {
      await fs.promises.rm(picked.copy, { force: true });
      throw err;
    }
    if ('refused' in outcome) {
      await fs.promises.rm(picked.copy, { force: true });
      refuse(outcome);
    }
    if (picked.createdAt && !outcome.report.source.createdAt) outcome.report.source.createdAt = picked.createdAt;
    const token = crypto.randomBytes(16).toString('hex');
    const expires = Date.now() + PREVIEW_TTL_MS;
    this.previews.set(token, {
      copy: picked.copy,
      fileName: picked.fileName,
      bytes,
      fingerprint: outcome.fingerprint,
      expires,
    });
    return { state: 'ready', preview: { token, expiresAt: new Date(expires).toISOString(), report: outcome.report } };
  }

  /** Step 2: apply exactly what the preview showed — refused if the local data changed since. */
  async import(token: string): Promise<ImportResult> {
    this.expire();
    const p = this.previews.get(token);
    this.previews.delete(token);
    if (!p) throw new AppError('CONFLICT', 'backups.error.token');
    try {
      // The state before, kept as an automatic backup: an import can be undone by hand.
      const before = await this.create('import').catch(() => null);
      const outcome = await this.opts.db.run(
        'backups.merge',
        this.mergeInput(p.copy, p.fileName, p.bytes, p.fingerprint),
      );
      if ('refused' in outcome) refuse(outcome);
      this.opts.logger.info('local data imported', {
        tables: outcome.report.tables.map((t) => `${t.table}+${t.added}~${t.updated}`).join(' '),
      });
      if (outcome.report.tables.some((t) => t.table === 'settings' && (t.added || t.updated)))
        await this.opts.afterImport?.();
      return { report: outcome.report, backupBefore: before?.name ?? null };
    } finally {
      await fs.promises.rm(p.copy, { force: true });
    }
  }

  private mergeInput(file: string, fileName: string, bytes: number, fingerprint: string | null): MergeInput {
    return {
      file,
      fileName,
      bytes,
      latestSchema: this.opts.latestSchema,
      expectFingerprint: fingerprint,
      now: new Date().toISOString(),
      actor: this.opts.actor ?? osUser(),
      dataDir: this.opts.dataDir,
    };
  }

  /** The file to import, copied into the imports folder (the original is never opened for writing). */
  private async pick(
    source: ImportSource,
  ): Promise<{ copy: string; fileName: string; createdAt: string | null } | null> {
    await fs.promises.mkdir(this.importsDir, { recursive: true, mode: 0o700 });
    const copy = path.join(this.importsDir, `import-${crypto.randomUUID()}.db`);
    if (source.kind === 'upload') {
      const slot = this.uploads.get(source.ticket);
      this.uploads.delete(source.ticket);
      if (!slot?.file) throw new AppError('NOT_FOUND', 'backups.error.upload');
      await fs.promises.rename(slot.file, copy);
      return { copy, fileName: slot.fileName, createdAt: null };
    }
    let original: string;
    let createdAt: string | null = null;
    if (source.kind === 'backup') {
      original = path.join(this.dir, source.name);
      const entry = (await listBackups(this.opts.dataDir)).find((b) => b.name === source.name);
      if (!entry) throw new AppError('NOT_FOUND', 'backups.error.notFound');
      createdAt = entry.createdAt;
    } else {
      if (!this.opts.chooseOpenPath) throw new AppError('NOT_FOUND', 'backups.error.upload');
      const chosen = await this.opts.chooseOpenPath();
      if (!chosen) return null;
      original = chosen;
    }
    try {
      await fs.promises.copyFile(original, copy, fs.constants.COPYFILE_FICLONE);
    } catch {
      throw new AppError('NOT_FOUND', 'backups.error.notFound');
    }
    return { copy, fileName: path.basename(original), createdAt };
  }

  private expire() {
    const now = Date.now();
    for (const [token, p] of this.previews) {
      if (p.expires < now) {
        this.previews.delete(token);
        void fs.promises.rm(p.copy, { force: true }).catch(() => {});
      }
    }
    for (const [ticket, u] of this.uploads) {
      if (u.expires < now) {
        this.uploads.delete(ticket);
        if (u.file) void fs.promises.rm(u.file, { force: true }).catch(() => {});
      }
    }
  }

  /**
   * Waits for a running backup; one still waiting for its debounce (an invoice issued just
   * before quitting) is taken now. The core closes the database after.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      if (this.pendingReason) void this.create(this.pendingReason).catch(() => {});
    }
    await this.queue;
  }
}
