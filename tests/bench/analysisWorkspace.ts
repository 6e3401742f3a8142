/**
 * The analysis benchmark's generated workspace: provincial digital-transformation reports, 20 percent
 * claims per article, most repeating the "true" value of (province, topic, level, year) and some
 * misreporting it, so the analysis has both agreements and conflicts to find. Deterministic per size.
 */
import type { Article, Claim } from '../../shared/schema';
import { rng } from './generate';

/** Vietnam's 63 provinces and cities. */
export const PROVINCES = [
  'Bắc Giang', 'Bắc Ninh', 'Hà Giang', 'Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Quảng Bình', 'Quảng Trị', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận',
  'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Long An',
  'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng',
  'Bạc Liêu', 'Cà Mau', 'Lào Cai', 'Yên Bái', 'Tuyên Quang', 'Lạng Sơn', 'Cao Bằng', 'Bắc Kạn', 'Thái Nguyên', 'Phú Thọ',
  'Vĩnh Phúc', 'Hải Dương', 'Hưng Yên', 'Quảng Ninh', 'Hòa Bình', 'Sơn La', 'Điện Biên', 'Lai Châu', 'Thừa Thiên Huế',
  'Bà Rịa - Vũng Tàu', 'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'TP. Hồ Chí Minh',
];

const HEADS = ['tỷ lệ', 'tỉ lệ'];
const TOPICS = [
  'hồ sơ trực tuyến toàn trình', 'thanh toán trực tuyến', 'hồ sơ xử lý điện tử', 'văn bản điện tử có ký số', 'dịch vụ công trực tuyến mức độ 4',
  'người trưởng thành dùng điện thoại thông minh', 'hộ gia đình có cáp quang', 'doanh nghiệp dùng hóa đơn điện tử', 'xã có điểm cầu trực tuyến',
  'hồ sơ được số hóa', 'tài khoản định danh điện tử được kích hoạt', 'cơ sở khám chữa bệnh dùng bệnh án điện tử', 'trường học dùng học bạ số',
  'người dân có tài khoản thanh toán', 'kinh tế số trong GRDP', 'hồ sơ giải quyết đúng hạn', 'phủ sóng 4G', 'thôn có tổ công nghệ số',
];
const LEVELS = ['', ' cấp tỉnh', ' cấp huyện', ' cấp xã'];


const fmt = (v: number): string => v.toFixed(2).replace('.', ',');

/**
 * `variety` narrows the provinces and topics drawn from (default: all), so that a small workspace
 * still reports the same facts in many articles, as a large one does.
 */
export function generateWorkspace(claimCount: number, perArticle = 20, variety = Infinity): { articles: Article[]; claims: Claim[] } {
  const provinces = PROVINCES.slice(0, variety);
  const topics = TOPICS.slice(0, variety);
  const rand = rng(claimCount);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let a = 0; claims.length < claimCount; a++) {
    const province = provinces[Math.floor(rand() * provinces.length)] as string;
    const year = 2018 + Math.floor(rand() * 6);
    const published = `${year + 1}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const id = `a_${a}`;
    let text = `Chuyển đổi số ở ${province}\n\n`;
    const own: Claim[] = [];
    const n = Math.min(perArticle, claimCount - claims.length);
    for (let i = 0; i < n; i++) {
      const topicIndex = Math.floor(rand() * topics.length);
      const level = LEVELS[Math.floor(rand() * LEVELS.length)] as string;
      const metric = `${HEADS[Math.floor(rand() * HEADS.length)]} ${topics[topicIndex]}${level}`;
      // The "true" value of (province, topic, level, year), which most reports repeat; some misreport.
      const base = 40 + ((province.length * 7 + topicIndex * 13 + level.length * 3 + year * 11) % 59) + 0.37;
      const value = rand() < 0.05 ? base + 1 : base;
      const quote = `${fmt(value)}%`;
      const sentence = `Năm ${year}, ${metric} của tỉnh ${province} đạt ${quote}. `;
      const sentenceStart = text.length;
      const start = sentenceStart + sentence.indexOf(quote);
      text += sentence;
      own.push({
        id: `c_${a}_${i}`,
        articleId: id,
        start,
        end: start + quote.length,
        quote,
        sentenceStart,
        sentenceEnd: sentenceStart + sentence.length - 1,
        kind: 'percent',
        value,
        total: null,
        upper: null,
        unit: '%',
        qualifier: 'exact',
        subject: `tỉnh ${province}`,
        metric,
        period: `năm ${year}`,
        modality: 'fact',
        years: null,
        checkworthiness: 0.7,
        prefix: '',
        suffix: '',
        origin: 'extracted',
      });
    }
    // Give every fourth article a passage for the text rules to read.
    if (a % 4 === 0) text += `\n\nNgày 11/6/${year - 3}, Tỉnh ủy ban hành Nghị quyết. Sau 3 năm thực hiện nghị quyết, tỉnh đạt nhiều kết quả.`;
    articles.push({ id, source: `${id}.txt`, text, title: null, outlet: null, author: null, publishedAt: published, importedAt: '2025-01-01' });
    claims.push(...own);
  }
  return { articles, claims };
}
