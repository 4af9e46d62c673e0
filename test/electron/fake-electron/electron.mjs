/**
 * A stand-in for the 'electron' module, just deep enough to run dist/electron/main.js under
 * plain Node where the Electron runtime is missing. It records what the shell registers
 * (protocol, IPC, permissions, window options, menus) so shell-wiring.spec.ts can drive the
 * real main bundle and the real core. It proves the wiring, not Chromium's behaviour.
 */
import { EventEmitter } from 'node:events';

export const state = {
  ready: null,
  privileged: null,
  sandbox: false,
  singleInstance: true,
  ipc: {},
  protocols: {},
  permissionRequest: null,
  permissionCheck: null,
  devicePermission: null,
  webRequest: null,
  windows: [],
  menus: [],
  opened: [],
  quits: 0,
  quitted: false,
  errorBox: null,
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths = { userData: '/nonexistent/userData' };
  setPath(name, p) {
    this.paths[name] = p;
  }
  getPath(name) {
    return this.paths[name];
  }
  enableSandbox() {
    state.sandbox = true;
  }
  requestSingleInstanceLock() {
    return state.singleInstance;
  }
  whenReady() {
    return state.ready;
  }
  quit() {
    state.quits += 1;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('will-quit', event);
    if (!event.defaultPrevented) state.quitted = true;
  }
  exit(code) {
    state.exitCode = code;
  }
}
export const app = new FakeApp();

class FakeWebContents extends EventEmitter {
  sent = [];
  url = '';
  openHandler = null;
  send(...args) {
    this.sent.push(args);
  }
  getURL() {
    return this.url;
  }
  getType() {
    return 'window';
  }
  isDestroyed() {
    return false;
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn;
  }
}
export { FakeWebContents };

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return state.windows.filter((w) => !w.destroyed);
  }
  destroyed = false;
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.webContents.url = url;
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1100, height: 720 };
  }
  close() {
    this.emit('close', {});
    this.destroyed = true;
    this.emit('closed');
  }
}

export const webContents = { getAllWebContents: () => state.windows.map((w) => w.webContents) };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => state.menus.push(menu),
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => (state.privileged = schemes),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => (state.permissionRequest = fn),
    setPermissionCheckHandler: (fn) => (state.permissionCheck = fn),
    setDevicePermissionHandler: (fn) => (state.devicePermission = fn),
    webRequest: { onBeforeRequest: (filter, fn) => (state.webRequest = { filter, fn }) },
    protocol: { handle: (scheme, fn) => (state.protocols[scheme] = fn) },
  },
};
export const ipcMain = {
  handle: (channel, fn) => (state.ipc[channel] = fn),
  removeHandler: (channel) => delete state.ipc[channel],
};
export const shell = {
  openExternal: async (url) => state.opened.push(url),
  openPath: async () => '',
};
export const dialog = {
  showMessageBox: async () => ({ response: 0 }),
  showErrorBox: (title, message) => (state.errorBox = message),
};

/** No keychain in the stand-in: like Linux's basic_text, passwords stay in memory only. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('not available');
  },
  decryptString: () => {
    throw new Error('not available');
  },
};

/** Desktop notifications: recorded, never shown (certificate expiry reminders). */
export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
  }
  show() {
    (state.notifications ??= []).push(this.options);
  }
}
