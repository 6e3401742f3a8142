import { describe, expect, it } from 'vitest';
import { claimAt as claimAtIn } from './helpers';

// Issue 11, engine 67: the subject of a figure as an editor names it, on sentences written for this test in the style
// of the news (none is taken from the corpus). One `it` per rule, each with the guards of what it must not change.
// 1. A legal or policy document named by its number is the subject of the figures it sets ("Nghị định … quy định …",
//    "ban hành Thông tư …, theo đó …"), of the length of carrying it out ("5 năm thực hiện Nghị quyết …") and of the
//    day it takes effect; a report named with a capital is the subject of the day it is published.
// 2. A place that only says where a plant or a meeting stands, where a tournament is played or where a team comes from
//    is no subject of the figures after it.
// 3. The year of a plan a share is measured against ("đạt 80% dự toán năm 2013") is no period of the figures after it.

/** The claims of a dated text (its date line read, as the desk reads it). */
const claimAt = (text: string, fragment: string) => claimAtIn(text, fragment, { dated: true });

describe('engine 67: the subject of news figures', () => {
  it('1. gives the figures a document sets, its length of execution and its days to the document', () => {
    const decree =
      'Hỗ trợ học phí\n12/3/2022 08:00\n\nNghị định 12/2020/NĐ-CP của Chính phủ quy định mức hỗ trợ tối đa 70% học phí cho sinh viên dân tộc thiểu số.';
    expect(claimAt(decree, '70%').subject).toBe('Nghị định 12/2020/NĐ-CP');
    const circular = 'Lệ phí trước bạ\n5/6/2019 09:00\n\nBộ Tài chính đã ban hành Thông tư số: 15/2019/TT-BTC, theo đó mức lệ phí giảm 50%.';
    expect(claimAt(circular, 'giảm 50%').subject).toBe('Thông tư số 15/2019/TT-BTC');
    const years = 'Ngành y tế\n2/9/2022 10:00\n\nHội nghị tổng kết 5 năm thực hiện Nghị quyết 20-NQ/TW về công tác y tế diễn ra sáng nay.';
    expect(claimAt(years, '5 năm').subject).toBe('Nghị quyết 20-NQ/TW');
    const inForce = 'Thành lập thị trấn\n20/5/2023 08:00\n\nNghị quyết được Ủy ban Thường vụ Quốc hội thông qua về việc thành lập hai thị trấn có hiệu lực từ ngày 1/7/2023.';
    expect(claimAt(inForce, '1/7/2023').subject).toBe('Nghị quyết');
    const report = 'Chỉ số quản trị\n10/4/2023 09:00\n\nBáo cáo Chỉ số Hiệu quả quản trị và hành chính công (PAPI) 2022 được công bố ngày 4/4/2023.';
    expect(claimAt(report, '4/4/2023').subject).toBe('Báo cáo Chỉ số Hiệu quả quản trị và hành chính công (PAPI) 2022');
    // Guards: a province's own resolution and a figure given to a province are the province's; what a ministry did
    // "thực hiện" a decision is not the decision's (the gold gives such counts to the country); a sentence naming no
    // document keeps its place.
    const local = 'Hỗ trợ trồng rừng\n3/3/2022 08:00\n\nNghị quyết 05/2021/NQ-HĐND của HĐND tỉnh Lào Cai quy định mức hỗ trợ 20 triệu đồng/ha.';
    expect(claimAt(local, '20 triệu đồng/ha').subject).toBe('Lào Cai');
    const forProvince = 'Tiền thuê đất\n3/3/2022 08:00\n\nNghị định 15/2022/NĐ-CP quy định mức giảm 30% tiền thuê đất cho tỉnh Hà Giang.';
    expect(claimAt(forProvince, 'giảm 30%').subject).toBe('Hà Giang');
    const carriedOut = 'Xe cứu thương\n3/3/2022 08:00\n\nThực hiện Quyết định 45 của Chính phủ, Bộ Y tế đã cấp 300 xe cứu thương.';
    expect(claimAt(carriedOut, '300 xe').subject).not.toMatch(/Quyết định/u);
    const place = 'Du lịch Đà Nẵng\n3/3/2022 08:00\n\nTheo Quyết định 10/QĐ-UBND, năm 2022 Đà Nẵng đón 5 triệu lượt khách.';
    expect(claimAt(place, '5 triệu lượt').subject).toBe('Đà Nẵng');
  });

  it('2. reads no subject in a place that only locates a plant, a meeting, a tournament or a team', () => {
    const plant =
      'HPG lãi lớn trong quý 3\n20/10/2013 08:00\n\nNhà máy thép của Hòa Phát tại Quảng Ngãi đã chạy thử, nâng tổng công suất của Hòa Phát lên 8 triệu tấn/năm.';
    expect(claimAt(plant, '8 triệu tấn').subject).toBe('HPG');
    const tournament = 'Nadal bỏ giải Thượng Hải\n10/10/2013 08:00\n\nNadal rút lui. Nếu tham dự giải đấu Thụy Sĩ, anh có thể lỡ khoản thưởng 2 triệu USD.';
    expect(claimAt(tournament, '2 triệu USD').subject).toBe('Nadal');
    const team = 'Chelsea thắng Schalke\n23/10/2013 08:00\n\nChelsea dẫn trước ngay từ đầu. Đội bóng nước Anh ghi bàn thứ hai ở phút 60.';
    expect(claimAt(team, 'phút 60').subject).not.toBe('Anh');
    // Guards: a place opening the sentence, a place named after a meeting's place and a place of a market keep theirs.
    const opening = 'Du lịch miền Trung\n3/3/2022 08:00\n\nTại Đà Nẵng, số khách du lịch đạt 5 triệu lượt.';
    expect(claimAt(opening, '5 triệu lượt').subject).toBe('Đà Nẵng');
    const meeting = 'Du lịch Quảng Nam\n3/3/2022 08:00\n\nHội nghị tại Đà Nẵng cho biết, năm 2021 Quảng Nam đón 7 triệu lượt khách.';
    expect(claimAt(meeting, '7 triệu lượt').subject).toBe('Quảng Nam');
    const meetingOnly = 'Du lịch Quảng Nam\n3/3/2022 08:00\n\nQuảng Nam đón khách. Hội nghị xúc tiến tại Đà Nẵng thu hút 300 doanh nghiệp.';
    expect(claimAt(meetingOnly, '300 doanh nghiệp').subject).not.toBe('Đà Nẵng');
  });

  it("3. keeps the year of a plan a share is measured against out of the period of the figures after it", () => {
    const budget =
      'Thu ngân sách Hà Nội\n22/10/2013 08:00\n\nThu ngân sách 9 tháng đầu năm của Hà Nội đạt 80% dự toán năm 2013, tăng 5% so với cùng kỳ. Trong 9 tháng, kim ngạch xuất khẩu của Bình Dương đạt 75% kế hoạch năm 2013 và tăng 12% so với cùng kỳ năm 2012.';
    expect(claimAt(budget, 'tăng 5%').period).toBe('9 tháng đầu năm 2013');
    expect(claimAt(budget, 'tăng 12%').period).toBe('9 tháng đầu năm 2013');
    // Guards: the share keeps its own period, and a plan's own figure keeps the plan's year.
    expect(claimAt(budget, '80%').period).toBe('9 tháng đầu năm 2013');
    const plan = 'Kế hoạch ngân sách\n22/10/2013 08:00\n\nKế hoạch năm 2014 của Hà Nội là thu 500 tỷ đồng.';
    expect(claimAt(plan, '500 tỷ đồng').period).toBe('năm 2014');
  });
});
