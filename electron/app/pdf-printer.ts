import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import type { Logger } from '../core/logger';
import { PRINT_TIMEOUT_MS, PrintError, type PdfPrinter } from '../core/pdf-printer';

/** An in-memory session of its own: the app's default session refuses file: URLs, this one allows one file at a time. */
const PARTITION = 'workstation-print';

export interface ElectronPdfPrinterOptions {
  /** The app window, so the print preview opens over it. */
  parent: () => BrowserWindow | null;
  logger: Logger;
  timeoutMs?: number;
}

/**
 * The Electron shell's PdfPrinter: the core's HTML (whose CSP runs no script and loads
 * nothing) in a hidden, sandboxed BrowserWindow, printed with webContents.printToPDF (A4 and margins from the
 * document's @page rule); and the system print dialog through webContents.print on a
 * preview window. The print session lets the window load exactly the file being printed:
 * every other request (network, other files) is cancelled, every permission denied.
 */
export function electronPdfPrinter(opts: ElectronPdfPrinterOptions): PdfPrinter {
  const timeoutMs = opts.timeoutMs ?? PRINT_TIMEOUT_MS;
  const allowed = new Set<string>();
  let printSession: Session | null = null;

  const sessionFor = (): Session => {
    if (printSession) return printSession;
    const s = session.fromPartition(PARTITION, { cache: false });
    s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    s.setPermissionCheckHandler(() => false);
    s.setDevicePermissionHandler(() => false);
    s.setSpellCheckerEnabled(false);
    s.webRequest.onBeforeRequest((details, callback) => {
      if (allowed.has(details.url)) return callback({});
      opts.logger.warn('print window request blocked', { scheme: details.url.split(':')[0] });
      callback({ cancel: true });
    });
    printSession = s;
    return s;
  };

  const open = async (htmlFile: string, show: boolean, title: string): Promise<BrowserWindow> => {
    const url = pathToFileURL(htmlFile).href;
    allowed.add(url);
    const parent = opts.parent();
    const win = new BrowserWindow({
      show,
      width: 860,
      height: 1100,
      title,
      ...(parent && show ? { parent } : {}),
      backgroundColor: '#ffffff',
      webPreferences: {
        session: sessionFor(),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        // Scripts stay on as far as Electron is concerned: switching them off at the Blink
        // level (what `javascript: false` does) stops headless Chromium from printing at
        // all. The document's own CSP (`default-src 'none'`) lets no script run anyway.
        javascript: true,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      },
      // Hidden windows still lay out and paint, so printToPDF has pages to print.
      paintWhenInitiallyHidden: true,
    });
    win.setMenu(null);
    win.on('closed', () => allowed.delete(url));
    try {
      await win.loadURL(url);
    } catch (err) {
      win.destroy();
      throw new PrintError('failed', `the statement did not load: ${String((err as Error)?.message ?? err)}`);
    }
    return win;
  };

  const withTimeout = <T>(work: Promise<T>, win: BrowserWindow): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!win.isDestroyed()) win.destroy();
        reject(new PrintError('timeout', `printing did not finish within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      work.then(
        (v) => (clearTimeout(timer), resolve(v)),
        (err: unknown) => (clearTimeout(timer), reject(err)),
      );
    });

  return {
    async printToPdf(htmlFile, outFile) {
      const win = await open(htmlFile, false, 'print');
      try {
        const pdf = await withTimeout(
          win.webContents.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            displayHeaderFooter: false,
            generateDocumentOutline: false,
          }),
          win,
        );
        await fs.promises.writeFile(outFile, pdf);
      } catch (err) {
        if (err instanceof PrintError) throw err;
        throw new PrintError('failed', String((err as Error)?.message ?? err));
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    },

    async printDialog(htmlFile, title) {
      // A visible preview over the app window: the dialog belongs to it, and the rep sees what prints.
      const win = await open(htmlFile, true, title);
      try {
        return await new Promise<'printed' | 'cancelled'>((resolve, reject) => {
          win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, reason) => {
            if (success) resolve('printed');
            else if (reason === 'cancelled') resolve('cancelled');
            else reject(new PrintError('failed', reason || 'printing failed'));
          });
        });
      } finally {
        if (!win.isDestroyed()) win.close();
      }
    },
  };
}
