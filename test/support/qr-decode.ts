import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { sheetGeometry, type LayoutSpec } from '../../shared/qrcodes/layout';

/**
 * Reads printed QR sheets back: each page of the PDF rendered to PNG by poppler's pdftoppm,
 * each code's cell cut out with the layout's geometry (shared/qrcodes/layout.ts, the one the
 * sheet was printed with) and decoded with jsQR. Returns what every printed cell says, page
 * by page, in print order; a cell that does not decode is null.
 */
export function decodeSheetPdf(pdf: string, layout: LayoutSpec, codes: number, dpi = 200): (string | null)[] {
  const g = sheetGeometry(layout);
  if (!g.ok) throw new Error(`layout does not fit (max ${g.maxCodeMm} mm)`);
  const geometry = g.geometry;
  const prefix = pdf.replace(/\.pdf$/, '') + '-page';
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdf, prefix]);
  const dir = path.dirname(prefix);
  const pages = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
    .map((f) => path.join(dir, f));
  const px = (v: number) => Math.round((v * dpi) / 25.4);
  const out: (string | null)[] = [];
  pages.forEach((file, p) => {
    const png = PNG.sync.read(fs.readFileSync(file));
    const onPage = Math.min(geometry.perPage, codes - p * geometry.perPage);
    for (let i = 0; i < onPage; i++) {
      const cell = geometry.cells[i]!;
      // The code's square (its quiet zone is inside it) and 1 mm of paper round it.
      const x0 = Math.max(0, px(cell.x + geometry.code.x - 1));
      const y0 = Math.max(0, px(cell.y + geometry.code.y - 1));
      const side = px(geometry.code.size + 2);
      const w = Math.min(side, png.width - x0);
      const h = Math.min(side, png.height - y0);
      const rgba = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++) {
        const from = ((y0 + y) * png.width + x0) * 4;
        rgba.set(png.data.subarray(from, from + w * 4), y * w * 4);
      }
      out.push(jsQR(rgba, w, h, { inversionAttempts: 'dontInvert' })?.data ?? null);
    }
    fs.rmSync(file, { force: true });
  });
  return out;
}

/** Pages of a PDF, as pdfinfo counts them. */
export const pdfPageCount = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
