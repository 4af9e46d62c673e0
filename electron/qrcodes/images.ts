import { PNG } from 'pngjs';
import type { Language } from '../../shared/settings/schema';
import { captionLines, LOGO_SHARE, type CaptionInput } from '../../shared/qrcodes/caption';
import { matrixPath, symbolModules, type QrMatrix } from '../../shared/qrcodes/matrix';
import { LOGO_DATA_URL } from '../../shared/qrcodes/sheet';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One code as a standalone SVG: the symbol with its quiet zone, the logo (if any) in the
 * centre, and the caption lines under it — for leaflets and slides made elsewhere.
 */
export function codeSvg(m: QrMatrix, caption: CaptionInput, language: Language, logo: string | null): string {
  const n = symbolModules(m);
  const lines = captionLines(caption, language);
  const lineH = n / 14;
  const h = n + lines.length * lineH + lineH / 2;
  const logoUrl = logo && LOGO_DATA_URL.test(logo) ? logo : null;
  const s = n * LOGO_SHARE;
  const img = logoUrl
    ? `<rect x="${(n - s) / 2}" y="${(n - s) / 2}" width="${s}" height="${s}" fill="#fff"/>` +
      `<image x="${(n - s) / 2 + s * 0.08}" y="${(n - s) / 2 + s * 0.08}" width="${s * 0.84}" height="${s * 0.84}" href="${logoUrl}"/>`
    : '';
  const text = lines
    .map(
      (l, i) =>
        `<text x="${n / 2}" y="${n + (i + 0.8) * lineH}" text-anchor="middle" font-size="${lineH * 0.7}"${l.kind === 'partner' ? ' font-weight="700"' : ''}>${esc(l.text)}</text>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${h}" width="${n * 10}" height="${Math.round(h * 10)}">` +
    `<rect width="${n}" height="${h}" fill="#fff"/><path fill="#000" shape-rendering="crispEdges" d="${matrixPath(m)}"/>${img}` +
    `<g font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" fill="#111">${text}</g></svg>\n`
  );
}

/** Pixels per module of exported PNGs: ~1 000 px for a typical link, sharp when printed 10 cm wide. */
const SCALE = 24;

/**
 * One code as PNG (the symbol and its quiet zone, drawn module by module; a PNG logo is
 * pasted in the centre, nearest-neighbour on a white square). Captions are in the SVG and
 * PDF exports, which carry real text.
 */
export function codePng(m: QrMatrix, logo: string | null): Buffer {
  const n = symbolModules(m);
  const px = n * SCALE;
  const png = new PNG({ width: px, height: px, colorType: 2, inputHasAlpha: true });
  const q = (n - m.size) / 2;
  for (let y = 0; y < px; y++)
    for (let x = 0; x < px; x++) {
      const mx = Math.floor(x / SCALE) - q;
      const my = Math.floor(y / SCALE) - q;
      const dark = mx >= 0 && my >= 0 && mx < m.size && my < m.size && m.data[my * m.size + mx] === 1;
      const i = (y * px + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = dark ? 0 : 255;
      png.data[i + 3] = 255;
    }
  if (logo?.startsWith('data:image/png;base64,'))
    pasteLogo(png, PNG.sync.read(Buffer.from(logo.split(',')[1]!, 'base64')));
  return PNG.sync.write(png, { colorType: 2 });
}

function pasteLogo(png: PNG, logo: PNG) {
  const side = Math.round(png.width * LOGO_SHARE);
  const x0 = Math.round((png.width - side) / 2);
  const pad = Math.round(side * 0.08);
  const inner = side - 2 * pad;
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const i = ((x0 + y) * png.width + x0 + x) * 4;
      let r = 255,
        g = 255,
        b = 255;
      const ix = x - pad,
        iy = y - pad;
      if (ix >= 0 && iy >= 0 && ix < inner && iy < inner) {
        const lx = Math.floor((ix * logo.width) / inner);
        const ly = Math.floor((iy * logo.height) / inner);
        const j = (ly * logo.width + lx) * 4;
        const a = logo.data[j + 3]! / 255;
        r = Math.round(logo.data[j]! * a + 255 * (1 - a));
        g = Math.round(logo.data[j + 1]! * a + 255 * (1 - a));
        b = Math.round(logo.data[j + 2]! * a + 255 * (1 - a));
      }
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
    }
}
