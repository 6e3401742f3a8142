import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// Issue 11, engine 63: subject and period readings an editor would make (sentences written for this test, in the
// style of the news; none is taken from the corpus). Each rule has its guards: what it must not change.
// 1. A lapse of time opening the sentence ("Khoảng 30 phút sau, …") belongs to the person, side, place or body
//    starting the main clause after its comma, not to a topic carried from the sentences before.
// 2. A name after "do" followed by what it did to the thing ("tàu do Hàn Quốc sản xuất") is the maker, organiser or
//    funder in a phrase about the thing: no subject of the figures after it; the name the clause opened with is.
// 3. A share of a set named right after it ("một nửa số trường tiểu học của Hà Nội") is the set owner's, as a count
//    of the set is, when its clause names no one before it.

describe('a lapse of time opening the sentence is the main clause subject\'s (engine 63)', () => {
  it('gives the lapse to the person named after the comma, not to the place of the story', () => {
    const text =
      'Hà Nội: bệnh nhân tử vong sau ca hút mỡ\nChiều 19/10, chị Trần Thị Thu Hà đến một cơ sở thẩm mỹ ở Hà Nội. Bác sĩ Lê Văn Nam cho biết chị Hà đã được gây mê. Khoảng 30 phút sau, chị Hà có biểu hiện co giật.';
    expect(claimAt(text, 'Khoảng 30 phút').subject).toBe('Trần Thị Thu Hà');
    // Not when no name stands after the comma, nor when the sentence names someone before the figure.
    const noName = 'Hà Nội: bệnh nhân tử vong\nChị Trần Thị Thu Hà đến một cơ sở thẩm mỹ ở Hà Nội. Khoảng 30 phút sau, bệnh nhân có biểu hiện co giật.';
    expect(claimAt(noName, 'Khoảng 30 phút').subject).not.toBe('Trần Thị Thu Hà');
    const named = 'Tin\nTại Huế, khoảng 30 phút sau, chị Trần Thị Thu Hà có biểu hiện co giật.';
    expect(claimAt(named, 'khoảng 30 phút').subject).not.toBe('Trần Thị Thu Hà');
  });

  it('gives the lapse to a place or body starting the main clause', () => {
    const fire = 'Cháy lớn tại khu công nghiệp\nĐám cháy bùng phát lúc 14 giờ tại Quảng Nam. ';
    expect(claimAt(fire + 'Chỉ 10 phút sau, Đà Nẵng đã điều xe chữa cháy tới hỗ trợ.', '10 phút').subject).toBe('Đà Nẵng');
    expect(claimAt(fire + 'Chỉ 10 phút sau, Tập đoàn Điện lực Việt Nam đã cắt điện toàn khu.', '10 phút').subject).toBe('Tập đoàn Điện lực Việt Nam');
  });
});

describe('a maker named after "do" is no subject of the thing\'s figures (engine 63)', () => {
  it('gives the price of a thing made by another country to the buyer the clause opened with', () => {
    const text =
      'Quân sự khu vực\nTrong thời gian tới, Thái Lan cũng có thể nhận thêm 2 tàu hộ vệ do Hàn Quốc sản xuất với chi phí 900 triệu USD. Năm nay, Indonesia sẽ mua 6 máy bay huấn luyện do Hàn Quốc chế tạo, trị giá 400 triệu USD. Campuchia có lợi hơn do Nhật Bản tài trợ 300 triệu USD.';
    expect(claimAt(text, '900 triệu USD').subject).toBe('Thái Lan');
    expect(claimAt(text, '400 triệu USD').subject).toBe('Indonesia');
    // The figure the maker's or funder's verb governs stays theirs.
    expect(claimAt(text, '300 triệu USD').subject).toBe('Nhật Bản');
  });
});

describe('a share of a set is the set owner\'s (engine 63)', () => {
  it('gives the share to the owner after "số … của", not to the body or place named before', () => {
    const text =
      'Giáo dục\nQuyết định của UBND TP đồng nghĩa với việc khoảng một nửa số trường tiểu học của Hà Nội sẽ đổi sách. Theo báo cáo, gần 40% số xã của tỉnh Điện Biên chưa có trường đạt chuẩn. Đà Nẵng có 30% số doanh nghiệp của Quảng Nam đến đầu tư.';
    expect(claimAt(text, 'khoảng một nửa').subject).toBe('Hà Nội');
    expect(claimAt(text, 'gần 40%').subject).toBe('Điện Biên');
    // A clause naming its subject before the share keeps it.
    expect(claimAt(text, '30%').subject).toBe('Đà Nẵng');
  });
});
