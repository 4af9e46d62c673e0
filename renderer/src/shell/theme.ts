import { useEffect, useState } from 'react';
import { theme as antdTheme, type ThemeConfig } from 'antd';
import type { Theme } from '../../../shared/settings/schema';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** 'system' follows the OS live (a user switching the OS to dark at dusk sees the app follow). */
export function useResolvedTheme(setting: Theme): ResolvedTheme {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  if (setting === 'system') return systemDark ? 'dark' : 'light';
  return setting;
}

/**
 * Fonts: the platform's UI font first, then the CJK faces each platform ships (PingFang on
 * macOS, Microsoft YaHei on Windows, Noto Sans CJK on Linux) so Chinese never falls back
 * to a serif face.
 */
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  'Roboto',
  "'Helvetica Neue'",
  'Arial',
  "'PingFang SC'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  'sans-serif',
].join(', ');

/**
 * Compact sizing: a desktop tool shows more per screen than a web page. Not antd's
 * compactAlgorithm: it derives text from fontSizeSM, and 11–12px Chinese is hard to read,
 * so text stays at 13px while controls and spacing shrink.
 */
export function themeConfig(mode: ResolvedTheme): ThemeConfig {
  return {
    algorithm: mode === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
    token: {
      colorPrimary: '#1f5fd6',
      borderRadius: 6,
      fontFamily: FONT_FAMILY,
      fontSize: 13,
      controlHeight: 30,
      sizeStep: 3,
    },
    components: {
      Layout: {
        headerHeight: 48,
        headerPadding: '0 16px',
        // Sider and header share the card surface; the body sits a step back behind it.
        ...(mode === 'light'
          ? { siderBg: '#ffffff', headerBg: '#ffffff', bodyBg: '#f4f6f9' }
          : { siderBg: '#141414', headerBg: '#141414', bodyBg: '#0a0a0a' }),
      },
      // antd renders tags at fontSizeSM (11px here); too small for Chinese.
      Tag: { fontSizeSM: 12 },
      Menu: { itemHeight: 36, itemMarginInline: 8, iconSize: 15, collapsedIconSize: 16 },
    },
  };
}
