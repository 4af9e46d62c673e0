import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
  ],
};

export function findChromium(): string | null {
  return (CANDIDATES[process.platform] ?? []).find((p) => fs.existsSync(p)) ?? null;
}

export function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * Opens the host URL as an app window (`--app=`) with a profile of its own inside the data
 * dir, so it never touches the user's browser profile. Returns false when it cannot.
 */
export async function openAppWindow(url: string, dataDir: string): Promise<boolean> {
  const exe = findChromium();
  if (!exe || !hasDisplay()) return false;
  const profile = path.join(dataDir, 'browser-profile');
  await fs.promises.mkdir(profile, { recursive: true });
  const child = spawn(
    exe,
    [
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-sync',
    ],
    { stdio: 'ignore', detached: true },
  );
  child.on('error', () => {});
  child.unref();
  return true;
}
