import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import type { CertificateView } from '../../shared/certificates/schema';
import { EXTENSION } from '../../shared/certificates/file-type';
import { CSV_COLUMNS, CSV_HEADINGS_ZH } from '../../shared/certificates/validate';
import type { FileDelivery } from '../../shared/exports/delivery';
import { AppError } from '../../shared/ipc/errors';
import type { Language } from '../../shared/settings/schema';
import type { Logger } from '../core/logger';
import { PrintError, type PdfPrinter } from '../core/pdf-printer';
import type { DbClient } from '../db/client';
import { deliverFile, safeFileName, type DeliveryDeps } from '../exports/delivery';
import { csvWriter } from '../exports/writers';
import { bidPackIndexHtml, type PackEntry } from './pack-index';
import type { CertificateService } from './service';

export interface CertificateOutputDeps extends DeliveryDeps {
  db: DbClient;
  certificates: CertificateService;
  printer: PdfPrinter;
  language: () => Language;
  logger: Logger;
}

/** The ZIP entry name of a certificate's file: its position, number and holder/solution, safe on every OS. */
function entryName(i: number, c: CertificateView): string {
  const ext = c.file ? EXTENSION[c.file.mime] : 'bin';
  const base = safeFileName(`${String(i + 1).padStart(2, '0')}-${c.number}-${c.name}`).replace(/\s+/g, '_');
  return `${base.slice(0, 100)}.${ext}`;
}

/**
 * What leaves the app: the certificate list as CSV (the same columns the import takes) and
 * the bid pack — the selected certificates' files and an index PDF, as one ZIP. Both are
 * delivered like every export (save dialog in Electron, a one-use download in the host).
 */
export class CertificateOutputs {
  constructor(private readonly deps: CertificateOutputDeps) {}

  async exportCsv(): Promise<FileDelivery> {
    const all = await this.deps.db.run('certificates.all', { today: this.deps.certificates.today() });
    const zh = this.deps.language() === 'zh-CN';
    const header = CSV_COLUMNS.map((c) => (zh ? CSV_HEADINGS_ZH[c] : c));
    return deliverFile(this.deps, `certificates-${this.deps.certificates.today()}.csv`, async (tmp) => {
      const w = csvWriter(tmp, header);
      for (const c of all)
        await w.row([
          c.scope,
          c.kind,
          c.name,
          c.track,
          c.number,
          c.storedStatus,
          c.issueDate,
          c.expiryDate,
          c.account,
          c.note,
        ]);
      await w.close();
    });
  }

  /**
   * The bid pack: every selected certificate's file (hashed again: a changed file stops the
   * pack with its reason, rather than going into a bid) and `index.pdf` listing them, zipped.
   */
  async bidPack(ids: string[], title: string): Promise<FileDelivery> {
    const today = this.deps.certificates.today();
    const certs = await this.deps.db.run('certificates.byIds', { ids, today });
    if (certs.length !== new Set(ids).size) throw new AppError('NOT_FOUND', 'certificates.error.notFound');
    const language = this.deps.language();
    const name = safeFileName(`${language === 'zh-CN' ? '投标资质包' : 'bid-pack'}-${today}.zip`);
    return deliverFile(this.deps, name, (tmp) => this.writePack(certs, title, language, tmp));
  }

  /** Writes the pack to `outFile` (the benchmark times this). */
  async writePack(certs: CertificateView[], title: string, language: Language, outFile: string): Promise<void> {
    const started = performance.now();
    const entries: PackEntry[] = certs.map((c, i) => ({ certificate: c, file: c.file ? entryName(i, c) : null }));
    const dir = path.join(this.deps.dataDir, 'tmp');
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    const html = path.join(dir, `bid-pack-${crypto.randomUUID()}.html`);
    const pdf = `${html}.pdf`;
    try {
      await fs.promises.writeFile(
        html,
        bidPackIndexHtml({ title, entries, today: this.deps.certificates.today() }, language),
        { mode: 0o600 },
      );
      // The index is printed while the files are read, hashed again and zipped (the print is
      // the slow part); a file that changed on disk stops the pack before anything is delivered.
      const printed = this.deps.printer.printToPdf(html, pdf).catch((err: unknown) => this.refusePrint(err));
      printed.catch(() => {});
      const files = await Promise.all(
        entries.map((e) => (e.certificate.file ? this.deps.certificates.verified(e.certificate.file.sha256) : null)),
      );
      const zip = new yazl.ZipFile();
      const written = new Promise<void>((resolve, reject) => {
        const out = fs.createWriteStream(outFile);
        out.on('error', reject).on('close', () => resolve());
        zip.outputStream.on('error', reject).pipe(out);
      });
      // PDFs and images are already compressed: stored as they are, which is also faster.
      entries.forEach((e, i) => {
        if (e.file && files[i]) zip.addBuffer(files[i], e.file, { compress: false });
      });
      await printed;
      zip.addBuffer(await fs.promises.readFile(pdf), 'index.pdf');
      zip.end();
      await written;
    } finally {
      await fs.promises.rm(html, { force: true }).catch(() => {});
      await fs.promises.rm(pdf, { force: true }).catch(() => {});
    }
    this.deps.logger.info('bid pack made', { certificates: certs.length, ms: Math.round(performance.now() - started) });
  }

  private refusePrint(err: unknown): never {
    this.deps.logger.error('bid pack index not printed', { error: String((err as Error)?.message ?? err) });
    if (err instanceof PrintError) {
      if (err.reason === 'noChromium') throw new AppError('INTERNAL', 'invoiceOutputs.pdf.noChromium');
      if (err.reason === 'timeout') throw new AppError('INTERNAL', 'invoiceOutputs.pdf.timeout');
      throw new AppError('INTERNAL', 'invoiceOutputs.pdf.failed', { reason: err.message.slice(0, 160) });
    }
    throw err;
  }
}
