import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/logger';
import { warmChromiumPdfPrinter } from '../../electron/host/chromium-cdp';
import { chromiumPdfPrinter } from '../../electron/host/chromium-pdf';
import { InvoicePdfService } from '../../electron/invoices/pdf/service';
import { amountInWords } from '../../shared/invoices/amount-in-words';
import { call } from '../support/core';
import {
  TEST_BUYER,
  issueInvoice,
  richestCustomer,
  syncedInvoiceDb,
  syntheticInvoiceDb,
  type InvoiceDb,
} from '../support/invoice-fixture';
import { DB_WORKER } from '../support/paths';
import { inkRatio, readPngGray } from '../support/png';

/**
 * The printed statement end to end on a database synced from the sandbox: an invoice made
 * and issued through the repository operations, printed by the system Chromium through
 * the real core (dispatcher → service → printer → browser-host download), page 1 rendered
 * to PNG with pdftoppm, its text read back with pdftotext.
 */
let fixture: InvoiceDb;
let core: Core;
let invoiceId: string;
let draftId: string;

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

function renderPage1(pdf: string): string {
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-gray', '-png', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

beforeAll(async () => {
  fixture = await syncedInvoiceDb(31);
  const customerId = richestCustomer(fixture.file);
  invoiceId = await issueInvoice(fixture.db, customerId, { maxLines: 8 });
  draftId = await issueInvoice(fixture.db, customerId, { maxLines: 2, issue: false, type: 'ordinary' });
  await fixture.db.close();
  core = await startCore({
    dataDir: fixture.dir,
    transport: 'browser-host',
    dbWorkerScript: DB_WORKER,
    logger: silentLogger,
    autoSync: false,
    language: 'zh-CN',
    // What the browser host uses: the warm browser, with the one-off run as its fallback.
    pdfPrinter: warmChromiumPdfPrinter(),
  });
}, 180_000);

afterAll(async () => {
  await core?.close();
  await fixture?.close();
});

describe('invoice statement PDF', () => {
  it('invoices.pdf prints an issued invoice with its Chinese text and offers it as a download', async () => {
    const r = await call(core, 'invoices.pdf', { id: invoiceId });
    if (!r.ok) throw new Error(r.error.message);
    const { value } = r;
    expect(value.state).toBe('done');
    expect(value.downloadUrl).toMatch(/^\/download\/[0-9a-f]{32}$/);
    expect(value.path).toBeNull();
    const file = path.join(fixture.dir, 'exports', value.fileName);
    expect(fs.statSync(file).size).toBe(value.bytes);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // No temporary HTML (it holds the buyer's details) and no .part file stays behind.
    expect(fs.readdirSync(path.join(fixture.dir, 'tmp'))).toEqual([]);
    expect(fs.readdirSync(path.join(fixture.dir, 'exports')).filter((f) => f.endsWith('.part'))).toEqual([]);

    const detail = (await core.db.run('invoices.get', invoiceId))!;
    const text = pdfText(file);
    expect(text).toContain('发票开具明细单');
    expect(text).toContain('增值税专用发票');
    expect(text).toContain('已开具');
    expect(text).toContain(detail.invoice.number!);
    expect(text).toContain(TEST_BUYER.name);
    expect(text).toContain(TEST_BUYER.creditCode);
    expect(text).toContain(TEST_BUYER.bank);
    expect(text).toContain(amountInWords(detail.invoice.totalAmount));
    expect(detail.lines.length).toBeGreaterThan(0);
    // Every line's amount, as formatted on the page.
    for (const line of detail.lines)
      expect(text).toContain(line.amount.includes('.') ? line.amount.split('.')[0]! : line.amount);
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);

    const png = readPngGray(renderPage1(file));
    expect(png.width).toBeGreaterThan(400);
    expect(png.height / png.width).toBeCloseTo(297 / 210, 1);
    const ink = inkRatio(png);
    expect(ink, 'page 1 has text on it').toBeGreaterThan(0.005);
    expect(ink, 'page 1 is not a black page').toBeLessThan(0.4);
  });

  it('marks a draft as not issued', async () => {
    const r = await call(core, 'invoices.pdf', { id: draftId });
    if (!r.ok) throw new Error(r.error.message);
    const text = pdfText(path.join(fixture.dir, 'exports', r.value.fileName));
    expect(text).toContain('草稿');
    expect(text).toContain('增值税普通发票');
    expect(text).toContain('开具后编号');
  });

  it('an unknown invoice is NOT_FOUND', async () => {
    const r = await call(core, 'invoices.pdf', { id: 'nope' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });

  it('the print dialog is unsupported in the browser host', async () => {
    const r = await call(core, 'invoices.print', { id: invoiceId });
    expect(r).toEqual({ ok: true, value: { state: 'unsupported' } });
  });

  it('Electron: asks where to save first; a cancelled dialog prints nothing', async () => {
    let printed = 0;
    const saveTo = path.join(fixture.dir, 'chosen', 'statement.pdf');
    fs.mkdirSync(path.dirname(saveTo), { recursive: true });
    const make = (choice: string | null) =>
      new InvoicePdfService({
        db: core.db,
        profiles: core.profiles,
        logger: silentLogger,
        dataDir: fixture.dir,
        language: () => 'en-US',
        exports: { offerDownload: () => 'unused' },
        chooseSavePath: async () => choice,
        printer: {
          printToPdf: async (html, out) => {
            printed++;
            return chromiumPdfPrinter().printToPdf(html, out);
          },
        },
      });
    expect(await make(null).pdf(invoiceId)).toMatchObject({ state: 'cancelled', path: null, downloadUrl: null });
    expect(printed).toBe(0);
    const done = await make(saveTo).pdf(invoiceId);
    expect(done).toMatchObject({ state: 'done', path: saveTo, downloadUrl: null });
    expect(printed).toBe(1);
    const text = pdfText(saveTo);
    expect(text).toContain('Invoice statement');
    expect(text).toContain('Special VAT invoice');
    // The buyer's name and the capital amount stay Chinese in the English statement.
    expect(text).toContain(TEST_BUYER.name);
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/);
  });

  it('without Chromium the user is told so and no file is left', async () => {
    const before = fs.readdirSync(path.join(fixture.dir, 'exports')).length;
    const service = new InvoicePdfService({
      db: core.db,
      profiles: core.profiles,
      logger: silentLogger,
      dataDir: fixture.dir,
      language: () => 'zh-CN',
      exports: { offerDownload: () => 'unused' },
      printer: chromiumPdfPrinter({ executable: '/nonexistent/chromium' }),
    });
    await expect(service.pdf(invoiceId)).rejects.toMatchObject({
      code: 'INTERNAL',
      messageKey: 'invoiceOutputs.pdf.noChromium',
    });
    expect(fs.readdirSync(path.join(fixture.dir, 'exports')).length).toBe(before);
  });
});

describe('the warm print browser', () => {
  it('prints one document after another in the same browser, and again after it was closed', async () => {
    const printer = warmChromiumPdfPrinter({ idleMs: 60_000 });
    const dir = path.join(fixture.dir, 'warm');
    fs.mkdirSync(dir, { recursive: true });
    const html = path.join(dir, 'doc.html');
    fs.writeFileSync(html, '<!doctype html><meta charset="utf-8"><style>@page{size:A4}</style><p>发票开具明细单</p>');
    const times: number[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await printer.printToPdf(html, path.join(dir, `${i}.pdf`));
        times.push(performance.now() - t0);
        expect(pdfText(path.join(dir, `${i}.pdf`))).toContain('发票开具明细单');
      }
      // Two at once are queued, both made.
      await Promise.all([
        printer.printToPdf(html, path.join(dir, 'a.pdf')),
        printer.printToPdf(html, path.join(dir, 'b.pdf')),
      ]);
      expect(pdfPages(path.join(dir, 'a.pdf'))).toBe(1);
      expect(pdfPages(path.join(dir, 'b.pdf'))).toBe(1);
      await printer.close();
      await printer.printToPdf(html, path.join(dir, 'after.pdf'));
      expect(pdfText(path.join(dir, 'after.pdf'))).toContain('发票开具明细单');
    } finally {
      await printer.close();
    }
    // Not a timing test: the warm prints only have to work; the benchmark measures them.
    expect(times.length).toBe(3);
  }, 120_000);

  it('without Chromium: the "no Chromium" refusal, not a fallback', async () => {
    const printer = warmChromiumPdfPrinter({ executable: '/nonexistent/chromium' });
    await expect(printer.printToPdf('/nonexistent.html', path.join(fixture.dir, 'x.pdf'))).rejects.toMatchObject({
      reason: 'noChromium',
    });
  });
});

describe('a long invoice', () => {
  let long: InvoiceDb & { customerId: string };
  afterAll(async () => long?.close());

  it('spans pages with the header row and page x of y on each', async () => {
    long = await syntheticInvoiceDb(200);
    const id = await issueInvoice(long.db, long.customerId, { maxLines: 200 });
    const service = new InvoicePdfService({
      db: long.db,
      profiles: { view: async () => ({ profiles: [], activeId: 'sandbox', secretStorage: 'session' as const }) },
      logger: silentLogger,
      dataDir: long.dir,
      language: () => 'zh-CN',
      exports: { offerDownload: () => 'unused' },
      printer: chromiumPdfPrinter(),
    });
    const out = path.join(long.dir, 'long.pdf');
    await service.renderTo(id, out);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = pdfText(out);
    for (let p = 1; p <= pages; p++) expect(text).toMatch(new RegExp(`第\\s*${p}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
    // The line table's header row repeats on every page.
    expect(text.match(/项目名称/g)!.length).toBeGreaterThanOrEqual(pages);
    expect(text).toContain('上海长文本测试有限公司');
    expect(text).toContain('资源-199-');
  }, 120_000);
});
