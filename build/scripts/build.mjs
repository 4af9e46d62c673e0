#!/usr/bin/env node
/**
 * Builds what is stale:
 *  - main side (esbuild): dist/electron/{host.js, db-worker.js, main.js, preload.cjs}
 *  - renderer (Vite): dist/renderer/
 * A part is rebuilt only when a source file is newer than its output stamp, so `npm start`
 * and the test runner can call this every time. `--force` rebuilds everything;
 * `--main` / `--renderer` limit the work to one part.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const only = args.has('--main') ? 'main' : args.has('--renderer') ? 'renderer' : null;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function newestMtime(dirs, files = []) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'node_modules') return;
      for (const e of fs.readdirSync(p)) visit(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of [...dirs, ...files]) visit(path.join(root, d));
  return newest;
}

function stale(stamp, inputs) {
  if (force) return true;
  try {
    return fs.statSync(path.join(root, stamp)).mtimeMs < newestMtime(...inputs);
  } catch {
    return true;
  }
}

function touch(stamp) {
  fs.mkdirSync(path.dirname(path.join(root, stamp)), { recursive: true });
  fs.writeFileSync(path.join(root, stamp), new Date().toISOString());
}

async function buildMain() {
  const stamp = 'dist/electron/.stamp';
  if (
    !stale(stamp, [
      ['electron', 'shared'],
      ['package.json', 'build/scripts/build.mjs'],
    ])
  )
    return false;
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // Pure dependencies are bundled (loading zod's ~100 ESM files cost ~150 ms at start);
    // the native better-sqlite3 and the Electron runtime stay external.
    external: ['better-sqlite3', 'electron'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  };
  await esbuild.build({
    ...common,
    format: 'esm',
    outdir: path.join(root, 'dist/electron'),
    entryPoints: {
      host: path.join(root, 'electron/host/main.ts'),
      'db-worker': path.join(root, 'electron/db/worker.ts'),
      main: path.join(root, 'electron/app/main.ts'),
      'sync-cli': path.join(root, 'electron/sync/cli.ts'),
      sandbox: path.join(root, 'electron/sandbox/main.ts'),
    },
    outExtension: { '.js': '.js' },
  });
  // Sandboxed preloads cannot be ES modules.
  await esbuild.build({
    ...common,
    format: 'cjs',
    banner: undefined,
    outfile: path.join(root, 'dist/electron/preload.cjs'),
    entryPoints: [path.join(root, 'electron/app/preload.ts')],
  });
  touch(stamp);
  return true;
}

async function buildRenderer() {
  const stamp = 'dist/renderer/.stamp';
  if (
    !stale(stamp, [
      ['renderer', 'shared'],
      ['package.json', 'build/scripts/build.mjs'],
    ])
  )
    return false;
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
  touch(stamp);
  return true;
}

const t0 = Date.now();
const built = [];
if (only !== 'renderer' && (await buildMain())) built.push('main');
if (only !== 'main' && (await buildRenderer())) built.push('renderer');
if (built.length) process.stderr.write(`built ${built.join(' + ')} in ${Date.now() - t0} ms\n`);
