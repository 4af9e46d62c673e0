import { app, shell, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/logger';
import { isAppFrameUrl, isAppUrl, isExternalHttps } from './origin';

/**
 * Hardening applied to every web contents the app ever creates (windows, devtools,
 * anything a bug might open), following Electron's security checklist: no navigation
 * away from the app, no new windows, no <webview>. https links go to the OS browser.
 */
export function hardenWebContents(logger: Logger): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const refuse =
      (kind: string, allowed: (url: string) => boolean) => (event: { url: string; preventDefault(): void }) => {
        if (allowed(event.url)) return;
        event.preventDefault();
        logger.warn('blocked navigation', { kind, url: safeForLog(event.url) });
      };
    contents.on('will-navigate', refuse('navigate', isAppUrl));
    contents.on('will-redirect', refuse('redirect', isAppUrl));
    // Subframes (the main frame is covered above): the app's own pages, plus the app's own
    // blob: and about:blank/srcdoc frames that print previews are built from.
    const subframe = refuse('frame-navigate', isAppFrameUrl);
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) subframe(event);
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      logger.warn('blocked webview');
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalHttps(url)) void shell.openExternal(url);
      else logger.warn('blocked window.open', { url: safeForLog(url) });
      return { action: 'deny' };
    });
  });
}

/**
 * The session grants nothing: no camera, notifications, geolocation, HID/USB/serial…
 * The renderer needs none of them. Network requests from pages are cut off too: the
 * renderer reaches the core over IPC only, and the CSP already says so; this is the
 * second lock on the same door.
 */
export function lockDownSession(session: Session, logger: Logger): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    logger.warn('denied permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*'] },
    (details, callback) => {
      // Only pages are cut off; a main-process net.fetch (no webContents) is the core's business.
      if (details.webContentsId === undefined) return callback({});
      logger.warn('blocked request', { url: safeForLog(details.url) });
      callback({ cancel: true });
    },
  );
}

/** Origin and path only: query strings and fragments may carry tokens. */
function safeForLog(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(unparseable url)';
  }
}
