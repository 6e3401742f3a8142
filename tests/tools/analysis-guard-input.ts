/**
 * Writes the fixed input of the analysis version guard (tests/unit/services/analysisVersion.test.ts):
 * the five seeds and 10 articles generated from them (tests/bench/generate.ts), extracted by the
 * current extractor and frozen as JSON, so that the guard sees changes of the analysis engine only,
 * not of the extraction. Besides them, one pair of re-worded reports of one event (SAME_EVENT below:
 * no sentence shared, one figure changed), so that the guard sees the same-event rules too (the seeds
 * and the generated articles never reach them). Regenerate only when the claim schema grows a field
 * the analysis reads, or when the input must reach rules it misses:
 *   npx tsx tests/tools/analysis-guard-input.ts
 * then record the guard's new digest for the current ANALYSIS_VERSION (the input moved, not the engine).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../../shared/document';
import { EXTRACTOR_VERSION } from '../../shared/extract';
import type { Article, Claim } from '../../shared/schema';
import { writeGeneratedArticles } from '../bench/generate';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GUARD_INPUT = join(ROOT, 'tests', 'fixtures', 'analysis-guard-input.json');

/** Generated articles besides the seeds (the fixture stays small: about 300 KB). */
const GENERATED = 10;

/**
 * Two outlets re-wording one phone launch the same day (text written for this guard): no sentence in
 * common, four figures given alike, the battery changed (5.000 mAh / 5.500mAh) — a same-event finding.
 */
const SAME_EVENT: ReadonlyArray<[string, string]> = [
  [
    'guard/same-event-a.txt',
    `Công nghệ

Xiaomi đưa Redmi Note mới về Việt Nam

Minh Khôi 12/03/2025 - 09:15

Chiều nay, Xiaomi giới thiệu mẫu Redmi Note mới tại TP.HCM. Máy có màn hình kích thước 6,67 inch, bộ xử lý Snapdragon chạy ở tốc độ 2,8 GHz và viên pin dung lượng 5.000 mAh. Giá bán khởi điểm là 4,89 triệu đồng, máy lên kệ tại 1.240 cửa hàng từ thứ Sáu.

Theo đại diện hãng, đây là mẫu điện thoại phổ thông bán chạy nhất của Xiaomi tại Việt Nam năm ngoái.
`,
  ],
  [
    'guard/same-event-b.txt',
    `Số hóa

Redmi Note mới lên kệ với giá 4,89 triệu đồng

Thu Hà 12/03/2025 - 16:40

Theo đại diện Xiaomi, mẫu Redmi Note mới dùng dung lượng pin 5.500mAh, màn hình 6,67 inch và chip Snapdragon tốc độ 2,8GHz. Sản phẩm được bán tại 1.240 cửa hàng trên toàn quốc với giá 4,89 triệu đồng, khách đặt trước được tặng tai nghe.
`,
  ],
];

const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-guard-'));
try {
  const generated = writeGeneratedArticles(join(tmp, 'generated'), GENERATED);
  const files = [
    ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => [`seeds/${f}`, join(ROOT, 'seeds', f)]),
    ...readdirSync(generated).sort().map((f) => [`generated/${f}`, join(generated, f)]),
  ];
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const sources = [...files.map(([name, path]) => [name as string, readFileSync(path as string, 'utf8')] as const), ...SAME_EVENT];
  for (const [name, text] of sources) {
    const doc = buildDocument(text, name, '2026-01-01T00:00:00.000Z');
    articles.push(doc.article);
    claims.push(...doc.claims);
  }
  const about = `Fixed input of the analysis version guard (tests/tools/analysis-guard-input.ts): seeds + ${GENERATED} generated articles + ${SAME_EVENT.length} re-worded reports of one event, extracted by extractor ${EXTRACTOR_VERSION}.`;
    // One record a line (readable diffs when it is regenerated).
  const list = (xs: readonly unknown[]) => `[\n${xs.map((x) => JSON.stringify(x)).join(',\n')}\n]`;
  writeFileSync(GUARD_INPUT, `{"about":${JSON.stringify(about)},\n"articles":${list(articles)},\n"claims":${list(claims)}}\n`);
  console.log(`${articles.length} articles, ${claims.length} claims -> ${GUARD_INPUT}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
