import QRCode from 'qrcode';
import { captionLines } from '../../../../shared/qrcodes/caption';
import { sheetGeometry, type LayoutSpec, type SheetGeometry } from '../../../../shared/qrcodes/layout';
import { codeLink } from '../../../../shared/qrcodes/link';
import { matrixPath, symbolModules, type QrMatrix } from '../../../../shared/qrcodes/matrix';
import { LOGO_DATA_URL } from '../../../../shared/qrcodes/sheet';

/**
 * The live preview's model of a print sheet: the same geometry (shared/qrcodes/layout.ts),
 * the same symbol path (matrix.ts) and the same caption lines (caption.ts) the core prints,
 * encoded by the same `qrcode` library with the same error correction. No React here, so
 * the benchmark times exactly what a layout change costs the screen.
 */

/** Q by default, H when a centre logo covers part of the symbol (electron/qrcodes/encode.ts). */
export const ecLevel = (logo: boolean): 'Q' | 'H' => (logo ? 'H' : 'Q');

export interface EncodedSymbol {
  /** Modules per side, quiet zone included. */
  modules: number;
  path: string;
}

/**
 * Encoded symbols by level and link. A layout change does not change a code's link, so the
 * preview re-draws from here without encoding again; bounded so a long session stays small.
 */
const symbols = new Map<string, EncodedSymbol>();
const SYMBOL_CACHE = 3000;

export function encodeSymbol(link: string, level: 'Q' | 'H'): EncodedSymbol {
  const key = `${level}\n${link}`;
  let s = symbols.get(key);
  if (!s) {
    const m = QRCode.create(link, { errorCorrectionLevel: level }).modules;
    const matrix: QrMatrix = { size: m.size, data: m.data };
    s = { modules: symbolModules(matrix), path: matrixPath(matrix) };
    if (symbols.size >= SYMBOL_CACHE) symbols.delete(symbols.keys().next().value!);
    symbols.set(key, s);
  }
  return s;
}

/** Forget the encoded symbols (the benchmark's cold case). */
export function clearSymbolCache(): void {
  symbols.clear();
}

/** A code as the sheet needs it. */
export interface SheetSource {
  id: string;
  tag: string;
  ownerRep: string;
}

export interface PreviewCell {
  id: string;
  x: number;
  y: number;
  link: string;
  symbol: EncodedSymbol;
  lines: { text: string; kind: string }[];
}

export type SheetModel =
  | { ok: true; geometry: SheetGeometry; pages: number; cells: PreviewCell[]; level: 'Q' | 'H'; logo: string | null }
  | { ok: false; maxCodeMm: number };

/**
 * One page of the sheet (`page` 0-based) for `codes` in the order given, or the refusal of
 * a grid too small for its code (with the largest code that fits, as the core says it).
 */
export function sheetModel(
  codes: readonly SheetSource[],
  setup: { link: string; partnerName: string; logo: string | null },
  layout: LayoutSpec,
  page: number,
): SheetModel {
  const g = sheetGeometry(layout);
  if (!g.ok) return { ok: false, maxCodeMm: g.maxCodeMm };
  const geometry = g.geometry;
  const logo = layout.logo && setup.logo && LOGO_DATA_URL.test(setup.logo) ? setup.logo : null;
  const level = ecLevel(logo !== null);
  const pages = Math.max(1, Math.ceil(codes.length / geometry.perPage));
  const first = Math.min(page, pages - 1) * geometry.perPage;
  const cells = codes.slice(first, first + geometry.perPage).map((c, i): PreviewCell => {
    const link = codeLink(setup.link, c.tag);
    return {
      id: c.id,
      x: geometry.cells[i]!.x,
      y: geometry.cells[i]!.y,
      link,
      symbol: encodeSymbol(link, level),
      lines: captionLines({ partnerName: setup.partnerName, ownerRep: c.ownerRep, tag: c.tag }, layout.language),
    };
  });
  return { ok: true, geometry, pages, cells, level, logo };
}
