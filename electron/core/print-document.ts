import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import type { Logger } from './logger';
import { PrintError } from './pdf-printer';

/**
 * What every printed document shares (invoice statements, QR code sheets): the HTML is
 * written to `<dataDir>/tmp/` (owner-only: it holds customer details or the codes) for the
 * shell's printer and removed once printed, whatever happened.
 */
export async function withHtmlFile<T>(
  dataDir: string,
  prefix: string,
  html: string,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const dir = path.join(dataDir, 'tmp');
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${prefix}-${crypto.randomUUID()}.html`);
  await fs.promises.writeFile(file, html, { mode: 0o600 });
  try {
    return await use(file);
  } finally {
    await fs.promises.rm(file, { force: true }).catch(() => {});
  }
}

/**
 * The printer's failure in the user's language (`invoiceOutputs.pdf.*` words it for every
 * printed document); logged with the reason only — never the document. Not a PrintError:
 * thrown on unchanged.
 */
export function refusePrint(logger: Logger, what: string, err: unknown): never {
  logger.error(`${what} not printed`, { error: String((err as Error)?.message ?? err) });
  if (!(err instanceof PrintError)) throw err;
  if (err.reason === 'noChromium')
    throw new AppError('INTERNAL', 'invoiceOutputs.pdf.noChromium', {}, { reason: err.reason });
  if (err.reason === 'timeout')
    throw new AppError('INTERNAL', 'invoiceOutputs.pdf.timeout', {}, { reason: err.reason });
  throw new AppError(
    'INTERNAL',
    'invoiceOutputs.pdf.failed',
    { reason: err.message.slice(0, 160) },
    { reason: err.reason },
  );
}
