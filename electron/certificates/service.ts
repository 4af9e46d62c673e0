import crypto from 'node:crypto';
import os from 'node:os';
import type { Readable } from 'node:stream';
import type {
  CertificateCreate,
  CertificateDetail,
  CertificateListInput,
  CertificatePage,
  CertificateUpdate,
  ExpiringSummary,
  FileTicket,
  Inbox,
  ReminderView,
  UploadInfo,
} from '../../shared/certificates/schema';
import { localDate } from '../../shared/certificates/rules';
import { checkFields } from '../../shared/certificates/validate';
import { AppError } from '../../shared/ipc/errors';
import type { Logger } from '../core/logger';
import type { DbClient } from '../db/client';
import type { FileRef, Refusal } from './repository';
import { commitStaged, MissingFileError, readVerified, sweepOrphans, TamperedError } from './store';
import { Uploads } from './uploads';

export interface CertificateServiceDeps {
  db: DbClient;
  dataDir: string;
  logger: Logger;
  /** The clock reminders and the computed status go by (tests set it). */
  clock?: () => Date;
  /** Who did it, for the history; the OS account by default. */
  actor?: string;
  /** New reminders (the core forwards them as an event: the inbox and desktop notifications). */
  onReminders?: (reminders: ReminderView[]) => void;
}

function osUser(): string {
  try {
    return os.userInfo().username || 'rep';
  } catch {
    return 'rep';
  }
}

export function refuse(r: Refusal): never {
  switch (r.refused) {
    case 'notFound':
      throw new AppError('NOT_FOUND', 'certificates.error.notFound');
    case 'stale':
      throw new AppError('CONFLICT', 'certificates.error.stale');
    case 'notPersonal':
      throw new AppError('INVALID_INPUT', 'certificates.error.notPersonal');
    case 'alreadyBound':
      throw new AppError('CONFLICT', 'certificates.error.alreadyBound', { account: r.account });
    case 'notBound':
      throw new AppError('CONFLICT', 'certificates.error.notBound');
    case 'sameAccount':
      throw new AppError('CONFLICT', 'certificates.error.sameAccount');
    case 'accountHoldsNumber':
      throw new AppError('CONFLICT', 'certificates.error.accountHoldsNumber', { account: r.account, number: r.number });
    case 'notUndoable':
      throw new AppError('CONFLICT', 'certificates.error.notUndoable');
  }
}

function settle<T extends object>(out: T | Refusal | null): T {
  if (out === null) refuse({ refused: 'notFound' });
  if ('refused' in out) refuse(out);
  return out;
}

const FILE_TICKET_TTL_MS = 2 * 60_000;
/** How far ahead the reminder check looks: the widest threshold. */
const REMINDER_HORIZON = 90;

/**
 * Certificates: local-only data. Writes are durable operations in the writer worker; files
 * go into the content-addressed store (store.ts) before the row that names them is
 * committed, and are hashed again whenever they are opened.
 */
export class CertificateService {
  readonly uploads: Uploads;
  private readonly actor: string;
  private readonly clock: () => Date;
  private readonly files = new Map<string, { sha256: string; mime: FileRef['mime']; name: string; expires: number }>();
  /** The orphan sweep at start; no file is added before it is done (it must not take a file in flight). */
  private ready: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: CertificateServiceDeps) {
    this.uploads = new Uploads(deps.dataDir);
    this.actor = deps.actor ?? osUser();
    this.clock = deps.clock ?? (() => new Date());
  }

  private who() {
    const at = this.clock();
    return { now: at.toISOString(), today: localDate(at), actor: this.actor };
  }

  today(): string {
    return localDate(this.clock());
  }

  /**
   * At start: the sweep of what a killed run left in the store, then the reminder check,
   * and the check again every hour (a laptop left open across midnight still gets them).
   */
  start(): Promise<void> {
    this.ready = (async () => {
      const refs = new Set(await this.deps.db.run('certificates.fileRefs'));
      const { removed } = await sweepOrphans(this.deps.dataDir, refs);
      if (removed) this.deps.logger.info('certificate store swept', { removed });
    })().catch((err) => this.deps.logger.error('certificate sweep failed', { error: String(err) }));
    void this.ready.then(() => this.checkReminders().catch(() => {}));
    this.timer = setInterval(() => void this.checkReminders().catch(() => {}), 60 * 60_000);
    this.timer.unref();
    return this.ready;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  list(input: CertificateListInput): Promise<CertificatePage> {
    return this.deps.db.run('certificates.list', { ...input, today: this.today() });
  }

  async get(id: string): Promise<CertificateDetail> {
    return settle(await this.deps.db.run('certificates.get', { id, today: this.today() }));
  }

  uploadSlot(): { url: string; maxBytes: number } {
    const { url, maxBytes } = this.uploads.slot();
    return { url, maxBytes };
  }

  receiveUpload(ticket: string, body: Readable, fileName: string | null) {
    return this.uploads.receive(ticket, body, fileName);
  }

  inspectUpload(ticket: string): UploadInfo {
    return this.uploads.inspect(ticket);
  }

  /** The upload, moved into the store (whole and fsynced) — before any row names it. */
  private async storeUpload(ticket: string | null): Promise<FileRef | null> {
    if (!ticket) return null;
    await this.ready;
    const up = this.uploads.take(ticket);
    await commitStaged(this.deps.dataDir, up);
    return { sha256: up.sha256, mime: up.mime, bytes: up.bytes, name: up.name };
  }

  private check(fields: CertificateCreate['fields'], account: string | null) {
    const problems = checkFields(fields, account);
    if (problems.length) throw new AppError('INVALID_INPUT', problems[0]!.key, {}, { problems });
  }

  async create(input: CertificateCreate): Promise<CertificateDetail> {
    this.check(input.fields, input.account);
    const file = await this.storeUpload(input.upload);
    const out = await this.deps.db.run('certificates.create', {
      ...this.who(),
      id: crypto.randomUUID(),
      fields: input.fields,
      account: input.fields.scope === 'personal' ? input.account : null,
      file,
    });
    const detail = settle(out);
    void this.checkReminders().catch(() => {});
    return detail;
  }

  async update(input: CertificateUpdate): Promise<CertificateDetail> {
    this.check(input.fields, null);
    const file = await this.storeUpload(input.upload);
    const detail = settle(await this.deps.db.run('certificates.update', { ...this.who(), ...input, file }));
    void this.checkReminders().catch(() => {});
    return detail;
  }

  async bind(input: { id: string; account: string; onDate: string; note: string }) {
    return settle(await this.deps.db.run('certificates.bind', { ...this.who(), ...input }));
  }

  async unbind(input: { id: string; onDate: string; note: string }) {
    return settle(await this.deps.db.run('certificates.unbind', { ...this.who(), ...input }));
  }

  async transfer(input: { id: string; account: string; onDate: string; note: string }) {
    return settle(await this.deps.db.run('certificates.transfer', { ...this.who(), ...input }));
  }

  async undo(input: { id: string; transferId: number; note: string }) {
    return settle(await this.deps.db.run('certificates.undo', { ...this.who(), ...input }));
  }

  /**
   * Opens a certificate's file for viewing or printing: hashed now (a changed or missing
   * file is refused with its reason), then offered once at a short-lived URL.
   */
  async openFile(id: string): Promise<FileTicket> {
    const { certificate } = await this.get(id);
    if (!certificate.file) throw new AppError('NOT_FOUND', 'certificates.error.noFile');
    await this.verified(certificate.file.sha256);
    const ticket = crypto.randomBytes(16).toString('hex');
    this.files.set(ticket, {
      sha256: certificate.file.sha256,
      mime: certificate.file.mime,
      name: certificate.file.name,
      expires: Date.now() + FILE_TICKET_TTL_MS,
    });
    return { url: `/certificates/file/${ticket}`, mime: certificate.file.mime, name: certificate.file.name };
  }

  /** The stored bytes of `sha256`, hashed again; refused with the reason when they are not the file that was added. */
  async verified(sha256: string): Promise<Buffer> {
    try {
      return await readVerified(this.deps.dataDir, sha256);
    } catch (err) {
      if (err instanceof TamperedError) {
        this.deps.logger.error('certificate file does not match its hash', { sha256: sha256.slice(0, 12) });
        throw new AppError('CONFLICT', 'certificates.error.fileTampered');
      }
      if (err instanceof MissingFileError) throw new AppError('NOT_FOUND', 'certificates.error.fileMissing');
      throw err;
    }
  }

  /** The file route (GET, once per ticket): the bytes, checked again against their hash. */
  async takeFile(ticket: string): Promise<{ data: Buffer; mime: FileRef['mime']; name: string } | null> {
    const f = this.files.get(ticket);
    this.files.delete(ticket);
    for (const [t, v] of this.files) if (v.expires < Date.now()) this.files.delete(t);
    if (!f || f.expires < Date.now()) return null;
    const data = await readVerified(this.deps.dataDir, f.sha256).catch(() => null);
    return data ? { data, mime: f.mime, name: f.name } : null;
  }

  /** Gives the reminders due today (90/30/7 days before expiry, each once) and announces the new ones. */
  async checkReminders(): Promise<ReminderView[]> {
    const fresh = await this.deps.db.run('certificates.giveReminders', { ...this.who(), horizon: REMINDER_HORIZON });
    if (fresh.length) this.deps.onReminders?.(fresh);
    return fresh;
  }

  inbox(): Promise<Inbox> {
    return this.deps.db.run('certificates.inbox', { today: this.today(), limit: 200 });
  }

  async markRead(ids: string[]): Promise<Inbox> {
    await this.deps.db.run('certificates.markRead', { ids, now: this.clock().toISOString() });
    return this.inbox();
  }

  expiring(): Promise<ExpiringSummary> {
    return this.deps.db.run('certificates.expiring', { today: this.today() });
  }

  /** Who and when, for the import's history entries. */
  stamp() {
    return this.who();
  }
}
