import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../core/logger';
import { PRINT_TIMEOUT_MS, PrintError, type PdfPrinter } from '../core/pdf-printer';
import { CHROMIUM_FLAGS, chromiumPdfPrinter, type ChromiumPdfOptions } from './chromium-pdf';
import { findChromium } from './open-window';

/** How long an idle print browser stays up for the next PDF. */
const IDLE_MS = 60_000;
const START_TIMEOUT_MS = 15_000;

type Message = {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
  params?: unknown;
};

/**
 * One headless Chromium spoken to over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: fd 3 in, fd 4 out, NUL-separated JSON) — no port, nothing
 * another process could connect to. Chromium exits by itself when the pipe closes, so a
 * killed host leaves no browser behind.
 */
class PrintBrowser {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(m: Message): void; reject(e: Error): void }>();
  private readonly listeners = new Set<(m: Message) => void>();
  private buffer = '';
  private dead: Error | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    child.on('exit', () => this.fail(new Error('the print browser exited')));
    child.on('error', (err) => this.fail(err));
  }

  static async start(exe: string): Promise<PrintBrowser> {
    const profile = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pw-print-'));
    const child = spawn(
      exe,
      [...CHROMIUM_FLAGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    const browser = new PrintBrowser(child, profile);
    try {
      await browser.send('Browser.getVersion', {}, undefined, START_TIMEOUT_MS);
    } catch (err) {
      await browser.close();
      throw err;
    }
    return browser;
  }

  get alive(): boolean {
    return this.dead === null;
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      let m: Message;
      try {
        m = JSON.parse(text) as Message;
      } catch {
        continue;
      }
      if (m.id !== undefined) {
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (w) {
          if (m.error) w.reject(new Error(m.error.message));
          else w.resolve(m);
        }
      } else for (const l of this.listeners) l(m);
    }
  }

  private fail(err: Error) {
    if (this.dead) return;
    this.dead = err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }

  send<T = unknown>(method: string, params: object, sessionId?: string, timeoutMs = PRINT_TIMEOUT_MS): Promise<T> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new PrintError('timeout', `${method} did not answer`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (m) => (clearTimeout(timer), resolve(m.result as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      (this.child.stdio[3] as Writable).write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  }

  /** Resolves on the first event `method` of `sessionId`. */
  once(method: string, sessionId: string): { done: Promise<void>; cancel(): void } {
    let listener: (m: Message) => void = () => {};
    const done = new Promise<void>((resolve) => {
      listener = (m) => {
        if (m.method === method && m.sessionId === sessionId) resolve();
      };
      this.listeners.add(listener);
    });
    return { done: done.finally(() => this.listeners.delete(listener)), cancel: () => this.listeners.delete(listener) };
  }

  async close(): Promise<void> {
    if (this.alive) await this.send('Browser.close', {}, undefined, 2000).catch(() => {});
    const exited = new Promise<void>((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', () => r())));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    this.fail(new Error('the print browser was closed'));
    await fs.promises.rm(this.profile, { recursive: true, force: true }).catch(() => {});
  }
}

export interface WarmChromiumOptions extends ChromiumPdfOptions {
  logger?: Logger;
  idleMs?: number;
}

/**
 * The browser host's PdfPrinter: a headless Chromium kept running while PDFs are being
 * made (closed after a minute without one), each document printed in a fresh tab with
 * Page.printToPDF (A4 and margins from its @page rule). Starting Chromium is most of the
 * cost of one PDF, so the second and later ones are several times faster. Anything going
 * wrong with the warm browser — it cannot start, it crashes, the protocol misbehaves —
 * falls back to one `--print-to-pdf` run of its own (chromium-pdf.ts), so a PDF is made
 * either way; a missing Chromium is reported as such.
 */
export function warmChromiumPdfPrinter(opts: WarmChromiumOptions = {}): PdfPrinter & { close(): Promise<void> } {
  const timeoutMs = opts.timeoutMs ?? PRINT_TIMEOUT_MS;
  const fallback = chromiumPdfPrinter(opts);
  let browser: Promise<PrintBrowser> | null = null;
  let idle: NodeJS.Timeout | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const exe = () => {
    const found = opts.executable === undefined ? findChromium() : opts.executable;
    if (!found || !fs.existsSync(found)) throw new PrintError('noChromium', 'no Chromium or Chrome installed');
    return found;
  };

  const drop = async () => {
    const b = browser;
    browser = null;
    if (b)
      await b.then(
        (x) => x.close(),
        () => {},
      );
  };

  const printWarm = async (htmlFile: string, outFile: string) => {
    browser ??= PrintBrowser.start(exe());
    const b = await browser;
    if (!b.alive) throw new Error('the print browser is gone');
    const { targetId } = await b.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    try {
      const { sessionId } = await b.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      await b.send('Page.enable', {}, sessionId);
      const loaded = b.once('Page.loadEventFired', sessionId);
      const nav = await b.send<{ errorText?: string }>(
        'Page.navigate',
        { url: pathToFileURL(htmlFile).href },
        sessionId,
      );
      if (nav.errorText) {
        loaded.cancel();
        throw new PrintError('failed', `the statement did not load: ${nav.errorText}`);
      }
      await loaded.done;
      const { data } = await b.send<{ data: string }>(
        'Page.printToPDF',
        { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, transferMode: 'ReturnAsBase64' },
        sessionId,
      );
      const pdf = Buffer.from(data, 'base64');
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new PrintError('failed', 'Chromium made something that is not a PDF');
      await fs.promises.writeFile(outFile, pdf);
    } finally {
      await b.send('Target.closeTarget', { targetId }).catch(() => {});
    }
  };

  const withTimeout = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        void drop();
        reject(new PrintError('timeout', `printing did not finish within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      work.then(
        (v) => (clearTimeout(timer), resolve(v)),
        (err: unknown) => (clearTimeout(timer), reject(err)),
      );
    });

  const job = async (htmlFile: string, outFile: string) => {
    if (idle) clearTimeout(idle);
    exe(); // a missing Chromium is said as such, not hidden behind the fallback
    try {
      await withTimeout(printWarm(htmlFile, outFile));
    } catch (err) {
      if (err instanceof PrintError && err.reason === 'timeout') throw err;
      opts.logger?.warn('warm print browser failed; printing with a one-off Chromium', {
        error: String((err as Error)?.message ?? err).slice(0, 200),
      });
      await drop();
      await fallback.printToPdf(htmlFile, outFile);
    } finally {
      idle = setTimeout(() => void drop(), opts.idleMs ?? IDLE_MS);
      idle.unref();
    }
  };

  return {
    printToPdf(htmlFile, outFile) {
      // One document at a time: a second PDF waits for the first instead of doubling the memory.
      const run = queue.then(() => job(htmlFile, outFile));
      queue = run.catch(() => {});
      return run;
    },
    async close() {
      if (idle) clearTimeout(idle);
      idle = null;
      await queue;
      await drop();
    },
  };
}
