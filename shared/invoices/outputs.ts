import { z } from 'zod';
import { FileDelivery } from '../exports/delivery';
import { InvoiceId, InvoiceType } from './contract';

/**
 * What the invoice outputs send across IPC: the printed statement (PDF, print dialog) and
 * the Excel file of issued invoices for batch import (docs/invoice-import-columns.md).
 * Files come back as a FileDelivery (shared/exports/delivery.ts).
 */
export const InvoicePdfInput = z.object({ id: InvoiceId }).strict();

export const PrintResult = z.object({ state: z.enum(['printed', 'cancelled', 'unsupported']) });
export type PrintResult = z.infer<typeof PrintResult>;

const LocalDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'validation.date');

/**
 * Issued invoices whose issue date (the machine's local date) is within [issuedFrom,
 * issuedTo], both inclusive; optionally one type or one customer. Voided and draft
 * invoices are never in the file: it is for issuing them in the e-invoicing system.
 */
export const InvoiceExcelInput = z
  .object({
    issuedFrom: LocalDate,
    issuedTo: LocalDate,
    type: InvoiceType.nullable().default(null),
    customerId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict();
export type InvoiceExcelInput = z.input<typeof InvoiceExcelInput>;

/** The Excel file and what is in it. */
export const InvoiceExcelResult = FileDelivery.extend({
  invoices: z.number().int(),
  rows: z.number().int(),
});
export type InvoiceExcelResult = z.infer<typeof InvoiceExcelResult>;
