/**
 * Words of Vietnamese news that name one thing in several ways, for the same-event comparison (see
 * sameEvent.ts): two outlets re-wording one report write "68 phút tranh đấu" / "58 phút thi đấu", "số
 * ca mắc" / "số trường hợp mắc", "ghi bàn" / "lập công". Each phrase
 * (folded syllables) is read as its head: a display form with its marks and a space ("thi đấu"), so
 * it never meets a folded syllable and an explanation can show it as it is — once for each telling
 * syllable the sentence writes (see sameEvent.ts), so that a phrase written alike in both sentences
 * weighs what its words weighed before. Names (places, codes such as "GDP") are aligned.ts's: a
 * name's head is the folded code itself, so that a name alone still never makes two figures one.
 *
 * Only phrases that mean the same thing wherever they stand are listed: "thuê bao" alone (a subscriber)
 * is not "gói cước" (a plan), though "giá thuê bao" (its price) is; "doanh thu" and "lợi nhuận" are
 * two metrics; net profit ("lãi ròng" / "lợi nhuận sau thuế") is not listed (a parent's and a
 * group's net profit stand side by side in one results article); a single syllable that folds like
 * a common word ("ca" / "cả") is read only inside its phrase.
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
  // Cases of a disease: "số ca mắc" / "1.245 trường hợp mắc" ("ca" alone folds like "cả"). "trường
  // hợp" only right after a number and before "mắc" / "nhiễm" / "tử vong" (see sameEvent.ts): "trong
  // trường hợp" is "in case", "1.200 trường hợp vi phạm" are offences.
  ['số ca', ['so ca', 'ca benh', 'ca mac', 'truong hop mac', 'truong hop nhiem', 'truong hop tu vong']],
  // Deaths ("tử vong" / "chết" / "thiệt mạng"); the state of the count is sameEvent.ts's own reading.
  ['tử vong', ['tu vong', 'thiet mang', 'chet', 'tu nan']],
  // Average income and other averages.
  ['bình quân', ['binh quan', 'trung binh']],
  // Tourists ("lượt khách" counts visits, also of an airport: not here).
  ['du khách', ['du khach', 'khach du lich']],
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
    // "1.245 trường hợp mắc": cases only right after their number.
    if (p.words[0] === 'truong' && tokens[k - 1] !== '#') continue;
    let ok = true;
    for (let n = 1; n < p.words.length && ok; n++) ok = tokens[k + n] === p.words[n];
    if (ok) return p;
  }
  return null;
}
