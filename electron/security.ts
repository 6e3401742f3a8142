/**
 * Window hardening, kept free of Electron imports so the rules are plain data and functions.
 */

/** No remote code, no inline script, no plugins, no framing; data: only for images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const;
}

export function withContentSecurityPolicy(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() === 'content-security-policy') continue;
    out[k] = Array.isArray(v) ? v : [v];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Only plain web links may leave the app, and only to the user's browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True when `url` is the app's own page (app://crosscheck, the same file, or the same dev-server origin). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return u.protocol === 'file:' && u.pathname === app.pathname;
    // A custom scheme's URL has an opaque origin ("null"): compare scheme and host instead.
    if (app.protocol === `${APP_SCHEME}:`) return u.protocol === app.protocol && u.host === app.host;
    return u.origin === app.origin;
  } catch {
    return false;
  }
}

/**
 * The app is served from its own scheme, not file://: under file:// the CSP's 'self' matches any
 * local file, under app://crosscheck it matches the app's own files only.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'crosscheck';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** Registered before the app is ready: a standard, secure scheme (so 'self', fetch and storage work). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * The file an app:// request may read: only under `root` (the built renderer), only on the app's
 * host, only a known file type. Null for anything else (answered 404). Pure: `root` is an absolute
 * POSIX or Windows path; the caller reads the file.
 */
export function resolveAppAsset(requestUrl: string, root: string, sep: '/' | '\\' = '/'): { path: string; contentType: string } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const parts = pathname.split('/').filter((p) => p !== '');
  // URL parsing already folds "..", but an encoded one (%2e%2e, %2f, \) must not climb out either.
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0') || p.includes(':'))) return null;
  const ext = /\.[a-z0-9]+$/i.exec(parts[parts.length - 1] ?? '')?.[0]?.toLowerCase() ?? '';
  const contentType = CONTENT_TYPES[ext];
  if (!contentType) return null;
  const base = root.endsWith(sep) ? root.slice(0, -1) : root;
  return { path: [base, ...parts].join(sep), contentType };
}

/**
 * Which page the window loads. A dev server's address (ELECTRON_RENDERER_URL, set by electron-vite
 * dev) is honoured only in a development build that is not packaged, and only on loopback: in
 * production it would become a trusted IPC origin for whoever set the variable.
 */
export function rendererEntryUrl(options: { devServerUrl: string | undefined; isDevBuild: boolean; isPackaged: boolean }): string {
  const { devServerUrl, isDevBuild, isPackaged } = options;
  if (!devServerUrl || !isDevBuild || isPackaged) return APP_ENTRY_URL;
  try {
    const u = new URL(devServerUrl);
    const loopback = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
    return (u.protocol === 'http:' || u.protocol === 'https:') && loopback ? u.href : APP_ENTRY_URL;
  } catch {
    return APP_ENTRY_URL;
  }
}

/** Permission checks (not only requests): the desk needs none — no camera, no notifications, no clipboard reads. */
export function permissionCheck(): boolean {
  return false;
}

/** A menu entry as Electron's Menu.buildFromTemplate takes it (roles only, no custom code). */
export interface MenuEntry {
  label?: string;
  role?: string;
  type?: 'separator';
  submenu?: MenuEntry[];
}

/**
 * The production menu: editing, window and quit — no reload, no developer tools, no zoom reset
 * that loses work. Labels follow the UI language (roles keep their OS labels).
 */
export function productionMenuTemplate(lang: 'vi' | 'en', platform: string): MenuEntry[] {
  const vi = lang === 'vi';
  const menu: MenuEntry[] = [];
  if (platform === 'darwin') menu.push({ label: 'Crosscheck', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }] });
  else menu.push({ label: vi ? 'Tệp' : 'File', submenu: [{ role: 'quit' }] });
  menu.push(
    {
      label: vi ? 'Sửa' : 'Edit',
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    { label: vi ? 'Cửa sổ' : 'Window', submenu: [{ role: 'minimize' }, { role: 'togglefullscreen' }, { role: 'close' }] },
  );
  return menu;
}
