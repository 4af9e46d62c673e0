import { z } from 'zod';
import { Amount } from '../customers/schema';
import { LayoutSpec } from './layout';

/**
 * What the QR codes feature sends across IPC (shared/ipc/contract.ts uses these). Tags and
 * links are checked again by the core with the rules of tags.ts / link.ts before anything
 * is written; amounts are exact decimal text.
 */
export const AssociationType = z.enum(['referral', 'reseller']);
export type AssociationType = z.infer<typeof AssociationType>;

const text = (max: number) => z.string().max(max, 'validation.tooLong');
/** A calendar day, YYYY-MM-DD. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'qrcodes.error.badDate');

export const QrCodeId = z.string().min(1).max(64);

/** The fields a rep edits (create, edit). The tag is a raw string here: the core normalizes it. */
export const QrCodeFields = z
  .object({
    name: text(120),
    tag: z.string().max(200, 'validation.tooLong'),
    associationType: AssociationType,
    campaign: text(120),
    ownerRep: text(60),
    notes: text(2000),
    expiresOn: Day.nullable(),
  })
  .strict();
export type QrCodeFields = z.infer<typeof QrCodeFields>;

/** Common fields of every code of a batch. */
const BatchCommon = QrCodeFields.omit({ tag: true, name: true }).extend({
  /** Each code is named "<name> <tag>"; empty → the tag alone. */
  name: text(100),
});

export const BATCH_MAX = 500;

export const BatchInput = z.discriminatedUnion('kind', [
  BatchCommon.extend({
    kind: z.literal('sequence'),
    prefix: z.string().max(40, 'validation.tooLong'),
    from: z.number().int().min(0).max(999_999),
    count: z.number().int().min(1).max(BATCH_MAX, 'qrcodes.error.batchTooBig'),
    digits: z.number().int().min(1).max(6),
  }).strict(),
  BatchCommon.extend({
    kind: z.literal('list'),
    tags: z.array(z.string().max(200, 'validation.tooLong')).min(1).max(BATCH_MAX, 'qrcodes.error.batchTooBig'),
  }).strict(),
]);
export type BatchInput = z.infer<typeof BatchInput>;

export const QrStatusFilter = z.enum(['active', 'expired', 'archived', 'all']);
export type QrStatusFilter = z.infer<typeof QrStatusFilter>;

export const QrListInput = z
  .object({
    search: z.string().max(100).default(''),
    status: QrStatusFilter.default('active'),
    associationType: AssociationType.nullable().default(null),
    campaign: z.string().max(120).nullable().default(null),
    ownerRep: z.string().max(60).nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
    /** "Today" for the expired filter, YYYY-MM-DD in the rep's time zone. */
    today: Day,
  })
  .strict();
export type QrListInput = z.input<typeof QrListInput>;

/** Customers linked to a code (their label equals its tag) and what they bought since they were associated. */
export const Attribution = z.object({
  customers: z.number().int(),
  firstAssociatedOn: z.string().nullable(),
  lastAssociatedOn: z.string().nullable(),
  orders: z.number().int(),
  spend: Amount,
});
export type Attribution = z.infer<typeof Attribution>;

export const QrCodeView = z.object({
  id: z.string(),
  name: z.string(),
  tag: z.string(),
  associationType: AssociationType,
  campaign: z.string(),
  ownerRep: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresOn: z.string().nullable(),
  archivedAt: z.string().nullable(),
  attribution: Attribution,
});
export type QrCodeView = z.infer<typeof QrCodeView>;

export const QrCodePage = z.object({
  items: z.array(QrCodeView),
  total: z.number().int(),
  /** Codes of the profile, whatever the filter (to tell "none yet" from "none match"). */
  all: z.number().int(),
});
export type QrCodePage = z.infer<typeof QrCodePage>;

export const QrFacets = z.object({ campaigns: z.array(z.string()), ownerReps: z.array(z.string()) });

/** The profile's expansion link, partner name for captions and centre logo. */
export const QrSetup = z.object({
  link: z.string().nullable(),
  hasPlaceholder: z.boolean(),
  partnerName: z.string(),
  logo: z.string().nullable(),
});
export type QrSetup = z.infer<typeof QrSetup>;

export const LOGO_MAX_CHARS = 300_000;

export const QrSetupPatch = z
  .object({
    link: z.string().max(5000, 'qrcodes.error.linkTooLong').optional(),
    partnerName: text(80).optional(),
    logo: z.string().max(LOGO_MAX_CHARS, 'qrcodes.error.logoTooBig').nullable().optional(),
  })
  .strict();

export const QrIdsInput = z.object({ ids: z.array(QrCodeId).min(1).max(2000) }).strict();

export const QrPrintInput = z.object({ ids: z.array(QrCodeId).min(1).max(2000), layout: LayoutSpec }).strict();
export type QrPrintInput = z.infer<typeof QrPrintInput>;

export const QrImageInput = z.object({ id: QrCodeId, format: z.enum(['png', 'svg']), layout: LayoutSpec }).strict();

/** Associations per code over time: per month, how many customers with the code's tag were associated. */
export const QrTimeline = z.object({
  months: z.array(z.string()),
  series: z.array(z.object({ id: z.string(), tag: z.string(), counts: z.array(z.number().int()) })),
});
export type QrTimeline = z.infer<typeof QrTimeline>;

/** The code that brought a customer (their label is its tag), if any. */
export const CustomerQrCode = z
  .object({ id: z.string(), name: z.string(), tag: z.string(), campaign: z.string(), archived: z.boolean() })
  .nullable();
