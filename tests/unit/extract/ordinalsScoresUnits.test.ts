import { describe, expect, it } from 'vitest';
import { extractClaims, extractMetadata } from '../../../shared/extract';
import { normalizeText } from '../../../shared/text';
import { claimAt, claimsOf, quotesOf } from './helpers';

/**
 * Kinds of claims the second dev gold set (tests/fixtures/extract-gold/dev2, annotated before any
 * tuning) showed missing, with our own Vietnamese examples.
 */
describe('ordinals that state a place', () => {
  it('a superlative before "thứ N" ranks ("lớn thứ 5", "cao thứ hai"); a bare "thứ hai" stays a weekday', () => {
    expect(claimAt('Nhật Bản là nền kinh tế lớn thứ 4 thế giới.', 'thứ 4')).toMatchObject({ kind: 'rank', value: 4 });
    expect(claimAt('Tỉnh có số ca mắc cao thứ hai cả nước.', 'thứ hai')).toMatchObject({ kind: 'rank', value: 2 });
    expect(claimsOf('Cuộc họp sẽ diễn ra vào thứ hai tuần tới.')).toEqual([]);
    expect(claimsOf('Hội nghị lần thứ 3 của Ban Chấp hành khai mạc.')).toEqual([]);
  });

  it('the ordinal of a person ranks, unless it stands in the quoted name of a contest', () => {
    expect(claimAt('Anh là người Việt Nam thứ 3 chinh phục đỉnh núi này.', 'thứ 3')).toMatchObject({ kind: 'rank', value: 3, quote: 'thứ 3' });
    expect(claimsOf('Cô tham gia cuộc thi “Tìm người Việt Nam thứ 3 chinh phục đỉnh núi”.')).toEqual([]);
  });

  it('the how-many-th win or title: a rank, or a streak with "liên tiếp"', () => {
    expect(claimAt('Đây là chiến thắng thứ 7 của đội trong mùa giải.', 'thứ 7')).toMatchObject({ kind: 'rank', value: 7 });
    expect(claimAt('Đó là danh hiệu thứ 3 liên tiếp của cô.', 'thứ 3')).toMatchObject({ kind: 'streak', value: 3, unit: 'danh hiệu' });
    expect(claimAt('Tay vợt này lần thứ 3 lên ngôi ở giải đấu.', 'lần thứ 3')).toMatchObject({ kind: 'rank', value: 3 });
    // The quote starts at "lần" whatever the spacing before "thứ".
    expect(quotesOf('Tay vợt này lần  thứ 3 lên ngôi ở giải đấu.')).toEqual(['lần  thứ 3']);
    expect(quotesOf('Đội bóng thắng lần  thứ 2 liên tiếp.')).toEqual(['lần  thứ 2 liên tiếp']);
  });

  it('"phút thứ N" is the minute of a match event; "giải Ba" a place; "số 1" after a held place', () => {
    expect(claimAt('Đến phút thứ 72, đội khách mới có bàn gỡ.', 'phút thứ 72')).toMatchObject({ kind: 'measure', value: 72, unit: 'phút' });
    expect(claimAt('Đội bạn giành giải Ba chung cuộc.', 'giải Ba')).toMatchObject({ kind: 'rank', value: 3 });
    expect(claimsOf('Cô sẽ dự giải Ba Lan mở rộng.')).toEqual([]);
    expect(claimAt('Anh vẫn giữ vững vị thế số 1 thế giới.', 'số 1')).toMatchObject({ kind: 'rank', value: 1 });
    expect(claimAt('Cô đã đánh bại tay vợt số 1 thế giới.', 'số 1')).toMatchObject({ kind: 'rank', value: 1 });
    expect(claimsOf('Tuyến xe buýt số 1 chạy qua chợ.')).toEqual([]);
  });
});

describe('scores, shares and units', () => {
  it('a run of scores after a cued first one: every set or every step of the match', () => {
    expect(quotesOf('Cô thúc thủ 3-6, 4-6, 1-6 trước đối thủ.')).toEqual(['3-6', '4-6', '1-6']);
    expect(quotesOf('Đội khách vượt lên dẫn 2-0, 3-1 rồi 4-1.')).toEqual(['2-0', '3-1', '4-1']);
    // A list of ranges has no score cue.
    expect(claimsOf('Mật độ 10-12, 14-16 cây mỗi sào.').map((c) => [c.quote, c.kind, c.unit])).toEqual([['14-16 cây', 'count', 'cây']]);
  });

  it('a range with its unit at both ends is one claim ("từ ba năm đến mười năm", "50% đến hơn 90%"); falling figures and table cells are two', () => {
    const read = (raw: string) => claimsOf(raw).map((c) => [c.quote, c.kind, c.value, c.upper]);
    expect(read('Người phạm tội bị phạt tù từ ba năm đến mười năm.')).toEqual([['ba năm đến mười năm', 'duration', 3, 10]]);
    expect(read('Phạt cải tạo hoặc phạt tù từ ba tháng đến hai năm.')).toEqual([['ba tháng đến hai năm', 'duration', 3, 24]]);
    expect(read('Còn bị phạt tiền từ 5 triệu đồng đến 50 triệu đồng.')).toEqual([['5 triệu đồng đến 50 triệu đồng', 'money', 5_000_000, 50_000_000]]);
    expect(read('Tỷ lệ dao động từ 50% đến hơn 90%.')).toEqual([['50% đến hơn 90%', 'percent', 50, 90]]);
    // A fall, or two figures of different units, stay two claims.
    expect(read('Tỷ lệ thất nghiệp giảm từ 7,3% xuống 7,2%.').length).toBe(2);
    expect(read('Thời hạn từ 10 năm đến 3 năm.').length).toBe(2);
    expect(read('Tàu chở từ 5 tấn đến 8 container.').length).toBe(2);
  });

  it('a percent restating a change ("giảm 2,93 điểm, tương đương 0,49%", "(0,57%)") or exceeding a plan ("vượt 27% kế hoạch") is a change', () => {
    const kinds = (raw: string) => claimsOf(raw).map((c) => [c.quote, c.kind, c.qualifier]);
    expect(kinds('VN-Index giảm 2,93 điểm, tương đương 0,49%.')).toEqual([['2,93 điểm', 'change', 'exact'], ['0,49%', 'change', 'exact']]);
    expect(kinds('HNX-Index tăng 0,35 điểm (0,57%) lên 61,5 điểm.').slice(0, 2)).toEqual([['0,35 điểm', 'change', 'exact'], ['0,57%', 'change', 'exact']]);
    expect(kinds('Chín tháng, tập đoàn vượt 27% kế hoạch năm.')).toEqual([['vượt 27%', 'change', 'exact']]);
    expect(kinds('Công ty hoàn thành vượt mức 26,7% so với kế hoạch lợi nhuận.')).toEqual([['26,7%', 'change', 'exact']]);
    // A share after a change, or "vượt" with no plan after it, stays a percent.
    expect(kinds('Lợi nhuận tăng 20 tỷ đồng, chiếm 15% tổng lợi nhuận.')[1]).toEqual(['15%', 'percent', 'exact']);
    expect(kinds('Số người tham gia vượt 27% dân số.')).toEqual([['vượt 27%', 'percent', 'more_than']]);
  });

  it('scores written with a slash: after a score word, a rally word or another score, in a set or a tie-break; never a day or a share', () => {
    const scores = (raw: string) => claimsOf(raw).filter((c) => c.unit === 'tỷ số').map((c) => [c.quote, c.value, c.total]);
    expect(scores('Djokovic khép lại set 1 với chiến thắng 6/1 chỉ sau 34 phút thi đấu.')).toEqual([['6/1', 6, 1]]);
    expect(scores('Bước vào loạt tie-break, Djokovic liên tục dẫn Del Potro từ 2/0, rồi 4/2.')).toEqual([['2/0', 2, 0], ['4/2', 4, 2]]);
    expect(scores('Sang set 3, Tiến Minh xuống sức và để thua 7/21.')).toEqual([['7/21', 7, 21]]);
    expect(scores('Đối thủ bám đuổi ở cuối séc 1, trước khi cân bằng tỷ số 19/19.')).toEqual([['19/19', 19, 19]]);
    // A score word alone, with no match in the sentence, takes only a first figure larger than the second.
    expect(scores('Anh kết thúc loạt đấu cân não với thắng lợi 7/3.')).toEqual([['7/3', 7, 3]]);
    expect(scores('Dự luật thắng với 2/3 số phiếu.')).toEqual([]);
    // A day stays a day.
    expect(scores('Trận đấu diễn ra tối 6/1 và đội nhà thắng.')).toEqual([]);
    expect(scores('Đội tuyển thắng ngày 6/1 trong set đấu quyết định.')).toEqual([]);
  });

  it('scores of a result line between two names, of a lead in parentheses, and after the words of a rally', () => {
    expect(quotesOf('Vòng đấu khép lại. Hải Phòng 0 – 3 Thanh Hóa : Đẳng cấp vượt trội. Nam Định 1 - 1 Bình Dương : Chia điểm.')).toEqual(['0 – 3', '1 - 1']);
    expect(quotesOf('Cách biệt lớn nhất chỉ là 3 điểm (8-5 và 13-10).')).toEqual(['3 điểm', '8-5', '13-10']);
    expect(quotesOf('Sau các tỷ số 14-14, 15-15 đến 18-18, đối thủ vượt lên 19-18.')).toEqual(['14-14', '15-15', '18-18', '19-18']);
    expect(quotesOf('Ở set ba, anh sớm bị bỏ xa 6-1, 11-2 rồi 16-4.')).toEqual(['6-1', '11-2', '16-4']);
    // The side before a result line's score is its subject.
    expect(claimAt('Vòng đấu khép lại. Nam Định 1 - 1 Bình Dương : Chia điểm.', '1 - 1').subject).toBe('Nam Định');
    // A label that numbers something is no team; a range between places or with a unit is no score.
    expect(quotesOf('Điều 3 - 4 Luật Đất đai quy định rõ.')).toEqual([]);
    // Rally words outside a match, counted nouns, bounds and number words after a range, marks in a run.
    expect(claimAt('Thành phố đã xử lý dứt điểm 5-7 dự án treo.', '5-7')).toMatchObject({ kind: 'count', unit: 'dự án' });
    expect(claimAt('Bộ ấn định 2-3 phiên đấu giá mỗi năm.', '2-3').kind).toBe('count');
    expect(claimAt('Hơn 3 - 4 Bộ ngành chưa báo cáo.', '3 - 4').kind).toBe('count');
    expect(claimAt('Khoảng 3 - 4 Nghìn người tham gia.', '3 - 4')).toMatchObject({ kind: 'count', value: 3000 });
    expect(quotesOf('Tuyến Metro 1 - 2 Hà Nội đã khởi công.')).toEqual([]);
    expect(quotesOf('Thí sinh đạt 27 điểm (9 - 9 - 9) ở khối A.')).toEqual(['27 điểm']);
    // After a strong score word a score stays one whatever follows; two countries are two teams.
    expect(claimAt('Việt Nam thắng 3-0 đội chủ nhà Lào.', '3-0').unit).toBe('tỷ số');
    expect(claimAt('Hà Nội thắng 2-0 lượt đi.', '2-0').unit).toBe('tỷ số');
    expect(claimAt('Trung Quốc 1 - 2 Hàn Quốc : Bất ngờ.', '1 - 2')).toMatchObject({ unit: 'tỷ số', subject: 'Trung Quốc' });
    expect(claimAt('Cách biệt 3 điểm (2-3 ha mỗi điểm).', '2-3 ha').unit).toBe('ha');
  });

  it('"vị trí nhất" is first place; "trận tranh giải ba" names a match, "giành giải ba" is a place', () => {
    expect(claimAt('Chelsea leo lên vị trí nhất bảng H.', 'vị trí nhất')).toMatchObject({ kind: 'rank', value: 1 });
    expect(quotesOf('Sản phẩm đã có vị trí nhất định trên thị trường, vị trí nhất quán.')).toEqual([]);
    expect(quotesOf('Ở trận tranh giải ba, đội khách giành giải ba.')).toEqual(['giải ba']);
    expect(claimAt('Ở trận tranh giải ba, đội khách giành giải ba.', 'giải ba').start).toBeGreaterThan(30);
  });

  it('two values of one specification ("150/50 Mbps", "2,4/5 GHz") are a measure; "20/25 km" stays a part of a whole', () => {
    expect(claimAt('Máy hỗ trợ LTE 150/50 Mbps.', '150/50')).toMatchObject({ kind: 'measure', value: 150, unit: 'Mbps' });
    expect(claimAt('Wi-Fi hai băng tần (2,4/5 GHz).', '2,4/5')).toMatchObject({ kind: 'measure', value: 2.4, unit: 'GHz' });
    expect(claimAt('Xã có 20/25 km đường được nhựa hóa.', '20/25')).toMatchObject({ kind: 'ratio', value: 20, total: 25 });
    expect(claimAt('Ứng dụng chỉ chiếm 1/3 GB bộ nhớ.', '1/3')).toMatchObject({ kind: 'ratio', value: 1, total: 3 });
  });

  it('points in a row are a streak ("3 điểm liên tiếp", "5 điểm liền"); points alone a measure', () => {
    expect(claimAt('Anh ghi 3 điểm liên tiếp để dẫn trước.', '3 điểm')).toMatchObject({ kind: 'streak', value: 3, unit: 'điểm', quote: '3 điểm liên tiếp' });
    expect(claimAt('Đối thủ thắng 5 điểm liền.', '5 điểm')).toMatchObject({ kind: 'streak', value: 5 });
    expect(claimAt('Đội có 4 điểm sau hai lượt.', '4 điểm')).toMatchObject({ kind: 'measure', unit: 'điểm' });
    expect(claimAt('Đội có 3 điểm liền kề nhau.', '3 điểm')).toMatchObject({ kind: 'measure' });
  });

  it('the force of a wind, a storm or a quake after "cấp" is a measure; another level is not', () => {
    expect(claimAt('Gió Đông Bắc cấp 2 - 3, nhiệt độ giảm.', 'cấp 2 - 3')).toMatchObject({ kind: 'measure', value: 2, unit: 'cấp' });
    expect(claimAt('Bão mạnh cấp 12, giật cấp 14.', '14')).toMatchObject({ kind: 'measure', value: 14, unit: 'cấp' });
    expect(quotesOf('Dịch vụ công cấp 3 của tỉnh được mở rộng.')).toEqual([]);
    // A school level or a tier in a storm story is no force.
    expect(quotesOf('Cơn bão làm hư hại 12 trường cấp 2.')).toEqual(['12 trường']);
    // A storm named by its number keeps its force.
    expect(quotesOf('Cơn bão số 10 mạnh cấp 12. Bão Haiyan (bão số 14) mạnh cấp 16.')).toEqual(['cấp 12', 'cấp 16']);
    expect(quotesOf('Nhà mạng phủ sóng 4G tới các xã, đạt chuẩn cấp 3.')).toEqual([]);
  });

  it('a proper fraction after a bound or share word is a share, not a day and month', () => {
    expect(claimAt('Nhà nước hỗ trợ không quá 1/4, phần còn lại do người dân góp.', '1/4')).toMatchObject({ kind: 'ratio', value: 1, total: 4, qualifier: 'at_most' });
    expect(claimsOf('Lễ hội diễn ra vào dịp 2/9 hằng năm.')).toEqual([]);
  });

  it('the level before "lên"/"xuống" shares the percent sign of the one after it', () => {
    expect(claimAt('Tỉnh nâng tỷ lệ che phủ rừng từ 38,5 lên 40,2%.', '38,5')).toMatchObject({ kind: 'percent', value: 38.5, unit: '%' });
    expect(claimAt('Tỉnh nâng tỷ lệ che phủ rừng từ 38,5 lên 40,2%.', '40,2%')).toMatchObject({ kind: 'percent', value: 40.2 });
  });

  it('"trong số N …" counts a whole', () => {
    expect(claimAt('Trong số 842 trường tham gia, trường đứng thứ 12.', '842')).toMatchObject({ kind: 'count', value: 842 });
  });

  it('video resolutions, frame rates, engine sizes and doses are measures', () => {
    expect(claimAt('Máy quay video 2160p rất sắc nét.', '2160p')).toMatchObject({ kind: 'measure', value: 2160, unit: 'p' });
    expect(claimAt('Màn hình Full HD 1080P sắc nét.', '1080P')).toMatchObject({ kind: 'measure', value: 1080, unit: 'p' });
    expect(claimAt('Máy quay được 60 hình/s.', '60 hình/s')).toMatchObject({ kind: 'measure', value: 60, unit: 'hình/s' });
    expect(claimAt('Chiếc xe máy 110cc bị lấy trộm.', '110cc')).toMatchObject({ kind: 'measure', value: 110, unit: 'cc' });
    expect(claimAt('Bệnh nhân được tiêm 5mg thuốc.', '5mg')).toMatchObject({ kind: 'measure', value: 5, unit: 'mg' });
    // Other letters glued to a number stay codes.
    expect(claimsOf('Mạng 4G phủ sóng, mẫu xe 150p mới.')).toEqual([]);
  });
});

describe('the facts around sports and people', () => {
  it('a tennis report (sets, breaks, tie-break) of the day dates its match figures by the date line', () => {
    const text = normalizeText(
      'Tay vợt trẻ vào chung kết\n20/9/2024 08:15\n\nTrận bán kết sáng nay: cô giành 2 điểm break để khép lại set 1 với tỷ số 6-3. Sang set 2, đối thủ vượt lên dẫn 5-2 rồi thắng ở loạt tie-break sau 13 game.\n',
    );
    const claims = extractClaims(text, extractMetadata(text));
    const scores = claims.filter((c) => c.unit === 'tỷ số');
    expect(scores.map((c) => [c.quote, c.period])).toEqual([
      ['6-3', '2024-09-20'],
      ['5-2', '2024-09-20'],
    ]);
    // "SEA Games" is no game of a match.
    const games = normalizeText('Đại hội thể thao\n20/9/2024 08:15\n\nThành phố sẽ tổ chức 6/33 môn của SEA Games, đã liên tiếp chuẩn bị.\n');
    expect(extractClaims(games, extractMetadata(games)).map((c) => c.period)).toEqual([null]);
  });

  it('a score "cho" a club the indexes do not know is that club\'s, not the scorer\'s', () => {
    const text = 'Phút 5, Torres đánh đầu mở tỷ số 1-0 cho Chelsea. Phút 90, Văn Toàn ấn định tỷ số 3-1 cho U-23 VN.';
    expect(claimAt(text, '1-0').subject).toBe('Chelsea');
    expect(claimAt(text, '3-1').subject).toBe('U-23 VN');
  });

  it('an age is the age of the person named right before it', () => {
    expect(claimAt('Trần Minh Khoa (19 tuổi) đã về nhất.', '19 tuổi')).toMatchObject({ kind: 'measure', subject: 'Trần Minh Khoa' });
    expect(claimAt('Chị Lê Thị Hoa, 41 tuổi, là chủ quán.', '41 tuổi')).toMatchObject({ kind: 'measure', subject: 'Lê Thị Hoa' });
  });
});

describe('numbers that state nothing new', () => {
  it('"Cả N … đều": all of a set already counted', () => {
    expect(claimsOf('Cả 3 xã của huyện đều đạt chuẩn.')).toEqual([]);
    expect(claimAt('Cả 63 tỉnh đã gửi báo cáo.', '63')).toMatchObject({ kind: 'count', value: 63 });
  });

  it('"sau N lượt/vòng/trận/set" is the point in a competition other figures are taken at', () => {
    expect(claimsOf('Sau 4 lượt sút, đội chủ nhà giành chiến thắng.')).toEqual([]);
    // The matches or sets played so far: "đứng cuối bảng sau 3 trận", "thắng sau 3 set đấu".
    expect(claimsOf('Đội đang đứng cuối bảng sau 3 trận. Anh bị loại sau 3 set đấu.')).toEqual([]);
    expect(claimAt('Đội đã đá 3 trận giao hữu.', '3 trận')).toMatchObject({ kind: 'count', value: 3 });
    // "trận" of a quake or a flood counts; a run of wins is a streak (engine 29).
    expect(claimAt('Sau 3 trận động đất, nhiều nhà bị sập.', '3 trận').kind).toBe('count');
    expect(claimAt('Sau 3 trận thắng liên tiếp, đội lên đầu bảng.', '3 trận')).toMatchObject({ kind: 'streak', value: 3 });
  });

  it('"đối thủ", "đối tác", "đối tượng" are counted nouns ("đối" alone is "towards")', () => {
    expect(claimAt('Đội nằm ở bảng A cùng 2 đối thủ mạnh là Lào và Thái Lan.', '2 đối thủ')).toMatchObject({ kind: 'count', value: 2, unit: 'đối thủ' });
    expect(claimAt('Tỉnh ký kết với 3 đối tác Nhật Bản.', '3 đối tác')).toMatchObject({ kind: 'count', unit: 'đối tác' });
    expect(claimAt('Giải đấu kéo dài 7 vòng.', '7 vòng')).toMatchObject({ kind: 'count', value: 7 });
  });

  it('the set length of a match or a half is no figure; other lengths in minutes are', () => {
    expect(claimsOf('Sau 90 phút thi đấu chính thức, hai đội vẫn hòa.')).toEqual([]);
    expect(claimAt('Buổi làm việc kéo dài 90 phút.', '90 phút')).toMatchObject({ kind: 'duration', value: 90 });
  });

  it('the 11-metre kick is a name, not a distance', () => {
    expect(claimsOf('Trận đấu phải phân định bằng loạt sút luân lưu 11m.')).toEqual([]);
    expect(claimsOf('Thủ môn cản phá quả phạt đền 11 m.')).toEqual([]);
    expect(claimAt('Anh chạy đà 11m rồi dứt điểm.', '11m')).toMatchObject({ kind: 'measure', value: 11, unit: 'm' });
  });
});

describe('orders, deliveries and plural acronyms', () => {
  it('the day orders open or goods are delivered is a date claim in the date line\'s year', () => {
    const text = normalizeText('Điện thoại mới sắp lên kệ\n2/11/2024 10:00\n\nKhách có thể đặt hàng từ ngày 9/11 và nhận hàng vào ngày 21/11.\n');
    const dates = extractClaims(text, extractMetadata(text)).filter((c) => c.kind === 'date');
    expect(dates.map((c) => c.value)).toEqual([20241109, 20241121]);
  });

  it('a number after two words glued together ("dàiđến236m") is read like one after a glued word', () => {
    expect(claimAt('Nhà ga dàiđến240m.', '240m')).toMatchObject({ kind: 'measure', value: 240, unit: 'm' });
    expect(claimsOf('Mã hàng abc240m.')).toEqual([]);
  });

  it('a counted acronym in the plural ("7 SDGs", "3 CPUs") is a count like its singular', () => {
    expect(claimAt('Trường tham gia xếp hạng ở 6 SDGs.', '6 SDGs')).toMatchObject({ kind: 'count', value: 6, unit: 'SDGs' });
    expect(claimAt('Trường tham gia xếp hạng ở 6 SDG.', '6 SDG')).toMatchObject({ kind: 'count', value: 6, unit: 'SDG' });
  });
});

describe('rank bands in a list of ranked names', () => {
  it('the first band says what the bands are; the later bare bands in parentheses are ranks too', () => {
    const text = 'Năm nay có ba trường được xếp hạng: Trường A (vị trí 401-600), Trường B (601-800) và Trường C (801-1000).';
    const ranks = claimsOf(text).filter((c) => c.kind === 'rank');
    expect(ranks.map((c) => [c.quote, c.value, c.upper])).toEqual([
      ['vị trí 401-600', 401, 600],
      ['601-800', 601, 800],
      ['801-1000', 801, 1000],
    ]);
    // Only names stand between the bands: ages and counts in parentheses later in the sentence are no ranks.
    expect(claimsOf('Trường A (hạng 401-500), có 20 giáo viên (25-30 tuổi) và 300 sinh viên (18-22).').filter((c) => c.kind === 'rank').map((c) => c.quote)).toEqual(['hạng 401-500']);
    // Without a ranked first band, a range in parentheses is no rank.
    expect(claimsOf('Nhiệt độ ở Hà Nội (25-28) và Huế (27-30) độ C.').some((c) => c.kind === 'rank')).toBe(false);
  });
});

