import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DB_WORKER = path.join(ROOT, 'dist/electron/db-worker.js');
export const HOST_MAIN = path.join(ROOT, 'dist/electron/host.js');
