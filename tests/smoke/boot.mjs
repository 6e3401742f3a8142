// Boots the built main entry (out/main/main.js) under plain Node with the electron stand-in,
// pokes every hook it registered, and prints what it observed as one JSON line.
import { register } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'crosscheck-smoke-'));
// The workspace and user data of this run go with it.
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));
process.env.CROSSCHECK_WORKSPACE = join(temp, 'workspace.json');
process.env.STUB_USER_DATA = temp;
process.env.STUB_APP_PATH = root;
// Set as a hostile environment would: a production build must ignore it (and never trust its origin).
process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173/';

const { recorded } = await import('./electron-stub.mjs');
if (process.env.SMOKE_LOCKED) {
  // The workspace is held by a writer on another computer (a shared folder): the app must say so and quit.
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const folder = join(temp, 'workspace');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'lock'), JSON.stringify({ pid: 4242, host: 'may-bien-tap-2', startedAt: '2026-12-01T08:00:00.000Z' }));
  process.env.CROSSCHECK_WORKSPACE = folder;
  await import(pathToFileURL(join(root, 'out/main/main.js')).href);
  const until = Date.now() + 60_000;
  while (recorded.quitCalls === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  console.log(JSON.stringify({ errorBoxes: recorded.errorBoxes, quitCalls: recorded.quitCalls, windows: recorded.windows.length, lockPath: join(folder, 'lock') }));
  process.exit(0);
}
await import(pathToFileURL(join(root, 'out/main/main.js')).href);

const deadline = Date.now() + 60_000;
while (recorded.windows.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
const win = recorded.windows[0];
if (!win) {
  console.log(JSON.stringify({ error: 'no window created' }));
  process.exit(1);
}

const appUrl = 'app://crosscheck/index.html';
const report = { title: win.options.title, webPreferences: { ...win.options.webPreferences } };
report.preloadExists = existsSync(win.options.webPreferences.preload);
report.loaded = win.loaded;

// Content-Security-Policy on every response.
const hook = recorded.headerHooks[0];
report.csp = await new Promise((done) => hook({ responseHeaders: { 'X-Test': ['1'] } }, (r) => done(r.responseHeaders)));

// Navigation away from the app is refused; the app's own page is not.
const navigate = (url) => {
  let prevented = false;
  win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
  return prevented;
};
report.navigation = {
  external: navigate('https://example.com/'),
  otherFile: navigate('file:///etc/passwd'),
  self: navigate(appUrl),
};

// window.open never opens a window; http(s) goes to the OS browser, other schemes nowhere.
const open = win.webContents.windowOpenHandler;
report.windowOpen = {
  https: open({ url: 'https://example.com/a' }),
  file: open({ url: 'file:///etc/passwd' }),
  javascript: open({ url: 'javascript:alert(1)' }),
};
report.openedExternally = [...recorded.openedExternally];

// Permissions (camera, notifications…) are all refused, when requested and when checked.
report.permissionGranted = await new Promise((done) => recorded.permissionHandlers[0]({}, 'media', done));
report.permissionChecks = ['media', 'notifications', 'clipboard-read', 'geolocation'].map((p) => recorded.permissionCheckHandlers[0]?.({}, p, 'app://crosscheck', {}) ?? 'no handler');

// The app:// scheme: registered as privileged, serving the built renderer and nothing else.
report.privilegedSchemes = recorded.privilegedSchemes;
const serve = recorded.protocolHandlers.get('app');
const fetchApp = async (url) => {
  if (!serve) return { status: 'no handler' };
  const res = await serve({ url });
  const body = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), hasRoot: body.includes('id="root"') };
};
report.protocol = {
  index: await fetchApp('app://crosscheck/index.html'),
  root: await fetchApp('app://crosscheck/'),
  traversal: await fetchApp('app://crosscheck/%2e%2e/%2e%2e/package.json'),
  encodedSlash: await fetchApp('app://crosscheck/..%2f..%2fpackage.json'),
  otherHost: await fetchApp('app://evil/index.html'),
  missing: await fetchApp('app://crosscheck/nope.js'),
};
// Every script of the built renderer, the chunks loaded after the first screen too (dynamic imports).
report.scripts = {};
for (const f of readdirSync(join(root, 'out/renderer/assets')).filter((n) => n.endsWith('.js'))) {
  report.scripts[f] = await fetchApp(`app://crosscheck/assets/${f}`);
}

// The production menu: no reload, no developer tools.
const flatten = (items) => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
report.menu = recorded.menus.map((m) => flatten(m.template).map((i) => i.role ?? i.label ?? i.type));

// Every contract method has a handler; each rejects malformed input and foreign senders.
const trusted = { sender: win.webContents, senderFrame: { url: appUrl } };
const foreign = { sender: win.webContents, senderFrame: { url: process.env.ELECTRON_RENDERER_URL ?? 'https://evil.example/' } };
report.channels = {};
for (const [channel, handler] of recorded.handlers) {
  report.channels[channel] = {
    malformedNumber: await handler(trusted, 42),
    malformedExtra: await handler(trusted, { unexpected: 'x' }),
    foreign: await handler(foreign, {}),
    trustedInfo: channel === 'crosscheck:getWorkspaceInfo' ? await handler(trusted, {}) : undefined,
  };
}
// A change made through the window's channel is pushed back to the window as a 'summary' event
// (main relays what the service host worker emits), and job progress arrives the same way.
const call = (method, input) => recorded.handlers.get(`crosscheck:${method}`)(trusted, input);
report.themeChange = await call('updateSettings', { theme: 'dark' });
const started = await call('reextract', {});
const deadlineEvents = Date.now() + 60_000;
const jobEnded = () => recorded.sent.some(([, e]) => e.type === 'job' && e.job.state !== 'running');
while (!jobEnded() && Date.now() < deadlineEvents) await new Promise((r) => setTimeout(r, 20));
report.reextractStarted = started;
report.pushed = recorded.sent.map(([channel, e]) => ({ channel, type: e.type, state: e.type === 'job' ? e.job.state : undefined }));
console.log(JSON.stringify(report));
process.exit(0);
