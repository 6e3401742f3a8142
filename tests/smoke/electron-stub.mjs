// A stand-in for the `electron` module: records what the built main process asks of Electron.
import { EventEmitter } from 'node:events';

export const recorded = {
  windows: [],
  handlers: new Map(),
  headerHooks: [],
  permissionHandlers: [],
  permissionCheckHandlers: [],
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  menus: [],
  openedExternally: [],
  /** Error boxes main showed: [title, body] pairs (a start that could not open its workspace). */
  errorBoxes: [],
  quitCalls: 0,
  /** What main pushed to a window: [channel, payload] pairs. */
  sent: [],
};
globalThis.__electronStub = recorded;

class StubApp extends EventEmitter {
  isPackaged = process.env.STUB_PACKAGED === '1';
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    this.readyCalled = true;
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  getPath(name) {
    return process.env.STUB_USER_DATA ?? `/tmp/crosscheck-stub-${name}`;
  }
  getAppPath() {
    return process.env.STUB_APP_PATH ?? process.cwd();
  }
  quit() {
    recorded.quitCalls++;
  }
}
export const app = new StubApp();

class StubWebContents extends EventEmitter {
  windowOpenHandler = null;
  send(channel, payload) {
    recorded.sent.push([channel, payload]);
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new StubWebContents();
    this.loaded = null;
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(file) {
    this.loaded = { file };
    return Promise.resolve();
  }
  loadURL(url) {
    this.loaded = { url };
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}

export const ipcMain = {
  handle(channel, listener) {
    recorded.handlers.set(channel, listener);
  },
};

export const session = {
  defaultSession: {
    webRequest: {
      onHeadersReceived(fn) {
        recorded.headerHooks.push(fn);
      },
    },
    setPermissionRequestHandler(fn) {
      recorded.permissionHandlers.push(fn);
    },
    setPermissionCheckHandler(fn) {
      recorded.permissionCheckHandlers.push(fn);
    },
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (app.readyCalled) throw new Error('registerSchemesAsPrivileged after ready');
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    recorded.menus.push(menu);
  },
};

export const shell = {
  openExternal(url) {
    recorded.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
  showErrorBox: (title, body) => {
    recorded.errorBoxes.push([title, body]);
  },
};

/** No OS keychain in the smoke run: the shared desk never remembers a password here. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('safeStorage is not available in the smoke run');
  },
  decryptString: () => {
    throw new Error('safeStorage is not available in the smoke run');
  },
};

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell };
