/**
 * QR code sheets (issue 6):
 *
 * - 240 codes — ten 24-up A4 label sheets — to PDF through the 'qrcodes.pdf' path (codes
 *   read in the reader worker, each link encoded, the sheet HTML made, the browser host's
 *   warm headless Chromium printing it), target ≤ 5 s; anchor: the same warm browser
 *   printing a trivial one-page HTML. The first print (browser start included) and the
 *   document alone (encode + HTML, no printing) are reported too.
 * - The print view's live preview of a 24-up sheet after a layout change, target ≤ 100 ms:
 *   (1) the renderer-side computation (renderer/src/screens/qrcodes/preview.ts: geometry,
 *   symbols, captions), symbols cached as in the screen and cold; anchor: the print
 *   document's HTML of the same page (shared/qrcodes/sheet.ts), in the same process;
 *   (2) in headless Chromium against the browser host: from the click on a layout to the
 *   frame with the new sheet painted (React render, layout, paint); anchor: a click that
 *   changes nothing, to its next painted frame — the floor of any click-to-paint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startCore } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/logger';
import { warmChromiumPdfPrinter } from '../../electron/host/chromium-cdp';
import { encodeLink } from '../../electron/qrcodes/encode';
import { QrPrintService } from '../../electron/qrcodes/print-service';
import { QrCodeService } from '../../electron/qrcodes/service';
import { clearSymbolCache, sheetModel } from '../../renderer/src/screens/qrcodes/preview';
import { DEFAULT_LAYOUT, sheetGeometry, type LayoutSpec } from '../../shared/qrcodes/layout';
import { codeLink } from '../../shared/qrcodes/link';
import { sheetHtml } from '../../shared/qrcodes/sheet';
import { zh } from '../e2e/i18n';
import e2eConfig from '../playwright.config';
import { spawnHost } from '../support/host-process';
import { DB_WORKER } from '../support/paths';
import { row, type Benchmark, type Row } from './report';
import { measureInterleaved, summarize } from './stats';
import { withTempDir } from './support';

const BENCH = 'qrcodes';
const CODES = 240;
const PDF_TARGET_MS = 5000;
const PREVIEW_TARGET_MS = 100;
const PDF_SAMPLES = 5;
const CLICKS = 15;
const LINK = 'https://partner.example.com/expansion/register?bp=8812&channel=offline&tag={tag}';
const COMMON = { associationType: 'referral', campaign: 'HDC 2026', ownerRep: '王芳', notes: '', expiresOn: null };

const L24: LayoutSpec = { ...DEFAULT_LAYOUT, sheet: '24up' };
/** Another 24-cell grid (the 3 × 8 labels with smaller codes): a layout change that keeps the page full. */
const L24B: LayoutSpec = {
  ...DEFAULT_LAYOUT,
  sheet: 'custom',
  custom: { rows: 8, cols: 3, marginXMm: 2, marginYMm: 6, codeMm: 27 },
};

async function ok<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function pdfRows(dir: string, log: (m: string) => void): Promise<Row[]> {
  const printer = warmChromiumPdfPrinter();
  const core = await startCore({
    dataDir: dir,
    transport: 'browser-host',
    dbWorkerScript: DB_WORKER,
    logger: silentLogger,
    autoSync: false,
    language: 'zh-CN',
    pdfPrinter: printer,
  });
  try {
    const d = core.dispatcher;
    await ok(d.dispatch('qrcodes.setup.set', { link: LINK, partnerName: '华云数智科技有限公司' }));
    const batch = await ok<{ ids: string[] }>(
      d.dispatch('qrcodes.createBatch', {
        kind: 'sequence',
        prefix: 'EXPO-',
        from: 1,
        count: CODES,
        digits: 3,
        name: '',
        ...COMMON,
      }),
    );
    const codes = new QrCodeService(core.db, core.profiles);
    const print = new QrPrintService({
      db: core.db,
      codes,
      printer,
      logger: silentLogger,
      dataDir: dir,
      exports: { offerDownload: () => '' },
    });
    const trivial = path.join(dir, 'trivial.html');
    fs.writeFileSync(
      trivial,
      '<!doctype html><html><head><meta charset="utf-8"></head><body><p>one page</p></body></html>',
    );
    const out = (n: string) => path.join(dir, `${n}.pdf`);
    log(`${BENCH}: ${CODES} codes on ${CODES / 24} 24-up sheets, ${PDF_SAMPLES} prints beside the anchor`);

    const t0 = performance.now();
    const first = await print.renderTo(batch.ids, L24, out('first'));
    const cold = performance.now() - t0;
    if (first.pages !== CODES / 24) throw new Error(`${first.pages} pages, not ${CODES / 24}`);
    const samples = await measureInterleaved(
      {
        sheets: () => print.renderTo(batch.ids, L24, out('sheets')),
        trivial: () => printer.printToPdf(trivial, out('trivial')),
      },
      { warmup: 1, samples: PDF_SAMPLES, blocks: PDF_SAMPLES },
    );
    const doc = await measureInterleaved(
      { prepare: () => print.prepare(batch.ids, L24) },
      { warmup: 1, samples: PDF_SAMPLES, blocks: 1 },
    );
    if (fs.readFileSync(out('sheets')).subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
    const s = summarize(samples.sheets!);
    const a = summarize(samples.trivial!);
    const p = summarize(doc.prepare!);
    const anchor = { name: 'warm browser, trivial 1-page HTML (p50)', value: a.p50, unit: 'ms' };
    const target = `≤ ${PDF_TARGET_MS} ms`;
    return [
      row(BENCH, `${CODES} codes (ten 24-up A4 sheets) to PDF, warm browser, p50`, s.p50, 'ms', s.n, {
        anchor,
        target,
        met: s.p50 <= PDF_TARGET_MS,
      }),
      row(BENCH, `${CODES} codes to PDF, first print (browser start included)`, cold, 'ms', 1, {
        anchor,
        target,
        met: cold <= PDF_TARGET_MS,
      }),
      row(BENCH, `${CODES} codes: the sheet document (read, encode, HTML; no printing), p50`, p.p50, 'ms', p.n),
    ];
  } finally {
    await core.close();
    await printer.close?.();
  }
}

function computeRows(): Row[] {
  const codes = Array.from({ length: 24 }, (_, i) => ({
    id: `id-${i}`,
    tag: `EXPO-${String(i + 1).padStart(3, '0')}`,
    ownerRep: '王芳',
  }));
  const setup = { link: LINK, partnerName: '华云数智科技有限公司', logo: null };
  let flip = false;
  const change = () => {
    flip = !flip;
    const m = sheetModel(codes, setup, flip ? L24 : L24B, 0);
    if (!m.ok || m.cells.length !== 24) throw new Error('not a full 24-up page');
    return m;
  };
  const g = sheetGeometry(L24);
  if (!g.ok) throw new Error('24-up does not fit');
  const printCodes = codes.map((c) => ({
    ...c,
    partnerName: setup.partnerName,
    matrix: encodeLink(codeLink(LINK, c.tag), 'Q'),
  }));
  const warm = measureSync({ change, html: () => sheetHtml(printCodes, g.geometry, 'zh-CN', null) }, 400);
  const cold = measureSync(
    {
      change: () => {
        clearSymbolCache();
        return change();
      },
    },
    100,
  );
  const w = summarize(warm.change!);
  const c = summarize(cold.change!);
  const h = summarize(warm.html!);
  const anchor = { name: 'print HTML of the same 24-up page (p50)', value: h.p50, unit: 'ms' };
  const target = `≤ ${PREVIEW_TARGET_MS} ms`;
  return [
    row(BENCH, 'preview model of a 24-up sheet after a layout change (symbols cached), p95', w.p95, 'ms', w.n, {
      anchor,
      target,
      met: w.p95 <= PREVIEW_TARGET_MS,
    }),
    row(BENCH, 'preview model of a 24-up sheet, 24 codes encoded (cold), p95', c.p95, 'ms', c.n, {
      anchor,
      target,
      met: c.p95 <= PREVIEW_TARGET_MS,
    }),
  ];
}

function measureSync(contenders: Record<string, () => unknown>, samples: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const op of Object.values(contenders)) for (let i = 0; i < 20; i++) op();
  for (let i = 0; i < samples; i++)
    for (const [name, op] of Object.entries(contenders)) {
      const t0 = performance.now();
      op();
      (out[name] ??= []).push(performance.now() - t0);
    }
  return out;
}

/** In the page: clicks `selector`, then ms until `done()` holds and the frame after it has been painted. */
async function clickToPaint(
  page: Page,
  selector: string,
  check: string | null,
): Promise<{ total: number; react: number }> {
  return page.evaluate(
    async ({ selector, check }) => {
      const el = document.querySelector<HTMLElement>(selector)!;
      const done = () =>
        check === null ||
        (document.querySelector<SVGElement>('.qr-sheet-code')?.style.width === check &&
          document.querySelectorAll('.qr-sheet-code').length === 24);
      const t0 = performance.now();
      // React flushes a click's update before click() returns: this part is render + commit.
      el.click();
      const react = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(r));
      while (!done()) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = r;
        ch.port2.postMessage(null);
      });
      return { total: performance.now() - t0, react };
    },
    { selector, check },
  );
}

async function browserRows(dir: string, log: (m: string) => void): Promise<Row[]> {
  const host = await spawnHost(dir, ['--lang', 'zh-CN']);
  const browser = await chromium.launch(e2eConfig.use?.launchOptions);
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    ).newPage();
    // tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which the page lacks (paint-probe.ts).
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor({ timeout: 45_000 });
    await page.evaluate(
      async ({ link, common, layout }) => {
        const ws = (window as unknown as { workstation: { invoke(c: string, i?: unknown): Promise<{ ok: boolean }> } })
          .workstation;
        await ws.invoke('qrcodes.setup.set', { link, partnerName: '华云数智科技有限公司' });
        await ws.invoke('qrcodes.createBatch', {
          kind: 'sequence',
          prefix: 'EXPO-',
          from: 1,
          count: 24,
          digits: 3,
          name: '',
          ...common,
        });
        await ws.invoke('qrcodes.layout.set', layout);
      },
      { link: LINK, common: COMMON, layout: { ...L24B, sheet: '24up' } },
    );
    await page.evaluate(() => (window.location.hash = '#/qrcodes'));
    await page.getByRole('button', { name: zh('qrcodes.print') }).click();
    const dialog = page.getByRole('dialog', { name: zh('qrcodes.sheet.title') });
    await dialog.locator('.qr-sheet-code').nth(23).waitFor();
    log(`${BENCH}: ${CLICKS} layout changes of a 24-up preview in Chromium`);
    const radio = (k: string) => `.qr-print-form input[type="radio"][value="${k}"]`;
    const change: number[] = [];
    const react: number[] = [];
    const idle: number[] = [];
    for (let i = 0; i < CLICKS + 2; i++) {
      const toCustom = await clickToPaint(page, radio('custom'), '27mm');
      const toPreset = await clickToPaint(page, radio('24up'), '30mm');
      const none = await clickToPaint(page, '.ant-modal-title', null);
      if (i < 2) continue; // warm-up
      change.push(toCustom.total, toPreset.total);
      react.push(toCustom.react, toPreset.react);
      idle.push(none.total);
    }
    const c = summarize(change);
    const n = summarize(idle);
    const r = summarize(react);
    return [
      row(BENCH, 'Chromium: click on a layout → new 24-up preview painted, p95', c.p95, 'ms', c.n, {
        anchor: { name: 'click that changes nothing → next frame painted (p95)', value: n.p95, unit: 'ms' },
        target: `≤ ${PREVIEW_TARGET_MS} ms`,
        met: c.p95 <= PREVIEW_TARGET_MS,
      }),
      row(BENCH, 'Chromium: click on a layout → new 24-up preview painted, p50', c.p50, 'ms', c.n, {
        anchor: { name: 'click that changes nothing → next frame painted (p50)', value: n.p50, unit: 'ms' },
      }),
      row(BENCH, 'Chromium: of which React render + commit of the dialog, p50', r.p50, 'ms', r.n),
    ];
  } finally {
    await browser.close();
    await host.stop();
  }
}

export const qrcodesBench: Benchmark = {
  name: BENCH,
  summary: `${CODES} codes (ten 24-up sheets) to PDF vs a trivial page; 24-up preview after a layout change (model and Chromium)`,
  async run(options) {
    const rows: Row[] = [];
    rows.push(...computeRows());
    rows.push(...(await withTempDir('pw-bench-qr-', (dir) => pdfRows(dir, options.log))));
    rows.push(...(await withTempDir('pw-bench-qr-ui-', (dir) => browserRows(dir, options.log))));
    return rows;
  },
};
