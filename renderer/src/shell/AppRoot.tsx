import { useCallback, useEffect, useMemo, useState } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router-dom';
import { translate } from '../../../shared/i18n/messages';
import { ANTD_LOCALES } from '../i18n/antd-locale';
import { useAppStatusStore } from '../stores/app-status';
import { useConnectionStore } from '../stores/connection';
import { useSettingsStore } from '../stores/settings';
import { DbBlockedPage } from './DbBlockedPage';
import { ErrorBoundary } from './ErrorBoundary';
import { createAppRouter } from './router';
import { StartupScreen } from './StartupScreen';
import { themeConfig, useResolvedTheme } from './theme';

/**
 * Providers (antd locale + theme from the user's settings) and the start-up gate: nothing
 * is shown until the core has told us the settings and the database state, and an unusable
 * database replaces the whole shell.
 */
export function AppRoot() {
  const { language, theme } = useSettingsStore((s) => s.settings);
  const settingsLoaded = useSettingsStore((s) => s.loaded);
  const loadSettings = useSettingsStore((s) => s.load);
  const db = useAppStatusStore((s) => s.db);
  const loadAppStatus = useAppStatusStore((s) => s.load);
  const mode = useResolvedTheme(theme);
  const [startError, setStartError] = useState<string | null>(null);
  const router = useMemo(() => createAppRouter(), []);

  const start = useCallback(async () => {
    setStartError(null);
    try {
      await Promise.all([loadSettings(), loadAppStatus()]);
    } catch (err) {
      setStartError((err as Error).message);
    }
  }, [loadSettings, loadAppStatus]);

  useEffect(() => {
    void start();
  }, [start]);

  // After the link to the core dropped and came back, settings may have changed meanwhile
  // (events sent while disconnected are lost), so read them again.
  const linkOpen = useConnectionStore((s) => s.link === 'open');
  const dropped = useConnectionStore((s) => s.dropped);
  useEffect(() => {
    if (linkOpen && dropped) void start();
  }, [linkOpen, dropped, start]);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = language;
    html.dataset.theme = mode;
    html.style.colorScheme = mode;
    document.title = translate(language, 'app.name');
  }, [language, mode]);

  const ready = settingsLoaded && db !== null;
  let content;
  if (!ready) content = <StartupScreen error={startError} onRetry={() => void start()} />;
  else if (db.state !== 'ready') content = <DbBlockedPage db={db} />;
  else content = <RouterProvider router={router} />;

  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={themeConfig(mode)}>
      <AntdApp className="app-root">
        <ErrorBoundary>{content}</ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}
