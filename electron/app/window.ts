import { BrowserWindow, screen } from 'electron';
import type { Logger } from '../core/logger';
import { APP_ENTRY_URL } from './origin';
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  stateFile: string;
  icon?: string;
  logger: Logger;
}

/**
 * The one app window. Every renderer-facing switch is set explicitly even where it is
 * Electron's default, so a future default change or a copy-paste cannot weaken it.
 */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const saved = fitToDisplays(
    loadWindowState(opts.stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Partner Workstation',
    backgroundColor: '#ffffff',
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (saved.maximized) win.maximize();
  // Shown once painted: no white flash, and a window that never renders is never shown empty.
  win.once('ready-to-show', () => win.show());
  rememberState(win, opts);
  void win
    .loadURL(APP_ENTRY_URL)
    .catch((err: unknown) => opts.logger.error('renderer failed to load', { error: String(err) }));
  return win;
}

/** Saves bounds on move/resize (debounced) and on close; normal bounds survive maximizing. */
function rememberState(win: BrowserWindow, opts: MainWindowOptions): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    const state: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
    try {
      saveWindowState(opts.stateFile, state);
    } catch (err) {
      opts.logger.warn('could not save window state', { error: String(err) });
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
