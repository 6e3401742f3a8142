// How the corpus gold test (tests/unit/extract/corpus-gold.test.ts) matches a gold claim's subject and period
// with an extracted claim's; unit-tested in tests/unit/extract/goldMatch.test.ts.
import { parsePeriod } from '../../shared/analysis/period';
import type { GoldPeriod } from './extract-gold';

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\d ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
/** A leading "tỉnh/thành phố/tp/huyện/xã" dropped (after the other names of a place are written one way). */
const withoutPlaceWord = (s: string): string => s.replace(/^(?:tinh|thanh pho|tp|huyen|xa) /, '');

/** Other names of one place, folded, and the one form both sides are compared in. */
const SAME_PLACE: readonly [RegExp, string][] = [
  [/\bhoa ky\b/g, 'my'],
  [/\bvn\b/g, 'viet nam'],
  [/\b(?:thanh pho|tp) ho chi minh\b|\btp hcm\b|\btphcm\b/g, 'tphcm'],
];

function foldSubject(s: string): string {
  // The other names first: "TP.HCM" folds to "tp hcm", which is "tphcm", not "hcm" (session 37).
  let out = fold(s);
  for (const [re, name] of SAME_PLACE) out = out.replace(re, name);
  return withoutPlaceWord(out);
}

/**
 * The forms a gold subject is compared in: the whole name, and, when it ends in a bracketed gloss, the name
 * without it (its core). The gold's "Hòa Phát (HPG)" or "Ga Ba Son (metro số 1 TPHCM)" gives the ticker or
 * the place of the same subject in brackets (the gold README's example), so "Tập đoàn Hòa Phát" or "Nhà ga Ba
 * Son" names it too. Only gold glosses are stripped: an extracted "Tập đoàn (Hòa Phát)" is compared whole, so
 * its bare head never matches "Tập đoàn Vingroup".
 */
function goldForms(s: string): { whole: string; core: string | null } {
  const whole = foldSubject(s);
  const core = foldSubject(s.replace(/\s*\([^()]*\)\s*$/u, ''));
  return { whole, core: core.length > 0 && core !== whole && !GENERIC_HEAD.test(core) ? core : null };
}
/** A core that is only a generic head names no one subject ("Tập đoàn (Hòa Phát)" → "tập đoàn"). */
const GENERIC_HEAD = /^(?:cong ty(?: co phan)?|tap doan|ngan hang|san|nha ga|ga|thi truong|tinh|thanh pho|huyen|xa|doanh nghiep|quy|chung khoan|benh vien|truong)$/;

/** `a` holds `b` word by word (" nha ga ba son " holds " ga ba son ", " duc " does not hold " uc "). */
const holdsWords = (a: string, b: string): boolean => ` ${a} `.includes(` ${b} `);
const words = (s: string): number => s.split(' ').length;

/**
 * Gold and extracted subjects name the same subject: both null, or one folded whole holds the other word
 * by word (session 37; before, letter by letter, so "Vina" matched "Vinacomin"), or the gold's core (gloss stripped) and the extracted name hold one another word by word, the held
 * one having two words or more (one word must be equal: "Lào (CHDCND Lào)" is not "Lào Cai", "Mỹ (khu vực phi
 * nông nghiệp)" not "Thẩm mỹ viện"). The whole gold still holds its gloss, so "HPG" matches "Hòa Phát (HPG)"
 * and "Thẩm mỹ viện Cát Tường" matches "Chị Lê Thị Thanh Huyền (Thẩm mỹ viện Cát Tường)": a gloss alone can
 * match, as it always could.
 */
export function sameSubject(goldSubject: string | null, extracted: string | null): boolean {
  if (goldSubject === null || extracted === null) return goldSubject === extracted;
  const { whole, core } = goldForms(goldSubject);
  const e = foldSubject(extracted);
  if (whole.length === 0 || e.length === 0) return whole === e;
  // Word by word (session 37): "Vina" is not held by "Vinacomin".
  if (holdsWords(whole, e) || holdsWords(e, whole)) return true;
  if (core === null) return false;
  if (core === e) return true;
  return (words(e) >= 2 && holdsWords(core, e)) || (words(core) >= 2 && holdsWords(e, core));
}

const month = (y: number, m: number): number => y * 12 + (m - 1);

function goldRange(p: GoldPeriod): { start: number | null; end: number | null } | null {
  if ('year' in p) return { start: month(p.year, 1), end: month(p.year, 12) };
  const at = (s: string | null, end: boolean): number | null => {
    if (s === null) return null;
    const [y, m] = s.split('-').map(Number);
    if (y === undefined || Number.isNaN(y)) return null;
    return m === undefined ? month(y, end ? 12 : 1) : month(y, m);
  };
  const start = at(p.from, false);
  const end = at(p.to, true);
  // An open start ("đến năm 2012": {"from": null, "to": "2012"}) is read as an open end is: any start.
  return start === null && end === null ? null : { start, end };
}

/** The extractor's period wording with a year-less or relative wording given the article's year. */
function extractedRange(period: string | null, year: number | null): { start: number; end: number } | null {
  if (period === null) return null;
  let text = period;
  if (year !== null) {
    text = text
      .replace(/năm (?:nay|này)/u, `năm ${year}`)
      .replace(/năm (?:ngoái|trước)/u, `năm ${year - 1}`)
      .replace(/(tháng (?:đầu |cuối )?năm)$/u, `$1 ${year}`)
      .replace(/^tháng (\d{1,2})$/u, `tháng $1/${year}`);
  }
  const p = parsePeriod(text);
  return p === null ? null : { start: p.start, end: p.end };
}

export function samePeriod(goldPeriod: GoldPeriod | null, extracted: string | null, year: number | null): boolean {
  const g = goldPeriod === null ? null : goldRange(goldPeriod);
  const e = extractedRange(extracted, year);
  if (g === null || e === null) return g === null && e === null;
  return (g.start === null || g.start === e.start) && (g.end === null || g.end === e.end);
}


/** Words of a metric that say nothing of what is measured ("số", "của", "được", "các"…), folded. */
const METRIC_FILLER = new Set([
  'so', 'cua', 'duoc', 'cac', 'nhung', 'va', 'la', 'co', 'o', 'tai', 'trong', 'tren', 'voi', 'cho', 'theo', 've', 'mot', 'da',
  'dang', 'se', 'bi', 'nay', 'do', 'tu', 'den', 'toi', 'khi', 'thi', 'ma', 'nhu', 'tong', 'muc', 'ty', 'ti', 'le', 'luong',
]);

function metricWords(s: string): string[] {
  return fold(s)
    .split(' ')
    .filter((w) => w.length > 0 && !METRIC_FILLER.has(w));
}

/**
 * A metric the editor would accept: the extracted phrase is not empty, and at least half of its telling words
 * (folded, filler words left out) are words of the gold metric or the gold "about" line; a phrase of filler
 * only must be empty where the gold has none. The gold's metric is an editor's paraphrase, so this is a loose
 * measure of junk ("tỷ đồng nhưng thu nội địa hụt", "tương đương", "so với dự toán"), not of wording.
 */
export function sameMetric(goldMetric: string | null, goldAbout: string | null, extracted: string | null): boolean {
  const gold = new Set([...metricWords(goldMetric ?? ''), ...metricWords(goldAbout ?? '')]);
  const ours = metricWords(extracted ?? '');
  if (gold.size === 0) return ours.length === 0;
  if (ours.length === 0) return false;
  const shared = ours.filter((w) => gold.has(w)).length;
  return shared * 2 >= ours.length;
}
