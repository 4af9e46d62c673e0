/**
 * The printed statement of a 200-line issued invoice (target ≤ 2 s): the whole path the
 * 'invoices.pdf' handler takes — the invoice and its lines read in the reader worker, the
 * HTML made, headless Chromium printing it to an A4 PDF (8 pages). Anchor: the same
 * Chromium, same flags, printing an empty page — the fixed cost of starting a browser,
 * which is most of the figure. The template alone is timed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../electron/core/logger';
import { chromiumPdfPrinter } from '../../electron/host/chromium-pdf';
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
  summary: `PDF of a ${LINES}-line invoice through headless Chromium (anchor: the same Chromium printing an empty page)`,
  async run(options) {
    const fixture = await syntheticInvoiceDb(LINES);
    try {
      const id = await issueInvoice(fixture.db, fixture.customerId, { maxLines: LINES });
      const printer = chromiumPdfPrinter();
      const service = new InvoicePdfService({
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
      options.log(`${BENCH}: ${LINES}-line invoice ${detail.invoice.number}, ${SAMPLES} prints each`);

      const samples = await measureInterleaved(
        {
          statement: () => service.renderTo(id, out('statement')),
          empty: () => printer.printToPdf(empty, out('empty')),
        },
        { warmup: 1, samples: SAMPLES, blocks: SAMPLES },
      );
      const pdfHead = fs.readFileSync(out('statement')).subarray(0, 5).toString('latin1');
      if (pdfHead !== '%PDF-') throw new Error('the statement is not a PDF');

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

      const s = summarize(samples.statement!);
      const e = summarize(samples.empty!);
      const t = summarize(html.template!);
      const anchor = { name: 'same Chromium, empty page (p50)', value: e.p50, unit: 'ms' };
      const rows: Row[] = [
        row(BENCH, `${LINES}-line statement PDF, p50`, s.p50, 'ms', s.n, {
          anchor,
          target: `≤ ${TARGET_MS} ms`,
          met: s.p50 <= TARGET_MS,
        }),
        row(BENCH, `${LINES}-line statement PDF, max`, s.max, 'ms', s.n, {
          anchor: { ...anchor, name: 'same Chromium, empty page (max)', value: e.max },
        }),
        row(BENCH, `${LINES}-line statement HTML (template only), p50`, t.p50, 'ms', t.n),
      ];
      return rows;
    } finally {
      await fixture.close();
    }
  },
};
