import { z } from 'zod';
import { IsoDate, Paging } from '../common/schema';

/**
 * Certificates (issue 7): the company's solution certificates and the staff's Huawei
 * certifications, kept only on this computer (the partner center offers them as
 * downloads, there is no API). What crosses IPC; the rules are in rules.ts.
 */

/** Company / solution certificates and personal (HCIA/HCIP/HCIE) certificates. */
export const CertificateScope = z.enum(['company', 'personal']);
export type CertificateScope = z.infer<typeof CertificateScope>;

export const COMPANY_KINDS = ['cloudSoftware', 'advancedCloudSoftware', 'partnerQualification', 'other'] as const;
export const PERSONAL_LEVELS = ['HCIA', 'HCIP', 'HCIE'] as const;
/** A company certificate's kind, or a personal certificate's level. */
export const CertificateKind = z.enum([...COMPANY_KINDS, ...PERSONAL_LEVELS]);
export type CertificateKind = z.infer<typeof CertificateKind>;

/** What the rep records: applying, passed, revoked (and expired, for a company certificate the partner center says so). */
export const StoredStatus = z.enum(['applying', 'passed', 'expired', 'revoked']);
export type StoredStatus = z.infer<typeof StoredStatus>;
/** What the app shows: the stored status with `expired` computed from the expiry date. */
export const CertificateStatus = StoredStatus;
export type CertificateStatus = StoredStatus;

export const FileMime = z.enum(['application/pdf', 'image/png', 'image/jpeg']);
export type FileMime = z.infer<typeof FileMime>;

/** 20 MB: a scanned certificate is far smaller; a bid pack of 20 stays reasonable. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const CertificateId = z.string().regex(/^[0-9a-f-]{36}$/, 'certificates.error.notFound');
/** A Huawei account name: letters, digits, _ - . @ (the partner center's account or IAM user). */
export const AccountName = z
  .string()
  .trim()
  .min(1, 'certificates.error.accountRequired')
  .max(64, 'validation.tooLong')
  .regex(/^[\p{L}\p{N}_.@-]+$/u, 'certificates.error.accountFormat');

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const CertificateFields = z
  .object({
    scope: CertificateScope,
    kind: CertificateKind,
    /** Company: the solution's name. Personal: the holder's name. */
    name: text(200).min(1, 'certificates.error.nameRequired'),
    /** Personal: the track, e.g. Cloud Service, Datacom. Empty for company certificates. */
    track: text(100),
    number: text(100).min(1, 'certificates.error.numberRequired'),
    status: StoredStatus,
    issueDate: IsoDate.nullable(),
    expiryDate: IsoDate.nullable(),
    note: text(1000),
  })
  .strict();
export type CertificateFields = z.infer<typeof CertificateFields>;

/** A one-use upload ticket (hex) for the certificate's file, from `certificates.uploadSlot`. */
export const UploadTicket = z.string().regex(/^[0-9a-f]{32}$/);

export const CertificateCreate = z
  .object({
    fields: CertificateFields,
    /** Personal certificates: the account it is bound to at first (may be none). */
    account: AccountName.nullable(),
    upload: UploadTicket.nullable(),
  })
  .strict();
export type CertificateCreate = z.infer<typeof CertificateCreate>;

export const CertificateUpdate = z
  .object({
    id: CertificateId,
    revision: z.number().int().min(1),
    fields: CertificateFields,
    /** A new file replaces the old one (the old one stays in the history's backups). */
    upload: UploadTicket.nullable(),
  })
  .strict();
export type CertificateUpdate = z.infer<typeof CertificateUpdate>;

export const CertificateFile = z.object({
  sha256: z.string(),
  mime: FileMime,
  bytes: z.number().int(),
  name: z.string(),
});
export type CertificateFile = z.infer<typeof CertificateFile>;

export const CertificateView = z.object({
  id: z.string(),
  scope: CertificateScope,
  kind: CertificateKind,
  name: z.string(),
  track: z.string(),
  number: z.string(),
  storedStatus: StoredStatus,
  status: CertificateStatus,
  issueDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  /** Days from today to the expiry date (negative once expired); null without an expiry date. */
  daysLeft: z.number().int().nullable(),
  account: z.string().nullable(),
  file: CertificateFile.nullable(),
  note: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CertificateView = z.infer<typeof CertificateView>;

export const HistoryAction = z.enum(['created', 'updated', 'file', 'bind', 'unbind', 'transfer', 'undo', 'imported']);
export type HistoryAction = z.infer<typeof HistoryAction>;

export const HistoryEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  /** The day the rep says it happened in the partner center (transfers), else the day recorded. */
  onDate: z.string(),
  actor: z.string(),
  action: HistoryAction,
  fromAccount: z.string().nullable(),
  toAccount: z.string().nullable(),
  note: z.string(),
  /** For an undo: the transfer entry it reverses. */
  undoes: z.number().int().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const CertificateDetail = z.object({
  certificate: CertificateView,
  history: z.array(HistoryEntry),
  /** The transfer entry that 'undo' would reverse (the latest, while its target still holds it). */
  undoable: z.number().int().nullable(),
});
export type CertificateDetail = z.infer<typeof CertificateDetail>;

export const CertificateListInput = z
  .object({
    scope: CertificateScope.optional(),
    kind: CertificateKind.optional(),
    status: CertificateStatus.optional(),
    /** Holder (personal) or solution name, number, or account: a substring. */
    search: z.string().trim().max(200, 'validation.searchTooLong').optional(),
    holder: z.string().trim().max(200, 'validation.searchTooLong').optional(),
    /** Not yet expired and expiring within N days from today. */
    expiringWithin: z.number().int().min(0).max(3650).optional(),
    ...Paging,
  })
  .strict();
export type CertificateListInput = z.infer<typeof CertificateListInput>;

export const CertificatePage = z.object({
  rows: z.array(CertificateView),
  total: z.number().int(),
});
export type CertificatePage = z.infer<typeof CertificatePage>;

export const BindInput = z
  .object({
    id: CertificateId,
    account: AccountName,
    onDate: IsoDate,
    note: text(500),
  })
  .strict();
export const UnbindInput = z.object({ id: CertificateId, onDate: IsoDate, note: text(500) }).strict();
/** Unbind from the current account and bind to `account`, as one recorded transfer. */
export const TransferInput = BindInput;
export const UndoInput = z.object({ id: CertificateId, transferId: z.number().int(), note: text(500) }).strict();

export const UploadInfo = z.object({
  ticket: z.string(),
  mime: FileMime,
  bytes: z.number().int(),
  sha256: z.string(),
  name: z.string(),
});
export type UploadInfo = z.infer<typeof UploadInfo>;

/** A short-lived URL the renderer fetches the (hash-checked) file from, to show or print it. */
export const FileTicket = z.object({ url: z.string(), mime: FileMime, name: z.string() });
export type FileTicket = z.infer<typeof FileTicket>;

export const ReminderView = z.object({
  id: z.string(),
  certificateId: z.string(),
  threshold: z.number().int(),
  expiryDate: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  scope: CertificateScope,
  kind: CertificateKind,
  name: z.string(),
  number: z.string(),
  daysLeft: z.number().int().nullable(),
});
export type ReminderView = z.infer<typeof ReminderView>;

export const Inbox = z.object({ reminders: z.array(ReminderView), unread: z.number().int() });
export type Inbox = z.infer<typeof Inbox>;

export const ExpiringSummary = z.object({
  /** Counts of certificates expiring within 7, 30 and 90 days (not yet expired). */
  within7: z.number().int(),
  within30: z.number().int(),
  within90: z.number().int(),
  expired: z.number().int(),
  soonest: z.array(CertificateView),
});
export type ExpiringSummary = z.infer<typeof ExpiringSummary>;

/** One CSV row as the preview shows it: the certificate it would add, or why not. */
export const ImportRow = z.object({
  line: z.number().int(),
  fields: CertificateFields.nullable(),
  account: z.string().nullable(),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportPreview = z.object({
  token: z.string(),
  rows: z.array(ImportRow),
  good: z.number().int(),
  bad: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const CsvImportInput = z
  .object({ csv: z.string().max(2_000_000, 'certificates.error.csvTooLarge'), fileName: z.string().max(200) })
  .strict();

export const BidPackInput = z
  .object({ ids: z.array(CertificateId).min(1, 'certificates.error.noneSelected').max(200), title: text(200) })
  .strict();
