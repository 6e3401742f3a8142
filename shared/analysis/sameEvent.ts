import { parseWrittenNumber, sameValue, type Figure } from './figures';
import type { Article } from '../schema';
import { abbreviationWords, fold } from './normalize';
import { passagesOf, passageWords, wordOf, type AlignedPair, type Passage } from './passages';
import { phraseAt } from './lexicon';

/**
 * Same-event comparison across paraphrase, independent of the extractor's subject and metric: two
 * outlets reporting one event re-word their sentences (so the passages do not align), but a figure
 * keeps its unit ("3.400 mAh", "phút 44", "21-18") and the few words around it ("pin dung lượng",
 * "ghi bàn", "séc 2"). Between two articles that report the same event (they share aligned passages),
 * a figure of each is the same fact when they have the same unit, share telling words around them,
 * and each is the other's best such match; they differ when the values do not agree and neither value
 * is given by the other article at all (a figure given in both is confirmed, whatever else is said).
 */

/** One figure of a passage with what identifies it across re-wordings. */
export interface FigureContext {
  passage: Passage;
  figure: Figure;
  /**
   * The passage's own figure the context reads: `figure` itself, but for the lower end of a range written bare before
   * an upper end with a scale word ("2" of "từ 2 đến 4 triệu"), whose `figure` is a copy in that scale (see
   * `scaledLowEnd`). What is matched by identity with the passage's figures (its index, the passage rule's counterparts).
   */
  origin: Figure;
  /** What is counted: the folded word (or sign) after the number and its scale words, or "^word" before it. */
  unit: string;
  /** Second number of a score ("21-18"), else null. */
  second: number | null;
  /** Content words around the figure (folded, sorted, unique), the unit left out. */
  words: string[];
  /**
   * What the figure says of its metric: 'change' ("tăng 18%", "giảm 3 điểm", "cao hơn … so với"),
   * 'share' ("chiếm 22%"; not "chiếm 56,2% GDP", a level), 'earlier' (the level before a change: X in
   * "giảm từ X xuống Y", "tăng từ X lên Y", "từ X xuống còn Y"), else 'level' (Y there is the new level,
   * and so is the figure after "lên" / "xuống" that follow a word of change: "tăng lên 14,5%", "nhích nhẹ
   * lên 501,41 điểm"). A growth rate, a share, an earlier level and a level are never one fact.
   */
  sign: 'level' | 'change' | 'share' | 'earlier';
  /**
   * What happened to the people or things counted, when a word next to the figure says it: 'dead'
   * ("14 người chết", "làm chết 21 người", "tử vong"), 'injured' ("bị thương"), 'missing' ("mất tích")…
   * Two counts in different states are never one fact, whatever words of the event they share.
   */
  state: string | null;
  /**
   * Which side of a budget the figure is, when its words say it (see `flowOf`): 'revenue' ("thu ngân
   * sách", "thu NSNN", "tổng thu"), 'spending' ("chi ngân sách", "tổng chi"), 'deficit' ("bội chi").
   * Revenue and spending are never one fact, whatever words they share ("ngân sách nhà nước").
   */
  flow: string | null;
  /** The last unit the figure is given to (see `writtenUnit`), read once. */
  written: number;
  /** The earlier level X when the figure is the new level Y of a step "từ X lên/xuống Y", else null. */
  from: number | null;
  /** For the Y of a step, its words and X's (the words around the whole step), else `words`. */
  stepWords: string[];
  /** Given as a part of a total (see `isPart`), read once. */
  part: boolean;
  /**
   * The class it is compared within (see `classOf`: unit, sign, order of magnitude) and whether it is
   * worth comparing across outlets (see `telling`): read once, when the passage's contexts are final
   * (both are asked for every pair of articles of one event).
   */
  kind: string;
  tells: boolean;
  /** An exact amount of money given with a scale word (see `scaledMoney`), read once with `kind`. */
  money: boolean;
  /** For a score of a results table (see `resultsListed`), the two teams' names around it ("duong quang"), else null. */
  teams: string | null;
  /**
   * Which end of a range the figure is ("6.000 - 9.000 đ/kg", "từ 15 đến 20%": 'lo' / 'hi'; see
   * `rangeAt`), else null. An end is compared with the same end of the other outlet's range only (see
   * `classOf`), never with a single value: "khoảng 15-20%" and another report's "18%" do not disagree.
   */
  end: 'lo' | 'hi' | null;
}

/** Words written before a number that say what it counts: "phút 44", "hạng 18", "thứ 5", "séc 2". */
// ("số" is left out: "Nghị định số 15", "Quyết định số 18" are numbers of documents, not figures.)
const UNIT_BEFORE = new Set(['phut', 'hang', 'thu', 'top', 'set', 'sec', 'vong', 'tuan', 'muc', 'cap', 'diem', 'ty', 'ti']);
/** Spellings of one unit. */
const UNIT_SPELLINGS: Record<string, string> = { megapixel: 'mp', vnd: 'dong', d: 'dong', dong: 'dong', ti: 'ty', chiec: 'chiec', percent: '%' };
/** The unit a folded word after a number names ("vnd" and "d" are "dong"). */
export function unitOfWord(word: string): string {
  return UNIT_SPELLINGS[word] ?? word;
}
/**
 * Units outlets spell out in words, folded: "đô la" / "đôla" (USD), "phần trăm" (%), "cây số" /
 * "ki-lô-mét" (km), "héc-ta" / "hécta" (ha), "ki-lô-gam" (kg); the unit at token `j` (after a number and
 * its scale words) and the token after its spelling, else null. Only whole spellings: "30 độ" (a degree) folds like "đô" and stays
 * apart, and so do "3 đô thị", "20 phần thưởng", "10 cây xanh". A unit squared or cubed ("50 cây số vuông",
 * "ki-lô-mét khối") is an area or a volume, no length: it is left as it is written (null). The dollar of
 * another country ("đô la Úc", "đô la Singapore", "đô la Hồng Kông") is that country's code ("aud", "sgd",
 * "hkd"), not USD; "đô la Mỹ" is USD.
 */
export function spelledUnit(tokens: readonly string[], j: number): { unit: string; end: number } | null {
  const found = spelledAt(tokens, j);
  if (found === null || POWER_WORDS.has(tokens[found.end] ?? '')) return null;
  if (found.unit !== 'usd') return found;
  for (const [words, code] of DOLLARS) if (words.every((x, q) => tokens[found.end + q] === x)) return { unit: code, end: found.end + words.length };
  return found;
}
/** "vuông" (squared), "khối" (cubed) after a unit. */
const POWER_WORDS = new Set(['vuong', 'khoi']);
/** The country after "đô la" (folded words) and the code of its dollar. */
const DOLLARS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['my'], 'usd'],
  [['mi'], 'usd'],
  [['uc'], 'aud'],
  [['singapore'], 'sgd'],
  [['sing'], 'sgd'],
  [['hong', 'kong'], 'hkd'],
  [['hongkong'], 'hkd'],
  [['canada'], 'cad'],
  [['dai', 'loan'], 'twd'],
  [['new', 'zealand'], 'nzd'],
  [['brunei'], 'bnd'],
];
function spelledAt(tokens: readonly string[], j: number): { unit: string; end: number } | null {
  const w = tokens[j];
  if (w === undefined) return null;
  const one = SPELLED_ONE[w];
  if (one !== undefined) return { unit: one, end: j + 1 };
  let k = j + 1;
  // (Written with dashes: "ki-lô-mét", "héc-ta".)
  let joined = w;
  while (tokens[k] === '-' && tokens[k + 1] !== undefined && /^[a-z]+$/.test(tokens[k + 1] as string) && joined.length < 12) {
    joined += tokens[k + 1] as string;
    k += 2;
  }
  const dashed = joined !== w ? SPELLED_ONE[joined] : undefined;
  if (dashed !== undefined) return { unit: dashed, end: k };
  const two = SPELLED_TWO[`${w} ${tokens[j + 1]}`];
  return two === undefined ? null : { unit: two, end: j + 2 };
}
const SPELLED_ONE: Record<string, string> = { dola: 'usd', hecta: 'ha', kilomet: 'km', kilogam: 'kg', kilogram: 'kg' };
const SPELLED_TWO: Record<string, string> = { 'do la': 'usd', 'phan tram': '%', 'cay so': 'km' };

/** Words around a figure that say nothing about which figure it is. */
const FILLER = new Set([
  've', 'o', 'cua', 'trong', 'va', 'cac', 'nhung', 'duoc', 'dat', 'co', 'la', 'voi', 'cho', 'tai', 'tren', 'theo', 'thi', 'da', 'dang',
  'se', 'nay', 'do', 'khi', 'vao', 'ra', 'len', 'den', 'mot', 'nhu', 'hon', 'gan', 'khoang', 'ca', 'nghin', 'ngan', 'trieu', 'ty', 'ti',
  'xap', 'xi', 'chung', 'duoi', 'chua', 'toi', 'it', 'nhat', 'thieu', 'khong', 'qua', 'uoc', 'tinh', 'con', 'lai', 'cung', 'nhieu', 'hai',
  'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'tu', 'bi', 'boi', 'neu', 'vi', 'nen', 'ma', 'de', 'moi', 'chi', 'hay', 'hoac',
  'rang', 'nhat', 'van', 'viec', 'tong', 'so', 'muc', 'gia', 'tri', 'the', 'nguoi', 'ong', 'ba', 'anh', 'chi',
  // Words of every report of figures: a rise, a fall, a period, a currency say nothing of which figure.
  'tang', 'giam', 'ky', 'thang', 'ngay', 'dong', 'luc', 'hien', 'truoc', 'them', 'muoi', 'phan', 'tram', 'dau', 'cuoi', 'moi', 'khac',
]);

/**
 * The word at `k` says nothing of which figure it stands by: a FILLER word, or "lệ" of "tỷ lệ", which
 * heads every percentage ("lẻ", "lễ", "Lê" fold alike: "giá bán lẻ", "dịp lễ" do tell).
 */
function fillerAt(tokens: readonly string[], k: number): boolean {
  const w = tokens[k] as string;
  return FILLER.has(w) || (w === 'le' && (tokens[k - 1] === 'ty' || tokens[k - 1] === 'ti'));
}
/** Words before "thủ" that make it a player ("cầu thủ", "kỳ thủ", "đối thủ"…): folded, "thủ" is "thứ"'s "thu". */
const PLAYER_BEFORE = new Set(['cau', 'ky', 'doi', 'tuyen', 'xa', 'cao', 'cung']);
/** Currencies and measures that, written after a number, say what it counts whatever word stands before it. */
const MEASURE_AFTER = new Set(['usd', 'dong', 'd', 'vnd', 'euro', 'eur', 'yen', 'kg', 'km', 'tan', 'ha', 'mah', 'ghz', 'gb', 'mb', 'inch', 'mp', 'megapixel', 'lit']);
const WINDOW = 6;
const MINUTE_WINDOW = 30;
const SCALE_WORDS = new Set(['nghin', 'ngan', 'trieu', 'ty', 'ti']);
const SCORE_WORD = new Set(['ty so', 'ti so']);
const SIGNS = new Set(['#', '-', '/', '%', ':']);
/** Words before a figure that make it a change of its metric, or its share of a whole. */
const CHANGE_WORDS = new Set(['tang', 'giam', 'sut', 'nhich', 'lui', 'hut', 'vot', 'mat']);
const SHARE_WORDS = new Set(['chiem']);
/** Words that may stand between the change word and the figure: "tăng thêm", "giảm mạnh", "tăng hơn". */
const BETWEEN_SIGN = new Set(['them', 'manh', 'nhe', 'hon', 'gan', 'khoang', 'tới', 'toi', 'den', 'len', 'xuong', 'con', 'lai', 'ra', 'bot', 'tuong', 'ung', 'tren', 'duoi', 'xap', 'xi', 'chi', 'nua', 'tiep', 'co', 'duoc', 'dat', 'muc', 'khong', 'tu', 'thi', 'va', 'la', 'o']);
/** Score cues: "tỷ số 21-18", "thua 17-21", "hòa 1-1", "séc 2", "chung cuộc 3-1", "đánh bại … 2-0". */
const SCORE_CUES = new Set(['thua', 'hoa', 'sec', 'set', 'hiep']);
const SCORE_CUE_PAIRS = new Set(['ty so', 'ti so', 'chung cuoc', 'danh bai', 'ban thang', 'luan luu', 'loat sut', 'doi thu', 'thang loi', 'that bai', 'chien thang', 'dan truoc', 'san bang', 'quan binh', 'go hoa']);
/** Units and time words after "N-M": "15-20%", "3-4 tuần", "2-3 lần" are ranges, never scores. */
const RANGE_UNIT = /^(?:%|nghin|ngan|trieu|ty|ti|mbps|gb|mb|kg|km|m|cm|mm|tan|ha|usd|dong|d|nguoi|ca|phut|gio|ngay|nam|thang|tuan|lan|tuoi|do|diem|con|chiec|cai|ban|quy|ky|lit|met|hecta|ti|phan|luot|suat|vu|xa|huyen|tinh|nuoc|doanh|mau|hang|cap)$/;


/** A year (see Figure.year): four digits as written ("2013"), not "2.000 người", "2 nghìn tỷ" nor "pin 2000mAh". */
function isYear(f: Figure): boolean {
  return f.year;
}

/**
 * The range "N - M" the figure `f` is an end of ("2 - 3 người", "15-20%", "4 - 5 tỷ đồng"): a dash
 * between two numbers, a unit of ranges after them (see RANGE_UNIT; with none it may be a score), the
 * lower end first; null when it is none. (A range is written from its lower end: "5 - 3" is none.)
 */
export function rangeOf(p: Passage, f: Figure): { lo: Figure; hi: Figure } | null {
  const tokens = passageWords(p);
  const at = (i: number): Figure | undefined => p.figures.find((x) => x.token === i);
  const lo = tokens[f.token - 1] === '-' && tokens[f.token - 2] === '#' ? at(f.token - 2) : f;
  if (lo === undefined || lo.calendar || tokens[lo.token + 1] !== '-' || tokens[lo.token + 2] !== '#') return null;
  const hi = at(lo.token + 2);
  if (hi === undefined || hi.calendar || !(lo.value < hi.value)) return null;
  // A unit after it ("người", "tỷ", "%"): "Bình Định 0-1 Quảng Nam" in a list of results is a score.
  const i = lo.token;
  if (!RANGE_UNIT.test(tokens[i + 3] ?? '')) return null;
  return { lo, hi };
}

/**
 * The upper end of a range whose lower end is the figure `f` at token `i` (`g` is the passage's next
 * figure), else null: "N - M" or "từ N đến M" with a unit of ranges (RANGE_UNIT) after M — "6.000 -
 * 9.000 đ/kg", "10 - 25 Mbps", "15-20%", "4 - 5 tỷ đồng", "từ 15 đến 20%". The unit written once after
 * M is N's too (see `readContexts`). Not a range: a score (a word of scores before it: "thắng 2-1 bàn";
 * without a unit after it "21-18" is read as a score or left out, see `readContexts`), a date or a time
 * ("12-15/3": calendar figures), a model or a code ("Su-30", "A-10": no number before the dash), a span
 * of years ("2021-2025"), the numbers of things ("phút 10-15", "số 120-122": see NUMBERED_BEFORE), and
 * a step "tăng từ 6.000 đến 9.000 đồng" (a word of change before "từ": a level then another, compared
 * as such).
 */
function rangeAt(tokens: readonly string[], i: number, f: Figure, g: Figure | undefined): Figure | null {
  // The unit may be written at both ends too: "6.000 đồng - 9.000 đồng", "15% - 20%", "từ 6 nghìn đến 9 nghìn
  // đồng", "6.000 đồng/kg - 9.000 đồng/kg" (at most UNIT_TOKENS tokens, the same at both ends).
  let k = i + 1;
  while (k <= i + UNIT_TOKENS && !RANGE_JOINS.has(tokens[k] as string)) k++;
  const h = k + 1;
  const unit = k - i - 1;
  if (tokens[h] !== '#' || !RANGE_JOINS.has(tokens[k] as string)) return null;
  if (unit > 0 && !(tokens[i + 1] === '%' || /^[a-z]/.test(tokens[i + 1] as string))) return null;
  for (let q = 1; q <= unit; q++) if (tokens[i + q] !== tokens[h + q]) return null;
  const to = tokens[h - 1] === 'den';
  if (to && !f.afterFrom) return null;
  // (`g`: the passage's next figure, read in constant time — a run of "1-2-3-…" stays linear.)
  if (g === undefined || g.token !== h || f.calendar || g.calendar || isYear(f) || isYear(g) || scoreCue(tokens, i)) return null;
  if (NUMBERED_BEFORE.has(tokens[i - 1] as string) && smallWhole(f) && smallWhole(g)) return null;
  // A unit of ranges after it; or, with an end no score has ("1.200 - 1.500 căn hộ", "1,5-2 lần"), a noun
  // it counts: "N-M" with no unit and two small whole numbers may be a score ("Hà Nội 3-1"), and one with a
  // filler after it a model's number ("Boeing 737-800 của …").
  // Two amounts written with a thousands or decimal separator ("tỷ giá 23.150-23.200, tăng …") are a range
  // whatever follows: a model's or a house's number is written without one.
  // The word after it is read as written: a unit in lower case ("2-3 ha", "6.000-9.000 đồng"), never a name's first
  // word that folds alike ("Sông Lam Nghệ An 1-2 Hà Nội", "Bình Dương 0-1 Đồng Tháp": a score between two names) nor
  // another word ("Boeing 737-800 hạ cánh": "hạ" is no hectare; see `unitAsWritten`).
  const next = tokens[h + 1] ?? '';
  const lower = /^\p{Ll}/u.test(g.nextWritten);
  const unitAfter = (RANGE_UNIT.test(next) && unitAsWritten(g.nextWritten)) || (RANGE_NOUNS.has(next) && lower) || (SEPARATED.test(f.written) && SEPARATED.test(g.written));
  // (A noun after larger numbers, "1.200 - 1.500 căn hộ": not after a name's, a model's number "Boeing 737-800 hạ cánh".)
  if (!unitAfter && !((!smallWhole(f) || !smallWhole(g)) && /^[a-z]/.test(next) && lower && !f.nameBefore && !NO_UNIT_AFTER.has(next))) return null;
  // A range is written from its lower end. One written the other way round with a unit no team's name
  // folds to ("500.000 - 450.000 đồng/tháng", "25-20%") is a range misprinted, to be compared as one; not
  // a line of a table of differences ("23.880 24.084 - 204 Dầu Diêzen …": a minus sign) nor "Hà Nội 3-1
  // Nam Định" ("nam" is also "năm").
  if (!(lowEnd(f, g) < g.value) && !(lowEnd(f, g) > g.value && lowEnd(f, g) < INVERTED_RATIO * g.value && NO_SCORE_UNIT.has(next))) return null;
  // A dash spaced before and glued to the second number is its minus sign, in a table of changes ("… 307,63 -42%
  // 63,8 …", "23% -8%"): a range's dash is spaced on both sides or on neither ("6.000 - 9.000", "15-20%", "15% -
  // 20%"). Read from the spaces between the two numbers, the unit's letters and the dash left out.
  if (tokens[k] === '-') {
    let spaces = g.start - f.end - 1;
    for (let q = 1; q <= unit; q++) spaces -= (tokens[i + q] as string).length;
    if (spaces === 1) return null;
  }
  // ("tăng từ", "giảm mạnh từ", "tăng trở lại từ", "nâng giá bán từ": a step, a level then another, wherever the verb
  // stands in the clause before "từ"; see `changedBefore`.)
  if (to && changedBefore(tokens, f)) return null;
  return g;
}

/**
 * Units of ranges as written after the upper end (see `rangeAt`): abbreviations and symbols in any case ("10-25
 * Mbps", "5-7 USD", "4-8 GB"), Vietnamese units in lower case only and spelled as such — "Hà Nội", "Đồng Tháp",
 * "Nam Định" begin names, "hạ cánh", "cá tra", "bản" are other words that fold to a unit ("ha", "ca", "ban").
 */
const CASELESS_UNITS = new Set(['%', 'mbps', 'gb', 'mb', 'kg', 'km', 'cm', 'mm', 'm', 'usd']);
const SPELLED_UNITS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'tấn', 'ha', 'đồng', 'đ', 'người', 'ca', 'phút', 'giờ', 'ngày', 'năm', 'tháng', 'tuần', 'lần', 'tuổi', 'độ', 'điểm', 'con', 'chiếc', 'cái', 'bàn', 'quý', 'quí', 'kỳ', 'kì', 'lít', 'mét', 'hecta', 'phần', 'lượt', 'suất', 'vụ', 'xã', 'huyện', 'tỉnh', 'nước', 'doanh', 'mẫu', 'hàng', 'cấp']);
function unitAsWritten(w: string): boolean {
  return CASELESS_UNITS.has(w.toLowerCase()) || SPELLED_UNITS.has(w);
}

/** Words after "năng" (folded as "nâng" is) that make it no verb: "năng suất", "năng lực", "năng lượng". */
const NANG_NOUNS = new Set(['suat', 'luc', 'luong', 'dong', 'khieu', 'no', 'lui']);

/**
 * A verb of change stands in the clause before the figure `f` (written after "từ"; see Figure.clause, a bounded reach):
 * "giá lợn hơi tăng trở lại từ 55.000 đến 61.000 đồng/kg", "nâng giá bán từ 6.000 đến 9.000 đồng": a step, a level
 * then another, not a range. The verbs: those of a change (CHANGE_WORDS: "tăng", "giảm", "sụt", "nhích" …), of a
 * step (`stepVerbAt`: "lên", "xuống"; STEP_VERBS: "leo", "tụt", "rớt", "nhảy"), "nâng" (not "năng suất": NANG_NOUNS),
 * "điều chỉnh", "hạ giá" ("hạ" alone folds as "Hà" does), "phục hồi", "quay đầu", "lao dốc"; not a noun that folds as a
 * verb of change does ("mặt hàng", "giám đốc", "thu hút", "hạ tầng": CHANGE_NOUNS_AFTER, CHANGE_NOUNS_BEFORE). "Giá
 * tăng, dao động từ 55.000 đến 61.000 đồng/kg": the comma ends the clause.
 */
function changedBefore(tokens: readonly string[], f: Figure): boolean {
  for (let k = f.token - 2; k >= f.clause; k--) {
    const w = tokens[k] as string;
    const next = tokens[k + 1] as string;
    if (CHANGE_WORDS.has(w) && !CHANGE_NOUNS_AFTER.get(w)?.has(next) && !CHANGE_NOUNS_BEFORE.get(w)?.has(tokens[k - 1] as string)) return true;
    if (stepVerbAt(tokens, k) || STEP_VERBS.has(w)) return true;
    if ((w === 'nang' && !NANG_NOUNS.has(next)) || (w === 'dieu' && next === 'chinh') || (w === 'ha' && next === 'gia')) return true;
    // Verbs of two words: "phục hồi", "hồi phục", "quay đầu", "lao dốc".
    if ((w === 'phuc' && next === 'hoi') || (w === 'hoi' && next === 'phuc') || (w === 'quay' && next === 'dau') || (w === 'lao' && next === 'doc')) return true;
  }
  return false;
}

/**
 * Verbs of a change of one word that `changedBefore` reads besides CHANGE_WORDS: "leo", "tụt", "rớt", "nhảy" ("giá cà
 * phê leo từ 95.000 đến 98.000 đồng/kg" is a step, a level then another, as "tăng từ" is).
 */
const STEP_VERBS = new Set(['leo', 'tut', 'rot', 'nhay']);

/**
 * Words that fold as a verb of change (CHANGE_WORDS) does but are nouns beside the word after them (see
 * `changedBefore`): "mặt hàng", "mặt bằng", "mật ong" (not "mất"), "giám đốc", "giám sát", "giám định" (not "giảm"),
 * "tặng quà", "tầng hầm", "tầng trệt" (not "tăng"). "Giá các mặt hàng rau xanh dao động từ 10.000 đến 15.000 đồng/kg"
 * is a range.
 */
const CHANGE_NOUNS_AFTER = new Map<string, ReadonlySet<string>>([
  ['mat', new Set(['hang', 'bang', 'ong', 'troi', 'tran'])],
  ['giam', new Set(['doc', 'sat', 'dinh', 'thi', 'muc', 'ho'])],
  ['tang', new Set(['qua', 'ham', 'tret', 'thap', 'lau'])],
]);
/** Likewise beside the word before them: "thu hút" (not "hụt"), "hạ tầng", "các tầng" (not "tăng"). */
const CHANGE_NOUNS_BEFORE = new Map<string, ReadonlySet<string>>([
  ['hut', new Set(['thu'])],
  ['tang', new Set(['ha', 'cac', 'nhung'])],
]);

/**
 * Nouns a range of small whole numbers counts, besides the units of RANGE_UNIT (folded; a noun no team's
 * or place's name begins with): "20-30 hộ", "30-40 học sinh", "10-15 giây", "15-20 bệnh nhân", "10-12
 * xe", "3-5 đợt", "20-25 tiết". ("căn" is also "Cần Thơ", "công" "Công Phượng", "trường" a given name.)
 */
const RANGE_NOUNS = new Set(['ho', 'hoc', 'sinh', 'giay', 'benh', 'cay', 'xe', 'tau', 'ngoi', 'dot', 'buoi', 'loai', 'tiet', 'tram', 'chuc', 'thung', 'phong', 'nha']);
/** A range written the other way round has ends of one size ("520.000 – 480.000"): not "24.084 - 204". */
const INVERTED_RATIO = 10;
/** The most tokens of a unit written at both ends of a range ("đồng / kg"). */
const UNIT_TOKENS = 3;
/** A number written with a thousands or decimal separator ("23.150", "1,5"). */
const SEPARATED = /^\d{1,3}[.,]\d/;
/** The words that join a range's ends: "6.000 - 9.000" (an en dash reads as a dash), "từ 15 đến 20%". */
const RANGE_JOINS = new Set(['-', 'den']);
/**
 * Words before "N - M" of two small whole numbers that make it the numbers of things, not a range of
 * amounts: "phút 10-15", "vòng 3-4", "thứ 2-6 hàng tuần" (the unit written before), "số 120-122 Trần
 * Phú", "ngõ 45-47", "nhà 12-14", "Điều 5-7", "khoản 2-3" (addresses and articles of a law). Only for
 * small whole numbers: folded, "thu" is also "thu" (collect: "thu 6.000 - 9.000 đồng"), "hang" "hãng".
 */
const NUMBERED_BEFORE = new Set(['phut', 'hang', 'thu', 'top', 'set', 'sec', 'vong', 'tuan', 'cap', 'so', 'ngo', 'ngach', 'hem', 'kiet', 'nha', 'phong', 'dieu', 'khoan', 'chuong', 'trang', 'khu', 'ql']);
/** Units of ranges after "N - M" that no team's name folds to (see `rangeAt`): a percentage, money, a measure. */
const NO_SCORE_UNIT = new Set(['%', 'nghin', 'ngan', 'trieu', 'ty', 'ti', 'mbps', 'gb', 'mb', 'kg', 'km', 'cm', 'mm', 'usd', 'dong', 'tuoi', 'lit', 'met', 'hecta', 'phan']);
/** A whole number a score may have (at most 200, as `readContexts` reads scores). */
function smallWhole(f: Figure): boolean {
  return Number.isInteger(f.value) && f.value <= 200;
}

/**
 * The lower end `lo` of a range in its upper end's scale: "2 - 3 tỷ" is 2 tỷ to 3 tỷ. (The passage rule's ranges read
 * it too: aligned.ts `overlappingRanges`.)
 */
export function lowEnd(lo: Figure, hi: Figure): number {
  const scale = bare(lo) ? scaleOfEnd(hi) : 1;
  return scale > 1 ? lo.value * scale : lo.value;
}

/**
 * The factor of the scale words an upper end is written with ("3 tỷ": 1e9; "3", "3%": 1), rounded to a power of ten.
 * (The passage rule's ranges read it too: aligned.ts `oneStep`.)
 */
export function scaleOfEnd(hi: Figure): number {
  const digits = /^[\d.,]+/.exec(hi.written)?.[0] ?? '';
  const scale = hi.value / parseWrittenNumber(digits).value;
  if (!Number.isFinite(scale) || scale <= 1) return 1;
  const power = 10 ** Math.round(Math.log10(scale));
  return Math.abs(scale - power) <= 1e-9 * power ? power : scale;
}

/**
 * The lower end `lo` of a range as a figure of its upper end's scale when it is written bare: "2" of "từ 2 đến 4 triệu"
 * is 2 triệu (its value, rounding and written form scaled alike), so that it is compared with "3 triệu" of another
 * report's "3 triệu - 4 triệu" as what it is. Else `lo` itself. (A copy: the passage's figure is FigureContext.origin.)
 */
function scaledLowEnd(lo: Figure, hi: Figure): Figure {
  if (!bare(lo)) return lo;
  const scale = scaleOfEnd(hi);
  if (scale === 1) return lo;
  const digits = /^[\d.,]+/.exec(hi.written)?.[0] ?? '';
  return { ...lo, value: lo.value * scale, tolerance: lo.tolerance * scale, written: lo.written + hi.written.slice(digits.length) };
}

/**
 * The two ends of the range a figure context is an end of (see FigureContext.end: the lower end's context is read
 * just before its upper end's), else null.
 */
export function rangeEnds(c: FigureContext): { lo: Figure; hi: Figure } | null {
  if (c.end === null) return null;
  const list = figureContexts(c.passage);
  const at = list.indexOf(c);
  const other = list[c.end === 'lo' ? at + 1 : at - 1];
  if (other === undefined || other.end === c.end || other.end === null) return null;
  return c.end === 'lo' ? { lo: c.figure, hi: other.figure } : { lo: other.figure, hi: c.figure };
}

/** Results of matches listed in one sentence at least this many: "A 0 - 3 B C 1 - 1 D …" (see `resultsListed`). */
const RESULTS_LISTED = 3;
/** The largest number of goals a listed result gives (a football or hockey score, not a range of hundreds). */
const RESULT_MAX = 20;

/** Words after "N - M" that are no team's name ("2 - 3 và …", "1 - 2 trong …"); a team's may fold to a word of FILLER ("Nam Định", "Hải Phòng"). */
const NO_TEAM = new Set(['va', 'hoac', 'la', 'cua', 'trong', 'cho', 'voi', 'tren', 'duoi', 'den', 'toi', 'so', 'moi', 'nhung', 'thi', 'da', 'se', 'dang', 'duoc', 'bi']);

/** The dash pair "N - M" at token `i` is a listed result: two small whole numbers, a word (a team's name) after it, no unit of ranges. */
function listedResult(p: Passage, tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== '#' || tokens[i + 1] !== '-' || tokens[i + 2] !== '#') return false;
  const next = tokens[i + 3];
  if (next === undefined || SIGNS.has(next) || NO_TEAM.has(next) || RANGE_UNIT.test(next)) return false;
  // (Not "từ 2 - 3", "khoảng 2 - 3", "thứ 2 - 6": a word of ranges or days just before.)
  const before = tokens[i - 1];
  if (before === 'tu' || before === 'khoang' || before === 'thu' || before === 'tuan' || before === 'ngay' || before === 'dieu' || before === 'khoan') return false;
  const f = p.figures.find((x) => x.token === i);
  const g = p.figures.find((x) => x.token === i + 2);
  const result = (x: Figure | undefined): boolean => x !== undefined && !x.calendar && Number.isInteger(x.value) && x.value >= 0 && x.value <= RESULT_MAX && /^\d{1,2}$/.test(x.written);
  return result(f) && result(g);
}

/**
 * A results table flattened into one sentence ("Kết quả: Bảng E: Schalke 04 0 - 3 Chelsea Steaua 1 - 1
 * Basel Bảng F Arsenal 1 - 2 Dortmund …"): each "N - M" between two teams' names is a score, though no
 * word of scores stands before it. The tokens of the first numbers of the sentence's listed results (see
 * `listedResult`), where it lists RESULTS_LISTED or more; else none (one "N - M" with no word of scores
 * may be a range).
 */
function resultsListed(p: Passage, tokens: readonly string[]): ReadonlySet<number> {
  const at = new Set<number>();
  for (const f of p.figures) if (listedResult(p, tokens, f.token)) at.add(f.token);
  return at.size >= RESULTS_LISTED ? at : NONE_LISTED;
}
const NONE_LISTED: ReadonlySet<number> = new Set();

/**
 * The two teams a listed result stands between: the word before its first number (over a number of
 * the team's name: "Schalke 04 0 - 3") and the word after its second ("schalke chelsea").
 */
function teamsAt(tokens: readonly string[], i: number): string | null {
  let k = i - 1;
  while (k >= 0 && tokens[k] === '#') k--;
  const home = tokens[k];
  const away = tokens[i + 3];
  return home === undefined || away === undefined || SIGNS.has(home) ? null : `${home} ${away}`;
}

/** No token (shared, never changed). */
const NO_TOKENS: ReadonlySet<number> = new Set();

/**
 * The figures of a passage with their unit and surrounding words; read once per passage. What they
 * read is the sentence's text alone (its tokens and its figures' values, in order), so they are read
 * once per sentence text (`PassageCommon.contexts`, kept with the sentence's shape) and every other
 * passage of that text gets copies naming its own passage and figures (the k-th figure of a sentence
 * text is the k-th of each of its passages: see passages.ts `passagesOf`). The copies share the word
 * lists, which no rule changes.
 */
export function figureContexts(p: Passage): FigureContext[] {
  const list = p.contexts;
  if (list) return list;
  const common = p.common.contexts;
  if (common !== undefined && common.passage.figures.length === p.figures.length) {
    const own = common.list.map((c, n) => {
      const at = common.figureAt[n] as number;
      return copyContext(c, p, p.figures[at] as Figure, p.figures[at + 1]);
    });
    p.contexts = own;
    return own;
  }
  const made = readContexts(p);
  // (A plain list: a small typed array per sentence text costs more to make and keep than its numbers.)
  const figureAt = made.map((c) => p.figures.indexOf(c.origin));
  p.common.contexts = { passage: p, list: made, figureAt };
  p.contexts = made;
  return made;
}

/**
 * A context of another passage of the same sentence text, for passage `p` and its figure `figure` (same fields, same
 * order); `next` is the figure after it, the upper end a lower end is scaled by as `c` was.
 */
function copyContext(c: FigureContext, p: Passage, figure: Figure, next: Figure | undefined): FigureContext {
  const own = c.figure === c.origin || next === undefined ? figure : scaledLowEnd(figure, next);
  const copy: FigureContext = { passage: p, figure: own, origin: figure, unit: c.unit, second: c.second, words: c.words, sign: c.sign, state: c.state, flow: c.flow, written: c.written, from: c.from, stepWords: c.stepWords, part: c.part, kind: c.kind, tells: c.tells, money: c.money, teams: c.teams, end: c.end };
  if (backwardRanges.has(c)) backwardRanges.add(copy);
  return copy;
}

/**
 * The two ends of ranges written backwards ("500.000 - 450.000 đồng/tháng", "4 triệu - 2 triệu": misprinted, compared
 * as ranges all the same, see `rangeAt`), whose first end, the 'lo' context, is the upper one.
 */
const backwardRanges = new WeakSet<FigureContext>();

/** The contexts of a passage's figures, read from its words and figures (see `figureContexts`). */
function readContexts(p: Passage): FigureContext[] {
  const list: FigureContext[] = [];
  const tokens = passageWords(p);
  // The numbers written right after "từ" (by token), told from "tư"/"tự" before folding.
  // (Both sets made only when needed: most passages have no figure after "từ" and no second figure to skip.)
  const afterFrom: ReadonlySet<number> = p.figures.some((x) => x.afterFrom) ? new Set(p.figures.filter((x) => x.afterFrom).map((x) => x.token)) : NO_TOKENS;
  let skip = null as Set<number> | null;
  // The results of a table flattened into the sentence (see `resultsListed`), read only for a dash pair.
  let listed: ReadonlySet<number> | null = null;
  // The lower ends of ranges by their upper end's token (see `rangeAt`): each read with its upper end.
  let rangeLo = null as Map<number, Figure> | null;
  for (let n = 0; n < p.figures.length; n++) {
    const f = p.figures[n] as Figure;
    const i = f.token;
    // "tỷ số 21/19" reads like a date to the tokenizer: right after the word for score it is a score.
    // So it is right after "thắng" / "thua" when it cannot be a day and month ("thắng 21/18", "để thua
    // 7/21"; not "thắng … ngày 2/1"). See `slashScoreAt`.
    const slashScore = tokens[i + 1] === '/' && slashScoreAt(p, tokens, i);
    if ((f.calendar && !slashScore) || skip?.has(f.token) === true || isYear(f)) continue;
    // The lower end of a range ("6.000 - 9.000 đ/kg", "từ 15 đến 20%") is read with its upper end, which
    // gives the unit written once for both (see `rangeAt`).
    const hiEnd = rangeAt(tokens, i, f, p.figures[n + 1]);
    if (hiEnd !== null) {
      (rangeLo ??= new Map<number, Figure>()).set(hiEnd.token, f);
      continue;
    }
    // The lower end of the range this figure is the upper end of, else undefined; its words and sign are
    // read from the range's start ("tăng 100-300 đồng" is a change, as "tăng 100 đồng" is).
    const lo = rangeLo?.get(i);
    const head = lo === undefined ? i : lo.token;
    // A score "21-18" / "1 - 1": two small whole numbers joined by a dash after a word of scores
    // ("tỷ số", "thua", "hòa", "séc", "thắng" just before), read as one figure. A range ("15-20%", "3-4
    // tuần") was read above (see `rangeAt`); any other "N-M" ("thứ 2-6", "Hà Nội 3-1 Nam Định" with no word
    // of scores) is left out: neither number is compared.
    let second: number | null = null;
    if (tokens[i + 1] === '-' && tokens[i + 2] === '#') {
      const g = p.figures.find((x) => x.token === i + 2);
      const small = g !== undefined && Number.isInteger(f.value) && f.value <= 200 && Number.isInteger(g.value) && g.value <= 200 && !isYear(g);
      listed ??= resultsListed(p, tokens);
      if (g && small && (scoreCue(tokens, i) || listed.has(i)) && !RANGE_UNIT.test(tokens[i + 3] ?? '')) second = g.value;
      else {
        if (g) (skip ??= new Set<number>()).add(g.token);
        continue;
      }
      (skip ??= new Set<number>()).add(g.token);
    }
    // "tỷ số 21/19": a score written with a slash after the word for score.
    if (second === null && slashScore && tokens[i + 2] === '#') {
      const g = p.figures.find((x) => x.token === i + 2);
      if (g && Number.isInteger(f.value) && Number.isInteger(g.value) && f.value <= 200 && g.value <= 200) {
        second = g.value;
        (skip ??= new Set<number>()).add(g.token);
      }
    }
    let j = i + 1;
    while (j < tokens.length && SCALE_WORDS.has(tokens[j] as string)) j++;
    const after = tokens[j];
    let before = tokens[head - 1];
    // "phút thứ 65" is "phút 65".
    if (before === 'thu' && tokens[i - 2] === 'phut') before = 'phut';
    // "cầu thủ 23 tuổi", "kỳ thủ 17 tuổi": a player ("thủ", folded as "thứ" is), not a rank.
    const player = before === 'thu' && PLAYER_BEFORE.has(tokens[i - 2] as string);
    let unit: string | null = null;
    // The token of X in "số X … là N" (see `countedBy`), else -1.
    let countedNoun = -1;
    // A unit spelled out in words ("650 triệu đô la", "15 phần trăm", "120 cây số"): the unit its sign or code is.
    const wordUnit = spelledUnit(tokens, j);
    if (second !== null) unit = 'score';
    else if (wordUnit !== null) unit = wordUnit.unit;
    // "khởi điểm 799 USD", "mức 15 triệu đồng": a currency or measure after the number is its unit; so are the
    // points of a level, "ở mức 503,65 điểm" (another report's "lên 503,65 điểm").
    else if (before !== undefined && UNIT_BEFORE.has(before) && !player && j === i + 1 && !MEASURE_AFTER.has(after ?? '') && after !== '%' && !(before === 'muc' && after === 'diem')) unit = `^${before}`;
    else if (j > i + 1 && (tokens[j - 1] === 'ty' || tokens[j - 1] === 'trieu' || tokens[j - 1] === 'ti' || tokens[j - 1] === 'nghin' || tokens[j - 1] === 'ngan' || after === '/') && (after === undefined || SIGNS.has(after) || (FILLER.has(after) && !countedAt(tokens, j)) || after === 'tuong'))
      // "63.600 tỷ", "364.000 tỷ tương đương": an amount of money in đồng, the currency left unsaid. So is one in
      // nghìn with no noun after it ("chuẩn nghèo 400 nghìn ở nông thôn, 500 nghìn ở thành thị": another outlet's
      // "500.000 đồng ở thành thị"), which had the filler after it, "ở", for its unit (analysis 46).
      unit = 'dong';
    // "1.245 trường hợp mắc" counts what "1.545 ca mắc" does ("trường" alone is a school: "5 trường";
    // "1.200 trường hợp vi phạm" are offences).
    else if (after === 'truong' && tokens[j + 1] === 'hop' && (tokens[j + 2] === 'mac' || tokens[j + 2] === 'nhiem' || (tokens[j + 2] === 'tu' && tokens[j + 3] === 'vong'))) unit = 'ca';
    // "số việc làm được tạo ra là 148.000, thấp hơn …": a number after "là" with no noun of its own
    // counts what the "số X" that opens its clause names — "148.000 việc làm" of another outlet.
    else if (after === undefined || NO_UNIT_AFTER.has(after)) {
      countedNoun = countedBy(tokens, i);
      const w = countedNoun >= 0 ? (tokens[countedNoun] as string) : after;
      unit = w === undefined ? null : UNIT_SPELLINGS[w] ?? w;
    } else if (!SIGNS.has(after) || after === '%') unit = UNIT_SPELLINGS[after] ?? after;
    if (unit === null) continue;
    const words = new Set<string>();
    // A minute of a match is told by what happened then, said anywhere in its clause ("Đến phút 43, đội
    // Việt Nam mắc sai lầm … Joshua … ghi bàn, mở tỷ số 1-0" / "Joshua … ghi bàn mở tỷ số 1-0 ở phút 44").
    let from = Math.max(0, head - WINDOW);
    let to = Math.min(tokens.length, (second !== null ? i + 2 : j) + 1 + WINDOW);
    if (unit === '^phut') {
      // From the minute said before it in the sentence to the one said after it.
      from = Math.max(0, i - MINUTE_WINDOW);
      for (let k = i - 2; k >= from; k--) if (tokens[k] === 'phut' && tokens[k + 1] === '#') from = k + 2;
      to = Math.min(tokens.length, i + 1 + MINUTE_WINDOW);
      for (let k = i + 1; k < to; k++) if (tokens[k] === 'phut' && (tokens[k + 1] === '#' || tokens[k + 2] === '#')) to = k;
    }
    // A phrase of the lexicon the window's start cuts ("[xuất] khẩu điện thoại …") is read whole.
    for (let q = Math.max(0, from - 3); q < from; q++) {
      const cut = phraseAt(tokens, q, i);
      if (cut !== null && q + cut.words.length > from) {
        from = q;
        break;
      }
    }
    for (let k = from; k < to; k++) {
      const w = tokens[k] as string;
      // A phrase of the lexicon ("tranh đấu" / "thi đấu", "số ca" / "ca mắc") is one word, its head.
      const phrase = k === i ? null : phraseAt(tokens, k, k < i ? i : tokens.length);
      if (phrase !== null && !(phrase.words.length === 1 && (w === after || w === before))) {
        // As many times as the phrase has telling syllables, so that a phrase both write alike weighs
        // as its words did ("xuất khẩu": two; "thi đấu" / "tranh đấu" share one).
        let n = 0;
        for (let q = 0; q < phrase.words.length; q++) if (!fillerAt(tokens, k + q)) words.add(n++ === 0 ? phrase.head : `${phrase.head}${REPEAT}${n}`);
        if (n === 0) words.add(phrase.head);
        k += phrase.words.length - 1;
        continue;
      }
      if (k === i || SIGNS.has(w) || fillerAt(tokens, k) || w === after || w === before || w.length < 2 || (wordUnit !== null && k >= j && k < wordUnit.end)) continue;
      // An abbreviation counts as the words it stands for: "thu NSNN" / "thu ngân sách nhà nước".
      const spelled = abbreviationWords(w);
      if (spelled === null) words.add(w);
      else for (const x of spelled) if (!FILLER.has(x)) words.add(x);
    }
    // "số lượt khách quốc tế … là 320.000": the words after X say what is counted, as after "320.000 lượt".
    for (let k = countedNoun + 1; countedNoun >= 0 && k <= countedNoun + 3 && k < i; k++) {
      const w = tokens[k] as string;
      if (SIGNS.has(w) || fillerAt(tokens, k)) break;
      if (w.length >= 2) words.add(w);
    }
    // The unit's own neighbour words count once: "dung lượng pin" / "pin dung lượng".
    if (unit.startsWith('^') && after !== undefined && !SIGNS.has(after) && !fillerAt(tokens, j)) words.add(after);
    if (!unit.startsWith('^') && before !== undefined && !SIGNS.has(before) && !fillerAt(tokens, head - 1)) words.add(before);
    const x = lo === undefined ? stepFrom(p, tokens, i, afterFrom) : null;
    const sorted = [...words].sort();
    const c: FigureContext = { passage: p, figure: f, origin: f, unit, second, words: sorted, sign: signOf(tokens, head, j, afterFrom), state: stateOf(tokens, head, j), flow: flowOf(tokens, head), written: writtenUnit(f), from: x ? x.value : null, stepWords: sorted, part: isPart(p, i), kind: '', tells: false, money: false, teams: second !== null && listed?.has(i) === true ? teamsAt(tokens, i) : null, end: lo === undefined ? null : 'hi' };
    // A range's lower end: its upper end's unit, words and sign, its own value (in the upper end's scale when written bare).
    if (lo !== undefined) {
      const scaled = scaledLowEnd(lo, f);
      const first: FigureContext = { ...c, figure: scaled, origin: lo, written: writtenUnit(scaled), end: 'lo' };
      list.push(first);
      if (scaled.value > f.value) {
        backwardRanges.add(first);
        backwardRanges.add(c);
      }
    }
    list.push(c);
    if (x) stepOf.set(c, x);
  }
  // "từ 4,8 lên 5,3% GDP": the earlier level X of a step, written without its unit, is in Y's unit.
  for (const c of list) {
    const x = stepOf.get(c);
    const xc = x ? list.find((l) => l.origin === x) : undefined;
    if (xc && (xc.unit === 'len' || xc.unit === 'xuong') && bare(xc.figure) && bare(c.figure)) xc.unit = c.unit;
  }
  // The words of a step are the words around its X as well as its Y ("gói bảo hành … từ 1,2 triệu đồng lên 1,5").
  for (const c of list) {
    const x = stepOf.get(c);
    const xc = x ? list.find((l) => l.origin === x) : undefined;
    if (xc) c.stepWords = [...new Set([...c.words, ...xc.words])].sort();
  }
  // The score a goal makes, in the minute's sentence, is the surest word of which minute it is (the
  // sentence's only minute: with several, which score goes with which is not known).
  const scores = list.filter((c) => c.second !== null).map((c) => `${c.figure.value}-${c.second}`);
  // A goal that "mở tỷ số" (opens the scoring) made it 1-0, whether the sentence writes the score or not.
  if (scores.length === 0 && opensScoring(tokens)) scores.push('1-0');
  const minutes = list.filter((c) => c.unit === '^phut');
  if (scores.length > 0 && minutes.length === 1) for (const c of minutes) c.words = [...new Set([...c.words, ...scores])].sort();
  for (let k = list.length - 1; k >= 0; k--) {
    const c = list[k] as FigureContext;
    c.kind = classOf(c);
    // A range's lower end is as worth comparing as its upper end (the next context, read just before it): "2" of
    // "2 - 3 triệu đồng" is 2 triệu, no small count. (Its value stays as written, and so does its class: it is
    // compared only with a lower end written alike, "2 - 4 triệu", never with "2 triệu - 3 triệu".)
    c.tells = c.end === 'lo' ? (list[k + 1] as FigureContext).tells : tellingOf(c);
    c.money = scaledMoney(c);
  }
  return list;
}

/**
 * Whether "N/M" at `i` is a set score: two numbers under 100 right after a word of scores ("tỷ số 2/1",
 * "thắng 21/18", "để thua 7/21", at most one word between: "thua sát 19/21"), not a day and month after
 * "thắng" / "thua" ("thắng … 2/1"), and no counted noun or unit after it. A ratio is not a score: "thắng
 * ở 15/20 xã", "thắng 60/100 phiếu", "thua lỗ 15/20 tháng", "Thanh Hóa có 25/27 huyện", "Khánh Hòa
 * hoàn thành 18/25 chỉ tiêu", "Hòa Phát đạt 21/18 nghìn tấn" ("hòa" is never a cue here: it is also a
 * word of place and company names).
 */
function slashScoreAt(p: Passage, tokens: readonly string[], i: number): boolean {
  const x = p.figures.find((f) => f.token === i);
  const y = p.figures.find((f) => f.token === i + 2);
  if (x === undefined || y === undefined || !Number.isInteger(x.value) || !Number.isInteger(y.value)) return false;
  const after = tokens[i + 3];
  const next = after !== undefined && /^\p{L}/u.test(after) ? after : null;
  if (SCORE_WORD.has(`${tokens[i - 2]} ${tokens[i - 1]}`)) return slashScoreFits('score', x.value, y.value, next);
  const cue = SLASH_CUES.has(tokens[i - 1] as string) ? tokens[i - 1] : SLASH_CUES.has(tokens[i - 2] as string) && SLASH_BETWEEN.has(tokens[i - 1] as string) ? tokens[i - 2] : undefined;
  // (Or a second set right after it: "thua 15/21, 19/21".)
  const secondSet = tokens[i + 3] === '#' && tokens[i + 4] === '/' && tokens[i + 5] === '#';
  if (cue === 'thua' && !(SCORE_BETWEEN.has(tokens[i - 1] as string) || secondSet || setWordIn(tokens))) return false;
  return cue !== undefined && slashScoreFits(cue === 'thua' ? 'lose' : 'win', x.value, y.value, next);
}

/**
 * Words of a set or its points (folded): "séc", "set", "game", "hiệp", "loạt", "điểm" — not "địa
 * điểm", "thời điểm", "quan điểm", "đặc điểm", "ưu điểm", "nhược điểm"; and "ván" where it can only be
 * a game (see `setWordIn`).
 */
const SET_WORDS = new Set(['sec', 'set', 'game', 'hiep', 'tiebreak', 'diem']);
const NOT_POINTS = new Set(['dia', 'thoi', 'quan', 'dac', 'uu', 'nhuoc', 'khoi', 'trong']);
/** Words between "thua" and "X/Y" that say how a match was lost: "thua sát 19/21", "thua đậm 9/21". */
const SCORE_BETWEEN = new Set(['sat', 'dam', 'nguoc']);

/**
 * The sentence (folded tokens) speaks of sets or points. "thua X/Y" without such a word is a ratio as
 * likely as a score ("mùa này đội thua 4/15." — four of fifteen matches): only with one, or with a word
 * of how it was lost ("thua sát 19/21"), is it a score ("… ghi liền 5 điểm trước khi thua 18/21",
 * "thua 7/21 ở séc quyết định"). ("thắng X/Y" needs none:
 * a ratio never has its first number the larger.)
 */
export function setWordIn(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k] as string;
    if (SET_WORDS.has(w) && !(w === 'diem' && NOT_POINTS.has(tokens[k - 1] as string))) return true;
    // "ván" (a game) folds like "vẫn" / "văn": only "ván đầu", "ván thứ hai", "ván quyết định", "2 ván".
    if (w === 'van' && (GAME_NEXT.has(tokens[k + 1] as string) || tokens[k - 1] === '#' || tokens[k - 1] === 'hai' || tokens[k - 1] === 'ba')) return true;
  }
  return false;
}
/** Words after "ván" that make it a game: "ván đầu", "ván thứ hai", "ván quyết định", "ván 3", "ván cuối", "ván mở màn". */
const GAME_NEXT = new Set(['dau', 'thu', 'quyet', 'cuoi', 'mo', '#', 'mot', 'hai', 'ba']);

/**
 * The one rule of a set score written with a slash, for the sentence (`slashScoreAt`) and the article
 * (`scoresIn`) alike: two numbers under 100, after "tỷ số" (`score`), "thắng" (`win`: the first is the
 * larger, "thắng 21/18") or "thua" (`lose`: the first is the smaller, "thua 7/21"), not a day and month
 * after "thắng" / "thua" ("thắng … 2/1"), and nothing after it but punctuation, the end of the sentence
 * or a word of AFTER_SCORE (`next`, folded; null for none). A ratio is not a score: "thắng 14/20 trong
 * mùa giải", "thắng 60/100 phiếu", "thua 7/21 tỉnh thành", "thắng 34/50 lá phiếu".
 */
export function slashScoreFits(cue: 'score' | 'win' | 'lose', x: number, y: number, next: string | null): boolean {
  if (x > 99 || y > 99 || (next !== null && !AFTER_SCORE.has(next))) return false;
  if (cue === 'score') return true;
  if (x <= 31 && y <= 12) return false;
  // (A set is never drawn: "thắng 18/18" is every one of 18, not a score.)
  return cue === 'win' ? x > y : x < y;
}
/** Words of scores a set score written with a slash follows: "thắng", "thua". */
const SLASH_CUES = new Set(['thang', 'thua']);
/** The one word that may stand between them: "thua sát 19/21", "thắng ngược 2/1", "thắng đậm 21/9", "thắng với 21/18". */
const SLASH_BETWEEN = new Set(['sat', 'nguoc', 'dam', 'voi']);
/**
 * Words that may follow a set score ("thắng 21/18 ở séc hai", "… rồi thua 7/21"), folded: no counted
 * noun, no unit, and no word that folds like one ("là" / "lá phiếu", "đó" / "độ").
 */
const AFTER_SCORE = new Set(['o', 'trong', 'tai', 'va', 'sau', 'truoc', 'roi', 'nhung', 'khi', 'de', 'thi']);

/** A number written without scale words ("4,8", not "4,8 triệu"). */
function bare(f: Figure): boolean {
  return /^[\d.,]+$/.test(f.written);
}

/**
 * Words that FILLER hides but that name what a number counts after a scale word: "3 triệu người",
 * "1 triệu gia đình", "1,4 triệu cổ phiếu" are no amounts of money (the đồng left unsaid is read only
 * after a word that names nothing counted: "63.600 tỷ, tăng …").
 */
const COUNTED = new Set(['nguoi', 'gia dinh', 'co phieu']);
function countedAt(tokens: readonly string[], j: number): boolean {
  return COUNTED.has(tokens[j] as string) || COUNTED.has(`${tokens[j]} ${tokens[j + 1]}`);
}

/**
 * The sentence says a goal opened the scoring: "mở tỷ số" / "mở tỉ số", with no word of a chance that
 * did not go in right before it ("bỏ lỡ cơ hội mở tỷ số", "suýt mở tỷ số", "chưa thể mở tỷ số").
 */
function opensScoring(tokens: readonly string[]): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k] !== 'mo' || (tokens[k + 1] !== 'ty' && tokens[k + 1] !== 'ti') || tokens[k + 2] !== 'so') continue;
    let missed = false;
    for (let q = k - 1; q >= 0 && q >= k - MISS_WINDOW; q--) if (MISSED.has(tokens[q] as string) || (tokens[q] === 'co' && tokens[q + 1] === 'hoi')) missed = true;
    if (!missed) return true;
  }
  return false;
}
/** Words of a chance that did not go in ("suýt", "bỏ lỡ", "hụt", "chưa", "không"), and how far back they are read. */
const MISSED = new Set(['suyt', 'lo', 'hut', 'chua', 'khong', 'hong', 'tuot', 'nham', 'muon', 'dinh']);
const MISS_WINDOW = 5;

/** States of counted people or things, by their folded words (a pair: the word before, then the word). */
const STATES: ReadonlyMap<string, string> = new Map([
  ['chet', 'dead'], ['tu vong', 'dead'], ['thiet mang', 'dead'], ['thuong vong', 'casualties'], ['bi thuong', 'injured'],
  ['mat tich', 'missing'], ['nhap vien', 'hospitalised'], ['cap cuu', 'hospitalised'], ['so tan', 'evacuated'],
  ['mac', 'infected'], ['nhiem', 'infected'], ['xuat vien', 'recovered'], ['bi bat', 'arrested'],
  ['tot mai', 'unroofed'], ['ngap', 'flooded'], ['hu hong', 'damaged'],
]);

function stateAt(tokens: readonly string[], k: number): string | null {
  const w = tokens[k];
  if (w === undefined) return null;
  return STATES.get(`${tokens[k - 1]} ${w}`) ?? STATES.get(w) ?? null;
}

/**
 * The state of what the figure at `i` counts (its unit word ends before `j`): the first state word in
 * the three words after the unit ("14 người chết", "3.260 ngôi nhà bị tốc mái"), else in the three
 * words before the number ("làm chết 21 người").
 */
function stateOf(tokens: readonly string[], i: number, j: number): string | null {
  for (let k = j + 1; k <= Math.min(tokens.length - 1, j + 3); k++) {
    const s = stateAt(tokens, k);
    if (s !== null) return s;
  }
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const s = stateAt(tokens, k);
    if (s !== null) return s;
  }
  return null;
}

/**
 * The side of a budget the figure at `i` is said of (see FigureContext.flow), read from the "thu"/"chi"
 * nearest before the figure, within FLOW_WINDOW words and after the figure before it ("thu 790.800 tỷ,
 * chi 986.300 tỷ": each its own). Revenue: "thu" before "ngân sách"/"NSNN"/"nội địa", or after
 * "tổng"/"số"/"nguồn"/"khoản" ("số thu của ngân sách nhà nước chỉ đạt 790.800 tỷ" is revenue, whatever
 * "tổng chi ngân sách" came earlier in the sentence). Spending: "chi" in the same places, or before
 * "thường xuyên"/"đầu tư". "bội chi" is the deficit. Never a budget side: "tổng thu nhập", "thu hút",
 * "Tổng thư ký", a firm's "tổng chi phí". A "thu" that is none of these ("doanh thu", "thủ tướng" fold
 * alike) ends the search with no side; a "chi" that is none ("chỉ đạt", "chị") is passed over.
 */
function flowOf(tokens: readonly string[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - FLOW_WINDOW); k--) {
    const w = tokens[k];
    if (w === '#') break;
    if (w !== 'thu' && w !== 'chi') continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (w === 'chi' && prev === 'boi') return 'deficit';
    const cue =
      !NOT_FLOW.has(next ?? '') &&
      ((next === 'ngan' && tokens[k + 2] === 'sach') ||
        next === 'nsnn' ||
        FLOW_BEFORE.has(prev ?? '') ||
        (w === 'thu' ? next === 'noi' && tokens[k + 2] === 'dia' : (next === 'thuong' && tokens[k + 2] === 'xuyen') || (next === 'dau' && tokens[k + 2] === 'tu')));
    if (cue) return w === 'thu' ? 'revenue' : 'spending';
    if (w === 'thu') return null;
  }
  return null;
}
const FLOW_WINDOW = 15;
/** Words before "thu"/"chi" that make it a side of a budget ("tổng thu", "số thu", "khoản chi"). */
const FLOW_BEFORE: ReadonlySet<string> = new Set(['tong', 'so', 'nguon', 'khoan']);
/** Words after "thu"/"chi" that make it something else ("tổng thu nhập", "thu hút", "Tổng thư ký", "tổng chi phí"). */
const NOT_FLOW: ReadonlySet<string> = new Set(['nhap', 'hut', 'ky', 'phi', 'hoi', 'tuc']);

/** A word of scores in the few words before the figure at `i` ("thắng" only just before: "tháng" folds alike). */
function scoreCue(tokens: readonly string[], i: number): boolean {
  // "thắng 3-1", "dẫn 1-0": right before the score only ("dẫn" also leads a list, "tháng" folds alike).
  if (tokens[i - 1] === 'thang' || tokens[i - 1] === 'dan') return true;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = tokens[k] as string;
    if (SCORE_CUES.has(w) || (k > 0 && SCORE_CUE_PAIRS.has(`${tokens[k - 1]} ${w}`))) return true;
  }
  return false;
}

/** Words after a number that are no noun it counts ("là 148.000, thấp hơn dự báo", "là 30 so với …"). */
const NO_UNIT_AFTER = new Set([...FILLER, 'thap', 'cao', 'vuot', 'bang', 'gap', 'tuong', 'so', 'nhieu', 'it', 'giam', 'tang']);
/** Words that open a new clause (the tokens keep no commas): "số X" before them is another clause's. */
const CLAUSE_OPENERS = new Set(['nhung', 'con', 'khi', 'neu', 'song', 'tuy']);
/** Time words whose number may stand between "số X" and "là N" ("số ca mắc trong tháng 10 là …"). */
const TIME_BEFORE_NUMBER = new Set(['thang', 'nam', 'quy', 'tuan', 'ngay']);

/** Qualifier words that may stand between "là" and its number ("là hơn 148.000"). */
const QUALIFIER_WORDS = new Set(['hon', 'gan', 'khoang', 'tren', 'duoi', 'chi', 'toi', 'den']);

/**
 * What "số X … là N" counts: X, the noun after "số" ("số việc làm", "tổng số ca mắc", "số lượng khách")
 * when the number comes right after "là" (over a qualifier: "là hơn 148.000") and "số" opens the same
 * clause within twelve words (over a time's number: "trong tháng 10"): X's token, else -1. "Nghị định
 * số 15" (a number right after "số") names a document.
 */
function countedBy(tokens: readonly string[], i: number): number {
  let k = i - 1;
  if (k >= 0 && QUALIFIER_WORDS.has(tokens[k] as string)) k--;
  if (tokens[k] !== 'la') return -1;
  for (let q = k - 1; q >= Math.max(0, k - 12); q--) {
    const w = tokens[q] as string;
    if (w === '#' && TIME_BEFORE_NUMBER.has(tokens[q - 1] as string)) continue;
    if (SIGNS.has(w) || CLAUSE_OPENERS.has(w)) return -1;
    if (w !== 'so') continue;
    let x = q + 1;
    if (tokens[x] === 'luong') x++;
    const noun = tokens[x];
    if (noun === undefined || noun === '#' || SIGNS.has(noun) || x >= k) return -1;
    return x;
  }
  return -1;
}

/** Whether the figure at `i` (its unit and scale words end before `j`) is a change, a share or a level. */
function signOf(tokens: readonly string[], i: number, j: number, afterFrom: ReadonlySet<number>): FigureContext['sign'] {
  const step = fromToAt(tokens, i, j, afterFrom);
  if (step === 'from') return 'earlier';
  if (step === 'to') return 'level';
  // "tăng lên 14,5%", "nhích nhẹ lên 501,41 điểm", "giảm xuống còn 3%": the level the change reached, not the change.
  let reached = false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k] as string;
    if (w === 'len' || w === 'xuong') reached = true;
    if (CHANGE_WORDS.has(w)) {
      if (reached) break;
      return 'change';
    }
    // ("chiếm 56,2% GDP" is the ratio to GDP that "nợ công 56,2% GDP" gives: a level, as that one is.)
    if (SHARE_WORDS.has(w)) return tokens[j] === '%' && tokens[j + 1] === 'gdp' ? 'level' : 'share';
    if (!BETWEEN_SIGN.has(w) && !SIGNS.has(w)) break;
  }
  // "… 18% so với cùng kỳ": a change against another time.
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) if (tokens[k] === 'so' && tokens[k + 1] === 'voi') return 'change';
  return 'level';
}

/** Words that may stand between "từ" / "xuống" / "lên" and the figure: "từ mức 13%", "xuống còn hơn 200". */
const STEP_FILLER = new Set(['muc', 'con', 'hon', 'gan', 'khoang', 'tren', 'duoi', 'chi']);

/** Index of the word before the figure at `i`, over the step fillers ("từ mức …", "xuống còn …"). */
function wordBefore(tokens: readonly string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && STEP_FILLER.has(tokens[k] as string)) k--;
  return k;
}

/** "xuống" / "lên" at `k` as the verb of a step to a new figure, not "trở lên" ("từ 18 tuổi trở lên"). */
function stepVerbAt(tokens: readonly string[], k: number): boolean {
  return (tokens[k] === 'xuong' || tokens[k] === 'len') && tokens[k - 1] !== 'tro';
}

/**
 * The figure at `i` (its scale words end before `j`) in a step "từ X xuống/lên (còn) Y": 'from' for X
 * (the earlier level), 'to' for Y (the new level), else null. `afterFrom`: the numbers' tokens written
 * right after "từ" (see Figure.afterFrom; "tư", "tự" fold alike).
 */
export function fromToAt(tokens: readonly string[], i: number, j: number, afterFrom: ReadonlySet<number>): 'from' | 'to' | null {
  if (afterFrom.has(i)) {
    // After X and its unit ("đồng/lít", "%"), the step verb and then Y.
    for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
      if (tokens[k] === '#') break;
      if (stepVerbAt(tokens, k)) {
        let m = k + 1;
        while (m < tokens.length && STEP_FILLER.has(tokens[m] as string)) m++;
        if (tokens[m] === '#') return 'from';
        break;
      }
    }
  }
  const k = wordBefore(tokens, i);
  if (stepVerbAt(tokens, k)) {
    // Before the verb, X and its unit, with "từ" before X.
    for (let n = k - 1; n >= Math.max(0, k - 5); n--) if (tokens[n] === '#') return afterFrom.has(n) ? 'to' : null;
  }
  return null;
}

/** X of a step "từ X lên/xuống (còn) Y" when the figure at `i` is its Y (see `fromToAt`), else null. */
function stepFrom(p: Passage, tokens: readonly string[], i: number, afterFrom: ReadonlySet<number>): Figure | null {
  const k = wordBefore(tokens, i);
  if (!stepVerbAt(tokens, k)) return null;
  for (let n = k - 1; n >= Math.max(0, k - 5); n--) {
    if (tokens[n] !== '#') continue;
    if (!afterFrom.has(n)) return null;
    for (const x of p.figures) if (x.token === n) return x;
    return null;
  }
  return null;
}

/** The X figure of each step's Y context (see `stepFrom`). */
const stepOf = new WeakMap<FigureContext, Figure>();

/**
 * Two new levels of one step from the same earlier level ("từ 4,8% lên 5,3%" / "từ 4,8 lên 6,3%"): the
 * earlier level given alike says which figure it is, as one digit apart does (see `digitApart`).
 */
export function sameStep(a: FigureContext, b: FigureContext): boolean {
  return (
    a.from !== null &&
    b.from !== null &&
    a.from === b.from &&
    a.figure.value !== a.from &&
    b.figure.value !== b.from &&
    // (Only with a telling word of the step in common, as for one digit apart: a charger's price and a
    // repair fee both raised "từ 1,2 triệu đồng" are two things.)
    shared(a.stepWords, b.stepWords) >= DIGIT_SHARED
  );
}

/** The words two matched figures share (for two steps from one earlier level, the words of the steps), a lexicon head once. */
function eventWords(a: FigureContext, b: FigureContext): string[] {
  const both = sameStep(a, b) ? a.stepWords.filter((w) => b.stepWords.includes(w)) : a.words.filter((w) => b.words.includes(w));
  return both.filter((w) => !w.includes(REPEAT));
}

/** Between a lexicon head and its count when a phrase weighs more than one word (see figureContexts). */
const REPEAT = '\u0002';

function shared(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if ((a[i] as string) < (b[j] as string)) i++;
    else j++;
  }
  return n;
}

/**
 * How alike two figures' surroundings are: shared telling words, and their share of the smaller set.
 * `co`: the other figures of their sentences that agree (see `coFigures`), each counted as a word shared.
 */
function closeness(a: FigureContext, b: FigureContext, co = 0): number {
  return closenessOf(a, b, shared(a.words, b.words), co);
}

/** `closeness` with the words the two share counted already (`sharedWords`: `shared(a.words, b.words)`). */
function closenessOf(a: FigureContext, b: FigureContext, sharedWords: number, co = 0): number {
  const n = sharedWords + co;
  if (n < MIN_SHARED) return 0;
  const share = n / (Math.min(a.words.length, b.words.length) + co);
  // A minute's words span its clause: many words in common say it, whatever their share.
  if (share < MIN_SHARE && !(a.unit === '^phut' && n >= MINUTE_SHARED)) return 0;
  return n + share;
}

/**
 * Sentences with more figures than this are tables or lists: their figures are not read as each other's
 * surroundings. The co-figure tables (see CoTable) hold a sentence's figures as the bits of one 32-bit
 * number (`1 << j`, j < CO_FIGURES_MAX): it must stay at most 31, which the module checks when loaded.
 */
const CO_FIGURES_MAX: number = 8;
if (CO_FIGURES_MAX > 31) throw new Error('CO_FIGURES_MAX must stay at most 31: the co-figure tables are 32-bit masks');

/**
 * Which figures of two passages agree (see `coFigureList`), read once per pair of passages: `best`
 * scores a figure against every figure of its class on the other side, and each score asks the other
 * figures of both sentences (eight at most: see CO_FIGURES_MAX). Bit j of `forth[i]` is set when mine[i]
 * and theirs[j] have one unit and agree (`figuresAgree(mine[i], theirs[j])`); `back` the same read the
 * other way (`figuresAgree(theirs[j], mine[i])`), bit j of `back[i]`, read only when asked (`asked`).
 */
interface CoTable {
  mine: readonly FigureContext[];
  theirs: readonly FigureContext[];
  forth: number[];
  back: number[];
  asked: number[];
  /**
   * How many co-figures mine[i] and theirs[j] have (see `coFigures`), at i × theirs.length + j, -1 until
   * asked: `best` asks a pair again when it is the pick, and the pick's own best runs the other way.
   */
  counts: number[];
}

/**
 * The co-figure tables of one `eventMatches` call, by pair of passages (held by the call only, never by
 * the module); null for a pair that has no co-figures: one figure or a table on a side (see
 * CO_FIGURES_MAX), or no telling figure of the first that agrees with one of the second.
 */
class CoTables extends Map<Passage, Map<Passage, CoTable | null>> {
  /** Passages none of whose telling figures agrees with any figure of the other article (see `lone`). */
  private readonly alone = new Map<Passage, boolean>();
  /**
   * `others(p)`: the figures by unit of the article p is compared with; null when the call cannot tell (no
   * passage is then read as `lone`).
   */
  constructor(private readonly others: ((p: Passage) => ReadonlyMap<string, readonly FigureContext[]> | null) | null = null) {
    super();
  }

  /**
   * No telling figure of p agrees with a figure of the other article of its unit: p has no table with any
   * passage of it (see `coTable`: a table needs one such figure agreeing with one of the other passage's).
   * Read once per passage, not once per pair: a price list of lines that each hold two figures ("Chợ số 12:
   * lợn hơi 61.200 đồng/kg, tăng 1.300 đồng.") otherwise keeps an empty table for every pair of its lines.
   */
  lone(p: Passage, mine: readonly FigureContext[]): boolean {
    if (this.others === null) return false;
    let out = this.alone.get(p);
    if (out === undefined) {
      const theirs = this.others(p);
      out = theirs !== null && !mine.some((h) => telling(h) && someAgreeing(theirs.get(h.unit) ?? [], h, agreesWith));
      this.alone.set(p, out);
    }
    return out;
  }
}

/** `figuresAgree(h, g)`, as `someAgreeing` asks it (g of the list, h the figure asked). */
function agreesWith(g: FigureContext, h: FigureContext): boolean {
  return figuresAgree(h, g);
}

function coTable(tables: CoTables, p: Passage, q: Passage): CoTable | null {
  const mine = figureContexts(p);
  const theirs = figureContexts(q);
  // (One figure or a table on a side: no table, known from the two lists alone — nothing kept for it.)
  if (mine.length < 2 || theirs.length < 2 || mine.length > CO_FIGURES_MAX || theirs.length > CO_FIGURES_MAX) return null;
  // (Nor for a passage whose telling figures the other article never gives: see `CoTables.lone`.)
  if (tables.lone(p, mine)) return null;
  let row = tables.get(p);
  if (!row) tables.set(p, (row = new Map()));
  let table = row.get(q);
  if (table !== undefined) return table;
  table = null;
  const forth: number[] = [];
  let any = false;
  for (const h of mine) {
    let bits = 0;
    for (let j = 0; j < theirs.length; j++) {
      const g = theirs[j] as FigureContext;
      if (g.unit === h.unit && figuresAgree(h, g)) bits |= 1 << j;
    }
    forth.push(bits);
    if (bits !== 0 && telling(h)) any = true;
  }
  if (any) table = { mine, theirs, forth, back: mine.map(() => 0), asked: mine.map(() => 0), counts: new Array<number>(mine.length * theirs.length).fill(-1) };
  row.set(q, table);
  return table;
}

/** `theirs[j]` has `mine[i]`'s unit and agrees with it, read that way round (see CoTable `back`). */
function agreesBack(t: CoTable, j: number, i: number): boolean {
  const bit = 1 << j;
  if (((t.asked[i] as number) & bit) === 0) {
    const g = t.theirs[j] as FigureContext;
    const f = t.mine[i] as FigureContext;
    t.asked[i] = (t.asked[i] as number) | bit;
    if (g.unit === f.unit && figuresAgree(g, f)) t.back[i] = (t.back[i] as number) | bit;
  }
  return ((t.back[i] as number) & bit) !== 0;
}

/**
 * The other figures of two figures' sentences that agree (see `coFigures`): each as written in the first
 * sentence ("752.370", "7,8"), in its order there. `tables`: the call's tables (see `CoTables`).
 */
function coFigureList(a: FigureContext, b: FigureContext, tables: CoTables): string[] {
  // (A part of a total, "trong đó thu nội địa 485.300 tỷ", "riêng thu từ dầu thô 115.800 tỷ": the
  // agreeing total says nothing of which part it is.)
  if (a.part || b.part || a.passage === b.passage) return [];
  const t = coTable(tables, a.passage, b.passage);
  if (t === null) return [];
  return coFiguresIn(t, a, t.mine.indexOf(a), b, t.theirs.indexOf(b));
}

/** `coFigureList` of mine[ia] (`a`) and theirs[ib] (`b`) in their passages' table `t`. */
function coFiguresIn(t: CoTable, a: FigureContext, ia: number, b: FigureContext, ib: number): string[] {
  const { mine, forth } = t;
  const out: string[] = [];
  for (let i = 0; i < mine.length; i++) {
    const h = mine[i] as FigureContext;
    // (Not the compared figures, nor a figure giving either one's value: that would be the value again.)
    const agree = forth[i] as number;
    if (i === ia || !telling(h) || (agree & (1 << ib)) !== 0) continue;
    let found = false;
    for (let j = 0; j < t.theirs.length && !found; j++) found = j !== ib && (agree & (1 << j)) !== 0 && !agreesBack(t, j, ia);
    if (!found) continue;
    const written = h.second !== null ? `${h.figure.value}-${h.second}` : h.unit === '%' ? `${h.figure.written}%` : h.figure.written;
    // (A score a minute's words already hold, "1-0", is counted once.)
    if (!a.words.includes(written) && !b.words.includes(written)) out.push(written);
  }
  return out;
}

/** Tokens back from a figure that may name it a part of a total ("trong đó", "riêng", "gồm"). */
const PART_WINDOW = 8;

/**
 * The figure at token `i` of the passage is given as a part of a total: "riêng", "gồm"/"bao gồm",
 * "trong đó" before it, or "Trong <total> …, <part>" — back to the figure before it in its sentence.
 */
function isPart(p: Passage, i: number): boolean {
  const t = p.tokens;
  for (let k = i - 1; k >= 0 && k >= i - PART_WINDOW; k--) {
    const w = wordOf(t[k] as number);
    if (w === 'rieng' || w === 'gom' || (w === 'trong' && wordOf(t[k + 1] as number) === 'do')) return true;
    if (w === '#') return k > 0 && wordOf(t[k - 1] as number) === 'trong';
    if (w === '.') return false;
  }
  return false;
}

/**
 * How many other figures of two figures' sentences agree: re-worded reports of one passage keep its
 * figures where they change its words ("thu cân đối ngân sách ước đạt 752.370 tỷ đồng, giảm 63.630 tỷ
 * đồng (tương đương 7,8%) so với dự toán" / "… đạt 752.300 tỷ đồng, giảm 63.600 tỷ đồng (-7,8%) …"): the
 * two figures beside 63.630 and 63.600 say which figure it is as shared words do. Only small telling
 * figures count (not a year, a date, a small count: see `telling`), and never in a table or a long list.
 */
function coFigures(a: FigureContext, b: FigureContext, tables: CoTables): number {
  if (a.part || b.part || a.passage === b.passage) return 0;
  const t = coTable(tables, a.passage, b.passage);
  if (t === null) return 0;
  const ia = t.mine.indexOf(a);
  const ib = t.theirs.indexOf(b);
  const at = ia * t.theirs.length + ib;
  let n = t.counts[at] as number;
  if (n < 0) t.counts[at] = n = coFiguresIn(t, a, ia, b, ib).length;
  return n;
}

/** Telling words two figures share at least, and their share of the smaller context, to be one figure by their words alone. */
const STRONG_SHARED = 4;
const STRONG_SHARE = 0.5;

/**
 * Two figures whose surroundings say by themselves that they are one figure: at least STRONG_SHARED
 * telling words in common, half of the shorter context or more ("máy bay … có khả năng mang tới 4,5 tấn
 * vũ khí như tên lửa" / "mang theo 5,5 tấn vũ khí gồm tên lửa": mang, tên, lửa, vũ). Reports paired by
 * their names alone across midnight compare only such figures: a name and a word or two in common
 * ("tay vợt … hạng 18") are what two days' reports of one tournament also share.
 */
export function strongContext(a: FigureContext, b: FigureContext): boolean {
  const n = shared(a.words, b.words);
  return n >= STRONG_SHARED && n >= STRONG_SHARE * Math.min(a.words.length, b.words.length);
}

/**
 * "top 10", "tốp 20": a bound of a rank (within the first N), not a rank. Two bounds never contradict
 * each other ("top 20" holds for every player of the "top 10"), so they are never compared as one fact.
 */
const TOP = '^top';

/** Units whose small whole numbers are still one telling figure (a minute, a rank, a score). */
const SMALL_UNITS = new Set(['score', '^phut', '^hang', '^thu', '^set', '^sec', '^vong']);
/** Figures two articles must give alike (same unit, value and words around them) to be compared. */
const MIN_ANCHORS = 2;
/** Shared words needed when a side has several figures of the same unit and size. */
const MANY_SHARED = 3;

/** A figure worth comparing across outlets: not a small count ("2 bàn", "3 lần") that many facts share (read once: FigureContext.tells). */
function telling(f: FigureContext): boolean {
  return f.tells;
}
function tellingOf(f: FigureContext): boolean {
  return SMALL_UNITS.has(f.unit) || MEASURES.has(f.unit) || !Number.isInteger(f.figure.value) || Math.abs(f.figure.value) >= 10;
}

/** Units of measure (not counts): "5 inch", "2 GB" are specifications, however small the number. */
const MEASURES = new Set(['inch', 'ghz', 'gb', 'mb', 'tb', 'mp', 'megapixel', 'mah', 'kg', 'km', 'lit', 'mm', 'cm']);

/** A unit of measure of a specification ("mAh", "GHz", "inch"), not a count of people or things. */
export function isMeasure(unit: string): boolean {
  return MEASURES.has(unit);
}

/**
 * A figure two reports give alike that says by itself they report one thing, whatever words surround
 * it: a measure given to its decimals or in the hundreds ("20,7 megapixel", "3.000 mAh", "2,2 GHz").
 */
function selfTelling(f: FigureContext): boolean {
  return MEASURES.has(f.unit) && (!Number.isInteger(f.figure.value) || Math.abs(f.figure.value) >= 100);
}

/** Telling words two mentions of one figure share at least, and their share of the shorter context. */
const MIN_SHARED = 2;
const MIN_SHARE = 0.4;
/** Shared words that make two minutes one, whatever their share of the minutes' long contexts. */
const MINUTE_SHARED = 4;
/** Minutes further apart than this are two moments of a match, not one minute misreported. */
const MINUTES_APART = 5;

/** A score ("1-0", "2-1") among the words of both minutes: the goal each was said to make (see figureContexts). */
function sameScoreMade(a: FigureContext, b: FigureContext): boolean {
  return a.words.some((w) => SCORE_MADE.test(w) && b.words.includes(w));
}
const SCORE_MADE = /^\d{1,2}-\d{1,2}$/;
/** Each minute's words give a score it made, and no score is in both: two goals ("lên 3-0" / "lên 4-0"), however alike their words. */
function otherScoresMade(a: FigureContext, b: FigureContext): boolean {
  return a.words.some((w) => SCORE_MADE.test(w)) && b.words.some((w) => SCORE_MADE.test(w)) && !sameScoreMade(a, b);
}

/**
 * The length of a match: minutes written right before a word of playing ("sau 58 phút thi đấu", "sau 68 phút
 * tranh đấu": the lexicon's "thi đấu"). A match has one length, so two reports that each give one such length
 * give the same figure, whatever other words surround it (see `oneLengthEach`).
 */
function matchLength(f: FigureContext): boolean {
  if (f.unit !== 'phut' || f.sign !== 'level' || f.second !== null) return false;
  const tokens = passageWords(f.passage);
  const t = f.figure.token;
  return tokens[t + 1] === 'phut' && phraseAt(tokens, t + 2)?.head === PLAYING;
}
const PLAYING = 'thi đấu';

/** Each article gives one match length only (see `matchLength`), `a` and `b`: the two are one figure. */
function oneLengthEach(a: FigureContext, b: FigureContext, allA: readonly FigureContext[], allB: readonly FigureContext[]): boolean {
  return matchLength(a) && matchLength(b) && allA.filter(matchLength).length === 1 && allB.filter(matchLength).length === 1;
}

/**
 * Two reports' minutes that make the same score ("Phút 64, chính Bảo đã lập công san bằng 1-1" / "… để san bằng tỉ số
 * 1-1 ở phút 64": written after a word of scoring, see `madeIn`), each the only minute of its report that gives that
 * score: one goal, however the rest is worded (a match reaches each score once). A report that gives the score at two
 * minutes (a round-up of two matches, "1-1" as a half-time score) says nothing of which one it is.
 */
function oneScoreMadeEach(a: FigureContext, b: FigureContext, allA: readonly FigureContext[], allB: readonly FigureContext[]): boolean {
  if (a.unit !== '^phut' || b.unit !== '^phut') return false;
  const score = a.words.find((w) => SCORE_MADE.test(w) && b.words.includes(w));
  if (score === undefined || !madeIn(a, score) || !madeIn(b, score)) return false;
  return scoreMinutes(allA, score) === 1 && scoreMinutes(allB, score) === 1;
}

/**
 * Words of scoring right before a score (SCORING_REACH words): "san bằng 1-1", "gỡ hòa 1-1", "nâng tỷ số lên 2-1", "rút
 * ngắn tỷ số xuống 1-2", "mở tỷ số 1-0" — the score the minute's goal made, not one standing at that minute ("Phút 80,
 * khi tỷ số vẫn là 1-1, … nhận thẻ đỏ", "đá hỏng phạt đền khi tỷ số đang là 1-1") nor another match's result ("hòa
 * Myanmar 1-1 … ở phút 30"). (Review s75-r2.)
 */
const SCORING_WORDS = new Set(['bang', 'go', 'nang', 'len', 'rut', 'xuong', 'mo']);
const SCORING_REACH = 4;
/** The minute's sentence writes `score` after a word of scoring (see SCORING_WORDS). */
function madeIn(m: FigureContext, score: string): boolean {
  const tokens = passageWords(m.passage);
  return figureContexts(m.passage).some((c) => {
    if (c.second === null || `${c.figure.value}-${c.second}` !== score) return false;
    for (let k = Math.max(0, c.figure.token - SCORING_REACH); k < c.figure.token; k++) if (SCORING_WORDS.has(tokens[k] as string)) return true;
    return false;
  });
}

/** The minutes of an article's figures that give a score made, by score: counted once per article's list. */
const minutesByScore = new WeakMap<readonly FigureContext[], Map<string, number>>();
function scoreMinutes(all: readonly FigureContext[], score: string): number {
  let counts = minutesByScore.get(all);
  if (counts === undefined) {
    counts = new Map();
    for (const f of all) {
      if (f.unit !== '^phut') continue;
      for (const w of new Set(f.words)) if (SCORE_MADE.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    minutesByScore.set(all, counts);
  }
  return counts.get(score) ?? 0;
}

/** Telling words two reports' only measures of a kind share at least to be one figure (see `onlyOfKindEach`). */
const ONLY_SHARED = 1;

/**
 * Each of two reports of one event gives one value only of a measure of one kind (unit, sign, order of
 * magnitude: see `classOf`; a unit of a specification, see `isMeasure`) — one value, however often it is
 * written — and neither gives the other's value: then the two are one figure when they share a telling word,
 * not two as `closeness` asks ("Z1 … có pin lên đến 4.000 mAh" / "pin dung lượng 3.000 mAh": one battery). A
 * product's one battery, screen or camera is worded as each outlet likes, often with a single word the other
 * also writes; a second such measure in either report leaves the words to say which one it is, as before.
 * Only measures: a count or an amount given once by each report may be two facts of one kind ("16 nghìn thành
 * viên" of one province's teams, "12.000 thành viên" of another's, whose one word in common, "viên", is the
 * unit's own), and a minute, a rank or an ordinal ("bàn thua thứ hai" / "bàn thua thứ 3") marks one moment of
 * a sequence. Another product named around either figure stays another figure (the names check). (Analysis 42.)
 */
function onlyOfKindEach(a: FigureContext, b: FigureContext, va: View, vb: View): boolean {
  const one = (f: FigureContext, v: View): boolean => (v.byKind.get(f.kind) ?? []).every((g) => g.second === null && sameValue(g.figure, f.figure));
  return MEASURES.has(a.unit) && a.second === null && b.second === null && one(a, va) && one(b, vb);
}

/** Digits (at the coarser precision of two figures) both must give for one differing digit to tell. */
const DIGIT_APART_LENGTH = 3;
/** Telling words two figures one digit apart share at least. */
const DIGIT_SHARED = 1;
/** What one digit apart adds to a candidate's score among a class (see eventMatches: `best`). */
const DIGIT_BONUS = 3;

/**
 * Two values that differ in one digit only, at a place both give: "752.370 tỷ" / "852.370 tỷ",
 * "63.600 tỷ" / "73.630 tỷ" (the finer value read to the coarser one's last digit, rounded or cut
 * off: outlets do both). A digit mistyped or misread when a report is written again is the commonest
 * way one outlet's figure departs from the others'. With three digits or more given, two unrelated
 * figures of one unit and size are rarely one digit apart (about 1 in 30 at three digits, 1 in 250 at
 * four); two-digit values (minutes, ranks, small counts) are one digit apart too often to tell anything.
 */
export function oneDigitApart(a: Figure, b: Figure): boolean {
  return digitsApart(a, writtenUnit(a), b, writtenUnit(b));
}

/** `oneDigitApart` with the figures' written units given (read once per figure: see FigureContext.written). */
function digitsApart(a: Figure, ua: number, b: Figure, ub: number): boolean {
  if (a.value === b.value || Math.sign(a.value) !== Math.sign(b.value)) return false;
  // (No array of the three: asked for every pair of figures of a class that two reports compare.)
  const aFine = ua <= ub;
  const fine = aFine ? a : b;
  const p = aFine ? ub : ua;
  const coarse = aFine ? b : a;
  const y = Math.round(Math.abs(coarse.value) / p);
  if (y < 10 ** (DIGIT_APART_LENGTH - 1)) return false;
  const x = Math.abs(fine.value) / p;
  return oneDigitOff(Math.round(x), y) || oneDigitOff(Math.floor(x + 1e-9), y);
}

/** Two whole numbers of as many digits that differ in exactly one of them. */
function oneDigitOff(x: number, y: number): boolean {
  let differ = 0;
  while (x > 0 || y > 0) {
    // A digit more on one side: not as many digits.
    if (x === 0 || y === 0) return false;
    if (x % 10 !== y % 10 && ++differ > 1) return false;
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  return differ === 1;
}

/** Two figures of one class one digit apart (see `oneDigitApart`) that share a telling word. */
function digitApart(a: FigureContext, b: FigureContext, sharedWords?: number): boolean {
  // (The shared words counted only for two single figures: the same answer, read less often.)
  return a.second === null && b.second === null && (sharedWords ?? shared(a.words, b.words)) >= DIGIT_SHARED && digitsApart(a.figure, a.written, b.figure, b.written);
}

/** Values that agree within rounding and the qualifiers ("gần 45.000 tỷ" / "45 nghìn tỷ"; "hơn 2 triệu" / "2,9 triệu"). */
export function figuresAgree(a: FigureContext, b: FigureContext): boolean {
  if (a.second !== null || b.second !== null) {
    if (a.second === null || b.second === null) return false;
    return (a.figure.value === b.figure.value && a.second === b.second) || (a.figure.value === b.second && a.second === b.figure.value);
  }
  // (An upper end and a lower end are two facts: "mua vào 74-75 triệu" does not give "bán ra 75-77 triệu"'s 75 again —
  // unless a range is written backwards, "4 triệu - 2 triệu", whose first end is its upper one: review s77.)
  if (a.end !== null && b.end !== null && a.end !== b.end && !backwardRanges.has(a) && !backwardRanges.has(b)) return false;
  const fa = a.figure;
  const fb = b.figure;
  // Rounding does not cross a bound: "hơn 3 triệu" is not 2,9 triệu, whatever "3 triệu" rounds.
  if (sameValue(fa, fb) && !crossesBound(fa, fb) && !crossesBound(fb, fa)) return true;
  if (cutOffAgrees(a, b)) return true;
  // Ranges that only touch do not overlap: "phút 43" ([42,5; 43,5]) and "phút 44" ([43,5; 44,5]) differ.
  const eps = 1e-9 * Math.max(1, Math.abs(fa.value), Math.abs(fb.value));
  return lowOf(fa) < highOf(fb) - eps && lowOf(fb) < highOf(fa) - eps;
}

/** Currencies: only an amount of money given with a scale word is ever cut off. */
const MONEY_UNITS = new Set(['dong', 'usd', 'euro', 'eur', 'yen']);

/**
 * Two figures of re-worded reports of one event where one is the other cut off (see `cutOff`): only
 * for exact amounts of money given with a scale word ("752.300 tỷ đồng" for "752.370 tỷ đồng"), the
 * aggregates outlets truncate. A toll, a count of cases or a price in đồng ("1.230 ngôi nhà" for
 * "1.235", "25.800 đồng" for "25.870") is never truncated: there a last digit changed to 0 is a
 * changed figure. Never used for a sentence copied word for word (see `pairDrafts`), where any digit
 * changed is an edit.
 */
export function cutOffAgrees(a: FigureContext, b: FigureContext): boolean {
  // (`money`: `scaledMoney`, read once per figure.)
  return a.second === null && b.second === null && a.money && b.money && cutOff(a.figure, b.figure);
}

/** A scale word at the end of a figure as written ("752.370 tỷ"). */
const SCALE_WRITTEN = /\s(?:tỷ|tỉ|triệu)$/iu;

/**
 * An exact amount of money given with a scale word (see `cutOffAgrees`). A module function, not a
 * closure: it runs for every pair of figures two articles of one event compare.
 */
function scaledMoney(f: FigureContext): boolean {
  return MONEY_UNITS.has(f.unit) && f.figure.qualifier === 'exact' && SCALE_WRITTEN.test(f.figure.written);
}

/** The coarser value of a cut-off, in its own last unit, at least (three digits given). */
const CUT_OFF_DIGITS = 100;

/** The last unit a figure is given to, its trailing zeros read as rounding ("752.300 tỷ": a hundred tỷ). */
function roundedTo(f: Figure): number {
  let unit = 1;
  while (f.value !== 0 && Number.isInteger(f.value / (unit * 10)) && unit < 1e15) unit *= 10;
  return unit;
}

/**
 * One value is the other cut off at its own precision rather than rounded ("752.300 tỷ" for "752.370
 * tỷ", "63.600 tỷ" for "63.630 tỷ"): outlets do both, and neither gives another figure.
 */
export function cutOff(a: Figure, b: Figure): boolean {
  if (a.value === b.value || Math.sign(a.value) !== Math.sign(b.value)) return false;
  const aFine = roundedTo(a) <= roundedTo(b);
  const fine = aFine ? a : b;
  const coarse = aFine ? b : a;
  const unit = roundedTo(coarse);
  // Three digits given at least ("752.300", "63.600"): "5.000" beside "5.500" may be a round figure
  // given exactly, not 5.500 cut off.
  if (unit < 10 || roundedTo(fine) >= unit || Math.abs(coarse.value) / unit < CUT_OFF_DIGITS) return false;
  return Math.trunc(fine.value / unit) * unit === coarse.value;
}

/** `other` lies on the wrong side of `bound`'s bound ("hơn 3 triệu" / "2,9 triệu"). */
function crossesBound(bound: Figure, other: Figure): boolean {
  if (bound.qualifier === 'more') return highOf(other) <= bound.value;
  if (bound.qualifier === 'less') return lowOf(other) >= bound.value;
  return false;
}

/** A whole number, within floating error. */
function whole(x: number): boolean {
  return Math.abs(x - Math.round(x)) < 1e-6;
}

/** The last unit a figure is given to, trailing zeros read as rounding: 1.000 tỷ for "752.000 tỷ", 0,1 triệu for "3,4 triệu". */
function writtenUnit(f: Figure): number {
  let unit = Math.max(f.tolerance * 2, Number.MIN_VALUE);
  while (f.value !== 0 && unit < 1e15 && whole(f.value / (unit * 10))) unit *= 10;
  return unit;
}

/**
 * A bound as a confirmation: "hơn 2 triệu" says 2 triệu and some, up to the next unit it is given to
 * (2,9 triệu, not 16 triệu); "dưới 65%" says a little under 65%, not 6%. Read for whether an article
 * gives a figure at all (see `gives`), never for whether two figures of one fact are at odds.
 */
function boundHolds(bound: Figure, other: Figure): boolean {
  if (bound.qualifier === 'more') return lowOf(other) < bound.value + writtenUnit(bound);
  if (bound.qualifier === 'less') return highOf(other) > bound.value - writtenUnit(bound);
  return true;
}

/** The values a figure allows with its qualifier and rounding: from `lowOf` to `highOf`. */
function slackOf(f: Figure): number {
  return f.qualifier === 'approx' ? Math.max(Math.abs(f.value) * APPROX_SHARE, f.tolerance) : f.tolerance;
}
function lowOf(f: Figure): number {
  if (f.qualifier === 'more') return f.value;
  if (f.qualifier === 'less') return -Infinity;
  return f.value - slackOf(f);
}
function highOf(f: Figure): number {
  if (f.qualifier === 'more') return Infinity;
  if (f.qualifier === 'less') return f.value;
  return f.value + slackOf(f);
}

/** Two figures give one value: they agree, a bound among them taken near its value (see `boundHolds`). */
function sameGiven(g: FigureContext, f: FigureContext): boolean {
  return figuresAgree(g, f) && boundHolds(g.figure, f.figure) && boundHolds(f.figure, g.figure);
}

/** The article gives this value for this unit somewhere (the figure is confirmed there). */
function gives(byUnit: ReadonlyMap<string, readonly FigureContext[]>, f: FigureContext): boolean {
  const list = byUnit.get(f.unit);
  if (list === undefined) return false;
  return someAgreeing(list, f, sameGiven, true);
}

/** Lists of one unit shorter than this are read whole by `someAgreeing`: an index pays only for a long list. */
const INDEXED_FROM = 32;

/**
 * A long list of one unit's figures (see `someAgreeing`): its single, exact figures that are no scaled money
 * ("27.000 đồng/kg", the lines of a price list), by value, and the largest tolerance among them; its "khoảng …"
 * figures, its scaled money ("752.370 tỷ đồng") and its bounds ("hơn …", "dưới …") each by value too; the others
 * (pairs: "21-19", "3/5") as listed.
 */
interface ValueIndex {
  plain: FigureContext[];
  values: number[];
  tolerance: number;
  /**
   * The single "khoảng …" figures that are no scaled money, by value ("khoảng 61.000-63.000 đồng/kg" on every line of a
   * price list: each end), and the largest tolerance among them: a figure's reach is at most APPROX_SHARE of its value
   * beyond that (see `slackOf`), so those near f's value are found as plain ones are (review s75-r1: read all of them
   * for every figure asked, such lists were quadratic).
   */
  approx: FigureContext[];
  approxValues: number[];
  approxTolerance: number;
  /**
   * The exact amounts of money given with a scale word ("200,01 tỷ đồng"), by the last unit they are written to
   * (`roundedTo`: a cut-off reaches that far, see `cutOff`), each bucket by value with its largest tolerance.
   * Review s76-r1: read whole for every figure asked, such lists were quadratic.
   */
  money: UnitBuckets;
  /**
   * The single bounds ("hơn 20.010 đồng/kg", "dưới …"), above and below, by their written unit (`writtenUnit`: a bound
   * holds up to one such unit past its value where the test is `sameGiven`, see `boundHolds`), each bucket by value
   * with its largest tolerance. `figuresAgree` alone reads them all: a bound agrees with every value on its side.
   */
  more: UnitBuckets;
  less: UnitBuckets;
  /**
   * The pairs ("2-1", "21-19"), by their two numbers either way round (see `pairKey`): a pair agrees with the same two
   * numbers only (`figuresAgree`). Review s76-r2: read whole for every pair asked, a results table was quadratic.
   */
  pairs: Map<string, FigureContext[]>;
  rest: FigureContext[];
}
/** A pair's two numbers, the smaller first: "2-1" and "1-2" alike (see `figuresAgree`). */
function pairKey(f: FigureContext): string {
  const x = f.figure.value;
  const y = f.second as number;
  return x <= y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
}
/** Figures by a unit of their own (a power of ten: few of them), each bucket sorted by value (see `ValueIndex`). */
interface UnitBuckets {
  units: number[];
  lists: FigureContext[][];
  values: number[][];
  /** The largest tolerance of each bucket: one coarse figure ("5 nghìn tỷ đồng") widens its own bucket only (review s76-r2). */
  tolerances: number[];
}
function unitBuckets(list: readonly FigureContext[], unitOf: (f: Figure) => number): UnitBuckets {
  const by = new Map<number, FigureContext[]>();
  for (const g of list) {
    const u = unitOf(g.figure);
    const bucket = by.get(u);
    if (bucket) bucket.push(g);
    else by.set(u, [g]);
  }
  const units = [...by.keys()];
  const lists = units.map((u) => (by.get(u) as FigureContext[]).sort((x, y) => x.figure.value - y.figure.value));
  const tolerances = lists.map((l) => l.reduce((t, g) => Math.max(t, g.figure.tolerance), 0));
  return { units, lists, values: lists.map((l) => l.map((g) => g.figure.value)), tolerances };
}
/** Visits the figures of each bucket whose value lies within lo - below(unit, tolerance) … hi + above(unit, tolerance), until `visit` returns true. */
function visitBuckets(b: UnitBuckets, lo: number, hi: number, below: (unit: number, tolerance: number) => number, above: (unit: number, tolerance: number) => number, visit: (g: FigureContext) => boolean): boolean {
  for (let k = 0; k < b.units.length; k++) {
    const u = b.units[k] as number;
    const t = b.tolerances[k] as number;
    if (visitWithin(b.lists[k] as FigureContext[], b.values[k] as number[], lo - below(u, t), hi + above(u, t), visit)) return true;
  }
  return false;
}

/** An approximate figure's reach beyond its tolerance, as a share of its value (see `slackOf`). */
const APPROX_SHARE = 0.1;
const valueIndexes = new WeakMap<readonly FigureContext[], ValueIndex>();
function valueIndexOf(list: readonly FigureContext[]): ValueIndex {
  let ix = valueIndexes.get(list);
  if (ix === undefined) {
    const plain: FigureContext[] = [];
    const approx: FigureContext[] = [];
    const money: FigureContext[] = [];
    const more: FigureContext[] = [];
    const less: FigureContext[] = [];
    const pairs = new Map<string, FigureContext[]>();
    const rest: FigureContext[] = [];
    let tolerance = 0;
    let approxTolerance = 0;
    for (const g of list) {
      const v = g.figure.value;
      const t = g.figure.tolerance;
      const q = g.figure.qualifier;
      const finite = g.second === null && Number.isFinite(v) && Number.isFinite(t) && t >= 0;
      const single = finite && !g.money;
      if (single && q === 'exact') {
        plain.push(g);
        if (t > tolerance) tolerance = t;
      } else if (single && q === 'approx') {
        approx.push(g);
        if (t > approxTolerance) approxTolerance = t;
      } else if (finite && g.money && q === 'exact') {
        money.push(g);
      } else if (single && (q === 'more' || q === 'less')) {
        (q === 'more' ? more : less).push(g);
      } else if (g.second !== null && Number.isFinite(g.figure.value) && Number.isFinite(g.second)) {
        const k = pairKey(g);
        const l = pairs.get(k);
        if (l) l.push(g);
        else pairs.set(k, [g]);
      } else rest.push(g);
    }
    const byValue = (x: FigureContext, y: FigureContext): number => x.figure.value - y.figure.value;
    plain.sort(byValue);
    approx.sort(byValue);
    valueIndexes.set(
      list,
      (ix = {
        plain,
        values: plain.map((g) => g.figure.value),
        tolerance,
        approx,
        approxValues: approx.map((g) => g.figure.value),
        approxTolerance,
        money: unitBuckets(money, roundedTo),
        more: unitBuckets(more, writtenUnit),
        less: unitBuckets(less, writtenUnit),
        pairs,
        rest,
      }),
    );
  }
  return ix;
}

/**
 * Some figure of the list (one unit's figures of an article) gives f's value by `agree`, a test that holds only
 * where `figuresAgree` does (`sameGiven`, or `figuresAgree` itself). Asked for every figure of both articles of
 * every pair compared, so a long list (a price list: "Chợ số 12: lợn hơi 61.200 đồng/kg." hundreds of times, each
 * line its own price) is not read whole for each figure — that was quadratic in its lines. Only its plain figures
 * whose value lies near f's are read (see `ValueIndex`), and every other figure: a plain figure g agrees with f
 * only within f's reach widened by g's tolerance — `sameValue` within the larger tolerance, or the two ranges
 * (`lowOf`…`highOf`: g's is its value ± its tolerance) overlapping; `cutOffAgrees` asks scaled money, which no
 * plain figure is; and a pair agrees with pairs only. The answer is a yes or no, so the order read is no matter.
 */
function someAgreeing(
  list: readonly FigureContext[],
  f: FigureContext,
  agree: (g: FigureContext, f: FigureContext) => boolean,
  /** `agree` holds only where `sameGiven` does (a bound taken near its value): the bounds far from f are not read. */
  given = false,
): boolean {
  // (A loop, not a closure per figure: asked for every figure of both articles of every pair compared.)
  if (list.length < INDEXED_FROM) {
    for (const g of list) if (agree(g, f)) return true;
    return false;
  }
  return visitNear(valueIndexOf(list), f, (g) => agree(g, f), given);
}

/**
 * Visits the figures of a long list's index (see `ValueIndex`) that may agree with f — every figure of `rest`, the
 * plain ones whose value lies near f's (see `someAgreeing`) — until `visit` returns true; whether it did.
 */
function visitNear(ix: ValueIndex, f: FigureContext, visit: (g: FigureContext) => boolean, given = false): boolean {
  for (const g of ix.rest) if (visit(g)) return true;
  // (A bound agrees by `figuresAgree` with every value on its side of it: all are read, unless the test is `sameGiven`.)
  if (!given) {
    for (const l of ix.more.lists) for (const g of l) if (visit(g)) return true;
    for (const l of ix.less.lists) for (const g of l) if (visit(g)) return true;
  }
  if (f.second !== null) {
    // (A pair agrees only with a pair of the same two numbers.)
    const same = ix.pairs.get(pairKey(f));
    if (same !== undefined) for (const g of same) if (visit(g)) return true;
    return false;
  }
  const fig = f.figure;
  const slack = Number.isFinite(fig.tolerance) ? Math.abs(fig.tolerance) : Infinity;
  const wide = [Math.min(fig.value - slack, lowOf(fig)), Math.max(fig.value + slack, highOf(fig))] as const;
  // (Where the test is `sameGiven`, f itself a bound gives a value only up to one of its written units past it, as
  // any bound does — "hơn X" up to X + unit — except to a bound the other way, which agrees with all of its side.)
  let [from, to] = wide;
  if (given && fig.qualifier === 'more') to = Math.min(to, fig.value + writtenUnit(fig));
  if (given && fig.qualifier === 'less') from = Math.max(from, fig.value - writtenUnit(fig));
  if (visitWithin(ix.plain, ix.values, from - ix.tolerance, to + ix.tolerance, visit)) return true;
  // (Scaled money agrees within the larger tolerance, or cut off within the coarser one's last unit: its own or f's.)
  // (The tolerance of g's own bucket, not the list's largest: review s76-r2.)
  const own = f.money ? roundedTo(fig) : 0;
  const reach = (u: number, t: number): number => Math.max(own, t, u);
  if (visitBuckets(ix.money, from, to, reach, reach, visit)) return true;
  if (given) {
    // A bound g gives f's value within the larger tolerance, or when their reaches meet with f no further than one of
    // g's written units past g's value (`boundHolds`): "hơn X" from X - unit up, "dưới X" up to X + unit.
    if (visitBuckets(ix.more, fig.qualifier === 'less' ? wide[0] : from, to, (u, t) => t + u, (_u, t) => t, visit)) return true;
    if (visitBuckets(ix.less, from, fig.qualifier === 'more' ? wide[1] : to, (_u, t) => t, (u, t) => t + u, visit)) return true;
  }
  // (An approximate figure g reaches APPROX_SHARE of its value beyond its tolerance: it may meet f's reach only if its
  // value lies within these bounds, whatever its sign.)
  const a = from - ix.approxTolerance;
  const b = to + ix.approxTolerance;
  const lo = Math.min(a / (1 + APPROX_SHARE), a / (1 - APPROX_SHARE));
  const hi = Math.max(b / (1 - APPROX_SHARE), b / (1 + APPROX_SHARE));
  return visitWithin(ix.approx, ix.approxValues, lo, hi, visit);
}

/** Visits the figures of a list sorted by value (`values`) whose value lies within lo…hi, until `visit` returns true. */
function visitWithin(list: readonly FigureContext[], values: readonly number[], lo: number, hi: number, visit: (g: FigureContext) => boolean): boolean {
  const n = values.length;
  if (n === 0) return false;
  // (Widened past the floating error `sameValue` and `figuresAgree` allow: one in a billion of the values.)
  const margin = 1e-6 * (1 + Math.abs(lo) + Math.abs(hi));
  lo -= margin;
  hi += margin;
  let i = 0;
  if (Number.isFinite(lo)) {
    let j = n;
    while (i < j) {
      const mid = (i + j) >>> 1;
      if ((values[mid] as number) < lo) i = mid + 1;
      else j = mid;
    }
  } else if (Number.isNaN(lo)) i = 0;
  for (; i < n; i++) {
    if (!Number.isNaN(hi) && (values[i] as number) > hi) break;
    if (visit(list[i] as FigureContext)) return true;
  }
  return false;
}

/** Each figure's place in its list, for `firstAgreeingIn` (lists of INDEXED_FROM figures or more only). */
const places = new WeakMap<readonly FigureContext[], Map<FigureContext, number>>();

/**
 * The first figure of the list that agrees with `back` (`figuresAgree(x, back)`), else undefined: a long list is
 * read by value (see `visitNear`), the first in the list's order kept — the figure `Array.find` gives, without
 * reading the whole list for each back of a price list's hundreds of lines.
 */
function firstAgreeingIn(list: readonly FigureContext[], back: FigureContext): FigureContext | undefined {
  if (list.length < INDEXED_FROM) return list.find((x) => figuresAgree(x, back));
  let at = places.get(list);
  if (at === undefined) places.set(list, (at = new Map(list.map((x, i) => [x, i]))));
  const place = at;
  let first = Infinity;
  visitNear(valueIndexOf(list), back, (x) => {
    const i = place.get(x) as number;
    if (i < first && figuresAgree(x, back)) first = i;
    return false;
  });
  return first === Infinity ? undefined : list[first];
}

/**
 * Lists of candidates at least this long (one class of figures of an article: a price list's hundreds of lines) are
 * read through a pool (see `poolOf`) by `best` and `restated`, not whole for each figure: that was quadratic in the
 * lines. No class of the corpus's reports is that long (the planted bench and its stages are the same either way).
 */
const POOL_FROM = 64;
/** Whether a list is long in figures only, not in lines: one line repeated by it (see `twinsOf`) read once. */
const manyLines = new WeakMap<readonly FigureContext[], boolean>();
/**
 * A list of fewer than POOL_FROM lines, a figure and its twins (see `twinsOf`) one line: read whole, its twins'
 * scores read once (see `best`) — a pool would only cost its keys.
 */
function fewLines(list: readonly FigureContext[], twinOf: ((f: FigureContext) => FigureContext) | null): boolean {
  if (twinOf === null) return false;
  let many = manyLines.get(list);
  if (many === undefined) {
    const lines = new Set<FigureContext>();
    for (const g of list) if (lines.add(twinOf(g)).size >= POOL_FROM) break;
    manyLines.set(list, (many = lines.size >= POOL_FROM));
  }
  return !many;
}
/** What more candidates of a long list than this share with a figure says nothing of which one it is (see `poolOf`). */
const POOL_RARE = 8;

/**
 * A long list's candidates (see POOL_FROM) by what tells one line from the others: each key (see `poolKeys`) with
 * the candidates that have it, in the list's order, the first ones only once more than POOL_RARE lines have it —
 * a figure and its twins counted as one line (see `twinsOf`: a sentence repeated word for word is one line again).
 */
interface PoolKey {
  /** The candidates that have the key, in the list's order (the first POOL_RARE of them once it is common). */
  at: number[];
  /** Their lines (a figure and its twins one line), until the key is common. */
  lines: Set<FigureContext>;
  /** More than POOL_RARE lines have it. */
  common: boolean;
}
const pools = new WeakMap<readonly FigureContext[], Map<string, PoolKey>>();
/**
 * How many candidates `best` and `restated` may read, all told, in reading a long list whole for bests found through
 * its pool exactly at the bound (see `Pool`), before such a best is taken as a tie: a list of up to 256 lines is read
 * whole for each of its figures as need be, a longer one fewer times. Unbounded, lists where many figures meet the
 * bound (a price list of fish grades, the grades 1 to 9 told apart by no telling figure) grew quadratic again (4,000 /
 * 8,000 range lines: 757 / 1,747 ms of `eventMatches`, 350 / 720 ms with the bound). The review's randomized long
 * lists (64 to 150 lines, seeds 7 and 11, near-copies and re-worded) match with the bound as without it.
 */
const WHOLE_AT_BOUND = 1 << 16;
/**
 * Whether `list` may be read whole once more for a best at its pool's bound (see WHOLE_AT_BOUND); counts the read in
 * `reads`, per comparison of two articles: an article's lists serve every pair it is in, and what a pair matches must
 * not depend on the pairs compared before it.
 */
function wholeAtBound(reads: Map<readonly FigureContext[], number>, list: readonly FigureContext[]): boolean {
  const spent = (reads.get(list) ?? 0) + list.length;
  if (spent > WHOLE_AT_BOUND) return false;
  reads.set(list, spent);
  return true;
}

/**
 * The keys `poolOf` reads of a figure: its words, its sentence-mates' values, its step's earlier level, its digits.
 * `asked`: the keys of the figure asked, else those of a candidate indexed (the two sides of one digit apart).
 */
function poolKeys(f: FigureContext, out: string[], asked: boolean): void {
  for (const w of f.words) out.push(`w\u0001${w}`);
  const mates: string[] = [];
  // (The other figures of a sentence of at most CO_FIGURES_MAX, as `coFigures` reads them: a table's are none.)
  const around = figureContexts(f.passage);
  if (around.length <= CO_FIGURES_MAX) for (const h of around) if (h !== f) mates.push(`m\u0001${h.unit}\u0001${h.figure.value}\u0001${h.second ?? ''}`);
  out.push(...mates);
  if (f.from !== null) out.push(`s\u0001${f.from}`);
  // One digit changed (see `digitsApart`): read at the coarser of the two precisions, the finer value rounded or cut
  // off to it. The value with each digit left out, as the coarser figure ('c', at its own precision) and as the finer
  // one ('f', at its own precision and each coarser one); a candidate's 'c' key is asked as 'f', and the other way.
  if (f.second !== null || !(f.written > 0)) return;
  const v = Math.abs(f.figure.value);
  const [coarse, fine] = asked ? ['f', 'c'] : ['c', 'f'];
  const digitKeys: string[] = [];
  for (let p = f.written; Math.round(v / p) >= 10 ** (DIGIT_APART_LENGTH - 1) && Number.isFinite(v / p); p *= 10) {
    const near = Math.round(v / p);
    const cut = Math.floor(v / p + 1e-9);
    const own = p === f.written;
    for (const y of near === cut || own ? [near] : [near, cut]) {
      const digits = String(y);
      for (let d = 0; d < digits.length; d++) {
        const mask = `${p}\u0001${digits.slice(0, d)}?${digits.slice(d + 1)}`;
        if (own) digitKeys.push(`d${coarse}\u0001${mask}`);
        digitKeys.push(`d${fine}\u0001${mask}`);
      }
    }
  }
  out.push(...digitKeys);
  // A value one digit apart and another figure of the sentence given alike, together: each may be common to many
  // lines of a list ("50.800 đồng/kg" every thirty lines, "tăng 100 đồng" every seventh) and the two a few lines'.
  for (const d of digitKeys) for (const m of mates) out.push(`${d}\u0002${m}`);
}

/**
 * The candidates of a long list (see POOL_FROM) that share with f something at most POOL_RARE of its lines share: a
 * word, another figure of their sentences given alike (the number of a line, a shop's other price), the earlier
 * level of a step, or a value one digit from f's at the same precision — what can make one of them f's counterpart
 * — in the list's order. What every line of a price list shares ("Chợ đầu mối số …: lợn hơi … đồng/kg": its words,
 * a change many lines give alike) says nothing of which line it is: a candidate that shares only that ties with
 * the list's other lines, so it is not read. `twinOf`: a figure's first mention (see `twinsOf`), null: none.
 */
function poolOf(
  f: FigureContext,
  list: readonly FigureContext[],
  twinOf: ((f: FigureContext) => FigureContext) | null,
  /** The figures by unit of the candidates' article (see `Pool.bound`); null: not known (or not asked: `restated`). */
  theirs: ReadonlyMap<string, readonly FigureContext[]> | null = null,
): Pool {
  let keys = pools.get(list);
  if (keys === undefined) {
    const built = new Map<string, PoolKey>();
    const mine: string[] = [];
    list.forEach((g, i) => {
      mine.length = 0;
      poolKeys(g, mine, false);
      const line = twinOf?.(g) ?? g;
      for (const k of mine) {
        let entry = built.get(k);
        if (entry === undefined) built.set(k, (entry = { at: [], lines: new Set(), common: false }));
        if (entry.common || entry.at[entry.at.length - 1] === i) continue;
        entry.lines.add(line);
        // (More lines than POOL_RARE have it: the key says nothing, and only its first candidates are kept.)
        if (entry.lines.size > POOL_RARE) {
          entry.common = true;
          entry.lines.clear();
        } else entry.at.push(i);
      }
    });
    pools.set(list, (keys = built));
  }
  const asked: string[] = [];
  poolKeys(f, asked, true);
  const picked = new Set<number>();
  // (The candidates that share with f a key few lines share: see `Pool.rare`.)
  const rare = new Set<FigureContext>();
  // (Those picked through a rare digit or step key: told apart by it only when no common key gives the lines left out
  // the same DIGIT_BONUS — see below; review s76-r1.)
  const bonusRare = new Set<FigureContext>();
  // The words of f that more than POOL_RARE lines share, and whether a common key may make a candidate one digit
  // from f or the same step (see `Pool`).
  let words = 0;
  let bonus = false;
  for (const k of asked) {
    const entry = keys.get(k);
    if (entry === undefined) continue;
    if (!entry.common) {
      const bonusKey = k.startsWith('s\u0001') || k.startsWith('d');
      for (const i of entry.at) {
        picked.add(i);
        (bonusKey ? bonusRare : rare).add(list[i] as FigureContext);
      }
    }
    else {
      if (k.startsWith('w\u0001')) words++;
      else if (k.startsWith('s\u0001') || k.startsWith('d')) bonus = true;
      // What many lines share with f: its first two candidates in the place of all of them (they score alike on it). A
      // candidate picked must still outscore them, and two of them alike, with values apart, still tie — as when the
      // list is read whole ("42.000" one digit from many lines' prices is no one line's).
      for (const i of entry.at.slice(0, 2)) picked.add(i);
    }
  }
  // (And the first two candidates of the list not picked, for what f shares with every line: see above. Looked for
  // among a bounded number of the list's first candidates: a pool stays small whatever the list's length.)
  const reach = Math.min(list.length, picked.size + 2 + 4 * POOL_RARE);
  for (let left = 0, more = 2; more > 0 && left < reach; left++) {
    if (picked.has(left)) continue;
    picked.add(left);
    more--;
  }
  // (The figures of f's sentence that may agree with a candidate's: counted whether or not a key says so — a mate
  // that agrees within rounding has no key in common — as `coFigures` reads them, in a sentence of at most
  // CO_FIGURES_MAX figures: its telling ones that some figure of the candidates' article agrees with.)
  const around = figureContexts(f.passage);
  let mates = 0;
  if (around.length >= 2 && around.length <= CO_FIGURES_MAX) {
    for (const h of around) {
      if (h === f || !telling(h)) continue;
      const list = theirs === null ? undefined : theirs.get(h.unit);
      if (theirs === null || (list !== undefined && someAgreeing(list, h, agreesWith))) mates++;
    }
  }
  if (!bonus) for (const g of bonusRare) rare.add(g);
  const extra = bonus ? DIGIT_BONUS : 0;
  const bound = (words + mates > 0 ? words + mates + 1 : 0) + extra;
  return { list: [...picked].sort((x, y) => x - y).map((i) => list[i] as FigureContext), bound, wordsBound: (words > 0 ? words + 1 : 0) + extra, rare };
}

/**
 * A pool of a long list's candidates for a figure (see `poolOf`) and `bound`, the most a candidate left out of it may
 * score in `best` or `restated`: it shares with the figure only keys more than POOL_RARE lines share (see
 * `poolKeys`) — at most those words, plus the other telling figures of the figure's sentence that some figure of the
 * candidates' article agrees with (see `coFigures`), plus at most 1 for their share of the shorter context, plus
 * DIGIT_BONUS where a common key is a digit or a step (`restated` reads no other figures: `wordsBound`). Below it, a
 * candidate left out could outscore the pool's best: the caller reads the whole list for that figure. At or above
 * it, none can outscore it; one left out may equal it, so a best found exactly at the bound that shares with the figure
 * only keys many lines share (not one of `rare`) is taken as a tie (no match: it may lose a match the whole reading
 * makes, never make one it does not). Reading the whole list at the bound
 * instead made price lists and results tables quadratic again. (Review s75-r1: before this, a `restated` best at the
 * bound, where the whole list ties, raised a false conflict on a re-worded price list of 64 lines.)
 */
interface Pool {
  list: readonly FigureContext[];
  bound: number;
  /** `bound` without the sentence's other figures: for `restated`, whose score reads words only. */
  wordsBound: number;
  /**
   * The candidates that share with the figure a key few lines share (a grade, a shop's number, a sentence-mate's value):
   * one of them found exactly at the bound is told apart by that key; another, which shares only what many lines share,
   * may tie with a candidate left out. A rare digit or step key tells nothing apart when a common one gives the lines
   * left out the same DIGIT_BONUS: "21.250" is one digit from "20.200" and from "21.450", "20.250" of lines in the same
   * words (review s76-r1: `restated` matched it with "20.200" where the whole reading ties).
   */
  rare: ReadonlySet<FigureContext>;
}

/**
 * The figures of an article (its view) that the other (its figures by unit) does not give (see `gives`): asked once
 * for a figure and its twins (see `twinsOf`), which give the same value.
 */
function orphansOf(v: View, theirs: ReadonlyMap<string, readonly FigureContext[]>): FigureContext[] {
  const twins = v.twins;
  if (twins === null) return v.all.filter((f) => !gives(theirs, f));
  const given = new Map<FigureContext, boolean>();
  const out: FigureContext[] = [];
  for (const f of v.all) {
    const twin = twins.get(f);
    let g = twin === undefined ? undefined : given.get(twin);
    if (g === undefined) {
      g = gives(theirs, f);
      given.set(f, g);
    }
    if (!g) out.push(f);
  }
  return out;
}

/** The article of these passages gives the figure's value for its unit somewhere (see `gives`). */
export function articleGives(passages: readonly Passage[], f: FigureContext): boolean {
  return gives(viewOf(passages).byUnit, f);
}

/** An article's figure contexts by unit: the comparisons stay within a unit (a table of hundreds of figures). */
function byUnitOf(list: readonly FigureContext[]): Map<string, FigureContext[]> {
  const map = new Map<string, FigureContext[]>();
  for (const f of list) {
    const group = map.get(f.unit);
    if (group) group.push(f);
    else map.set(f.unit, [f]);
  }
  return map;
}

/**
 * How many figures of two articles each word stands by (in their contexts' words), read only when two
 * candidates tie (see `specificity`).
 */
function wordFrequency(v: View): Map<string, number> {
  let out = v.frequency;
  if (out === null) {
    out = new Map<string, number>();
    for (const f of v.all) for (const w of f.words) out.set(w, (out.get(w) ?? 0) + 1);
    v.frequency = out;
  }
  return out;
}

/**
 * How telling the words two figures share are: each counts 1 / the number of figures of the two
 * articles it stands by. "màn hình 5 inch, độ phân giải Full HD" is told from the sensor's "kích thước
 * 1 inch, độ phân giải 20,2 megapixel" by "Full HD" (said of the screen only), not by "kích thước" and
 * "độ phân giải" (said of every specification): three words shared with each, the screen's tell more.
 */
function specificity(a: FigureContext, b: FigureContext, counts: readonly [ReadonlyMap<string, number>, ReadonlyMap<string, number>]): number {
  let sum = 0;
  for (const w of a.words) if (b.words.includes(w)) sum += 1 / ((counts[0].get(w) ?? 0) + (counts[1].get(w) ?? 0) || 1);
  return sum;
}
/** A difference in specificity smaller than this is a tie still (a word standing by one more figure or so). */
const SPECIFICITY_MARGIN = 0.25;

/** A same-event match: two figures of two articles that are one fact. */
export interface EventMatch extends AlignedPair {
  /**
   * `headlines`: the two figures were matched as their headlines' one figure of a class (see `headlineFigures`).
   * `agreed`: other figures of the two sentences that agree (see `coFigureList`), when words are shared too
   * (with no word shared, `words` holds them).
   */
  event: { a: FigureContext; b: FigureContext; words: string[]; headlines?: true; agreed?: string[] };
}

/** Order of magnitude of a figure: a changed digit or a different minute keeps it, another fact rarely does. */
function magnitude(f: FigureContext): number {
  const v = Math.abs(f.figure.value);
  return v < 1 ? -1 : Math.floor(Math.log10(v) + 1e-9);
}

/**
 * The class a figure is compared within: its unit and its order of magnitude (read once: FigureContext.kind). A
 * range's end is compared with the same end of another range only (see FigureContext.end), whatever its order of
 * magnitude: "6.000 - 9.000 đồng/kg" and "6.000 - 10.000 đồng/kg" are one range with its upper end changed, "900 -
 * 1.500 đồng" and "1.000 - 1.500 đồng" one with its lower end changed, though 9.000 and 10.000, 900 and 1.000 are of
 * two orders of magnitude; ends a tenfold apart are still never paired (see `tenfoldApart`).
 */
function classOf(f: FigureContext): string {
  return f.end === null ? `${f.unit}\u0001${f.sign}\u0001${magnitude(f)}` : `${f.unit}\u0001${f.sign}\u0001${f.end}`;
}

/**
 * Two ends of ranges a tenfold apart or more: not one end changed, two facts. (A lower end written bare is read in its
 * upper end's scale, "2" of "2 - 3 triệu" as 2 triệu: see `scaledLowEnd`.) Single figures are kept apart by their
 * class (see `classOf`).
 */
function tenfoldApart(a: FigureContext, b: FigureContext): boolean {
  if (a.end === null) return false;
  const x = Math.abs(a.figure.value);
  const y = Math.abs(b.figure.value);
  if (Math.max(x, y) >= 10 * Math.min(x, y)) return true;
  // Ends of two orders of magnitude ("15.000" / "8.000" of "cà chua 15.000-18.000 đồng/kg" and "bắp cải 8.000-9.000
  // đồng/kg") are one range with one end changed only when the other ends are the same ("6.000 - 9.000" / "6.000 -
  // 10.000 đồng/kg"): else two ranges, two facts.
  const ra = rangeEnds(a);
  const rb = b.end === a.end ? rangeEnds(b) : null;
  if (ra === null || rb === null) return false;
  const own = (r: { lo: Figure; hi: Figure }): number => (a.end === 'lo' ? lowEnd(r.lo, r.hi) : r.hi.value);
  const other = (r: { lo: Figure; hi: Figure }): number => (a.end === 'lo' ? r.hi.value : lowEnd(r.lo, r.hi));
  return orderOf(own(ra)) !== orderOf(own(rb)) && !sameNumber(other(ra), other(rb));
}

/** Words read over before a range to its item's word: "lao động nữ từ 18 đến 30 tuổi", "bắp cải khoảng 8.000-9.000". */
const BEFORE_RANGE = new Set(['tu', 'khoang', 'chung', 'tam', 'la', 'o', 'muc', 'dao', 'dong']);

const leads = new WeakMap<FigureContext, string | null>();
/**
 * The word right before a range ("lao động nam 18-25 tuổi, lao động nữ 18-22 tuổi": "nam", "nu"; past "từ", "khoảng",
 * "ở mức", "dao động"), which in a list of ranges names the item the range is of; null for a single figure or a range
 * with no word before it.
 */
function leadOf(c: FigureContext): string | null {
  if (c.end === null) return null;
  let out = leads.get(c);
  if (out === undefined) {
    out = null;
    const r = rangeEnds(c);
    if (r !== null) {
      const words = passageWords(c.passage);
      let k = r.lo.token - 1;
      while (k >= 0 && BEFORE_RANGE.has(words[k] ?? '')) k--;
      const w = words[k];
      if (w !== undefined && /^[a-z]{2,}$/.test(w)) out = w;
    }
    leads.set(c, out);
  }
  return out;
}

const clauseWords = new WeakMap<FigureContext, Set<string>>();
/** The words of a range's clause before it ("Công ty SJC niêm yết giá bán ra vàng miếng 78-79 triệu": "ban", "ra", …). */
function clauseWordsOf(c: FigureContext): Set<string> {
  let out = clauseWords.get(c);
  if (out === undefined) {
    out = new Set();
    const r = rangeEnds(c);
    if (r !== null) {
      const words = passageWords(c.passage);
      for (let k = Math.max(0, r.lo.clause); k < r.lo.token; k++) out.add(words[k] ?? '');
    }
    clauseWords.set(c, out);
  }
  return out;
}

const leadSets = new WeakMap<readonly FigureContext[], Map<string, Set<string>>>();
/** The words before the ranges of an article's figures (see `leadOf`), by unit and end. */
function leadsOf(all: readonly FigureContext[]): Map<string, Set<string>> {
  let out = leadSets.get(all);
  if (out === undefined) {
    out = new Map();
    for (const c of all) {
      const w = leadOf(c);
      if (w === null) continue;
      const key = `${c.unit}\u0001${c.end}`;
      const set = out.get(key);
      if (set) set.add(w);
      else out.set(key, new Set([w]));
    }
    leadSets.set(all, out);
  }
  return out;
}

/**
 * Two ends of ranges of two items (see `leadOf`): f's article gives ranges of several items, and g's clause names
 * another of them, not f's ("lao động nam 18-25 tuổi, lao động nữ 18-22 tuổi" / "cần lao động nữ từ 18 đến 30
 * tuổi": the counterpart of the women's range is the women's range, never the men's; "mua vào 76-77 triệu, bán ra
 * 78-79 triệu" / "giá bán ra vàng miếng 77-79 triệu"). Read both ways; `mine`, `theirs`: every figure of f's and
 * g's articles.
 */
function itemsApart(f: FigureContext, g: FigureContext, mine: readonly FigureContext[], theirs: readonly FigureContext[]): boolean {
  if (f.end === null || g.end === null) return false;
  return otherItem(f, g, mine) || otherItem(g, f, theirs);
}

/** g's clause names the item of another range of f's article (`mine`), not f's (see `itemsApart`). */
function otherItem(f: FigureContext, g: FigureContext, mine: readonly FigureContext[]): boolean {
  const wf = leadOf(f);
  if (wf === null) return false;
  const items = leadsOf(mine).get(`${f.unit}\u0001${f.end}`);
  if (items === undefined || items.size < 2) return false;
  const words = clauseWordsOf(g);
  if (words.has(wf)) return false;
  for (const w of items) if (w !== wf && words.has(w)) return true;
  return false;
}

/** The order of magnitude of a value (see `magnitude`). */
function orderOf(v: number): number {
  const x = Math.abs(v);
  return x < 1 ? -1 : Math.floor(Math.log10(x) + 1e-9);
}

/** Two values read from text the same, up to the float error of a scale ("1,2" × 1.000.000). */
function sameNumber(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/**
 * The range `y` is an end of, both its ends, is given as a range by these figures (its article's, of y's unit):
 * y is that range's end, confirmed there, whatever other figure of the class the article leaves unconfirmed
 * ("bắp cải 8.000-9.000 đồng/kg" beside "cà chua 15.000-18.000 đồng/kg" / another report's "bắp cải có giá
 * 8.000-9.000 đồng/kg").
 */
function rangeGivenIn(list: readonly FigureContext[] | undefined, y: FigureContext): boolean {
  if (list === undefined || y.end === null) return false;
  const ry = rangeEnds(y);
  if (ry === null) return false;
  const lo = lowEnd(ry.lo, ry.hi);
  for (const z of list) {
    if (z.end !== y.end || z.unit !== y.unit || z.sign !== y.sign) continue;
    const rz = rangeEnds(z);
    if (rz !== null && sameNumber(rz.hi.value, ry.hi.value) && sameNumber(lowEnd(rz.lo, rz.hi), lo)) return true;
  }
  return false;
}

/**
 * Figures of two same-event articles that are one fact with values at odds. Figures one article gives
 * and the other confirms (same unit, values that agree) are set aside; of the rest ("orphans"), two of
 * the same unit and order of magnitude are one fact when each is the other's best match by the words
 * around them and either they are the only orphans of their class on both sides and share a telling
 * word, or they share several. `raised` holds the sentences the passage alignment decided (see
 * `decidedKey`): left to it.
 */
/**
 * An article's figure contexts, the same by unit and by class (see `classOf`), and how many of its
 * figures each word stands by (see `wordFrequency`, read when asked); read once per article (its
 * passages' list), not once per pair of articles compared.
 */
interface View {
  all: FigureContext[];
  byUnit: Map<string, FigureContext[]>;
  byKind: Map<string, FigureContext[]>;
  frequency: Map<string, number> | null;
  /** The figures of a sentence the article gives again word for word, each to its first mention's (see `twinsOf`); null when none. */
  twins: Map<FigureContext, FigureContext> | null;
  /** The figures by their place among their sentence's words, numbers masked (see `sameSentenceOf`); read when first asked. */
  placed: Map<string, FigureContext[]> | null;
}
const views = new WeakMap<readonly Passage[], View>();
function viewOf(passages: readonly Passage[]): View {
  let v = views.get(passages);
  if (!v) {
    const all = passages.flatMap(figureContexts);
    const byKind = new Map<string, FigureContext[]>();
    for (const f of all) {
      const list = byKind.get(f.kind);
      if (list) list.push(f);
      else byKind.set(f.kind, [f]);
    }
    views.set(passages, (v = { all, byUnit: byUnitOf(all), byKind, frequency: null, twins: twinsOf(passages), placed: null }));
  }
  return v;
}

/** The words of a passage, numbers masked, as a key (see `sameSentenceOf`): one per sentence shape. */
const tokenKeys = new WeakMap<Int32Array, string>();
/**
 * The figures of an article (its view) in a sentence of the same words as f's, numbers aside (a sentence or a
 * paragraph the article repeats, a line of a list), at the same place among them: f among them. Read through an index
 * of the article's figures by that place, built once per article: asked for each figure of a long list, a search of
 * all the article's figures made `restated` quadratic.
 */
function sameSentenceOf(view: View, f: FigureContext): readonly FigureContext[] {
  const keyOf = (g: FigureContext): string => {
    const tokens = g.passage.tokens;
    let key = tokenKeys.get(tokens);
    if (key === undefined) tokenKeys.set(tokens, (key = tokens.join(',')));
    return `${g.figure.token}\u0001${key}`;
  };
  if (view.placed === null) {
    const placed = new Map<string, FigureContext[]>();
    for (const g of view.all) {
      const k = keyOf(g);
      const list = placed.get(k);
      if (list) list.push(g);
      else placed.set(k, [g]);
    }
    view.placed = placed;
  }
  return view.placed.get(keyOf(f)) ?? [f];
}

/**
 * The figures of sentences an article gives again word for word (a price list or a results table repeating one
 * line, a paragraph pasted twice: "Giá lợn hơi tại chợ Long Biên đạt 61.200 đồng/kg, tăng 1.300 đồng." N times),
 * each mapped to the same figure of the sentence's first passage in the article. Such twins read alike in every
 * comparison the same-event matching makes — their unit, value, words and sentence are the same text's (see
 * `figureContexts`: the passages of one sentence text share its `common` and their contexts copy its word lists) —
 * so a comparison of one is the comparison of all (see `eventMatches`): read once per distinct sentence, the
 * matching stays linear in the lines of a list that repeats (it was quadratic: each line's figures were scored
 * against every line of the other report). Only what names the passage itself (which sentence the passage rule
 * decided, a headline, the figure kept as taken) is still read per twin. Null for most articles (no sentence twice).
 */
function twinsOf(passages: readonly Passage[]): Map<FigureContext, FigureContext> | null {
  let out: Map<FigureContext, FigureContext> | null = null;
  let first: Map<Passage['common'], Passage> | null = null;
  for (const p of passages) {
    first ??= new Map();
    const q = first.get(p.common);
    if (q === undefined) {
      first.set(p.common, p);
      continue;
    }
    const mine = figureContexts(p);
    const theirs = figureContexts(q);
    // (Copies of one reading share its word lists: anything else — never met — is left unpaired, compared as before.)
    if (mine.length !== theirs.length || mine.some((c, i) => c.words !== (theirs[i] as FigureContext).words)) continue;
    out ??= new Map();
    for (let i = 0; i < mine.length; i++) out.set(mine[i] as FigureContext, theirs[i] as FigureContext);
  }
  return out;
}

/**
 * The figures of one article (`mine`) that the other (its figures by unit: `theirs`) gives alike, in
 * the same words (or a score, both its numbers; or a measure that tells by itself: see `selfTelling`),
 * counted up to `enough`.
 */
function anchorsOf(mine: View, theirs: ReadonlyMap<string, readonly FigureContext[]>, enough: number): number {
  let anchors = 0;
  // Whether each first mention of a repeated sentence's figure is an anchor: its twins are as well (see `twinsOf`).
  const twins = mine.twins;
  const known = twins === null ? null : new Map<FigureContext, boolean>();
  for (const f of mine.all) {
    if (anchors >= enough) break;
    if (!telling(f)) continue;
    const list = theirs.get(f.unit);
    if (list === undefined) continue;
    const twin = twins?.get(f);
    if (twin !== undefined) {
      if (known?.get(twin) === true) anchors++;
      continue;
    }
    // (The same score, both its numbers, in two reports of one event is an anchor whatever words surround it.)
    // (A loop, not a closure per figure: asked for every pair of articles that share figures.)
    let found = false;
    for (const g of list) {
      if (figuresAgree(f, g) && (closeness(f, g) > 0 || f.second !== null || (selfTelling(f) && sameValue(f.figure, g.figure)))) {
        found = true;
        break;
      }
    }
    if (found) anchors++;
    known?.set(f, found);
  }
  return anchors;
}

/** Two articles' passages give MIN_ANCHORS figures alike in the same words (see `anchorsOf`): what `eventMatches` asks first. */
export function anchored(passagesA: readonly Passage[], passagesB: readonly Passage[]): boolean {
  return anchoredViews(viewOf(passagesA), viewOf(passagesB));
}

/** An article's figure contexts as `eventMatches` reads them (see `viewOf`), for `anchoredViews`. */
export type EventView = Readonly<View>;

/** The view of an article's passages (read once per passage list): kept by a caller that asks `anchoredViews` for many pairs. */
export function eventView(passages: readonly Passage[]): EventView {
  return viewOf(passages);
}

/** `anchored` of two articles' views (see `eventView`). */
export function anchoredViews(a: EventView, b: EventView): boolean {
  return anchorsOf(a, b.byUnit, MIN_ANCHORS) >= MIN_ANCHORS;
}

/**
 * The same-event matches of two articles' passages (see above). `minAnchors`: figures the two must give
 * alike first (MIN_ANCHORS; fewer for articles paired by the rare names they share: see aligned.ts).
 */
/**
 * `sameSubject(f, g)`: nothing named around either figure is missing from the other's article ("Xperia
 * Z Ultra màn hình 6 inch" is another product than an article of the Z1 names). Only a tie broken by
 * `specificity` asks it: words like "Full HD" say "a screen", not "this screen". Without it, no tie is
 * broken.
 */
export function eventMatches(
  passagesA: readonly Passage[],
  passagesB: readonly Passage[],
  raised: Decided,
  minAnchors = MIN_ANCHORS,
  sameSubject: (f: FigureContext, g: FigureContext) => boolean = () => false,
  /** Whether a passage is its article's headline (see `headlineFigures`); without it, none is. */
  headline: (p: Passage) => boolean = () => false,
): EventMatch[] {
  const va = viewOf(passagesA);
  const vb = viewOf(passagesB);
  const all = [va.all, vb.all] as const;
  const all2 = all;
  if (all[0].length === 0 || all[1].length === 0) return [];
  // Articles that report one event give some of its figures alike, in the same words: without two
  // such anchors, names and numbers in common are a coincidence of topic (two days of market news).
  const units = [va.byUnit, vb.byUnit] as const;
  const anchors = anchorsOf(va, vb.byUnit, minAnchors);
  if (anchors < minAnchors) return [];
  const orphans = [orphansOf(va, units[1]), orphansOf(vb, units[0])] as const;
  // A figure of a sentence its article repeats word for word is compared as its first mention is (see `twinsOf`):
  // each comparison below that reads only the figures' text is made once for all the twins.
  const twinsA = va.twins;
  const twinsB = vb.twins;
  const twinOf = twinsA === null && twinsB === null ? null : (f: FigureContext): FigureContext => twinsA?.get(f) ?? twinsB?.get(f) ?? f;
  const byClass = [new Map<string, FigureContext[]>(), new Map<string, FigureContext[]>()] as const;
  for (const side of [0, 1] as const) {
    const map = byClass[side];
    for (const f of orphans[side]) {
      const k = f.kind;
      const group = map.get(k);
      if (group) group.push(f);
      else map.set(k, [f]);
    }
  }
  // (Each passage's other article, for `CoTables.lone`: told apart only when no passage is on both sides.)
  const sideA = new Set(passagesA);
  const disjoint = !passagesB.some((p) => sideA.has(p));
  const tables = new CoTables(disjoint ? (p) => (sideA.has(p) ? vb.byUnit : va.byUnit) : null);
  // (The whole reads of each list at a pool's bound: see WHOLE_AT_BOUND.)
  const wholeReads = new Map<readonly FigureContext[], number>();
  const best = (f: FigureContext, all: readonly FigureContext[]): FigureContext | null => {
    // (A long list: only the candidates that share with f something few of them share, unless one left out could
    // outscore the best of them; see `poolOf`, `Pool`.)
    const pool = all.length < POOL_FROM || fewLines(all, twinOf) ? null : poolOf(f, all, twinOf, disjoint ? (sideA.has(f.passage) ? vb.byUnit : va.byUnit) : null);
    let top: FigureContext | null = null;
    let score = 0;
    let tie = false;
    // (Each candidate's score read once for its twins: see `twinsOf`. The choice among them is still made in turn.)
    let scores: Map<FigureContext, number> | null = null;
    // (f's article's figures and the other's, for `itemsApart`: known when no passage is on both sides.)
    const sides = f.end === null || !disjoint ? null : sideA.has(f.passage) ? all2 : ([all2[1], all2[0]] as const);
    // (The pool, then the whole list when a candidate left out of the pool could outscore its best: see `Pool`.)
    for (const candidates of pool === null ? [all] : [pool.list, all]) {
      if (candidates === all && pool !== null) {
        // (At the bound a candidate left out may equal a best that shares only common keys: the whole reading might
        // tie. It is read, up to WHOLE_AT_BOUND candidates a list; past that, the best is taken as a tie.)
        if (score > pool.bound || (score === pool.bound && (top === null || pool.rare.has(top)))) break;
        if (score === pool.bound && !wholeAtBound(wholeReads, all)) {
          tie = true;
          break;
        }
        top = null;
        score = 0;
        tie = false;
      }
      for (const g of candidates) {
        // A range of another item than f's, where an article gives a range of f's item: not f's counterpart.
        if (sides !== null && itemsApart(f, g, sides[0], sides[1])) continue;
        const twin = twinOf?.(g);
        let s = twin !== undefined && twin !== g ? scores?.get(twin) : undefined;
        if (s === undefined) {
          // (The other figures of the two sentences that agree count as words shared: see `coFigures`.)
          const co = coFigures(f, g, tables);
          const n = shared(f.words, g.words) + co;
          s = n === 0 ? 0 : n + n / (Math.min(f.words.length, g.words.length) + co);
          // A value one digit away from the other's is the likelier counterpart (see `digitApart`).
          if ((n >= DIGIT_SHARED && digitApart(f, g, n)) || sameStep(f, g)) s += DIGIT_BONUS;
          if (twinOf !== null) (scores ??= new Map()).set(g, s);
        }
        if (s > score) {
          top = g;
          score = s;
          tie = false;
        } else if (s > 0 && s === score && top !== null && !figuresAgree(top, g)) {
          // As many words shared with each: the words that stand by fewer figures of the two articles
          // say which one it is (see `specificity`), when nothing named around the one they pick is
          // another thing than the figure's own (see `sameSubject`): else it stays a tie.
          const sg = specificity(f, g, frequency());
          const st = specificity(f, top, frequency());
          if (sg > st + SPECIFICITY_MARGIN && sameSubject(f, g)) {
            top = g;
            tie = false;
          } else if (!(st > sg + SPECIFICITY_MARGIN && sameSubject(f, top))) tie = true;
        }
      }
    }
    return tie ? null : top;
  };
  let counted: readonly [Map<string, number>, Map<string, number>] | null = null;
  const frequency = (): readonly [Map<string, number>, Map<string, number>] => (counted ??= [wordFrequency(va), wordFrequency(vb)]);
  const out: EventMatch[] = [];
  for (const [k, group] of byClass[0]) {
    const others = byClass[1].get(k);
    if (!others) continue;
    // Each figure of the other side's best here, read once: many figures of a class often pick the same one.
    // (And once for a figure and its twins, which pick alike: see `twinsOf`; so is each figure's own best.)
    const backs = new Map<FigureContext, FigureContext | null>();
    const bestBack = (b: FigureContext): FigureContext | null => {
      const key = twinOf?.(b) ?? b;
      let back = backs.get(key);
      if (back === undefined) backs.set(key, (back = best(b, group)));
      return back;
    };
    const forth = twinOf === null ? null : new Map<FigureContext, FigureContext | null>();
    const bestForth = (a: FigureContext): FigureContext | null => {
      if (forth === null || twinOf === null) return best(a, others);
      const key = twinOf(a);
      let b = forth.get(key);
      if (b === undefined) forth.set(key, (b = best(a, others)));
      return b;
    };
    // The first figure of the group that agrees with each back (read once per back, not once per figure).
    const firsts = new Map<FigureContext, FigureContext | undefined>();
    const firstAgreeing = (back: FigureContext): FigureContext | undefined => {
      if (firsts.has(back)) return firsts.get(back);
      const first = firstAgreeingIn(group, back);
      firsts.set(back, first);
      return first;
    };
    for (const a of group) {
      const b = bestForth(a);
      const back = b ? bestBack(b) : null;
      // Of figures of equal value in one article, the first speaks for them.
      if (!b || !back || (back !== a && firstAgreeing(back) !== a)) continue;
      const co = coFigures(a, b, tables);
      const around = shared(a.words, b.words) + co;
      // (Two reports' one match length each are one figure however few words they share: see `oneLengthEach`;
      // nor need two reports' only measures of a kind more than one telling word: see `onlyOfKindEach`.)
      // (Nor two minutes that make the same score, each its report's only one: see `oneScoreMadeEach`.)
      const apart = digitApart(a, b, around) || sameStep(a, b) || oneLengthEach(a, b, all[0], all[1]) || oneScoreMadeEach(a, b, all[0], all[1]) || (around >= ONLY_SHARED && onlyOfKindEach(a, b, va, vb));
      if (!telling(a) || (closeness(a, b, co) === 0 && !apart)) continue;
      // "nhóm top 20 tay vợt hàng đầu" / "một tay vợt trong tốp 10": bounds of a rank, never at odds.
      if (a.unit === TOP) continue;
      // "14 người chết" and "17 người bị thương" of one storm: two facts.
      if (a.state !== b.state && a.state !== null && b.state !== null) continue;
      // "tổng thu NSNN" and "tổng chi ngân sách nhà nước": two facts.
      if (a.flow !== b.flow && a.flow !== null && b.flow !== null) continue;
      // Several figures of one kind on a side: the words must say which one it is (or the digits do).
      if ((group.length > 1 || others.length > 1) && around < MANY_SHARED && !apart) continue;
      if (raised.has(a.passage, b.passage.articleId) || raised.has(b.passage, a.passage.articleId)) continue;
      if (figuresAgree(a, b) || tenfoldApart(a, b)) continue;
      // Outlets misreport a goal's minute by a minute or a few; "phút 40" and "phút 68" are two moments —
      // unless both minutes made the same score ("1-0"): a match reaches each score once, so that is one goal;
      // or their words alone say they are one figure (see `strongContext`: "nhận thẻ đỏ trực tiếp … pha phạm lỗi
      // thô bạo" in both reports) and they do not make different scores ("nâng tỷ số lên 3-0" / "lên 4-0": two goals).
      if (a.unit === '^phut' && Math.abs(a.figure.value - b.figure.value) > MINUTES_APART && !sameScoreMade(a, b) && !(strongContext(a, b) && !otherScoresMade(a, b))) continue;
      // (With no word in common, the agreeing figures are what the two sentences are shown to share.)
      const words = eventWords(a, b);
      const agreed = co > 0 ? coFigureList(a, b, tables) : [];
      out.push({ a: a.passage, b: b.passage, similarity: 0, event: words.length === 0 ? { a, b, words: agreed } : agreed.length === 0 ? { a, b, words } : { a, b, words, agreed } });
    }
  }
  out.push(...headlineFigures(all, orphans, raised, out, headline, tables));
  out.push(...classified(orphans, raised, out));
  out.push(...restated(all, orphans, byClass, [va, vb], raised, out, twinOf));
  out.push(...setScores(all, orphans, units, raised, out));
  out.push(...listedResults(all, raised, out));
  return out;
}

/** The figures of these matches (each match's two, in order): no longer free to match. */
function takenIn(found: readonly EventMatch[]): Set<FigureContext> {
  // (A loop, not a `flatMap` of pairs: read for most pairs of articles compared.)
  const taken = new Set<FigureContext>();
  for (const m of found) {
    taken.add(m.event.a);
    taken.add(m.event.b);
  }
  return taken;
}

/**
 * One match in two reports' results tables (see `resultsListed`): the same two teams' names around the
 * score, in the same order (the home side first; the return match is written the other way round), and
 * scores at odds ("Steaua Bucuresti 1 - 1 Basel" / "Steaua Bucuresti 2 - 1 Basel"). Compared whether or
 * not either article gives the score elsewhere: in a table of a round's results a score ("2 - 1") is
 * often another match's too, so a value given elsewhere says nothing of this match. One match listed
 * once on each side only.
 */
function listedResults(all: readonly [FigureContext[], FigureContext[]], raised: Decided, found: readonly EventMatch[]): EventMatch[] {
  const listed = (list: readonly FigureContext[]): Map<string, FigureContext[]> => {
    const map = new Map<string, FigureContext[]>();
    for (const f of list) {
      const teams = f.teams;
      if (teams === null) continue;
      const group = map.get(teams);
      if (group) group.push(f);
      else map.set(teams, [f]);
    }
    return map;
  };
  const mine = listed(all[0]);
  if (mine.size === 0) return [];
  const theirs = listed(all[1]);
  if (theirs.size === 0) return [];
  const taken = takenIn(found);
  const out: EventMatch[] = [];
  for (const [teams, xs] of mine) {
    const ys = theirs.get(teams);
    if (!ys || xs.length !== 1 || ys.length !== 1) continue;
    const a = xs[0] as FigureContext;
    const b = ys[0] as FigureContext;
    if (taken.has(a) || taken.has(b) || a.figure.value === b.figure.value && a.second === b.second) continue;
    if (raised.has(a.passage, b.passage.articleId) || raised.has(b.passage, a.passage.articleId)) continue;
    out.push({ a: a.passage, b: b.passage, similarity: 0, event: { a, b, words: teams.split(' ') } });
  }
  return out;
}

/**
 * The headlines of two reports of one event each give one figure of a class (unit, sign, order of magnitude:
 * see `classOf`), at odds: one figure, whatever words each outlet chose around it ("Nokia bán Lumia 1520 tại
 * Việt Nam với giá 26 triệu đồng" / "Nokia Lumia 1520 lên kệ tại thị trường Việt với giá gần 16 triệu đồng").
 * A headline states the report's main fact in few words, so two headlines of one event rarely share the two
 * telling words `closeness` asks; a second figure of the class in either headline leaves the words to decide.
 * Figures the body's words already matched, counts of two states ("3 người chết" / "10 người bị thương") or
 * two flows, small counts and figures the passage rule decided are left alone, as in the main comparison; the
 * names check still keeps two places' or two products' figures apart (see aligned.ts `eventDrafts`).
 * (Analysis 43.)
 */
function headlineFigures(
  all: readonly [FigureContext[], FigureContext[]],
  orphans: readonly [FigureContext[], FigureContext[]],
  raised: Decided,
  found: readonly EventMatch[],
  headline: (p: Passage) => boolean,
  tables: CoTables,
): EventMatch[] {
  // Each headline's figures (the first passage, when it is the headline), all of them: one of a class given by
  // the other report still makes two of that class in the headline.
  const heads = [all[0].filter((f) => f.passage.index === 1 && headline(f.passage)), all[1].filter((f) => f.passage.index === 1 && headline(f.passage))] as const;
  if (heads[0].length === 0 || heads[1].length === 0) return [];
  const taken = takenIn(found);
  const orphan = new Set([...orphans[0], ...orphans[1]]);
  const out: EventMatch[] = [];
  for (const a of heads[0]) {
    const mine = heads[0].filter((f) => f.kind === a.kind);
    const theirs = heads[1].filter((f) => f.kind === a.kind);
    if (mine.length !== 1 || theirs.length !== 1) continue;
    const b = theirs[0] as FigureContext;
    if (!orphan.has(a) || !orphan.has(b) || taken.has(a) || taken.has(b) || !telling(a) || a.unit === TOP || a.second !== b.second) continue;
    if ((a.state !== b.state && a.state !== null && b.state !== null) || (a.flow !== b.flow && a.flow !== null && b.flow !== null)) continue;
    if (figuresAgree(a, b) || tenfoldApart(a, b) || raised.has(a.passage, b.passage.articleId) || raised.has(b.passage, a.passage.articleId)) continue;
    const words = eventWords(a, b);
    out.push({ a: a.passage, b: b.passage, similarity: 0, event: { a, b, words: words.length === 0 ? coFigureList(a, b, tables) : words, headlines: true } });
  }
  return out;
}

/**
 * Classifier words: written after a number they count the noun that follows ("12 chiếc máy bay", "3
 * con tàu", "2 căn nhà"), so the count may be the one another report gives with the noun itself ("12
 * chiến đấu cơ", "3 tàu cá").
 */
const CLASSIFIERS = new Set(['chiec', 'con', 'cai', 'can', 'ngoi', 'tam', 'qua', 'cuon', 'buc']);
/** Units that no classifier of things counts: people ("12 chiếc tàu" is never "12 người"), time, money ("12 tháng", "12 tỷ"). */
const NOT_COUNTED = new Set(['nguoi', 'phut', 'gio', 'ngay', 'tuan', 'thang', 'nam', 'quy', 'lan', 'tuoi', 'diem', 'dong', 'usd', 'euro', 'eur', 'yen', '%', 'score']);

/** A count of things by a noun (not a classifier, a time, money, a measure, a percentage or a rank). */
function nounCount(f: FigureContext): boolean {
  return f.second === null && !f.unit.startsWith('^') && !CLASSIFIERS.has(f.unit) && !NOT_COUNTED.has(f.unit) && !MEASURES.has(f.unit) && !SIGNS.has(f.unit);
}

/** The word a classifier count counts: "tàu" in "12 chiếc tàu tuần tra", "fa" in "12 chiếc FA-50"; null when none follows. */
function countedNoun(x: FigureContext): string | null {
  const t = x.passage.tokens;
  for (let k = x.figure.token + 1; k < t.length && k <= x.figure.token + 3; k++) {
    if (wordOf(t[k] as number) !== x.unit) continue;
    const w = k + 1 < t.length ? wordOf(t[k + 1] as number) : '';
    return w.length >= 2 && !SIGNS.has(w) ? w : null;
  }
  return null;
}

/**
 * A count by a classifier in one report and by the noun in the other ("mua 12 chiếc FA-50" / "mua 22
 * chiến đấu cơ FA-50"): the units differ, so no class holds both. Compared as orphans of one class are,
 * by their words alone: each the other's best match among such counts of the same kind and order of
 * magnitude, with MIN_SHARED telling words in common, or MANY_SHARED when either side has several.
 * Two classifier counts, or two nouns' counts, are never paired here (their own class compares them).
 */
function classified(orphans: readonly [FigureContext[], FigureContext[]], raised: Decided, found: readonly EventMatch[]): EventMatch[] {
  // Each side's classifier counts, listed once (not per classifier count); most pairs of articles have none.
  const counts = [orphans[0].filter((g) => CLASSIFIERS.has(g.unit)), orphans[1].filter((g) => CLASSIFIERS.has(g.unit))] as const;
  if (counts[0].length + counts[1].length === 0) return [];
  const taken = takenIn(found);
  const out: EventMatch[] = [];
  const nounsOf = [orphans[0].filter(nounCount), orphans[1].filter(nounCount)] as const;
  for (const side of [0, 1] as const) {
    const other = side === 0 ? 1 : 0;
    for (const x of counts[side]) {
      if (taken.has(x) || !telling(x)) continue;
      const kind = (f: FigureContext): boolean => f.sign === x.sign && magnitude(f) === magnitude(x) && !taken.has(f);
      const nouns = nounsOf[other].filter(kind);
      const pick = (f: FigureContext, list: readonly FigureContext[]): FigureContext | null => {
        let top: FigureContext | null = null;
        let score = 0;
        let tie = false;
        for (const g of list) {
          const c = closeness(f, g);
          if (c > score) {
            top = g;
            score = c;
            tie = false;
          } else if (c > 0 && c === score) tie = true;
        }
        return tie ? null : top;
      };
      const y = pick(x, nouns);
      if (y === null) continue;
      // The thing the classifier counts must be the noun's, or beside it: "12 chiếc tàu tuần tra" is not
      // "22 máy bay huấn luyện" bought by the same buyer in the same words.
      // (y's value given by another classifier count of this side, in its words, confirms y: "mua 22 chiếc
      // FA-50 … mua thêm 12 chiếc FA-50" beside "mua 22 chiến đấu cơ FA-50" is a second batch.)
      if (counts[side].some((g) => g !== x && figuresAgree(g, y) && closeness(g, y) > 0)) continue;
      const thing = countedNoun(x);
      if (thing === null || (thing !== y.unit && !y.words.includes(thing))) continue;
      // x must be y's best among this side's classifier counts of the kind.
      const mine = counts[side].filter(kind);
      if (pick(y, mine) !== x) continue;
      if ((nouns.length > 1 || mine.length > 1) && shared(x.words, y.words) < MANY_SHARED) continue;
      if (x.state !== y.state && x.state !== null && y.state !== null) continue;
      if (x.flow !== y.flow && x.flow !== null && y.flow !== null) continue;
      if (raised.has(x.passage, y.passage.articleId) || raised.has(y.passage, x.passage.articleId)) continue;
      if (figuresAgree(x, y)) continue;
      taken.add(x);
      taken.add(y);
      const [a, b] = side === 0 ? [x, y] : [y, x];
      out.push({ a: a.passage, b: b.passage, similarity: 0, event: { a, b, words: eventWords(a, b) } });
    }
  }
  return out;
}

/**
 * A figure one article gives twice, once changed: "pin dung lượng 3.000 mAh" in its lead, "pin 4.000
 * mAh" further on, and the other outlet's "dung lượng pin 3.000mAh". The other outlet's figure is
 * confirmed by the first mention, so it is no orphan, but the second mention is the same fact (it
 * shares telling words with the first) and at odds with it: compared with the other outlet's figure
 * as orphans are. A second figure that is not the first one re-stated ("bản quốc tế có pin 3.400
 * mAh" beside "máy dùng pin 3.200mAh") shares no telling words with it and stays apart.
 */
function restated(
  all: readonly [FigureContext[], FigureContext[]],
  orphans: readonly [FigureContext[], FigureContext[]],
  byClass: readonly [Map<string, FigureContext[]>, Map<string, FigureContext[]>],
  /** The articles' views (see `viewOf`): every figure of each side by class and by unit, orphans or not. */
  views: readonly [View, View],
  raised: Decided,
  found: readonly EventMatch[],
  /** A figure's first mention in its article when its sentence is given again word for word (see `twinsOf`); null: none. */
  twinOf: ((f: FigureContext) => FigureContext) | null = null,
): EventMatch[] {
  if (orphans[0].length === 0 && orphans[1].length === 0) return [];
  const classes = [views[0].byKind, views[1].byKind] as const;
  const taken = takenIn(found);
  const out: EventMatch[] = [];
  // (The whole reads of each list at a pool's bound: see WHOLE_AT_BOUND.)
  const wholeReads = new Map<readonly FigureContext[], number>();
  for (const side of [0, 1] as const) {
    const other = side === 0 ? 1 : 0;
    const lone = new Set(orphans[other]);
    // The other article's figures of each class that this article gives again elsewhere (not `lone`), the only ones
    // read: a long list read through a pool of all of them found none for a figure when the few it picked were orphans
    // (a price list whose every line is changed), and read the whole list instead, for each figure (quadratic).
    const given = new Map<string, FigureContext[]>();
    const givenOf = (k: string): FigureContext[] | undefined => {
      let list = given.get(k);
      if (list === undefined) {
        const theirs = classes[other].get(k);
        if (theirs === undefined) return undefined;
        given.set(k, (list = theirs.filter((y) => !lone.has(y))));
      }
      return list;
    };
    /**
     * The other article's figure that x re-states with another value, or null: what x's text alone decides, the
     * same for its twins (see `twinsOf`; a twin's sentence-mates are the first mention's, so each "another
     * mention" below finds the same), read once for them.
     */
    const restatedBy = (x: FigureContext): FigureContext | null => {
      const k = x.kind;
      const theirs = classes[other].get(k);
      const read = givenOf(k);
      if (!theirs || !read) return null;
      let top: FigureContext | null = null;
      let score = 0;
      let tie = false;
      // (A long list: only the figures that share with x something few of them share, unless one left out could
      // outscore the best of them; see `poolOf`, `Pool`.)
      const pool = read.length < POOL_FROM || fewLines(read, twinOf) ? null : poolOf(x, read, twinOf);
      for (const candidates of pool === null ? [read] : [pool.list, read]) {
        if (candidates === read && pool !== null) {
          // (At the bound a candidate left out may equal a best that shares only common keys: see `best`.)
          if (score > pool.wordsBound || (score === pool.wordsBound && (top === null || pool.rare.has(top)))) break;
          if (score === pool.wordsBound && !wholeAtBound(wholeReads, read)) {
            tie = true;
            break;
          }
          top = null;
          score = 0;
          tie = false;
        }
        for (const y of candidates) {
          if (itemsApart(x, y, all[side], all[other])) continue;
          // (The words they share counted once, for both tests.)
          const n = shared(x.words, y.words);
          const s = closenessOf(x, y, n) + (digitApart(x, y, n) || sameStep(x, y) ? DIGIT_BONUS : 0);
          if (s === 0) continue;
          if (s > score) {
            top = y;
            score = s;
            tie = false;
          } else if (s === score && top !== null && !figuresAgree(top, y)) tie = true;
        }
      }
      if (top === null || tie) return null;
      const y = top;
      const mine = classes[side].get(k) as FigureContext[];
      // y's range, both its ends, given by this article: y is confirmed as that range's end, not x re-stated.
      if (rangeGivenIn(mine, y)) return null;
      // y's value given elsewhere in this article only in poorer words than x's (see `displaced`): that
      // mention does not excuse x, whatever else the class lists.
      // (Only where x is the one figure of the class either article leaves unconfirmed: in a list of
      // several stocks' shares, several unconfirmed ones on a side, which one it is stays a guess.)
      const moved = (byClass[side].get(k) ?? []).length === 1 && !byClass[other].has(k) && displaced(x, y, mine, theirs);
      // One fact given twice by this article and once (or repeated alike) by the other: every other
      // figure of the class on either side gives y's value. Where an article lists several figures of
      // the class (shares of several stocks, prices of several models), which one was re-stated is a guess.
      // (One digit apart says which one it is, unless another figure of the class is as close to y:
      // the other figures of either side may be other facts of the class, a second model's price. One
      // digit from y or x, a figure that shares no telling word with it says nothing of which one it is:
      // "Ống kính QX100 … cảm biến 20,2 megapixel" beside the changed "30,7" and another report's "20,7".)
      const apart = digitApart(x, y);
      const step = sameStep(x, y);
      // (A step from the same earlier level says which one it is, unless another step of the class does too.)
      const listed = step
        ? mine.some((g) => g !== x && !sameGiven(g, y) && sameStep(g, y))
        : apart
        ? mine.some((g) => g !== x && !sameGiven(g, y) && (closeness(g, y) > 0 && (digitApart(g, y) || closeness(g, y) >= closeness(x, y)))) || theirs.some((g) => g !== y && !sameGiven(g, y) && digitApart(x, g) && closeness(x, g) > 0)
        : mine.some((g) => g !== x && !sameGiven(g, y)) || theirs.some((g) => !sameGiven(g, y));
      // x's sentence said twice by its article, the other time with y's value (a paragraph repeated: the
      // same words, the same place of the figure): that mention is x's fact, which y gives — whatever else
      // the class lists, the repeated sentence says which figure x is.
      // (Read only where the class lists other figures: elsewhere the check below finds such a mention too.)
      const twin = listed && !moved && someAgreeing(sameSentenceOf(views[side], x), y, (z) => z !== x && z.passage !== x.passage && sameGiven(z, y), true);
      if (listed && !moved && !twin) return null;
      // The mention that gives y's value must be x's fact said again, in another sentence (figures of
      // one sentence are items of a list: "hỗ trợ 250.000 đồng, … tiền tết 200.000 đồng"), with the
      // words that x and y share around it too, and no closer to y than x is.
      const common = x.words.filter((w) => y.words.includes(w));
      // (Or, for a step, the same step from the same earlier level.)
      // (Read among the article's figures of y's unit that may agree with y: see `someAgreeing`.)
      const again = (z: FigureContext): boolean => z !== x && z.passage !== x.passage && sameGiven(z, y) && (step ? sameStep(z, y) : common.every((w) => z.words.includes(w))) && closeness(z, y) <= score;
      if (!moved && !twin && !someAgreeing(views[side].byUnit.get(y.unit) ?? [], y, again, true)) return null;
      // x is y's best match among this article's orphans of the class, and the words say which one
      // when there are several.
      const group = byClass[side].get(k) ?? [];
      if (group.some((g) => g !== x && closeness(g, y) >= score)) return null;
      // (A repeated sentence says which one it is, as it does above: see `twin`.)
      if (group.length > 1 && shared(x.words, y.words) < MANY_SHARED && !apart && !step && !twin) return null;
      if (x.state !== y.state && x.state !== null && y.state !== null) return null;
      if (x.flow !== y.flow && x.flow !== null && y.flow !== null) return null;
      if (figuresAgree(x, y) || tenfoldApart(x, y)) return null;
      if (x.unit === '^phut' && Math.abs(x.figure.value - y.figure.value) > MINUTES_APART && !sameScoreMade(x, y) && !(strongContext(x, y) && !otherScoresMade(x, y))) return null;
      // The other mention may be the figure before the one reported ("Kỳ trước, xăng có giá …",
      // "Trước đó …", "so với cùng kỳ …"): not the fact said again with another value.
      if (earlierOnlyIn(earlierNear(x), y.passage)) return null;
      return y;
    };
    const picked = twinOf === null ? null : new Map<FigureContext, FigureContext | null>();
    for (const x of orphans[side]) {
      if (taken.has(x) || !telling(x) || x.unit === TOP) continue;
      let y: FigureContext | null | undefined;
      if (picked === null || twinOf === null) y = restatedBy(x);
      else {
        const key = twinOf(x);
        y = picked.get(key);
        if (y === undefined) picked.set(key, (y = restatedBy(x)));
      }
      if (y === null) continue;
      if (raised.has(x.passage, y.passage.articleId) || raised.has(y.passage, x.passage.articleId)) continue;
      const [a, b] = side === 0 ? [x, y] : [y, x];
      taken.add(x);
      out.push({ a: a.passage, b: b.passage, similarity: 0, event: { a, b, words: eventWords(a, b) } });
    }
  }
  return out;
}


/**
 * x (an orphan of its article) is the fact the other article's y states, and the mentions of y's value
 * in x's article are other facts: x shares at least MANY_SHARED telling words with y, more than any
 * other figure of the class in x's article shares with y (the mentions that give y's value among them),
 * and y is closer to x than any other figure of the class in y's article. "Giảm mức sử dụng Quỹ bình ổn
 * giá xăng từ 400 đồng/lít …" in a title, beside the other outlet's "giảm sử dụng Quỹ bình ổn từ 300
 * đ/lít …": the body's "từ 300 đồng/lít" (the same step, in fewer of its words) does not excuse the
 * title's 400. A mention of y's value as close to y as x is (the same fact said again) still does, so
 * does one with words of its own that y's lack (another thing: "Bản quốc tế có pin 3.400 mAh"), and so
 * does a tie on either side (two models' batteries: which one it is, is a guess). Asked only when x
 * is the one figure of its class that either article leaves unconfirmed (see `restated`).
 */
function displaced(x: FigureContext, y: FigureContext, mine: readonly FigureContext[], theirs: readonly FigureContext[]): boolean {
  if (shared(x.words, y.words) < MANY_SHARED) return false;
  const c = closeness(x, y);
  if (c === 0) return false;
  for (const g of mine) {
    if (g === x) continue;
    if (closeness(g, y) >= c) return false;
    // A mention of y's value with words of its own that y's lack names another thing ("Bản quốc tế có
    // pin 3.400 mAh"): a second figure, which the article gives beside x — not x's fact said poorly.
    if (sameGiven(g, y) && !g.words.every((w) => y.words.includes(w))) return false;
  }
  for (const g of theirs) if (g !== y && !sameGiven(g, y) && closeness(x, g) >= c) return false;
  return true;
}

/**
 * Words (folded pairs) that date a figure before the moment reported or set it beside another: the
 * FILLER list hides "trước", "kỳ", "năm", so they are read from the sentence's tokens.
 */
const EARLIER_WORDS = new Set([
  'ky truoc', 'truoc do', 'truoc day', 'truoc khi', 'so voi', 'cung ky', 'nam ngoai', 'nam truoc', 'thang truoc',
  'tuan truoc', 'quy truoc', 'lan truoc', 'dot truoc', 'phien truoc', 'hom truoc',
]);

/** The earlier-period and comparison words of a sentence, read once per passage. */
const earlierOf = new WeakMap<Passage, Set<string>>();
function earlierWords(p: Passage): Set<string> {
  let set = earlierOf.get(p);
  if (!set) {
    set = new Set();
    for (let i = 0; i + 1 < p.tokens.length; i++) {
      const pair = `${wordOf(p.tokens[i] as number)} ${wordOf(p.tokens[i + 1] as number)}`;
      if (EARLIER_WORDS.has(pair)) set.add(pair);
    }
    earlierOf.set(p, set);
  }
  return set;
}

/** Words (folded pairs) that put a figure in a later period: "năm tới", "năm sau", "thời gian tới", "sắp tới". */
const LATER_WORDS = new Set(['nam toi', 'nam sau', 'sap toi', 'gian toi', 'thang toi', 'quy toi', 'tuan toi', 'toi day', 'sap den']);

/**
 * A forecast's sentence (`ahead`) and a reported figure's (`done`) speak of different periods: the
 * forecast's of a later one, or either of an earlier one the other does not name ("Năm
 * ngoái, hãng đã bán ra 180.000" / "Trong năm tới, hãng dự kiến bán ra 250.000"; "Trước khi ra mắt …").
 */
export function periodsApart(ahead: Passage, done: Passage): boolean {
  for (let i = 0; i + 1 < ahead.tokens.length; i++) {
    if (LATER_WORDS.has(`${wordOf(ahead.tokens[i] as number)} ${wordOf(ahead.tokens[i + 1] as number)}`)) return true;
  }
  return periodOnlyIn(ahead, done) || periodOnlyIn(done, ahead);
}

/** Comparison words: they set the figure beside another ("so với mức … đã quyết định"), not date it. */
const COMPARING = new Set(['so voi', 'cung ky']);

/** `p`'s sentence has an earlier-period word (not a comparison word) that `other`'s lacks. */
function periodOnlyIn(p: Passage, other: Passage): boolean {
  const theirs = earlierWords(other);
  for (const w of earlierWords(p)) if (!COMPARING.has(w) && !theirs.has(w)) return true;
  return false;
}

/**
 * The earlier-period and comparison words that bear on one figure: those before it in its sentence ("Kỳ trước,
 * xăng có giá …", "Trước đó, …") and those after it up to the next figure ("… 148.000 việc làm trong tháng trước",
 * "tăng 20% so với cùng kỳ"). After another figure they are that figure's: "đã có 148.000 việc làm mới … trong tháng
 * 9, thấp hơn con số tháng 8 và ước tính trước đó của các chuyên gia" dates the estimate, not the count (analysis 37).
 */
function earlierNear(x: FigureContext): Set<string> {
  const t = x.passage.tokens;
  let last = t.length - 1;
  for (const f of x.passage.figures) if (f.token > x.figure.token && f.token < last) last = f.token;
  return earlierPairs(t, last);
}

/** The EARLIER_WORDS pairs of a sentence's tokens that start before token `end`. */
function earlierPairs(t: Int32Array, end: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i < end && i + 1 < t.length; i++) {
    const pair = `${wordOf(t[i] as number)} ${wordOf(t[i + 1] as number)}`;
    if (EARLIER_WORDS.has(pair)) set.add(pair);
  }
  return set;
}

/**
 * `y`'s sentence dates it before the moment reported, before it ("Trước đó, … ở mức 24.500 đồng", "Năm ngoái, có 45.000
 * thí sinh"), in words `x`'s sentence lacks: not the fact `x` states now (the words of EARLIER_WORDS).
 */
export function datedEarlierThan(x: FigureContext, y: FigureContext): boolean {
  // (The words before y only: "…, tăng mạnh so với năm trước" after it compares it, and dates nothing.)
  return earlierOnlyIn(earlierPairs(y.passage.tokens, y.figure.token - 1), x.passage);
}

/** Of one figure's earlier-period and comparison words (see `earlierNear`), one that `other`'s sentence lacks. */
function earlierOnlyIn(near: ReadonlySet<string>, other: Passage): boolean {
  const theirs = earlierWords(other);
  for (const w of near) if (!theirs.has(w)) return true;
  return false;
}

/** Points that win a set (badminton 21, volleyball 25, table tennis 11): scores this high are set scores. */
const SET_POINTS = 11;

/**
 * Set scores of one match the words around them do not tell apart ("thắng lợi 21-17" / "kết thúc séc
 * đấu với tỷ số 21-7"): two reports that give two or more of the match's set scores alike, and each one
 * set score won with the same points that the other does not give, speak of the same set. Only high
 * winning points (a set, not a football score: "2-1" of one match and "2-0" of another are two facts).
 */
function setScores(
  all: readonly [FigureContext[], FigureContext[]],
  orphans: readonly [FigureContext[], FigureContext[]],
  units: readonly [Map<string, FigureContext[]>, Map<string, FigureContext[]>],
  raised: Decided,
  found: readonly EventMatch[],
): EventMatch[] {
  const win = (f: FigureContext): number => Math.max(f.figure.value, f.second ?? 0);
  const sets = (list: readonly FigureContext[]): FigureContext[] => list.filter((f) => f.second !== null && win(f) >= SET_POINTS);
  const agreed = sets(all[0]).filter((f) => (units[1].get('score') ?? []).some((g) => figuresAgree(f, g)));
  const anchors = [...new Set(agreed.map((f) => `${f.figure.value}-${f.second}`))];
  if (anchors.length < 2) return [];
  const taken = takenIn(found);
  const [oa, ob] = [sets(orphans[0]), sets(orphans[1])];
  const out: EventMatch[] = [];
  for (const points of new Set(oa.map(win))) {
    // The set's winning points must be the one that the anchors' winners scored: the same sport, the same rules.
    if (!agreed.some((f) => win(f) === points)) continue;
    const xa = oa.filter((f) => win(f) === points);
    const xb = ob.filter((f) => win(f) === points);
    if (xa.length !== 1 || xb.length !== 1) continue;
    const a = xa[0] as FigureContext;
    const b = xb[0] as FigureContext;
    if (taken.has(a) || taken.has(b) || figuresAgree(a, b)) continue;
    if (raised.has(a.passage, b.passage.articleId) || raised.has(b.passage, a.passage.articleId)) continue;
    out.push({ a: a.passage, b: b.passage, similarity: 0, event: { a, b, words: anchors } });
  }
  // A set score whose winning points no agreed set has ("31-19" where the match's sets are won with 21)
  // and that cannot end a set of that match: the set the other report gives with the same losing points
  // and winning points one digit away ("21-19"), when it is the only such set on either side, is that
  // set mistyped. A score that can end a set ("15-13", a volleyball deciding set; "22-20", deuce) is
  // another set, not a slip.
  const lose = (f: FigureContext): number => Math.min(f.figure.value, f.second ?? 0);
  const odd = (f: FigureContext): boolean => !agreed.some((g) => win(g) === win(f));
  const slips = (x: FigureContext, y: FigureContext): boolean =>
    lose(x) === lose(y) && oneDigitOff(win(x), win(y)) && cannotEndSet(win(x), lose(x), win(y));
  for (const [xs, ys, flip] of [[oa, ob, false], [ob, oa, true]] as const) {
    for (const x of xs) {
      if (!odd(x) || taken.has(x)) continue;
      const ts = ys.filter((y) => !odd(y) && slips(x, y));
      if (ts.length !== 1 || xs.filter((z) => slips(z, ts[0] as FigureContext)).length !== 1) continue;
      const y = ts[0] as FigureContext;
      if (taken.has(y)) continue;
      const [a, b] = flip ? [y, x] : [x, y];
      if (raised.has(a.passage, b.passage.articleId) || raised.has(b.passage, a.passage.articleId)) continue;
      taken.add(x);
      taken.add(y);
      out.push({ a: a.passage, b: b.passage, similarity: 0, event: { a, b, words: anchors } });
    }
  }
  return out;
}

/**
 * A set score `won`-`lost` cannot end a set played to `target` points: won by less than 2, or past the
 * target by more than 2 (past the target a set goes on only until one side leads by 2: "22-20", "26-24").
 * Below the target a score may end a shorter set (a deciding set to 15).
 */
export function cannotEndSet(won: number, lost: number, target: number): boolean {
  return won - lost < 2 || (won > target && won - lost > 2);
}

/** Key of a sentence as decided by the passage alignment for its comparison with another article. */
export function decidedKey(p: Passage, otherArticleId: string): string {
  return `${p.articleId}\u0001${p.index}\u0000${otherArticleId}`;
}

/** Sentences as decided by the passage alignment for their comparison with another article, asked of. */
export interface Decided {
  has(p: Passage, otherArticleId: string): boolean;
}

/**
 * A set of sentences each decided for its comparison with another article (the set of their
 * `decidedKey`s): by the sentence's article id, the other article's id, then the sentence's place. Asked
 * for every pair of figures two articles of one event compare, and filled for every pair of articles
 * compared: no key string is made per question (they were ~5% of the news bench's build, and garbage).
 */
export class DecidedSentences implements Decided {
  private readonly byArticle = new Map<string, Map<string, Set<number>>>();

  add(p: Passage, otherArticleId: string): void {
    let byOther = this.byArticle.get(p.articleId);
    if (!byOther) this.byArticle.set(p.articleId, (byOther = new Map()));
    let places = byOther.get(otherArticleId);
    if (!places) byOther.set(otherArticleId, (places = new Set()));
    places.add(p.index);
  }

  has(p: Passage, otherArticleId: string): boolean {
    return this.byArticle.get(p.articleId)?.get(otherArticleId)?.has(p.index) ?? false;
  }
}

// A whole name ("Quảng Ninh", "Wei Feng Chong", "VN-Index"): two provinces that share a word
// ("Quảng Nam", "Quảng Ninh") are no name in common. (The look-behind first: it fails on the first
// character before most positions, a letter; testing the capital first was slower, 56 ms against 46 ms
// over 3 MB of news text.)
const NAME = /(?<=[\p{Ll}\p{N},;:)]\s+)\p{Lu}[\p{L}\p{M}\p{N}-]{2,}(?:\s+\p{Lu}[\p{L}\p{M}\p{N}-]*)*/gu;
/** Capitalised words after a comma or colon that open a clause ("…, Theo", "…: Tại"), not names. */
const NOT_NAMES = new Set([
  'tai', 'theo', 'tinh', 'trong', 'khi', 'sau', 'ngoai', 'cung', 'day', 'dieu', 'voi', 'den', 'neu', 'nhu', 'con', 'nhung', 'tuy',
  'cac', 'mot', 'nay', 'ong', 'hien', 'truoc', 'tren', 'duoi', 'ngay', 'thang', 'rieng', 'tong', 'hon', 'gan', 'khoang', 'luc', 'ben',
  'vao', 'song', 'dong', 'thoi', 'chung', 'toi', 'ho', 'khong', 'cho', 'sang', 'chieu', 'dem', 'hom', 'vua',
]);
const keyCache = new WeakMap<Article, string[]>();
const SCORE_IN_TEXT = /(?<![\p{L}])(?:tỷ số|tỉ số|thắng|thua|hòa|chung cuộc|luân lưu|dẫn|san bằng|quân bình)(?![\p{L}])[^.\d]{0,20}?(?<![\d.,])(\d{1,2})\s?([-–])\s?(\d{1,2})(?![\d%]|[.,]\d)/giu;

const pairingCache = new WeakMap<Article, string[]>();

/**
 * The name runs (NAME) of an article's text, for `eventKeys` and `pairingNames` (each read once per
 * article): the text is scanned once for both, and the runs dropped once both have read them.
 */
const runsCache = new WeakMap<Article, string[]>();
function nameRuns(article: Article): string[] {
  let runs = runsCache.get(article);
  if (!runs) {
    runs = [];
    for (const m of article.text.matchAll(NAME)) runs.push(m[0]);
    runsCache.set(article, runs);
  }
  return runs;
}

/**
 * What `eventKeys` and `pairingNames` read of each run of capitalised words, by the run as written: a
 * workspace names the same places, firms and people in thousands of sentences, each read once. Held by
 * one same-event pass only (see aligned.ts `sameEventPairs`), never by the module: a run is a slice of
 * its article's text and would keep that text alive.
 */
export interface RunReadings {
  keys: Map<string, string | null>;
  pairing: Map<string, { folded: string; written: string } | null>;
}

export const runReadings = (): RunReadings => ({ keys: new Map(), pairing: new Map() });

/**
 * A name as written, folded, as a pairing key. Outlets write a foreign name of three words or more
 * with its family name at the front or at the back ("Wei Feng Chong" / "Chong Wei Feng", "Lee Yong Dae"
 * / "Yong Dae Lee"): such a name written without Vietnamese letters or diacritics is keyed by the first
 * of its rotations (see `rotationOf`), so both orders give one key. Any other order is another name:
 * two words swapped ("Minh Anh" / "Anh Minh", "Thomas Martin" / "Martin Thomas"), given names swapped
 * ("Kim Min Ji" / "Kim Ji Min", "Nguyen Tuan Anh" / "Nguyen Anh Tuan"), and every Vietnamese name
 * ("Tuấn Anh" / "Anh Tuấn", "Tân Bình" / "Bình Tân").
 */
export function nameKey(written: string): string {
  const folded = fold(written.toLowerCase()).trim().split(/\s+/u).join(' ');
  if (VIETNAMESE.test(written)) return folded;
  const words = folded.split(' ');
  if (words.length < 3) return folded;
  return words.map((_, k) => [...words.slice(k), ...words.slice(0, k)].join(' ')).sort()[0] as string;
}

/**
 * Whether the words `xs` are the name `ys` in the other order outlets write a foreign name in, or a part
 * of it: `ys` has three words or more, and `xs` (two or more) are in a row in `ys` with its first word
 * moved to the end or its last word moved to the front ("chong wei feng" / "wei feng chong", "feng
 * chong" / "chong wei feng"). Two-word names and given names swapped are never one name ("minh anh" /
 * "anh minh", "kim min ji" / "kim ji min").
 */
export function rotationOf(xs: readonly string[], ys: readonly string[]): boolean {
  if (xs.length < 2 || ys.length < 3 || xs.length > ys.length) return false;
  const inRow = (zs: readonly string[]) => zs.some((_, k) => k + xs.length <= zs.length && xs.every((w, j) => zs[k + j] === w));
  return inRow([...ys.slice(1), ys[0] as string]) || inRow([ys[ys.length - 1] as string, ...ys.slice(0, -1)]);
}

/** A word in capitals only ("HOSE", "VCB", "GDP", "HLV", "U23"): a ticker, an acronym, a title. */
const ALL_CAPS = /^[\p{Lu}\p{N}-]+$/u;
/** A word with a Vietnamese diacritic or letter: a one-word run of it is a syllable ("Chính", "Nhà", "Kết", "Lào"). */
const VIETNAMESE = /[^\p{ASCII}]/u;

/**
 * What a run of capitalised words gives `pairingNames` (once per run, see `RunReadings`): its words
 * without those in capitals only and without a clause-opening word before them, folded and as written;
 * null when nothing is left or a single Vietnamese word.
 */
/** The words of a run without the clause-opening words before a name ("Tại Quảng Ninh" is "Quảng Ninh"). */
function withoutOpeningWords(words: string[]): string[] {
  let i = 0;
  while (i < words.length && NOT_NAMES.has(fold(words[i] as string))) i++;
  return i === 0 ? words : words.slice(i);
}

function pairingRun(run: string, readings: RunReadings): { folded: string; written: string } | null {
  let read = readings.pairing.get(run);
  if (read !== undefined) return read;
  const words = withoutOpeningWords(run.split(/\s+/u).filter((w) => !ALL_CAPS.test(w)));
  if (words.length === 0 || (words.length === 1 && VIETNAMESE.test(words[0] as string))) read = null;
  else {
    const written = words.join(' ');
    read = { folded: fold(written), written };
  }
  readings.pairing.set(run, read);
  return read;
}

/**
 * The names of an article that may pair it with another report of the same day by themselves (see
 * aligned.ts `inCommon`), folded, sorted, unique: the names of `eventKeys` without the words in
 * capitals only (tickers, acronyms and titles: "VCB", "HOSE", "GDP", "HLV" — every market report
 * names the same tickers), without one-word runs of a Vietnamese syllable (the capital of a common
 * noun: "Chính phủ", "Nhà nước", "Kết thúc phiên"), and a name counted once: a run inside another
 * name of the article ("Văn Tùng" in "Nguyễn Văn Tùng", "Việt Nam" in "U23 Việt Nam") is dropped.
 */
export function pairingNames(article: Article, readings: RunReadings = runReadings()): string[] {
  let names = pairingCache.get(article);
  if (names) return names;
  const runs = new Set<string>();
  // (Each folded run as written: see `nameKey`.)
  const written = new Map<string, string>();
  for (const run of nameRuns(article)) {
    const read = pairingRun(run, readings);
    if (read === null) continue;
    runs.add(read.folded);
    written.set(read.folded, read.written);
  }
  // Runs by their words: a run is inside another only if that one holds its first word.
  const byWord = new Map<string, string[]>();
  for (const r of runs) {
    for (const w of new Set(r.split(' '))) {
      const list = byWord.get(w);
      if (list) list.push(r);
      else byWord.set(w, [r]);
    }
  }
  names = [...new Set([...runs].filter((r) => !(byWord.get(r.split(' ')[0] as string) ?? []).some((o) => o !== r && ` ${o} `.includes(` ${r} `))).map((r) => nameKey(written.get(r) ?? r)))].sort();
  pairingCache.set(article, names);
  if (keyCache.has(article)) runsCache.delete(article);
  return names;
}

/**
 * The scores an article gives after a word of scores, either way round ("4-0", "1-1"): two reports
 * that give scores and no score alike are reports of two matches.
 */
export function scoresOf(article: Article): readonly string[] {
  // Asked for each pair of articles compared (see aligned.ts `otherScores`): read once per text.
  const known = scoresRead.get(article);
  if (known !== undefined && known.text === article.text) return known.scores;
  const scores = [...scoresIn(article.text, SCORE_NEAR)];
  scoresRead.set(article, { text: article.text, scores });
  return scores;
}

/** The scores read of an article's text (see `scoresOf`), by the article, with the text they were read from. */
const scoresRead = new WeakMap<Article, { text: string; scores: readonly string[] }>();

/** The scores `re` finds in `text` (its groups 1 and 3; 2 is the dash), either way round: "4-1" and "1-4" are one, "1-4". */
function scoresIn(text: string, re: RegExp): Set<string> {
  const out = new Set<string>();
  // Every score is two numbers joined by a dash: a text without one (most) has none, and the regex,
  // with its look-behinds, need not run over the whole article.
  if (!SCORE_SHAPE.test(text)) return out;
  for (const m of text.matchAll(re)) {
    const x = Number(m[1]);
    const y = Number(m[3]);
    out.add(`${Math.min(x, y)}-${Math.max(x, y)}`);
  }
  // Set scores written with a slash: see `slashScoreAt`, the same rule over the text.
  for (const m of text.matchAll(SLASH_SCORE)) {
    const cue = (m[1] as string).toLowerCase();
    const next = /^\s+(\p{L}+)/u.exec(text.slice((m.index ?? 0) + m[0].length));
    const word = next ? fold((next[1] as string).toLowerCase()) : null;
    const x = Number(m[2]);
    const y = Number(m[3]);
    if (!slashScoreFits(cue === 'thắng' ? 'win' : cue === 'thua' ? 'lose' : 'score', x, y, word)) continue;
    // "thua X/Y" is a score only in a sentence of sets or points (see `setWordIn`).
    if (cue === 'thua' && !/^thua\s+(?:sát|đậm|ngược)\s/iu.test(m[0]) && !/^,\s*\d{1,2}\/\d{1,2}(?!\d)/u.test(text.slice((m.index ?? 0) + m[0].length)) && !setWordIn(sentenceWordsAt(text, m.index ?? 0))) continue;
    out.add(`${Math.min(x, y)}-${Math.max(x, y)}`);
  }
  return out;
}

/**
 * A set score written with a slash, right after its word ("tỷ số 2/1", "thắng 21/18", "thua sát 19/21")
 * or after the name of the one beaten ("thắng Chong Wei Feng 21/19"; the sentence's folded words cannot
 * tell a name, so only this reader takes that case), never after "hòa" ("Hòa", "Thanh Hóa" are names).
 * The rest is `slashScoreFits`, as for the sentence.
 */
const SLASH_SCORE = /(?<![\p{L}])([Tt]ỷ số|[Tt]ỉ số|[Tt]hắng|[Tt]hua)(?:\s+(?:sát|ngược|đậm|với)|(?:\s+\p{Lu}\p{L}*){1,4})?\s+(\d{1,2})\/(\d{1,2})(?![\d%/]|[.,]\d)/gu;

/** The folded words of the sentence of `text` around offset `at`. */
function sentenceWordsAt(text: string, at: number): string[] {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] as string)) s--;
  const rest = text.slice(at).search(/[.!?](?:\s|$)|\n/);
  const e = rest < 0 ? text.length : at + rest;
  return fold(text.slice(s, e).toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** What every score of SCORE_IN_TEXT and SCORE_NEAR holds: a digit, a dash or a slash, a digit. */
const SCORE_SHAPE = /\d\s?[-–/]\s?\d/u;

/** As SCORE_IN_TEXT, over a team's name with digits between ("thắng U23 Lào 4-0"), within the sentence. */
const SCORE_NEAR = /(?<![\p{L}])(?:tỷ số|tỉ số|thắng|thua|hòa|chung cuộc|luân lưu)(?![\p{L}])[^.!?\n]{0,40}?(?<![\d.,])(\d{1,2})\s?([-–])\s?(\d{1,2})(?![\d%]|[.,]\d)/giu;

/** A passage's distinctive figures as event keys, `v:` and the key (see `eventKeys`). */
function valueKeysOf(p: Passage): string[] {
  let keys = p.common.valueKeys;
  if (keys === undefined) {
    keys = [];
    for (const k of p.figureKeys) keys.push(`v:${k}`);
    p.common.valueKeys = keys;
  }
  return keys;
}

/** A run of capitalised words' key in `eventKeys` (null: none), once per run (see `RunReadings`). */
function runKey(run: string, readings: RunReadings): string | null {
  let key = readings.keys.get(run);
  if (key !== undefined) return key;
  const words = withoutOpeningWords(run.split(/\s+/u));
  key = words.length > 0 ? `n:${nameKey(words.join(' '))}` : null;
  readings.keys.set(run, key);
  return key;
}

/**
 * What tells which event an article reports: the names it gives (capitalised words inside a sentence,
 * "Tecra", "Schalke", "MobiFone") and its telling figures (by value: not years, dates or small counts); sorted, unique.
 */
export function eventKeys(article: Article, readings: RunReadings = runReadings()): string[] {
  let keys = keyCache.get(article);
  if (keys) return keys;
  const out = new Set<string>();
  for (const run of nameRuns(article)) {
    const key = runKey(run, readings);
    if (key !== null) out.add(key);
  }
  // The passages' distinctive figures (not years, dates or small counts), already hashed by value.
  // (Their strings are built once per sentence text, not per passage read: see `PassageCommon`.)
  for (const p of passagesOf(article)) for (const k of valueKeysOf(p)) out.add(k);
  // Scores after a word of scores ("tỷ số 1-1", "thắng 4-1"): small numbers, but what tells a match
  // report's event (either way round: "21-17" and "17-21" are one score).
  for (const score of scoresIn(article.text, SCORE_IN_TEXT)) out.add(`v:score ${score}`);
  keys = [...out].sort();
  keyCache.set(article, keys);
  if (pairingCache.has(article)) runsCache.delete(article);
  return keys;
}
