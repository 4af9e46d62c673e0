import fs from 'node:fs';
import type { FileDelivery } from '../../shared/exports/delivery';
import { AppError } from '../../shared/ipc/errors';
import type { Language } from '../../shared/settings/schema';
import { codeLink } from '../../shared/qrcodes/link';
import { sheetGeometry, type LayoutSpec, type SheetGeometry } from '../../shared/qrcodes/layout';
import { sheetHtml, type SheetCode } from '../../shared/qrcodes/sheet';
import type { Logger } from '../core/logger';
import type { PdfPrinter } from '../core/pdf-printer';
import { refusePrint, withHtmlFile } from '../core/print-document';
import { deliverFile, safeFileName, type DeliveryDeps } from '../exports/delivery';
import { codePng, codeSvg } from './images';
import { ecLevel, encodeLink } from './encode';
import type { QrCodeService } from './service';
import type { DbClient } from '../db/client';

export interface QrPrintDeps extends DeliveryDeps {
  db: DbClient;
  codes: Pick<QrCodeService, 'profileId' | 'setup'>;
  printer: PdfPrinter;
  logger: Logger;
}

interface Prepared {
  html: string;
  codes: number;
  pages: number;
}

/**
 * Printed sheets and exported images of codes. The sheet is the shared HTML of
 * shared/qrcodes/sheet.ts (the same geometry as the live preview), printed by the shell's
 * Chromium — headless system Chromium in the browser host, printToPDF / the print dialog
 * in Electron — and delivered like every export.
 */
export class QrPrintService {
  constructor(private readonly deps: QrPrintDeps) {}

  async pdf(ids: string[], layout: LayoutSpec): Promise<FileDelivery> {
    const doc = await this.prepare(ids, layout);
    const name = safeFileName(
      `${layout.language === 'zh-CN' ? '拓展二维码' : 'qr-codes'}-${layout.sheet}-${doc.codes}.pdf`,
    );
    return deliverFile(this.deps, name, (tmp) => this.printTo(doc, tmp));
  }

  async print(ids: string[], layout: LayoutSpec): Promise<{ state: 'printed' | 'cancelled' | 'unsupported' }> {
    if (!this.deps.printer.printDialog) return { state: 'unsupported' };
    const doc = await this.prepare(ids, layout);
    return this.withHtmlFile(doc.html, async (file) => ({
      state: await this.deps.printer.printDialog!(file, `QR ${doc.codes}`).catch(refuse(this.deps.logger)),
    }));
  }

  /** Prints codes to `outFile` (tests, benchmarks): the same path as 'qrcodes.pdf' without the delivery. */
  async renderTo(ids: string[], layout: LayoutSpec, outFile: string): Promise<{ codes: number; pages: number }> {
    const doc = await this.prepare(ids, layout);
    await this.printTo(doc, outFile);
    return { codes: doc.codes, pages: doc.pages };
  }

  async image(id: string, format: 'png' | 'svg', layout: LayoutSpec): Promise<FileDelivery> {
    const setup = await this.deps.codes.setup();
    const [code] = await this.deps.db.run('qrcodes.byIds', { profileId: await this.deps.codes.profileId(), ids: [id] });
    if (!code) throw new AppError('NOT_FOUND', 'qrcodes.error.notFound');
    if (!setup.link) throw new AppError('INVALID_INPUT', 'qrcodes.error.noLink');
    const logo = layout.logo ? setup.logo : null;
    const matrix = encodeLink(codeLink(setup.link, code.tag), ecLevel(logo !== null));
    const name = safeFileName(`qr-${code.tag}.${format}`);
    const body =
      format === 'svg'
        ? Buffer.from(
            codeSvg(
              matrix,
              { partnerName: setup.partnerName, ownerRep: code.ownerRep, tag: code.tag },
              layout.language,
              logo,
            ),
          )
        : codePng(matrix, logo);
    return deliverFile(this.deps, name, (tmp) => fs.promises.writeFile(tmp, body));
  }

  /** The print document: codes in the order given, each encoded with the profile's link and its tag. */
  async prepare(ids: string[], layout: LayoutSpec): Promise<Prepared> {
    const g = sheetGeometry(layout);
    if (!g.ok) throw new AppError('INVALID_INPUT', 'qrcodes.error.layout', { max: g.maxCodeMm });
    const setup = await this.deps.codes.setup();
    if (!setup.link) throw new AppError('INVALID_INPUT', 'qrcodes.error.noLink');
    const rows = await this.deps.db.run('qrcodes.byIds', { profileId: await this.deps.codes.profileId(), ids });
    if (rows.length === 0) throw new AppError('NOT_FOUND', 'qrcodes.error.notFound');
    const logo = layout.logo ? setup.logo : null;
    const level = ecLevel(logo !== null);
    const codes: SheetCode[] = rows.map((r) => ({
      matrix: encodeLink(codeLink(setup.link!, r.tag), level),
      partnerName: setup.partnerName,
      ownerRep: r.ownerRep,
      tag: r.tag,
    }));
    const geometry: SheetGeometry = g.geometry;
    return {
      html: sheetHtml(codes, geometry, layout.language as Language, logo),
      codes: codes.length,
      pages: Math.ceil(codes.length / geometry.perPage),
    };
  }

  private async printTo(doc: Prepared, outFile: string): Promise<void> {
    const started = performance.now();
    await this.withHtmlFile(doc.html, (file) =>
      this.deps.printer.printToPdf(file, outFile).catch(refuse(this.deps.logger)),
    );
    this.deps.logger.info('qr sheets printed', {
      codes: doc.codes,
      pages: doc.pages,
      ms: Math.round(performance.now() - started),
    });
  }

  /** The document goes to `<dataDir>/tmp/` (owner-only) for the printer and is removed once printed. */
  private withHtmlFile<T>(html: string, use: (file: string) => Promise<T>): Promise<T> {
    return withHtmlFile(this.deps.dataDir, 'qrcodes', html, use);
  }
}

const refuse =
  (logger: Logger) =>
  (err: unknown): never =>
    refusePrint(logger, 'qr sheets', err);
