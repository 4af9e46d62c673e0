#!/usr/bin/env node
/**
 * `npm test`: every test tier this machine can run, in order, then one summary line
 * `N passed, N failed[, N skipped]`. Build, type-check and lint count as one test each;
 * vitest and Playwright report their own counts through their JSON reporters.
 * Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'test/.output');
fs.mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];

function run(label, cmd, args) {
  process.stdout.write(`\n=== ${label}: ${[path.basename(cmd), ...args].join(' ')}\n`);
  const t0 = Date.now();
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return { ok: res.status === 0, ms: Date.now() - t0 };
}

/** A step that is one test: passes when the command exits 0. */
function check(label, cmd, args) {
  const { ok, ms } = run(label, cmd, args);
  record(label, ok ? 1 : 0, ok ? 0 : 1, 0, ms);
  return ok;
}

function record(label, passed, failed, skipped, ms) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push({ label, passed, failed, skipped, seconds: (ms / 1000).toFixed(1) });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A runner with a JSON report: its own counts; a crash without a report is one failure. */
function suite(label, cmd, args, reportFile, count) {
  fs.rmSync(reportFile, { force: true });
  const { ok, ms } = run(label, cmd, args);
  const report = readJson(reportFile);
  if (!report) return record(label, 0, 1, 0, ms);
  const c = count(report);
  // A runner that exited non-zero with nothing failed in its report (config error, crash) still failed.
  record(label, c.passed, c.failed + (!ok && c.failed === 0 ? 1 : 0), c.skipped, ms);
}

const vitestCount = (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
});
const playwrightCount = (r) => ({
  passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
  failed: r.stats?.unexpected ?? 0,
  skipped: r.stats?.skipped ?? 0,
});

if (check('build', process.execPath, ['build/scripts/build.mjs'])) {
  for (const layer of ['shared', 'electron', 'renderer', 'test'])
    check(`typecheck ${layer}`, bin('tsc'), ['-p', layer]);
  check('lint', bin('eslint'), ['--config', 'build/eslint.config.js', '--max-warnings', '0', '.']);
  check('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  suite(
    'unit + integration',
    bin('vitest'),
    ['run', '--config', 'test/vitest.config.ts'],
    path.join(out, 'vitest-results.json'),
    vitestCount,
  );
  suite(
    'end to end (browser host + Chromium)',
    bin('playwright'),
    ['test', '--config', 'test/playwright.config.ts'],
    path.join(out, 'e2e-results.json'),
    playwrightCount,
  );
  suite(
    'Electron smoke',
    bin('playwright'),
    ['test', '--config', 'test/electron/playwright.config.ts'],
    path.join(out, 'electron-results.json'),
    playwrightCount,
  );
}

process.stdout.write('\n');
console.table(rows);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
