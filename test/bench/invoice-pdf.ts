/**
 * The printed statement of a 200-line issued invoice (target ≤ 2 s): the whole path the
 * 'invoices.pdf' handler takes — the invoice and its lines read in the reader worker, the
 * HTML made, Chromium printing it to an A4 PDF (8 pages) — with both host printers:
 *
 * - warm: the browser host's printer, a headless Chromium kept running between PDFs
 *   (the first PDF after a minute without one also pays the start-up: the cold figure);
 *   anchor: the same warm browser printing an empty page;
 * - one-off: a fresh `--print-to-pdf` Chromium per PDF (the warm printer's fallback, and
 *   what a first PDF costs); anchor: the same command printing an empty page — the fixed
 *   cost of starting a browser.
 *
 * The template alone is timed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../electron/core/logger';
import { warmChromiumPdfPrinter } from '../../electron/host/chromium-cdp';
import { chromiumPdfPrinter } from '../../electron/host/chromium-pdf';
import type { PdfPrinter } from '../../electron/core/pdf-printer';
import { InvoicePdfService } from '../../electron/invoices/pdf/service';
import { statementHtml } from '../../electron/invoices/pdf/template';
import { issueInvoice, syntheticInvoiceDb } from '../support/invoice-fixture';
import { row, type Benchmark, type Row } from './report';
import { measureInterleaved, summarize } from './stats';

const BENCH = 'invoice-pdf';
const LINES = 200;
const TARGET_MS = 2000;
const SAMPLES = 5;

export const invoicePdf: Benchmark = {
  name: BENCH,
  summary: `PDF of a ${LINES}-line invoice, warm and one-off headless Chromium (anchors: the same printing an empty page)`,
  async run(options) {
    const fixture = await syntheticInvoiceDb(LINES);
    try {
      const id = await issueInvoice(fixture.db, fixture.customerId, { maxLines: LINES });
      const oneOff = chromiumPdfPrinter();
      const warm = warmChromiumPdfPrinter();
      const serviceWith = (printer: PdfPrinter) =>
        new InvoicePdfService({
          db: fixture.db,
          profiles: { view: async () => ({ profiles: [], activeId: 'sandbox', secretStorage: 'session' as const }) },
          printer,
          logger: silentLogger,
          dataDir: fixture.dir,
          language: () => 'zh-CN',
          exports: { offerDownload: () => '' },
        });
      const empty = path.join(fixture.dir, 'empty.html');
      fs.writeFileSync(empty, '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      const out = (name: string) => path.join(fixture.dir, `${name}.pdf`);

      const detail = (await fixture.db.run('invoices.get', id))!;
      if (detail.lines.length !== LINES) throw new Error(`the invoice has ${detail.lines.length} lines, not ${LINES}`);
      options.log(`${BENCH}: ${LINES}-line invoice ${detail.invoice.number}, ${SAMPLES} prints each way`);

      let cold: number;
      let warmSamples: Record<string, number[]>;
      try {
        const t0 = performance.now();
        await serviceWith(warm).renderTo(id, out('cold'));
        cold = performance.now() - t0;
        warmSamples = await measureInterleaved(
          {
            statement: () => serviceWith(warm).renderTo(id, out('warm')),
            empty: () => warm.printToPdf(empty, out('warm-empty')),
          },
          { warmup: 1, samples: SAMPLES, blocks: SAMPLES },
        );
      } finally {
        await warm.close();
      }
      const oneOffSamples = await measureInterleaved(
        {
          statement: () => serviceWith(oneOff).renderTo(id, out('statement')),
          empty: () => oneOff.printToPdf(empty, out('empty')),
        },
        { warmup: 1, samples: SAMPLES, blocks: SAMPLES },
      );
      for (const name of ['cold', 'warm', 'statement']) {
        if (fs.readFileSync(out(name)).subarray(0, 5).toString('latin1') !== '%PDF-')
          throw new Error(`the ${name} statement is not a PDF`);
      }

      const data = {
        invoice: detail.invoice,
        lines: detail.lines,
        seller: { name: 'bench', account: '' },
        generatedAt: new Date().toISOString(),
      };
      const html = await measureInterleaved(
        { template: () => statementHtml(data, 'zh-CN') },
        { warmup: 20, samples: 200, blocks: 4 },
      );

      const w = summarize(warmSamples.statement!);
      const we = summarize(warmSamples.empty!);
      const o = summarize(oneOffSamples.statement!);
      const oe = summarize(oneOffSamples.empty!);
      const t = summarize(html.template!);
      const target = `≤ ${TARGET_MS} ms`;
      const rows: Row[] = [
        row(BENCH, `${LINES}-line statement PDF, warm browser, p50`, w.p50, 'ms', w.n, {
          anchor: { name: 'warm browser, empty page (p50)', value: we.p50, unit: 'ms' },
          target,
          met: w.p50 <= TARGET_MS,
        }),
        row(BENCH, `${LINES}-line statement PDF, first after idle (browser start included)`, cold, 'ms', 1, {
          anchor: { name: 'one-off Chromium, empty page (p50)', value: oe.p50, unit: 'ms' },
          target,
          met: cold <= TARGET_MS,
        }),
        row(BENCH, `${LINES}-line statement PDF, one-off Chromium, p50`, o.p50, 'ms', o.n, {
          anchor: { name: 'one-off Chromium, empty page (p50)', value: oe.p50, unit: 'ms' },
          target,
          met: o.p50 <= TARGET_MS,
        }),
        row(BENCH, `${LINES}-line statement HTML (template only), p50`, t.p50, 'ms', t.n),
      ];
      return rows;
    } finally {
      await fixture.close();
    }
  },
};
