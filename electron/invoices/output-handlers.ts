import type { HandlerTable } from '../core/handlers-type';
import type { InvoiceExcelService } from './excel/service';
import type { InvoicePdfService } from './pdf/service';

/** The invoice outputs: the printed statement (PDF, print dialog) and the Excel file for batch import. */
export interface InvoiceOutputs {
  pdf: Pick<InvoicePdfService, 'pdf' | 'print'>;
  excel: Pick<InvoiceExcelService, 'export'>;
}

export function invoiceOutputHandlers(
  o: InvoiceOutputs,
): Pick<HandlerTable, 'invoices.pdf' | 'invoices.print' | 'invoices.exportExcel'> {
  return {
    'invoices.pdf': ({ id }) => o.pdf.pdf(id),
    'invoices.print': ({ id }) => o.pdf.print(id),
    'invoices.exportExcel': (input) => o.excel.export(input),
  };
}
