/**
 * Words of Vietnamese news that name one thing in several ways, for the same-event comparison (see
 * sameEvent.ts): two outlets re-wording one report write "68 phút tranh đấu" / "58 phút thi đấu", "số
 * ca mắc" / "số trường hợp mắc", "lãi ròng" / "lợi nhuận ròng", "ghi bàn" / "lập công". Each phrase
 * (folded syllables) is read as its head: a display form with its marks and a space ("thi đấu"), so
 * it never meets a folded syllable and an explanation can show it as it is — once for each telling
 * syllable the sentence writes (see sameEvent.ts), so that a phrase written alike in both sentences
 * weighs what its words weighed before. Names (places, codes such as "GDP") are aligned.ts's: a
 * name's head is the folded code itself, so that a name alone still never makes two figures one.
 *
 * Only phrases that mean the same thing wherever they stand are listed: "thuê bao" alone (a subscriber)
 * is not "gói cước" (a plan), though "giá thuê bao" (its price) is; "doanh thu" and "lợi nhuận" are
 * two metrics; a single syllable that folds like a common word ("lãi" / "lại", "ca" / "cả") is read
 * only inside its phrase.
 * Abbreviations written as one word that stand for common words ("NSNN", "DN") are normalize.ts's.
 */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Playing a match, and its length ("sau 68 phút tranh đấu" / "sau 58 phút thi đấu").
  ['thi đấu', ['thi dau', 'tranh dau', 'so tai', 'thi tai', 'giao dau', 'tranh tai']],
  // Scoring a goal.
  ['ghi bàn', ['ghi ban', 'lap cong', 'tung luoi', 'pha luoi', 'lam tung luoi', 'lam rung luoi', 'xe luoi']],
  // The price of a telecom plan: "giá thuê bao 10.000 đồng mỗi tháng" / "gói cước 10.000 đồng/tháng"
  // ("thuê bao" alone counts subscribers, "10 triệu thuê bao": not here).
  ['giá cước', ['gia cuoc', 'cuoc phi', 'goi cuoc', 'gia thue bao', 'phi thue bao', 'cuoc thue bao']],
  // Supporters and the crowd.
  ['khán giả', ['khan gia', 'co dong vien', 'cdv']],
  ['huấn luyện viên', ['huan luyen vien', 'hlv']],
  ['sân vận động', ['san van dong', 'svd']],
  // Cases of a disease or an event: "số ca mắc" / "số trường hợp mắc" ("ca" alone folds like "cả").
  ['số ca', ['so ca', 'so truong hop', 'truong hop', 'ca benh', 'ca mac']],
  // Deaths ("tử vong" / "chết" / "thiệt mạng"); the state of the count is sameEvent.ts's own reading.
  ['tử vong', ['tu vong', 'thiet mang', 'chet', 'tu nan']],
  // The people of a place.
  ['người dân', ['nguoi dan', 'ba con', 'nhan dan']],
  // Profit ("lãi" alone folds like "lại": read only in its phrases).
  ['lợi nhuận', ['loi nhuan', 'lai rong', 'lai truoc thue', 'lai sau thue', 'lai gop']],
  // Average income and other averages.
  ['bình quân', ['binh quan', 'trung binh']],
  // Tourists.
  ['du khách', ['du khach', 'khach du lich', 'luot khach']],
  // Cars.
  ['ô tô', ['o to', 'xe hoi', 'oto']],
  // Hectares written out.
  ['héc ta', ['hec ta', 'hecta']],
  // The national and provincial product, the price index, foreign direct investment.
  // (Heads of codes are the codes as folded: aligned.ts reads "GDP" as a name, and a name alone never
  // makes two figures one.)
  ['gdp', ['gdp', 'tong san pham trong nuoc']],
  ['grdp', ['grdp', 'tong san pham tren dia ban']],
  ['cpi', ['cpi', 'chi so gia tieu dung']],
  ['fdi', ['fdi', 'dau tu truc tiep nuoc ngoai']],
  // Traffic accidents, exports and imports written short.
  ['tai nạn giao thông', ['tai nan giao thong', 'tngt']],
  ['xuất khẩu', ['xuat khau', 'xk']],
  ['nhập khẩu', ['nhap khau', 'nk']],
];

/** One phrase of the lexicon: its folded syllables and its head. */
export interface LexiconPhrase {
  words: readonly string[];
  head: string;
}

/** The phrases by their first syllable, longest first. */
const BY_FIRST: ReadonlyMap<string, readonly LexiconPhrase[]> = (() => {
  const map = new Map<string, LexiconPhrase[]>();
  for (const [head, phrases] of GROUPS) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = map.get(words[0] as string) ?? [];
      list.push({ words, head });
      map.set(words[0] as string, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/**
 * The lexicon phrase that starts at `k` of folded tokens (its longest), or null. `end`: the phrase
 * must end before it.
 */
export function phraseAt(tokens: readonly string[], k: number, end = tokens.length): LexiconPhrase | null {
  const list = BY_FIRST.get(tokens[k] as string);
  if (list === undefined) return null;
  for (const p of list) {
    if (k + p.words.length > end) continue;
    let ok = true;
    for (let n = 1; n < p.words.length && ok; n++) ok = tokens[k + n] === p.words[n];
    if (ok) return p;
  }
  return null;
}

/**
 * Heads of metrics that news gives side by side in one template ("Lãi ròng … đạt 2.460 tỷ đồng" /
 * "Doanh thu xuất khẩu … là 2.960 tỷ đồng"): folded phrases by the metric they name. Two figures whose
 * nearest heads name two metrics are two facts, whatever else their sentences share. Several wordings
 * of one metric share its name ("lãi ròng" / "lợi nhuận ròng", "doanh thu" / "doanh số").
 */
const METRIC_GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['revenue', ['doanh thu', 'doanh so']],
  ['profit', ['loi nhuan', 'lai rong', 'lai truoc thue', 'lai sau thue', 'lai gop', 'bao lai']],
  ['loss', ['lo rong', 'thua lo', 'lo luy ke']],
  ['cost', ['chi phi']],
  ['assets', ['tong tai san']],
  ['charter capital', ['von dieu le']],
  ['equity', ['von chu so huu']],
  ['bad debt', ['no xau']],
  ['loans', ['du no', 'tin dung']],
  ['deposits', ['huy dong', 'tien gui']],
  ['export', ['xuat khau', 'kim ngach xuat khau', 'xk']],
  ['import', ['nhap khau', 'kim ngach nhap khau', 'nk']],
  ['area', ['dien tich']],
  ['output', ['san luong']],
  ['yield', ['nang suat']],
  ['population', ['dan so']],
  ['registered', ['dang ky', 'cap moi']],
  ['disbursed', ['giai ngan']],
  ['inflation', ['lam phat', 'cpi', 'chi so gia tieu dung']],
];

const METRIC_BY_FIRST: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; metric: string }>> = (() => {
  const map = new Map<string, Array<{ words: readonly string[]; metric: string }>>();
  for (const [metric, phrases] of METRIC_GROUPS) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = map.get(words[0] as string) ?? [];
      list.push({ words, metric });
      map.set(words[0] as string, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Tokens back from a figure that its metric's head is looked for in. */
const HEAD_WINDOW = 10;

/**
 * The metric the figure at token `i` of folded tokens is given for: the head (see METRIC_GROUPS)
 * nearest before it, within HEAD_WINDOW tokens and not behind another number ("doanh thu 16.140 tỷ,
 * lợi nhuận 2.460 tỷ": each its own); null when none is said.
 */
export function metricBefore(tokens: readonly string[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - HEAD_WINDOW); k--) {
    if (tokens[k] === '#') return null;
    const list = METRIC_BY_FIRST.get(tokens[k] as string);
    if (list === undefined) continue;
    for (const p of list) {
      if (k + p.words.length > i) continue;
      let ok = true;
      for (let n = 1; n < p.words.length && ok; n++) ok = tokens[k + n] === p.words[n];
      if (ok) return p.metric;
    }
  }
  return null;
}

/** Two figures whose heads name two metrics (see `metricBefore`); a figure with none clashes with nothing. */
export function metricsClash(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}
