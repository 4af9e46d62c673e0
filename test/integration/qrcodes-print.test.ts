import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/logger';
import { warmChromiumPdfPrinter } from '../../electron/host/chromium-cdp';
import { codeLink } from '../../shared/qrcodes/link';
import { DEFAULT_LAYOUT, type LayoutSpec, type SheetKind } from '../../shared/qrcodes/layout';
import { call } from '../support/core';
import { DB_WORKER } from '../support/paths';
import { decodeSheetPdf, pdfPageCount } from '../support/qr-decode';

/**
 * Every printed code decodes: sheets exported through the real dispatcher, service and the
 * browser host's printer (headless system Chromium), each page rendered to PNG by pdftoppm,
 * every cell cut out with the layout's geometry and decoded by jsQR — 100 % of the codes,
 * each the profile's link with its own tag, on 1-up, 8-up and 24-up sheets (and 4-up and a
 * custom grid, and with a centre logo at level H). PNG exports decode too.
 */
let core: Core;
let dir: string;
const LINK = 'https://partner.example.com/expansion/register?bp=8812&channel=offline&tag={tag}';
let codes: { id: string; tag: string }[] = [];

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>) {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A 16 × 16 red square as a PNG data URL: a stand-in for a partner's logo. */
function logoDataUrl(): string {
  const png = new PNG({ width: 16, height: 16 });
  for (let i = 0; i < 16 * 16; i++) png.data.set([200, 20, 20, 255], i * 4);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-qrprint-'));
  core = await startCore({
    dataDir: dir,
    transport: 'browser-host',
    dbWorkerScript: DB_WORKER,
    logger: silentLogger,
    autoSync: false,
    language: 'zh-CN',
    pdfPrinter: warmChromiumPdfPrinter(),
  });
  await ok(call(core, 'qrcodes.setup.set', { link: LINK, partnerName: '华云数智科技有限公司', logo: logoDataUrl() }));
  const common = { associationType: 'referral', campaign: 'HDC 2026', ownerRep: '王芳', notes: '', expiresOn: null };
  const batch = await ok(
    call(core, 'qrcodes.createBatch', {
      kind: 'sequence',
      prefix: 'EXPO-',
      from: 1,
      count: 46,
      digits: 3,
      name: '',
      ...common,
    }),
  );
  // Tags that percent-encode to long links: Chinese, dots and underscores.
  const more = await ok(
    call(core, 'qrcodes.createBatch', {
      kind: 'list',
      tags: ['上海 展会 A区', '深圳.客户拜访', 'visit_hangzhou_2026'],
      name: '',
      ...common,
    }),
  );
  const ids = [...batch.ids, ...more.ids];
  codes = await Promise.all(ids.map(async (id) => ok(call(core, 'qrcodes.get', { id }))));
}, 120_000);

afterAll(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exportSheet(layout: LayoutSpec, ids: string[]): Promise<string> {
  const file = await ok(call(core, 'qrcodes.pdf', { ids, layout }));
  expect(file.state).toBe('done');
  return path.join(dir, 'exports', file.fileName);
}

const layoutOf = (sheet: SheetKind, extra: Partial<LayoutSpec> = {}): LayoutSpec => ({
  ...DEFAULT_LAYOUT,
  sheet,
  ...extra,
});

describe('printed sheets decode', () => {
  it.each([
    ['1up', 3, 3],
    ['8up', 10, 2],
    ['24up', 49, 3],
    ['4up', 5, 2],
  ] as const)(
    '%s: all %i codes decode to their own link (%i pages)',
    async (sheet, n, pages) => {
      const chosen = codes.slice(-n);
      const pdf = await exportSheet(
        layoutOf(sheet),
        chosen.map((c) => c.id),
      );
      expect(pdfPageCount(pdf)).toBe(pages);
      const decoded = decodeSheetPdf(pdf, layoutOf(sheet), n);
      expect(decoded).toEqual(chosen.map((c) => codeLink(LINK, c.tag)));
    },
    60_000,
  );

  it('a custom grid (5 × 3, 12 mm margins, 34 mm codes) and English captions decode', async () => {
    const layout = layoutOf('custom', {
      language: 'en-US',
      custom: { rows: 5, cols: 3, marginXMm: 12, marginYMm: 12, codeMm: 34 },
    });
    const chosen = codes.slice(0, 20);
    const pdf = await exportSheet(
      layout,
      chosen.map((c) => c.id),
    );
    expect(pdfPageCount(pdf)).toBe(2);
    expect(decodeSheetPdf(pdf, layout, 20)).toEqual(chosen.map((c) => codeLink(LINK, c.tag)));
  }, 60_000);

  it('with the centre logo (error correction H) every code on an 8-up sheet still decodes', async () => {
    const layout = layoutOf('8up', { logo: true });
    const chosen = codes.slice(0, 8);
    const pdf = await exportSheet(
      layout,
      chosen.map((c) => c.id),
    );
    expect(decodeSheetPdf(pdf, layout, 8)).toEqual(chosen.map((c) => codeLink(LINK, c.tag)));
  }, 60_000);

  it('leaves no temporary HTML behind (it names the codes)', () => {
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });
});

describe('image exports', () => {
  it('a PNG export decodes to the code’s link; the SVG carries the symbol and the caption', async () => {
    const code = codes.find((c) => c.tag.startsWith('上海'))!;
    const png = await ok(call(core, 'qrcodes.exportImage', { id: code.id, format: 'png', layout: DEFAULT_LAYOUT }));
    const img = PNG.sync.read(fs.readFileSync(path.join(dir, 'exports', png.fileName)));
    const found = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    expect(found?.data).toBe(codeLink(LINK, code.tag));
    const svg = await ok(call(core, 'qrcodes.exportImage', { id: code.id, format: 'svg', layout: DEFAULT_LAYOUT }));
    const text = fs.readFileSync(path.join(dir, 'exports', svg.fileName), 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg /);
    expect(text).toContain('<path fill="#000"');
    expect(text).toContain(code.tag);
    expect(text).toContain('华云数智科技有限公司');
  });

  it('refuses to print before a link is set, with the message that says so', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-qrprint-nolink-'));
    const bare = await startCore({
      dataDir: other,
      transport: 'browser-host',
      dbWorkerScript: DB_WORKER,
      logger: silentLogger,
      autoSync: false,
      language: 'en-US',
    });
    try {
      const c = await ok(
        call(bare, 'qrcodes.create', {
          name: '',
          tag: 'solo',
          associationType: 'referral',
          campaign: '',
          ownerRep: '',
          notes: '',
          expiresOn: null,
        }),
      );
      const r = await call(bare, 'qrcodes.pdf', { ids: [c.id], layout: DEFAULT_LAYOUT });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/Set the partner expansion link/);
    } finally {
      await bare.close();
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
