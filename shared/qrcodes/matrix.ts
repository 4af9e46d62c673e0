/**
 * A QR symbol as the encoder (the `qrcode` library) lays it out: `size` × `size` modules,
 * row by row, 1 = dark. Drawing it is ours so the preview and the printed sheet draw the
 * same path; encoding never is.
 */
export interface QrMatrix {
  size: number;
  data: ArrayLike<number>;
}

/** The quiet zone the QR standard asks for, in modules, on every side. Always kept. */
export const QUIET_ZONE = 4;

/** One SVG path for the dark modules (horizontal runs merged), offset by the quiet zone. */
export function matrixPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.data[y * m.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.data[y * m.size + x]) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

/** The side of the drawn symbol in modules, quiet zone included. */
export const symbolModules = (m: QrMatrix): number => m.size + 2 * QUIET_ZONE;

/** A whole standalone SVG of the code (quiet zone included, white background), `px` wide. */
export function symbolSvg(m: QrMatrix, px: number, extra = ''): string {
  const n = symbolModules(m);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges">` +
    `<rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${matrixPath(m)}"/>${extra}</svg>`
  );
}
