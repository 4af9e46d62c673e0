import { AppError } from '../../../shared/ipc/errors';
import type { InvoiceExcelResult } from '../../../shared/invoices/outputs';
import type { Language } from '../../../shared/settings/schema';
import type { Logger } from '../../core/logger';
import type { DbClient } from '../../db/client';
import { deliverFile, type DeliveryDeps } from '../../exports/delivery';
import { xlsxWriter } from '../../exports/writers';
import { IMPORT_COLUMNS } from './columns';
import type { ImportPageInput, ImportRow } from './repository';

/** Lines per database read: memory stays flat whatever the range holds. */
const PAGE = 1000;

export interface InvoiceExcelDeps extends DeliveryDeps {
  db: DbClient;
  language: () => Language;
  logger: Logger;
}

export interface ExcelFilter {
  issuedFrom: string;
  issuedTo: string;
  type: 'ordinary' | 'special' | null;
  customerId: string | null;
}

/** Local calendar dates → the ISO instants [from, to) issue timestamps are compared with. */
export function localRange(issuedFrom: string, issuedTo: string): { from: string; to: string } {
  const from = new Date(`${issuedFrom}T00:00:00`);
  const to = new Date(`${issuedTo}T00:00:00`);
  to.setDate(to.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * The Excel file of issued invoices for batch import into an e-invoicing system: one row
 * per invoice line (columns: ./columns.ts, docs/invoice-import-columns.md), streamed with
 * exceljs's WorkbookWriter from keyset pages of the reader connection.
 */
export class InvoiceExcelService {
  constructor(private readonly deps: InvoiceExcelDeps) {}

  async export(filter: ExcelFilter): Promise<InvoiceExcelResult> {
    if (filter.issuedFrom > filter.issuedTo) throw new AppError('INVALID_INPUT', 'invoiceOutputs.excel.range');
    const { from, to } = localRange(filter.issuedFrom, filter.issuedTo);
    const base = { from, to, type: filter.type, customerId: filter.customerId };
    const counts = await this.deps.db.run('invoices.importCount', base);
    const language = this.deps.language();
    const name = `${language === 'zh-CN' ? '已开具发票' : 'issued-invoices'}-${filter.issuedFrom.replace(/-/g, '')}-${filter.issuedTo.replace(/-/g, '')}.xlsx`;
    let rows = 0;
    try {
      const delivered = await deliverFile(this.deps, name, (tmp) => this.write(tmp, base, (n) => (rows += n)));
      return { ...delivered, invoices: delivered.state === 'done' ? counts.invoices : 0, rows };
    } catch (err) {
      if (err instanceof AppError) throw err;
      this.deps.logger.error('invoice excel export failed', { error: String((err as Error)?.message ?? err) });
      throw new AppError('INTERNAL', 'invoiceOutputs.excel.failed', {
        reason: String((err as Error)?.message ?? err).slice(0, 160),
      });
    }
  }

  private async write(
    file: string,
    base: Omit<ImportPageInput, 'after' | 'limit'>,
    written: (n: number) => void,
  ): Promise<void> {
    const writer = xlsxWriter(
      file,
      '发票明细',
      IMPORT_COLUMNS.map((c) => c.header),
      IMPORT_COLUMNS.map((c) => c.width),
    );
    try {
      let after: ImportPageInput['after'] = null;
      for (;;) {
        const page: ImportRow[] = await this.deps.db.run('invoices.importPage', { ...base, after, limit: PAGE });
        for (const r of page) await writer.row(IMPORT_COLUMNS.map((c) => c.cell(r)));
        written(page.length);
        if (page.length < PAGE) break;
        const last = page[page.length - 1]!;
        after = { issuedAt: last.issuedAt, invoiceId: last.invoiceId, lineNo: last.lineNo };
      }
    } finally {
      await writer.close();
    }
  }
}
