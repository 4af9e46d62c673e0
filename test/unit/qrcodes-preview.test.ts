import { describe, expect, it } from 'vitest';
import { ecLevel, encodeLink } from '../../electron/qrcodes/encode';
import { captionLines } from '../../shared/qrcodes/caption';
import { DEFAULT_LAYOUT, sheetGeometry, SHEET_KINDS, type LayoutSpec } from '../../shared/qrcodes/layout';
import { codeLink } from '../../shared/qrcodes/link';
import { matrixPath, symbolModules } from '../../shared/qrcodes/matrix';
import { clearSymbolCache, sheetModel } from '../../renderer/src/screens/qrcodes/preview';

/**
 * The live preview draws what the core prints: for every layout, the preview's cells sit at
 * the geometry's places and carry the symbol the core's encoder makes for the same link and
 * level (Q, or H with a logo), and the same caption lines.
 */
const LINK = 'https://partner.example.com/reg?tag={tag}';
const LOGO = 'data:image/png;base64,iVBORw0KGgo=';
const setup = { link: LINK, partnerName: '华云伙伴', logo: LOGO };
const codes = Array.from({ length: 30 }, (_, i) => ({
  id: `id-${i}`,
  tag: i % 3 ? `EXPO-${String(i + 1).padStart(3, '0')}` : `上海-${i}`,
  ownerRep: i % 2 ? '王芳' : '',
}));

describe('preview model', () => {
  it.each(SHEET_KINDS)('%s: cells, symbols and captions match the printed sheet', (sheet) => {
    clearSymbolCache();
    for (const logo of [false, true]) {
      const layout: LayoutSpec = { ...DEFAULT_LAYOUT, sheet, logo, language: logo ? 'en-US' : 'zh-CN' };
      const g = sheetGeometry(layout);
      if (!g.ok) throw new Error('preset does not fit');
      const pages = Math.ceil(codes.length / g.geometry.perPage);
      for (let page = 0; page < pages; page++) {
        const m = sheetModel(codes, setup, layout, page);
        if (!m.ok) throw new Error('refused');
        expect(m.pages).toBe(pages);
        expect(m.level).toBe(ecLevel(logo));
        expect(m.logo).toBe(logo ? LOGO : null);
        const onPage = codes.slice(page * g.geometry.perPage, (page + 1) * g.geometry.perPage);
        expect(m.cells.map((c) => c.id)).toEqual(onPage.map((c) => c.id));
        m.cells.forEach((cell, i) => {
          const code = onPage[i]!;
          const matrix = encodeLink(codeLink(LINK, code.tag), ecLevel(logo));
          expect(cell.link).toBe(codeLink(LINK, code.tag));
          expect(cell.symbol).toEqual({ modules: symbolModules(matrix), path: matrixPath(matrix) });
          expect({ x: cell.x, y: cell.y }).toEqual(g.geometry.cells[i]);
          expect(cell.lines).toEqual(captionLines({ ...setup, ...code }, layout.language));
        });
      }
    }
  });

  it('refuses a grid too small for its code with the largest code that fits, as the core does', () => {
    const layout: LayoutSpec = {
      ...DEFAULT_LAYOUT,
      sheet: 'custom',
      custom: { rows: 10, cols: 6, marginXMm: 5, marginYMm: 5, codeMm: 40 },
    };
    const m = sheetModel(codes, setup, layout, 0);
    const g = sheetGeometry(layout);
    expect(m.ok).toBe(false);
    expect(g.ok).toBe(false);
    if (!m.ok && !g.ok) expect(m.maxCodeMm).toBe(g.maxCodeMm);
  });

  it('a page past the end shows the last page', () => {
    const m = sheetModel(codes, setup, { ...DEFAULT_LAYOUT, sheet: '24up' }, 9);
    expect(m.ok && m.cells.map((c) => c.id)).toEqual(codes.slice(24).map((c) => c.id));
  });
});
