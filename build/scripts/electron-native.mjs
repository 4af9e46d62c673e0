#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into dist/native/electron/better_sqlite3.node,
 * leaving node_modules/better-sqlite3 (the Node build that tests and the browser host use)
 * untouched: the package is copied to a temp folder and compiled there with node-gyp
 * against Electron's headers. The Electron main passes the result as `nativeBinding`;
 * electron-builder ships it via extraResources.
 *
 *   node build/scripts/electron-native.mjs [--force]
 *
 * Exit 0: built, or already up to date (build-info.json matches Electron + better-sqlite3
 * versions and arch). Exit 2: Electron's headers could not be downloaded (offline).
 * Exit 1: any other failure. Failures print one line; node-gyp's output goes to build.log.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { electronVersion, NATIVE_BINDING, NATIVE_DIR, NATIVE_INFO, ROOT } from './electron-runtime.mjs';

const DIST_URL = 'https://electronjs.org/headers';
const force = process.argv.includes('--force');
const require = createRequire(path.join(ROOT, 'package.json'));
const bsqDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const wanted = {
  electron: electronVersion(),
  betterSqlite3: JSON.parse(fs.readFileSync(path.join(bsqDir, 'package.json'), 'utf8')).version,
  platform: process.platform,
  arch: process.env.npm_config_arch || process.arch,
};
/** How node-gyp's log reads when the headers download failed (no network, DNS, proxy). */
const OFFLINE =
  /network connectivity|WARN install got an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed/i;
const say = (line) => process.stderr.write(`electron-native: ${line}\n`);

function upToDate() {
  try {
    const have = JSON.parse(fs.readFileSync(NATIVE_INFO, 'utf8'));
    return fs.existsSync(NATIVE_BINDING) && Object.entries(wanted).every(([k, v]) => have[k] === v);
  } catch {
    return false;
  }
}

/** node-gyp from node_modules, else the copy npm bundles (npm tells scripts where). */
function nodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return process.env.npm_config_node_gyp || null;
  }
}

/**
 * npm exports its config to scripts as npm_config_*; several of those steer node-gyp
 * (this machine's .npmrc sets nodedir=/usr, which would silently compile against Node's
 * headers, i.e. the wrong ABI). The child gets none of them: our flags decide.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|devdir|build_from_source)$/i.test(key))
      delete env[key];
  }
  return env;
}

if (!force && upToDate()) process.exit(0);

const gyp = nodeGyp();
if (!gyp) {
  say('node-gyp not found (neither in node_modules nor via npm); cannot build better-sqlite3 for Electron.');
  process.exit(1);
}

fs.mkdirSync(NATIVE_DIR, { recursive: true });
const log = path.join(NATIVE_DIR, 'build.log');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-bsq3-electron-'));
try {
  // Sources only: the Node build's artefacts in build/ must not leak into this one.
  fs.cpSync(bsqDir, work, {
    recursive: true,
    filter: (src) => path.relative(bsqDir, src).split(path.sep)[0] !== 'build',
  });
  const r = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${wanted.electron}`,
      `--arch=${wanted.arch}`,
      `--dist-url=${DIST_URL}`,
      // Electron's headers apart from Node's (same place @electron/rebuild uses).
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ],
    { cwd: work, env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  fs.writeFileSync(log, `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`);
  const built = path.join(work, 'build/Release/better_sqlite3.node');
  if (r.status === 0 && fs.existsSync(built)) {
    // Copy then rename: a half-copied addon never sits at the path the app loads.
    fs.copyFileSync(built, `${NATIVE_BINDING}.tmp`);
    fs.renameSync(`${NATIVE_BINDING}.tmp`, NATIVE_BINDING);
    fs.writeFileSync(NATIVE_INFO, JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2) + '\n');
    say(
      `built ${path.relative(ROOT, NATIVE_BINDING)} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch}).`,
    );
  } else {
    const offline = OFFLINE.test(fs.readFileSync(log, 'utf8'));
    const details = path.relative(ROOT, log);
    say(
      offline
        ? `cannot download Electron ${wanted.electron} headers from ${DIST_URL} (offline?); better-sqlite3 for Electron not built (details: ${details}).`
        : `node-gyp failed building better-sqlite3 for Electron ${wanted.electron}; see ${details}.`,
    );
    // exitCode, not exit(): the finally below must still remove the temp copy.
    process.exitCode = offline ? 2 : 1;
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
