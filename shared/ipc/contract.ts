import { z } from 'zod';
import { AppInfo, DbStatus } from '../app/schema';
import { Settings, SettingsPatch } from '../settings/schema';
import { PageRequest, ProfileInput, ProfilesView, QuarantinePage, SyncStatus } from '../sync/schema';
import { CustomerDetail, CustomerFacets, CustomerListInput, CustomerPage } from '../customers/schema';
import { OrderDetail, OrderFacets, OrderIdInput, OrderListInput, OrderPage } from '../orders/schema';
import { DashboardSummary } from '../dashboard/schema';
import { ExportJob, ExportStart } from '../exports/schema';
import { FileDelivery } from '../exports/delivery';
import { InvoiceExcelInput, InvoiceExcelResult, InvoicePdfInput, PrintResult } from '../invoices/outputs';
import { BackupEntry, BackupList, ImportResult, ImportSource, PreviewResult, UploadSlot } from '../backup/schema';
import {
  BillCustomerPage,
  BillCustomersInput,
  BillRecordPage,
  BillRecordsInput,
  BillTotals,
  BillTotalsInput,
  CyclesView,
} from '../bills/schema';
import {
  DraftSave,
  InvoiceDetail,
  InvoiceId,
  InvoiceListInput,
  InvoicePage,
  InvoiceType,
  PoolItemView,
} from '../invoices/contract';
import {
  BatchInput,
  CustomerQrCode,
  QrCodeFields,
  QrCodeId,
  QrCodePage,
  QrCodeView,
  QrFacets,
  QrIdsInput,
  QrImageInput,
  QrListInput,
  QrPrintInput,
  QrSetup,
  QrSetupPatch,
  QrTimeline,
} from '../qrcodes/schema';
import { LayoutSpec } from '../qrcodes/layout';

import * as cert from '../certificates/schema';

const InvoiceSequence = z.object({ prefix: z.string(), nextNumber: z.number().int() });

const profileId = z.object({ id: z.string().min(1).max(64) }).strict();

/**
 * The one definition of everything the renderer may ask the core (channels) and everything
 * the core may push to the renderer (events). Main's handler table, the preload, the
 * WebSocket transport and the renderer client are all typed from these two objects.
 *
 * Convention: `feature.verb`. A channel without input takes `z.undefined()`.
 */
export const channels = {
  'app.info': { input: z.undefined(), output: AppInfo },
  'settings.get': { input: z.undefined(), output: Settings },
  'settings.set': { input: SettingsPatch, output: Settings },
  'db.status': { input: z.undefined(), output: DbStatus },

  'sync.status': { input: z.undefined(), output: SyncStatus },
  'sync.start': { input: z.object({ kind: z.enum(['full', 'incremental']).optional() }).strict(), output: SyncStatus },
  'sync.cancel': { input: z.undefined(), output: SyncStatus },
  'sync.setAutoSync': { input: z.object({ enabled: z.boolean() }).strict(), output: SyncStatus },
  'sync.quarantine': { input: PageRequest, output: QuarantinePage },
  'sync.profiles.list': { input: z.undefined(), output: ProfilesView },
  'sync.profiles.save': { input: ProfileInput, output: ProfilesView },
  'sync.profiles.remove': { input: profileId, output: ProfilesView },
  'sync.profiles.activate': { input: profileId, output: ProfilesView },
  /** Signs in with the profile's credentials (IAM token) and says whether it worked. */
  'sync.profiles.test': {
    input: profileId,
    output: z.object({ ok: z.boolean(), message: z.string() }),
  },

  'customers.list': { input: CustomerListInput, output: CustomerPage },
  'customers.facets': { input: z.undefined(), output: CustomerFacets },
  'customers.detail': { input: z.object({ customerId: z.string().min(1).max(64) }).strict(), output: CustomerDetail },
  'orders.list': { input: OrderListInput, output: OrderPage },
  'orders.facets': { input: z.undefined(), output: OrderFacets },
  'orders.detail': {
    input: z.object({ orderId: OrderIdInput.refine((s) => s.length > 0) }).strict(),
    output: OrderDetail,
  },
  'dashboard.summary': { input: z.undefined(), output: DashboardSummary },
  /** Streams the filtered order list to CSV/XLSX; progress arrives as `exports.progress` events. */
  'exports.start': { input: ExportStart, output: ExportJob },
  'exports.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.null() },

  /** The last 18 bill cycles with their sums (per-record settled and 抹零), newest first. */
  'bills.cycles': { input: z.undefined(), output: CyclesView },
  /** The customers with fee records in one cycle, with their sums: paged, sorted, searchable. */
  'bills.cycle': { input: BillCustomersInput, output: BillCustomerPage },
  /** The sums over the customers of one cycle that match the filter. */
  'bills.totals': { input: BillTotalsInput, output: BillTotals },
  /** One customer's fee records in one cycle, each official / settled / 抹零: paged. */
  'bills.records': { input: BillRecordsInput, output: BillRecordPage },

  'invoices.list': { input: InvoiceListInput, output: InvoicePage },
  'invoices.get': { input: z.object({ id: InvoiceId }).strict(), output: InvoiceDetail },
  /** A customer's invoiceable items with what is left of each (less other drafts and issued invoices). */
  'invoices.pool': {
    input: z.object({ customerId: z.string().min(1).max(64), exceptInvoice: InvoiceId.nullable().optional() }).strict(),
    output: z.array(PoolItemView),
  },
  'invoices.create': {
    input: z.object({ customerId: z.string().min(1).max(64), type: InvoiceType }).strict(),
    output: InvoiceDetail,
  },
  /** Autosave of a draft: the core re-runs the matching and answers the saved state. */
  'invoices.save': { input: DraftSave, output: InvoiceDetail },
  'invoices.issue': {
    input: z.object({ id: InvoiceId, revision: z.number().int().min(1) }).strict(),
    output: InvoiceDetail,
  },
  'invoices.void': {
    input: z.object({ id: InvoiceId, reason: z.string().max(500, 'validation.tooLong') }).strict(),
    output: InvoiceDetail,
  },
  'invoices.delete': { input: z.object({ id: InvoiceId }).strict(), output: z.null() },
  'invoices.sequence': { input: z.undefined(), output: InvoiceSequence },
  'invoices.setPrefix': { input: z.object({ prefix: z.string().max(64) }).strict(), output: InvoiceSequence },
  /** The printable A4 statement as PDF: saved where the user chooses (Electron) or a one-use download (host). */
  'invoices.pdf': { input: InvoicePdfInput, output: FileDelivery },
  /** The system print dialog for the statement (Electron); 'unsupported' in the browser host. */
  'invoices.print': { input: InvoicePdfInput, output: PrintResult },
  /** Issued invoices of a date range as an Excel file for batch import, one row per line. */
  'invoices.exportExcel': { input: InvoiceExcelInput, output: InvoiceExcelResult },

  /** Expansion QR codes of the active profile (local-only), each with the customers its tag brought. */
  'qrcodes.list': { input: QrListInput, output: QrCodePage },
  'qrcodes.get': { input: z.object({ id: QrCodeId }).strict(), output: QrCodeView },
  'qrcodes.facets': { input: z.undefined(), output: QrFacets },
  'qrcodes.create': { input: QrCodeFields, output: QrCodeView },
  /** A numbered batch (EXPO-001…040) or a list of tags: all created or none, refusals listed. */
  'qrcodes.createBatch': {
    input: BatchInput,
    output: z.object({ created: z.number().int(), ids: z.array(z.string()) }),
  },
  'qrcodes.update': { input: z.object({ id: QrCodeId, fields: QrCodeFields }).strict(), output: QrCodeView },
  'qrcodes.duplicate': { input: z.object({ id: QrCodeId }).strict(), output: QrCodeView },
  'qrcodes.archive': {
    input: QrIdsInput.extend({ archived: z.boolean() }).strict(),
    output: z.object({ changed: z.number().int() }),
  },
  'qrcodes.timeline': {
    input: z.object({ ids: z.array(QrCodeId).max(50).nullable() }).strict(),
    output: QrTimeline,
  },
  'qrcodes.forCustomer': {
    input: z.object({ customerId: z.string().min(1).max(64) }).strict(),
    output: CustomerQrCode,
  },
  /** The partner expansion link (https:// only, ≤ 1 000 characters), partner name and logo of the profile. */
  'qrcodes.setup.get': { input: z.undefined(), output: QrSetup },
  'qrcodes.setup.set': { input: QrSetupPatch, output: QrSetup },
  'qrcodes.layout.get': { input: z.undefined(), output: LayoutSpec },
  'qrcodes.layout.set': { input: LayoutSpec, output: LayoutSpec },
  /** The sheets as PDF (Chromium print-to-PDF in both shells), delivered like exports. */
  'qrcodes.pdf': { input: QrPrintInput, output: FileDelivery },
  /** The system print dialog (Electron); 'unsupported' in the browser host. */
  'qrcodes.print': { input: QrPrintInput, output: PrintResult },
  /** One code as PNG (the symbol) or SVG (symbol and caption). */
  'qrcodes.exportImage': { input: QrImageInput, output: FileDelivery },

  /** Automatic backups of the database (whole copies in <dataDir>/backups/), newest first. */
  'backups.list': { input: z.undefined(), output: BackupList },
  /** A backup now (then the rotation). */
  'backups.create': { input: z.undefined(), output: BackupEntry },
  /** The local-only data (invoices, audit, sequences, settings) as a .pwbackup file for the user to keep. */
  'backups.export': { input: z.undefined(), output: FileDelivery },
  /** Browser host: where to upload a file to import (one use). */
  'backups.uploadSlot': { input: z.undefined(), output: UploadSlot },
  /** Step 1 of an import: checks the file and says what importing it would change; nothing is changed. */
  'backups.previewImport': { input: z.object({ source: ImportSource }).strict(), output: PreviewResult },
  /** Step 2: applies exactly the previewed import, with its one-use token. */
  'backups.import': { input: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) }).strict(), output: ImportResult },

  /** Certificates (local-only): company/solution and personal ones, filtered and paged. */
  'certificates.list': { input: cert.CertificateListInput, output: cert.CertificatePage },
  /** One certificate with its full (append-only) history. */
  'certificates.get': { input: z.object({ id: cert.CertificateId }).strict(), output: cert.CertificateDetail },
  'certificates.create': { input: cert.CertificateCreate, output: cert.CertificateDetail },
  'certificates.update': { input: cert.CertificateUpdate, output: cert.CertificateDetail },
  'certificates.bind': { input: cert.BindInput, output: cert.CertificateDetail },
  'certificates.unbind': { input: cert.UnbindInput, output: cert.CertificateDetail },
  /** Unbind from the current account and bind to another, recorded as one transfer. */
  'certificates.transfer': { input: cert.TransferInput, output: cert.CertificateDetail },
  /** Undo of the latest transfer: a transfer back, recorded as a new history entry. */
  'certificates.undo': { input: cert.UndoInput, output: cert.CertificateDetail },
  /** Where to send a certificate file (POST, one use, at most 20 MB). */
  'certificates.uploadSlot': { input: z.undefined(), output: UploadSlot },
  /** What was uploaded, judged by its bytes (refused: not a PDF/PNG/JPEG, a program, cut short). */
  'certificates.inspectUpload': { input: z.object({ ticket: cert.UploadTicket }).strict(), output: cert.UploadInfo },
  /** A short-lived URL of the certificate's file, after its hash was checked. */
  'certificates.openFile': { input: z.object({ id: cert.CertificateId }).strict(), output: cert.FileTicket },
  /** The in-app inbox of expiry reminders (90/30/7 days before). */
  'certificates.inbox': { input: z.undefined(), output: cert.Inbox },
  'certificates.markRead': {
    input: z.object({ ids: z.array(z.string().max(200)).max(500) }).strict(),
    output: cert.Inbox,
  },
  /** For the dashboard card: how many expire soon, and the soonest. */
  'certificates.expiring': { input: z.undefined(), output: cert.ExpiringSummary },
  /** Step 1 of a CSV import: every row checked, nothing written. */
  'certificates.previewImport': { input: cert.CsvImportInput, output: cert.ImportPreview },
  /** Step 2: writes the previewed good rows. */
  'certificates.confirmImport': {
    input: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
    output: z.object({ added: z.number().int() }),
  },
  'certificates.exportCsv': { input: z.undefined(), output: FileDelivery },
  /** The selected certificates' files plus an index PDF, as one ZIP. */
  'certificates.bidPack': { input: cert.BidPackInput, output: FileDelivery },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'settings.changed': Settings,
  /** The whole sync status, at most a few times a second while a run is under way. */
  'sync.progress': SyncStatus,
  'sync.finished': z.object({
    runId: z.number(),
    kind: z.enum(['full', 'incremental']),
    records: z.number(),
    seconds: z.number(),
  }),
  'sync.failed': z.object({ runId: z.number(), message: z.string() }),
  'sync.offline': z.object({ message: z.string() }),
  'exports.progress': ExportJob,
  /** Expiry reminders just given (each once): the inbox refreshes, Electron shows a notification. */
  'certificates.reminders': z.array(cert.ReminderView),
} as const satisfies Record<string, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type EventName = keyof typeof events;

/** What the caller sends (before zod defaults/transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What the handler receives (after validation). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** Arguments of invoke(): channels whose input is `undefined` may omit it. */
export type InvokeArgs<C extends ChannelName> =
  undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];
