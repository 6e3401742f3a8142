/**
 * Word lists the extractor reads numbers with. Everything here is lower-case NFC; matching code
 * lower-cases the text it compares.
 */
import type { ClaimKind, Qualifier } from '../schema';

/** Qualifiers that name a milestone: the figure after them is a level, never the amount of a change. */
export const MILESTONE_QUALIFIERS: ReadonlySet<string> = new Set(['vượt mốc', 'vượt ngưỡng', 'vượt con số', 'sắp vượt mốc', 'sắp vượt ngưỡng', 'gần vượt mốc']);

/** Qualifier words written just before a number (at most four words), longest first when matched. */
export const QUALIFIERS_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['không vượt quá', 'at_most'],
  ['không ít hơn', 'at_least'],
  ['không dưới', 'at_least'],
  ['tối thiểu là', 'at_least'],
  ['tối thiểu bằng', 'at_least'],
  ['tối thiểu', 'at_least'],
  ['ít nhất là', 'at_least'],
  ['ít nhất', 'at_least'],
  // "RAM tối đa đến 16GB", "ổ cứng tối đa lên tới 1TB": the bound word keeps its reading across the emphasis
  // word after it ("lên tới" alone is emphasis, exact; engine 72).
  ['tối đa lên tới', 'at_most'],
  ['tối đa lên đến', 'at_most'],
  ['tối đa đến', 'at_most'],
  ['tối đa tới', 'at_most'],
  ['tối đa là', 'at_most'],
  ['tối đa bằng', 'at_most'],
  ['tối đa', 'at_most'],
  ['không quá', 'at_most'],
  ['nhiều nhất', 'at_most'],
  ['chưa đến', 'less_than'],
  ['chưa tới', 'less_than'],
  ['chưa đầy', 'less_than'],
  ['không đến', 'less_than'],
  ['không tới', 'less_than'],
  ['không đầy', 'less_than'],
  ['ít hơn', 'less_than'],
  ['dưới', 'less_than'],
  ['vượt hơn', 'more_than'],
  ['vượt trên', 'more_than'],
  ['vượt quá', 'more_than'],
  // Past a milestone or a threshold ("đã vượt mốc 2 tỷ USD", "vượt ngưỡng 500 ca"): above it (a level,
  // never the amount of a change: "tăng vượt mốc 70 triệu"); not past it: at most; about to pass it: near it.
  ['không vượt con số', 'at_most'],
  ['chưa vượt con số', 'at_most'],
  ['không vượt ngưỡng', 'at_most'],
  ['không vượt mốc', 'at_most'],
  ['chưa vượt ngưỡng', 'at_most'],
  ['chưa vượt mốc', 'at_most'],
  ['chưa vượt quá', 'at_most'],
  ['sắp vượt ngưỡng', 'approx'],
  ['sắp vượt mốc', 'approx'],
  ['gần vượt mốc', 'approx'],
  ['không vượt', 'at_most'],
  ['chưa vượt', 'at_most'],
  ['vượt mốc', 'more_than'],
  ['vượt ngưỡng', 'more_than'],
  ['vượt con số', 'more_than'],
  ['nhiều hơn', 'more_than'],
  ['hơn', 'more_than'],
  ['trên', 'more_than'],
  ['vượt', 'more_than'],
  ['ngót', 'approx'],
  ['xấp xỉ', 'approx'],
  ['khoảng chừng', 'approx'],
  ['ước khoảng', 'approx'],
  ['ước tính', 'approx'],
  ['ước đạt', 'approx'],
  ['ước', 'approx'],
  ['khoảng', 'approx'],
  ['gần như', 'approx'],
  ['gần', 'approx'],
  ['chừng', 'approx'],
  ['trên dưới', 'approx'],
  ['xung quanh', 'approx'],
  ['cỡ', 'approx'],
  ['tầm', 'approx'],
];

/** Words between which a number is vague, not a figure: "hàng trăm", "vài nghìn", "mấy chục". */
export const VAGUE_BEFORE = new Set(['hàng', 'vài', 'mấy', 'dăm', 'hơn chục', 'một vài', 'hằng', 'hàng chục']);

/**
 * Words that, directly before a number, make it a label or an identifier rather than a quantity:
 * "Quốc lộ 45", "Đề án 06", "Điều 5", "Quận 1", "năm 2023".
 */
export const LABEL_BEFORE = new Set([
  'số', 'nghị quyết', 'quyết định', 'đề án', 'chỉ thị', 'thông tư', 'nghị định', 'luật', 'công văn', 'kế hoạch',
  'thông báo', 'công điện', 'tờ trình', 'văn bản', 'điều', 'khoản', 'chương', 'phụ lục', 'quốc lộ', 'tỉnh lộ',
  'huyện lộ', 'đường số', 'cao tốc', 'quận', 'phường', 'khóa', 'khoá', 'mức độ', 'cấp độ', 'gói thầu', 'phân khu',
  'phiên bản', 'version', 'sdg', 'thế kỷ', 'thập niên', 'thập kỷ', 'nhiệm kỳ', 'năm', 'tháng', 'quý', 'ngày',
  'tuần', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'lúc', 'giờ', 'niên khóa', 'năm học',
  'chương trình', 'dự án', 'giai đoạn', 'đại hội', 'hội nghị', 'biển số', 'bệnh nhân', 'ca bệnh', 'covid',
  'hiệp', 'set', 'game',
  // Military units named by their number: "Sư đoàn 304", "Quân khu 7" (engine 43).
  'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'quân đoàn', 'quân khu',
  // A stage of a race: "Chặng 7 dài 186 km" (engine 37; "3 chặng" is a count).
  'chặng',
  // A ring road named by its number: "Vành đai 3 dài 76 km" (engine 45; "3 vành đai" is a count).
  'vành đai',
  // A kilometre post: "tại km 15 quốc lộ 1A", "km 42 đường cao tốc" (engine 76; "15 km" is a length).
  'km',
]);

/**
 * One-syllable labels that also end ordinary compounds ("trực tuyến 3.215 hồ sơ", "học sinh lớp"):
 * labels only when capitalised or opening a clause ("Tuyến 5", "; lớp 12").
 */
export const WEAK_LABEL_BEFORE = new Set([
  'tuyến', 'đường', 'ga', 'bến', 'cổng', 'cửa', 'sân', 'lớp', 'khối', 'tổ', 'đội', 'dòng', 'mẫu', 'loại', 'mã',
  'phần', 'mục', 'kỳ', 'vụ', 'khu', 'lô', 'tòa', 'xe', 'ca', 'bảng', 'vòng', 'phiên', 'đợt', 'bài', 'tầng',
  'phòng', 'căn', 'ấp', 'khóm', 'block', 'mùa', 'bn', 'f',
  // A lesson of the timetable: "Tiết 1 học Toán, tiết 2 học Văn" (engine 61; "7 tiết/ngày" is a count); a dose of a
  // vaccine: "tiêm mũi 1 vaccine AstraZeneca" ("tiêm 2 mũi" is a count).
  'tiết', 'mũi',
]);

/** Ranking words before "thứ N": "xếp thứ 4/63", "đứng thứ 92". */
export const RANK_VERBS = new Set([
  'xếp', 'đứng', 'hạng', 'xếp hạng', 'vị trí', 'giữ', 'leo', 'lên', 'xuống', 'tụt', 'vươn', 'vươn lên', 'leo lên',
  'tụt xuống', 'rơi', 'rơi xuống', 'nằm', 'ở', 'là', 'chiếm', 'đạt', 'giành', 'về',
]);

/** Nouns before "thứ N" that make it the ordinal of an event, not a rank: "lần thứ 4", "phiên họp thứ 55". */
export const EVENT_ORDINAL_NOUNS = new Set([
  'lần', 'phiên', 'phiên họp', 'kỳ', 'kỳ họp', 'khóa', 'khoá', 'đại hội', 'hội nghị', 'lễ', 'mùa', 'đợt', 'vòng',
  'trận', 'ván', 'ngày', 'tuần', 'tháng', 'quý', 'năm', 'tập', 'số', 'bài', 'chương', 'phần', 'liên hoan', 'giải',
]);

/** Verbs that make a full date the content of a claim: "Ngày 11/6/2021, … ban hành Nghị quyết". */
export const EVENT_VERBS = [
  'ban hành', 'ký', 'công bố', 'thành lập', 'khai trương', 'khánh thành', 'phê duyệt', 'thông qua', 'triển khai',
  'bắt đầu', 'có hiệu lực', 'ra mắt', 'tổ chức', 'diễn ra', 'khởi công', 'vận hành', 'đưa vào', 'khai mạc',
  'bế mạc', 'phát hành', 'ra đời', 'xảy ra', 'công nhận', 'kết thúc', 'hoàn thành', 'áp dụng', 'tuyên bố',
  'qua đời', 'từ trần', 'chính thức', 'ký kết', 'phát động', 'khai giảng', 'bầu', 'bổ nhiệm', 'thông báo',
  'quyết định', 'phát hiện', 'bắt giữ', 'khởi tố', 'xét xử', 'tuyên án', 'ghi nhận', 'công khai', 'giới thiệu',
  'mở bán', 'bán ra', 'bán', 'lên kệ', 'điều chỉnh giá', 'bước vào', 'khởi tranh', 'lên đường', 'khởi hành',
  'đặt hàng', 'đặt mua', 'đặt trước', 'nhận hàng', 'giao hàng', 'xuất phát', 'cập cảng',
  // "ngày 14/10/2013 MobiFone đã ra gói cước MDT 10", "tung ra sản phẩm": a launch (engine 33).
  'tung ra', 'ra gói',
];

export interface UnitDef {
  /** How the unit is written (lower-case; `%` and symbols as is). */
  form: string;
  /** Normalized unit stored on the claim. */
  unit: string;
  kind: ClaimKind;
}

/** Units after a number, longest form first when matched. Time units are handled apart. */
export const UNITS: readonly UnitDef[] = [
  { form: 'điểm phần trăm', unit: 'điểm %', kind: 'change' },
  { form: 'điểm %', unit: 'điểm %', kind: 'change' },
  { form: 'phần trăm', unit: '%', kind: 'percent' },
  { form: '%', unit: '%', kind: 'percent' },
  { form: 'bậc', unit: 'bậc', kind: 'change' },
  { form: 'đồng', unit: 'đồng', kind: 'money' },
  { form: 'vnđ', unit: 'đồng', kind: 'money' },
  { form: 'vnd', unit: 'đồng', kind: 'money' },
  { form: 'đ', unit: 'đồng', kind: 'money' },
  { form: 'usd', unit: 'USD', kind: 'money' },
  { form: 'us$', unit: 'USD', kind: 'money' },
  { form: 'đô la mỹ', unit: 'USD', kind: 'money' },
  { form: 'đô la', unit: 'USD', kind: 'money' },
  { form: 'đôla', unit: 'USD', kind: 'money' },
  { form: 'đô', unit: 'USD', kind: 'money' },
  { form: 'euro', unit: 'EUR', kind: 'money' },
  { form: 'eur', unit: 'EUR', kind: 'money' },
  { form: 'yên nhật', unit: 'JPY', kind: 'money' },
  { form: 'yên', unit: 'JPY', kind: 'money' },
  { form: 'nhân dân tệ', unit: 'CNY', kind: 'money' },
  { form: 'ndt', unit: 'CNY', kind: 'money' },
  { form: 'bảng anh', unit: 'GBP', kind: 'money' },
  { form: 'won', unit: 'KRW', kind: 'money' },
  { form: 'baht', unit: 'THB', kind: 'money' },
  { form: 'peso', unit: 'PHP', kind: 'money' },
  { form: 'ringgit', unit: 'MYR', kind: 'money' },
  { form: 'rupiah', unit: 'IDR', kind: 'money' },
  { form: 'rupee', unit: 'INR', kind: 'money' },
  { form: 'rúp', unit: 'RUB', kind: 'money' },
  { form: 'riel', unit: 'KHR', kind: 'money' },
  { form: 'km²', unit: 'km²', kind: 'measure' },
  { form: 'km2', unit: 'km²', kind: 'measure' },
  { form: 'km/h', unit: 'km/h', kind: 'measure' },
  { form: 'km', unit: 'km', kind: 'measure' },
  { form: 'cây số', unit: 'km', kind: 'measure' },
  { form: 'm²', unit: 'm²', kind: 'measure' },
  { form: 'm2', unit: 'm²', kind: 'measure' },
  { form: 'm³', unit: 'm³', kind: 'measure' },
  { form: 'm3', unit: 'm³', kind: 'measure' },
  { form: 'mét vuông', unit: 'm²', kind: 'measure' },
  { form: 'mét khối', unit: 'm³', kind: 'measure' },
  { form: 'mét', unit: 'm', kind: 'measure' },
  { form: 'cm', unit: 'cm', kind: 'measure' },
  { form: 'mm', unit: 'mm', kind: 'measure' },
  { form: 'm', unit: 'm', kind: 'measure' },
  { form: 'héc-ta', unit: 'ha', kind: 'measure' },
  { form: 'hécta', unit: 'ha', kind: 'measure' },
  { form: 'hecta', unit: 'ha', kind: 'measure' },
  { form: 'ha', unit: 'ha', kind: 'measure' },
  { form: 'sào', unit: 'sào', kind: 'measure' },
  { form: 'tấn', unit: 'tấn', kind: 'measure' },
  { form: 'tạ', unit: 'tạ', kind: 'measure' },
  { form: 'kg', unit: 'kg', kind: 'measure' },
  { form: 'ki-lô-gam', unit: 'kg', kind: 'measure' },
  { form: 'gam', unit: 'g', kind: 'measure' },
  { form: 'gram', unit: 'g', kind: 'measure' },
  // Lower case only ("168g", "130 g"): "4G", "5G" are codes (checked in the expression reader).
  { form: 'g', unit: 'g', kind: 'measure' },
  { form: 'lít', unit: 'lít', kind: 'measure' },
  { form: 'ml', unit: 'ml', kind: 'measure' },
  { form: 'mg', unit: 'mg', kind: 'measure' },
  { form: 'cc', unit: 'cc', kind: 'measure' },
  { form: 'hình/giây', unit: 'hình/s', kind: 'measure' },
  { form: 'hình/s', unit: 'hình/s', kind: 'measure' },
  { form: 'fps', unit: 'fps', kind: 'measure' },
  // A rotation speed: "ổ cứng 7200 RPM", "động cơ 6.000 vòng/phút" (engine 72; "7200 vòng" alone is a count).
  { form: 'rpm', unit: 'RPM', kind: 'measure' },
  { form: 'vòng/phút', unit: 'vòng/phút', kind: 'measure' },
  { form: 'gwh', unit: 'GWh', kind: 'measure' },
  { form: 'mwh', unit: 'MWh', kind: 'measure' },
  { form: 'kwh', unit: 'kWh', kind: 'measure' },
  { form: 'gw', unit: 'GW', kind: 'measure' },
  { form: 'mw', unit: 'MW', kind: 'measure' },
  { form: 'kw', unit: 'kW', kind: 'measure' },
  { form: 'mwp', unit: 'MWp', kind: 'measure' },
  { form: 'teu', unit: 'TEU', kind: 'measure' },
  { form: '°c', unit: '°C', kind: 'measure' },
  { form: 'độ c', unit: '°C', kind: 'measure' },
  { form: 'độ', unit: 'độ', kind: 'measure' },
  { form: 'tuổi', unit: 'tuổi', kind: 'measure' },
  { form: 'lần', unit: 'lần', kind: 'measure' },
  { form: 'điểm', unit: 'điểm', kind: 'measure' },
  { form: 'calo', unit: 'calo', kind: 'measure' },
  { form: 'kcal', unit: 'kcal', kind: 'measure' },
  { form: 'gbps', unit: 'Gbps', kind: 'measure' },
  { form: 'mbps', unit: 'Mbps', kind: 'measure' },
  { form: 'kbps', unit: 'kbps', kind: 'measure' },
  { form: 'ghz', unit: 'GHz', kind: 'measure' },
  { form: 'mhz', unit: 'MHz', kind: 'measure' },
  { form: 'khz', unit: 'kHz', kind: 'measure' },
  { form: 'hz', unit: 'Hz', kind: 'measure' },
  { form: 'tb', unit: 'TB', kind: 'measure' },
  { form: 'gb', unit: 'GB', kind: 'measure' },
  { form: 'mb', unit: 'MB', kind: 'measure' },
  { form: 'mah', unit: 'mAh', kind: 'measure' },
  { form: 'kv', unit: 'kV', kind: 'measure' },
  { form: 'm/s', unit: 'm/s', kind: 'measure' },
  { form: 'km/giờ', unit: 'km/h', kind: 'measure' },
  { form: 'hải lý', unit: 'hải lý', kind: 'measure' },
  { form: 'dặm', unit: 'dặm', kind: 'measure' },
  { form: 'ki-lô-mét', unit: 'km', kind: 'measure' },
  { form: 'kilomet', unit: 'km', kind: 'measure' },
  { form: 'ki lô mét', unit: 'km', kind: 'measure' },
  { form: 'lượng', unit: 'lượng', kind: 'measure' },
  { form: 'megawatt', unit: 'MW', kind: 'measure' },
  { form: 'ppm', unit: 'ppm', kind: 'measure' },
  { form: '‰', unit: '‰', kind: 'measure' },
  { form: 'µg/m3', unit: 'µg/m³', kind: 'measure' },
  { form: 'µg/m³', unit: 'µg/m³', kind: 'measure' },
  { form: 'độ richter', unit: 'độ Richter', kind: 'measure' },
  { form: 'feet', unit: 'feet', kind: 'measure' },
  { form: 'tấc', unit: 'tấc', kind: 'measure' },
  { form: 'inch', unit: 'inch', kind: 'measure' },
  { form: 'megapixel', unit: 'MP', kind: 'measure' },
  { form: 'mp', unit: 'MP', kind: 'measure' },
  { form: 'pixel', unit: 'pixel', kind: 'measure' },
  { form: 'ppi', unit: 'ppi', kind: 'measure' },
  { form: 'người/km2', unit: 'người/km²', kind: 'measure' },
  { form: 'người/km²', unit: 'người/km²', kind: 'measure' },
];

/** Time units: a number before them is a duration, a streak or a period. */
export const TIME_UNITS: Readonly<Record<string, string>> = {
  năm: 'năm',
  tháng: 'tháng',
  tuần: 'tuần',
  ngày: 'ngày',
  'ngày đêm': 'ngày',
  giờ: 'giờ',
  tiếng: 'giờ',
  phút: 'phút',
  giây: 'giây',
  'thập kỷ': 'thập kỷ',
  'thập niên': 'thập niên',
  'thế kỷ': 'thế kỷ',
  quý: 'quý',
};

/** The administrative units below a province: districts, towns, communes and wards. */
export const LOCAL_UNITS: readonly string[] = ['quận', 'huyện', 'thị xã', 'thị trấn', 'xã', 'phường'];
/** Every administrative unit written in full: "tỉnh", "thành phố" and the local ones ("TP." is read where a caller accepts it). */
export const ADMIN_UNITS: readonly string[] = ['tỉnh', 'thành phố', ...LOCAL_UNITS];

/** After "N điểm", these make "điểm" a place ("5 điểm cửa ngõ"), so the figure is a count. */
export const DIEM_PLACE_NEXT = new Set([
  'cửa', 'cầu', 'trường', 'du', 'bán', 'giao', 'thi', 'nóng', 'đen', 'tiêm', 'chốt', 'dừng', 'sạt', 'ngập',
  'đỗ', 'đến', 'trưng', 'tập', 'kinh', 'phát', 'cấp', 'khai', 'quan', 'đo', 'xét', 'phục', 'truy', 'cách',
  'ùn', 'giám', 'check', 'wifi', 'thu', 'trông', 'dân', 'di', 'vui', 'tham', 'trung',
]);

/**
 * Words that cannot be the noun a number counts: function words and common verbs. A number
 * followed by one of these (and no unit) is not a count ("Quốc lộ 45 đi qua", "“5 tại chỗ”").
 */
export const NOT_COUNTED_NOUN = new Set([
  'và', 'với', 'hoặc', 'hay', 'của', 'là', 'có', 'không', 'chưa', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng',
  'đều', 'chỉ', 'mới', 'rồi', 'thì', 'mà', 'nên', 'nhưng', 'tuy', 'nếu', 'khi', 'vì', 'do', 'để', 'cho', 'trong',
  'ngoài', 'trên', 'dưới', 'tại', 'ở', 'từ', 'đến', 'tới', 'sang', 'so', 'theo', 'về', 'vào', 'ra', 'lên',
  'xuống', 'qua', 'sau', 'trước', 'giữa', 'bằng', 'như', 'này', 'đó', 'kia', 'ấy', 'nào', 'gì', 'ai', 'các',
  'những', 'mọi', 'mỗi', 'từng', 'cả', 'tất', 'đây', 'nay', 'thế', 'vậy', 'lại', 'nữa', 'còn', 'hơn', 'nhất',
  'rất', 'quá', 'lắm', 'đi', 'tăng', 'giảm', 'đạt', 'chiếm', 'trở', 'gồm', 'nhằm', 'tính', 'thuộc', 'liên',
  'lần', 'đối', 'thay', 'cùng', 'gấp', 'bao', 'nhiều', 'ít', 'hết', 'luôn', 'thêm', 'bớt', 'ngay', 'cuối', 'lúc',
  'tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'giây', 'tuần', 'quý', 'thứ', 'số', 'điểm', 'nghìn', 'triệu',
  'tỷ', 'tỉ', 'trăm', 'ngàn', 'chục', 'phần', 'ông', 'bà', 'anh', 'chị', 'em', 'họ', 'chúng', 'tôi',
  'mình', 'hiện', 'đồng', 'làm', 'bắt', 'nói', 'cho', 'biết', 'thấy', 'tiếp', 'tuyệt', 'khác', 'vừa', 'sớm',
  'muộn', 'dẫn', 'tổng', 'toàn', 'đứng', 'xếp', 'kể', 'hoàn', 'riêng', 'chung', 'nhé', 'ạ', 'à',
]);

/**
 * Verbs of two syllables that open a clause after a name's number ("Bệnh viện … cơ sở 2 khánh thành",
 * "Quế Võ 2 thu hút", "công nghiệp 4.0 mở ra"): not what that number counts. ("7 diễn viên", "20 thu ngân"
 * are counts; so is "…, 7 khởi công" after the projects it counts.)
 */
export const NOT_COUNTED_PAIRS = new Set([
  'khánh thành', 'khởi công', 'diễn ra', 'mở ra', 'tạo ra', 'thu hút', 'khai trương', 'khai mạc', 'mở cửa', 'đi vào',
  // A company's results after its name's number ("Xi măng Hà Tiên 1 báo lỗ hơn 70 tỷ đồng", "Thủy điện Sơn La 2
  // công bố …"; engine 36).
  'báo lỗ', 'báo lãi', 'công bố', 'cho biết', 'lãi ròng', 'lỗ ròng',
  // What a model or a plant named by its number does ("Boeing 787 hạ cánh", "Thủy điện Sơn La 2 phát điện", "Lai Châu 2
  // vận hành", "Airbus A321 cất cánh"; engine 61).
  'hạ cánh', 'cất cánh', 'phát điện', 'vận hành', 'hoạt động', 'chở khách', 'chở hàng',
]);
/** One-syllable verbs after a name's number, likewise no counted noun ("Boeing 787 chở 250 hành khách"; engine 61). */
export const NOT_COUNTED_AFTER_NAME = new Set(['chở', 'bay', 'rơi', 'cập', 'chìm']);

/** Words that can follow a bare 4-digit number 1900–2100 and still make it a count ("2000 người"). */
export const COUNT_NOUNS_AFTER_YEARLIKE = new Set([
  'người', 'hộ', 'học', 'doanh', 'ca', 'lao', 'cán', 'hồ', 'con', 'cây', 'căn', 'chiếc', 'xe', 'trường', 'giường',
  'suất', 'lượt', 'nhà', 'bệnh', 'thí', 'em', 'trẻ', 'liều', 'tấn',
]);

/**
 * Counted nouns of one syllable: the unit of "1.500 tổ công nghệ số" is "tổ". Other nouns are
 * taken as two syllables ("nền tảng", "vướng mắc"), the usual shape of Vietnamese compounds.
 */
export const ONE_SYLLABLE_NOUNS = new Set([
  'người', 'hộ', 'tổ', 'xã', 'huyện', 'tỉnh', 'phường', 'quận', 'thôn', 'bản', 'ấp', 'làng', 'con', 'cây', 'vụ', 'ca',
  'lượt', 'trường', 'nước', 'thẻ', 'cấp', 'sở', 'ngành', 'bộ', 'lớp', 'căn', 'chiếc', 'cái', 'bài', 'sàn', 'tàu',
  'xe', 'gói', 'khoản', 'giải', 'suất', 'phiếu', 'đội', 'em', 'trẻ', 'cháu', 'cụ', 'chợ', 'tuyến', 'đoạn',
  'cầu', 'ô', 'lô', 'mẫu', 'thửa', 'liều', 'tờ', 'cuốn', 'trang', 'vòng', 'mảnh', 'hồ', 'đập', 'mỏ', 'lò', 'hội',
  'tiết', 'buổi', 'đêm', 'thùng', 'bao', 'hộp', 'kiện', 'môn', 'tập', 'kỳ', 'đợt', 'phòng', 'khu', 'điểm', 'nhóm',
  'ngôi', 'cơ', 'ổ', 'bình', 'chai', 'lít', 'viên', 'đơn', 'hạt', 'tấm', 'bức', 'bộ', 'dòng', 'chuyến', 'đầu',
  'xuất', 'phần', 'mặt', 'chương', 'câu', 'loại', 'lần', 'tháng', 'sân', 'ga', 'cảng', 'bến', 'cửa', 'đảo', 'tầng',
  'hàng', 'gian', 'giường', 'ghế', 'quầy', 'bếp', 'kho', 'xưởng', 'nhánh', 'tiệm', 'đài', 'kênh', 'báo', 'ngân',
  // Engine 54: nouns the two-syllable default cut in two ("3 màu cơ bản", "2 cổng kiểm soát", "10 máy bán vé", "3 toa
  // xuất phát", "3 bàn cách biệt"); their compounds are in TWO_SYLLABLE_NOUNS ("máy bay", "bàn thắng", "ống kính").
  'màu', 'cổng', 'cột', 'góc', 'lối', 'máy', 'toa', 'ống', 'bàn', 'quả',
  // Engine 56: "sau 2 phiên cố bám trụ", "5 phiên tăng điểm" (its compounds: "phiên họp", "phiên bản"…, and "phiên
  // giao dịch" read whole).
  'phiên',
]);

/**
 * What an amount of money is, named right after it ("100 tỷ đầu tư", "1.520 tỷ đồng lợi nhuận", "2 triệu USD tiền
 * thưởng"): the expression reader makes a bare scaled amount before one money, and the metric reader takes it as the
 * amount's metric.
 */
export const MONEY_NOUNS: readonly string[] = [
  'lợi nhuận', 'doanh thu', 'doanh số', 'kim ngạch', 'vốn', 'tiền', 'lãi', 'nợ', 'thu nhập', 'chi phí', 'đầu tư', 'ngân sách',
  'kinh phí', 'thuế',
];

/** Counted nouns of two syllables, so that the unit of "74.278 hồ sơ" is "hồ sơ", not "hồ". */
export const TWO_SYLLABLE_NOUNS = new Set([
  'tỷ phú', 'triệu phú', 'triệu chứng', 'chứng chỉ', 'hồ sơ', 'doanh nghiệp', 'nền tảng', 'dịch vụ', 'cơ sở', 'thành viên', 'tài khoản', 'chỉ tiêu', 'mục tiêu',
  'lĩnh vực', 'học sinh', 'sinh viên', 'giáo viên', 'lao động', 'công nhân', 'cán bộ', 'công chức', 'viên chức',
  'đảng viên', 'hộ dân', 'hộ gia', 'gia đình', 'trường học', 'bệnh viện', 'bệnh nhân', 'dự án', 'công trình',
  'sản phẩm', 'trung tâm', 'đơn vị', 'danh mục', 'trụ cột', 'vị trí', 'nút giao', 'thị trấn', 'thành phố',
  'thị xã', 'quốc gia', 'địa phương', 'tỉnh thành', 'chi bộ', 'văn bản', 'thủ tục', 'hợp tác', 'hợp đồng',
  'cơ quan', 'tổ chức', 'nhà đầu', 'du khách', 'lượt khách', 'ca mắc', 'ca bệnh', 'trường hợp', 'phương tiện',
  'nhân viên', 'chuyên gia', 'nhân sự', 'tiêu chí', 'nhiệm vụ', 'giải pháp', 'chương trình', 'đề tài', 'cửa hàng',
  'siêu thị', 'con số', 'gói thầu', 'căn hộ', 'ngôi nhà', 'tuyến đường', 'km đường', 'xã hội', 'điểm cầu',
  'cầu thủ', 'cá nhân', 'khán giả', 'chỉ số', 'vướng mắc', 'kiến nghị', 'ý kiến', 'đối thủ', 'đối tác', 'đối tượng',
  // Compounds of the one-syllable nouns of engine 54: counted whole.
  'máy bay', 'máy ảnh', 'máy chủ', 'máy móc', 'máy bơm', 'máy chiếu', 'máy in', 'máy quét', 'máy cày', 'máy gặt',
  'bàn thắng', 'bàn thua', 'bàn phím', 'màu sắc', 'ống kính', 'ống nghiệm', 'ống cống', 'cột mốc', 'cột điện', 'góc nhìn',
  'toa tàu', 'toa xe', 'quả bóng', 'quả bom', 'quả trứng', 'lối đi', 'lối thoát', 'cổng trường',
  // Members and crew (engine 41, after review: before "200 hội", "500 đội", no claim for "300 tiếp viên").
  'hội viên', 'đội viên', 'tiếp viên',
  // The parties of a court case after digits ("3 bị cáo", "46 bị hại"; engine 37), only when what follows does
  // not go on into another word (see countTail). "bị can", "bị đơn", "đồng phạm" were removed after the second
  // review ("2 bị can ngăn", "3 bị đơn vị kỷ luật", "30.000 đồng phạm nhân").
  'bị cáo', 'bị hại',
  // Engine 56: "Ba tập đoàn" (not "tập", an episode); compounds of "phiên"; "sự" nouns of two syllables (see countTail).
  'tập đoàn', 'phiên họp', 'phiên tòa', 'phiên toà', 'phiên bản', 'phiên chợ', 'phiên chất vấn', 'sự kiện', 'sự cố', 'sự việc', 'sự nghiệp', 'sự vụ',
  // Engine 61: nouns whose first syllable is a function word or a verb of NOT_COUNTED_NOUN, so that the number
  // before them was read as no count at all ("500 phần quà", "1.000 hiện vật", "5 chung cư", "4 thế
  // hệ", "50 bằng khen", "3 liên doanh", "20 bà mẹ").
  'phần quà', 'phần thưởng', 'phần mềm', 'bằng khen', 'hiện vật', 'chung cư', 'thế hệ', 'liên doanh', 'từ khóa',
  'từ khoá', 'bà mẹ', 'đồng nghiệp',
]);

/**
 * The shape of one Vietnamese syllable written without tone marks: onset, one to three vowels, coda.
 * A capitalised Latin word of another shape ("Galaxy", "Games", "Note", "Max") is a foreign name;
 * "Theo", "Trong", "Minh", "Cup" fit the shape and are never taken for names by it.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Whether a Latin word (case ignored) could be one Vietnamese syllable without its marks. */
export function fitsVietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE.test(word.toLowerCase());
}

/** The commonest Vietnamese family names: a capitalised run starting with one reads as a person's name. */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đào', 'Trương', 'Lâm', 'Mai', 'Trịnh', 'Đoàn', 'Phùng', 'Tạ', 'Lưu', 'Hà', 'Cao', 'Quách', 'Tô', 'Kiều', 'Lương',
  'Thái', 'Chu', 'Triệu', 'Tăng', 'Lại', 'Thân', 'Nghiêm', 'Vương', 'Doãn', 'Mạc', 'Hứa', 'Tống', 'Khúc', 'Diệp', 'Tôn', 'Giáp',
];
