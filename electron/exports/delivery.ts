import fs from 'node:fs';
import path from 'node:path';
import type { FileDelivery } from '../../shared/exports/delivery';
import type { ExportService } from './service';

export interface DeliveryDeps {
  dataDir: string;
  /** Electron's save dialog (null = cancelled); absent in the browser host, which serves a download. */
  chooseSavePath?: (defaultName: string) => Promise<string | null>;
  /** The host's one-use download tickets (shared with the list exports). */
  exports: Pick<ExportService, 'offerDownload'>;
}

/**
 * Hands a file to the user the way exports do: Electron asks where to save it first (so a
 * cancelled dialog costs nothing), the browser host writes it into `<dataDir>/exports/`
 * and answers a one-use download URL. `produce` writes to a temporary name that is renamed
 * into place only when complete, so a failure never leaves a half file under the real name.
 */
export async function deliverFile(
  deps: DeliveryDeps,
  fileName: string,
  produce: (tmpFile: string) => Promise<void>,
): Promise<FileDelivery> {
  let target: string;
  if (deps.chooseSavePath) {
    const chosen = await deps.chooseSavePath(fileName);
    if (!chosen) return { state: 'cancelled', fileName, downloadUrl: null, path: null, bytes: 0 };
    target = chosen;
  } else {
    const dir = path.join(deps.dataDir, 'exports');
    await fs.promises.mkdir(dir, { recursive: true });
    target = path.join(dir, fileName);
  }
  const tmp = `${target}.part`;
  try {
    await produce(tmp);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
  const { size } = await fs.promises.stat(target);
  const name = path.basename(target);
  return deps.chooseSavePath
    ? { state: 'done', fileName: name, downloadUrl: null, path: target, bytes: size }
    : { state: 'done', fileName: name, downloadUrl: deps.exports.offerDownload(target, name), path: null, bytes: size };
}

/** A file name without characters Windows, macOS or Linux refuse (invoice numbers are user prefixes). */
export function safeFileName(name: string): string {
  return [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 120);
}
