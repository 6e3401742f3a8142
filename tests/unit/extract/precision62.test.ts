import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers';

// Issue 11, engine 62: subject and period readings an editor would make (sentences written for this test, in the
// style of the news; none is taken from the corpus). Each rule has its guards: what it must not change.
// 1. People whose family name is among the less common ones ("Thái", "Chu", "Triệu", "Vương", …) are read as
//    people, so an age or an amount after their name is theirs; a speaker's own age in apposition ("Ông A, 61 tuổi,
//    cho biết …") is the speaker's.
// 2. A country that only says where a player, a side or a maker comes from ("tay vợt Việt Nam", "hãng … đến từ Nhật
//    Bản") is no subject: the player named before it in the window, else (after "đến từ") the story's main subject.
// 3. A period inside an aside set off by spaced dashes dates only the aside, as one in brackets does.
// 4. An average per unit of time ("bình quân mỗi tháng") is worked out over the period of the figure just before it.
// 5. A player's world ranking written as a title with the player's role ("tay vợt số một thế giới") has no period.
// 6. A time zone in brackets ("(giờ Việt Nam)") names no subject, as "giờ Việt Nam" without them does not.

describe('less common family names and the age of a speaker (engine 62)', () => {
  it('reads a person named with a less common family name, and gives the age in apposition to them', () => {
    expect(claimAt('Tin\nMột người dân tên là Thái Văn Phúc, 63 tuổi ở xã Phú Lâm cho biết gia đình thuộc hộ nghèo.', '63 tuổi').subject).toBe('Thái Văn Phúc');
    expect(claimAt('Tin\nBà Triệu Thị Hồng, 47 tuổi, là chủ một quầy rau nhỏ ở chợ Đông Ba.', '47 tuổi').subject).toBe('Triệu Thị Hồng');
    expect(claimAt('Tin\nAnh Vương Đình Khải đã nộp phạt 30 triệu đồng vì lấn chiếm vỉa hè.', '30 triệu đồng').subject).toBe('Vương Đình Khải');
  });

  it('gives a speaker the age written right after their name', () => {
    expect(claimAt('Tin\nÔng Lê Văn Tâm, 61 tuổi, cho biết nhà ông đã sống ở đây hơn 30 năm.', '61 tuổi').subject).toBe('Lê Văn Tâm');
    expect(claimAt('Tin\nBà Nguyễn Thị Mận, 58 tuổi, chia sẻ rằng vụ lúa năm nay mất mùa.', '58 tuổi').subject).toBe('Nguyễn Thị Mận');
  });

  it('keeps the places that open with such a word, and a source\'s name off a patient\'s age', () => {
    expect(claimAt('Tin\nThái Nguyên có 9 huyện và thành phố.', '9 huyện').subject).toBe('Thái Nguyên');
    expect(claimAt('Tin\nKhu vực châu Á - Thái Bình Dương tăng trưởng 5% trong năm 2022.', '5%').subject).not.toBe('Thái Bình Dương');
    expect(claimAt('Tin\nTheo ông Trần Văn An, bệnh nhân 45 tuổi đã qua cơn nguy kịch.', '45 tuổi').subject).not.toBe('Trần Văn An');
  });
});

describe('a country that says where a side comes from is no subject (engine 62)', () => {
  it('gives a score to the player named before "tay vợt <country>"', () => {
    const text = 'Giải cầu lông quốc tế\nỞ séc đầu, khán giả đã thấy những khó khăn của Trần Văn Hùng khi tay vợt Việt Nam phải rất vất vả mới thắng đối thủ với tỷ số 21-17.';
    expect(claimAt(text, '21-17').subject).toBe('Trần Văn Hùng');
  });

  it('gives a maker "đến từ <country>" the story\'s main subject', () => {
    const text = 'Toyota ra mắt dòng xe mới tại triển lãm\nHãng sản xuất ô tô đến từ Nhật Bản đã giới thiệu bốn mẫu xe mới tại triển lãm.';
    expect(claimAt(text, 'bốn mẫu').subject).toBe('Toyota');
  });

  it('keeps a country that is itself the side or the subject', () => {
    expect(claimAt('Tin\nĐoàn thể thao Việt Nam giành 58 huy chương vàng.', '58 huy chương').subject).toBe('Việt Nam');
    expect(claimAt('Tin\nNăm 2022, Việt Nam xuất khẩu 7 triệu tấn gạo.', '7 triệu tấn').subject).toBe('Việt Nam');
    // With no player or side named and no "đến từ", the country stays (no main subject to give it to).
    expect(claimAt('Tin\nTay vợt Thái Lan dẫn trước với tỷ số 11-4.', '11-4').subject).toBe('Thái Lan');
    // Visitors or goods from a country are that country's: only a maker, a brand or a side "đến từ" it is described.
    expect(claimAt('Tin\nNăm 2022, lượng khách du lịch đến từ Hàn Quốc tăng 15%.', '15%').subject).toBe('Hàn Quốc');
  });
});

describe('a period in an aside between dashes dates only the aside (engine 62)', () => {
  const text = 'Tin\nẤn Độ - nền kinh tế lớn thứ 5 thế giới trong năm 2019 - nay đã tụt xuống vị trí thứ 6 sau Pháp.';

  it('keeps the aside\'s period off the figure after it, and on the figure inside it', () => {
    expect(claimAt(text, 'thứ 6').period).toBeNull();
    expect(claimAt(text, 'thứ 5').period).toBe('năm 2019');
  });

  it('leaves ranges, scores and a period opening the sentence before the aside alone', () => {
    expect(claimAt('Tin\nTrong giai đoạn 2017 - 2020, tỉnh Nam Định đạt tăng trưởng 7%.', '7%').period).toBe('giai đoạn 2017–2020');
    expect(claimAt('Tin\nNăm 2020, ông Trần Văn An - giám đốc công ty - cho biết doanh thu đạt 300 tỷ đồng.', '300 tỷ').period).toBe('năm 2020');
    expect(claimAt('Tin\nCông ty Nam Hà - đơn vị lãi 20 tỷ đồng trong quý 2/2021 - đang mở rộng nhà máy.', '20 tỷ').period).toBe('quý 2/2021');
  });
});

describe('an average per unit of time takes the period of the figure before it (engine 62)', () => {
  it('gives "bình quân mỗi tháng" the period of the total in the sentence before', () => {
    const text = 'Tin\nTrong 6 tháng đầu năm 2022, tỉnh Long An có 7.300 doanh nghiệp thành lập mới. Như vậy, bình quân mỗi tháng, tỉnh có hơn 1.200 doanh nghiệp ra đời.';
    expect(claimAt(text, '1.200').period).toBe('6 tháng đầu năm 2022');
    const port = 'Tin\nQuý I/2023, cảng Cái Mép đón 2,1 triệu TEU. Trung bình mỗi ngày cảng tiếp nhận khoảng 90 lượt tàu.';
    expect(claimAt(port, '90 lượt').period).toBe('quý I/2023');
  });

  it('takes no day, no period from a figure said of now, and nothing without the average words', () => {
    expect(claimAt('Tin\nNgày 5/3/2022, tỉnh có 300 ca mắc mới. Trung bình mỗi ngày có 250 ca.', '250 ca').period).toBeNull();
    expect(claimAt('Tin\nHiện tỉnh có 20.000 doanh nghiệp. Bình quân mỗi ngày có 30 doanh nghiệp đăng ký.', '30 doanh nghiệp').period).toBeNull();
    expect(claimAt('Tin\nTrong 6 tháng đầu năm 2022, tỉnh có 7.300 doanh nghiệp. Tỉnh có 20 khu công nghiệp.', '20 khu').period).toBeNull();
  });
});

describe('a player\'s world ranking written as a title has no period (engine 62)', () => {
  it('gives the title no month named later in the sentence and no day of the match', () => {
    expect(claimAt('Tin\nTay vợt số 2 thế giới Trần Minh Đức sẽ dự giải trong tháng 1/2014.', 'số 2').period).toBeNull();
    const titles = 'Tin\nLý Quốc Hào, tay vợt số một thế giới, đã giành 3 danh hiệu trong năm 2013.';
    expect(claimAt(titles, 'số một').period).toBeNull();
    // The titles won keep the year.
    expect(claimAt(titles, '3 danh hiệu').period).toBe('năm 2013');
    // (A guard: the match's day stays off the title in a report of the day.)
    const report = 'Minh Đức thắng ở vòng một\nThứ Tư, 16/10/2013 22:10\nTối 16/10, Trần Minh Đức đã thắng Lâm Văn Khoa với tỷ số 2-1. Sau trận, Lý Quốc Hào, tay vợt số một thế giới, đánh giá cao chiến thắng này.';
    expect(claimAt(report, 'số một').period).toBeNull();
  });

  it('keeps the period of a standing reached, and of a country\'s rank', () => {
    expect(claimAt('Tin\nNadal sẽ kết thúc năm 2013 ở vị trí số 1 thế giới.', 'số 1').period).toBe('năm 2013');
    expect(claimAt('Tin\nNăm 2022, Việt Nam xếp thứ 5 thế giới về xuất khẩu gạo.', 'thứ 5').period).toBe('năm 2022');
  });
});

describe('a time zone in brackets is no subject (engine 62)', () => {
  it('leaves "(giờ Việt Nam)" out of a world price\'s subject', () => {
    const text = 'Giá vàng hôm nay\nGiá vàng thế giới đầu giờ chiều nay (giờ Việt Nam) tăng 5 USD lên mức 1.820 USD/oz.';
    expect(claimAt(text, '1.820 USD').subject).not.toBe('Việt Nam');
    expect(claimAt(text, 'tăng 5 USD').subject).not.toBe('Việt Nam');
  });

  it('keeps a country in brackets that is no time zone', () => {
    // (The engine writes the United States "Mỹ", whichever name the text uses.)
    expect(claimAt('Tin\nKim ngạch xuất khẩu sang thị trường lớn nhất (Hoa Kỳ) đạt 109 tỷ USD.', '109 tỷ USD').subject).toBe('Mỹ');
  });
});
