import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the native addon lands, relative to the repository (dev) or resources (packaged). */
export const NATIVE_BINDING_DEV = 'dist/native/electron/better_sqlite3.node';
export const NATIVE_BINDING_PACKAGED = 'native/better_sqlite3.node';
/** The window icon (Linux/Windows title bars); macOS takes it from the bundle. */
export const ICON_DEV = 'build/icons/icon.png';
export const ICON_PACKAGED = 'icons/icon.png';

export interface ShellPaths {
  /** dist/electron/, where main.js, preload.cjs and db-worker.js are bundled side by side. */
  bundleDir: string;
  rendererDir: string;
  preload: string;
  dbWorker: string;
  /** better-sqlite3 built for Electron's ABI, or undefined when it is missing. */
  nativeBinding: string | undefined;
  icon: string | undefined;
}

/**
 * Resolves every file the shell loads from the bundle's own location, never from the
 * working directory. Packaged, the db worker runs from app.asar.unpacked (worker threads
 * cannot be trusted to load ES modules from inside an asar archive; electron-builder.yml
 * unpacks it with better-sqlite3) and the addon comes from resources/ (extraResources).
 */
export function shellPaths(opts: { isPackaged: boolean; resourcesPath: string }, bundleUrl: string): ShellPaths {
  const bundleDir = path.dirname(fileURLToPath(bundleUrl));
  const unpacked = (p: string) => (opts.isPackaged ? p.replace(/\.asar([\\/])/, '.asar.unpacked$1') : p);
  const root = path.resolve(bundleDir, '../..');
  const fromRoot = (dev: string, packaged: string) =>
    opts.isPackaged ? path.join(opts.resourcesPath, packaged) : path.join(root, dev);
  const existing = (p: string) => (fs.existsSync(p) ? p : undefined);
  return {
    bundleDir,
    rendererDir: path.resolve(bundleDir, '../renderer'),
    preload: path.join(bundleDir, 'preload.cjs'),
    dbWorker: unpacked(path.join(bundleDir, 'db-worker.js')),
    nativeBinding: existing(fromRoot(NATIVE_BINDING_DEV, NATIVE_BINDING_PACKAGED)),
    icon: existing(fromRoot(ICON_DEV, ICON_PACKAGED)),
  };
}
