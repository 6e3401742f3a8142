// Wiring only: every rule lives in security.ts, ipc/ and services/, which are tested without Electron.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { userInfo } from 'node:os';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { isAppUrl, isExternalWebUrl, secureWebPreferences, withContentSecurityPolicy } from './security';
import { describeNotices, openForWriting } from './services/open';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererFile = join(here, '../renderer/index.html');
const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererFile).href;

let mainWindow: BrowserWindow | null = null;

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
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(appUrl);
  else void win.loadFile(rendererFile);
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
  // a new one is the folder userData/workspace.
  const legacy = join(app.getPath('userData'), 'workspace.json');
  const workspacePath = process.env.CROSSCHECK_WORKSPACE ?? (existsSync(legacy) ? legacy : join(app.getPath('userData'), 'workspace'));
  const service = await openForWriting(workspacePath, {
    seedsDir: process.env.CROSSCHECK_SEEDS ?? join(app.getAppPath(), 'seeds'),
    defaultReviewer: reviewerName(),
  });
  for (const line of describeNotices(service.notices, service.language)) console.warn(`[crosscheck] ${line}`);
  app.on('will-quit', () => void service.close());

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  registerIpc(
    ipcMain,
    createHandlers(service, {
      openExternal: (url) => shell.openExternal(url),
      chooseImportPaths: async (mode) => {
        if (!mainWindow) return null;
        const vi = service.language === 'vi';
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
          title: service.language === 'vi' ? 'Xuất dữ liệu' : 'Export data',
          defaultPath: join(app.getPath('documents'), defaultName),
        });
        return picked.canceled || !picked.filePath ? null : picked.filePath;
      },
    }),
    (event) =>
      mainWindow !== null &&
      event.sender === mainWindow.webContents &&
      event.senderFrame !== null &&
      isAppUrl(event.senderFrame.url, appUrl),
    () => service.language,
  );

  mainWindow = createWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
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
    app.quit();
  });
}
