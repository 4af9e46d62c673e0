import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { MAX_FILE_BYTES, type FileMime, type UploadInfo } from '../../shared/certificates/schema';
import { sniffFile } from '../../shared/certificates/file-type';
import { AppError } from '../../shared/ipc/errors';
import { stageStream, TooLargeError, type Staged } from './store';

const TICKET_TTL_MS = 15 * 60_000;

interface Slot {
  expires: number;
  staged: Staged | null;
  name: string;
}

/** A staged upload whose bytes passed the type check: ready to go into the store. */
export interface CheckedUpload extends Staged {
  mime: FileMime;
  name: string;
}

/** The type check of a staged file, as the user is told it (nothing is stored on refusal). */
export function checkStaged(staged: Staged): FileMime {
  const sniffed = sniffFile(staged.head, staged.tail);
  if (sniffed.mime === null)
    throw new AppError(
      'INVALID_INPUT',
      sniffed.what === 'executable' ? 'certificates.error.fileExecutable' : 'certificates.error.fileType',
    );
  if (!sniffed.complete) throw new AppError('INVALID_INPUT', 'certificates.error.fileTruncated');
  return sniffed.mime;
}

/**
 * Files on their way in, by one-use ticket: the renderer asks for a slot over the
 * token-checked IPC, then sends the bytes to `POST <slot url>` (the browser host's route,
 * or the Electron shell's app:// handler). The bytes land in the store's tmp/ folder,
 * hashed and size-checked as they stream; the certificate is saved with the ticket.
 */
export class Uploads {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly dataDir: string) {}

  slot(): { url: string; maxBytes: number; ticket: string } {
    this.expire();
    const ticket = crypto.randomBytes(16).toString('hex');
    this.slots.set(ticket, { expires: Date.now() + TICKET_TTL_MS, staged: null, name: 'certificate' });
    return { url: `/certificates/upload/${ticket}`, maxBytes: MAX_FILE_BYTES, ticket };
  }

  /** The upload route: 'tooLarge' past 20 MB (nothing is kept), 'unknown' for a used or made-up ticket. */
  async receive(ticket: string, body: Readable, fileName: string | null): Promise<'ok' | 'unknown' | 'tooLarge'> {
    const slot = this.slots.get(ticket);
    if (!slot || slot.staged || slot.expires < Date.now()) return 'unknown';
    try {
      slot.staged = await stageStream(this.dataDir, body);
    } catch (err) {
      if (err instanceof TooLargeError) return 'tooLarge';
      throw err;
    }
    if (fileName) slot.name = fileName.replace(/[\\/]/g, '_').slice(0, 200);
    return 'ok';
  }

  /** What was uploaded, checked by its bytes; refused with the reason in the user's language. */
  inspect(ticket: string): UploadInfo {
    const slot = this.slots.get(ticket);
    if (!slot?.staged) throw new AppError('NOT_FOUND', 'certificates.error.uploadMissing');
    const mime = checkStaged(slot.staged);
    return { ticket, mime, bytes: slot.staged.bytes, sha256: slot.staged.sha256, name: slot.name };
  }

  /** Takes the upload for a save (the ticket is then used up, whatever the outcome). */
  take(ticket: string): CheckedUpload {
    const slot = this.slots.get(ticket);
    if (!slot?.staged) throw new AppError('NOT_FOUND', 'certificates.error.uploadMissing');
    this.slots.delete(ticket);
    try {
      return { ...slot.staged, mime: checkStaged(slot.staged), name: slot.name };
    } catch (err) {
      void fs.promises.rm(slot.staged.tmp, { force: true }).catch(() => {});
      throw err;
    }
  }

  private expire() {
    const now = Date.now();
    for (const [ticket, s] of this.slots) {
      if (s.expires >= now) continue;
      this.slots.delete(ticket);
      if (s.staged) void fs.promises.rm(s.staged.tmp, { force: true }).catch(() => {});
    }
  }
}
