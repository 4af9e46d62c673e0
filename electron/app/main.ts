/**
 * Electron main entry. Thin by design: it wires the shell-independent core (electron/core)
 * to Electron — privileged app:// protocol, hardened window and session, IPC transport,
 * menu, single-instance lock — and contains no business logic.
 *
 * Order matters: the scheme registration, sandbox switch, userData override and
 * web-contents hardening all have to happen before `ready`.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';
import type { Language } from '../../shared/settings/schema';
import { startCore, type Core } from '../core/core';
import { createFileLogger } from '../core/logger';
import { APP_NAME, APP_VERSION } from '../core/version';
import { parseShellArgs } from './args';
import { connectIpc } from './ipc';
import { buildAppMenu } from './menu';
import { menuLabel } from './menu-labels';
import { shellPaths } from './paths';
import { registerAppScheme, serveApp } from './protocol';
import { notifyReminders } from './notifications';
import { hardenWebContents, lockDownSession } from './security';
import { createSecretStore } from './secret-store';
import { createMainWindow } from './window';
import { electronPdfPrinter } from './pdf-printer';

const args = parseShellArgs(process.argv.slice(1));
// Before anything reads userData (the single-instance lock is keyed on it too).
if (args.dataDir) app.setPath('userData', path.resolve(args.dataDir));
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this data dir; it gets focused through 'second-instance'.
  app.quit();
} else {
  run();
}

function run(): void {
  const dataDir = app.getPath('userData');
  const logger = createFileLogger(path.join(dataDir, 'logs'));
  hardenWebContents(logger);

  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  let disconnect: () => void = () => {};
  const paths = shellPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath }, import.meta.url);

  const openWindow = () => {
    mainWindow = createMainWindow({
      preload: paths.preload,
      stateFile: path.join(dataDir, 'window-state.json'),
      icon: paths.icon,
      logger,
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };

  const setMenu = (language: Language) => {
    Menu.setApplicationMenu(
      buildAppMenu(
        language,
        {
          setLanguage: (lang) => void core?.dispatcher.dispatch('settings.set', { language: lang }),
          showAbout: () => void showAbout(language),
          openDataFolder: () => void shell.openPath(dataDir),
          openLogsFolder: () => void shell.openPath(path.join(dataDir, 'logs')),
        },
        { isMac: process.platform === 'darwin', dev: !app.isPackaged },
      ),
    );
  };

  const showAbout = (language: Language) => {
    const detail = [
      menuLabel(language, 'version', { version: APP_VERSION }),
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    ].join('\n');
    const options = { type: 'info' as const, title: menuLabel(language, 'about'), message: APP_NAME, detail };
    return mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  };

  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(async () => {
      if (!paths.nativeBinding) {
        // The core still starts; the database reports 'failed' with the ABI error and the UI says so.
        logger.warn('better-sqlite3 for Electron not found; run `node build/scripts/electron-native.mjs`');
      }
      lockDownSession(session.defaultSession, logger);
      serveApp(session.defaultSession, paths.rendererDir, () => core?.certificates ?? null);
      core = await startCore({
        dataDir,
        transport: 'electron',
        dbWorkerScript: paths.dbWorker,
        nativeBinding: paths.nativeBinding,
        language: args.language,
        logger,
        runtime: runtimeVersions(),
        secrets: createSecretStore(dataDir),
        pdfPrinter: electronPdfPrinter({ parent: () => mainWindow, logger }),
        chooseOpenPath: async () => {
          const options = {
            properties: ['openFile' as const],
            filters: [
              { name: 'Partner Workstation backup', extensions: ['pwbackup', 'db'] },
              { name: '*', extensions: ['*'] },
            ],
          };
          const r = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options);
          return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
        },
        chooseSavePath: async (defaultName) => {
          const options = { defaultPath: path.join(app.getPath('downloads'), defaultName) };
          const r = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return r.canceled || !r.filePath ? null : r.filePath;
        },
      });
      disconnect = connectIpc(core);
      setMenu(core.settings.value.language);
      core.bus.subscribe((name, payload) => {
        if (name === 'settings.changed') setMenu((payload as EventPayload<'settings.changed'>).language);
        if (name === 'certificates.reminders')
          notifyReminders(payload as EventPayload<'certificates.reminders'>, core!.settings.value.language, () => {
            if (!mainWindow) return;
            mainWindow.show();
            mainWindow.focus();
            void mainWindow.webContents.executeJavaScript("location.hash = '#/certificates'").catch(() => {});
          });
      });
      openWindow();
      // macOS: clicking the dock icon with no window open reopens one.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((err: unknown) => {
      logger.error('shell failed to start', { error: String((err as Error)?.stack ?? err) });
      dialog.showErrorBox(APP_NAME, `${APP_NAME} could not start:\n${String((err as Error)?.message ?? err)}`);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Graceful quit: hold the quit until the core has closed its database workers (WAL
  // checkpoint, no half-written transaction), but never longer than a few seconds.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !core) return;
    event.preventDefault();
    const c = core;
    core = null;
    disconnect();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    void Promise.race([c.close(), timeout])
      .catch((err: unknown) => logger.error('core did not close cleanly', { error: String(err) }))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  // Ctrl-C in the terminal of `npm start`, or a service manager's TERM: quit the normal way.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}

/** Electron and Chromium versions for the About view (only those present: app.info validates strings). */
function runtimeVersions(): Record<string, string> {
  const { electron, chrome } = process.versions as Record<string, string | undefined>;
  return Object.fromEntries(
    Object.entries({ electron, chrome }).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
