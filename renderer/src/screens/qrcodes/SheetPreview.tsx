import { memo } from 'react';
import { LOGO_SHARE } from '../../../../shared/qrcodes/caption';
import type { SheetGeometry } from '../../../../shared/qrcodes/layout';
import type { PreviewCell } from './preview';

const mm = (v: number) => `${Math.round(v * 100) / 100}mm`;
/** CSS px per mm at 96 dpi: the page is laid out true to size, then zoomed to the preview's width. */
const PX_PER_MM = 96 / 25.4;

/** One code's cell, drawn as the printed sheet draws it (shared/qrcodes/sheet.ts). */
const Cell = memo(function Cell({
  cell,
  geometry: g,
  logo,
}: {
  cell: PreviewCell;
  geometry: SheetGeometry;
  logo: string | null;
}) {
  const n = cell.symbol.modules;
  const logoSize = g.code.size * LOGO_SHARE;
  const c = g.caption;
  const tag = cell.lines.find((l) => l.kind === 'tag')?.text ?? '';
  return (
    <div
      className="qr-sheet-cell"
      style={{ left: mm(cell.x), top: mm(cell.y), width: mm(g.cellW), height: mm(g.cellH) }}
    >
      <svg
        className="qr-sheet-code"
        role="img"
        aria-label={tag}
        data-link={cell.link}
        style={{ left: mm(g.code.x), top: mm(g.code.y), width: mm(g.code.size), height: mm(g.code.size) }}
        viewBox={`0 0 ${n} ${n}`}
        shapeRendering="crispEdges"
      >
        <rect width={n} height={n} fill="#fff" />
        <path fill="#000" d={cell.symbol.path} />
      </svg>
      {logo && (
        <img
          className="qr-sheet-logo"
          alt=""
          src={logo}
          style={{
            left: mm(g.code.x + (g.code.size - logoSize) / 2),
            top: mm(g.code.y + (g.code.size - logoSize) / 2),
            width: mm(logoSize),
            height: mm(logoSize),
            padding: mm(logoSize * 0.08),
          }}
        />
      )}
      <div
        className={`qr-sheet-caption qr-sheet-${c.placement}`}
        style={{ left: mm(c.x), top: mm(c.y), width: mm(c.w), height: mm(c.h), fontSize: `${g.fontPt}pt` }}
      >
        {cell.lines.map((l) => (
          <div key={l.kind} className={`qr-sheet-${l.kind}`}>
            {l.text}
          </div>
        ))}
      </div>
    </div>
  );
});

/** An A4 page of the sheet, `widthPx` wide on screen. */
export function SheetPage({
  cells,
  geometry,
  logo,
  widthPx,
  label,
}: {
  cells: PreviewCell[];
  geometry: SheetGeometry;
  logo: string | null;
  widthPx: number;
  label: string;
}) {
  return (
    <div className="qr-sheet-frame" style={{ width: widthPx, height: (widthPx * 297) / 210 }}>
      <div className="qr-sheet-page" role="group" aria-label={label} style={{ zoom: widthPx / (210 * PX_PER_MM) }}>
        {cells.map((cell) => (
          <Cell key={cell.id} cell={cell} geometry={geometry} logo={logo} />
        ))}
      </div>
    </div>
  );
}
