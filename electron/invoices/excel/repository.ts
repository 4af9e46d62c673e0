import { fromUnits } from '../../../shared/money/units';
import { readOp } from '../../db/operation';
import { stmt } from '../../db/statements';
import type { InvoiceType } from '../repository';
import type { ItemKind } from '../pool';

/** One line of an issued invoice with its invoice's fields: one row of the import file. */
export interface ImportRow {
  invoiceId: string;
  number: string;
  issuedAt: string;
  type: InvoiceType;
  customerId: string;
  customerName: string | null;
  buyerName: string;
  buyerCreditCode: string;
  buyerAddress: string;
  buyerPhone: string;
  buyerBank: string;
  buyerAccount: string;
  note: string;
  /** decimal text */
  totalAmount: string;
  lineNo: number;
  itemId: string;
  kind: ItemKind;
  itemTime: string | null;
  /** decimal text */
  amount: string;
  description: string;
}

export interface ImportPageInput {
  /** ISO instants: issued_at >= from and < to. */
  from: string;
  to: string;
  type: InvoiceType | null;
  customerId: string | null;
  /** Keyset: the last row of the previous page (issued_at, invoice id, line no), or null. */
  after: { issuedAt: string; invoiceId: string; lineNo: number } | null;
  limit: number;
}

const WHERE = `i.status = 'issued' AND i.issued_at >= @from AND i.issued_at < @to
  AND (@type IS NULL OR i.type = @type) AND (@customerId IS NULL OR i.customer_id = @customerId)`;

/** Reads for the Excel file of issued invoices, on the reader connection, page by page. */
export const invoiceExcelOps = {
  'invoices.importCount': readOp((db, input: Omit<ImportPageInput, 'after' | 'limit'>) => {
    return stmt(
      db,
      'inv.import.count',
      () => `SELECT count(DISTINCT i.id) AS invoices, count(l.line_no) AS lines
             FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id WHERE ${WHERE}`,
    ).get(input) as { invoices: number; lines: number };
  }),

  'invoices.importPage': readOp((db, input: ImportPageInput): ImportRow[] => {
    const after = input.after ?? { issuedAt: '', invoiceId: '', lineNo: 0 };
    const rows = stmt(
      db,
      'inv.import.page',
      () => `SELECT i.id, i.number, i.issued_at, i.type, i.customer_id, i.customer_name, i.buyer_name, i.buyer_credit_code,
                    i.buyer_address, i.buyer_phone, i.buyer_bank, i.buyer_account, i.note, i.total_amount,
                    l.line_no, l.item_id, l.kind, l.item_time, l.amount, l.description
             FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
             WHERE ${WHERE} AND (i.issued_at, i.id, l.line_no) > (@afterAt, @afterId, @afterLine)
             ORDER BY i.issued_at, i.id, l.line_no LIMIT @limit`,
    )
      .safeIntegers(true)
      .all({
        from: input.from,
        to: input.to,
        type: input.type,
        customerId: input.customerId,
        afterAt: after.issuedAt,
        afterId: after.invoiceId,
        afterLine: after.lineNo,
        limit: input.limit,
      }) as {
      id: string;
      number: string;
      issued_at: string;
      type: InvoiceType;
      customer_id: string;
      customer_name: string | null;
      buyer_name: string;
      buyer_credit_code: string;
      buyer_address: string;
      buyer_phone: string;
      buyer_bank: string;
      buyer_account: string;
      note: string;
      total_amount: bigint;
      line_no: bigint;
      item_id: string;
      kind: ItemKind;
      item_time: string | null;
      amount: bigint;
      description: string;
    }[];
    return rows.map((r) => ({
      invoiceId: r.id,
      number: r.number,
      issuedAt: r.issued_at,
      type: r.type,
      customerId: r.customer_id,
      customerName: r.customer_name,
      buyerName: r.buyer_name,
      buyerCreditCode: r.buyer_credit_code,
      buyerAddress: r.buyer_address,
      buyerPhone: r.buyer_phone,
      buyerBank: r.buyer_bank,
      buyerAccount: r.buyer_account,
      note: r.note,
      totalAmount: fromUnits(r.total_amount),
      lineNo: Number(r.line_no),
      itemId: r.item_id,
      kind: r.kind,
      itemTime: r.item_time,
      amount: fromUnits(r.amount),
      description: r.description,
    }));
  }),
};
