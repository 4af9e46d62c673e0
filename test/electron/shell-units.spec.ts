/**
 * The Electron shell's rules that do not need Electron: origin checks, the app:// file
 * responder (CSP, traversal), window-state persistence, argv parsing, packaged paths and
 * menu labels. Plain Node, so they run on every machine, runtime or not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { appResponseHeaders, respondAppRequest } from '../../electron/app/app-files';
import { parseShellArgs } from '../../electron/app/args';
import { MENU_LABELS, menuLabel } from '../../electron/app/menu-labels';
import { isAppFrameUrl, isAppUrl, isExternalHttps, isTrustedSender } from '../../electron/app/origin';
import { shellPaths } from '../../electron/app/paths';
import { fitToDisplays, loadWindowState, saveWindowState, DEFAULT_WINDOW_STATE } from '../../electron/app/window-state';

const made: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-shell-'));
  made.push(dir);
  return dir;
}
test.afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

test.describe('origin rules', () => {
  test('only app://workstation is the app', () => {
    expect(isAppUrl('app://workstation/index.html')).toBe(true);
    expect(isAppUrl('app://workstation/assets/x.js?v=1#y')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://workstation.evil/',
      'https://workstation/',
      'file:///index.html',
      'app://u:p@workstation/',
      'nonsense',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  test('iframes may show only the app, its blobs and blank documents', () => {
    for (const url of ['app://workstation/print.html', 'blob:app://workstation/5d1c', 'about:blank', 'about:srcdoc']) {
      expect(isAppFrameUrl(url), url).toBe(true);
    }
    for (const url of ['blob:https://example.com/5d1c', 'https://example.com/', 'about:config', 'data:text/html,x']) {
      expect(isAppFrameUrl(url), url).toBe(false);
    }
  });

  test('only https links go to the OS browser', () => {
    expect(isExternalHttps('https://support.huaweicloud.com/')).toBe(true);
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'smb://host/share',
      'https://u:p@x.com/',
    ]) {
      expect(isExternalHttps(url), url).toBe(false);
    }
  });

  test('IPC is accepted only from the top frame of the app', () => {
    expect(isTrustedSender({ url: 'app://workstation/index.html', isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://workstation/index.html', isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

test.describe('app:// responder', () => {
  let root: string;
  let outside: string;

  test.beforeAll(() => {
    const base = tempDir();
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(outside, 'secret');
    fs.symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
  });

  const get = (url: string, method = 'GET') => respondAppRequest(root, method, url);

  test('serves index.html and assets with the CSP and types', async () => {
    for (const url of ['app://workstation/', 'app://workstation/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain('<title>t</title>');
    }
    const js = await get('app://workstation/assets/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('content-security-policy')).toBe(appResponseHeaders()['Content-Security-Policy']);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('the CSP is strict: own scripts only, no connect to anywhere else', () => {
    const csp = appResponseHeaders()['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
  });

  test('refuses traversal, symlinks out, other hosts and methods; errors carry the CSP too', async () => {
    const refused = [
      'app://workstation/%2e%2e/secret.txt',
      'app://workstation/..%2fsecret.txt',
      'app://workstation/assets/..%2f..%2fsecret.txt',
      'app://workstation/..%5csecret.txt',
      'app://workstation/assets%00.js',
      'app://workstation/assets/link.txt',
      'app://workstation/missing.js',
      'app://workstation/assets',
      'app://other/index.html',
    ];
    for (const url of refused) {
      const res = await get(url);
      expect([400, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toContain('secret');
      expect(res.headers.get('content-security-policy'), url).toBeTruthy();
    }
    expect((await get('app://workstation/index.html', 'POST')).status).toBe(405);
    const head = await get('app://workstation/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

test.describe('window state', () => {
  test('round-trips atomically and falls back to defaults on junk', () => {
    const dir = tempDir();
    const file = path.join(dir, 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
    fs.writeFileSync(file, '{"width": 10');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, JSON.stringify({ width: 100, height: 'x' }));
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, JSON.stringify({ width: 100, height: 100 }));
    expect(loadWindowState(file)).toMatchObject({ width: 800, height: 560 });
  });

  test('forgets a position that is no longer on any display and shrinks to fit', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    expect(fitToDisplays({ x: 100, y: 100, width: 1280, height: 800, maximized: false }, screen)).toEqual({
      x: 100,
      y: 100,
      width: 1280,
      height: 800,
      maximized: false,
    });
    const gone = fitToDisplays({ x: 2500, y: 100, width: 3000, height: 2000, maximized: false }, screen);
    expect(gone).toEqual({ width: 1920, height: 1040, maximized: false });
  });
});

test.describe('argv, paths, menu', () => {
  test('reads --data-dir and --lang among Chromium switches, ignores bad values', () => {
    expect(
      parseShellArgs(['.', '--inspect=0', '--data-dir', '/tmp/a', '--lang=en-US', '--remote-debugging-port=0']),
    ).toEqual({
      dataDir: '/tmp/a',
      language: 'en-US',
    });
    expect(parseShellArgs(['--data-dir=/tmp/b', '--lang', 'fr-FR'])).toEqual({ dataDir: '/tmp/b' });
    expect(parseShellArgs(['--data-dir', '--lang', 'zh-CN'])).toEqual({ language: 'zh-CN' });
  });

  test('packaged: worker from app.asar.unpacked, addon and icon from resources', () => {
    const res = tempDir();
    fs.mkdirSync(path.join(res, 'native'));
    fs.writeFileSync(path.join(res, 'native', 'better_sqlite3.node'), '');
    const bundle = pathToFileURL(path.join(res, 'app.asar', 'dist', 'electron', 'main.js')).href;
    const p = shellPaths({ isPackaged: true, resourcesPath: res }, bundle);
    expect(p.dbWorker).toBe(path.join(res, 'app.asar.unpacked', 'dist', 'electron', 'db-worker.js'));
    expect(p.preload).toBe(path.join(res, 'app.asar', 'dist', 'electron', 'preload.cjs'));
    expect(p.rendererDir).toBe(path.join(res, 'app.asar', 'dist', 'renderer'));
    expect(p.nativeBinding).toBe(path.join(res, 'native', 'better_sqlite3.node'));
    expect(p.icon).toBeUndefined();
  });

  test('menu labels exist in both languages', () => {
    const zh = Object.keys(MENU_LABELS['zh-CN']).sort();
    expect(Object.keys(MENU_LABELS['en-US']).sort()).toEqual(zh);
    for (const lang of ['zh-CN', 'en-US'] as const)
      for (const k of zh) expect(MENU_LABELS[lang][k as 'file'], `${lang}.${k}`).not.toBe('');
    expect(menuLabel('en-US', 'version', { version: '1.2.3' })).toBe('Version 1.2.3');
  });
});
