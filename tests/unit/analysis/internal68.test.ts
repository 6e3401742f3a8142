import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { toldApartSpots, type Spot } from '../../../shared/analysis/moments';
import { buildDocument } from '../../../shared/document';
import { raisedBetween } from './helpers';
import type { Finding } from '../../../shared/schema';

/** The internal findings of one article, extracted by the real engine. */
function internal(text: string): Finding[] {
  const doc = buildDocument(text, 'bai.txt', '2026-01-01T00:00:00Z');
  return detectFindings([doc.article], doc.claims).filter((f) => f.type === 'internal');
}

const quotes = (f: Finding): string[] => {
  const facts = f.facts as unknown as { a?: { quote: string }; b?: { quote: string }; claim?: { quote: string } };
  return [facts.a?.quote, facts.b?.quote, facts.claim?.quote].filter((q): q is string => q !== undefined);
};

// A market report gives the moment once, in the sentence before the volume it then states.
const MARKET =
  'Chứng khoán sáng 5/11: VN-Index tăng nhẹ\nKết thúc đợt khớp lệnh mở cửa, VN-Index tăng 1,2 điểm lên 512,30 điểm. ' +
  'Lúc 09:45, chỉ số VN-Index đạt 514,10 điểm, tăng 3,00 điểm. Tổng khối lượng giao dịch đạt 8,215 triệu đơn vị, trị giá 120,5 tỷ đồng. ' +
  'Tạm dừng phiên giao dịch buổi sáng, chỉ số VN-Index đứng ở mức 515,20 điểm, tăng 4,10 điểm. ' +
  'Tổng khối lượng giao dịch đạt 51,300 triệu đơn vị, trị giá 760,4 tỷ đồng.';

const BOARD =
  'Sàn Hà Nội tăng điểm\nTrên sàn Hà Nội, chỉ số HNX-Index đứng ở mức 62,10 điểm, tăng 0,15 điểm. ' +
  'Khối lượng giao dịch đạt 18,2 triệu đơn vị. Toàn sàn có 81 mã tăng, 57 mã giảm và 236 mã đứng giá. Chỉ số HNX30-Index tăng 1,1 điểm lên 117,40 điểm, với 18 mã tăng, 3 mã giảm và 9 mã đứng giá.';

describe('internal checks: figures of one article that are not one figure said twice (analysis 45)', () => {
  it('reads the moment a market report gives in the sentence before a figure: two volumes of two moments are no inconsistency', () => {
    expect(internal(MARKET)).toEqual([]);
    // Without the moments ("Lúc 09:45", "Tạm dừng phiên giao dịch buổi sáng") the two volumes are one figure at odds.
    const bare = MARKET.replace('Lúc 09:45, chỉ số', 'Chỉ số').replace('Tạm dừng phiên giao dịch buổi sáng, chỉ số', 'Chỉ số');
    const found = internal(bare);
    expect(found.map((f) => [f.rule, ...quotes(f)])).toEqual([['same-fact-values', '8,215 triệu đơn vị', '51,300 triệu đơn vị']]);
  });

  it('tells the whole board ("Toàn sàn") from the basket of a sub-index ("HNX30-Index")', () => {
    expect(internal(BOARD)).toEqual([]);
    const found = internal(BOARD.replace('Chỉ số HNX30-Index tăng', 'Chỉ số tăng'));
    expect(found.map((f) => [f.rule, ...quotes(f)])).toEqual([['same-fact-values', '236 mã', '9 mã']]);
  });

  it('reads no list after "đó là" ("trong 3 khối lớp, đó là điều đáng lo nhất, …"), and still counts a list after "là"', () => {
    expect(internal('Trường tư thục gặp khó\nÔng Lê Văn Bình, hiệu trưởng nhà trường cho biết: cả trường chỉ còn 51 em trong 3 khối lớp, đó là điều đáng lo nhất, chúng tôi chưa biết xoay xở ra sao.')).toEqual([]);
    const found = internal('Trường tư thục gặp khó\nNhà trường có 4 phòng chức năng là phòng thí nghiệm, thư viện và phòng tin học.');
    expect(found.map((f) => f.rule)).toEqual(['list-count']);
  });
});

describe('moments of the day: a clock time written with a colon', () => {
  const spot = (text: string, figure: string): Spot => {
    const start = text.indexOf(figure);
    return { text, sentenceStart: 0, sentenceEnd: text.length, start, end: start + figure.length, unit: null };
  };

  it('reads "09:32" as a time of day and never a score ("21:19")', () => {
    expect(toldApartSpots(spot('Lúc 09:32, VN-Index đạt 503 điểm.', '503'), spot('Lúc 10:05, VN-Index đạt 505 điểm.', '505'))).toBe(true);
    expect(toldApartSpots(spot('Lúc 09:32, VN-Index đạt 503 điểm.', '503'), spot('Lúc 09:32, VN-Index đạt 505 điểm.', '505'))).toBe(false);
    expect(toldApartSpots(spot('Anh thắng séc đầu 21:19, tổng điểm 42.', '42'), spot('Anh thắng séc đầu 21:17, tổng điểm 44.', '44'))).toBe(false);
  });
});

describe('aligned passages: two reports that name the same school, commune, district and province', () => {
  const A =
    'Trường tư thục ở Quảng Nam thiếu học sinh\nQuảng Nam (NV) - Nhiều trường THPT tư thục tại Quảng Nam đang đứng trước nguy cơ giải thể vì không tuyển đủ học sinh. ' +
    'Đáng buồn hơn, Trường THPT Tư thục Nguyễn Du, thuộc xã Bình An (huyện Thăng Bình, tỉnh Quảng Nam) năm học 2013-2014 chỉ tuyển được 27 học sinh. ' +
    'Toàn tỉnh hiện có 6 trường THPT tư thục với khoảng 3.100 học sinh.';
  const B =
    'Quảng Nam: trường tư thục èo uột\nBước vào năm học 2013- 2014, Trường THPT Tư thục Nguyễn Du, thuộc xã Bình An, huyện Thăng Bình, tỉnh Quảng Nam chỉ tuyển được 17 học sinh. ' +
    'Theo Sở GD-ĐT, toàn tỉnh hiện có 6 trường THPT tư thục với khoảng 3.100 học sinh, nhiều trường đang đứng trước nguy cơ giải thể.';
  it('compares their figures though their lead-ins differ ("Đáng buồn hơn, …" / "Bước vào năm học …")', () => {
    expect(raisedBetween(A, B)).toEqual([['17', '27']]);
    expect(raisedBetween(A, B, 'aligned-passage')).toEqual([['17', '27']]);
  });

  it('leaves the same wording about another school alone', () => {
    expect(raisedBetween(A, B.replace('Nguyễn Du, thuộc xã Bình An, huyện Thăng Bình', 'Lê Lợi, thuộc xã Tam An, huyện Phú Ninh'))).toEqual([]);
  });
});
