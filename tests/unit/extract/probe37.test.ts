import { describe, expect, it } from 'vitest';
import { claimAt, quotesOf } from './helpers';

/**
 * Engine 37 (session 38): general causes of the misses and false claims of dev9 and probe9 (our own passages in
 * domains the corpus lacks: courts, wages, health bulletins, races, hotels, farm prices), each rule with the
 * near-misses it must not fire on. Sentences here are new, not the probe's.
 */

/** A title line first: the body's figures are read as the body's. */
const body = (text: string): string => `Tin tức\n${text}`;

describe('a change verb across "bình quân" / "trung bình"; "tổng cộng" is no addition', () => {
  it('reads the change', () => {
    expect(claimAt(body('Giá điện tăng bình quân 4,5% so với năm trước.'), '4,5%')).toMatchObject({ kind: 'change', value: 4.5, quote: 'tăng bình quân 4,5%' });
    expect(claimAt(body('Điểm thi giảm trung bình 0,5 điểm mỗi môn.'), '0,5 điểm')).toMatchObject({ kind: 'change', value: 0.5 });
  });
  it('near-misses: a level, an average without a verb, a total', () => {
    expect(claimAt(body('Năng suất lúa bình quân 6,2 tấn/ha.'), '6,2')).toMatchObject({ kind: 'measure', value: 6.2 });
    expect(claimAt(body('Thu nhập bình quân đạt 7,2 triệu đồng/tháng.'), '7,2')).toMatchObject({ kind: 'money' });
    expect(claimAt(body('Khu đô thị có tổng cộng 3.400 căn hộ.'), '3.400')).toMatchObject({ kind: 'count', value: 3400, quote: '3.400 căn hộ' });
    // "cộng" as a verb of adding stays a change.
    expect(claimAt(body('Mỗi thí sinh được cộng 2 điểm ưu tiên.'), '2 điểm')).toMatchObject({ kind: 'change', value: 2 });
  });
});

describe('the parties of a court case are counted', () => {
  it('after digits, and "đồng phạm"', () => {
    expect(claimAt(body('Tòa tuyên án 12 bị cáo trong đường dây buôn lậu.'), '12 bị cáo')).toMatchObject({ kind: 'count', value: 12, unit: 'bị cáo' });
    expect(claimAt(body('Vụ án có 230 bị hại ở nhiều tỉnh.'), '230 bị hại')).toMatchObject({ kind: 'count', value: 230 });
    expect(claimAt(body('Công an đã khởi tố 7 bị can.'), '7 bị can')).toMatchObject({ kind: 'count', value: 7 });
    expect(claimAt(body('Ba đồng phạm khác bị phạt tù treo.'), 'Ba đồng phạm')).toMatchObject({ kind: 'count', value: 3 });
  });
  it('near-misses: the passive "bị cáo buộc", "bị" after a count, a spelled-out pair of named defendants', () => {
    expect(quotesOf(body('Đội 4 bị cáo buộc gian lận.'))).toEqual([]);
    expect(quotesOf(body('Có 5 người bị thương, 2 bị bắt giữ.'))).toEqual(['5 người']);
    expect(quotesOf(body('Chưa thể xác định tội danh đối với hai bị can Hùng và Dũng.'))).toEqual([]);
    // A currency stays a currency.
    expect(claimAt(body('Mỗi vé giá 5.000 đồng.'), '5.000')).toMatchObject({ kind: 'money', value: 5000 });
  });
});

describe('payments counted in months or quarters', () => {
  it('are counts', () => {
    expect(claimAt(body('Người lao động được thưởng Tết 2,5 tháng lương.'), '2,5')).toMatchObject({ kind: 'count', value: 2.5, unit: 'tháng lương' });
    expect(claimAt(body('Doanh nghiệp còn nợ 3 tháng tiền bảo hiểm.'), '3 tháng')).toMatchObject({ kind: 'count', value: 3, unit: 'tháng tiền bảo' });
    expect(claimAt(body('Gia đình được hỗ trợ 2 quý học phí.'), '2 quý')).toMatchObject({ kind: 'count', value: 2 });
  });
  it('near-misses: a time frame, a length', () => {
    expect(claimAt(body('Sau 6 tháng lương mới được áp dụng.'), '6 tháng')).toMatchObject({ kind: 'duration' });
    expect(claimAt(body('Công ty chậm trả lương kéo dài 4 tháng.'), '4 tháng')).toMatchObject({ kind: 'duration', value: 4 });
  });
});

describe('"‰" is a unit; a bare "tỷ" after "tỷ đồng" is money', () => {
  it('per mille', () => {
    expect(claimAt(body('Độ mặn tại cửa sông Hàm Luông đo được 8,5‰.'), '8,5')).toMatchObject({ kind: 'measure', value: 8.5, unit: '‰' });
  });
  it('billions of đồng told before', () => {
    const text = body('Tổng vốn đầu tư là 12.000 tỷ đồng. Riêng giai đoạn đầu cần 4.500 tỷ, bình quân 900 tỷ/năm.');
    expect(claimAt(text, '4.500')).toMatchObject({ kind: 'money', value: 4.5e12 });
    expect(claimAt(text, '900')).toMatchObject({ kind: 'money', value: 9e11 });
  });
  it('near-misses: no amount in đồng before, a population, a count of visits', () => {
    expect(claimAt(body('Mục tiêu trồng cây toàn quốc đạt 1 tỷ.'), '1 tỷ')).toMatchObject({ kind: 'count' });
    expect(claimAt(body('Doanh thu đạt 300 tỷ đồng. Dân số thế giới đã vượt 8 tỷ.'), '8 tỷ')).toMatchObject({ kind: 'count' });
    expect(claimAt(body('Lợi nhuận đạt 40 tỷ đồng. Ứng dụng có 1,5 tỷ lượt tải.'), '1,5 tỷ')).toMatchObject({ kind: 'count' });
  });
});

describe('a statistic\'s label may end on its window', () => {
  it('"… trong ngày: N", "… trong tuần: N"', () => {
    expect(quotesOf(body('Cập nhật dịch cúm:\n- Số ca nhập viện trong ngày: 48\n- Số ca xuất viện trong tuần: 215'))).toEqual(['48', '215']);
  });
  it('near-misses: a date label, a bare window', () => {
    expect(quotesOf(body('Thông tin:\n- Ngày: 12\n- Trong tháng: 3'))).toEqual([]);
  });
});

describe('a number naming a class, a race or a stage is no figure', () => {
  it('vehicles, hotels, races, weight classes, marks, stages', () => {
    expect(quotesOf(body('Chiếc xe khách 29 chỗ lật xuống vực.'))).toEqual([]);
    expect(quotesOf(body('Giá phòng khách sạn 3-4 sao ở Sa Pa tăng mạnh.'))).toEqual([]);
    expect(quotesOf(body('Cô giành HCV 400 m nữ tại giải.'))).toEqual([]);
    expect(quotesOf(body('Anh về nhất nội dung 200 m bướm.'))).toEqual([]);
    expect(quotesOf(body('Võ sĩ thi đấu ở hạng cân 60 kg.'))).toEqual([]);
    expect(quotesOf(body('Có 45 thí sinh đạt điểm 10 môn Văn.'))).toEqual(['45 thí sinh']);
    expect(quotesOf(body('Chặng 5 đi qua đèo Hải Vân.'))).toEqual([]);
    expect(quotesOf(body('Trọng tài dừng trận đấu ở hiệp 3 hạng cân 57 kg.'))).toEqual([]);
  });
  it('near-misses: seats, stars, distances, weights and stages that are figures', () => {
    expect(claimAt(body('Xe buýt mới có 60 chỗ ngồi.'), '60')).toMatchObject({ kind: 'count', value: 60 });
    expect(claimAt(body('Thành phố có 25 khách sạn 5 sao.'), '25')).toMatchObject({ kind: 'count', value: 25 });
    expect(claimAt(body('Mỗi sáng ông chạy bộ 800 m quanh hồ.'), '800')).toMatchObject({ kind: 'measure', value: 800 });
    expect(claimAt(body('Cầu thủ này nặng 75 kg.'), '75')).toMatchObject({ kind: 'measure', value: 75 });
    expect(claimAt(body('Giải đua gồm 9 chặng.'), '9 chặng')).toMatchObject({ kind: 'count', value: 9 });
    expect(claimAt(body('Mỗi xe có 45 chỗ.'), '45')).toMatchObject({ kind: 'count', value: 45 });
    expect(claimAt(body('Học sinh phải thi 4 môn.'), '4 môn')).toMatchObject({ kind: 'count', value: 4 });
  });
});

describe('runs and medals', () => {
  it('streaks and a medal\'s rank', () => {
    expect(claimAt(body('Cô vô địch 4 kỳ Asian Games liên tiếp.'), '4 kỳ')).toMatchObject({ kind: 'streak', value: 4 });
    expect(claimAt(body('Đội bóng nối dài chuỗi toàn thắng lên 9 trận.'), '9 trận')).toMatchObject({ kind: 'streak', value: 9 });
    expect(claimAt(body('Đây là trận thắng thứ 7 liên tiếp của võ sĩ này.'), 'thứ 7')).toMatchObject({ kind: 'streak', value: 7 });
    expect(claimAt(body('Đó là tấm HCV thứ 3 của đoàn.'), 'thứ 3')).toMatchObject({ kind: 'rank', value: 3 });
  });
  it('near-misses: a count of matches, a chain of shops, an edition', () => {
    expect(claimAt(body('Đội đã thi đấu 5 trận tại Hà Nội.'), '5 trận')).toMatchObject({ kind: 'count' });
    expect(claimAt(body('Hãng mở chuỗi 120 cửa hàng.'), '120')).toMatchObject({ kind: 'count', value: 120 });
    expect(claimAt(body('Chuỗi giải đấu có 10 trận.'), '10 trận')).toMatchObject({ kind: 'count', value: 10 });
    expect(quotesOf(body('Giải được tổ chức lần thứ 5 tại Huế.'))).toEqual([]);
  });
});

describe('a finish "sau" hours and minutes is a length', () => {
  it('"về đích sau", "hoàn thành … sau"', () => {
    expect(claimAt(body('Anh về đích sau 3 giờ 15 phút.'), '3 giờ')).toMatchObject({ kind: 'duration', value: 195 });
    expect(claimAt(body('Cô hoàn thành đường chạy marathon sau 2 giờ 48 phút.'), '2 giờ')).toMatchObject({ kind: 'duration', value: 168 });
  });
  it('near-misses: a time of day, a frame opening the clause', () => {
    expect(quotesOf(body('Ông về nhà sau 5 giờ 30 phút chiều.'))).toEqual([]);
    expect(quotesOf(body('Sau 1 giờ 20 phút, đám cháy được dập tắt.'))).toEqual([]);
  });
});

describe('a share after a rate\'s label or "trong đó" is no day', () => {
  it('reads the ratio', () => {
    expect(claimAt(body('Tỷ lệ chọi vào lớp chuyên Anh là 1/7,5.'), '1/7,5')).toMatchObject({ kind: 'ratio', value: 1, total: 7.5 });
    expect(claimAt(body('Tỷ lệ chọi: 1/9.'), '1/9')).toMatchObject({ kind: 'ratio', total: 9 });
    expect(claimAt(body('Trường có 1.200 học sinh, trong đó 1/3 là con em đồng bào dân tộc.'), '1/3')).toMatchObject({ kind: 'ratio', value: 1, total: 3 });
  });
  it('near-misses: days after a rate', () => {
    expect(quotesOf(body('Tỷ lệ tiêm chủng tính đến 1/9 đạt 95%.'))).toEqual(['95%']);
    expect(quotesOf(body('Tỷ lệ này áp dụng từ 1/7.'))).toEqual([]);
  });
});

describe('points a player scores are counted', () => {
  it('"ghi N điểm"', () => {
    expect(claimAt(body('Hậu vệ này ghi 24 điểm trong trận.'), '24 điểm')).toMatchObject({ kind: 'count', value: 24 });
  });
  it('near-misses: an index, a standing, a run, a mark', () => {
    expect(claimAt(body('VN-Index ghi thêm 12,5 điểm.'), '12,5')).toMatchObject({ kind: 'change' });
    expect(claimAt(body('Đội chỉ giành được 1 điểm.'), '1 điểm')).toMatchObject({ kind: 'measure' });
    expect(claimAt(body('Cô ghi 6 điểm liên tiếp.'), '6 điểm')).toMatchObject({ kind: 'streak', value: 6 });
    expect(claimAt(body('Thí sinh đạt 27,5 điểm.'), '27,5')).toMatchObject({ kind: 'measure' });
  });
});

describe('a vague amount right after a money word is money', () => {
  it('"lãi được vài chục nghìn", "giá vài trăm nghìn"', () => {
    expect(claimAt(body('Mỗi ngày bà bán rau lãi được vài chục nghìn.'), 'vài chục nghìn')).toMatchObject({ kind: 'money', value: 10000, qualifier: 'approx' });
    expect(claimAt(body('Một suất ăn ở đây có giá vài trăm nghìn.'), 'vài trăm nghìn')).toMatchObject({ kind: 'money', value: 100000, qualifier: 'approx' });
  });
  it('near-misses: a crowd, a vague number with no money word', () => {
    expect(quotesOf(body('Lễ hội thu hút hàng chục nghìn.'))).toEqual([]);
    expect(quotesOf(body('Buổi tối có vài chục nghìn đến xem.'))).toEqual([]);
    expect(quotesOf(body('Tổng đài đã trả lời vài chục nghìn.'))).toEqual([]);
    expect(claimAt(body('Lễ hội thu hút hàng chục nghìn du khách.'), 'hàng chục nghìn')).toMatchObject({ kind: 'count', value: 10000 });
  });
});
