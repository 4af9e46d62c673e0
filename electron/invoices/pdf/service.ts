import type { FileDelivery } from '../../../shared/exports/delivery';
import { AppError } from '../../../shared/ipc/errors';
import type { Language } from '../../../shared/settings/schema';
import type { Logger } from '../../core/logger';
import type { PdfPrinter } from '../../core/pdf-printer';
import { refusePrint, withHtmlFile } from '../../core/print-document';
import type { DbClient } from '../../db/client';
import { deliverFile, safeFileName, type DeliveryDeps } from '../../exports/delivery';
import type { ProfileService } from '../../sync/profiles';
import { statementHtml, type StatementData } from './template';

export interface InvoicePdfDeps extends DeliveryDeps {
  db: DbClient;
  profiles: Pick<ProfileService, 'view'>;
  printer: PdfPrinter;
  language: () => Language;
  logger: Logger;
}

/**
 * The printable A4 statement of one invoice: HTML from the template, printed to PDF by the
 * shell's Chromium, delivered like an export (save dialog in Electron, a one-use download
 * in the browser host). The HTML is written to `<dataDir>/tmp/` (owner-only) and removed
 * as soon as it is printed: it holds the buyer's details.
 */
export class InvoicePdfService {
  constructor(private readonly deps: InvoicePdfDeps) {}

  /** 'invoices.pdf': the statement as a PDF file for the user. */
  async pdf(id: string): Promise<FileDelivery> {
    const data = await this.statement(id);
    const language = this.deps.language();
    const name = safeFileName(
      `${language === 'zh-CN' ? '发票明细单' : 'invoice-statement'}-${data.invoice.number ?? `draft-${data.invoice.id.slice(0, 8)}`}.pdf`,
    );
    return deliverFile(this.deps, name, (tmp) => this.printStatement(data, language, tmp));
  }

  /** 'invoices.print': the system print dialog (Electron); the browser host has none. */
  async print(id: string): Promise<{ state: 'printed' | 'cancelled' | 'unsupported' }> {
    if (!this.deps.printer.printDialog) return { state: 'unsupported' };
    const data = await this.statement(id);
    const language = this.deps.language();
    const html = statementHtml(data, language);
    return this.withHtmlFile(html, async (file) => ({
      state: await this.deps.printer.printDialog!(file, data.invoice.number ?? data.invoice.id).catch((err: unknown) =>
        this.refusePrint(err),
      ),
    }));
  }

  /** Renders one invoice's statement to `outFile` (tests, benchmarks). */
  async renderTo(id: string, outFile: string, language: Language = this.deps.language()): Promise<void> {
    await this.printStatement(await this.statement(id), language, outFile);
  }

  private async statement(id: string): Promise<StatementData> {
    const detail = await this.deps.db.run('invoices.get', id);
    if (!detail) throw new AppError('NOT_FOUND', 'invoices.error.notFound');
    const profile = (await this.deps.profiles.view()).profiles.find((p) => p.id === detail.invoice.profileId);
    return {
      invoice: detail.invoice,
      lines: detail.lines,
      seller: { name: profile?.name ?? detail.invoice.profileId, account: profile?.domain ?? '' },
      generatedAt: new Date().toISOString(),
    };
  }

  private async printStatement(data: StatementData, language: Language, outFile: string): Promise<void> {
    const started = performance.now();
    await this.withHtmlFile(statementHtml(data, language), (file) =>
      this.deps.printer.printToPdf(file, outFile).catch((err: unknown) => this.refusePrint(err)),
    );
    this.deps.logger.info('invoice statement printed', {
      lines: data.lines.length,
      ms: Math.round(performance.now() - started),
    });
  }

  private withHtmlFile<T>(html: string, use: (file: string) => Promise<T>): Promise<T> {
    return withHtmlFile(this.deps.dataDir, 'statement', html, use);
  }

  private refusePrint(err: unknown): never {
    return refusePrint(this.deps.logger, 'invoice statement', err);
  }
}
