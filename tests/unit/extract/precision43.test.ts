import { describe, expect, it } from 'vitest';
import { claimAt, quotesOf } from './helpers';

/**
 * Engine 43 (session 43, precision): counts that state no fact an editor would check — a small count of kinds that
 * opens its list, two of a kin pair, an address's number, a military unit's number — and the near-misses that stay
 * claims. Sentences written for this test, in the style of the news.
 */
describe('a small count of kinds that opens its list (engine 43)', () => {
  it('is no claim before a colon or a stop and "Theo đó"', () => {
    expect(quotesOf('Sở Tài chính đề xuất chia các khoản nợ thành hai nhóm: nợ có khả năng thu hồi và nợ khó đòi.')).toEqual([]);
    expect(quotesOf('Theo hướng dẫn, hồ sơ vay vốn có ba loại: vay sản xuất, vay học tập và vay làm nhà.')).toEqual([]);
    expect(quotesOf('Tôi kiến nghị hai cách xử lý. Theo đó, các dự án chậm tiến độ sẽ bị thu hồi.')).toEqual([]);
    expect(quotesOf('Luật mới quy định 4 trường hợp: mất năng lực, bỏ trốn, tử vong và giải thể.')).toEqual([]);
  });

  it('the items after it keep their own figures', () => {
    expect(quotesOf('Vốn được chia cho hai nhóm: nhóm dự án than nhận 50%, nhóm dự án điện nhận 30%.')).toEqual(['50%', '30%']);
  });

  it('stays a claim without the list, for other nouns, or above five', () => {
    expect(quotesOf('Bộ Công an đã triệt phá hai nhóm tội phạm tại Hà Nội.')).toEqual(['hai nhóm']);
    expect(quotesOf('Tỉnh cấp phép theo 3 bước: đăng ký, thẩm định và phê duyệt.')).toEqual(['3 bước']);
    expect(quotesOf('Huyện có 3 trường đạt chuẩn: Tiên Lữ, Tiên Phong và Tiên Sơn.')).toEqual(['3 trường']);
    expect(quotesOf('Cơ quan thuế đã phân loại 12 nhóm hàng: điện tử, may mặc, nông sản và các nhóm khác.')).toEqual(['12 nhóm']);
    expect(quotesOf('Năm nay có ba loại thuế mới được áp dụng.')).toEqual(['ba loại']);
  });
});

describe('two of a kin pair (engine 43)', () => {
  it('"hai vợ chồng", "hai mẹ con", "2 anh em" name the pair', () => {
    expect(quotesOf('Hai vợ chồng ông Tâm bán hàng ở chợ Đồng Xuân.')).toEqual([]);
    expect(quotesOf('Sau vụ cháy, hai mẹ con chị Lan được đưa đi cấp cứu.')).toEqual([]);
    expect(quotesOf('Cả 2 anh em đều đỗ đại học năm nay.')).toEqual([]);
  });

  it('a larger group of kin is counted, and so are children', () => {
    expect(claimAt('Vụ tai nạn khiến ba mẹ con tử vong tại chỗ.', 'ba mẹ con').value).toBe(3);
    expect(claimAt('Ông bà có hai con đang học đại học ở Hà Nội.', 'hai con').value).toBe(2);
  });
});

describe('an address or a unit named by its number (engine 43)', () => {
  it('"Tổ 6 phường Láng Hạ", "thôn 3 xã Yên Lâm" are addresses, not counts of wards and communes', () => {
    expect(quotesOf('Tổ 6 phường Láng Hạ có 120 hộ dân.')).toEqual(['120 hộ dân']);
    expect(quotesOf('Người đàn ông trú tại thôn 3 xã Yên Lâm đã ra đầu thú.')).toEqual([]);
  });

  it('a count of units after no address label, or with no name after it, stays', () => {
    expect(claimAt('Huyện có 12 xã đạt chuẩn nông thôn mới.', '12 xã').value).toBe(12);
    expect(claimAt('Đợt lũ làm ngập 6 xã Tân Lập, Tân Hòa và Tân Mỹ.', '6 xã').value).toBe(6);
  });

  it('"Sư đoàn 304", "Quân khu 7" are names', () => {
    expect(quotesOf('Sư đoàn 304 tổ chức diễn tập bắn đạn thật.')).toEqual([]);
    expect(quotesOf('Quân khu 7 huy động 500 chiến sĩ giúp dân chống lũ.')).toEqual(['500 chiến sĩ']);
  });
});
