import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { MAX_FILE_BYTES } from '../../shared/certificates/schema';

/**
 * The certificate file store: `<dataDir>/certificates/files/<aa>/<sha256>`, content-addressed
 * and never rewritten (the same file added twice is stored once), plus `tmp/` for files on
 * their way in. Every file arrives crash-safely: written to `tmp/`, fsynced, renamed into
 * place, the folder fsynced — and only then is the database row that names it committed.
 * A kill at any moment leaves either a whole file (perhaps one no row names yet: the sweep
 * at the next start removes it) or a temporary one (removed by the same sweep); a row never
 * names a file that is not whole. On every read the bytes are hashed again: a file changed
 * on disk is refused, never shown as the certificate.
 */
export const STORE_FOLDER = 'certificates';

export function storeRoot(dataDir: string): string {
  return path.join(dataDir, STORE_FOLDER);
}

export function tmpDir(dataDir: string): string {
  return path.join(storeRoot(dataDir), 'tmp');
}

const SHA256 = /^[0-9a-f]{64}$/;

export function filePath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('not a sha256');
  return path.join(storeRoot(dataDir), 'files', sha256.slice(0, 2), sha256);
}

/** A file received into tmp/, hashed as it came, fsynced; not yet in the store. */
export interface Staged {
  tmp: string;
  sha256: string;
  bytes: number;
  /** The first and last bytes, for the type check. */
  head: Buffer;
  tail: Buffer;
}

export class TooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`file larger than ${MAX_FILE_BYTES} bytes`);
  }
}

export class TamperedError extends Error {
  constructor(readonly sha256: string) {
    super(`stored file ${sha256.slice(0, 12)}… does not match its hash`);
  }
}

export class MissingFileError extends Error {
  constructor(readonly sha256: string) {
    super(`stored file ${sha256.slice(0, 12)}… is missing`);
  }
}

const HEAD = 64;
const TAIL = 1024;

async function fsyncDir(dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals renames.
  if (process.platform === 'win32') return;
  const fd = await fs.promises.open(dir, 'r');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

/**
 * Streams `body` into a new temporary file, hashing as it goes; refuses more than
 * `limit` bytes (the temporary file is removed). The file is fsynced before this returns.
 */
export async function stageStream(dataDir: string, body: Readable, limit = MAX_FILE_BYTES): Promise<Staged> {
  const dir = tmpDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `in-${crypto.randomUUID()}`);
  const fd = await fs.promises.open(tmp, 'wx', 0o600);
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of body) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      bytes += buf.length;
      if (bytes > limit) throw new TooLargeError(bytes);
      if (head.length < HEAD) head = Buffer.concat([head, buf.subarray(0, HEAD - head.length)]);
      tail = Buffer.concat([tail, buf]).subarray(-TAIL);
      hash.update(buf);
      await fd.write(buf);
    }
    await fd.sync();
  } catch (err) {
    await fd.close().catch(() => {});
    await fs.promises.rm(tmp, { force: true });
    if (err instanceof TooLargeError) body.destroy?.();
    throw err;
  }
  await fd.close();
  return { tmp, sha256: hash.digest('hex'), bytes, head, tail };
}

/**
 * Moves a staged file into the store under its hash (rename, then the folder fsynced).
 * If the store already has that content, the staged copy is dropped.
 */
export async function commitStaged(dataDir: string, staged: Staged): Promise<string> {
  const target = filePath(dataDir, staged.sha256);
  await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const existing = await fs.promises.stat(target).catch(() => null);
  if (existing?.size === staged.bytes && (await hashFile(target)) === staged.sha256) {
    await fs.promises.rm(staged.tmp, { force: true });
    return target;
  }
  await fs.promises.rename(staged.tmp, target);
  await fsyncDir(path.dirname(target));
  return target;
}

export async function hashFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The stored bytes of `sha256`, hashed again: TamperedError if they changed on disk, MissingFileError if gone. */
export async function readVerified(dataDir: string, sha256: string): Promise<Buffer> {
  const data = await fs.promises.readFile(filePath(dataDir, sha256)).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new MissingFileError(sha256);
    throw err;
  });
  if (crypto.createHash('sha256').update(data).digest('hex') !== sha256) throw new TamperedError(sha256);
  return data;
}

/** The same, synchronously, for the database worker (backups and exports copy the files). */
export function readVerifiedSync(dataDir: string, sha256: string): Buffer | null {
  let data: Buffer;
  try {
    data = fs.readFileSync(filePath(dataDir, sha256));
  } catch {
    return null;
  }
  return crypto.createHash('sha256').update(data).digest('hex') === sha256 ? data : null;
}

/**
 * Writes a file's bytes into the store crash-safely from the database worker (an import
 * brings files back): refused unless the bytes hash to `sha256`; nothing happens when the
 * store already holds it whole.
 */
export function writeBlobSync(dataDir: string, sha256: string, data: Buffer): boolean {
  if (crypto.createHash('sha256').update(data).digest('hex') !== sha256) return false;
  if (readVerifiedSync(dataDir, sha256)) return true;
  const target = filePath(dataDir, sha256);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  fs.mkdirSync(tmpDir(dataDir), { recursive: true, mode: 0o700 });
  const tmp = path.join(tmpDir(dataDir), `in-${crypto.randomUUID()}`);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  if (process.platform !== 'win32') {
    const dfd = fs.openSync(path.dirname(target), 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  }
  return true;
}

/** Every stored file's hash (names that are not a sha256 are not the store's). */
export async function storedHashes(dataDir: string): Promise<string[]> {
  const root = path.join(storeRoot(dataDir), 'files');
  const out: string[] = [];
  for (const prefix of await fs.promises.readdir(root).catch(() => [] as string[])) {
    for (const name of await fs.promises.readdir(path.join(root, prefix)).catch(() => [] as string[]))
      if (SHA256.test(name) && name.startsWith(prefix)) out.push(name);
  }
  return out;
}

/**
 * At start, before any file is added: removes what a killed run left — temporary files,
 * and stored files no certificate names (their row was never committed, or the
 * certificate's file was replaced). Backups carry their own copies of the files.
 */
export async function sweepOrphans(dataDir: string, referenced: ReadonlySet<string>): Promise<{ removed: number }> {
  let removed = 0;
  for (const name of await fs.promises.readdir(tmpDir(dataDir)).catch(() => [] as string[])) {
    await fs.promises.rm(path.join(tmpDir(dataDir), name), { force: true, recursive: true });
    removed++;
  }
  for (const sha of await storedHashes(dataDir)) {
    if (referenced.has(sha)) continue;
    await fs.promises.rm(filePath(dataDir, sha), { force: true });
    removed++;
  }
  return { removed };
}
