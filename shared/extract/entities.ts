import { indexMentions, MentionIndex, type Mention } from './mentions';

/**
 * Who a claim is about: provinces, countries and named organisations, plus the article's main
 * subject for sentences that leave it implicit.
 */

const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre',
  'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh',
  'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hoà Bình', 'Hưng Yên', 'Khánh Hòa', 'Khánh Hoà', 'Kiên Giang',
  'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình',
  'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị',
  'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thanh Hoá', 'Thừa Thiên Huế',
  'Thừa Thiên - Huế', 'TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh',
  'Thành phố Hồ Chí Minh', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

const COUNTRIES = [
  'Việt Nam', 'Singapore', 'Malaysia', 'Thái Lan', 'Indonesia', 'Philippines', 'Campuchia', 'Myanmar', 'Brunei',
  'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Hoa Kỳ', 'Ấn Độ', 'Australia', 'Canada', 'Liên minh châu Âu', 'ASEAN',
  'Đài Loan', 'Hong Kong', 'Hồng Kông', 'Cuba', 'Lào', 'Mỹ', 'Nga', 'Pháp', 'Đức', 'Anh', 'Úc',
];

/** Names that are also given names or parts of other names ("Nguyễn Anh Tuấn", "Mỹ Tho"). */
const AMBIGUOUS_NAMES = new Set(['Lào', 'Mỹ', 'Nga', 'Pháp', 'Đức', 'Anh', 'Úc']);

const CANONICAL: Readonly<Record<string, string>> = {
  'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Hoà Bình': 'Hòa Bình',
  'Khánh Hoà': 'Khánh Hòa',
  'Thanh Hoá': 'Thanh Hóa',
  'Thừa Thiên - Huế': 'Thừa Thiên Huế',
  'TP HCM': 'TP.HCM',
  TPHCM: 'TP.HCM',
  'TP. HCM': 'TP.HCM',
  'TP Hồ Chí Minh': 'TP.HCM',
  'TP. Hồ Chí Minh': 'TP.HCM',
  'Thành phố Hồ Chí Minh': 'TP.HCM',
  'Hồng Kông': 'Hong Kong',
  'Hoa Kỳ': 'Mỹ',
};

/** Heads of organisation names: "Sở Thông tin và Truyền thông", "Ngân hàng Thế giới". */
const ORG_HEADS = [
  'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban', 'UBND', 'HĐND', 'Tập đoàn',
  'Tổng công ty', 'Công ty', 'Ngân hàng', 'Quỹ', 'Trường', 'Đại học', 'Bệnh viện', 'Viện', 'Tỉnh ủy', 'Thành ủy',
  'Ban Chỉ đạo', 'Hiệp hội', 'Tòa án', 'Kho bạc', 'Tổng Liên đoàn',
];

/** Bodies whose names end in lower-case words, so the capitalised-words pattern would cut them. */
const FIXED_ORGS = [
  'Bộ Chính trị', 'Ban Bí thư', 'Chính phủ', 'Quốc hội', 'Thủ tướng Chính phủ', 'Ngân hàng Nhà nước', 'Tổng cục Thống kê',
  'Ngân hàng Thế giới', 'Quỹ Tiền tệ quốc tế', 'IMF', 'World Bank', 'ADB', 'Ủy ban Thường vụ Quốc hội',
  'Bộ Giao thông vận tải', 'Bộ Y tế', 'Bộ Tài chính', 'Bộ Công Thương', 'Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Xây dựng',
  'Bộ Giáo dục và Đào tạo', 'Bộ Kế hoạch và Đầu tư', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Quốc phòng',
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tài nguyên và Môi trường', 'Bộ Công an', 'Bộ Ngoại giao',
  'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông', 'Tổng cục Hải quan',
  'Ban Chấp hành Trung ương', 'Tỉnh ủy', 'Thành ủy', 'HĐND tỉnh', 'UBND tỉnh',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const PLACE_RE = new RegExp(`(?:${[...PROVINCES, ...COUNTRIES].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'gu');

const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}]*|&)`;
const ORG_RE = new RegExp(
  `(?:${[...FIXED_ORGS].sort((a, b) => b.length - a.length).map(escape).join('|')}|(?:${ORG_HEADS.map(escape).join('|')})(?:\\s+${CAP_WORD}(?:\\s+(?:và|&)\\s+${CAP_WORD})?){1,5})`,
  'gu',
);
/** "tỉnh", "toàn tỉnh" with no name after: the article's own province. */
const GENERIC_PLACE_RE = /(?:toàn tỉnh|tỉnh|toàn thành phố|thành phố|địa phương)(?!\s+(?:\p{Lu}|ủy|uỷ|đoàn|lộ|bạn|thành|khác))/gu;

/** Place names lower-cased, as sequences of words, for stripping them out of metric phrases. */
export const PLACE_NAMES_LOWER: ReadonlySet<string> = new Set([...PROVINCES, ...COUNTRIES].map((p) => p.toLowerCase().replace(/\s+/g, ' ')));

/** Places, organisations and bare "tỉnh" references of one text, found in one pass each. */
export interface EntityIndex {
  places: MentionIndex;
  orgs: MentionIndex;
  generic: MentionIndex;
}

export function indexEntities(text: string): EntityIndex {
  const places = indexMentions(text, PLACE_RE);
  const kept = places.all().filter((m) => !AMBIGUOUS_NAMES.has(m.text) || !touchesCapitalizedWord(text, m.start, m.end));
  return {
    places: new MentionIndex(kept.map((m) => ({ ...m, text: canonical(m.text) }))),
    orgs: indexMentions(text, ORG_RE),
    generic: indexMentions(text, GENERIC_PLACE_RE),
  };
}

function canonical(name: string): string {
  const flat = name.replace(/\s+/g, ' ');
  return CANONICAL[flat] ?? flat;
}

/** Place names in a short string (a title or a by-line candidate). */
export function placesIn(s: string): string[] {
  return indexEntities(s).places.all().map((m) => m.text);
}

function touchesCapitalizedWord(s: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)\s+$/u.exec(s.slice(Math.max(0, start - 20), start));
  const after = /^\s+\p{Lu}/u.test(s.slice(end, end + 3));
  return before !== null || after;
}

/**
 * The article's main subject: the place named most often, the title counting three times, so
 * that a sentence like "Tỷ lệ hồ sơ trực tuyến đạt gần 80%" is attributed to its province.
 */
export function mainSubject(entities: EntityIndex, title: string | null): string | null {
  const counts = new Map<string, number>();
  const add = (name: string, weight: number): void => {
    counts.set(name, (counts.get(name) ?? 0) + weight);
  };
  if (title) for (const name of placesIn(title)) add(name, 3);
  for (const m of entities.places.all()) add(m.text, 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The entity named closest before `pos` in [from, pos), or null. A bare "tỉnh" closer to the
 * number than any name refers to the article's main subject, so it wins with `fallback`.
 */
export function nearestSubject(entities: EntityIndex, from: number, pos: number, fallback: string | null = null): string | null {
  let best: Mention | null = null;
  for (const m of entities.places.within(from, pos)) {
    if (best === null || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  for (const m of entities.orgs.within(from, pos)) {
    // National bodies set targets and publish rankings; the figure is about the place they concern
    // ("vượt yêu cầu của Chính phủ … đạt trên 50%" is Thái Bình's figure).
    if (isNationalBody(m.text)) continue;
    if (best === null || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  if (fallback !== null && entities.generic.within(best?.end ?? from, pos).length > 0) return fallback;
  if (best === null) {
    const national = entities.orgs.within(from, pos).at(-1);
    // Nothing but a national body: the article's own place when it has one (read by the caller).
    return fallback !== null || !national ? null : national.text.replace(/\s+/g, ' ');
  }
  return best.text.replace(/\s+/g, ' ');
}

const NATIONAL_BODY = /^(?:Chính phủ|Thủ tướng|Quốc hội|Bộ|Ban Chỉ đạo|Ban Bí thư|Ban Chấp hành|Tổng cục|Cục|Ủy ban Thường vụ|Ngân hàng Nhà nước)(?:\s|$)/u;

function isNationalBody(name: string): boolean {
  return NATIONAL_BODY.test(name) && !/\s(?:tỉnh|thành phố|huyện)\b/u.test(name);
}
