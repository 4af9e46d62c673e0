import { z } from 'zod';

/**
 * Backups of the local database and export/import of local-only data (issue 5), as they
 * cross IPC. Automatic backups are whole-database copies in `<dataDir>/backups/`; an
 * export is a `.pwbackup` file (SQLite) with the local-only tables only. Either can be
 * imported: first a preview (what would change), then the import with the preview's token.
 */
export const BackupReason = z.enum(['start', 'daily', 'issue', 'void', 'manual', 'import']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupEntry = z.object({
  /** The file name in the backups folder: the id other channels take. */
  name: z.string(),
  createdAt: z.string(),
  reason: BackupReason,
  bytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupList = z.object({
  backups: z.array(BackupEntry),
  /** Where they are (shown to the user; Electron can open it). */
  folder: z.string(),
  /** How many are kept: the newest few, one a day for a week, one a week for a month. */
  policy: z.object({ recent: z.number().int(), daily: z.number().int(), weekly: z.number().int() }),
});
export type BackupList = z.infer<typeof BackupList>;

const backupName = z.string().regex(/^workstation-\d{8}T\d{6}-\d{3}Z-[a-z]+\.db$/, 'backups.error.badName');

/** What to import from: an automatic backup, a file the user picks (Electron), or one uploaded to the host. */
export const ImportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('backup'), name: backupName }).strict(),
  z.object({ kind: z.literal('file') }).strict(),
  z.object({ kind: z.literal('upload'), ticket: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const UploadSlot = z.object({ url: z.string(), maxBytes: z.number().int() });

/** How an import changes one table: rows added, replaced by a newer version, left alone. */
export const TableChange = z.object({
  table: z.string(),
  inFile: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows kept as they are here because the local copy is newer (or differs and cannot be ordered). */
  keptLocal: z.number().int(),
});
export type TableChange = z.infer<typeof TableChange>;

export const ImportConflict = z.object({
  table: z.string(),
  key: z.string(),
  reason: z.enum(['numberTaken', 'diverged']),
});

export const ImportReport = z.object({
  source: z.object({
    kind: z.enum(['export', 'database']),
    fileName: z.string(),
    bytes: z.number().int(),
    createdAt: z.string().nullable(),
    appVersion: z.string().nullable(),
    schemaVersion: z.number().int(),
  }),
  tables: z.array(TableChange),
  conflicts: z.array(ImportConflict),
  /** Invoice numbers the import adds or brings forward (the first few). */
  invoiceNumbers: z.array(z.string()),
  /** Earliest and latest invoice dates in the file (created, issued). */
  invoicesFrom: z.string().nullable(),
  invoicesTo: z.string().nullable(),
  /** Bill items that more than their amount would be invoiced for after the import (issued + drafts). */
  overInvoicedItems: z.number().int(),
  /** True when nothing would change. */
  nothingToDo: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportPreview = z.object({
  /** Pass to 'backups.import' to apply exactly this preview; valid for a few minutes, once. */
  token: z.string(),
  expiresAt: z.string(),
  report: ImportReport,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** 'cancelled' when the user closed the open dialog. */
export const PreviewResult = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), preview: ImportPreview }),
  z.object({ state: z.literal('cancelled') }),
]);
export type PreviewResult = z.infer<typeof PreviewResult>;

export const ImportResult = z.object({
  report: ImportReport,
  /** The automatic backup taken just before the import (undo by hand). */
  backupBefore: z.string().nullable(),
});
export type ImportResult = z.infer<typeof ImportResult>;
