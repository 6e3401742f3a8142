import type { Claim } from '../../schema';
import { sentenceOf, type AnalysisContext } from '../context';
import type { FactView } from '../facts';
import { similarDetail } from '../match';
import { fold } from '../normalize';
import { toldApartSpots, withMomentBefore, type Spot } from '../moments';
import { TIME_UNITS, UNITS } from '../../extract/lexicon';

/**
 * Whether two facts of one article are one figure said twice (so different values are an internal
 * inconsistency) rather than two figures that share a head noun. News articles are full of the latter:
 * items of one enumeration ("95% … cấp tỉnh, 85% … cấp huyện và 65% … cấp xã"), a whole and its parts
 * ("35.299 lượt (trong đó thành công 25.624 lượt)"), the same measure of two places ("Ga Bến Thành …
 * 4 tầng ngầm" / "Nhà ga Ba Son … 2 tầng ngầm"). So the bar is high: other sentences, near-identical
 * clause wording, and no sign that the sentences speak of different named things.
 */
// Also used for two articles that copy each other's sentences: together they are one text.
export function sameFigureInArticle(a: FactView, b: FactView, ctx: AnalysisContext): boolean {
  const ca = a.claims[0] as Claim;
  const cb = b.claims[0] as Claim;
  // One sentence never states one figure twice: two numbers there are items, parts or a change.
  if (ca.sentenceStart === cb.sentenceStart) return false;
  // A part given as "x/y" and a plain count are a part and a whole, not two values of one figure.
  if ((ca.kind === 'ratio') !== (cb.kind === 'ratio')) return false;
  // "chiếm tỷ trọng 35,5% dư nợ …" / "chiếm 64,5% dư nợ …": two shares that make up the whole are its two parts,
  // not one share given two values. (Analysis 47.)
  if (ca.kind === 'percent' && cb.kind === 'percent' && ca.value !== null && cb.value !== null && Math.abs(ca.value + cb.value - 100) < 0.05) return false;
  if (!similarDetail(a, b)) return false;
  const ta = ctx.articles.get(ca.articleId)?.text ?? '';
  const tb = ctx.articles.get(cb.articleId)?.text ?? '';
  // "1.890 người (… dưới 40 tuổi có 219 người)": a figure in brackets breaks down the one before it.
  if (inBrackets(ca, ta) || inBrackets(cb, tb)) return false;
  // "Sau khi thành lập, … gồm 22 xã và 4 thị trấn" describes another moment than "… gồm 24 xã và 2 thị trấn".
  if (movedInTime(ca, ta) || movedInTime(cb, tb)) return false;
  // Two moments of one trading day, each given by the sentence before ("Lúc 09:32, …. Tổng khối lượng giao
  // dịch đạt 7,422 triệu đơn vị" / "Tạm dừng phiên giao dịch buổi sáng, …. Tổng khối lượng … 46,747 triệu").
  if (toldApartSpots(withMomentBefore(spotOf(ca, ta)), withMomentBefore(spotOf(cb, tb)))) return false;
  const subject = a.subject.split(' ');
  const sa = sentenceOf(ca, ctx);
  const sb = sentenceOf(cb, ctx);
  const na = namedThings(sa, subject);
  const nb = namedThings(sb, subject);
  // A name in one sentence and not in the other ("Nhà ga Ba Son"): the figures are likely of different things.
  if (!(na.size === nb.size && [...na].every((n) => nb.has(n)))) return false;
  // Different numbered parts ("tầng B1 … 10 máy bán vé" / "Tầng 1 … 14 máy bán vé", "giai đoạn 1" / "giai đoạn 2").
  return sameParts(labelledParts(withoutQuote(sa, ca)), labelledParts(withoutQuote(sb, cb)));
}

function spotOf(c: Claim, text: string): Spot {
  return { text, sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd, start: c.start, end: c.end, unit: c.unit };
}

/**
 * Parts of a whole named by a label after their noun: a floor, a block, a phase, a line, a district by
 * number ("tầng B1", "tầng hầm B2", "khu A", "giai đoạn 2", "tuyến số 1", "quận 3", "vòng thứ 2", "hiệp II").
 * A number is no label when it is the claim itself (masked by the caller: "tòa tháp 68 tầng", "trong
 * vòng 5-7 ngày") or a measure ("lô 500 m2", "trong vòng 10 ngày"); "khu 1.000 ha" is no "khu 1".
 */
const PART_NOUNS = [
  'tầng\\s+hầm',
  'tầng',
  'tòa',
  'toà',
  'tháp',
  'khu',
  'phân\\s+khu',
  'lô',
  'block',
  'giai\\s+đoạn',
  'tuyến',
  'cổng',
  'phòng',
  'lớp',
  'đợt',
  'vòng',
  'hiệp',
  'séc',
  'set',
  'hạng\\s+mục',
  'gói\\s+thầu',
  'quận',
  'phường',
  'đường\\s+số',
  'nhóm',
  'bảng',
  'trận',
  'ván',
].join('|');
const LABELLED_PART = new RegExp(
  `(?<![\\p{L}\\p{M}])(${PART_NOUNS})\\s+(số\\s+|thứ\\s+)?([A-Z]{1,4}\\d{0,3}[A-Z]?|\\d{1,3}[A-Z]?)(?![\\p{L}\\p{M}\\d]|[.,]\\d)`,
  'gu',
);

/** Unit forms that make a number after a part noun a measure ("vòng 10 ngày", "lô 500 m2"). */
const MEASURE_FORMS: readonly string[] = [...UNITS.map((u) => u.form), ...Object.keys(TIME_UNITS)].sort((a, b) => b.length - a.length);

/**
 * After a time word, what makes it a time of its own rather than the number's unit: a date or a clock
 * ("quận 1 ngày 12/3"), an ordinal ("hiệp 1 phút thứ 20") or a deictic word ("đợt 1 năm nay", "lớp 10 năm học").
 */
const TIME_OF_ITS_OWN = /^\s*(?:\d|(?:thứ|nay|này|ngoái|học|tới|qua|trước|sau|đó|kia|rồi)(?![\p{L}\p{M}]))/u;

/** Whether a unit form opens `rest` (after spaces) as a whole word, as the number's unit. */
function measureFollows(rest: string): boolean {
  const words = rest.replace(/^\s+/, '').toLowerCase();
  const form = MEASURE_FORMS.find((f) => words.startsWith(f) && !/[\p{L}\p{M}\d]/u.test(words.charAt(f.length)));
  if (form === undefined) return false;
  return !(form in TIME_UNITS && TIME_OF_ITS_OWN.test(words.slice(form.length)));
}

/** A roman numeral up to 39 ("II", "IV", "XII") as a number, else undefined. */
function romanValue(label: string): number | undefined {
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(label) || label === '') return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = values[label[i] as string] as number;
    const next = values[label[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The labelled parts a sentence speaks of, by folded noun, the labels folded, roman numerals as numbers,
 * a basement floor as a floor ("tang" → {"b1", "1"}, "giai doan" → {"2"}). The caller blanks out the
 * claim's own quote first.
 */
export function labelledParts(sentence: string): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  // The noun may open the sentence ("Tầng 1 sẽ là …"): a capitalised word is matched in lower case, a
  // label as written (a capital letter or a number).
  const text = sentence.replace(/(?<![\p{L}\p{M}])\p{Lu}(?=\p{Ll})/gu, (c) => c.toLowerCase());
  for (const m of text.matchAll(LABELLED_PART)) {
    const label = m[3] as string;
    // "số"/"thứ" always name one of several ("tầng thứ 5"); a bare number followed by a unit is a measure.
    if (m[2] === undefined && /^\d/.test(label) && measureFollows(text.slice((m.index ?? 0) + m[0].length))) continue;
    const roman = romanValue(label);
    const noun = fold(m[1] as string).replace(/\s+/g, ' ').replace(/^tang ham$/, 'tang');
    const labels = parts.get(noun) ?? new Set<string>();
    labels.add(roman !== undefined ? String(roman) : label.toLowerCase());
    parts.set(noun, labels);
  }
  return parts;
}

/** The claim's sentence with its own quote blanked out (the figure is never a label of itself). */
function withoutQuote(sentence: string, claim: Claim): string {
  const from = claim.start - claim.sentenceStart;
  const to = claim.end - claim.sentenceStart;
  if (from < 0 || to > sentence.length || from >= to) return sentence;
  return sentence.slice(0, from) + ' '.repeat(to - from) + sentence.slice(to);
}

/** Two sentences speak of the same parts: the same labels for each noun both name (a noun only one names is no sign). */
function sameParts(a: ReadonlyMap<string, ReadonlySet<string>>, b: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const [noun, labels] of a) {
    const other = b.get(noun);
    if (other && (other.size !== labels.size || [...labels].some((l) => !other.has(l)))) return false;
  }
  return true;
}

function inBrackets(claim: Claim, text: string): boolean {
  const before = text.slice(claim.sentenceStart, claim.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

// Matched on the text as written (NFC), so long paragraphs need no folding.
const TIME_SHIFT = /(?:^|[^\p{L}])(?:sau khi|trước khi|trước đây|trước đó|sau đó|sau sắp xếp|sau sáp nhập|trước sắp xếp|trước sáp nhập|sau điều chỉnh)(?![\p{L}])/iu;

/** Whether the claim's paragraph, up to its sentence, places it before or after some change. */
function movedInTime(claim: Claim, text: string): boolean {
  const paragraph = text.lastIndexOf('\n', claim.sentenceStart - 1) + 1;
  return TIME_SHIFT.test(text.slice(paragraph, claim.sentenceEnd));
}

// Capitalised words in a row ("Nhà ga Ba Son", "huyện Yên Định"); acronyms (GRDP, UBND) are left out:
// they name kinds of things, not which one.
const CAPITALISED = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu;

/** Proper names a sentence speaks of, folded, without the article's subject and the sentence's first word. */
function namedThings(sentence: string, subject: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const m of sentence.matchAll(CAPITALISED)) {
    let words = fold(m[0]).split(/\s+/);
    if (m.index === 0) words = words.slice(1);
    words = words.filter((w) => !subject.includes(w));
    if (words.length > 0) names.add(words.join(' '));
  }
  return names;
}
