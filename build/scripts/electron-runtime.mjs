/**
 * Facts about the Electron runtime shared by start.mjs, electron-native.mjs and the
 * Electron smoke test. The electron npm package downloads its binary lazily, and merely
 * requiring it (`require('electron')`) starts that download; these helpers look without
 * touching the network unless asked to (tryInstallElectron).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ELECTRON_PKG = path.join(ROOT, 'node_modules/electron');

/** Where electron-native.mjs puts better-sqlite3 built for Electron's ABI (see paths.ts). */
export const NATIVE_DIR = path.join(ROOT, 'dist/native/electron');
export const NATIVE_BINDING = path.join(NATIVE_DIR, 'better_sqlite3.node');
export const NATIVE_INFO = path.join(NATIVE_DIR, 'build-info.json');

/** The version pinned in package.json, as installed in node_modules. */
export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(ELECTRON_PKG, 'package.json'), 'utf8')).version;
}

/**
 * The Electron executable if it is installed, else null. Mirrors node_modules/electron's
 * index.js (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) minus its download attempt.
 */
export function electronExecutable() {
  let rel = null;
  try {
    rel = fs.readFileSync(path.join(ELECTRON_PKG, 'path.txt'), 'utf8').trim();
  } catch {}
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const exe = override
    ? path.join(override, rel || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : rel && path.join(ELECTRON_PKG, 'dist', rel);
  return exe && fs.existsSync(exe) ? exe : null;
}

/** Runs the electron package's own installer once, quietly, with a time limit. */
export function tryInstallElectron(timeoutMs = 120_000) {
  const r = spawnSync(process.execPath, [path.join(ELECTRON_PKG, 'install.js')], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: timeoutMs,
  });
  return r.status === 0 && electronExecutable() !== null;
}

/** Why the smoke test or launcher cannot use Electron here, or null when it can. */
export function electronUnavailableReason() {
  if (electronExecutable()) return null;
  return `Electron ${electronVersion()} runtime is not installed (node_modules/electron has no downloaded binary; \`node node_modules/electron/install.js\` fetches it from GitHub)`;
}
