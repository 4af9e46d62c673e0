import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgsError, parseHostArgs } from '../../electron/host/args';
import { defaultDataDir } from '../../electron/core/data-dir';
import { resolveStatic } from '../../electron/host/static';

describe('host arguments', () => {
  it('parses every flag in both forms', () => {
    expect(parseHostArgs(['--headless', '--data-dir', '/tmp/x', '--port', '0', '--lang', 'en-US'])).toEqual({
      headless: true,
      dataDir: '/tmp/x',
      port: 0,
      language: 'en-US',
      autoSync: true,
    });
    expect(parseHostArgs(['--no-auto-sync', '--sandbox-scale', 'tiny', '--sandbox-rate', '0'])).toMatchObject({
      autoSync: false,
      sandboxScale: 'tiny',
      sandboxRate: 0,
    });
    expect(parseHostArgs(['--port=8123', '--data-dir=/d'])).toMatchObject({
      headless: false,
      port: 8123,
      dataDir: '/d',
    });
  });
  it('takes a separately running sandbox on loopback only', () => {
    expect(parseHostArgs(['--sandbox-url', 'http://127.0.0.1:4000/']).sandboxUrl).toBe('http://127.0.0.1:4000');
    expect(() => parseHostArgs(['--sandbox-url', 'https://bss.myhuaweicloud.com'])).toThrow(ArgsError);
  });
  it.each([[['--port', '70000']], [['--port', '-1']], [['--lang', 'fr']], [['--data-dir']], [['--bogus']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseHostArgs(argv)).toThrow(ArgsError);
    },
  );
  it('defaults the data dir to the platform app-data folder, as Electron userData does', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' })).toBe(path.join('/cfg', 'Partner Workstation'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Partner Workstation');
    expect(defaultDataDir('darwin', {})).toMatch(/Library[\\/]Application Support[\\/]Partner Workstation$/);
  });
});

describe('static file resolution', () => {
  const root = '/srv/renderer';
  it('maps / to index.html and stays inside the root', () => {
    expect(resolveStatic(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/a.js?x=1')).toBe(path.join(root, 'assets/a.js'));
    expect(resolveStatic(root, '/../etc/passwd')).toBeNull();
    expect(resolveStatic(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStatic(root, '/a%00b')).toBeNull();
  });
});
