/**
 * Review-desk benchmark: generates a workspace of 10,000 articles / 100,000 claims, serves it with
 * the e2e bridge (tests/e2e/server.ts, CROSSCHECK_E2E_WORKSPACE) and loads the built renderer
 * (out/, `npm run build` first) in Debian Chromium. Prints, as median and max of several runs:
 *   - time to interactive: navigation start → library rendered (first frame after its rows are in
 *     the DOM and the renderer's 'crosscheck:interactive' mark is set);
 *   - opening an article with 300 claims: click → its 300 highlights and its claims list in the DOM;
 *   - a filter keystroke over 100,000 claims (scope "Mọi bài"): the key event's timestamp → the
 *     claim count updated in the DOM (and → the next frame).
 * All timings are taken in the page (performance.now, MutationObserver, requestAnimationFrame),
 * never across a Playwright round trip. The same measurements on the five seed articles are printed
 * as a baseline. Targets: < 1.5 s, < 100 ms, < 50 ms. Not part of the test suite.
 *
 * Imported workspaces (issue 9): workspaces built the way a newsroom builds them — by importing
 * 1,000 and 10,000 generated articles (tests/bench/generate.ts: the seeds' real sentences with
 * redrawn figures) through the service host, which extracts their claims and analyses them into
 * findings. On each: time to interactive (< 1.5 s), the findings panel on screen (< 300 ms from the
 * desk being interactive; findings come by page), and opening an article (< 100 ms).
 *   npm run build && npx tsx tests/bench/desk.bench.ts
 * Options (env): BENCH_SUITE (all | generated | imported), BENCH_IMPORTED (1000,10000),
 * BENCH_ARTICLES (10000), BENCH_CLAIMS (100000), BENCH_RUNS (5), BENCH_PORT (4631: first bridge port of the
 * imported suite), CHROMIUM_PATH, BENCH_KEEP (a folder: each imported workspace is kept there, in
 * `imported-<count>`, and used again by the next run instead of importing anew — a 10,000-article import
 * takes minutes), BENCH_TRACE=1 (every bridge call of the imported loads), BENCH_PROFILE=1 (a CPU profile of
 * the renderer over the at-once open), BENCH_CHROME_TRACE (a file: Chromium's timeline trace of the at-once open).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { Workspace, type Article, type Claim, type ClaimKind, type Modality, type Qualifier, type Review, type ReviewStatus } from '../../shared/schema';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import { defaultSettings } from '../../shared/settings';
import { foldForSearch } from '../../shared/text';
import { bridgeScript } from '../e2e/fixtures';
import { BRIDGE_TOKEN_HEADER, bridgeToken } from '../e2e/bridgeToken';
import type { ArticleSummary, DeskEvent, WorkspaceSummary } from '../../shared/ipc/contract';
import { ServiceHostClient } from '../../electron/host/client';
import { findingsUpToDate } from '../../electron/services/findings';
import { openReadOnly } from '../../electron/services/open';
import { ANALYSIS_VERSION } from '../../shared/analysis';
import { PROVINCES } from './analysisWorkspace';
import { rng, writeGeneratedArticles } from './generate';

const root = resolve(import.meta.dirname, '../..');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SUITE = process.env.BENCH_SUITE ?? 'all';
const IMPORTED = (process.env.BENCH_IMPORTED ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const BIG = 300;
/** Articles with 300 claims, at even library positions 0, 2, … so they are on the first screen. */
const BIG_ARTICLES = 10;

// ---------------------------------------------------------------------------------------------
// The workspace: Vietnamese-like provincial news, one figure per sentence, offsets exact.

const OUTLETS = ['TTXVN', 'Báo Bắc Giang', 'Báo Nhân Dân', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'Báo Chính phủ', 'VietnamPlus'];
const TOPICS = ['Chuyển đổi số', 'Kinh tế số', 'Chính quyền số', 'Xã hội số', 'Thu hút đầu tư', 'Xây dựng nông thôn mới', 'Cải cách hành chính'];
const SHARES = [
  'tỷ lệ hồ sơ trực tuyến toàn trình', 'tỷ trọng kinh tế số trong GRDP', 'tỷ lệ hộ gia đình có cáp quang', 'tỷ lệ thanh toán không dùng tiền mặt',
  'tỷ lệ người trưởng thành dùng điện thoại thông minh', 'tỷ lệ văn bản điện tử có ký số', 'tỷ lệ phủ sóng 4G', 'tỷ lệ hồ sơ giải quyết đúng hạn',
];
const COUNTS: Array<[string, string]> = [
  ['doanh nghiệp', 'doanh nghiệp công nghệ số'], ['tổ', 'tổ công nghệ số cộng đồng'], ['trạm', 'trạm phát sóng di động'],
  ['điểm', 'điểm phục vụ dịch vụ công'], ['hợp tác xã', 'hợp tác xã bán hàng trực tuyến'], ['sản phẩm', 'sản phẩm OCOP lên sàn'],
];
const MONEY = ['vốn đầu tư trực tiếp nước ngoài', 'kim ngạch xuất khẩu', 'thu ngân sách từ kinh tế số', 'vốn cho hạ tầng số', 'doanh thu thương mại điện tử'];
const FILLERS = [
  'Đây là kết quả của sự vào cuộc quyết liệt của cả hệ thống chính trị.',
  'Lãnh đạo tỉnh yêu cầu các sở, ngành tiếp tục rà soát, tháo gỡ khó khăn cho người dân và doanh nghiệp.',
  'Theo Sở Thông tin và Truyền thông, việc triển khai còn gặp khó khăn ở vùng sâu, vùng xa.',
  'Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến ngay tại nhà văn hóa thôn.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng trong toàn tỉnh.',
];

const rand = rng(20240308);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
/** 1891 → "1.891", 42.13 → "42,13": how Vietnamese news prints numbers. */
const vn = (v: number): string => {
  const [whole, frac] = String(v).split('.');
  return (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? ',' + frac : '');
};

interface Figure {
  /** The sentence, with the figure marked as {{…}}. */
  sentence: string;
  kind: ClaimKind;
  value: number;
  total: number | null;
  unit: string | null;
  qualifier: Qualifier;
  metric: string;
  period: string;
  modality: Modality;
}

function figure(province: string): Figure {
  const year = int(2019, 2024);
  const qualifier = pick<Qualifier>(['exact', 'exact', 'exact', 'approx', 'more_than', 'at_least']);
  const q = { exact: '', approx: 'khoảng ', more_than: 'hơn ', at_least: 'ít nhất ', less_than: 'dưới ', at_most: 'tối đa ' }[qualifier];
  switch (int(0, 5)) {
    case 0: {
      const metric = pick(SHARES);
      const value = int(1000, 9999) / 100;
      return { sentence: `Năm ${year}, ${metric} của tỉnh ${province} đạt {{${q}${vn(value)}%}}, cao hơn mức bình quân cả nước.`, kind: 'percent', value, total: null, unit: '%', qualifier, metric, period: `năm ${year}`, modality: 'fact' };
    }
    case 1: {
      const [unit, metric] = pick(COUNTS);
      const value = int(12, 4800);
      return { sentence: `Đến hết năm ${year}, toàn tỉnh ${province} có {{${q}${vn(value)} ${unit}}} thuộc nhóm ${metric}.`, kind: 'count', value, total: null, unit, qualifier, metric, period: `năm ${year}`, modality: 'fact' };
    }
    case 2: {
      const metric = pick(MONEY);
      const value = int(50, 9500);
      return { sentence: `Tỉnh ${province} đặt mục tiêu đến năm ${year + 3} thu hút {{${q}${vn(value)} tỷ đồng}} ${metric}.`, kind: 'money', value: value * 1e9, total: null, unit: 'đồng', qualifier, metric, period: `năm ${year + 3}`, modality: 'target' };
    }
    case 3: {
      const total = int(80, 250);
      const value = int(Math.floor(total / 2), total);
      return { sentence: `Trong năm ${year}, có {{${value}/${total} xã}} của ${province} hoàn thành tiêu chí xã nông thôn mới kiểu mẫu.`, kind: 'ratio', value, total, unit: 'xã', qualifier: 'exact', metric: 'xã nông thôn mới kiểu mẫu', period: `năm ${year}`, modality: 'fact' };
    }
    case 4: {
      const value = int(1, 63);
      return { sentence: `${province} xếp {{thứ ${value}/63}} tỉnh, thành phố về chỉ số chuyển đổi số năm ${year}.`, kind: 'rank', value, total: 63, unit: null, qualifier: 'exact', metric: 'chỉ số chuyển đổi số', period: `năm ${year}`, modality: 'fact' };
    }
    default: {
      const metric = 'thu nhập bình quân đầu người';
      const value = int(35, 140);
      return { sentence: `Dự kiến năm ${year + 1}, ${metric} của ${province} đạt {{${q}${value} triệu đồng}}.`, kind: 'money', value: value * 1e6, total: null, unit: 'đồng', qualifier, metric, period: `năm ${year + 1}`, modality: 'forecast' };
    }
  }
}

function article(index: number, claimCount: number): { article: Article; claims: Claim[] } {
  const province = pick(PROVINCES);
  const id = `a_${index.toString(16).padStart(6, '0')}`;
  const title = `${pick(TOPICS)} ở ${province}: ${claimCount >= BIG ? 'báo cáo tổng hợp số liệu' : 'những kết quả bước đầu'} (${index + 1})`;
  let text = `${title}\n\n`;
  const claims: Claim[] = [];
  let inParagraph = 0;
  for (let k = 0; k < claimCount; k++) {
    const f = figure(province);
    if (rand() < 0.4) text += pick(FILLERS) + ' ';
    const sentenceStart = text.length;
    const open = f.sentence.indexOf('{{');
    const close = f.sentence.indexOf('}}');
    const quote = f.sentence.slice(open + 2, close);
    const start = sentenceStart + open;
    text += f.sentence.slice(0, open) + quote + f.sentence.slice(close + 2);
    const sentenceEnd = text.length;
    claims.push({
      id: `c_${index.toString(16)}_${k}`,
      articleId: id,
      start,
      end: start + quote.length,
      quote,
      prefix: '',
      suffix: '',
      sentenceStart,
      sentenceEnd,
      kind: f.kind,
      value: f.value,
      total: f.total,
      upper: null,
      unit: f.unit,
      qualifier: f.qualifier,
      subject: province,
      metric: f.metric,
      period: f.period,
      modality: f.modality,
      years: null,
      checkworthiness: Math.round((0.3 + rand() * 0.7) * 100) / 100,
      origin: 'extracted',
    });
    text += ++inParagraph >= int(2, 4) ? '\n' : ' ';
    if (text.endsWith('\n')) inParagraph = 0;
  }
  text = text.trimEnd() + '\n' + pick(FILLERS);
  for (const c of claims) {
    c.prefix = text.slice(Math.max(0, c.start - 32), c.start);
    c.suffix = text.slice(c.end, c.end + 32);
  }
  const published = `${int(2022, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return {
    article: { id, source: `bench/${id}.txt`, title, outlet: pick(OUTLETS), author: null, publishedAt: published, text, importedAt: '2024-06-01T00:00:00.000Z' },
    claims,
  };
}

function generateWorkspace(): { workspace: Workspace; bigIndexes: number[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const bigIndexes = Array.from({ length: BIG_ARTICLES }, (_, i) => i * 2);
  const small = ARTICLES - BIG_ARTICLES;
  const rest = CLAIMS - BIG_ARTICLES * BIG;
  const base = Math.floor(rest / small);
  let extra = rest - base * small;
  for (let i = 0; i < ARTICLES; i++) {
    const n = bigIndexes.includes(i) ? BIG : base + (extra-- > 0 ? 1 : 0);
    const built = article(i, n);
    articles.push(built.article);
    for (const c of built.claims) claims.push(c);
  }
  // About one claim in six already reviewed, so statuses, progress bars and flags are realistic.
  const reviews: Record<string, Review> = {};
  const statuses: ReviewStatus[] = ['verified', 'verified', 'verified', 'corrected', 'flagged', 'rejected'];
  for (const c of claims) {
    if (rand() > 0.16) continue;
    const status = pick(statuses);
    reviews[c.id] = {
      claimId: c.id,
      status,
      correctedValue: status === 'corrected' ? c.value : null,
      correctedText: null,
      note: status === 'flagged' ? 'Cần đối chiếu với Niên giám Thống kê' : null,
      evidence: [],
      reviewer: 'Biên tập viên',
      updatedAt: '2024-06-02T08:00:00.000Z',
      verdict: status === 'verified' ? 'true' : null,
      flagReason: status === 'flagged' ? 'needs_source' : null,
    };
  }
  const workspace: Workspace = {
    schemaVersion: 1,
    articles,
    claims,
    reviews,
    findings: [],
    auditLog: [],
    settings: { ...defaultSettings(), reviewerName: 'Biên tập viên' },
    // Stamped as made by the current engine, or opening it would re-extract all 10,000 articles.
    extractorVersion: EXTRACTOR_VERSION,
  };
  return { workspace, bigIndexes };
}

// ---------------------------------------------------------------------------------------------
// Serving and measuring.

function startBridge(port: number, workspaceFile: string | null): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, CROSSCHECK_E2E_PORT: String(port) };
  if (workspaceFile) env.CROSSCHECK_E2E_WORKSPACE = workspaceFile;
  else delete env.CROSSCHECK_E2E_WORKSPACE;
  const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'tests/e2e/server.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    // A 10,000-article workspace on a loaded 2-core machine took over a minute to open behind tsx's start.
    const deadline = Date.now() + 300_000;
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/__test/health`);
        if (res.ok) return resolveStart(child);
      } catch {
        // not up yet
      }
      if (child.exitCode !== null || Date.now() > deadline) {
        // Not left running: it would hold the workspace's writer lock for the next run.
        child.kill();
        return reject(new Error(`bridge on ${port} did not start`));
      }
      setTimeout(() => void poll(), 100);
    };
    void poll();
  });
}

/**
 * Installed before the renderer: notes when the library's first rows reach the DOM and paint.
 * (`__name`: tsx keeps function names by wrapping them in a helper that page.evaluate lacks.)
 */
const probeScript = `window.__name = (f) => f; (() => {
  const b = (window.__bench = { libraryDomAt: null, libraryFrameAt: null, findingsDomAt: null, findingsFrameAt: null });
  const seen = () => {
    if (b.findingsDomAt === null && document.querySelector('.finding-item')) {
      b.findingsDomAt = performance.now();
      requestAnimationFrame(() => { b.findingsFrameAt = performance.now(); });
    }
    if (b.libraryDomAt !== null || !document.querySelector('.library-item')) return;
    b.libraryDomAt = performance.now();
    requestAnimationFrame(() => { b.libraryFrameAt = performance.now(); });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

interface Timing {
  dom: number;
  frame: number;
}

/** A laptop-sized page on the desk, with the bridge and the bench's timing probe installed. */
async function openDesk(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  await page.addInitScript({ content: bridgeScript });
  await page.addInitScript({ content: probeScript });
  await page.goto(url);
  return page;
}

async function timeToInteractive(browser: Browser, url: string): Promise<Timing & { mark: number }> {
  const page = await openDesk(browser, url);
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { libraryFrameAt: number | null } }).__bench;
      return b.libraryFrameAt !== null && performance.getEntriesByName('crosscheck:interactive').length > 0;
    },
    null,
    { timeout: 60_000, polling: 50 },
  );
  const t = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { libraryDomAt: number; libraryFrameAt: number } }).__bench;
    const mark = (performance.getEntriesByName('crosscheck:interactive')[0] as PerformanceEntry).startTime;
    // Usable = the data is loaded (mark) and the library is on screen; whichever comes last.
    return { mark, dom: Math.max(mark, b.libraryDomAt), frame: Math.max(mark, b.libraryFrameAt) };
  });
  await page.close();
  return t;
}

/**
 * Clicks library row `index` in the page and resolves when the article's title, `claims`
 * highlights and its claims count are in the DOM (and at the next frame).
 */
async function openArticle(page: Page, index: number, claims: number, title: string): Promise<Timing & { storeMark: number }> {
  return page.evaluate(
    ({ index, claims, title }) =>
      new Promise<{ dom: number; frame: number; storeMark: number }>((done, fail) => {
        const button = document.querySelector<HTMLButtonElement>(`.library-item[data-index="${index}"]`);
        if (!button) return fail(new Error(`library row ${index} is not rendered`));
        performance.clearMarks('crosscheck:article-opened');
        // Every claim highlighted (overlapping claims share marks: count the ids, not the marks).
        const highlighted = () => {
          const ids = new Set<string>();
          for (const m of document.querySelectorAll<HTMLElement>('.reader-text mark.hl')) for (const id of (m.dataset.claims ?? '').split(' ')) ids.add(id);
          return ids.size;
        };
        const ready = () =>
          document.querySelector('.reader-head h1')?.textContent === title &&
          document.querySelector('[data-testid="claim-count"]')?.textContent?.startsWith(`${claims} `) === true &&
          document.querySelector('.claim-list .claim-item') !== null &&
          highlighted() === claims;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          const dom = performance.now() - t0;
          const mark = performance.getEntriesByName('crosscheck:article-opened')[0];
          requestAnimationFrame(() => done({ dom, frame: performance.now() - t0, storeMark: mark ? mark.startTime - t0 : Number.NaN }));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button.click();
        setTimeout(() => fail(new Error('article did not open in 10 s')), 10_000);
      }),
    { index, claims, title },
  );
}

/** Arms a watcher for the claim count to read `expected`, timed from the next keydown's timestamp. */
async function armFilterWatch(page: Page, expected: number): Promise<void> {
  await page.evaluate((expected) => {
    const w = window as unknown as { __filter: Promise<{ dom: number; frame: number }> };
    w.__filter = new Promise((done, fail) => {
      let keyAt: number | null = null;
      const onKey = (e: KeyboardEvent) => {
        keyAt = e.timeStamp;
      };
      window.addEventListener('keydown', onKey, { capture: true, once: true });
      const count = document.querySelector('[data-testid="claim-count"]') as HTMLElement;
      const observer = new MutationObserver(() => {
        if (keyAt === null || count.textContent !== `${expected} nhận định`) return;
        observer.disconnect();
        const dom = performance.now() - keyAt;
        const from = keyAt;
        requestAnimationFrame(() => done({ dom, frame: performance.now() - from }));
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
      setTimeout(() => fail(new Error(`claim count never read ${expected}`)), 15_000);
    });
  }, expected);
}

const awaitFilterWatch = (page: Page) => page.evaluate(() => (window as unknown as { __filter: Promise<{ dom: number; frame: number }> }).__filter);

/** How many rows the desk's filter keeps for `text` (the same rule as renderer filterRows). */
function expectedCount(claims: readonly Claim[], text: string): number {
  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  let n = 0;
  for (const c of claims) {
    const hay = foldForSearch(`${c.quote} ${c.subject ?? ''} ${c.metric ?? ''}`);
    if (words.every((w) => hay.includes(w))) n++;
  }
  return n;
}

interface Results {
  tti: Array<Timing & { mark: number }>;
  open: Array<Timing & { storeMark: number }>;
  filterCold: Timing | null;
  filter: Timing[];
  clear: Timing[];
  openClaims: number;
  totalClaims: number;
}

async function measure(browser: Browser, url: string, ws: Workspace, bigIndexes: number[]): Promise<Results> {
  const tti: Results['tti'] = [];
  for (let i = 0; i < RUNS; i++) tti.push(await timeToInteractive(browser, url));

  const page = await openDesk(browser, url);
  await page.locator('.library-item').first().waitFor({ timeout: 60_000 });
  const countOf = (id: string) => ws.claims.reduce((n, c) => n + (c.articleId === id ? 1 : 0), 0);
  // Big articles alternate with a small one, so each open replaces a different article.
  const open: Results['open'] = [];
  const smallIndex = ws.articles.findIndex((_, i) => !bigIndexes.includes(i));
  const small = ws.articles[smallIndex] as Article;
  for (let i = 0; i < RUNS + 1; i++) {
    const bigIndex = bigIndexes[i % bigIndexes.length] as number;
    const big = ws.articles[bigIndex] as Article;
    await openArticle(page, smallIndex, countOf(small.id), small.title ?? '');
    const t = await openArticle(page, bigIndex, countOf(big.id), big.title ?? '');
    if (i > 0) open.push(t); // the first open warms the code paths up
  }
  const openClaims = countOf((ws.articles[bigIndexes[0] as number] as Article).id);

  await page.getByRole('button', { name: 'Mọi bài', exact: true }).click();
  const total = ws.claims.length;
  await page.locator('[data-testid="claim-count"]', { hasText: `${total} nhận định` }).waitFor();
  const input = page.locator('#claim-filter-text');
  await input.focus();
  // One character typed into the empty filter, over every claim; then Backspace back to all.
  const keys = ['t', 'h', 'g', 'n', 'd', 'q', 'x', 'b', 'k', 'c', 'l', 'm'].filter((k) => {
    const n = expectedCount(ws.claims, k);
    return n > 0 && n < total;
  });
  const filter: Timing[] = [];
  const clear: Timing[] = [];
  let filterCold: Timing | null = null;
  for (let i = 0; i < Math.min(keys.length, RUNS + 3); i++) {
    const key = keys[i] as string;
    await armFilterWatch(page, expectedCount(ws.claims, key));
    await page.keyboard.press(key);
    const typed = await awaitFilterWatch(page);
    // The first keystroke would fold every claim's text (cached per row) unless idle time did it.
    if (i === 0) filterCold = typed;
    else filter.push(typed);
    await armFilterWatch(page, total);
    await page.keyboard.press('Backspace');
    clear.push(await awaitFilterWatch(page));
  }
  await page.close();
  return { tti, open, filterCold, filter, clear, openClaims, totalClaims: total };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`.padStart(10);
const stat = (xs: number[]) => (xs.length ? `median ${ms(median(xs))}   max ${ms(Math.max(...xs))}` : 'n/a');
const runs = (xs: number[]) => `      runs: ${xs.map((x) => x.toFixed(0)).join(', ')} ms`;
const verdict = (xs: number[], target: number) => (xs.length === 0 ? '' : median(xs) < target ? '  ✓ median under target' : '  ✗ MISSES target');

function report(label: string, r: Results): void {
  console.log(`\n${label}`);
  console.log(`  time to interactive (nav start → library on screen)  ${stat(r.tti.map((t) => t.frame))}${verdict(r.tti.map((t) => t.frame), 1500)}   target < 1.5 s`);
  console.log(`      'crosscheck:interactive' mark (data loaded)       ${stat(r.tti.map((t) => t.mark))}`);
  console.log(runs(r.tti.map((t) => t.frame)));
  console.log(`  open article with ${r.openClaims} claims (click → DOM)        ${stat(r.open.map((t) => t.dom))}${verdict(r.open.map((t) => t.dom), 100)}   target < 100 ms`);
  console.log(`      click → next frame                                ${stat(r.open.map((t) => t.frame))}`);
  console.log(`      click → 'crosscheck:article-opened' mark (store)  ${stat(r.open.map((t) => t.storeMark))}`);
  console.log(`  filter keystroke over ${r.totalClaims} claims (key → count in DOM)  ${stat(r.filter.map((t) => t.dom))}${verdict(r.filter.map((t) => t.dom), 50)}   target < 50 ms`);
  console.log(`      key → next frame                                  ${stat(r.filter.map((t) => t.frame))}`);
  if (r.filterCold) console.log(`      first keystroke in the page (rows folded when idle) ${ms(r.filterCold.dom)} (frame ${ms(r.filterCold.frame).trim()})`);
  console.log(`      Backspace back to all ${r.totalClaims} (key → count in DOM)   ${stat(r.clear.map((t) => t.dom))}`);
}

// ---------------------------------------------------------------------------------------------
// Imported workspaces.

/** Imports `count` generated articles into a new workspace through the service host (as the app does). */
async function buildImported(count: number, dir: string): Promise<{ file: string; summary: WorkspaceSummary; importSeconds: number }> {
  const folder = writeGeneratedArticles(join(dir, 'articles'), count);
  const file = join(dir, 'workspace.json');
  const events: DeskEvent[] = [];
  const host = new ServiceHostClient({
    host: { workspacePath: file, seedsDir: null, defaultReviewer: 'Biên tập viên' },
    onEvent: (e) => events.push(e),
    deps: { openExternal: () => undefined, chooseImportPaths: async () => [folder], chooseSavePath: async () => null },
  });
  await host.start();
  try {
    const t0 = Date.now();
    const started = await host.call('startImport', { mode: 'folder' });
    if (!started.ok) throw new Error(started.error.message);
    const jobId = (started.value as { jobId: string }).jobId;
    let told = Date.now();
    for (;;) {
      const end = events.find((e) => e.type === 'job' && e.job.id === jobId && e.job.state !== 'running');
      if (end && end.type === 'job') {
        if (end.job.state !== 'finished') throw new Error(`import ${end.job.state}: ${end.job.error}`);
        break;
      }
      if (Date.now() - told >= 15_000) {
        // A 10,000-article import takes minutes: say where it is (to stderr, apart from the figures).
        told = Date.now();
        const last = events.findLast((e) => e.type === 'job' && e.job.id === jobId);
        const job = last?.type === 'job' ? last.job : null;
        process.stderr.write(`  importing: ${((told - t0) / 1000).toFixed(0)} s, ${job ? `${job.done}/${job.total}` : 'no progress yet'}\n`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const importSeconds = (Date.now() - t0) / 1000;
    const summary = await host.call('getSummary', {});
    if (!summary.ok) throw new Error(summary.error.message);
    return { file, summary: summary.value as WorkspaceSummary, importSeconds };
  } finally {
    await host.stop();
  }
}

/**
 * A kept workspace made by an older engine opens at once and is re-extracted in the background (a job the
 * desk follows): the loads are measured after it, not beside it. Prints how long it took.
 */
async function upgraded(port: number): Promise<void> {
  const t0 = Date.now();
  let said = false;
  while ((await post<{ upgrading: string | null }>(port, 'getWorkspaceInfo', {})).upgrading !== null) {
    if (!said) console.log('  (made by an older engine: waiting for its re-extraction in the background before measuring)');
    said = true;
    await new Promise((r) => setTimeout(r, 2000));
  }
  if (said) console.log(`  re-extracted by this engine in ${((Date.now() - t0) / 1000).toFixed(0)} s after the bridge answered`);
}

/**
 * A kept workspace whose findings another analysis engine made (or that claims changed since) is
 * analysed again by the bridge in the background as it opens: minutes at 10,000 articles, during which
 * the desk would be measured sharing two cores with that analysis. Waits until the stored findings are
 * this engine's and answer every claim change (read-only opens of the workspace, which its writer
 * allows), and says so.
 */
async function analysed(file: string): Promise<void> {
  const t0 = Date.now();
  let said = false;
  for (;;) {
    // (A failed analysis, or a bridge gone, would never store them: not waited for past an hour.)
    if (Date.now() - t0 > 3_600_000) throw new Error(`the bridge's background analysis of ${file} did not store this engine's findings within an hour`);
    const reader = await openReadOnly(file);
    const meta = await reader.store.meta().finally(() => reader.close());
    if (meta.analysisVersion === ANALYSIS_VERSION && findingsUpToDate(meta)) break;
    if (!said) console.log(`  (findings of analysis engine ${meta.analysisVersion ?? '?'}: waiting for this engine's (${ANALYSIS_VERSION}) analysis in the background before measuring)`);
    said = true;
    await new Promise((r) => setTimeout(r, 5000));
  }
  if (said) console.log(`  analysed by this engine in ${((Date.now() - t0) / 1000).toFixed(0)} s after the re-extraction`);
}

async function post<T>(port: number, method: string, input: unknown): Promise<T> {
  const res = (await (await fetch(`http://127.0.0.1:${port}/api/${method}`, { method: 'POST', headers: { [BRIDGE_TOKEN_HEADER]: bridgeToken() }, body: JSON.stringify(input) })).json()) as {
    ok: boolean;
    value: T;
  };
  if (!res.ok) throw new Error(`${method} failed`);
  return res.value;
}

interface ImportedResults {
  tti: Array<Timing & { mark: number }>;
  /** From the 'crosscheck:interactive' mark, and from navigation start, to the first findings painted. */
  findings: Array<{ fromInteractive: number; fromNav: number }>;
  open: Array<Timing & { storeMark: number; claims: number }>;
  /**
   * The first library row opened as soon as the first load of a freshly started service is
   * interactive: while the rest of the library, the claims in open findings and the claim rows are
   * still being read in the background (what an editor who clicks at once meets).
   */
  openAtStart: Timing & { claims: number; storeMark: number };
  /** Navigation start → every claim row loaded in the background ('crosscheck:rows-loaded'). */
  rowsLoaded: number[];
}

async function measureImported(browser: Browser, port: number): Promise<ImportedResults> {
  const url = `http://127.0.0.1:${port}/`;
  const tti: ImportedResults['tti'] = [];
  const findings: ImportedResults['findings'] = [];
  const rowsLoaded: number[] = [];
  let openAtStart: ImportedResults['openAtStart'] | null = null;
  for (let i = 0; i < RUNS; i++) {
    const page = await openDesk(browser, url);
    await page.waitForFunction(
      () => {
        const b = (window as unknown as { __bench: { libraryFrameAt: number | null; findingsFrameAt: number | null } }).__bench;
        return b.libraryFrameAt !== null && b.findingsFrameAt !== null && performance.getEntriesByName('crosscheck:interactive').length > 0;
      },
      null,
      { timeout: 120_000, polling: 50 },
    );
    const t = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { libraryDomAt: number; libraryFrameAt: number; findingsFrameAt: number } }).__bench;
      const mark = (performance.getEntriesByName('crosscheck:interactive')[0] as PerformanceEntry).startTime;
      return { mark, dom: Math.max(mark, b.libraryDomAt), frame: Math.max(mark, b.libraryFrameAt), findingsAt: b.findingsFrameAt };
    });
    tti.push({ mark: t.mark, dom: t.dom, frame: t.frame });
    // (Painted before the desk was interactive: on screen with it, 0 ms after.)
    findings.push({ fromInteractive: Math.max(0, t.findingsAt - t.mark), fromNav: t.findingsAt });
    if (i === 0) {
      // (Its title and claim count as the row shows them: no call of the bench's own meanwhile.)
      const row = await page.evaluate(() => ({
        title: document.querySelector('.library-item[data-index="0"] .library-title')?.textContent ?? '',
        claims: Number(/\/(\d+)/.exec(document.querySelector('.library-item[data-index="0"] .library-progress')?.textContent ?? '')?.[1] ?? Number.NaN),
      }));
      if (process.env.BENCH_CHROME_TRACE) await browser.startTracing(page, { path: process.env.BENCH_CHROME_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
      const profiler = PROFILE ? await startProfile(page) : null;
      openAtStart = { ...(await openArticle(page, 0, row.claims, row.title)), claims: row.claims };
      if (process.env.BENCH_CHROME_TRACE) await browser.stopTracing();
      if (profiler) console.log(`  profile of the renderer, at-once open (self time, top ${PROFILE_TOP}):\n${await stopProfile(profiler)}`);
    }
    // Every claim row follows in the background (the 'Mọi bài' scope and its counts need them).
    await page.waitForFunction(() => performance.getEntriesByName('crosscheck:rows-loaded').length > 0, null, { timeout: 120_000, polling: 50 });
    rowsLoaded.push(await page.evaluate(() => (performance.getEntriesByName('crosscheck:rows-loaded')[0] as PerformanceEntry).startTime));
    if (TRACE) console.log(`  trace, load ${i + 1}: interactive mark ${ms(t.mark)}, library frame ${ms(t.frame)}, findings frame ${ms(t.findingsAt)}\n${await bridgeCalls(page)}`);
    await page.close();
  }

  // Articles on the first screen of the library, in its order: open each in turn (the first warms up).
  const articles = await post<ArticleSummary[]>(port, 'listArticles', {});
  const page = await openDesk(browser, url);
  await page.locator('.library-item').first().waitFor({ timeout: 120_000 });
  const open: ImportedResults['open'] = [];
  const onScreen = articles.slice(0, 8).map((a, index) => ({ a, index })).filter(({ a }) => a.claimCount > 0);
  const biggest = [...onScreen].sort((x, y) => y.a.claimCount - x.a.claimCount)[0];
  for (let i = 0; i < RUNS + 1; i++) {
    const { a, index } = onScreen[i % onScreen.length] as { a: ArticleSummary; index: number };
    const t = await openArticle(page, index, a.claimCount, a.title ?? '');
    if (i > 0) open.push({ ...t, claims: a.claimCount });
    if (biggest && i > 0) {
      const b = await openArticle(page, biggest.index, biggest.a.claimCount, biggest.a.title ?? '');
      open.push({ ...b, claims: biggest.a.claimCount });
    }
  }
  if (TRACE) console.log(`  trace, article opens:\n${await bridgeCalls(page)}`);
  await page.close();
  if (!openAtStart) throw new Error('no load ran (BENCH_RUNS)');
  return { tti, findings, open, openAtStart, rowsLoaded };
}

/**
 * BENCH_PROFILE=1: a CPU profile of the renderer (Chrome DevTools Protocol) over the at-once open,
 * printed as the functions with the most self time (build with `minify: false` for readable names).
 */
const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_TOP = 25;

async function startProfile(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  return session;
}

async function stopProfile(session: CDPSession): Promise<string> {
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  // Self time of a node: its samples × the mean interval between samples.
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const span = (profile.endTime - profile.startTime) / 1000;
  const per = span / Math.max(1, profile.samples?.length ?? 1);
  // Per function: its self time, and its heaviest node (whose callers are printed, three frames up).
  const byFunction = new Map<string, number>();
  const heaviest = new Map<string, { id: number; n: number }>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const n = counts.get(node.id) ?? 0;
    byFunction.set(key, (byFunction.get(key) ?? 0) + n * per);
    if (n > (heaviest.get(key)?.n ?? 0)) heaviest.set(key, { id: node.id, n });
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (id: number | undefined) => {
    const f = id === undefined ? undefined : byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}` : '';
  };
  const callers = (key: string) => {
    let id = heaviest.get(key)?.id;
    const chain: string[] = [];
    for (let i = 0; i < 3 && id !== undefined; i++) {
      id = parent.get(id);
      if (id !== undefined) chain.push(name(id));
    }
    return chain.filter(Boolean).join(' ← ');
  };
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, PROFILE_TOP)
    .map(([key, t]) => `      ${t.toFixed(1).padStart(7)} ms  ${key}  ← ${callers(key)}`)
    .join('\n') + `\n      (profile span ${span.toFixed(0)} ms)`;
}

/** BENCH_TRACE=1: print every bridge call of a page (start → end, ms from navigation start, size). */
const TRACE = process.env.BENCH_TRACE === '1';

async function bridgeCalls(page: Page): Promise<string> {
  const calls = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.includes('/api/'))
      .map((e) => ({ name: e.name.replace(/^.*\/api\//, ''), start: e.startTime, sent: e.requestStart, first: e.responseStart, end: e.responseEnd, bytes: e.encodedBodySize })),
  );
  return calls
    .map((c) => `      ${c.name.padEnd(22)} ${c.start.toFixed(0).padStart(6)} → ${c.end.toFixed(0).padStart(6)} ms (first byte ${c.first.toFixed(0)}; ${(c.bytes / 1e3).toFixed(0)} kB)`)
    .join('\n');
}

function reportImported(label: string, r: ImportedResults): void {
  console.log(`
${label}`);
  console.log(`  time to interactive (nav start → library on screen)  ${stat(r.tti.map((t) => t.frame))}${verdict(r.tti.map((t) => t.frame), 1500)}   target < 1.5 s`);
  console.log(runs(r.tti.map((t) => t.frame)));
  console.log(`  findings panel on screen (interactive → first page painted) ${stat(r.findings.map((f) => f.fromInteractive))}${verdict(r.findings.map((f) => f.fromInteractive), 300)}   target < 300 ms`);
  console.log(runs(r.findings.map((f) => f.fromInteractive)));
  console.log(`      nav start → findings painted                     ${stat(r.findings.map((f) => f.fromNav))}`);
  console.log(`      nav start → every claim row loaded (background)  ${stat(r.rowsLoaded)}`);
  const sizes = [...new Set(r.open.map((o) => o.claims))].sort((a, b) => a - b).join(', ');
  console.log(`  open article (${sizes} claims; click → DOM)            ${stat(r.open.map((t) => t.dom))}${verdict(r.open.map((t) => t.dom), 100)}   target < 100 ms`);
  console.log(runs(r.open.map((t) => t.dom)));
  console.log(`      click → next frame                                ${stat(r.open.map((t) => t.frame))}`);
  console.log(`  open article at once after the first start (${r.openAtStart.claims} claims; background reads under way): click → DOM ${ms(r.openAtStart.dom)}, → next frame ${ms(r.openAtStart.frame)} (→ store updated ${ms(r.openAtStart.storeMark)})`);
}

async function importedSuite(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    for (const [k, count] of IMPORTED.entries()) {
      const keep = process.env.BENCH_KEEP ? join(process.env.BENCH_KEEP, `imported-${count}`) : null;
      const dir = keep ?? mkdtempSync(join(tmpdir(), 'crosscheck-bench-imported-'));
      let child: ChildProcess | null = null;
      try {
        const reused = keep !== null && existsSync(join(keep, 'done'));
        // (A kept folder whose import never finished is imported anew, not into.)
        if (keep !== null && !reused) rmSync(keep, { recursive: true, force: true });
        const built = reused ? keptImport(dir) : await buildImported(count, dir);
        if (keep !== null && !reused) writeFileSync(join(keep, 'done'), JSON.stringify(built));
        const f = built.summary.findings;
        console.log(
          `
${reused ? `kept from an earlier run (${dir}): ` : ''}imported ${built.summary.articleCount} generated articles → ${built.summary.claimCount} claims, ` +
            `${f.open} open / ${f.resolved + f.dismissed} decided findings, in ${built.importSeconds.toFixed(0)} s (import + extraction + analysis, in the worker)`,
        );
        const port = Number(process.env.BENCH_PORT ?? 4631) + k;
        child = await startBridge(port, built.file);
        await upgraded(port);
        await analysed(built.file);
        reportImported(`imported: ${built.summary.articleCount} articles / ${built.summary.claimCount} claims / ${f.open} open findings`, await measureImported(browser, port));
      } finally {
        child?.kill();
        if (keep === null) rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}

/** An imported workspace kept by BENCH_KEEP: what its import reported (its `done` file). */
function keptImport(dir: string): { file: string; summary: WorkspaceSummary; importSeconds: number } {
  return JSON.parse(readFileSync(join(dir, 'done'), 'utf8')) as { file: string; summary: WorkspaceSummary; importSeconds: number };
}

async function main(): Promise<void> {
  const index = join(root, 'out/renderer/index.html');
  if (!existsSync(index)) throw new Error('out/renderer is missing: run `npm run build` first.');
  if (SUITE === 'imported') return importedSuite();
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const file = join(dir, 'workspace.json');
  const { workspace, bigIndexes } = generateWorkspace();
  Workspace.parse(workspace); // the bridge moves an unreadable file aside: fail here instead
  writeFileSync(file, JSON.stringify(workspace));
  console.log(
    `generated ${workspace.articles.length} articles / ${workspace.claims.length} claims / ${Object.keys(workspace.reviews).length} reviews ` +
      `(${(statSync(file).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${RUNS} runs each`,
  );

  const children: ChildProcess[] = [];
  let browser: Browser | null = null;
  try {
    const [large, seeds] = await Promise.all([startBridge(4621, file), startBridge(4622, null)]);
    children.push(large, seeds);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    // The baseline workspace is whatever the bridge starts on (the five seeds): read it back.
    const seedsWs = Workspace.parse(
      await (async () => {
        const info = (await (await fetch('http://127.0.0.1:4622/api/getWorkspaceInfo', { method: 'POST', headers: { [BRIDGE_TOKEN_HEADER]: bridgeToken() }, body: '{}' })).json()) as { value: { path: string } };
        const { readFile } = await import('node:fs/promises');
        return JSON.parse(await readFile(info.value.path, 'utf8')) as unknown;
      })(),
    );
    const seedCounts = seedsWs.articles.map((a) => seedsWs.claims.filter((c) => c.articleId === a.id).length);
    const seedBig = seedCounts.indexOf(Math.max(...seedCounts));
    const baseline = await measure(browser, 'http://127.0.0.1:4622/', seedsWs, [seedBig, seedBig]);
    const result = await measure(browser, 'http://127.0.0.1:4621/', workspace, bigIndexes);
    report(`baseline: the 5 seed articles (${seedsWs.claims.length} claims)`, baseline);
    report(`generated: ${workspace.articles.length} articles / ${workspace.claims.length} claims`, result);
    console.log(`\ntotal bench time ${((Date.now() - started) / 1000).toFixed(0)} s (Chromium ${browser.version()}, ${process.platform}, bridge over 127.0.0.1)`);
  } finally {
    await browser?.close();
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  if (SUITE === 'all') await importedSuite();
}

await main();
