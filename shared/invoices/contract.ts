import { z } from 'zod';
import { Amount } from '../customers/schema';
import { InvoiceMode, InvoiceStatus, InvoiceType, PoolItemKind as ItemKind } from './schema';

/**
 * What the invoices feature sends across IPC (shared/ipc/contract.ts uses these). Amounts
 * are exact decimal text; the rules for buyer fields and invoice amounts are checked again
 * by the core before anything is written.
 */
export { InvoiceMode, InvoiceStatus, InvoiceType, ItemKind };

const text = (max: number) => z.string().max(max, 'validation.tooLong');

export const BuyerInput = z
  .object({
    name: text(200),
    creditCode: text(32),
    address: text(300),
    phone: text(40),
    bank: text(200),
    account: text(64),
  })
  .strict();
export type BuyerInput = z.infer<typeof BuyerInput>;

export const InvoiceId = z.string().min(1).max(64);

export const InvoiceView = z.object({
  id: z.string(),
  profileId: z.string(),
  customerId: z.string(),
  customerName: z.string().nullable(),
  type: InvoiceType,
  status: InvoiceStatus,
  number: z.string().nullable(),
  mode: InvoiceMode,
  requestedAmount: Amount.nullable(),
  totalAmount: Amount,
  buyer: BuyerInput,
  note: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  issuedAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type InvoiceView = z.infer<typeof InvoiceView>;

export const InvoiceLineView = z.object({
  lineNo: z.number().int(),
  itemId: z.string(),
  kind: ItemKind,
  itemTime: z.string().nullable(),
  amount: Amount,
  itemAmount: Amount,
  reason: z.string(),
  description: z.string(),
});
export type InvoiceLineView = z.infer<typeof InvoiceLineView>;

export const AuditEntryView = z.object({ at: z.string(), actor: z.string(), action: z.string(), detail: z.string() });

export const InvoiceDetail = z.object({
  invoice: InvoiceView,
  lines: z.array(InvoiceLineView),
  audit: z.array(AuditEntryView),
});
export type InvoiceDetail = z.infer<typeof InvoiceDetail>;

export const PoolItemView = z.object({
  id: z.string(),
  kind: ItemKind,
  time: z.string(),
  amount: Amount,
  available: Amount,
  cycle: z.string(),
  description: z.string(),
});
export type PoolItemView = z.infer<typeof PoolItemView>;

export const InvoiceListInput = z
  .object({
    status: InvoiceStatus.nullable().default(null),
    customerId: z.string().max(64).nullable().default(null),
    search: z.string().max(200, 'validation.searchTooLong').nullable().default(null),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(500),
  })
  .strict();

export const InvoicePage = z.object({ total: z.number().int(), rows: z.array(InvoiceView) });

/**
 * A draft save (autosave): the whole editable state. The requested amount is what the rep
 * typed (parsed and checked by the core); picked item ids count in 'pick' mode.
 */
export const DraftSave = z
  .object({
    id: InvoiceId,
    revision: z.number().int().min(1),
    type: InvoiceType,
    mode: InvoiceMode,
    requestedAmount: text(64).nullable(),
    itemIds: z.array(z.string().min(1).max(128)).max(20_000),
    buyer: BuyerInput,
    note: text(2000),
  })
  .strict();
export type DraftSave = z.input<typeof DraftSave>;
