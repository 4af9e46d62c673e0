import type { Language } from '../settings/schema';
import { captionLines, LOGO_SHARE, type CaptionInput } from './caption';
import type { SheetGeometry } from './layout';
import { matrixPath, symbolModules, type QrMatrix } from './matrix';

/** One code to print: its symbol (encoded by the caller) and its caption. */
export interface SheetCode extends CaptionInput {
  matrix: QrMatrix;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const mm = (v: number) => `${Math.round(v * 100) / 100}mm`;

/** Only a base64 PNG/JPEG data URL may go into the page (it is checked when it is saved, and again here). */
export const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/;

const CSS = `
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #111; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.cell { position: absolute; }
.code { position: absolute; display: block; }
.logo { position: absolute; background: #fff; object-fit: contain; }
.caption { position: absolute; line-height: 1.3; overflow: hidden; }
.caption div { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.below { text-align: center; }
.beside { display: flex; flex-direction: column; justify-content: center; }
.partner { font-weight: 700; }
.tag { font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; }
.instruction { color: #444; }
`;

/**
 * The print document of a set of codes: self-contained HTML (no script, no network), one
 * A4 page per `geometry.perPage` codes, every length in mm so Chromium prints it true to size.
 */
export function sheetHtml(
  codes: readonly SheetCode[],
  geometry: SheetGeometry,
  language: Language,
  logo: string | null,
): string {
  const g = geometry;
  const logoUrl = logo && LOGO_DATA_URL.test(logo) ? logo : null;
  const pages: string[] = [];
  for (let p = 0; p * g.perPage < codes.length; p++) {
    const cells = codes.slice(p * g.perPage, (p + 1) * g.perPage).map((code, i) => {
      const cell = g.cells[i]!;
      const n = symbolModules(code.matrix);
      const svg =
        `<svg class="code" style="left:${mm(g.code.x)};top:${mm(g.code.y)};width:${mm(g.code.size)};height:${mm(g.code.size)}" ` +
        `viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/>` +
        `<path fill="#000" d="${matrixPath(code.matrix)}"/></svg>`;
      const logoSize = g.code.size * LOGO_SHARE;
      const img = logoUrl
        ? `<img class="logo" alt="" src="${logoUrl}" style="left:${mm(g.code.x + (g.code.size - logoSize) / 2)};top:${mm(g.code.y + (g.code.size - logoSize) / 2)};width:${mm(logoSize)};height:${mm(logoSize)};padding:${mm(logoSize * 0.08)}">`
        : '';
      const lines = captionLines(code, language)
        .map((l) => `<div class="${l.kind}">${esc(l.text)}</div>`)
        .join('');
      const c = g.caption;
      const caption = `<div class="caption ${c.placement}" style="left:${mm(c.x)};top:${mm(c.y)};width:${mm(c.w)};height:${mm(c.h)};font-size:${g.fontPt}pt">${lines}</div>`;
      return `<div class="cell" style="left:${mm(cell.x)};top:${mm(cell.y)};width:${mm(g.cellW)};height:${mm(g.cellH)}">${svg}${img}${caption}</div>`;
    });
    pages.push(`<section class="page">${cells.join('')}</section>`);
  }
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>QR</title><style>${CSS}</style></head><body>${pages.join('')}</body></html>`;
}
