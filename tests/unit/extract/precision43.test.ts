import { describe, expect, it } from 'vitest';
import { claimAt, datedClaims, quotesOf } from './helpers';

/**
 * Engine 43 (session 43, precision and recall): counts that state no fact an editor would check (a small count of
 * kinds that opens its list, an address's number, a military unit's number, a window framing other figures, a pointer
 * back), "N lần" counted or measured, bare prices per period and dotted schedules — with the near-misses that stay as
 * they were. Sentences written for this test, in the style of the news.
 */
describe('a small count of kinds that opens its list (engine 43)', () => {
  it('is no claim before a colon or a stop and "Theo đó"', () => {
    expect(quotesOf('Sở Tài chính đề xuất chia các khoản nợ thành hai nhóm: nợ có khả năng thu hồi và nợ khó đòi.')).toEqual([]);
    expect(quotesOf('Theo hướng dẫn, hồ sơ vay vốn có ba loại: vay sản xuất, vay học tập và vay làm nhà.')).toEqual([]);
    expect(quotesOf('Tôi kiến nghị hai cách xử lý. Theo đó, các dự án chậm tiến độ sẽ bị thu hồi.')).toEqual([]);
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

  it('"trường hợp" counts cases, not kinds: it stays before its list (review of engine 43)', () => {
    expect(quotesOf('Công an huyện đã xác minh 3 trường hợp: hai nữ sinh và một thanh niên.')[0]).toBe('3 trường hợp');
    expect(quotesOf('Luật mới quy định 4 trường hợp: mất năng lực, bỏ trốn, tử vong và giải thể.')).toEqual(['4 trường hợp']);
  });

  it('stays when the list is a breakdown with counts of its own (review of engine 43)', () => {
    expect(quotesOf('Trạm y tế báo cáo 2 nhóm: 3 ca sốt cao và 4 ca phát ban.')).toEqual(['2 nhóm', '3 ca', '4 ca']);
    expect(quotesOf('Tổ công tác đưa ra 2 hướng xử lý. Cụ thể, 5 hộ được tái định cư và 7 hộ nhận tiền bồi thường.')).toEqual(['2 hướng xử', '5 hộ', '7 hộ']);
  });

  it('stays after an enforcement verb or when the groups are named one by one (review of engine 43)', () => {
    expect(quotesOf('Công an tỉnh vừa triệt phá 2 nhóm: một nhóm trộm chó và một nhóm cướp giật.')[0]).toBe('2 nhóm');
    expect(quotesOf('Đoàn khảo sát chia người dân thành 2 nhóm: nhóm thứ nhất ở ven sông, nhóm còn lại ở vùng đồi.')[0]).toBe('2 nhóm');
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

describe('a window opened by "trong"/"suốt" that frames the figure after its comma (engine 43)', () => {
  it('"Trong 3 ngày nghỉ lễ, … 45 người" keeps the count, not the window', () => {
    expect(quotesOf('Trong 3 ngày nghỉ lễ, cả nước có 45 người chết vì tai nạn giao thông.')).toEqual(['45 người']);
    expect(quotesOf('Trong 4 ngày diễn ra lễ hội, ban tổ chức đón 60.000 lượt khách.')).toEqual(['60.000 lượt khách']);
  });

  it('a window of an activity, or one said to run on without a break, is the fact (review of engine 43)', () => {
    expect(claimAt('Trong 48 giờ tìm kiếm liên tục, đội cứu nạn đã tìm thấy 5 ngư dân mất tích.', '48 giờ').kind).toBe('duration');
    expect(claimAt('Trong 60 ngày thi công thần tốc, công ty đã lát xong 3 km mặt đường.', '60 ngày').kind).toBe('duration');
    expect(claimAt('Trong 10 ngày điều trị, bệnh nhân được truyền 8 đơn vị máu.', '10 ngày').kind).toBe('duration');
  });

  it('a length that is itself the fact stays a duration', () => {
    expect(claimAt('Sau hơn 20 năm tranh chấp, hai bên đã ký thỏa thuận.', '20 năm').kind).toBe('duration');
    expect(claimAt('Công trình kéo dài 18 tháng với tổng vốn 500 tỷ đồng.', '18 tháng').kind).toBe('duration');
    // No figure after the comma: the window frames nothing, the length is what is said.
    expect(claimAt('Trong 20 năm công tác, ông chưa từng bị kỷ luật.', '20 năm').kind).toBe('duration');
  });
});

describe('a pointer back after a counted noun read short (engine 43)', () => {
  it('"Hai vụ việc này", "4 cá nhân vi phạm nói trên" restate a set already named', () => {
    expect(quotesOf('Hai vụ việc này đang được cơ quan công an điều tra.')).toEqual([]);
    expect(quotesOf('4 cá nhân vi phạm nói trên phải nộp lại tiền cho tỉnh.')).toEqual([]);
  });

  it('a pointer that belongs to another phrase leaves the count', () => {
    expect(quotesOf('3 người trong vụ tai nạn này đã tử vong.')).toEqual(['3 người']);
    expect(quotesOf('Trường có 10 học sinh đạt giải quốc gia năm nay.')).toEqual(['10 học sinh']);
  });

  it('a second noun between the count and the pointer takes the pointer (review of engine 43)', () => {
    expect(quotesOf('Năm nay có 9 học sinh khối này giành huy chương quốc tế.')).toEqual(['9 học sinh']);
    expect(quotesOf('Có 6 hộ dân xã này được hỗ trợ làm nhà mới.')).toEqual(['6 hộ dân']);
  });
});

describe('"N lần": times counted, multiples measured (engine 43)', () => {
  it('times something happened or was paid are counts', () => {
    expect(claimAt('Sở đã 2 lần gửi văn bản đôn đốc các cá nhân.', '2 lần').kind).toBe('count');
    expect(claimAt('Khoản nợ được chia làm 10 lần, mỗi lần trả 1 tỷ đồng.', '10 lần').kind).toBe('count');
    expect(claimAt('Trong loạt luân lưu, đội khách hai lần sút hỏng.', 'hai lần').kind).toBe('count');
  });

  it('a multiple stays a measure or a change', () => {
    expect(claimAt('Máy ảnh có zoom quang học 2 lần.', '2 lần').kind).toBe('measure');
    expect(claimAt('Diện tích thành phố lớn hơn 3 lần so với trước.', '3 lần').kind).toBe('measure');
    expect(claimAt('Thu nhập của nhóm giàu cao gấp 9 lần nhóm nghèo.', '9 lần').kind).toBe('change');
  });

  it('a lens multiple with words between "zoom" and the number, and a connector after "lần", stays a measure (review of engine 43)', () => {
    expect(claimAt('Điện thoại hỗ trợ zoom quang học 10 lần và sạc nhanh 65 W.', '10 lần').kind).toBe('measure');
    expect(claimAt('Camera có thể zoom kỹ thuật số 20 lần, hơn hẳn đời trước.', '20 lần').kind).toBe('measure');
    expect(claimAt('Đội bóng đã 3 lần vô địch và 2 lần về nhì.', '3 lần').kind).toBe('count');
  });

  it('a number word after a foreign name is no model number ("Sydney hai lần"); digits after a model name are', () => {
    expect(claimAt('Trong khi đó, phía U21 Sydney hai lần sút hỏng.', 'hai lần').value).toBe(2);
    expect(quotesOf('Lumia 1520 sở hữu màn hình 6 inch.')).toEqual(['6 inch']);
  });
});

describe('a bare price per period after a word of price (engine 43)', () => {
  it('is money in đồng per that period', () => {
    const c = claimAt('Các nhà mạng đề xuất gói cước khoảng 10.000/tháng cho mỗi xe.', '10.000');
    expect([c.kind, c.value, c.unit, c.qualifier]).toEqual(['money', 10000, 'đồng/tháng', 'approx']);
    expect(claimAt('Học phí của trường là 2.500.000/năm.', '2.500.000').unit).toBe('đồng/năm');
  });

  it('a part of a whole or a price with no price word stays as before', () => {
    expect(claimAt('Tỉnh có 12.000/15.000 hộ đạt chuẩn.', '12.000').kind).toBe('ratio');
    expect(quotesOf('Sân vận động có sức chứa 40.000/người.')).toEqual([]);
  });
});

describe('a schedule written with dotted days, "từ 25.10 đến 3.11" (engine 43)', () => {
  it('both ends are the schedule\'s dates, as "từ 25/10 đến 3/11" are', () => {
    const dates = datedClaims('Giải bóng đá giao hữu quốc tế khởi tranh từ 25.10 đến 3.11 tại sân Gò Đậu.').filter((c) => c.kind === 'date');
    expect(dates.map((c) => [c.quote, c.value])).toEqual([
      ['25.10', 20131025],
      ['3.11', 20131103],
    ]);
    expect(datedClaims('Hội chợ hàng Việt diễn ra từ ngày 2.11 - 8.11 tại Giảng Võ.').filter((c) => c.kind === 'date').map((c) => c.value)).toEqual([20131102, 20131108]);
  });

  it('a range of dotted numbers in a clause where nothing takes place is no date', () => {
    expect(datedClaims('Giá cà phê dao động từ 25.10 đến 30.11 trong tuần.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(datedClaims('Lãi suất dao động từ 1.5 đến 2.5 điểm.').filter((c) => c.kind === 'date')).toEqual([]);
  });

  it('hours of the day written with dots are no dates (review of engine 43)', () => {
    expect(datedClaims('Buổi tập huấn diễn ra từ 8.10 đến 11.10 sáng Chủ nhật tại hội trường.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(datedClaims('Lớp học tổ chức từ 7.10 đến 9.10 giờ tại nhà văn hóa xã.').filter((c) => c.kind === 'date')).toEqual([]);
    expect(datedClaims('Lịch trực diễn ra từ 8.10 đến 10.10 thứ Năm hằng tuần tại trụ sở.').filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('"N lần" read as a count keeps a name before it (engine 43)', () => {
  it('"Chỉ số VN-Index 2 lần vượt mốc 600 điểm": the count stays, the name is not a label', () => {
    expect(claimAt('Trong tháng, chỉ số VN-Index 2 lần vượt mốc 600 điểm.', '2 lần').kind).toBe('count');
  });
});
