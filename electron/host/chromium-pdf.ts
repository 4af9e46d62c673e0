import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRINT_TIMEOUT_MS, PrintError, type PdfPrinter } from '../core/pdf-printer';
import { findChromium } from './open-window';

/** The switches of every headless print run (this one-off printer and the warm one, chromium-cdp.ts). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--mute-audio',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export interface ChromiumPdfOptions {
  /** The Chromium/Chrome executable; default: the first one installed (findChromium). */
  executable?: string | null;
  timeoutMs?: number;
}

/**
 * One headless run of the system Chromium per document (`--print-to-pdf`): nothing stays
 * running and nothing is shared with the user's browser — each run gets a throw-away
 * profile. The browser host prints with the warm browser of chromium-cdp.ts and falls
 * back to this one when that browser misbehaves. The document is the core's own escaped
 * HTML, whose own CSP (`default-src 'none'`) lets it run no script and load nothing, and
 * every host name resolves to nothing, so the page cannot reach the network even if a
 * value slipped through. (Switching scripts off with --blink-settings makes headless
 * Chromium write no PDF at all, so the CSP does that job.) `--no-sandbox` because the
 * machines the host runs on (containers, CI, root shells) often have no usable Chromium
 * sandbox; with no scripts and no network the renderer has nothing to be sandboxed from.
 * (playwright-core is a test dependency, not shipped: both printers talk to Chromium
 * directly.)
 */
export function chromiumPdfPrinter(opts: ChromiumPdfOptions = {}): PdfPrinter {
  const timeoutMs = opts.timeoutMs ?? PRINT_TIMEOUT_MS;
  return {
    async printToPdf(htmlFile, outFile) {
      const exe = opts.executable === undefined ? findChromium() : opts.executable;
      if (!exe || !fs.existsSync(exe)) throw new PrintError('noChromium', 'no Chromium or Chrome installed');
      const profile = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pw-print-'));
      try {
        await runChromium(
          exe,
          [
            ...CHROMIUM_FLAGS,
            `--user-data-dir=${profile}`,
            '--no-pdf-header-footer',
            `--print-to-pdf=${outFile}`,
            pathToFileURL(htmlFile).href,
          ],
          timeoutMs,
        );
        const head = Buffer.alloc(5);
        const fd = await fs.promises.open(outFile, 'r').catch(() => null);
        if (!fd) throw new PrintError('failed', 'Chromium wrote no PDF');
        try {
          await fd.read(head, 0, 5, 0);
        } finally {
          await fd.close();
        }
        if (head.toString('latin1') !== '%PDF-')
          throw new PrintError('failed', 'Chromium wrote something that is not a PDF');
      } finally {
        await fs.promises.rm(profile, { recursive: true, force: true }).catch(() => {});
      }
    },
  };
}

/** Runs Chromium to completion; on timeout its whole process group is killed. */
function runChromium(exe: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const kill = () => {
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new PrintError('timeout', `Chromium did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new PrintError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'noChromium' : 'failed', err.message));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      // The last meaningful line, without the D-Bus noise headless Chromium prints on servers.
      const last = stderr
        .split('\n')
        .filter((l) => l.trim() && !/dbus|unexpected operator/i.test(l))
        .slice(-1)[0];
      reject(
        new PrintError('failed', `Chromium exited with ${signal ?? code}${last ? `: ${last.slice(0, 200)}` : ''}`),
      );
    });
  });
}
