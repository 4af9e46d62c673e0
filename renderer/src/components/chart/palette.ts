import { useMemo } from 'react';
import { theme } from 'antd';

/** Colours a chart needs, taken from the antd theme so charts follow light and dark mode. */
export interface ChartPalette {
  /** Series colours, first = the primary colour. */
  series: string[];
  text: string;
  textSecondary: string;
  axisLine: string;
  splitLine: string;
  tooltipBg: string;
  tooltipBorder: string;
  fontFamily: string;
  fontSize: number;
}

/** The current theme's chart colours (re-computed when the theme changes). */
export function useChartPalette(): ChartPalette {
  const { token } = theme.useToken();
  return useMemo(
    () => ({
      series: [
        token.colorPrimary,
        token.colorSuccess,
        token.colorWarning,
        token.purple6,
        token.cyan6,
        token.colorError,
        token.magenta6,
        token.gold6,
        token.lime6,
        token.geekblue6,
        token.colorTextQuaternary,
      ],
      text: token.colorText,
      textSecondary: token.colorTextSecondary,
      axisLine: token.colorBorder,
      splitLine: token.colorBorderSecondary,
      tooltipBg: token.colorBgElevated,
      tooltipBorder: token.colorBorderSecondary,
      fontFamily: token.fontFamily,
      fontSize: token.fontSizeSM,
    }),
    [token],
  );
}

/** Escapes text placed in a tooltip (tooltips are HTML; names come from the API). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The settings every chart shares: transparent background, theme text, themed tooltip. */
export function baseOption(p: ChartPalette) {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    backgroundColor: 'transparent',
    color: p.series,
    animation: !reducedMotion,
    animationDuration: 400,
    textStyle: { color: p.text, fontFamily: p.fontFamily, fontSize: p.fontSize },
    tooltip: {
      confine: true,
      backgroundColor: p.tooltipBg,
      borderColor: p.tooltipBorder,
      textStyle: { color: p.text, fontFamily: p.fontFamily, fontSize: 12 },
      extraCssText: 'box-shadow: 0 6px 16px rgba(0,0,0,.12); border-radius: 6px;',
    },
  } as const;
}
