import { z } from 'zod';

/**
 * Print layouts of QR code sheets, all on A4 portrait. A layout is a grid of cells; each
 * cell holds one code (its quiet zone included in the printed size) and its caption,
 * under the code when there is room, beside it on label sheets. The geometry is computed
 * here once, so the live preview and the printed PDF place every code at the same spot.
 */
export const A4 = { widthMm: 210, heightMm: 297 } as const;

export const SHEET_KINDS = ['1up', '4up', '8up', '24up', 'custom'] as const;
export const SheetKind = z.enum(SHEET_KINDS);
export type SheetKind = z.infer<typeof SheetKind>;

export const GRID_LIMITS = {
  rows: { min: 1, max: 20 },
  cols: { min: 1, max: 10 },
  marginMm: { min: 0, max: 40 },
  codeMm: { min: 15, max: 180 },
} as const;

const num = (l: { min: number; max: number }) =>
  z.number().min(l.min, 'qrcodes.layout.outOfRange').max(l.max, 'qrcodes.layout.outOfRange');

export const GridSpec = z
  .object({
    rows: num(GRID_LIMITS.rows).int(),
    cols: num(GRID_LIMITS.cols).int(),
    marginXMm: num(GRID_LIMITS.marginMm),
    marginYMm: num(GRID_LIMITS.marginMm),
    codeMm: num(GRID_LIMITS.codeMm),
  })
  .strict();
export type GridSpec = z.infer<typeof GridSpec>;

export const CaptionLanguage = z.enum(['zh-CN', 'en-US']);

export const LayoutSpec = z
  .object({
    sheet: SheetKind,
    /** Used when sheet = 'custom'; kept while another sheet is chosen so switching back restores it. */
    custom: GridSpec,
    /** The caption's instruction line is in this language. */
    language: CaptionLanguage,
    /** Put the profile's logo in the centre of each code (error correction H instead of Q). */
    logo: z.boolean(),
  })
  .strict();
export type LayoutSpec = z.infer<typeof LayoutSpec>;

/** The presets: what common A4 sheets and label stock need. 24-up is the 3 × 8 label grid (70 × 36 mm labels). */
export const PRESETS: Record<Exclude<SheetKind, 'custom'>, GridSpec> = {
  '1up': { rows: 1, cols: 1, marginXMm: 20, marginYMm: 30, codeMm: 120 },
  '4up': { rows: 2, cols: 2, marginXMm: 10, marginYMm: 12, codeMm: 70 },
  '8up': { rows: 4, cols: 2, marginXMm: 10, marginYMm: 10, codeMm: 46 },
  '24up': { rows: 8, cols: 3, marginXMm: 0, marginYMm: 4.5, codeMm: 30 },
};

export const DEFAULT_LAYOUT: LayoutSpec = {
  sheet: '8up',
  custom: { rows: 3, cols: 2, marginXMm: 12, marginYMm: 12, codeMm: 60 },
  language: 'zh-CN',
  logo: false,
};

export function gridOf(spec: LayoutSpec): GridSpec {
  return spec.sheet === 'custom' ? spec.custom : PRESETS[spec.sheet];
}

export interface Cell {
  /** Top-left of the cell on the page, mm. */
  x: number;
  y: number;
}

export interface SheetGeometry {
  grid: GridSpec;
  cellW: number;
  cellH: number;
  perPage: number;
  /** Cells of one page, row by row. */
  cells: Cell[];
  /** Where the code sits inside its cell and where the caption goes, mm. */
  code: { x: number; y: number; size: number };
  caption: { x: number; y: number; w: number; h: number; placement: 'below' | 'beside' };
  /** Caption font size, pt: smaller on small cells. */
  fontPt: number;
}

/** How tall a caption is (four lines) for a font size, mm. */
const captionHeight = (pt: number) => 4 * pt * 0.3528 * 1.3 + 1;
/** Narrowest caption beside a code, mm. */
const BESIDE_MIN_W = 30;
const PAD = 2;

export type GeometryCheck = { ok: true; geometry: SheetGeometry } | { ok: false; maxCodeMm: number };

/**
 * The cells of a layout, or a refusal saying the biggest code that fits the grid (a code
 * and its caption must fit inside its cell, with a small padding all round).
 */
export function sheetGeometry(spec: LayoutSpec): GeometryCheck {
  const grid = gridOf(spec);
  const cellW = (A4.widthMm - 2 * grid.marginXMm) / grid.cols;
  const cellH = (A4.heightMm - 2 * grid.marginYMm) / grid.rows;
  const size = grid.codeMm;
  const fontPt = size >= 60 ? 10 : size >= 40 ? 8 : 6.5;
  const capH = captionHeight(fontPt);
  const innerW = cellW - 2 * PAD;
  const innerH = cellH - 2 * PAD;
  let code: SheetGeometry['code'];
  let caption: SheetGeometry['caption'];
  if (size <= innerW && size + capH <= innerH) {
    const top = PAD + (innerH - size - capH) / 2;
    code = { x: (cellW - size) / 2, y: top, size };
    caption = { x: PAD, y: top + size, w: innerW, h: capH, placement: 'below' };
  } else if (size <= innerH && size + BESIDE_MIN_W <= innerW) {
    code = { x: PAD, y: (cellH - size) / 2, size };
    caption = { x: PAD + size + 1, y: PAD, w: innerW - size - 1, h: innerH, placement: 'beside' };
  } else {
    const maxCodeMm = Math.floor(Math.max(0, Math.min(innerW, innerH - capH), Math.min(innerH, innerW - BESIDE_MIN_W)));
    return { ok: false, maxCodeMm };
  }
  const cells: Cell[] = [];
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) cells.push({ x: grid.marginXMm + c * cellW, y: grid.marginYMm + r * cellH });
  return {
    ok: true,
    geometry: { grid, cellW, cellH, perPage: cells.length, cells, code, caption, fontPt },
  };
}
