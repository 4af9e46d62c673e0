/**
 * Drives the real dist/electron/main.js (and the real core, database included) on a fake
 * 'electron' module (fake-electron/), so the shell's wiring is checked on machines without
 * the Electron runtime: the scheme is privileged before ready, the window is locked down,
 * app:// carries the CSP, IPC answers only the app's top frame, the menu follows the
 * language, hardening and permissions deny, and quitting closes the core first.
 * Chromium's own enforcement is electron.spec.ts's job, where the runtime exists.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../build/scripts/electron-runtime.mjs';

test('main.js wires core, protocol, IPC, menu and hardening', async () => {
  execFileSync(process.execPath, ['build/scripts/build.mjs', '--main'], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-wiring-'));
  try {
    const stdout = execFileSync(process.execPath, ['test/electron/fake-electron/drive.mjs', dataDir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!);

    expect(out.beforeReady).toEqual({
      privileged: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
      sandbox: true,
      userData: dataDir,
    });
    expect(out.window.url).toBe('app://workstation/index.html');
    expect(out.window.webPreferences).toMatchObject({
      preload: path.join(ROOT, 'dist/electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(out.protocol.index).toBe(200);
    expect(out.protocol.csp).toContain("default-src 'none'");
    expect([400, 404]).toContain(out.protocol.escape);

    expect(out.ipc.info).toMatchObject({ ok: true, value: { transport: 'electron', dataDir } });
    for (const k of ['foreign', 'subframe', 'noFrame']) expect(out.ipc[k], k).toMatch(/^rejected: forbidden/);
    expect(out.ipc.unknownChannel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    expect(out.menu.first).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(out.menu.afterSwitch).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    // The core also starts syncing (sync.* events); the menu's language switch must reach the window.
    expect(out.events.filter((e: unknown[]) => e[1] === 'settings.changed')).toEqual([
      ['workstation:event', 'settings.changed', { language: 'zh-CN', theme: 'light' }],
    ]);
    expect(out.events.every((e: unknown[]) => e[0] === 'workstation:event')).toBe(true);

    expect(out.hardening).toEqual({
      navigateAway: true,
      navigateApp: false,
      redirectAway: true,
      subframeBlob: false,
      subframeAway: true,
      webview: true,
      openHttps: { action: 'deny' },
      openHttp: { action: 'deny' },
      opened: ['https://support.huaweicloud.com/'],
    });
    expect(out.session).toEqual({
      permissionRequest: false,
      permissionCheck: false,
      devicePermission: false,
      rendererRequest: { cancel: true },
      mainRequest: {},
    });

    // will-quit was held once for core.close(), then the quit went through.
    expect(out.quit).toMatchObject({ quits: 2, ipcRemoved: true, errorBox: null });
    expect(out.quit.windowState).toEqual({ x: 40, y: 30, width: 1100, height: 720, maximized: false });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
