import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron shell's PdfPrinter with a stand-in for the 'electron' module (the runtime
 * cannot run here): it checks what the shell asks of Electron — a hidden sandboxed window
 * in a session of its own that lets through only the file being printed, printToPDF with
 * A4 from the document's CSS, the window destroyed afterwards, a timeout that gives up —
 * not Chromium's rendering, which the host printer's tests cover.
 */
const fake = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    requestFilter: null as null | ((d: { url: string }, cb: (r: { cancel?: boolean }) => void) => void),
    permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    pdf: Buffer.from('%PDF-1.4 fake'),
    hang: false,
    printResult: [true, ''] as [boolean, string],
  };
  class FakeWindow {
    destroyed = false;
    closed = false;
    url = '';
    listeners = new Map<string, () => void>();
    pdfOptions: unknown = null;
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    setMenu() {}
    on(event: string, fn: () => void) {
      this.listeners.set(event, fn);
    }
    async loadURL(url: string) {
      let verdict: { cancel?: boolean } = {};
      state.requestFilter!({ url }, (r) => (verdict = r));
      if (verdict.cancel) throw new Error('ERR_BLOCKED_BY_CLIENT');
      this.url = url;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      this.listeners.get('closed')?.();
    }
    close() {
      this.closed = true;
      this.destroy();
    }
    webContents = {
      printToPDF: (options: unknown) => {
        this.pdfOptions = options;
        return state.hang ? new Promise<Buffer>(() => {}) : Promise.resolve(state.pdf);
      },
      print: (_options: unknown, cb: (ok: boolean, reason: string) => void) => cb(...state.printResult),
    };
  }
  const session = {
    fromPartition: (name: string) => ({
      name,
      setPermissionRequestHandler: (fn: typeof state.permission) => (state.permission = fn),
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      setSpellCheckerEnabled: () => {},
      webRequest: { onBeforeRequest: (fn: typeof state.requestFilter) => (state.requestFilter = fn) },
    }),
  };
  return { state, FakeWindow, session };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeWindow, session: fake.session }));

const { electronPdfPrinter } = await import('../../electron/app/pdf-printer');
const { silentLogger } = await import('../../electron/core/logger');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-electron-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const html = path.join(dir, 'statement.html');
fs.writeFileSync(html, '<!doctype html><p>发票</p>');

describe('Electron PdfPrinter', () => {
  it('prints in a hidden sandboxed window of its own session, then destroys it', async () => {
    const printer = electronPdfPrinter({ parent: () => null, logger: silentLogger });
    const out = path.join(dir, 'out.pdf');
    await printer.printToPdf(html, out);
    expect(fs.readFileSync(out)).toEqual(fake.state.pdf);
    const win = fake.state.windows.at(-1)!;
    expect(win.options).toMatchObject({ show: false, paintWhenInitiallyHidden: true });
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect((win.options.webPreferences as { session: { name: string } }).session.name).toBe('workstation-print');
    expect(win.pdfOptions).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(win.url).toBe(pathToFileURL(html).href);
    expect(win.destroyed).toBe(true);
  });

  it('the print session lets through only the file being printed, and grants nothing', async () => {
    const printer = electronPdfPrinter({ parent: () => null, logger: silentLogger });
    await printer.printToPdf(html, path.join(dir, 'again.pdf'));
    const verdict = (url: string) => {
      let r: { cancel?: boolean } = {};
      fake.state.requestFilter!({ url }, (v) => (r = v));
      return r.cancel === true;
    };
    // The window is gone, so even its own file is refused now.
    expect(verdict(pathToFileURL(html).href)).toBe(true);
    expect(verdict('https://example.com/track.png')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    let granted: boolean | null = null;
    fake.state.permission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('gives up after the timeout and leaves no window', async () => {
    fake.state.hang = true;
    try {
      const printer = electronPdfPrinter({ parent: () => null, logger: silentLogger, timeoutMs: 50 });
      await expect(printer.printToPdf(html, path.join(dir, 'hang.pdf'))).rejects.toMatchObject({ reason: 'timeout' });
      expect(fake.state.windows.at(-1)!.destroyed).toBe(true);
      expect(fs.existsSync(path.join(dir, 'hang.pdf'))).toBe(false);
    } finally {
      fake.state.hang = false;
    }
  });

  it('the print dialog: a visible preview over the app window, printed or cancelled, then closed', async () => {
    const parent = { id: 'main' };
    const printer = electronPdfPrinter({ parent: () => parent as never, logger: silentLogger });
    expect(await printer.printDialog!(html, 'PW-00000001')).toBe('printed');
    const win = fake.state.windows.at(-1)!;
    expect(win.options).toMatchObject({ show: true, parent, title: 'PW-00000001' });
    expect(win.closed).toBe(true);
    fake.state.printResult = [false, 'cancelled'];
    expect(await printer.printDialog!(html, 'x')).toBe('cancelled');
    fake.state.printResult = [false, 'failed'];
    await expect(printer.printDialog!(html, 'x')).rejects.toMatchObject({ reason: 'failed' });
  });
});
