// Wiring only: every rule lives in security.ts, ipc/ and services/, which are tested without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { startFailureText } from './startFailure';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userInfo } from 'node:os';
import { DeskEvent } from '../shared/ipc/contract';
import { EVENT_CHANNEL } from '../shared/ipc/methods';
import { ServiceHostClient } from './host/client';
import { DeskConnector } from './host/deskConnector';
import type { HostOptions } from './host/protocol';
import { registerIpc } from './ipc/register';
import { confirmLeave, CrashReloads, QuitGuard } from './leaveGuard';
import { ok } from '../shared/result';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isExternalWebUrl,
  permissionCheck,
  productionMenuTemplate,
  rendererEntryUrl,
  resolveAppAsset,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
// import.meta.env.DEV is replaced at build time: false in every production build.
const appUrl = rendererEntryUrl({ devServerUrl: process.env.ELECTRON_RENDERER_URL, isDevBuild: import.meta.env.DEV === true, isPackaged: app.isPackaged });

// Must happen before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

/** app://crosscheck/… serves the built renderer and nothing else. */
function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererDir, process.platform === 'win32' ? '\\' : '/');
    if (!asset) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(asset.path);
      return new Response(body, { headers: { 'Content-Type': asset.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Quitting gives up on actions still waiting for a shared desk after this long (no window left to ask). */
const QUIT_GIVE_UP_AFTER_MS = 15_000;

let mainWindow: BrowserWindow | null = null;
/** Set once the app is quitting for good (will-quit): a renderer gone then is not loaded again. */
let appQuitting = false;

function reviewerName(): string {
  try {
    return userInfo().username || 'editor';
  } catch {
    return 'editor';
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Crosscheck — Kiểm chứng',
    show: false,
    webPreferences: secureWebPreferences(join(here, '../preload/preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A clicked web link opens in the user's browser; nothing opens inside the app.
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(): Promise<void> {
  // A workspace written before the folder layout (userData/workspace.json) is migrated in place;
  // a new one is the folder userData/workspace. The worker opens it as its one writer (lock taken).
  const legacy = join(app.getPath('userData'), 'workspace.json');
  const workspacePath = process.env.CROSSCHECK_WORKSPACE ?? (existsSync(legacy) ? legacy : join(app.getPath('userData'), 'workspace'));
  // The workspace services run in a worker thread (the service host): main only wires windows and
  // IPC, checks each call and forwards it, and relays pushed events to the window.
  const local: HostOptions = {
    workspacePath,
    seedsDir: process.env.CROSSCHECK_SEEDS ?? join(app.getAppPath(), 'seeds'),
    defaultReviewer: reviewerName(),
  };
  // Quitting while actions still wait for a shared desk: the window shows them being sent and
  // offers to give up or to stay; it closes once none is pending (or, after giving up, when the
  // editor has read what was not sent).
  const quit = new QuitGuard();
  const host: ServiceHostClient = new ServiceHostClient({
    host: local,
    onEvent: (event) => {
      if (event.type === 'desk') {
        if (quit.pendingChanged(event.live.mode === 'desk' ? event.live.pending : 0)) mainWindow?.close();
      }
      const checked = DeskEvent.safeParse(event);
      if (checked.success && mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, checked.data);
    },
    deps: {
      openExternal: (url) => shell.openExternal(url),
      chooseImportPaths: async (mode) => {
        if (!mainWindow) return null;
        const vi = host.language === 'vi';
        const picked = await dialog.showOpenDialog(mainWindow, {
          title: vi ? 'Nhập bài' : 'Import articles',
          properties: mode === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
          filters:
            mode === 'folder'
              ? []
              : [{ name: vi ? 'Bài viết' : 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx', 'json'] }],
        });
        return picked.canceled ? null : picked.filePaths;
      },
      chooseSavePath: async (defaultName) => {
        if (!mainWindow) return null;
        const picked = await dialog.showSaveDialog(mainWindow, {
          title: host.language === 'vi' ? 'Xuất dữ liệu' : 'Export data',
          defaultPath: join(app.getPath('documents'), defaultName),
        });
        return picked.canceled || !picked.filePath ? null : picked.filePath;
      },
    },
  });
  await host.start();
  // Quitting waits for the service host to close the workspace (its last checkpoint written, the
  // writer lock released): cut off, the next start would replay a long journal.
  let stopped = false;
  app.on('will-quit', (event) => {
    // Set here, not in before-quit: a quit the editor cancels ("Ở lại") never gets this far.
    appQuitting = true;
    if (stopped) return;
    event.preventDefault();
    // No window to ask any more (or it was not asked): actions still waiting for a shared desk
    // are given up on after a bound rather than waiting out their retry window.
    const giveUp = setTimeout(() => {
      void host.abandonDesk().then((gaveUp) => {
        if (gaveUp.notSent + gaveUp.unconfirmed > 0) {
          console.warn(`[crosscheck] quit: ${gaveUp.notSent} action(s) not sent to the shared desk, ${gaveUp.unconfirmed} sent but not confirmed`);
        }
      });
    }, QUIT_GIVE_UP_AFTER_MS);
    void host.stop().finally(() => {
      clearTimeout(giveUp);
      stopped = true;
      app.quit();
    });
  });

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(permissionCheck);
  serveAppProtocol();
  Menu.setApplicationMenu(Menu.buildFromTemplate(productionMenuTemplate(host.language, process.platform) as Parameters<typeof Menu.buildFromTemplate>[0]));

  // Settings → Shared desk: main connects the worker to a PostgreSQL desk and back. The app's
  // record of it (URL without password) is userData/desk.json; a password only ever through the
  // OS's own encryption, when the editor asks to remember it.
  const desk = new DeskConnector({
    host,
    local,
    configPath: join(app.getPath('userData'), 'desk.json'),
    secrets: {
      available: () => safeStorage.isEncryptionAvailable(),
      encrypt: (text) => safeStorage.encryptString(text),
      decrypt: (data) => safeStorage.decryptString(data),
    },
    language: () => host.language,
  });

  registerIpc(
    ipcMain,
    (method, input) => {
      quit.called(method);
      // Only main closes the window: it answers "Ở lại" itself (true whatever the service host is doing).
      if (method === 'stayOpen') return Promise.resolve(ok(null));
      return desk.handles(method) ? desk.call(method, input) : host.pass(method, input);
    },
    (event) =>
      mainWindow !== null &&
      event.sender === mainWindow.webContents &&
      event.senderFrame !== null &&
      isAppUrl(event.senderFrame.url, appUrl),
    () => host.language,
  );

  mainWindow = createWindow();
  mainWindow.on('close', (event) => {
    const step = quit.close();
    if (step === 'allow') return;
    event.preventDefault();
    if (step === 'notify') mainWindow?.webContents.send(EVENT_CHANNEL, { type: 'quitting' } satisfies DeskEvent);
    // The editor read what was not sent and closes the window.
    else if (step === 'reclose') mainWindow?.close();
  });
  // The renderer holds a close or reload while an action is pending or failed to save: ask the
  // editor instead of cancelling without a word (leaving lets the unload go on).
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const win = mainWindow;
    if (!win) return;
    const leave = confirmLeave(host.language, (options) => dialog.showMessageBoxSync(win, options));
    quit.answered(leave);
    if (leave) event.preventDefault();
  });
  // A page loaded after the quit sheet was sent (a reload, the page reloaded after a crash) has no
  // sheet: main stops holding closes for it, and the next close shows the sheet on the new page.
  mainWindow.webContents.on('did-finish-load', () => quit.pageLoaded());
  // The renderer crashed or was killed (out of memory): load the desk again rather than leave a blank
  // window that a held close could never shut (everything acknowledged is in the workspace already) —
  // twice a minute at most; past that, or when loading again cannot help, the close goes through.
  const crashReloads = new CrashReloads();
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    const win = mainWindow;
    if (!win || win.isDestroyed() || details.reason === 'clean-exit') return;
    if (crashReloads.allow(details.reason, Date.now(), appQuitting)) {
      console.warn(`[crosscheck] the window's renderer is gone (${details.reason}); loading the desk again`);
      win.webContents.reload();
      return;
    }
    console.error(`[crosscheck] the window's renderer is gone (${details.reason}) and is not loaded again; closing the app`);
    quit.pageGone();
    if (appQuitting) return;
    dialog.showErrorBox(
      host.language === 'vi' ? 'Crosscheck gặp lỗi' : 'Crosscheck ran into a problem',
      host.language === 'vi'
        ? 'Cửa sổ không hiển thị được nữa. Mọi thao tác đã lưu vẫn còn trong không gian làm việc; Crosscheck sẽ đóng, hãy mở lại.'
        : 'The window can no longer be shown. Every saved action is in the workspace; Crosscheck will close: open it again.',
    );
    // Closed for the editor (the window may never have been shown): the app quits, releasing the
    // workspace's writer lock, instead of staying behind invisibly.
    if (!win.isDestroyed()) win.close();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // Back on the shared desk the app was left on (when no password has to be typed); the window
  // follows the pushed desk state. A failure leaves the local workspace open and says why.
  void desk.resume().then((outcome) => {
    if (outcome && !outcome.ok) console.warn(`[crosscheck] ${outcome.error.message}`);
  });
}

// One instance per user: a second launch focuses the first instead of writing the same file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenContents();
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((e: unknown) => {
    console.error('[crosscheck] failed to start:', e);
    // Said to the editor, not only logged: a workspace held by another writer says how to free it.
    // Whatever happens while saying it, the app quits (else it would linger, windowless, holding the
    // single-instance lock, and every later launch would do nothing).
    try {
      const { title, body } = startFailureText(e);
      dialog.showErrorBox(title, body);
    } finally {
      app.quit();
    }
  });
}
