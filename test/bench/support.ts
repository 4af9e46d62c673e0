import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A built file under dist/ (`npm run bench` builds first); a clear error when it is missing. */
export function distFile(relative: string): string {
  const file = path.join(ROOT, 'dist', relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run bench\` (it builds dist/ first)`);
  return file;
}

/** Runs `fn` with a fresh temp directory, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `workstation-bench-${prefix}-`));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
