import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(here, '../.output');

/**
 * The Electron tier: shell-units.spec.ts (the shell's pure rules, plain Node, runs
 * everywhere) and electron.spec.ts (a smoke test through `_electron.launch`, skipped with
 * a printed reason where the Electron runtime is not installed).
 */
export default defineConfig({
  testDir: here,
  testMatch: /.*\.spec\.ts$/,
  outputDir: path.join(output, 'electron-artifacts'),
  // One Electron at a time: each launch is a whole browser.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: path.join(output, 'electron-results.json') }]],
});
