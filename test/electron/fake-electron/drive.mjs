/**
 * Runs the real dist/electron/main.js on the fake 'electron' module and exercises its
 * wiring; prints one JSON line of observations for shell-wiring.spec.ts.
 *   node test/electron/fake-electron/drive.mjs <dataDir>
 */
import fs from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

register('./hooks.mjs', import.meta.url);
const { state, FakeWebContents, app } = await import('./electron.mjs');

const dataDir = process.argv[2];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
process.argv = [process.execPath, '.', '--data-dir', dataDir, '--lang', 'en-US', '--inspect=0'];

let ready;
state.ready = new Promise((resolve) => (ready = resolve));
await import(path.join(root, 'dist/electron/main.js'));
const until = async (cond, what) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
};

const out = {
  beforeReady: { privileged: state.privileged, sandbox: state.sandbox, userData: app.getPath('userData') },
};
ready();
await until(() => state.windows.length === 1, 'the window');
const win = state.windows[0];
out.window = { url: win.webContents.url, webPreferences: win.options.webPreferences, title: win.options.title };

// app:// protocol
const serve = state.protocols.app;
const index = await serve({ method: 'GET', url: 'app://workstation/index.html' });
const escape = await serve({ method: 'GET', url: 'app://workstation/%2e%2e/%2e%2e/package.json' });
out.protocol = { index: index.status, csp: index.headers.get('content-security-policy'), escape: escape.status };

// IPC: trusted frame, foreign frame, subframe
const invoke = state.ipc['workstation:invoke'];
const appFrame = { url: 'app://workstation/index.html', parent: null };
out.ipc = { info: await invoke({ senderFrame: appFrame }, 'app.info', undefined) };
for (const [name, frame] of [
  ['foreign', { url: 'https://example.com/', parent: null }],
  ['subframe', { url: 'app://workstation/x.html', parent: appFrame }],
  ['noFrame', null],
]) {
  try {
    await invoke({ senderFrame: frame }, 'app.info', undefined);
    out.ipc[name] = 'answered';
  } catch (err) {
    out.ipc[name] = `rejected: ${err.message}`;
  }
}
out.ipc.unknownChannel = await invoke({ senderFrame: appFrame }, 'no.such.channel', undefined);

// Menu: labels follow the language; switching it goes through the core and back.
const labels = (menu) => menu.template.map((m) => m.label ?? m.role);
out.menu = { first: labels(state.menus.at(-1)) };
const view = state.menus.at(-1).template.find((m) => m.label === 'View');
view.submenu
  .find((m) => m.submenu)
  .submenu.find((m) => m.label === '简体中文')
  .click();
await until(() => labels(state.menus.at(-1)).includes('文件'), 'the zh-CN menu');
out.menu.afterSwitch = labels(state.menus.at(-1));
out.events = win.webContents.sent;

// Hardening of every web contents
const wc = new FakeWebContents();
app.emit('web-contents-created', {}, wc);
const nav = (event, url, extra = {}) => {
  const e = {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
    ...extra,
  };
  wc.emit(event, e);
  return e.prevented;
};
out.hardening = {
  navigateAway: nav('will-navigate', 'https://example.com/'),
  navigateApp: nav('will-navigate', 'app://workstation/index.html'),
  redirectAway: nav('will-redirect', 'http://127.0.0.1:1/'),
  subframeBlob: nav('will-frame-navigate', 'blob:app://workstation/abc', { isMainFrame: false }),
  subframeAway: nav('will-frame-navigate', 'https://example.com/', { isMainFrame: false }),
  webview: nav('will-attach-webview', 'about:blank'),
  openHttps: wc.openHandler({ url: 'https://support.huaweicloud.com/' }),
  openHttp: wc.openHandler({ url: 'http://example.com/' }),
};
await until(() => state.opened.length > 0, 'openExternal');
out.hardening.opened = state.opened;
let granted = null;
state.permissionRequest({}, 'geolocation', (g) => (granted = g), {});
const blocked = await new Promise((r) => state.webRequest.fn({ url: 'https://example.com/', webContentsId: 1 }, r));
const mainNet = await new Promise((r) =>
  state.webRequest.fn({ url: 'https://bss.example/', webContentsId: undefined }, r),
);
out.session = {
  permissionRequest: granted,
  permissionCheck: state.permissionCheck({}, 'notifications', 'app://workstation', {}),
  devicePermission: state.devicePermission({}),
  rendererRequest: blocked,
  mainRequest: mainNet,
};

// Quit: window state written, core closed before the app really quits.
win.close();
app.quit();
await until(() => state.quitted, 'the graceful quit');
out.quit = {
  quits: state.quits,
  windowState: JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')),
  ipcRemoved: !state.ipc['workstation:invoke'],
  errorBox: state.errorBox,
};
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(0);
