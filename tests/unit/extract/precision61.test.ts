import { describe, expect, it } from 'vitest';
import { claimAt, datedClaims, quotesOf } from './helpers';

// Issue 11, engine 61: precision and recall on readings that generalise (sentences written for this test, in the
// style of the news; none is taken from the corpus).
// 1. A run of links to other articles flattened into the text (">> headline >> headline …") is site furniture: its
//    headlines' figures are other stories'.
// 2. "tầng 5 bệnh viện …", "phòng 3 bệnh viện …": a floor or a room of the building named after it, not a count.
// 3. Nouns whose first syllable is a function word or a verb ("phần quà", "hiện vật", "chung cư") are
//    counted: the number before them was read as no claim at all.
// 4. "một" before a unit of time in a record window is one ("cao nhất trong vòng một năm qua").
// 5. "Tiết 1 học Toán" is a lesson's number; "sĩ số 45 học sinh" is a count, not an identifier after "số";
//    "thời gian làm bài 90 phút" is a length ("làm bài" is no label "Bài 90"); "tiêm mũi 1 vaccine" is a dose.
// 6. A deadline a body wants or proposes ("muốn có … trước 20/11") is a date claim, as one it requires is.
// 7. The scores of the sets in brackets after a match's score ("thắng 2-0 (6-3, 6-4)") are scores.
// 8. The guide's names and phone numbers: a model's number before a verb ("Boeing 787 chở"), a service line
//    ("1900 6600"), the "1." of a list numbered inline and a size after a name's number ("Cầu … 2 dài 6,6 km") are no
//    claims.
// 9. "Hai nhà lãnh đạo nhất trí …": the two sides of a meeting, a small generic count like "hai bên".
describe('a run of links to other articles is furniture (engine 61)', () => {
  it('drops the figures of the headlines between ">>" marks and of the last one ending on its figure', () => {
    const text =
      'Đội tuyển về nước\n>> Đội tuyển thắng trận mở màn >> Tiền đạo lập cú đúp, đội tuyển thắng Bình Dương 4-2 Đội tuyển tập luyện trên sân Thống Nhất chiều qua. Trận đấu có 9.000 khán giả theo dõi.';
    expect(quotesOf(text)).toEqual(['9.000 khán giả']);
  });

  it('drops the headlines separated by a spaced slash after the first ">>"', () => {
    const text =
      'Điện thoại mới ra mắt\n>> Trên tay mẫu máy tính bảng mới / Hãng Nhật ra máy ảnh chống nước, cảm biến 24MP Sự kiện thu hút đông đảo người xem. Máy có giá 12 triệu đồng.';
    expect(quotesOf(text)).toEqual(['12 triệu đồng']);
    expect(quotesOf('Tin mới\n>> Giá xăng tăng 500 đồng >> Giá vàng giảm 200.000 đồng/lượng\nHôm nay giá thép tăng 3%.')).toEqual(['tăng 3%']);
  });

  it('keeps the story that opens right after the last headline when that headline does not end on a figure', () => {
    const text = 'Thị trường\n>> Giá vàng lao dốc >> Nhà đầu tư bán tháo Sáng nay, giá vàng giảm 300.000 đồng mỗi lượng.';
    expect(quotesOf(text)).toEqual(['giảm 300.000 đồng']);
  });

  it('keeps a single ">>" (a "read more" link) and a ">>" inside a word or a formula', () => {
    expect(quotesOf('Xem thêm >> Công ty lãi 50 tỷ đồng trong quý 3.')).toEqual(['50 tỷ đồng']);
    expect(quotesOf('Chỉ số A>>B tăng 5% trong tuần.')).toEqual(['tăng 5%']);
  });
});

describe('a floor or a room of a building is no count of buildings (engine 61)', () => {
  it('reads "tầng 5 bệnh viện", "phòng 3 bệnh viện", "Tầng 3 trung tâm", "tầng 12 chung cư" as labels', () => {
    expect(quotesOf('Vụ cháy xảy ra tại tầng 5 bệnh viện tỉnh vào rạng sáng.')).toEqual([]);
    expect(quotesOf('Bệnh nhân được chuyển lên phòng 3 bệnh viện huyện.')).toEqual([]);
    expect(quotesOf('Tầng 3 trung tâm thương mại bị ngập nước.')).toEqual([]);
    expect(quotesOf('Đám cháy bùng phát ở tầng 12 chung cư Hòa Bình.')).toEqual([]);
  });

  it('keeps counts of buildings and floors', () => {
    expect(claimAt('Tỉnh hiện có 5 bệnh viện tuyến huyện.', '5 bệnh viện').value).toBe(5);
    expect(claimAt('Tòa nhà cao 25 tầng với 300 căn hộ.', '300 căn hộ').value).toBe(300);
    expect(claimAt('Tại tầng 2 có 5 phòng học mới.', '5 phòng').value).toBe(5);
  });
});

describe('counted nouns opening with a function word or a verb (engine 61)', () => {
  it('counts gifts, exhibits, apartment blocks, generations, awards, joint ventures and colleagues', () => {
    expect(claimAt('Hội Chữ thập đỏ trao 500 phần quà cho người dân vùng lũ.', '500 phần quà').unit).toBe('phần quà');
    expect(claimAt('Bảo tàng đang trưng bày 1.200 hiện vật thời Lý.', '1.200 hiện vật').value).toBe(1200);
    expect(claimAt('Thành phố còn 80 chung cư cũ cần cải tạo.', '80 chung cư').value).toBe(80);
    expect(claimAt('Ngôi nhà là nơi sinh sống của 4 thế hệ.', '4 thế hệ').value).toBe(4);
    expect(claimAt('Sở trao 35 bằng khen cho các tập thể.', '35 bằng khen').value).toBe(35);
    expect(claimAt('Năm qua có 6 liên doanh được cấp phép.', '6 liên doanh').value).toBe(6);
    expect(claimAt('Huyện hiện có 42 bà mẹ Việt Nam anh hùng còn sống.', '42 bà mẹ').value).toBe(42);
    // "đồng nghiệp" is counted, not money.
    expect(claimAt('Ông chia sẻ kinh nghiệm với 30 đồng nghiệp trẻ.', '30 đồng nghiệp').kind).toBe('count');
  });

  it('leaves the words as they were where they are no counted noun', () => {
    // "một" stays an article.
    expect(quotesOf('Đây là một phần mềm miễn phí.')).toEqual([]);
  });
});

describe('"một" before a unit of time in a record window is one (engine 61)', () => {
  it('reads "trong một thập kỷ", "trong vòng một năm qua", "trong một tháng" after a record word as a length', () => {
    expect(claimAt('Lần đầu tiên trong một thập kỷ gần đây, số hộ nghèo tăng trở lại.', 'một thập kỷ')).toMatchObject({ kind: 'duration', value: 1 });
    expect(claimAt('Giá cà phê lên mức cao nhất trong vòng một năm qua.', 'một năm')).toMatchObject({ kind: 'duration', value: 1 });
    expect(claimAt('Lượng khách giảm xuống mức thấp nhất trong một tháng.', 'một tháng')).toMatchObject({ kind: 'duration', value: 1 });
  });

  it('leaves "một" an article without a record word before it', () => {
    expect(quotesOf('Trong một năm qua, huyện đã thu hút 12 dự án.')).toEqual(['12 dự án']);
    expect(quotesOf('Lần đầu tiên, một năm có hai đợt tăng giá điện.')).toEqual(['hai đợt']);
    expect(quotesOf('Chỉ một tháng sau, giá đã phục hồi.')).toEqual([]);
  });
});

describe('a lesson\'s number and a class\'s size (engine 61)', () => {
  it('reads "Tiết 1 học Toán, tiết 2 học Văn" as lessons of a timetable, no counts', () => {
    expect(quotesOf('Tiết 1 học Toán, tiết 2 học Văn.')).toEqual([]);
  });

  it('counts "sĩ số 45 học sinh" and "quân số 500 người" (not an identifier after "số")', () => {
    expect(claimAt('Mỗi lớp có sĩ số 45 học sinh.', '45 học sinh').value).toBe(45);
    expect(claimAt('Đơn vị có quân số 500 người.', '500 người').value).toBe(500);
  });

  it('reads "thời gian làm bài 90 phút" as a length (doing a test, not "Bài 90")', () => {
    expect(claimAt('Đề thi gồm 40 câu hỏi, thời gian làm bài 90 phút.', '90 phút')).toMatchObject({ kind: 'duration', value: 90 });
  });

  it('reads "tiêm mũi 1 vaccine" as the first dose, no count of vaccines', () => {
    expect(quotesOf('Người cao tuổi được tiêm mũi 1 vaccine Pfizer.')).toEqual([]);
    expect(quotesOf('Tỉnh đã tiêm mũi 2 cho 20.000 người.')).toEqual(['20.000 người']);
  });

  it('keeps lessons counted and the identifier after a bare "số"', () => {
    expect(claimAt('Học sinh tiểu học học tối đa 7 tiết mỗi ngày.', '7 tiết').value).toBe(7);
    expect(claimAt('Mỗi người cần tiêm 2 mũi vaccine.', '2 mũi').value).toBe(2);
    expect(quotesOf('Nhà số 45 phố Huế bị cháy.')).toEqual([]);
  });
});

describe('a deadline a body wants or proposes (engine 61)', () => {
  it('reads "muốn có … trước 20/11" and "đề xuất … trước ngày 25/11" as deadlines ahead of the date line', () => {
    expect(datedClaims('Bộ Công Thương muốn có bảng giá điện mới trước 20/11.').map((c) => [c.quote, c.kind])).toEqual([['20/11', 'date']]);
    expect(datedClaims('Sở Tài chính đề xuất trình phương án trước ngày 25/11.').map((c) => [c.quote, c.kind])).toEqual([['ngày 25/11', 'date']]);
  });

  it('keeps a day before the date line and a day with no such word out', () => {
    expect(datedClaims('Ông A muốn bán căn nhà trước ngày 12/3/2012 nhưng không được.')).toEqual([]);
    expect(datedClaims('Giá xăng trước 20/10 ở mức cao.')).toEqual([]);
  });
});

describe('the scores of the sets in brackets after a match\'s score (engine 61)', () => {
  it('reads "thắng 2-0 (6-3, 6-4)" and "thắng 2-1 (21-15, 18-21, 21-19)" as scores', () => {
    expect(quotesOf('Tay vợt người Nga giành chiến thắng 2-0 (6-3, 6-4).')).toEqual(['2-0', '6-3', '6-4']);
    expect(quotesOf('Tiến Minh thắng 2-1 (21-15, 18-21, 21-19) sau 70 phút.')).toEqual(['2-1', '21-15', '18-21', '21-19', '70 phút']);
    expect(claimAt('Tay vợt người Nga giành chiến thắng 2-0 (6-3, 6-4).', '6-4')).toMatchObject({ kind: 'measure', value: 6, unit: 'tỷ số' });
  });

  it('keeps ranges in brackets and brackets after a range out', () => {
    expect(quotesOf('Giá cá tăng 5-7 (nghìn đồng mỗi kg).')).toEqual([]);
    expect(quotesOf('Đội thắng 2-0 (hiệp một hòa 0-0).')).toEqual(['2-0', '0-0']);
    expect(quotesOf('Số ca mắc dao động 10-15 (3-4 ca mỗi ngày).')).not.toContain('3-4');
  });
});

describe('numbers of names, lines and lists (engine 61)', () => {
  it('reads what a model or a plant named by its number does as no count ("Boeing 787 chở", "Sơn La 2 phát điện")', () => {
    expect(quotesOf('Chiếc Boeing 787 chở 250 hành khách đã hạ cánh.')).toEqual(['250 hành khách']);
    expect(quotesOf('Nhà máy Thủy điện Bản Chát 2 phát điện 220 MW.')).toEqual(['220 MW']);
    expect(quotesOf('Thủy điện Lai Châu 2 vận hành từ năm 2016.')).toEqual([]);
  });

  it('reads a service line\'s number ("1900 6600", "1800.1091") as a phone number', () => {
    expect(quotesOf('Khách hàng gọi tổng đài 1900 6600 để được hỗ trợ.')).toEqual([]);
    expect(quotesOf('Đường dây nóng 1800.1091 hoạt động cả ngày.')).toEqual([]);
  });

  it('reads "1." of a list numbered inline after a colon as no statistic', () => {
    expect(quotesOf('Nghị quyết nêu rõ ba việc: 1. Tăng lương; 2. Giảm thuế; 3. Hỗ trợ doanh nghiệp.')).toEqual(['ba việc']);
  });

  it('reads a size after a name\'s number ("Cầu Mỹ Thuận 2 dài 6,6 km", "mạch 3 dài 519 km") as no count', () => {
    expect(quotesOf('Cầu Rạch Miễu 2 dài 6,6 km.')).toEqual(['6,6 km']);
    expect(quotesOf('Đường dây 500 kV mạch 3 dài 519 km.')).toEqual(['500 kV', '519 km']);
    expect(quotesOf('Hồ số 2 sâu 10 m.')).toEqual(['10 m']);
  });

  it('keeps nouns opening with a word of size ("2 cao tốc", "5 cao ốc")', () => {
    expect(quotesOf('Tỉnh có 2 cao tốc đi qua.')).toEqual(['2 cao tốc']);
    expect(quotesOf('Khu vực có 5 cao ốc mới.')).toEqual(['5 cao ốc']);
  });

  it('keeps elliptical counts, years, a statistic\'s value and the rows of a ranking', () => {
    expect(quotesOf('Trong 10 dự án, 7 vận hành thương mại.')).toEqual(['10 dự án', '7 vận hành']);
    expect(quotesOf('Dân số năm 1900 là 13 triệu người.')).toEqual(['13 triệu người']);
    expect(quotesOf('Số ca tử vong: 1. Số ca mắc mới: 20.')).toEqual(['1', '20']);
    expect(quotesOf('Kết quả: 1. Quảng Ninh, 2. Đồng Tháp, 3. Long An.')).toEqual(['1.', '2.', '3.']);
  });
});

describe('the two sides of a meeting are no count, as "hai bên" (engine 61)', () => {
  it('reads "Hai nhà lãnh đạo nhất trí", "hai Bộ trưởng đã hội đàm", "hai phái đoàn … đã trao đổi" as a pair of parties', () => {
    expect(quotesOf('Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác kinh tế.')).toEqual([]);
    expect(quotesOf('Chiều qua, hai Bộ trưởng đã hội đàm tại Hà Nội.')).toEqual([]);
    expect(quotesOf('Hai phái đoàn Việt Nam và Hàn Quốc đã trao đổi ý kiến.')).toEqual([]);
  });

  it('keeps counts of officials that state a fact, and counts above two', () => {
    expect(quotesOf('Hai bộ trưởng bị cách chức trong năm.')).toEqual(['Hai bộ']);
    expect(quotesOf('Ba nhà lãnh đạo nhất trí ký tuyên bố chung.')[0]).toContain('Ba nhà');
    expect(quotesOf('Hai đoàn công tác đã đến 5 tỉnh.')).toContain('5 tỉnh');
  });
});

describe('the guide\'s claims stay claims (engine 61 guards)', () => {
  it('keeps the guide\'s examples', () => {
    expect(quotesOf('Cả nước có 1.891 tổ công nghệ số cộng đồng.')[0]).toBe('1.891 tổ');
    expect(claimAt('Doanh thu đạt 2.450 tỷ đồng.', '2.450 tỷ đồng').value).toBe(2.45e12);
    expect(claimAt('Chỉ số của tỉnh tăng 2 bậc so với năm trước.', '2 bậc').kind).toBe('change');
    expect(claimAt('Tỉnh xếp thứ 4/63 tỉnh, thành.', 'thứ 4/63').kind).toBe('rank');
    expect(quotesOf('Sau hơn 20 năm tranh chấp, vụ việc đã được giải quyết.')).toEqual(['hơn 20 năm']);
  });
});
