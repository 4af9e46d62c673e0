import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../shared/backup/schema';

/** `workstation-20250601T040000-123Z-issue.db`: sortable by time, the reason at the end. */
const NAME = /^workstation-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-(\d{3})Z-([a-z]+)\.db$/;
const REASONS: readonly BackupReason[] = ['start', 'daily', 'issue', 'void', 'manual', 'import'];

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function backupName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString(); // 2025-06-01T04:00:00.123Z
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}T${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}Z`;
  return `workstation-${stamp}-${reason}.db`;
}

export function parseBackupName(name: string): { createdAt: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  if (!REASONS.includes(reason as BackupReason)) return null;
  const createdAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, reason: reason as BackupReason };
}

/** The automatic backups in the folder, newest first. Other files there are never touched. */
export async function listBackups(dataDir: string): Promise<BackupEntry[]> {
  const dir = backupDir(dataDir);
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  const out: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = await fs.promises.stat(path.join(dir, name)).catch(() => null);
    if (!stat?.isFile()) continue;
    out.push({ name, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason, bytes: stat.size });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Half-written backups (`*.db.part`) of a run that was killed, older than `olderThanMs`. */
export async function removeStaleParts(dataDir: string, olderThanMs: number): Promise<void> {
  const dir = backupDir(dataDir);
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith('workstation-') || !name.endsWith('.db.part')) continue;
    const file = path.join(dir, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > olderThanMs) await fs.promises.rm(file, { force: true });
  }
}
