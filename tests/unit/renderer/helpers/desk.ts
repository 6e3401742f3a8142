// Shared set-up for the renderer's component tests: two real Vietnamese articles run through the
// real extraction, in an in-memory store served by the real handlers (helpers/deskApi.ts), layout
// sizes for the virtualized lists, and a fresh copy of the renderer's modules per test (api.ts reads
// window.api once, at import).
import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, vi } from 'vitest';
import { buildDocument, manualClaim, type BuiltDocument } from '../../../../shared/document';
import type { Claim } from '../../../../shared/schema';
import { createDeskApi, memoryStoreOf, type DeskApi, type DeskOptions } from './deskApi';
import type { WorkspaceStore } from '../../../../electron/store/port';

// The real handlers, store and analysis answer more slowly than a fake did, and the suite runs on
// two loaded cores: findBy / waitFor wait up to 10 s (they return as soon as the condition holds).
configure({ asyncUtilTimeout: 10_000 });

export const bacGiangText = `Kinh tế số Bắc Giang tăng tốc

Báo Bắc Giang 08/03/2024

Năm 2023, kinh tế số của tỉnh Bắc Giang chiếm 42,13% tổng sản phẩm (GRDP), tăng 3,5% so với năm trước. Toàn tỉnh có 209/209 tổ công nghệ số cộng đồng cấp xã đi vào hoạt động.
Tỉnh đặt mục tiêu đến năm 2025 có khoảng 1.891 doanh nghiệp công nghệ số, thu hút hơn 500 tỷ đồng vốn đầu tư.
Trong 3 năm liên tiếp (2020, 2021, 2022), Bắc Giang đứng trong nhóm 10 tỉnh dẫn đầu về chỉ số chuyển đổi số.`;

export const haGiangText = `Hà Giang đẩy mạnh chuyển đổi số

TTXVN 15/04/2024

Năm 2023, tỉnh Hà Giang có 85% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến. Toàn tỉnh đã lắp đặt 1.200 trạm phát sóng di động, phủ sóng 98% thôn bản.
Dự kiến năm 2025, thu nhập bình quân đầu người của tỉnh đạt 50 triệu đồng.`;

export interface Sample {
  bacGiang: BuiltDocument;
  haGiang: BuiltDocument;
  /** The extracted claim "42,13%". */
  grdp: Claim;
  /** A manual claim "42,13% tổng sản phẩm (GRDP)" that contains `grdp`: the two overlap. */
  grdpWide: Claim;
}

/** Finds the claim whose quote starts with `quote`; fails loudly if extraction no longer finds it. */
export function claimByQuote(doc: BuiltDocument, quote: string): Claim {
  const c = doc.claims.find((x) => x.quote.startsWith(quote));
  if (!c) throw new Error(`no claim "${quote}" in ${doc.article.title}: ${doc.claims.map((x) => x.quote).join(' | ')}`);
  return c;
}

export function sample(): Sample {
  const bacGiang = buildDocument(bacGiangText, 'bac-giang.txt', '2024-03-08T08:00:00.000Z');
  const haGiang = buildDocument(haGiangText, 'ha-giang.txt', '2024-04-15T08:00:00.000Z');
  const grdp = claimByQuote(bacGiang, '42,13%');
  const wideStart = grdp.start;
  const wideEnd = bacGiang.article.text.indexOf('(GRDP)') + '(GRDP)'.length;
  const grdpWide = manualClaim(bacGiang.article, wideStart, wideEnd, { kind: 'percent', value: 42.13, unit: '%', subject: 'Bắc Giang', metric: 'GRDP' });
  bacGiang.claims = [...bacGiang.claims, grdpWide].sort((a, b) => a.start - b.start);
  return { bacGiang, haGiang, grdp, grdpWide };
}

// @tanstack/react-virtual sizes its window from the scroll element's clientHeight and each row
// from offsetHeight; happy-dom lays nothing out, so both are 0 and the lists would render no row.
// Give the desk's scroll containers and their rows the sizes a real window has.
const SCROLLERS = '.claim-scroll, .library-scroll';
const layoutStubs: Array<() => void> = [];

function stubGetter(proto: object, name: string, get: (this: HTMLElement, original: () => number) => number): void {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  const original = descriptor?.get;
  Object.defineProperty(proto, name, {
    configurable: true,
    get(this: HTMLElement) {
      return get.call(this, () => (original ? (original.call(this) as number) : 0));
    },
  });
  layoutStubs.push(() => {
    if (descriptor) Object.defineProperty(proto, name, descriptor);
    else delete (proto as Record<string, unknown>)[name];
  });
}

/** The window's width: the wide desk (library column) unless a test asks for a narrow one (1024). */
function setWindowWidth(width: number): void {
  (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height: 800 });
}

export function installLayout({ viewport = 600, row = 52, width = 1280 } = {}): void {
  const proto = window.HTMLElement.prototype;
  // happy-dom's window is 1024 px wide, which styles.css and the App call narrow (library drawer).
  const widthBefore = window.innerWidth;
  setWindowWidth(width);
  layoutStubs.push(() => setWindowWidth(widthBefore));
  // happy-dom moves scrollTop on scroll()/scrollTo() but, unlike a browser, never fires "scroll",
  // which is how the virtualizer learns which rows to show.
  const elementProto = window.Element.prototype;
  const scroll = Object.getOwnPropertyDescriptor(elementProto, 'scroll');
  if (scroll && typeof scroll.value === 'function') {
    const original = scroll.value as (this: Element, ...args: unknown[]) => void;
    Object.defineProperty(elementProto, 'scroll', {
      ...scroll,
      value(this: Element, ...args: unknown[]) {
        const before = this.scrollTop;
        original.apply(this, args);
        if (this.scrollTop !== before) setTimeout(() => this.dispatchEvent(new window.Event('scroll')));
      },
    });
    layoutStubs.push(() => Object.defineProperty(elementProto, 'scroll', scroll));
  }
  stubGetter(proto, 'clientHeight', function (original) {
    return this.matches(SCROLLERS) ? viewport : original();
  });
  stubGetter(proto, 'clientWidth', function (original) {
    return this.matches(SCROLLERS) ? 320 : original();
  });
  // What can be scrolled: the list inside is as tall as its inline height (the virtualizer's total).
  stubGetter(proto, 'scrollHeight', function (original) {
    if (!this.matches(SCROLLERS)) return original();
    const inner = this.firstElementChild as HTMLElement | null;
    return Math.max(viewport, Number.parseFloat(inner?.style.height ?? '') || 0);
  });
  stubGetter(proto, 'offsetHeight', function (original) {
    return this.matches('.claim-list > li, .library-list > li') ? row : original();
  });
}

function removeLayout(): void {
  while (layoutStubs.length > 0) layoutStubs.pop()?.();
}

export type Renderer = Awaited<ReturnType<typeof importRenderer>>;

async function importRenderer() {
  const [store, app, reader, claims, detail, library] = await Promise.all([
    import('../../../../renderer/src/store'),
    import('../../../../renderer/src/App'),
    import('../../../../renderer/src/features/reader/Reader'),
    import('../../../../renderer/src/features/claims/ClaimsPane'),
    import('../../../../renderer/src/features/claims/ClaimDetail'),
    import('../../../../renderer/src/features/library/Library'),
  ]);
  return {
    useDesk: store.useDesk,
    selectVisible: store.selectVisible,
    App: app.App,
    Reader: reader.Reader,
    ClaimsPane: claims.ClaimsPane,
    ClaimDetail: detail.ClaimDetail,
    Library: library.Library,
  };
}

/**
 * Serves the sample (or `docs`, or an already opened `store`) through the real handlers as
 * window.api and loads fresh renderer modules bound to it. Call once per test (the renderer's store
 * is a module singleton). A test injects failed saves into `store` (deskApi.ts: failNextCommits).
 */
export async function bootDesk(
  options: DeskOptions & { docs?: BuiltDocument[]; store?: WorkspaceStore; seedsDir?: string; width?: number; upgradeInBackground?: boolean } = {},
): Promise<{ served: DeskApi; store: WorkspaceStore; r: Renderer; data: Sample }> {
  const data = sample();
  const store = options.store ?? memoryStoreOf(options.docs ?? [data.bacGiang, data.haGiang], options);
  const served = await createDeskApi(store, { ...(options.seedsDir ? { seedsDir: options.seedsDir } : {}), ...(options.upgradeInBackground ? { upgradeInBackground: true } : {}) });
  opened.push(served);
  (window as unknown as { api: unknown }).api = served.api;
  vi.resetModules();
  installLayout(options.width !== undefined ? { width: options.width } : {});
  const r = await importRenderer();
  return { served, store, r, data };
}

/**
 * The whole desk rendered on the sample workspace with the first article opened by the keyboard
 * ("]"), as an editor starts: what the focus tests begin from. `row()` is the selected claim's row.
 */
export async function deskOnFirstArticle(options: Parameters<typeof bootDesk>[0] = {}) {
  const booted = await bootDesk(options);
  const user = userEvent.setup();
  render(createElement(booted.r.App));
  await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
  await user.keyboard(']');
  await screen.findByRole('heading', { level: 1, name: booted.data.bacGiang.article.title ?? '' });
  const row = () => document.querySelector<HTMLElement>(`.claim-item[data-list-claim="${booted.r.useDesk.getState().selectedClaimId}"]`);
  return { ...booted, user, row };
}

const opened: DeskApi[] = [];

/** Loads the workspace into the store and opens an article, as the desk does on a click. */
export async function openInStore(r: Renderer, articleId: string, claimId?: string): Promise<void> {
  await r.useDesk.getState().init();
  await r.useDesk.getState().openArticle(articleId, claimId);
}

afterEach(async () => {
  cleanup();
  while (opened.length > 0) await opened.pop()?.close();
  removeLayout();
  document.getSelection()?.removeAllRanges();
  delete (window as unknown as { api?: unknown }).api;
});

/**
 * Holds the desk's reads of claim rows (listClaims) until `release` is called: a test can act while the
 * rows are being read again (after an import, a paste, an opening).
 */
export function holdListClaims(served: DeskApi, when: (input: Parameters<DeskApi['api']['listClaims']>[0]) => boolean = () => true): { release: () => void } {
  const listClaims = served.api.listClaims.bind(served.api);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  served.api.listClaims = async (input) => {
    if (when(input)) await held;
    return listClaims(input);
  };
  return { release: () => release() };
}
