import { ADMIN_UNITS, FAMILY_NAMES, fitsVietnameseSyllable } from './lexicon';
import { alternationByFirstUnit, execAtUnits, firstUnits, indexMentions, MentionIndex, outsideSpans, type FirstUnits, type Mention } from './mentions';
import { isWordOrDigit } from './scan';
import { isSpace } from './sentences';

/**
 * Who a claim is about: provinces, countries and named organisations, plus the article's main
 * subject for sentences that leave it implicit.
 */

export const PROVINCES = [
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
  // Economies and teams the world news ranks and compares.
  'Brazil', 'Argentina', 'Mexico', 'Chile', 'Colombia', 'Peru', 'Venezuela', 'Italia', 'Tây Ban Nha', 'Bồ Đào Nha',
  'Hà Lan', 'Thụy Sĩ', 'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ba Lan', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ukraine',
  'Israel', 'Iran', 'Iraq', 'Ả Rập Xê Út', 'Saudi Arabia', 'UAE', 'Qatar', 'Ai Cập', 'Nam Phi', 'Nigeria', 'Kenya',
  'New Zealand', 'Bangladesh', 'Pakistan', 'Sri Lanka', 'Nepal', 'Mông Cổ', 'Triều Tiên', 'Đông Timor', 'Kazakhstan',
  'Ireland', 'Hungary', 'Romania', 'Scotland', 'Bỉ',
];

/** Regions and world markets that figures are quoted for ("giá vàng giao ngay tại châu Á", "tại New York"). */
const WORLD_PLACES = ['châu Á', 'Châu Á', 'châu Âu', 'Châu Âu', 'New York', 'Tokyo', 'London', 'Thượng Hải', 'Bắc Kinh', 'Seoul'];
/** The country's regions, as weather reports and regional statistics name them. */
const REGIONS = [
  'Tây Bắc Bộ', 'Đông Bắc Bộ', 'Bắc Trung Bộ', 'Nam Trung Bộ', 'Trung Trung Bộ', 'Đông Nam Bộ', 'Tây Nam Bộ', 'Tây Nguyên',
  'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng', 'Đồng bằng Bắc Bộ', 'Bắc Bộ', 'Trung Bộ', 'Nam Bộ',
];

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);

/** A country's name as written ("Việt Nam", "Nhật Bản"). */
export function isCountry(name: string): boolean {
  return COUNTRY_NAMES.has(name.replace(/\s+/g, ' '));
}

/**
 * One space, then a word that makes the place part of a longer name: "Điện Biên Phủ" (a bridge, a street),
 * "Thái Bình Dương" (an ocean), "Hà Nội Mới" (a paper). A closed list: a place followed by an official's
 * name ("TP Hà Nội Nguyễn Thế Thảo") or a Latin word ("Thượng Hải Composite") stays a place.
 */
const LONGER_NAME_AFTER = /^[ \u00a0](?:Phủ|Dương|Mới)(?![\p{L}\p{M}])/u;

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
  'Châu Á': 'châu Á',
  'Châu Âu': 'châu Âu',
  'Hoa Kỳ': 'Mỹ',
  Fed: 'FED',
};

/**
 * Heads of organisation names: "Sở Thông tin và Truyền thông", "Ngân hàng Thế giới". A group written with its
 * company's form ("Tập đoàn Công ty Cổ phần Truyền thông …") comes before "Tập đoàn", so that "Công ty" does not cut
 * the name ("Tập đoàn Công").
 */
const ORG_HEADS = [
  'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban', 'UBND', 'HĐND', 'Tập đoàn Công ty Cổ phần', 'Tập đoàn Công ty', 'Tập đoàn',
  'Tổng công ty', 'Công ty', 'Ngân hàng', 'Quỹ', 'Trường', 'Đại học', 'Bệnh viện', 'Viện', 'Tỉnh ủy', 'Thành ủy',
  'Ban Chỉ đạo', 'Hiệp hội', 'Tòa án', 'Kho bạc', 'Tổng Liên đoàn', 'Nhà xuất bản', 'NXB',
];

/** Bodies whose names end in lower-case words, so the capitalised-words pattern would cut them. */
const FIXED_ORGS = [
  'Bộ Chính trị', 'Ban Bí thư', 'Chính phủ', 'Quốc hội', 'Thủ tướng Chính phủ', 'Ngân hàng Nhà nước', 'Tổng cục Thống kê',
  'Ngân hàng Thế giới', 'Quỹ Tiền tệ quốc tế', 'IMF', 'World Bank', 'ADB', 'FED', 'Fed', 'ECB', 'Ủy ban Thường vụ Quốc hội',
  'Bộ Giao thông vận tải', 'Bộ Y tế', 'Bộ Tài chính', 'Bộ Công Thương', 'Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Xây dựng',
  'Bộ Giáo dục và Đào tạo', 'Bộ Kế hoạch và Đầu tư', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Quốc phòng',
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tài nguyên và Môi trường', 'Bộ Công an', 'Bộ Ngoại giao',
  'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông', 'Tổng cục Hải quan',
  'Ban Chấp hành Trung ương', 'Tỉnh ủy', 'Thành ủy', 'HĐND tỉnh', 'UBND tỉnh',
  'Tòa án nhân dân tối cao', 'Toà án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Kiểm toán Nhà nước',
  'Thanh tra Chính phủ', 'Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  // The ministries as the press abbreviates them.
  'Bộ GD&ĐT', 'Bộ GD-ĐT', 'Bộ GTVT', 'Bộ KH&ĐT', 'Bộ KH-ĐT', 'Bộ KHĐT', 'Bộ TT&TT', 'Bộ TTTT', 'Bộ LĐ-TB&XH', 'Bộ LĐTBXH',
  'Bộ NN&PTNT', 'Bộ NN-PTNT', 'Bộ TN&MT', 'Bộ TN-MT', 'Bộ VH-TT&DL', 'Bộ VHTTDL', 'Bộ KH&CN', 'Bộ KHCN', 'Bộ GDĐT',
];

/**
 * Where any of `names` starts (see indexMentions and FirstUnits): their capitals, and the first word of a
 * name starting in lower case ("châu Á").
 */
function namesStart(names: readonly string[]): FirstUnits {
  const capitals = new Set<string>();
  const words = new Set<string>();
  for (const n of names) {
    const first = n.charAt(0);
    if (first !== first.toLowerCase()) capitals.add(first);
    else words.add(n.split(' ')[0] ?? n);
  }
  return firstUnits(capitals, words);
}

const escape = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ ?- ?/g, '-')
    .replace(/ /g, '\\s+')
    .replace(/-/g, '\\s*[-–—]\\s*');

const PLACES_BY_LENGTH = [...PROVINCES, ...COUNTRIES, ...WORLD_PLACES, ...REGIONS].sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(`(?:${PLACES_BY_LENGTH.map(escape).join('|')})`, 'gu');
/** Where matches of PLACE_RE start (see indexMentions). */
const PLACE_STARTS = namesStart([...PROVINCES, ...COUNTRIES, ...WORLD_PLACES, ...REGIONS]);
/** PLACE_RE by the first unit of the place (see indexMentions): a capital tries the few places starting with it, not all 158. */
const PLACE_BY_UNIT = alternationByFirstUnit(PLACES_BY_LENGTH, escape, PLACE_RE.flags);

/**
 * The alternation of `sources` (regex sources each starting with a literal letter, in the order of
 * preference) written as one group per first letter: "C(?:ao\\s+đẳng|ông\\s+nghệ|…)|Đ(?:…)|…". The same
 * matches in the same order — alternatives starting with different letters never match at one position,
 * and each group keeps its alternatives' order — but the regex engine reads a letter once instead of
 * trying every alternative in turn (ORG_TAIL reads CAP_WORD after every head, for each capitalised word).
 */
function byFirstLetter(sources: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const source of sources) {
    const first = String.fromCodePoint(source.codePointAt(0) ?? 0);
    const rest = source.slice(first.length);
    const group = groups.get(first) ?? [];
    group.push(rest);
    groups.set(first, group);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}
/**
 * Words of two or more syllables that Vietnamese names capitalise on the first syllable only
 * ("Đại học Sư phạm", "Ủy ban Thường vụ", "Cục Quản lý thị trường"): read whole, not cut after the
 * capital ("Đại học Sư", "Cục Quản").
 */
const NAME_COMPOUNDS = [
  'Quản lý thị trường', 'Quản lý cạnh tranh', 'Quản lý chất lượng', 'Bảo vệ thực vật', 'An toàn thực phẩm',
  'Phòng cháy chữa cháy', 'Tìm kiếm cứu nạn', 'Cổ phần', 'Bình ổn giá', 'Xuất nhập khẩu', 'Xuất nhập cảnh', 'Sở hữu trí tuệ', 'Bất động sản',
  'Thành phố', 'Đại học', 'Cao đẳng', 'Trung học', 'Tiểu học', 'Mầm non', 'Tư thục', 'Dân lập', 'Công lập', 'Đa khoa', 'Học viện', 'Bệnh viện', 'Ngân hàng', 'Sư phạm', 'Quản lý', 'Tài chính', 'Thường vụ', 'Thường trực', 'Kinh tế', 'Giáo dục', 'Y tế', 'Đào tạo', 'Khoa học',
  'Công nghệ', 'Thống kê', 'Nông nghiệp', 'Xây dựng', 'Giao thông', 'Văn hóa', 'Văn hoá', 'Du lịch', 'Thể thao',
  'Tư pháp', 'Nội vụ', 'Ngoại giao', 'Công an', 'Quốc phòng', 'Tài nguyên', 'Môi trường', 'Lao động', 'Thương binh',
  'Xã hội', 'Kế hoạch', 'Đầu tư', 'Thông tin', 'Truyền thông', 'Nhân dân', 'Kiểm toán', 'Thanh tra', 'Hải quan',
  'Bách khoa', 'Quốc gia', 'Ngân sách', 'Pháp luật', 'Dân tộc', 'Đối ngoại', 'Quốc tế', 'Phát triển', 'Kiểm sát',
  'Nhà nước', 'Trung ương', 'Đô thị', 'Hàng không', 'Điện lực', 'Dầu khí', 'Viễn thông', 'Cảnh sát', 'Thị trường',
  'Chứng khoán', 'Cạnh tranh', 'Thủy sản', 'Thuỷ sản', 'Lâm nghiệp', 'Chăn nuôi', 'Trồng trọt', 'Thú y', 'Đường bộ',
  'Đường sắt', 'Hàng hải', 'Quy hoạch', 'Kiến trúc', 'Việc làm', 'Bảo hiểm', 'Báo chí', 'Xuất bản', 'Phát thanh',
  'Truyền hình', 'Công nghiệp', 'Thương mại', 'Dịch vụ', 'Nông thôn', 'Thủy lợi', 'Thuỷ lợi', 'Địa chất', 'Khoáng sản',
  'Tiêu chuẩn', 'Đo lường', 'Chất lượng', 'Năng lượng', 'Nghiên cứu', 'Chiến lược', 'Chính sách', 'Dự trữ', 'Hợp tác',
  'Tuyên giáo', 'Tổ chức', 'Kiểm tra', 'Dân vận', 'Nội chính', 'Hành chính', 'Vận tải', 'Tôn giáo', 'Biên giới',
];
const CAP_WORD = String.raw`(?:${byFirstLetter(
  [...NAME_COMPOUNDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)),
)}|\p{Lu}[\p{L}\p{M}]*|&)(?![\p{L}\p{M}])`;
/**
 * A university by its acronym: "ĐHQGHN", "ĐHBK", "ĐHQG-HCM" (upper case after "ĐH", nothing glued after);
 * not a shareholders' meeting ("ĐHĐCĐ", "ĐHCĐ").
 */
const UNIVERSITY_ACRONYM = '(?<![\\p{L}\\p{M}\\d])ĐH(?!Đ|CĐ)[A-ZĐ]{2,8}(?:-[A-Z]{2,4})?(?![\\p{L}\\p{M}\\d])';
const FIXED_BY_LENGTH = [...FIXED_ORGS].sort((a, b) => b.length - a.length);
const ORG_TAIL = `(?:\\s+${CAP_WORD}(?:\\s+(?:và|&|[-–])\\s+${CAP_WORD})?){1,6}`;
const ORG_RE = new RegExp(`(?:${FIXED_BY_LENGTH.map(escape).join('|')}|${UNIVERSITY_ACRONYM}|(?:${ORG_HEADS.map(escape).join('|')})${ORG_TAIL})`, 'gu');
/** Where matches of ORG_RE start (see indexMentions): every fixed name, head and acronym starts with a capital. */
const ORG_STARTS = namesStart([...FIXED_ORGS, ...ORG_HEADS, 'ĐH']);
/**
 * ORG_RE by the first unit of the match (see alternationByFirstUnit), its alternatives in the same order:
 * the fixed names, the acronym, then the heads starting with that unit followed by the capitalised words.
 */
const ORG_BY_UNIT: ReadonlyMap<number, RegExp> = (() => {
  const units = new Set([...FIXED_ORGS, ...ORG_HEADS, 'ĐH'].map((n) => n.charCodeAt(0)));
  const out = new Map<number, RegExp>();
  for (const unit of units) {
    const fixed = FIXED_BY_LENGTH.filter((n) => n.charCodeAt(0) === unit).map(escape);
    const acronym = unit === 'Đ'.charCodeAt(0) ? [UNIVERSITY_ACRONYM] : [];
    const heads = ORG_HEADS.filter((n) => n.charCodeAt(0) === unit).map(escape);
    const alternatives = [...fixed, ...acronym, ...(heads.length > 0 ? [`(?:${heads.join('|')})${ORG_TAIL}`] : [])];
    out.set(unit, new RegExp(`(?:${alternatives.join('|')})`, 'uy'));
  }
  return out;
})();
/** "tỉnh", "toàn tỉnh" with no name after: the article's own province. */
const GENERIC_PLACE_RE = /(?:toàn tỉnh|tỉnh|toàn thành phố|thành phố|địa phương)(?!\s+(?:\p{Lu}|ủy|uỷ|đoàn|lộ|bạn|thành|khác))/gu;

/**
 * Listed companies, tickers and market indices: "KSB", "HAG, OGC giảm 100-200 đồng", "Vn-Index",
 * "HNX-Index", "S&P 500". Three capitals alone are a ticker unless they are a common abbreviation
 * (currencies, GDP, publishers, coaches, hardware…).
 */
const TICKER_RE = /(?:[A-Z][A-Za-z]{1,3}-Index|VN30(?:-Index)?|S&P\s?500|Dow Jones|Nasdaq|DOJI|HOSE|BIDV|VNPT|SCIC|[A-Z]{3})/gu;
const NOT_TICKERS = new Set([
  'USD', 'EUR', 'JPY', 'CNY', 'GBP', 'VND', 'GDP', 'GNP', 'CPI', 'FDI', 'ODA', 'PCI', 'PAR', 'ICT', 'WTO', 'TPP', 'FTA', 'VAT',
  'NXB', 'SGK', 'HLV', 'SDG', 'ATP', 'III', 'SEA', 'RAM', 'ROM', 'SIM', 'LTE', 'BTC', 'THE', 'BTV', 'EPS', 'LCD', 'LED',
  'SSD', 'HDD', 'CEO', 'CFO', 'AFP', 'NFC', 'CLB', 'CUP', 'PGS', 'VXL', 'PPP', 'BXH', 'RON', 'ETF', 'GPS', 'CPU', 'GPU',
  'USB', 'HIV', 'ATM', 'SMS', 'KCN', 'CCN', 'KCX', 'KKT', 'KLH', 'KDC', 'KĐT', 'BOT', 'BRT', 'XHCN', 'THPT', 'THCS', 'HĐND', 'UBND', 'MTTQ', 'QĐ', 'NQ', 'TW',
  'VIP', 'PDF', 'APP', 'WEB', 'FPT', 'BHXH', 'BHYT', 'KHCN', 'CNTT', 'VNĐ', 'SAT', 'TOP', 'ISO', 'OTP', 'DNA', 'COVID',
  'TTCK', 'GTVT', 'NHNN', 'DNNN', 'XNK', 'TNHH', 'CTCP', 'GDVN', 'BCH', 'ATTP', 'PCCC', 'HTX', 'CSGT', 'CNTT', 'KHKT',
  'NXB', 'ASEAN', 'IMF', 'ADB', 'WHO', 'OPEC', 'FIFA', 'AFF', 'AFC', 'VFF', 'VCK', 'ĐTQG', 'HKQT', 'QL', 'USDS',
  'TPCP', 'NĐT', 'TCTD', 'ETF', 'IPO', 'CPI', 'PMI', 'FED', 'VOV', 'VTV', 'VTC', 'SGGP', 'CAND', 'QĐND', 'IFA', 'CEO',
  // Parts and measures of devices: "ổ đĩa DVD", "7200 RPM", "màn hình IPS", "chuẩn HDR".
  'DVD', 'RPM', 'IPS', 'HDR', 'VGA', 'TFT', 'FHD', 'UHD', 'QHD', 'OIS', 'GSM',
]);

/**
 * Company and bank names written as one word: "Vietcombank", "DongABank", "HDBank", "VNDirect",
 * "Vinacomin"; or with a corporate suffix: "Whirlpool Corp.", "Apple Inc.".
 */
const COMPANY_RE =
  /(?:(?!Smartphone|Headphone|Microphone|Telephone|Interphone|Saxophone|Megaphone)[A-Z][a-z]{1,20}(?:phone|fone|mobile)(?![\p{L}\p{M}\d])|[A-Z][A-Za-z]{0,20}(?:bank|Bank)|[A-Z][a-z]{1,20}[A-Z]?(?:Bank|Phone|Fone|Land|Group|Pharma|Tel)|[A-Z]{2,6}[a-z]{3,12}|Vina[a-z]{3,10}|Petro[a-z]{3,10}|(?!CP[ \t])(?:[A-Z][\w&-]{0,20}[ \t]+){1,4}(?:Inc|Corp|Co|Ltd|Group|Trust)\.?)/gu;

/** An index's lower-case name right before a bracket: "chỉ số năng lực cạnh tranh cấp tỉnh ". */
const INDEX_BEFORE_ABBREVIATION = /(?<![\p{L}\p{M}])[Cc]hỉ số((?:[ \t]+[\p{Ll}\p{M}]+){1,10})[ \t]*$/u;
/** Words no index name holds: "chỉ số hôm nay là mã ngân hàng (CTG)" speaks of the market, then a stock. */
const NOT_IN_INDEX_NAME = new Set([
  'là', 'của', 'mã', 'hôm', 'nay', 'có', 'với', 'đạt', 'tăng', 'giảm', 'được', 'đã', 'và', 'nhờ', 'do', 'bởi', 'vì', 'từ', 'theo',
  'chịu', 'sức', 'ép', 'lao', 'dốc', 'nhóm', 'cổ', 'phiếu', 'trụ', 'đỡ', 'kéo', 'đẩy', 'ngân', 'hàng', 'chứng', 'khoán', 'thép',
  'dầu', 'khí', 'bất', 'động', 'sản', 'điểm', 'phiên', 'mất', 'lên', 'xuống', 'sau', 'khi', 'bị',
]);

/** At most six words of an index's name, none of a market report's ("chỉ số … lao dốc theo nhóm thép (HPG)"). */
function indexNamedBefore(before: string): boolean {
  const m = INDEX_BEFORE_ABBREVIATION.exec(before);
  const words = (m?.[1] ?? '').trim().split(/[ \t]+/u);
  return m !== null && words.length <= 6 && words.every((w) => !NOT_IN_INDEX_NAME.has(w));
}

/** A photo credit's label right before: "Ảnh: ", "Ảnh minh họa : ". */
const CREDIT_BEFORE = /(?<![\p{L}\p{M}])Ảnh(?:[ \t]+minh[ \t]+họa)?[ \t]*:[ \t]*$/u;
/** A word in capitals with a Vietnamese letter ("HÒA", "PHƯỚC") after or before a short capital word. */
const CAPITALS_NAME_AFTER = /^[ \t]+\p{Lu}{0,6}(?=\p{Lu})[^ -~]\p{Lu}{0,6}(?![\p{L}\p{M}])/u;
const CAPITALS_NAME_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}{0,6}(?=\p{Lu})[^ -~]\p{Lu}{0,6}[ \t]+$/u;

/** The mention's line holds only words in capitals (a by-line "NGỌC ANH"), read at most 40 chars each way. */
function byLine(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 40);
  const head = before.slice(before.lastIndexOf('\n') + 1);
  const nl = after.indexOf('\n');
  const tail = nl < 0 ? (m.end + 40 >= text.length ? after : null) : after.slice(0, nl);
  if (tail === null || (head.length === before.length && m.start - 40 > 0)) return false;
  return CAPITALS_LINE.test(head) && CAPITALS_LINE.test(tail);
}
const CAPITALS_LINE = /^[\p{Lu}\p{M} \t\u00a0.,-]*$/u;

function indexTickers(text: string): MentionIndex {
  const companies = indexMentions(text, COMPANY_RE).all();
  const kept: Mention[] = [];
  let c = 0;
  for (const m of indexMentions(text, TICKER_RE).all()) {
    while (c < companies.length && (companies[c]?.end ?? 0) <= m.start) kept.push(companies[c++] as Mention);
    const company = companies[c];
    if (company && company.start <= m.start) continue; // "HDBank", "VNDirect": read whole
    const before = text[m.start - 1] ?? ' ';
    const after = text[m.end] ?? ' ';
    if (NOT_TICKERS.has(m.text) || /[-./\d&]/u.test(before) || /[-/\d&]/u.test(after)) continue;
    // "chỉ số chuyển đổi số cấp tỉnh (DTI)": the abbreviation of an index, not a company's ticker.
    if (before === '(' && indexNamedBefore(text.slice(Math.max(0, m.start - 64), m.start - 1))) continue;
    // "Ảnh: ANH HÒA", "NGỌC ANH": a name written in capitals (a photo credit, a by-line), no ticker (engine 31).
    // Beside another word in capitals only on a line of capitals alone (a by-line): "VNM TĂNG 5% trong phiên
    // sáng", "CỔ PHIẾU HAG giảm 7%" are headlines in capitals with a real ticker (review of engine 31).
    if (CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    if ((CAPITALS_NAME_AFTER.test(text.slice(m.end, m.end + 12)) || CAPITALS_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) && byLine(text, m)) continue;
    kept.push(m);
  }
  while (c < companies.length) kept.push(companies[c++] as Mention);
  // Tickers with a digit ("HT1", "PC1", "VC3") are read only once the text introduces one in brackets
  // after its company's name ("Công ty Cổ phần Xi Măng Hà Tiên 1 (HT1)"): alone, two capitals and a digit
  // are as often a model or a code.
  // The codes introduced, by digitCodeId (a table: every unit of the text is a candidate below).
  const codes = new Uint8Array(26 * 26 * 10);
  let introduced = 0;
  // The matches of /\([ \t]*([A-Z]{2}\d)[ \t]*\)/g, found by a loop from each "(" (no match arrays).
  for (let open = text.indexOf('('); open >= 0; ) {
    const codeStart = blanksAfter(text, open + 1);
    const closeAt = digitCodeAt(text, codeStart) ? blanksAfter(text, codeStart + 3) : -1;
    if (closeAt < 0 || text.charCodeAt(closeAt) !== 0x29) {
      open = text.indexOf('(', open + 1);
      continue;
    }
    const id = digitCodeId(text, codeStart);
    // Only after a company's name: "(NV1)", "(KV1)", "(QL1)", "(MH1)" are codes of other things.
    // A code already read needs no second test (a text may introduce the same code again and again).
    if (codes[id] === 0 && COMPANY_BEFORE_CODE.test(text.slice(Math.max(0, open - 100), open))) {
      codes[id] = 1;
      introduced++;
    }
    open = text.indexOf('(', closeAt + 1);
  }
  if (introduced === 0) return new MentionIndex(kept);
  // One pass over the text for every such code (not one per code: a text may hold thousands): the matches
  // of /[A-Z]{2}\d/g, found by a loop.
  for (let p = 0; p + 3 <= text.length; ) {
    // A capital A–Z first (most units are not): only then are the other two read.
    const a = text.charCodeAt(p);
    if (a < 0x41 || a > 0x5a || !digitCodeAt(text, p)) {
      p++;
      continue;
    }
    if (codes[digitCodeId(text, p)] === 1 && !isWordOrDigit(text[p - 1] ?? '') && !isWordOrDigit(text[p + 3] ?? '')) kept.push({ start: p, end: p + 3, text: text.slice(p, p + 3), group: 0 });
    p += 3;
  }
  kept.sort((a, b) => a.start - b.start);
  return new MentionIndex(kept);
}
/** A company's name, then at most its other words, right before the bracket. */
const COMPANY_BEFORE_CODE = /(?<![\p{L}\p{M}])(?:Công ty|CTCP|Tập đoàn|Tổng công ty|Ngân hàng|Chứng khoán)(?:[ \t]+[^\s.;:()]+){0,10}[ \t]*$/u;
/** Two capitals A–Z and a digit at `p` ("HT1"). */
function digitCodeAt(text: string, p: number): boolean {
  const a = text.charCodeAt(p);
  const b = text.charCodeAt(p + 1);
  const d = text.charCodeAt(p + 2);
  return a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a && d >= 0x30 && d <= 0x39;
}
/** A number for the code at `p` (digitCodeAt holds there): 0 … 6759. */
function digitCodeId(text: string, p: number): number {
  return ((text.charCodeAt(p) - 0x41) * 26 + (text.charCodeAt(p + 1) - 0x41)) * 10 + (text.charCodeAt(p + 2) - 0x30);
}
/** The end of the run of spaces and tabs at `i`. */
function blanksAfter(text: string, i: number): number {
  let j = i;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  return j;
}

/** Place names lower-cased, as sequences of words, for stripping them out of metric phrases. */
export const PLACE_NAMES_LOWER: ReadonlySet<string> = new Set([...PROVINCES, ...COUNTRIES].map((p) => p.toLowerCase().replace(/\s+/g, ' ')));

/** Places, organisations and bare "tỉnh" references of one text, found in one pass each. */
export interface EntityIndex {
  places: MentionIndex;
  orgs: MentionIndex;
  /** Listed companies, indices, markets, people by initials and sports teams. */
  tickers: MentionIndex;
  /** People named in full or by a short form of a full name; group 1 marks a person cited as a source, group 2 one named inside a phrase. */
  people: MentionIndex;
  generic: MentionIndex;
  /** Starts of the bodies cited as a source or a forecaster ("dữ liệu của IMF", "được IMF dự báo"). */
  sources: ReadonlySet<number>;
  /** Starts of tickers named as shares held ("10.000 cổ phiếu SHS") or as a caption's source ("Nguồn: HOSE"): no subject. */
  notSubjects: ReadonlySet<number>;
  /** Foreign-named products and brands ("Galaxy Note III"): the subject of their specifications. Read on first use. */
  products(): MentionIndex;
  /** Priced goods ("xăng các loại", "dầu hỏa"): the subject of their prices. Read on first use. */
  commodities(): MentionIndex;
}

/** "cả nước", "toàn quốc": the whole country, as the guide writes it ("Cả nước"). */
const WHOLE_COUNTRY_RE = /(?:[Cc]ả\s+nước|[Tt]oàn\s+quốc)(?!\s+(?:và|lẫn)\b)/gu;

/**
 * National statistics cited as the source ("Theo Cục Quản lý Đăng ký kinh doanh, số doanh nghiệp …",
 * "Theo Tổng cục Thống kê"): without a place of their own, the figures are the whole country's.
 */
const NATIONAL_SOURCE_RE =
  /(?:[Tt]heo\s+(?:số liệu (?:của|từ)\s+|báo cáo (?:của|từ)\s+|lãnh đạo\s+)?|(?:[Ss]ố liệu|[Bb]áo cáo)(?:\s+(?:mới nhất|mới công bố|thống kê))?\s+(?:của|từ)\s+)(?:Tổng cục Thống kê|Cục Quản lý [Đđ]ăng ký kinh doanh|Bộ Kế hoạch và Đầu tư|Bộ KH&ĐT|Tổng cục Hải quan)/gu;

/** The state's own business: the National Assembly, the state budget and its deficit, the public debt. */
/** The start (no letter before it) is checked in code: a leading look-behind makes the engine try every position. */
const NATIONAL_TOPIC_RE = /(?:Quốc hội|ngân sách nhà nước|bội chi|nợ công|NSNN)(?![\p{L}\p{M}])/giu;
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;
const NOT_NATIONAL_AFTER = /^[ \t\u00a0]+(?:tỉnh|thành phố|nước này|\p{Lu}|nhân|ty)/u;
const NOT_NATIONAL_BEFORE = /(?:đại biểu|đoàn|ĐBQH)[ \t\u00a0]+$/iu;

const RANKED_AGAINST = /(?:đầu|so với|trong|nhất|thứ\s+\S+|hạng\s+\S+|trên|tốp|top|nhóm|với|bằng|khắp)\s+$/iu;

/**
 * People named by their initials in court and crime reports ("bà P.T.M.H.", "ông P.T.V."), and
 * markets ("thị trường liên ngân hàng", "sàn Hà Nội"): what the figure is about.
 */
const INITIALS_RE = /(?:[A-ZĐ]\.){2,5}/gu;
const TITLE_BEFORE_INITIALS = /(?:^|[^\p{L}\p{M}])([Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị)[ \t]+$/u;

/** "bà P.T.M.H.": initials (rare, so searched first) after a title of address. */
function indexPeople(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of indexMentions(text, INITIALS_RE, false).all()) {
    if (/[\p{L}\p{M}]/u.test(text[m.start - 1] ?? '')) continue;
    const title = TITLE_BEFORE_INITIALS.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (!title?.[1]) continue;
    const who = title[1].charAt(0).toUpperCase() + title[1].slice(1);
    out.push({ start: m.start - (title[0].length - title[0].indexOf(title[1])), end: m.end, text: `${who} ${m.text}`, group: 0 });
  }
  return out;
}
/**
 * People named in full: "Vũ Thanh Long", "Rafael Nadal", "Juan Martin del Potro", "chị Lê Thị Thanh Huyền".
 * A capitalised run is a person's name when it starts with a Vietnamese family name (two to four words,
 * each a Vietnamese syllable), when a title or role stands right before it ("tay vợt", "ông", "HLV"),
 * or — for a foreign name — when it holds a particle ("del Potro") or its last word recurs on its own
 * ("Novak Djokovic" … "Djokovic"). Later mentions by the last word ("Nadal") or, for a Vietnamese
 * name, by the given name ("Thanh Long", "Long") stand for the full name. A person cited as the source
 * of what follows ("Theo ông …", "ông … cho biết") is marked with group 1: the figure is not theirs.
 */
const PERSON_CUES = String.raw`[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]hàng trai|[Cc]ô gái|[Cc]ụ|[Bb]é|[Ee]m|[Tt]ay vợt|[Tt]ay golf|[Cc]ầu thủ|[Tt]hủ môn|[Tt]iền đạo|[Tt]iền vệ|[Hh]ậu vệ|HLV|[Hh]uấn luyện viên|VĐV|[Vv]ận động viên|[Vv]õ sĩ|[Kk]ỳ thủ|[Cc]a sĩ|[Dd]iễn viên|[Nn]ghệ sĩ|[Nn]hạc sĩ|[Nn]hà văn|[Nn]hà du hành|[Pp]hi hành gia|[Nn]hà khoa học|[Nn]hà báo|[Bb]ệnh nhân|[Tt]hí sinh|[Nn]gôi sao|[Ss]iêu sao|[Tt]ỷ phú|[Tt]ỉ phú|[Tt]ổng thống|[Tt]hủ tướng|[Cc]hủ tịch|[Bb]ộ trưởng|[Tt]hứ trưởng|[Gg]iám đốc|[Bb]í thư|[Tt]rung tướng|[Tt]hiếu tướng|[Đđ]ại tướng|[Tt]hượng tướng|[Đđ]ại tá|[Tt]hượng tá|[Tt]rung tá|[Tt]hiếu tá|TS|PGS|GS|ThS|[Tt]iến sĩ|[Gg]iáo sư|[Bb]ác sĩ|BS`;
const PERSON_CUE = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?:${PERSON_CUES})[ \t]+$`, 'u');
/**
 * A person's role in apposition right after a name: ", tay vợt …", " - một quan chức …", " (cầu thủ …". A role
 * noun only: an honorific or an office ("Tại Kuala Lumpur, ông Najib …", "Ở New Jersey, Thống đốc …") opens a
 * new clause. Not when a capitalised name follows the role and no comma, bracket or dash closes the apposition
 * before the sentence goes on: "Sau Real Madrid, cầu thủ Gareth Bale ghi 2 bàn" names the next person, and the run
 * before the comma is no apposition's head; "Chong Wei Feng, tay vợt Trung Quốc hạng 18 thế giới, thắng …" is one.
 */
const PERSON_ROLE_AFTER = /^[ \t]*[,(–-][ \t]*(?:(?:một|là)[ \t]+)?(?:[Tt]ay vợt|[Tt]ay golf|[Cc]ầu thủ|[Tt]hủ môn|[Tt]iền đạo|[Tt]iền vệ|[Hh]ậu vệ|HLV|[Hh]uấn luyện viên|VĐV|[Vv]ận động viên|[Vv]õ sĩ|[Kk]ỳ thủ|[Cc]a sĩ|[Dd]iễn viên|[Nn]ghệ sĩ|[Nn]hạc sĩ|[Nn]hà văn|[Nn]hà khoa học|[Nn]hà báo|[Qq]uan chức|[Cc]huyên gia|[Nn]hà phân tích|[Pp]hát ngôn viên|[Đđ]ồng hương)(?![\p{L}\p{M}])(?![ \t]+\p{Lu}[^,)–.;!?\n]{0,80}(?:[.;!?\n]|$))/u;
/** A run that opens with a preposition ("Theo Goldman Sachs", "Tại Kuala Lumpur") is a source or a place, no name. */
const PREPOSITION_FIRST = new Set(['Theo', 'Tại', 'Ở', 'Sau', 'Trước', 'Với', 'Từ', 'Đến', 'Trong', 'Khi', 'Cùng', 'Về', 'Cho', 'Của', 'Như']);
/** What may stand between a clause's start and the person it is about: nothing, or a title ("tay vợt", "anh"). */
const CLAUSE_OPENING = new RegExp(String.raw`(?:^|[,;:.!?()\n“”"]|(?<![\p{L}\p{M}])(?:và|còn|nhưng))[ \t]*(?:(?:${PERSON_CUES})(?:[ \t]+(?:người|nữ|nam|trẻ))?[ \t]+)?$`, 'u');
/** Words that open the next sentence when its full stop is missing ("… Trương Hải Tùng Trước sự chứng kiến …"). */
const NOT_NAME_END = new Set(['Trước', 'Sau', 'Trong', 'Tại', 'Theo', 'Với', 'Khi', 'Nhưng', 'Và', 'Ngoài', 'Đây', 'Đó', 'Năm', 'Ngày', 'Hiện', 'Tuy', 'Do', 'Vì', 'Nếu', 'Còn', 'Riêng', 'Từ', 'Đến', 'Cùng']);
/** Names of people that now name places: "Hồ Chí Minh có 8 triệu dân" is the city. */
const FAMILY_SET: ReadonlySet<string> = new Set(FAMILY_NAMES);
/** Titles that open a sentence capitalised ("Anh Nguyễn Văn Nam", "Ông Lê Văn B"). */
const SENTENCE_TITLES: ReadonlySet<string> = new Set(['Anh', 'Chị', 'Ông', 'Bà', 'Em', 'Cô', 'Chú', 'Bác', 'Cụ', 'Bé', 'Cháu']);
const NOT_PEOPLE = new Set(['Hồ Chí Minh', 'Phan Rang Tháp Chàm']);

/** Words of events, brands and bodies: a run holding one is no person ("Basel Open", "Paris Masters"). */
const NOT_PERSON_WORDS = new Set([
  'Open', 'Masters', 'Cup', 'Finals', 'Final', 'Tour', 'World', 'Games', 'League', 'Series', 'Championship', 'Index', 'Bank',
  'Group', 'Corp', 'Company', 'Fund', 'Club', 'United', 'City', 'News', 'Times', 'Post', 'Award', 'Awards', 'Prize', 'Festival',
  'Galaxy', 'Note', 'Lumia', 'Nexus', 'Gear', 'Phone', 'Pad', 'Tab', 'Pro', 'Plus', 'Mini', 'Max', 'Air', 'Edition',
  'Street', 'Road', 'Center', 'Centre', 'University', 'College', 'School', 'Institute', 'Hospital', 'Airport', 'Station',
]);
/** A unit's word opening its name: every administrative unit, its first letter in either case, and "TP"/"TP." for "thành phố". */
const ADMIN_UNIT_WORD = `(?:${ADMIN_UNITS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')}|TP\\.?)`;
/** Capitalised words before a name that make the run part of a larger name ("Trường Nguyễn Trãi", "đường Lê Lợi", "xã Yên Lâm"). */
const NAMED_AFTER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:${ADMIN_UNIT_WORD}|đường|phố|trường|(?<!(?:[yY]êu|[nN]hu|[tT]oàn|[đĐ]ịa|[kK]hẩn|[cC]ung)[ \t]+)cầu|sông|núi|hồ|chợ|bến|cảng|sân|nhà|công viên|khu|Đường|Phố|Trường|Cầu|Sông|Núi|Hồ|Chợ|Bến|Cảng|Sân|Nhà|Khu|Lăng|lăng|Tư tưởng|tư tưởng|giải|Giải|cúp|Cúp|Đại lộ|đại lộ|Bệnh viện|bệnh viện|Bảo tàng|bảo tàng|THPT|THCS|PTTH|chuyên|Tiểu học|tiểu học|Đại học|đại học|Học viện|học viện)[ \t]+$`,
  'u',
);
/**
 * The text of the sentence before `pos`, at most `max` characters back. Not context.ts previousSentenceStart (the
 * whole sentence before a sentence, cut at any stop): a stop cuts only before a space here ("TP.HCM", "1.200" stay).
 */
function sentenceBefore(text: string, pos: number, max: number): string {
  const window = text.slice(Math.max(0, pos - max), pos);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('! '), window.lastIndexOf('? '));
  return cut < 0 ? window : window.slice(cut + 1);
}

/** A list of authors ("nhóm tác giả …", "… (chủ biên)"): the figure is the book's. */
const AUTHORS = /tác giả/u;
/** An office holder ("Thủ tướng Nguyễn Tấn Dũng", "Giám đốc Sở … Lê Văn B") speaks and acts for a body or a place. */
const OFFICIAL_BEFORE = /(?:^|[^\p{L}\p{M}])(?:[Tt]hủ tướng|[Tt]ổng [Bb]í thư|[Cc]hủ tịch|[Bb]ộ trưởng|[Tt]hứ trưởng|[Gg]iám đốc|[Bb]í thư|[Tt]rưởng (?:ban|phòng|đoàn)|[Pp]hó [\p{Ll}\p{M}]+|[Tt]ổng [Gg]iám đốc|[Tt]ổng thống)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}&.-]*|[\p{Ll}\p{M}]+)){0,6}[ \t]+$/u;
/**
 * "Theo ông …", "Đại diện công ty …", "Theo PGS.TS …", "Theo TS. …": the person named next is the source cited (up to
 * two title words before the name, lower-case or an academic or professional title's abbreviation — the titles of
 * sentences.ts ABBREVIATIONS that name a person's degree or profession; keep the two lists in step).
 */
const SOURCE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:[Tt]heo(?:[ \t]+lời)?|[Đđ]ại diện|[Tt]rao đổi với|[Cc]hia sẻ với)[ \t]+(?:(?:\p{Ll}+|(?:(?:GS|PGS|TS|TSKH|ThS|BS|KTS|NCS|LS|KS|CKI|CKII)\.?){1,3})[ \t]+){0,2}$/u;
/** SOURCE_BEFORE, run only when the window holds a literal part of one of its cues (most windows hold none). */
function sourceBefore(window: string): boolean {
  if (!window.includes('heo') && !window.includes('ại diện') && !window.includes('rao đổi với') && !window.includes('hia sẻ với')) return false;
  return SOURCE_BEFORE.test(window);
}
/** OFFICIAL_BEFORE, run only when the window holds a literal part of one of its titles. */
function officialBefore(window: string): boolean {
  if (!window.includes('ưởng') && !window.includes('hủ t') && !window.includes('í thư') && !window.includes('iám đốc') && !window.includes('hó ') && !window.includes('ổng thống')) return false;
  return OFFICIAL_BEFORE.test(window);
}
const REPORTS_AFTER = /^[^.!?;\n]{0,90}?(?:cho biết|cho hay|nói|khẳng định|chia sẻ|nhấn mạnh|phát biểu|cho rằng|nhận định|thông tin|thông báo|tiết lộ|báo cáo|đánh giá|nhận xét|dự báo|ước tính|giải thích|kể|trả lời|bày tỏ|tâm sự)(?![\p{L}\p{M}])/u;

/** Each word a Vietnamese syllable: marked ("Vũ", "Thị") or plain but of its shape ("Thanh", "Long"). */
function personWordsFit(words: readonly string[]): boolean {
  return words.every((w) => /[^\p{ASCII}]/u.test(w) || fitsVietnameseSyllable(w));
}

/**
 * Where a name may start, found by cheap literal scans (a pass over every capital of the text is the
 * cost of a whole extraction step): a family name before a capitalised word, or two plain Latin words.
 */
const FAMILY_SEED_RE = new RegExp(`(?:${FAMILY_NAMES.join('|')})[ \\t]+\\p{Lu}`, 'gu');
const FOREIGN_SEED_RE = /[A-Z][a-z]+[ \t]+(?:(?:del|de|da|van|von|di|dos|du|le|la|bin)[ \t]+)?[A-Z][a-z]+/g;
/** The run of capitalised words from a seed on. */
const CAP_RUN_AT = /\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\d])(?:[ \t]+(?:(?:del|de|da|van|von|di|dos|du|le|la|bin)[ \t]+)?\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\d])){0,5}/uy;
const SENTENCE_OPENING = /(?:^|[.!?:\n“"][ \t]*)$/u;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{Ll}\p{M}]*[ \t]+$/u;
/**
 * The title opening its sentence right before `start` ("Chị Huyền đã đặt cọc …", "Ông Tường cho biết …"), or null:
 * capitalised only because it opens the sentence, so the short form after it may stand alone (session 40; before,
 * "Chị Huyền" read as one capitalised run naming nobody, while "chị Huyền" inside a sentence was the person).
 */
function titleOpening(text: string, start: number): string | null {
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const title = m?.[1];
  if (m === null || title === undefined || !SENTENCE_TITLES.has(title)) return null;
  const titleStart = start - m[0].length;
  return SENTENCE_OPENING.test(text.slice(Math.max(0, titleStart - 4), titleStart)) ? title : null;
}
const TITLE_BEFORE = /(\p{Lu}[\p{Ll}\p{M}]*)[ \t]+$/u;
/** A title right before a full name, either case: "Chị Lê Thị Thanh Huyền", "ông Nguyễn Mạnh Tường". */
const TITLE_OF_NAME = /(?<![\p{L}\p{M}])(anh|chị|ông|bà|em|cô|chú|bác|cụ|bé|cháu|Anh|Chị|Ông|Bà|Em|Cô|Chú|Bác|Cụ|Bé|Cháu)[ \t]+$/u;
/** A title in lower case right before a form: "chị Huyền", "ông Tường". */
const LOWER_TITLE_BEFORE = /(?<![\p{L}\p{M}])(anh|chị|ông|bà|em|cô|chú|bác|cụ|bé|cháu)[ \t]+$/u;
const CAPITAL_WORD_AFTER = /^[ \t]+\p{Lu}/u;

function seedStarts(text: string): number[] {
  const starts = new Set<number>();
  for (const re of [FAMILY_SEED_RE, FOREIGN_SEED_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!isWordOrDigit(text[m.index - 1] ?? '')) starts.add(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return [...starts].sort((x, y) => x - y);
}

interface FormNode {
  next: Map<number, FormNode>;
  /** The index (in order of preference) of the form ending here, or -1. */
  form: number;
}

const SPACE = 32;
const TAB = 9;
/** The units the forms of the text being read start with: set and cleared by aloneAt (one array for all texts, not 64 KB each). */
const formFirstUnits = new Uint8Array(65536);
/**
 * Where each of `words` stands alone in the text: not inside a longer capitalised run, not glued to a letter.
 * Matches as the alternation of the forms would (longest form first, a space standing for any run of
 * spaces and tabs, the scan going on after each match), but through a trie of the forms walked from each
 * unit a form starts with. A regex alternation built per text tried every form at every capital: on a
 * long text naming many people (the bench's 8 MB, some thousand forms) that grew with the number of names.
 */
export function aloneAt(text: string, words: ReadonlySet<string>, titledForms: ReadonlySet<string> = new Set()): Map<string, number[]> {
  const at = new Map<string, number[]>();
  if (words.size === 0) return at;
  const forms = [...words].sort((x, y) => y.length - x.length);
  const root: FormNode = { next: new Map(), form: -1 };
  forms.forEach((form, index) => {
    let node = root;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), form: -1 };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.form < 0) node.form = index;
  });
  // The units forms start with, to pass over the others with one array read.
  for (const unit of root.next.keys()) formFirstUnits[unit] = 1;
  try {
    scanForms(text, forms, root, at, titledForms);
  } finally {
    for (const unit of root.next.keys()) formFirstUnits[unit] = 0;
  }
  return at;
}

/** aloneAt's scan: `at` gets where each of `forms` (in order of preference, in the trie from `root`) stands alone. */
function scanForms(text: string, forms: readonly string[], root: FormNode, at: Map<string, number[]>, titledForms: ReadonlySet<string>): void {
  // Forms after a title opening a sentence ("Chị Huyền đã …"), kept only when the text also writes the title in
  // lower case before the form ("… chị Huyền …"): "Anh Sơn có 20 xã" (a district) beside "ông Sơn" names no one.
  const opened: { word: string; start: number; key: string }[] = [];
  const titled = new Set<string>(titledForms);
  let pos = 0;
  while (pos < text.length) {
    const here = pos;
    pos++;
    if (formFirstUnits[text.charCodeAt(here)] !== 1) continue;
    let node: FormNode | undefined = root.next.get(text.charCodeAt(here));
    if (node === undefined) continue;
    // The forms matching at pos all lie on one path of the trie: the first in order of preference wins.
    let best = -1;
    let end = here;
    let i = here + 1;
    for (;;) {
      if (node.form >= 0 && (best < 0 || node.form < best)) {
        best = node.form;
        end = i;
      }
      if (i >= text.length) break;
      const code = text.charCodeAt(i);
      if (code === SPACE || code === TAB) {
        const gap: FormNode | undefined = node.next.get(SPACE);
        if (gap === undefined) break;
        while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
        node = gap;
        continue;
      }
      node = node.next.get(code);
      if (node === undefined) break;
      i++;
    }
    if (best < 0) continue;
    // The alternation goes on after its match, kept or not.
    pos = end;
    const start = here;
    if (isWordOrDigit(text[start - 1] ?? '') || isWordOrDigit(text[end] ?? '')) continue;
    if (CAPITAL_WORD_AFTER.test(text.slice(end, end + 3))) continue;
    const word = forms[best] ?? '';
    if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) {
      const title = titleOpening(text, start);
      if (title !== null) opened.push({ word, start, key: `${title.toLowerCase()} ${word}` });
      continue;
    }
    const lowerTitle = LOWER_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (lowerTitle !== null) titled.add(`${lowerTitle[1]} ${word}`);
    const list = at.get(word) ?? [];
    list.push(start);
    at.set(word, list);
  }
  const touched = new Set<number[]>();
  for (const o of opened) {
    if (!titled.has(o.key)) continue;
    const list = at.get(o.word) ?? [];
    list.push(o.start);
    at.set(o.word, list);
    touched.add(list);
  }
  for (const list of touched) list.sort((x, y) => x - y);
}

function indexPersons(text: string): Mention[] {
  let found: { start: number; end: number; name: string; vietnamese: boolean; recurring: boolean }[] = [];
  let covered = -1;
  const namesOfThings = new Set<string>();
  for (const seed of seedStarts(text)) {
    if (seed < covered) continue;
    CAP_RUN_AT.lastIndex = seed;
    const run = CAP_RUN_AT.exec(text);
    if (run === null) continue;
    covered = seed + run[0].length;
    if (isWordOrDigit(text[covered] ?? '')) continue;
    let words = run[0].split(/[ \t]+/u);
    // "Anh Nguyễn Văn Nam …" opening a sentence: the title is no part of the name.
    let start = seed;
    while (words.length > 2 && SENTENCE_TITLES.has(words[0] ?? '')) {
      const skip = /^\S+[ \t]+/u.exec(text.slice(start, start + 16))?.[0].length ?? 0;
      start += skip;
      words = words.slice(1);
    }
    const runSource = text.slice(start, covered);
    while (words.length > 1 && NOT_NAME_END.has(words.at(-1) ?? '')) words = words.slice(0, -1);
    if (words.length < 2) continue;
    // Cheap shape tests first: most capitalised runs are neither a Vietnamese nor a foreign full name.
    const capitals = words.filter((w) => w !== w.toLowerCase());
    const vietnamese = FAMILY_SET.has(words[0] ?? '') && words.length <= 4 && personWordsFit(words);
    // Foreign names: every word plain Latin letters, one at least no Vietnamese syllable.
    const foreign = !vietnamese && capitals.length >= 2 && capitals.every((w) => /^[A-Z][a-z]+$/u.test(w)) && capitals.some((w) => !fitsVietnameseSyllable(w));
    if (!vietnamese && !foreign) continue;
    const runText = words.join(' ');
    if (capitals.some((w) => NOT_PERSON_WORDS.has(w)) || PLACE_NAMES_LOWER.has(runText.toLowerCase())) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    if (NAMED_AFTER_BEFORE.test(before)) {
      // "Trường THPT Phan Đình Phùng … Phan Đình Phùng đạt 98%": the name stands for the school everywhere.
      namesOfThings.add(runText);
      continue;
    }
    const runEnd = start + lengthOfWords(runSource, words.length);
    if (vietnamese) {
      // Two words ("Mai Châu", "Lý Sơn", "Hà Đông") are as often a place: a title must say it is a person.
      if ((words.length >= 3 || PERSON_CUE.test(before)) && !NOT_PEOPLE.has(runText)) found.push({ start, end: runEnd, name: runText, vietnamese: true, recurring: false });
      continue;
    }
    const particle = words.length > capitals.length;
    // Without a title or a particle, a foreign run is a name only if its last word recurs alone (below) —
    // or a role follows it in apposition ("Chong Wei Feng, tay vợt hạng 18 thế giới", "Hiroichi Nishi - một
    // quan chức …"; engine 33).
    const roleAfter = !PREPOSITION_FIRST.has(words[0] ?? '') && PERSON_ROLE_AFTER.test(text.slice(runEnd, runEnd + 90));
    found.push({ start, end: runEnd, name: runText, vietnamese: false, recurring: !particle && !roleAfter && !PERSON_CUE.test(before) });
  }
  if (namesOfThings.size > 0) found = found.filter((f) => !namesOfThings.has(f.name));
  if (found.length === 0) return [];
  // Short forms: the last word of a foreign name, the given name (one or two words) of a Vietnamese one.
  const forms = new Map<string, Set<string>>();
  // "chị Huyền" for each title a full name is introduced with ("Chị Lê Thị Thanh Huyền", "chị Lê Thị Thanh Huyền").
  const titled = new Set<string>();
  const add = (form: string, name: string, title: string | undefined): void => {
    const owners = forms.get(form) ?? new Set<string>();
    owners.add(name);
    forms.set(form, owners);
    if (title !== undefined) titled.add(`${title.toLowerCase()} ${form}`);
  };
  for (const f of found) {
    const words = f.name.split(' ');
    const last = words.at(-1) ?? '';
    const title = TITLE_OF_NAME.exec(text.slice(Math.max(0, f.start - 8), f.start))?.[1];
    if (f.vietnamese) {
      if (words.length >= 3) add(words.slice(-2).join(' '), f.name, title);
      if (!PLACE_NAMES_LOWER.has(last.toLowerCase())) add(last, f.name, title);
    } else add(last, f.name, title);
  }
  const alone = aloneAt(text, new Set(forms.keys()), titled);
  // One-word mentions not followed by a model number ("Djokovic", not "Lumia 1520") confirm a foreign name.
  const recurring = new Map<string, number>();
  for (const [word, starts] of alone) recurring.set(word, starts.filter((at) => !/\d/u.test(text.slice(at + word.length, at + word.length + 2))).length);
  const confirmed = found.filter((f) => !f.recurring || (recurring.get(f.name.split(' ').at(-1) ?? '') ?? 0) >= 2);
  const byName = new Map(confirmed.map((f) => [f.name, f]));
  // The confirmed names first, pushed by a loop like the short forms after them ("Nguyễn Văn Nam", then "Nam"): a
  // mapped array took another elements kind once indexPersons ran optimized, and the pushes below then threw it
  // back to the interpreter (issue 11).
  const out: Mention[] = [];
  for (const f of confirmed) out.push({ start: f.start, end: f.end, text: f.name, group: 0 });
  const taken = new Set(confirmed.map((f) => f.start));
  for (const [form, starts] of alone) {
    // "Dũng" when the text names both Đinh Văn Dũng and Đỗ Hùng Dũng: nobody in particular.
    // Owners are few per form but bounded only by the text: stop at the second confirmed one.
    let owner: (typeof found)[number] | undefined;
    let count = 0;
    for (const n of forms.get(form) ?? []) {
      const f = byName.get(n);
      if (f === undefined) continue;
      owner = f;
      if (++count > 1) break;
    }
    if (count !== 1) owner = undefined;
    // A foreign surname that could be a Vietnamese word ("Long", "Nam") is no short form of it.
    if (owner === undefined || (!owner.vietnamese && fitsVietnameseSyllable(form))) continue;
    // A Vietnamese given name alone is also a word ("miền Nam", "Long"): it stands for the person only
    // after a title ("anh Long") or opening a sentence ("Long gặp phải …").
    const bare = owner.vietnamese && !form.includes(' ');
    for (const start of starts) {
      if (taken.has(start)) continue;
      if (bare && !PERSON_CUE.test(text.slice(Math.max(0, start - 24), start)) && !SENTENCE_OPENING.test(text.slice(Math.max(0, start - 4), start))) continue;
      out.push({ start, end: start + form.length, text: owner.name, group: 0 });
    }
  }
  out.sort((x, y) => x.start - y.start);
  for (const m of out) {
    if (sourceBefore(text.slice(Math.max(0, m.start - 30), m.start)) || REPORTS_AFTER.test(text.slice(m.end, m.end + 110)) || officialBefore(text.slice(Math.max(0, m.start - 40), m.start))) m.group = 1;
    // "sách của nhóm tác giả Nguyễn Thị Hồng Nam": a person inside a phrase is not what the clause is about.
    else if (!CLAUSE_OPENING.test(text.slice(Math.max(0, m.start - 40), m.start)) || AUTHORS.test(sentenceBefore(text, m.start, 240)) || /^[^.!?;\n]{0,40}chủ biên/u.test(text.slice(m.end, m.end + 50))) m.group = 2;
  }
  return out;
}

const MARKET_RE = /(?:[Tt]hị trường|[Ss]àn)[ \t]+(?:liên ngân hàng|chứng khoán|\p{Lu}[\p{L}\p{M}.]{0,12}(?:[ \t]+\p{Lu}[\p{L}\p{M}]{0,12}){0,2})/gu;

/**
 * The exchange a market mention or an index stands for, as an editor writes it: the session's
 * volume and value belong to the exchange ("Sàn TP.HCM (HOSE)"), not to its index.
 */
const EXCHANGES: readonly [RegExp, string][] = [
  [/^Sàn\s+(?:TP\.?\s?HCM|TP\.?\s?Hồ Chí Minh|HOSE|HSX)$/u, 'Sàn TP.HCM (HOSE)'],
  [/^Sàn\s+(?:Hà Nội|HNX)$/u, 'Sàn Hà Nội (HNX)'],
  [/^Sàn\s+UPCo[Mm]$/u, 'Sàn UPCoM'],
];
const INDEX_EXCHANGE: Readonly<Record<string, string>> = {
  'vn-index': 'Sàn TP.HCM (HOSE)',
  vnindex: 'Sàn TP.HCM (HOSE)',
  'hnx-index': 'Sàn Hà Nội (HNX)',
  'upcom-index': 'Sàn UPCoM',
};

/** The exchange whose index `name` is ("Vn-Index" → "Sàn TP.HCM (HOSE)"), or null. */
export function exchangeOfIndex(name: string): string | null {
  if (!name.includes('ndex') && !name.includes('NDEX')) return null;
  return INDEX_EXCHANGE[name.toLowerCase().replace(/\s+/gu, '')] ?? null;
}

function marketName(m: Mention): Mention {
  const text = m.text.charAt(0).toUpperCase() + m.text.slice(1).replace(/\s+/gu, ' ');
  for (const [re, name] of EXCHANGES) if (re.test(text)) return { ...m, text: name };
  return { ...m, text };
}

/**
 * A currency code that moves like a share price is a listed company ("VND giảm 200 đồng": the
 * VNDirect share) or the currency itself as the subject of its rate ("đồng USD tăng 0,3%").
 */
const MOVING_CODE_RE = /(?:VND|USD|EUR|JPY|CNY)(?=[ \t]+(?:tăng|giảm|hạ|tụt|nhích|đứng giá|khớp lệnh|mất giá|lên giá)(?![\p{L}\p{M}]))/gu;

/**
 * National teams and clubs: "U.23 Việt Nam", "U23 VN", "đội tuyển Thái Lan", "ĐT Việt Nam", "CLB Hà Nội".
 * Group 1 is the head, group 2 the place.
 */
const TEAM_RE = new RegExp(
  String.raw`(U\.?[ 	]?\d{2}|Olympic|ĐT|[Đđ]ội[ 	]+tuyển|[Tt]uyển|CLB)[ 	]+(VN|${[...PROVINCES, ...COUNTRIES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\p{L}\p{M}])`,
  'gu',
);

/**
 * Named works and projects: "đường sắt Cát Linh - Hà Đông", "tuyến cao tốc Bắc - Nam phía Đông", "Nhà ga
 * T3", "sân bay Long Thành", "nhà máy Dung Quất", "dự án Ecopark". Their costs, lengths and progress are
 * what the figures near them are about. Group 1 is the kind of work, group 2 the name.
 */
const WORK_WORD = String.raw`(?:[A-Z]\d{1,2}(?![\p{L}\p{M}\d])|\p{Lu}[\p{L}\p{M}]*)`;
const WORK_RE = new RegExp(
  String.raw`(?:[Dd]ự[ \t]+án[ \t]+|[Tt]uyến[ \t]+)?((?:[Đđ]ường[ \t]+sắt(?:[ \t]+đô[ \t]+thị)?|(?:[Đđ]ường[ \t]+)?[Cc]ao[ \t]+tốc|[Nn]hà[ \t]+ga|[Ss]ân[ \t]+bay|[Cc]ảng[ \t]+hàng[ \t]+không|[Nn]hà[ \t]+máy|[Kk]hu[ \t]+công[ \t]+nghiệp|[Tt]hủy[ \t]+điện|[Dd]ự[ \t]+án))[ \t]+(${WORK_WORD}(?:(?:[ \t]*[-–][ \t]*|[ \t]+)${WORK_WORD}){0,4})`,
  'gu',
);

function indexWorks(text: string): Mention[] {
  const out: Mention[] = [];
  WORK_RE.lastIndex = 0;
  for (let m = WORK_RE.exec(text); m !== null; m = WORK_RE.exec(text)) {
    if (/[\p{L}\p{M}]/u.test(text[m.index - 1] ?? '')) continue;
    const kind = (m[1] ?? '').replace(/\s+/gu, ' ');
    const name = (m[2] ?? '').replace(/\s*[-–]\s*/gu, ' - ').replace(/\s+/gu, ' ');
    // "cầu Thủ tướng", "dự án Bộ Công an": a body, not a work's name.
    if (/^(?:Thủ|Bộ|Sở|Chính|Quốc|Nhà|Ủy|UBND|Tổng|Công|Ngân|Việt)(?:\s|$)/u.test(name)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${name}`, group: 0 });
  }
  return out;
}

/** Where a team can be named at all: most texts name none, and the scan is then skipped. */
const TEAM_HINT = /U\.?[ \t]?\d\d|Olympic|ĐT|[Tt]uyển|CLB/u;

function indexTeams(text: string): Mention[] {
  const out: Mention[] = [];
  if (!TEAM_HINT.test(text)) return out;
  TEAM_RE.lastIndex = 0;
  for (let m = TEAM_RE.exec(text); m !== null; m = TEAM_RE.exec(text)) {
    if (/[\p{L}\p{M}\d.]/u.test(text[m.index - 1] ?? '')) continue;
    const head = (m[1] ?? '').replace(/\s+/gu, ' ');
    const place = m[2] === 'VN' ? 'Việt Nam' : canonical(m[2] ?? '');
    const label = /^[Đđ]ội tuyển|^[Tt]uyển/u.test(head) ? 'Đội tuyển' : head;
    out.push({ start: m.index, end: m.index + m[0].length, text: `${label} ${place}`, group: 0 });
  }
  return out;
}

/**
 * Products and brands with foreign names: "Galaxy Note III", "Galaxy Gear", "Nexus 5", "Samsung".
 * The first word has a capital and lower-case letters and cannot be one Vietnamese syllable; model
 * words and numbers may follow. Places ("Singapore", "Campuchia") are left to the place list.
 */
const PRODUCT_RE = /[A-Z][a-z][A-Za-z]*(?:[ \t]+(?:[A-Z][A-Za-z]*\d{0,3}(?![\d.,]\d)|\d{1,4}(?!\d)(?:\.\d)?(?![\d.,]\d|[ \t]*[-–][ \t]*\d)|[IVX]{1,4}))?(?:[ \t]+(?:[A-Z][A-Za-z]*\d{0,3}(?![\d.,]\d)|\d{1,4}(?!\d)(?:\.\d)?(?![\d.,]\d|[ \t]*[-–][ \t]*\d)|[IVX]{1,4})){0,2}/gu;

/**
 * Components, technologies, units and categories written like brands: a phone "có màn hình Full HD" or
 * "chip Snapdragon 800" is still the phone's figure.
 */
const NOT_PRODUCTS = new Set([
  'Full', 'Super', 'Ultra', 'Bluetooth', 'Android', 'Windows', 'Wifi', 'WiFi', 'Qualcomm', 'Snapdragon', 'Exynos', 'Tegra',
  'Intel', 'Zeiss', 'Carl', 'Retina', 'Triluminos', 'Gorilla', 'Phablet', 'Smartphone', 'Tablet', 'Camera', 'Megapixel',
  'Kbps', 'Mbps', 'Gbps', 'Inch', 'Pixel', 'Ram', 'Chip', 'Games', 'Cup', 'Index', 'Corp', 'Group', 'Bank', 'The', 'News',
  'PureView', 'Live', 'Tile', 'Touch', 'Dual', 'Quad', 'Core', 'Mega', 'Wi', 'Adreno', 'Mali', 'PowerVR', 'FullHD', 'UltraHD',
  'Ultrapixel', 'Qi',
]);

/** A model number or code ending a product's name: "5", "10.1", "III", "S4", "Z1". */
const MODEL_WORD = /^(?:\d|[IVX]{1,4}$|[A-Z][A-Za-z]*\d)/u;

function indexProducts(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of indexMentions(text, PRODUCT_RE).all()) {
    // The first word's test first: it rules out most matches ("Theo", "Trong"), and the tests only filter.
    const firstSpace = m.text.search(/\s/u);
    const first = firstSpace < 0 ? m.text : m.text.slice(0, firstSpace);
    if (!isForeignWord(first) || NOT_PRODUCTS.has(first) || PLACE_NAMES_LOWER.has(first.toLowerCase())) continue;
    // "SEA Games", "AFF Cup": a word of a longer name.
    const before = /(?:([A-Za-z]+)[ \t]+|[-/])$/u.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (before && (before[1] === undefined || /^[A-Z]{2,}$/u.test(before[1]) || (/^[A-Z]/u.test(before[1]) && isForeignWord(before[1])))) continue;
    const words = m.text.split(/\s+/u);
    // A model number ends the name ("Galaxy Note 3 Galaxy S4 …" in a flattened table); trailing
    // capitalised Vietnamese words are the sentence going on ("Samsung Việt Nam", "Galaxy Gear Tại …").
    let keep = words.findIndex((w) => MODEL_WORD.test(w)) + 1 || words.length;
    while (keep > 1 && !MODEL_WORD.test(words[keep - 1] ?? '') && (!isForeignWord(words[keep - 1] ?? '') || NOT_PRODUCTS.has(words[keep - 1] ?? ''))) keep--;
    const name = words.slice(0, keep).join(' ');
    if (PLACE_NAMES_LOWER.has(name.toLowerCase())) continue;
    out.push({ start: m.start, end: m.start + lengthOfWords(m.text, keep), text: name, group: 0 });
  }
  return out;
}

/** The length of the first `n` space-separated words of `s`, spaces between them included. */
function lengthOfWords(s: string, n: number): number {
  const re = /\S+/gu;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = re.exec(s);
    if (m === null) break;
    end = m.index + m[0].length;
  }
  return end;
}

/** A word that cannot be one Vietnamese syllable ("Galaxy", "Samsung", "Nexus", "AMOLED"). */
function isForeignWord(word: string): boolean {
  return /^[A-Za-z]+$/u.test(word) && !fitsVietnameseSyllable(word);
}

/**
 * Goods whose prices and price changes are reported: "xăng các loại", "dầu hỏa", "dầu điêzen",
 * "vàng SJC", "gạo", "cà phê". Read as the subject only of prices, per-unit figures and their changes.
 * "Mazut" (a fuel oil) is named alone too, as a list heading ("Mazut: … 200 đ/kg"; engine 59).
 */
const COMMODITY_RE =
  /(?:[Xx]ăng(?:[ \t]+(?:RON[ \t]?9[25]|A9[25]|E5|sinh học))?|[Dd]ầu[ \t]+(?:hỏa|hoả|điêzen|diêzen|diesel|điezen|madut|mazut|thô|DO|FO)|(?<![\p{L}\p{M}])[Mm]a[zd]ut(?![\p{L}\p{M}])|[Vv]àng(?:[ \t]+(?:SJC|miếng|nhẫn))?|[Gg]ạo|[Cc]à[ \t]+phê|[Hh]ồ[ \t]+tiêu|[Cc]ao[ \t]+su|[Tt]hép|[Xx]i[ \t]+măng|[Pp]hân[ \t]+bón|[Ll]ợn[ \t]+hơi|[Hh]eo[ \t]+hơi)(?:[ \t]+các[ \t]+loại)?/gu;

function indexCommodities(text: string): Mention[] {
  return indexMentions(text, COMMODITY_RE)
    .all()
    .map((m) => ({ ...m, text: m.text.charAt(0).toUpperCase() + m.text.slice(1).replace(/\s+/gu, ' ') }));
}


/**
 * A named administrative unit below or beside the province list: "xã Quý Lộc", "huyện Yên Định",
 * "thị xã Hương Thủy", "thành phố Huế". Names of at most four capitalised syllables.
 */
const ADMIN_RE = new RegExp(String.raw`${ADMIN_UNIT_WORD}[ \t]+(\p{Lu}[\p{L}\p{M}]{0,12}(?:[ \t]+\p{Lu}[\p{L}\p{M}]{0,12}){0,3})`, 'gu');
/**
 * "63 tỉnh, ", "các tỉnh/", "nhiều tỉnh và " right before "TP": the plural of both kinds of unit, counted
 * ("UBND tỉnh và TP. Sầm Sơn" is a city).
 */
const PROVINCES_AND_CITIES_BEFORE = /(?<![\p{L}\p{M}])(?:\d+|các|những|nhiều|số)[ \t]+tỉnh[ \t]*(?:,|\/|và)[ \t]*$/u;
const ADMIN_UNIT_HEAD = new RegExp(String.raw`^${ADMIN_UNIT_WORD}[ \t]+`, 'u');

function indexAdminUnits(text: string, places: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let p = 0;
  for (const m of indexMentions(text, ADMIN_RE).all()) {
    while (p < places.length && (places[p]?.end ?? 0) <= m.start) p++;
    const place = places[p];
    if (place && place.start < m.end) continue; // "tỉnh Thanh Hóa", "TP Cần Thơ": the province list reads it
    const unitMatch = ADMIN_UNIT_HEAD.exec(m.text);
    const unitWord = (unitMatch?.[0] ?? '').trim().replace(/\s+/gu, ' ');
    // "xếp thứ 4/63 tỉnh, TP. Đặc biệt …": "tỉnh, TP." is the plural "provinces and cities", its dot may
    // end the sentence — no city named "Đặc".
    if (unitWord.startsWith('TP') && PROVINCES_AND_CITIES_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    const unit = unitWord.startsWith('TP') ? 'Thành phố' : unitWord.charAt(0).toUpperCase() + unitWord.slice(1);
    const name = m.text.slice(unitMatch?.[0].length ?? 0).replace(/\s+/gu, ' ');
    out.push({ ...m, text: `${unit} ${name}` });
  }
  return out;
}

/** Places written inside a name ("NXB Giáo dục Việt Nam") or a time zone ("giờ Việt Nam") are not subjects. */
/**
 * Nouns of roads, bridges and stations right before a place name: "xa lộ Hà Nội", "Cầu Cần Thơ", "ga Hà
 * Nội". ("phố" would take "thành phố Hà Nội", "chợ" and "đường" the place's own markets and streets.)
 */
const NAMED_AFTER_PLACE = /(?<![\p{L}\p{M}])(?:[xX]a lộ|[đĐ]ại lộ|(?<!(?:[yY]êu|[nN]hu|[tT]oàn|[đĐ]ịa|[kK]hẩn|[cC]ung)[ \t]+)[cC]ầu|[gG]a|[bB]ến xe)\s+$/u;

function outsideNames(places: Mention[], orgs: readonly Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  let o = 0;
  for (const m of places) {
    while (o < orgs.length && (orgs[o]?.end ?? 0) <= m.start) o++;
    const org = orgs[o];
    // A country inside a name is its nationality; a publisher's name never says whose figure it is.
    if (org && org.start < m.start && m.start < org.end && (COUNTRY_NAMES.has(m.text) || /^(?:NXB|Nhà xuất bản|Thị trường|Sàn|U\.?\s?\d|Olympic|ĐT|Đội tuyển|CLB|Đường sắt|Đường cao tốc|Cao tốc|Nhà ga|Sân bay|Cảng hàng không|Nhà máy|Khu công nghiệp|Thủy điện|Dự án)\s/u.test(org.text))) continue;
    // "giờ Việt Nam" is a time zone, "tiếng Anh" a language — in brackets too: "(giờ Việt Nam)" (engine 62).
    if (/(?:^|[\s(["“])(?:giờ|tiếng|Tiếng|Giờ)\s+$/u.test(text.slice(Math.max(0, m.start - 7), m.start))) continue;
    // "xa lộ Hà Nội", "cầu Sài Gòn", "ga Hà Nội": a road, a bridge or a station named after the place.
    if (NAMED_AFTER_PLACE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    out.push(m);
  }
  return out;
}

export function indexEntities(text: string): EntityIndex {
  const { orgs, markets, teams, places } = indexPlaces(text);
  const moving = indexMentions(text, MOVING_CODE_RE).all();
  // Most claims need neither: read them only when a price or a specification asks.
  let products: MentionIndex | null = null;
  let commodities: MentionIndex | null = null;
  const tickers = new MentionIndex([...indexTickers(text).all(), ...markets, ...indexPeople(text), ...teams, ...moving].sort((a, b) => a.start - b.start));
  const notSubjects = new Set<number>();
  for (const m of tickers.all()) {
    // Both regexes end on a word or a colon and blanks: the last unit before the blanks rules most out.
    const last = text.charCodeAt(lastBeforeBlanks(text, Math.max(0, m.start - 24), m.start));
    if (
      ((last === 0x75 /* u */ || last === 0x70 /* p */ || last === 0x50) /* P */ && HELD_SHARES_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) ||
      (last === 0x3a /* : */ && CAPTION_SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))
    ) {
      notSubjects.add(m.start);
    }
  }
  return {
    places,
    orgs,
    tickers,
    notSubjects,
    people: new MentionIndex(indexPersons(text)),
    generic: indexMentions(text, GENERIC_PLACE_RE),
    sources: new Set(orgs.all().filter((m) => sourceAt(text, m)).map((m) => m.start)),
    products: () => (products ??= new MentionIndex(indexProducts(text))),
    commodities: () => (commodities ??= new MentionIndex(indexCommodities(text))),
  };
}

const FORM_ONLY_ORG = /^(?:Công ty|Tổng công ty|Tập đoàn(?:\s+Công ty)?)(?:\s+Cổ phần)?$/u;
/** FORM_ONLY_ORG.test, run only on a name ending as one of its forms does ("ty", "đoàn", "phần"). */
function formOnly(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return (last === 0x79 /* y */ || last === 0x6e) /* n */ && FORM_ONLY_ORG.test(name);
}

/** The places of a text (what placesIn needs), with the organisations and markets read on the way. */
function indexPlaces(text: string): { orgs: MentionIndex; markets: Mention[]; teams: Mention[]; places: MentionIndex } {
  // "chuyển thành Công ty Cổ phần,": a company's form, no name.
  const orgs = new MentionIndex(indexMentions(text, ORG_RE, true, ORG_STARTS, ORG_BY_UNIT).all().filter((m) => !formOnly(m.text)));
  const listed = indexMentions(text, PLACE_RE, true, PLACE_STARTS, PLACE_BY_UNIT).all();
  const markets = indexMentions(text, MARKET_RE, false).all().map(marketName);
  const teams = [...indexTeams(text), ...indexWorks(text)].sort((a, b) => a.start - b.start);
  const named = [...orgs.all(), ...markets, ...teams].sort((a, b) => a.start - b.start);
  const places = new MentionIndex(outsideNames([...listed, ...indexAdminUnits(text, listed)].sort((a, b) => a.start - b.start), named, text));
  const country = indexMentions(text, WHOLE_COUNTRY_RE)
    .all()
    // "dẫn đầu cả nước", "so với cả nước", "thứ 5 toàn quốc": the field of a ranking or comparison.
    .filter((m) => !RANKED_AGAINST.test(text.slice(Math.max(0, m.start - 24), m.start)))
    .map((m) => ({ ...m, text: 'Cả nước' }));
  for (const m of indexMentions(text, NATIONAL_SOURCE_RE).all()) country.push({ ...m, text: 'Cả nước' });
  const kept = [...places.all(), ...country]
    .filter((m) => !AMBIGUOUS_NAMES.has(m.text) || !touchesCapitalizedWord(text, m.start, m.end))
    // "Anh đã giành được hai điểm break": the pronoun "he" opening a sentence, not England.
    .filter((m) => m.text !== 'Anh' || !pronounOpening(text, m.start, m.end))
    // "Vịnh Bắc Bộ" is a sea (the Gulf of Tonkin), not the region.
    .filter((m) => !/(?<![\p{L}\p{M}])[Vv]ịnh[ \t\u00a0]+$/u.test(text.slice(Math.max(0, m.start - 6), m.start)))
    // "giải Đan Mạch mở rộng", "2 Grand Slam ở Pháp và Mĩ mở rộng": a tournament named after the country.
    .filter((m) => !openTournament(text, m))
    // "Masters Thượng Hải", "Paris Masters", "Qatar Open": a tournament named after a city (engine 31).
    // Only in a text about sport: "Hà Nội Open Day", "Thượng Hải Masters" of a fair stay places (review).
    .filter((m) => !(MASTERS_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) || MASTERS_AFTER.test(text.slice(m.end, m.end + 10))) || !tournamentText(text, m))
    .sort((a, b) => a.start - b.start)
    // "cầu Điện Biên Phủ", "Thái Bình Dương": a place name that goes on with a capitalised word is part of
    // a longer name (a street, a bridge, an ocean), unless that word starts the next place of a list.
    .filter((m, i, all) => !LONGER_NAME_AFTER.test(text.slice(m.end, m.end + 9)) || all[i + 1]?.start === m.end + 1);
  return { orgs, markets, teams, places: new MentionIndex(kept.map((m) => ({ ...m, text: canonical(m.text) }))) };
}

/**
 * A country naming an Open tournament: "<place> mở rộng" a few words after a word of titles and tournaments,
 * alone or listed ("2 Grand Slam ở Pháp và Mĩ mở rộng"). "Doanh nghiệp ở Bình Dương mở rộng sản xuất"
 * (expands) stays a place.
 */
function openTournament(text: string, m: Mention): boolean {
  // (see also MASTERS_BEFORE / MASTERS_AFTER, the tournaments named in English)
  if (OPEN_AFTER.exec(text.slice(m.end, m.end + 40)) === null) return false;
  return TOURNAMENT_NEAR.test(text.slice(Math.max(0, m.start - 40), m.start));
}
/** Whether the sentence around `m` speaks of a tournament or a player (asked only when a city stands by "Open"/"Masters"). */
function tournamentText(text: string, m: Mention): boolean {
  // Local to the sentence (re-review of engine 31): one sport word elsewhere in the text does not make
  // "Hà Nội Open Day" a tournament. The scan is bounded, so it stays linear.
  let from = m.start;
  while (from > 0 && m.start - from < SPORT_REACH && !SENTENCE_MARKS.has(text.charCodeAt(from - 1))) from--;
  let to = m.end;
  while (to < text.length && to - m.end < SPORT_REACH && !SENTENCE_MARKS.has(text.charCodeAt(to))) to++;
  return TOURNAMENT_WORDS.test(text.slice(from, to));
}
const SPORT_REACH = 240;
/** ".", "!", "?", a new line: a sentence's end. */
const SENTENCE_MARKS = new Set([0x2e, 0x21, 0x3f, 0x0a]);
const TOURNAMENT_WORDS = /(?<![\p{L}\p{M}])(?:[Tt]ay vợt|[Qq]uần vợt|[Vv]ô địch|[Gg]iải đấu|[Cc]ầu lông|[Gg]olf|ATP|WTA|Grand Slam|[Hh]ạt giống|[Cc]hung kết|[Bb]án kết|[Tt]ứ kết|[Vv]ận động viên|VĐV)(?![\p{L}\p{M}])/u;
/** "Masters " right before a city, " Masters"/" Open" right after it: a tournament's name. */
const MASTERS_BEFORE = /(?<![\p{L}\p{M}])Masters[ \t\u00a0]+$/u;
/** " Open Day", " Open Innovation": an event's English name goes on, no tournament (re-review of engine 31). */
const MASTERS_AFTER = /^[ \t\u00a0]+(?:Masters|Open)(?![\p{L}\p{M}])(?![ \t\u00a0]+\p{Lu})/u;
/** " mở rộng", or " và Mĩ mở rộng" / ", Úc mở rộng": the place opens a list of Opens. */
const OPEN_AFTER = /^(?:[ \t]+(?:và|,)?[ \t]*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)?)?[ \t]+mở rộng(?![\p{L}\p{M}])/u;
/** A word of titles and tournaments just before ("giải Đan Mạch", "2 Grand Slam ở Pháp", "vô địch Úc"): "doanh nghiệp ở Bình Dương mở rộng sản xuất" has none. */
const TOURNAMENT_NEAR = /(?<![\p{L}\p{M}])(?:giải(?![ \t]+(?:ngân|pháp|quyết|thể|phóng|trí|tỏa|toả|thích|tán|đáp|cứu|nén|phẫu|mã|khát|oan|vây|nguy|thoát|tư|nhiệt|độc|ngũ))|vô địch|grand slam|danh hiệu|chức vô địch|quần vợt|cầu lông|tennis)(?:[ \t]+[^\s.;:!?]+){0,3}?[ \t]+$/iu;

function canonical(name: string): string {
  const flat = name.replace(/\s*[-–—]\s*/g, ' - ').replace(/\s+/g, ' ');
  return CANONICAL[flat] ?? flat;
}

/** Place names in a short string (a title or a by-line candidate). */
export function placesIn(s: string): string[] {
  return indexPlaces(s).places.all().map((m) => m.text);
}

/**
 * Words after a pronoun that opens a sentence: "Anh đã …", "Ông cho biết …", "Anh cũng đã …" (not "là", "có": "Anh
 * là nền kinh tế lớn thứ 5" is the country) — but "là" with a person's role after it is the person: "Anh cũng là
 * tay vợt sở hữu nhiều chức vô địch …", "Anh là cầu thủ …" (not "Anh là nước …", "Anh cũng là thị trường …").
 */
const PRONOUN_VERB_AFTER =
  /^[ \t\u00a0]+(?:cũng[ \t\u00a0]+)?(?:đã|đang|sẽ|vẫn|từng|liền|vừa|mới|luôn|giành|thắng|thua|ghi|nói|cho|khẳng|nhận|đánh|trở|tiếp tục|là[ \t\u00a0]+(?:một[ \t\u00a0]+)?(?:tay vợt|tay golf|cầu thủ|thủ môn|tiền đạo|tiền vệ|hậu vệ|VĐV|vận động viên|võ sĩ|kỳ thủ|ca sĩ|diễn viên|HLV|huấn luyện viên|người (?:đầu tiên|duy nhất|trẻ nhất|giàu nhất)))(?![\p{L}\p{M}])/u;

/** A capitalised pronoun at `start` opens its sentence (or line) and a verb follows it. */
export function pronounOpening(text: string, start: number, end: number): boolean {
  let p = start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t' || text[p - 1] === '\u00a0')) p--;
  const prev = text[p - 1];
  if (p > 0 && prev !== '.' && prev !== '!' && prev !== '?' && prev !== '\n' && prev !== '"' && prev !== '“') return false;
  return PRONOUN_VERB_AFTER.test(text.slice(end, end + 40));
}

function touchesCapitalizedWord(s: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)\s+$/u.exec(s.slice(Math.max(0, start - 20), start));
  const after = /^\s+\p{Lu}/u.test(s.slice(end, end + 3));
  return before !== null || after;
}

const TITLE_PRODUCT_RE = /(?<![\p{L}\p{M}\d])((?:[A-Z][a-zA-Z]+[ \t]+){1,2}(?:\d{1,2}|[IVX]{1,4}))(?![\p{L}\p{M}\d.,])/u;

/**
 * The article's main subject: the place named most often, the title counting three times, so
 * that a sentence like "Tỷ lệ hồ sơ trực tuyến đạt gần 80%" is attributed to its province.
 */
export function mainSubject(
  entities: EntityIndex,
  title: string | null,
  text: string | null = null,
  furniture: readonly { start: number; end: number }[] = [],
): { name: string | null; company: boolean } {
  const counts = new Map<string, number>();
  const add = (name: string, weight: number): void => {
    counts.set(name, (counts.get(name) ?? 0) + weight);
  };
  // "Quốc hội", "ngân sách nhà nước", "bội chi", "nợ công": the state's own business is the country's —
  // when the title names no place (a province's story, "Cử tri Nghệ An …", stays the province's).
  const titlePlaces = title ? placesIn(title) : [];
  if (text !== null && titlePlaces.length === 0) {
    NATIONAL_TOPIC_RE.lastIndex = 0;
    for (let m = NATIONAL_TOPIC_RE.exec(text); m !== null; m = NATIONAL_TOPIC_RE.exec(text)) {
      // The code point before the match (a surrogate pair whole), as the look-behind read it.
      if (m.index > 0 && LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) {
        NATIONAL_TOPIC_RE.lastIndex = m.index + 1;
        continue;
      }
      // "đại biểu Quốc hội tỉnh", "Quốc hội Mỹ", "Quốc hội nước này", "nợ công nhân": not the country's.
      if (NOT_NATIONAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || NOT_NATIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      add('Việt Nam', 1);
    }
  }
  // A company or index named in the title is what a business or market story is about.
  const titleTickers = title ? new Set(indexTickers(title).all().map((m) => m.text)) : new Set<string>();
  // A team ("U.23 Việt Nam thắng đậm U.23 Myanmar": the first named) or a foreign brand ("IFA: Samsung
  // xuất quân …") in the title is what a sports or product story is about.
  const titleTeam = title ? indexTeams(title)[0] : undefined;
  if (titleTeam) titleTickers.add(titleTeam.text);
  const titleBrand = title && titleTickers.size === 0 ? indexProducts(title)[0] : undefined;
  if (titleBrand) titleTickers.add(titleBrand.text);
  // A place the title names only as where a product with its model number is launched or shown ("Cận cảnh Nokia Lumia
  // 1520 tại Việt Nam", "Samsung Galaxy S4 lên kệ ở Việt Nam") counts as a place of the body does: the story is the
  // product's. (Not a name without a model: "Bão Yagi gây thiệt hại nặng ở Quảng Ninh" is the province's story.)
  // (Only a title line above a body, as for people below: a one-line text's first sentence is no title.)
  const titled = title !== null && text !== null && text.startsWith(title) && text.charCodeAt(title.length) === 0x0a;
  const model = [...titleTickers].some((name) => /\d/u.test(name));
  for (const name of titlePlaces) add(name, titled && model && onlyAsWhere(title, name) ? 1 : 3);
  // Places in related headlines a page flattened into the body ("… Bia Thanh Hóa cán đích …") are other stories'.
  for (const m of outsideSpans(entities.places.all(), furniture)) add(m.text, 1);
  for (const name of titleTickers) add(name, 3);
  // A person the title is about ("Tiến Minh bị loại sớm …", "Nadal giành …") is what a story of a player or a
  // person is about, counted as a title place is, with each mention of them in the body that is not a source
  // quoted (engine 33). A person only quoted or named inside a phrase adds nothing.
  // (Only a title line above a body: a one-line text's first words are no title.)
  if (title !== null && text !== null && text.startsWith(title) && text.charCodeAt(title.length) === 0x0a) {
    const titlePeople = new Set(entities.people.within(0, title.length).filter((m) => m.group === 0).map((m) => m.text));
    for (const name of titlePeople) add(name, 3);
    if (titlePeople.size > 0) for (const m of outsideSpans(entities.people.all(), furniture)) if (m.group === 0 && m.start >= title.length && titlePeople.has(m.text)) add(m.text, 1);
  }
  // A product named in the title with its model number ("Google ra mắt siêu phẩm Nexus 5").
  const product = title ? TITLE_PRODUCT_RE.exec(title) : null;
  // Its words are not all Vietnamese syllables: "Trong 3 năm, …", "Sau 2 năm" open a title, they name no product.
  if (product?.[1] && !/^(?:Top|TOP|Theo|Quy|Nam)\s/u.test(product[1]) && !product[1].split(/[ \t]+/u).slice(0, -1).every((w) => fitsVietnameseSyllable(w))) {
    titleTickers.add(product[1]);
    add(product[1], 4);
  }
  for (const m of entities.tickers.all()) if (titleTickers.has(m.text)) add(m.text, 1);
  // A company introduced with its ticker in brackets ("Công ty Cổ phần Xi Măng Hà Tiên 1 (HT1) thông báo
  // …", then "HT1" throughout) is what a results story is about, even when the title names it otherwise.
  if (text !== null) {
    const introduced = new Set<string>();
    for (const m of entities.tickers.all()) if (bracketOpensBefore(text, m.start) && bracketClosesAfter(text, m.end)) introduced.add(m.text);
    if (introduced.size === 1) for (const m of entities.tickers.all()) if (introduced.has(m.text) && !titleTickers.has(m.text)) add(m.text, 1);
  }
  if (titleTickers.size > 0) for (const m of entities.products().all()) if (titleTickers.has(m.text)) add(m.text, 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return { name: best, company: best !== null && titleTickers.has(best) };
}

/** Every mention of the place in the title follows "tại" / "ở" (where something happens, see `mainSubject`). */
function onlyAsWhere(title: string, place: string): boolean {
  let found = false;
  for (let at = title.indexOf(place); at >= 0; at = title.indexOf(place, at + place.length)) {
    if (!WHERE_BEFORE.test(title.slice(Math.max(0, at - 8), at))) return false;
    found = true;
  }
  return found;
}
const WHERE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở)[ \t\u00a0]+$/iu;

/** "(dữ liệu|số liệu|báo cáo|phân tích) (của) " right before a body: it is the source cited. */
const DATA_SOURCE_BEFORE = /(?<![\p{L}\p{M}])(?:dữ liệu|số liệu|báo cáo|phân tích|thống kê|ước tính|dự báo)(?:[ \t\u00a0]+(?:của|từ|mới nhất của))?[ \t\u00a0]+$/iu;
/** " dự báo", " ước tính" right after a body: it is the forecaster. */
const FORECASTER_AFTER = /^[ \t\u00a0]+(?:dự báo|dự đoán|ước tính|nhận định|cho rằng|đánh giá)(?![\p{L}\p{M}])/iu;

function sourceAt(text: string, m: Mention): boolean {
  return (dataSourceMayEnd(text, m.start) && DATA_SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start))) || (forecasterMayFollow(text, m.end) && FORECASTER_AFTER.test(text.slice(m.end, m.end + 16)));
}
/** FORECASTER_AFTER's necessary start: blanks at `pos`, then the first letter of one of its verbs (either case). */
function forecasterMayFollow(text: string, pos: number): boolean {
  const to = Math.min(text.length, pos + 16);
  let i = pos;
  while (i < to && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0xa0)) i++;
  return i > pos && i < to && 'dDưƯnNcCđĐ'.includes(text.charAt(i));
}
/**
 * A necessary condition of DATA_SOURCE_BEFORE on the 32 units before `pos`: blanks end them, and before
 * the blanks stands the last letter of one of its words (either case).
 */
function dataSourceMayEnd(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 32);
  let end = pos;
  while (end > from) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    end--;
  }
  return end < pos && end > from && DATA_SOURCE_LAST_LETTERS.includes(text.charAt(end - 1));
}
/** The last letters of the words DATA_SOURCE_BEFORE may end on ("liệu", "cáo", "tích", "kê", "tính", "báo", "của", "từ"), both cases. */
const DATA_SOURCE_LAST_LETTERS = 'uUoOhHêÊaAừỪ';

/**
 * The entity named closest before `pos` in [from, pos), or null. A bare "tỉnh" closer to the
 * number than any name refers to the article's main subject, so it wins with `fallback`.
 */
export function nearestSubject(
  entities: EntityIndex,
  from: number,
  pos: number,
  fallback: string | null = null,
  nationalAlone = true,
  places = true,
  people = true,
  inPassing: ((m: Mention) => boolean) | null = null,
): string | null {
  let best: Mention | null = null;
  // Each index is walked as within(from, pos) would list it (mentions starting from `from` up to the first
  // starting at or after `pos`, those ending by `pos`), without the list: this runs for every figure.
  if (places) {
    const all = entities.places.all();
    for (let i = entities.places.firstAtOrAfter(from); i < all.length; i++) {
      const m = all[i] as Mention;
      if (m.start >= pos) break;
      if (m.end > pos) continue;
      if (inPassing?.(m)) continue;
      if (best === null || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
    }
  }
  const tickers = entities.tickers.all();
  for (let i = entities.tickers.firstAtOrAfter(from); i < tickers.length; i++) {
    const m = tickers[i] as Mention;
    if (m.start >= pos) break;
    if (m.end > pos) continue;
    // "nắm giữ 114 nghìn cổ phiếu VCB, 10.000 cổ phiếu SHS": the shares held, not the holder;
    // "… - Nguồn: HOSE": a caption's source.
    if (entities.notSubjects.has(m.start)) continue;
    if (best === null || m.end > best.end) best = m;
  }
  if (people) {
    const all = entities.people.all();
    for (let i = entities.people.firstAtOrAfter(from); i < all.length; i++) {
      const m = all[i] as Mention;
      if (m.start >= pos) break;
      if (m.end > pos) continue;
      // "ông … cho biết": the speaker; "sách của tác giả …": a person inside a phrase. Neither is the subject.
      if (m.group !== 0) continue;
      if (best === null || m.end > best.end) best = m;
    }
  }
  const orgs = entities.orgs.all();
  for (let i = entities.orgs.firstAtOrAfter(from); i < orgs.length; i++) {
    const m = orgs[i] as Mention;
    if (m.start >= pos) break;
    if (m.end > pos) continue;
    // National bodies set targets and publish rankings; the figure is about the place they concern
    // ("vượt yêu cầu của Chính phủ … đạt trên 50%" is Thái Bình's figure).
    if (nationalBodyMention(m)) continue;
    // "dữ liệu của IMF", "được IMF dự báo giảm 8%": the source or the forecaster, not what the figure is about.
    if (entities.sources.has(m.start)) continue;
    if (best === null || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  if (fallback !== null && entities.generic.firstWithin(best?.end ?? from, pos) !== undefined) return fallback;
  if (best === null) {
    const national = entities.orgs.within(from, pos).at(-1);
    // Nothing but a national body: the article's own place when it has one (read by the caller).
    return fallback !== null || !national || !nationalAlone ? null : spacedText(national);
  }
  return spacedText(best);
}

/** A mention's text with single spaces: the text itself when it holds no other blank and no run of them (no copy, no regex). */
function spacedText(m: Mention): string {
  const t = m.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || isSpace(t.charCodeAt(i + 1)))) return t.replace(/\s+/g, ' ');
  }
  return t;
}

/**
 * isNationalBody of a mention's text: NATIONAL_BODY's names start with one of a few pairs of units
 * ("Ch", "Bộ", "Qu" …); a text starting otherwise is none, with no regex run.
 */
function nationalBodyMention(m: Mention): boolean {
  const t = m.text;
  if (!NATIONAL_BODY_OPENINGS.has(t.charCodeAt(0) * 65536 + t.charCodeAt(1))) return false;
  return isNationalBody(t);
}
/** The first two units of NATIONAL_BODY's names. */
const NATIONAL_BODY_OPENINGS = new Set(
  ['Chính phủ', 'Thủ tướng', 'Quốc hội', 'Bộ', 'Ban', 'Tổng cục', 'Cục', 'Ủy ban', 'Uỷ ban', 'Ngân hàng Nhà nước', 'NXB', 'Nhà xuất bản'].map((n) => n.charCodeAt(0) * 65536 + n.charCodeAt(1)),
);

/** The offset of the last unit in [from, pos) that is no blank (space, tab, no-break space), or from - 1. */
function lastBeforeBlanks(text: string, from: number, pos: number): number {
  let i = pos - 1;
  while (i >= from) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    i--;
  }
  return i;
}

/** /\(\s*$/u on the three units before `pos`: "(" then only white space up to `pos`. */
function bracketOpensBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 3);
  let i = pos - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 0x28;
}

/** /^\s*\)/u on the three units from `pos`: white space, then ")". */
function bracketClosesAfter(text: string, pos: number): boolean {
  const to = Math.min(text.length, pos + 3);
  let i = pos;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i < to && text.charCodeAt(i) === 0x29;
}

const HELD_SHARES_BEFORE = /\d[ \t\u00a0]+(?:triệu[ \t\u00a0]+|nghìn[ \t\u00a0]+|ngàn[ \t\u00a0]+)?(?:cổ phiếu|cp|CP)[ \t\u00a0]+$/u;
const CAPTION_SOURCE_BEFORE = /[Nn]guồn[ \t\u00a0]*:[ \t\u00a0]*$/u;

const NATIONAL_BODY = /^(?:Chính phủ|Thủ tướng|Quốc hội|Bộ|Ban Chỉ đạo|Ban Bí thư|Ban Chấp hành|Tổng cục|Cục|Ủy ban Thường vụ|(?:Ủy|Uỷ) ban (?:Tài chính|Kinh tế|Pháp luật|Tư pháp|Đối ngoại|Quốc phòng|Văn hóa|Văn hoá|Các vấn đề xã hội|Khoa học|Dân tộc)|Ngân hàng Nhà nước|NXB|Nhà xuất bản)(?:\s|$)/u;

function isNationalBody(name: string): boolean {
  return NATIONAL_BODY.test(name) && !/\s(?:tỉnh|thành phố|huyện)\b/u.test(name);
}

/** Words of competitions, venues and prizes: a name holding one is no side ("Europa League", "Shanghai Masters"). */
const NOT_SIDE_WORDS = new Set([...NOT_PERSON_WORDS, 'Arena', 'Stadium', 'Park', 'Rankings', 'Ranking', 'Race', 'Grand', 'Slam', 'Premier', 'Liga', 'Serie', 'Bundesliga']);
/**
 * The capitals a Vietnamese syllable can open with, as an explicit class: the scan over a whole text for
 * two capitalised words is the cost of the sides' index, and "\p{Lu}" as a first character is a third slower.
 */
const LATIN_CAPITALS = ((): string => {
  let out = 'A-Z';
  for (const [from, to] of [[0xc0, 0x1b0], [0x1ea0, 0x1ef9]] as const) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (ch.toLowerCase() !== ch && ch.toUpperCase() === ch) out += ch;
    }
  }
  return out;
})();
/** Two capitalised words, each one syllable: a given name as sports reports use it ("Tiến Minh", "Khắc Ngọc"). */
const GIVEN_NAME_RE = new RegExp(`[${LATIN_CAPITALS}][\\p{Ll}\\p{M}]{0,7}[ \\t][${LATIN_CAPITALS}][\\p{Ll}\\p{M}]{0,7}(?![\\p{L}\\p{M}\\d])`, 'uy');
/**
 * What every match of GIVEN_NAME_RE at `p` has: the first space or tab after `p`, within 15 units (at most
 * seven letters of one or two units each come before it), is followed by a capital.
 */
function spaceThenCapital(text: string, p: number): boolean {
  const last = Math.min(text.length - 1, p + 15);
  for (let q = p + 1; q <= last; q++) {
    const c = text.charCodeAt(q);
    if (c === SPACE || c === TAB) return LATIN_CAPITAL_UNITS[text.charCodeAt(q + 1)] === 1;
  }
  return false;
}
/** The units LATIN_CAPITALS holds, where GIVEN_NAME_RE's matches start (see execAtUnits). */
const LATIN_CAPITAL_UNITS = ((): Uint8Array => {
  const out = new Uint8Array(65536);
  const one = new RegExp(`^[${LATIN_CAPITALS}]$`, 'u');
  for (let c = 0; c < 0xd800; c++) if (one.test(String.fromCharCode(c))) out[c] = 1;
  return out;
})();
/** "Báo Thanh Niên", "Công ty … Truyền thông Thanh Niên": a paper, a station or a media company, not a player. */
const NAMED_MEDIA_BEFORE = /(?:^|[^\p{L}\p{M}])(?:[Bb]áo|[Tt]ờ|[Đđ]ài|[Tt]ạp chí|[Tt]ruyền thông|[Tt]ruyền hình)[ \t]+$/u;
/** First words of capitalised pairs that are days and feasts, no player: "Thứ Bảy", "Chủ Nhật", "Tết Nguyên". */
const NOT_GIVEN_NAMES = new Set(['Thứ', 'Chủ', 'Tết', 'Rằm', 'Mùng', 'Mồng']);
/** A role or a label before a given name: it is a person ("tay vợt Tiến Minh", "Vua phá lưới: Khắc Ngọc"). */
const SIDE_CUE_BEFORE = new RegExp(String.raw`(?:(?:^|[^\p{L}\p{M}])(?:${PERSON_CUES})[ \t]+|(?:ghi bàn|phá lưới|xuất sắc nhất|cầu thủ|thủ môn|người ghi bàn)[ \t]*:[ \t]*)$`, 'iu');

/**
 * The sides of a sports report: the clubs and players its figures are about, beyond the people and teams
 * the other indexes know — foreign-named clubs and players ("Chelsea", "Basel", "Wei Feng Chong": the
 * foreign-name index, competitions and venues left out) and players called by their given name, two
 * capitalised syllables ("Tiến Minh", "Khắc Ngọc") that are no place, stand alone (no capitalised word or
 * code before or after them) and recur, or come after a role or a label ("Cầu thủ xuất sắc nhất: Khắc
 * Ngọc (500 USD)"). Read only for sports texts: elsewhere two capitalised syllables are as often a place.
 */
export function indexSides(text: string, entities: EntityIndex): MentionIndex {
  const out: Mention[] = [];
  // Names the other indexes know keep their reading there ("Nadal" stands for Rafael Nadal).
  const known = new Set<number>();
  for (const index of [entities.people, entities.places, entities.tickers, entities.orgs]) for (const m of index.all()) known.add(m.start);
  for (const m of entities.products().all()) if (!known.has(m.start) && !m.text.split(' ').some((w) => NOT_SIDE_WORDS.has(w))) out.push(m);
  // Cheap tests over every capitalised pair first (most open a sentence or go on a longer name); the
  // regex tests of the words before only for names that recur or stand alone after a role or a label.
  const runs = new Map<string, number[]>();
  for (let m = execAtUnits(LATIN_CAPITAL_UNITS, GIVEN_NAME_RE, text, 0, spaceThenCapital), next = 0; m !== null; m = execAtUnits(LATIN_CAPITAL_UNITS, GIVEN_NAME_RE, text, next, spaceThenCapital)) {
    const start = m.index;
    const end = start + m[0].length;
    const space = m[0].search(/[ \t]/u);
    // Never inside a longer run: the scan goes on from the second word, so "A B C" is tried as "B C" too.
    next = start + space + 1;
    if (isWordOrDigit(text[start - 1] ?? '') || known.has(start) || CAPITAL_WORD_AFTER.test(text.slice(end, end + 3))) continue;
    if (nameWordBefore(text, start)) continue;
    const first = m[0].slice(0, space);
    const second = m[0].slice(space + 1);
    if (NOT_NAME_END.has(first) || NOT_NAME_END.has(second) || SENTENCE_TITLES.has(first) || NOT_PERSON_WORDS.has(first) || NOT_PERSON_WORDS.has(second) || NOT_GIVEN_NAMES.has(first)) continue;
    const name = `${first} ${second}`;
    const list = runs.get(name);
    if (list === undefined) runs.set(name, [start]);
    else list.push(start);
  }
  for (const [name, starts] of runs) {
    if (starts.length < 2 && !SIDE_CUE_BEFORE.test(text.slice(Math.max(0, (starts[0] ?? 0) - 24), starts[0]))) continue;
    if (!personWordsFit(name.split(' ')) || PLACE_NAMES_LOWER.has(name.toLowerCase()) || NOT_PEOPLE.has(name)) continue;
    const kept = starts.filter((start) => {
      const before = text.slice(Math.max(0, start - 24), start);
      if (NAMED_AFTER_BEFORE.test(before) || NAMED_MEDIA_BEFORE.test(before)) return false;
      // "Công ty Cổ phần Truyền thông Thanh Niên": the end of a body's name.
      return !entities.orgs.within(Math.max(0, start - 80), start + name.length).some((o) => o.start < start && o.end >= start + name.length);
    });
    if (kept.length < 2 && !kept.some((start) => SIDE_CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start)))) continue;
    for (const start of kept) out.push({ start, end: start + name.length, text: name, group: 0 });
  }
  out.sort((a, b) => a.start - b.start);
  return new MentionIndex(out);
}

/** The word before `start` (spaces between) begins with a capital or a digit ("U21 Sydney", "Báo Thanh Niên", "TP.HCM Tân Bình"). */
function nameWordBefore(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p--;
  // A stop ends the word before ("… Thắng. Văn Thắng dẫn"): a new sentence, no longer name.
  if (p === start - 1 || !isWordOrDigit(text[p])) return false;
  let q = p;
  while (q >= 0 && (isWordOrDigit(text[q]) || text[q] === '.' || text[q] === '&' || text[q] === '-')) q--;
  if (q === p) return false;
  const c = text[q + 1] ?? '';
  return (c >= '0' && c <= '9') || (c !== c.toLowerCase() && c === c.toUpperCase());
}
